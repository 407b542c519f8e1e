// A global Office with context.requirements.isSetSupported, shared by the fakes alive at once.

import type { FakeExcel } from './test-side';

const OFFICE_STUB = Symbol('fake-excel Office stub');

interface OfficeStub {
  readonly [OFFICE_STUB]: true;
  readonly context: { readonly requirements: { isSetSupported(name: string, version?: string): boolean } };
}

/** The fakes that installed (or share) the Office stub; the newest answers isSetSupported. */
const officeUsers: FakeExcel[] = [];

function globalScope(): { Office?: unknown } {
  return globalThis as unknown as { Office?: unknown };
}

function isOfficeStub(value: unknown): value is OfficeStub {
  return typeof value === 'object' && value !== null && OFFICE_STUB in value;
}

export function attachOfficeStub(fake: FakeExcel): void {
  const scope = globalScope();
  if (scope.Office === undefined) {
    const stub: OfficeStub = {
      [OFFICE_STUB]: true,
      context: {
        requirements: {
          isSetSupported: (name, version) =>
            officeUsers[officeUsers.length - 1]?.isSetSupported(name, version) ?? false,
        },
      },
    };
    scope.Office = stub;
  }
  if (isOfficeStub(scope.Office)) officeUsers.push(fake);
}

export function releaseOfficeStub(fake: FakeExcel): void {
  const index = officeUsers.indexOf(fake);
  if (index >= 0) officeUsers.splice(index, 1);
  const scope = globalScope();
  if (officeUsers.length === 0 && isOfficeStub(scope.Office)) delete scope.Office;
}
