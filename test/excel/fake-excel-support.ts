// What the fake's own tests share: a one-sheet workbook they open (released after each test)
// and the error code an action throws.
import { createFake, FakeExcelError, type FakeExcel, type FakeWorkbookInit } from './fake-excel';

export const SHEET = 'Blad1';

export const opened: FakeExcel[] = [];

export function open(cells: Record<string, number | string | boolean> = {}, options: Partial<FakeWorkbookInit> = {}) {
  const created = createFake({ sheets: [{ name: SHEET, cells }], ...options });
  opened.push(created.fake);
  return created;
}

/** Releases the fakes the test opened (and with the last, the global Office stub). */
export function disposeOpened(): void {
  for (const fake of opened.splice(0)) fake.dispose();
}

export function codeOf(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof FakeExcelError) return error.code;
    throw error;
  }
  throw new Error('expected an error');
}
