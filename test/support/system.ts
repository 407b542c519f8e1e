// Suites that need a program from the system (Chromium, LibreOffice) run when it is there.
// When it is missing they are skipped with the reason — unless REQUIRE_SYSTEM_TESTS=1 (CI),
// where a missing program fails the run instead of hiding the suite.
import { accessSync, constants } from 'fs';

export function findProgram(candidates: readonly string[]): string | null {
  for (const candidate of candidates) {
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not this one
    }
  }
  return null;
}

export function systemTestsRequired(): boolean {
  return process.env.REQUIRE_SYSTEM_TESTS === '1';
}

/**
 * `describe` for a suite that needs `program`. Returns the program's path to the suite, or
 * registers a failing test (required) or a skipped suite (optional) when it is missing.
 */
export function describeWithProgram(
  title: string,
  program: { name: string; candidates: readonly string[]; install: string },
  suite: (path: string) => void,
): void {
  const path = findProgram(program.candidates);
  if (path) {
    describe(title, () => suite(path));
    return;
  }
  const reason = `${program.name} niet gevonden (${program.candidates.join(', ')}); installeer met: ${program.install}`;
  if (systemTestsRequired()) {
    describe(title, () => {
      test(`vereist ${program.name}`, () => {
        throw new Error(`REQUIRE_SYSTEM_TESTS=1 maar ${reason}`);
      });
    });
    return;
  }
  process.stderr.write(`[overgeslagen] ${title}: ${reason}\n`);
  const skipped: jest.Describe = describe.skip;
  skipped(title, () => suite(''));
}

export const CHROMIUM = {
  name: 'Chromium',
  candidates: ['/usr/bin/chromium', '/usr/bin/chromium-browser'],
  install: 'apt-get install -y chromium',
} as const;

export const LIBREOFFICE = {
  name: 'LibreOffice',
  candidates: ['/usr/bin/soffice', '/usr/bin/libreoffice'],
  install: 'apt-get install -y --no-install-recommends libreoffice-calc-nogui poppler-utils',
} as const;

/** Python with openpyxl (Debian's python3-openpyxl): a reader of .xlsx nobody here wrote. */
export const OPENPYXL = {
  name: 'Python 3 met openpyxl',
  candidates: ['/usr/bin/python3'],
  install: 'apt-get install -y python3-openpyxl',
} as const;

/** Gnumeric's command-line converter. */
export const GNUMERIC = {
  name: 'Gnumeric (ssconvert)',
  candidates: ['/usr/bin/ssconvert'],
  install: 'apt-get install -y gnumeric',
} as const;
