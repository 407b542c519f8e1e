// Workbooks other programs wrote (Apache POI, rust_xlsxwriter's Excel-made inputs, SheetJS,
// calamine; test/fixtures/third-party/README.md): each gets a benchmark sheet added at the
// package level, is analysed with --out, and openpyxl and LibreOffice must load the copy and
// find every cell of the original in it.
import { execFileSync } from 'child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { basename, join } from 'path';
import { pathToFileURL } from 'url';
import { addSheet } from '../../src/xlsx/package-xml';
import { unzipParts } from '../../src/xlsx/unzip';
import { zipParts } from '../../src/xlsx/zip';
import { run } from '../support/cli';
import { recalculatingProfile } from '../support/libreoffice';
import { lostCells, openpyxlCells, type Dump } from '../support/openpyxl-cells';
import { describeWithProgram, findProgram, LIBREOFFICE, OPENPYXL } from '../support/system';
import { benchmarkRows } from '../support/zip-craft';

const ROOT = join(__dirname, '..', 'fixtures', 'third-party');
/** Fixtures for other suites: a password-encrypted workbook. */
const NOT_A_COPY_SOURCE = new Set(['pass_protected.xlsx']);
const FIXTURES = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(join(ROOT, d.name)).map((f) => join(ROOT, d.name, f)))
  .filter((path) => path.endsWith('.xlsx') && !NOT_A_COPY_SOURCE.has(basename(path)))
  .sort();
const TABLE_SHEET = 'IJkpunt-tabel';
const SHEET =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  `<sheetData>${benchmarkRows()}</sheetData></worksheet>`;

const dir = mkdtempSync(join(tmpdir(), 'ijkpunt-third-party-'));
const name = (path: string) => `${basename(join(path, '..'))}-${basename(path, '.xlsx')}`;

interface Case {
  readonly fixture: string;
  readonly input: string;
  readonly out: string;
}

const cases: Case[] = [];

/**
 * A workbook openpyxl writes itself (it declares r: on each <sheet>, not on the root): the
 * benchmark table on its own sheet, a second sheet of notes.
 */
function openpyxlWorkbook(python: string): string {
  const path = join(dir, 'openpyxl-geschreven.xlsx');
  const csv = readFileSync(join(__dirname, '..', '..', 'examples', 'heemstede-2017.csv'), 'utf8');
  const script = `
import sys, openpyxl
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "${TABLE_SHEET}"
for line in sys.stdin.read().splitlines():
    row = []
    for v in line.split(";"):
        t = v.replace("%", "").replace(",", ".")
        try:
            n = float(t)
            row.append(n / 100 if v.endswith("%") else n)
        except ValueError:
            row.append(v if v != "" else None)
    ws.append(row)
notes = wb.create_sheet("Notities")
notes["A1"] = "Financiën"
notes["B2"] = 42
notes["C3"] = "=B2*2"
wb.save(sys.argv[1])
`;
  execFileSync(python, ['-c', script, path], { input: csv });
  return path;
}

beforeAll(async () => {
  const python = findProgram(OPENPYXL.candidates);
  if (python) {
    const fixture = openpyxlWorkbook(python);
    const out = join(dir, 'out-openpyxl-geschreven.xlsx');
    const { code, err } = await run('analyse', fixture, '--sheet', TABLE_SHEET, '--out', out);
    if (code !== 0) throw new Error(`openpyxl-geschreven: exit ${code}: ${err}`);
    cases.push({ fixture, input: fixture, out });
  }
  for (const fixture of FIXTURES) {
    const parts = unzipParts(readFileSync(fixture));
    addSheet(parts, TABLE_SHEET, SHEET, false);
    const input = join(dir, `in-${name(fixture)}.xlsx`);
    writeFileSync(input, zipParts(parts));
    const out = join(dir, `out-${name(fixture)}.xlsx`);
    const { code, err } = await run('analyse', input, '--sheet', TABLE_SHEET, '--out', out);
    if (code !== 0) throw new Error(`${name(fixture)}: exit ${code}: ${err}`);
    cases.push({ fixture, input, out });
  }
}, 120_000);

test('the corpus is varied: 30 or more files from four projects', () => {
  expect(FIXTURES.length).toBeGreaterThanOrEqual(30);
  expect(new Set(FIXTURES.map((f) => basename(join(f, '..'))))).toEqual(
    new Set(['calamine', 'poi', 'rust_xlsxwriter', 'sheetjs']),
  );
  expect(cases.filter((c) => FIXTURES.includes(c.fixture)).length).toBe(FIXTURES.length);
});

function compare(
  dumps: Record<string, Dump>,
  pairs: readonly { before: string; after: string; label: string }[],
): string[] {
  const problems: string[] = [];
  for (const { before, after, label } of pairs) {
    const a = dumps[before];
    const b = dumps[after];
    if (!a || 'error' in a) continue; // the program cannot read the original either
    if (!b || 'error' in b) {
      problems.push(`${label}: the copy does not load (${b && 'error' in b ? b.error : 'missing'})`);
      continue;
    }
    problems.push(...lostCells(a.sheets, b.sheets).map((lost) => `${label}: ${lost}`));
    if (!b.sheets[TABLE_SHEET]?.['F3']) problems.push(`${label}: IJkpunt's first column is missing`);
  }
  return problems;
}

describeWithProgram('third-party workbooks, checked by openpyxl', OPENPYXL, (python) => {
  test('openpyxl loads every copy and finds every original cell, and IJkpunt’s columns', () => {
    const dumps = openpyxlCells(
      python,
      cases.flatMap((c) => [c.fixture, c.out]),
    );
    const readable = cases.filter((c) => !('error' in (dumps[c.fixture] ?? { error: '' })));
    expect(readable.length).toBeGreaterThanOrEqual(cases.length - 3);
    // The workbook openpyxl wrote itself is among them, with its notes sheet.
    const own = dumps[join(dir, 'out-openpyxl-geschreven.xlsx')];
    expect(own && 'sheets' in own ? own.sheets['Notities'] : null).toEqual({ A1: 'Financiën', B2: 42, C3: '=B2*2' });
    expect(
      compare(
        dumps,
        cases.map((c) => ({ before: c.fixture, after: c.out, label: name(c.fixture) })),
      ),
    ).toEqual([]);
  });
});

describeWithProgram('third-party workbooks, checked by LibreOffice', LIBREOFFICE, (soffice) => {
  describeWithProgram('(read back by openpyxl)', OPENPYXL, (python) => {
    test('LibreOffice opens every copy and keeps every original cell', () => {
      const outDir = mkdtempSync(join(tmpdir(), 'ijkpunt-third-party-lo-'));
      const profile = recalculatingProfile();
      // One soffice run for all files: starting LibreOffice is most of the cost.
      execFileSync(
        soffice,
        [
          `-env:UserInstallation=${pathToFileURL(profile).href}`,
          '--headless',
          '--norestore',
          '--convert-to',
          'xlsx:Calc MS Excel 2007 XML',
          '--outdir',
          outDir,
          ...cases.flatMap((c) => [c.input, c.out]),
        ],
        { stdio: 'pipe', timeout: 600_000 },
      );
      const converted = (path: string) => join(outDir, basename(path));
      const dumps = openpyxlCells(
        python,
        cases.flatMap((c) => [converted(c.input), converted(c.out)]),
      );
      const pairs = cases.map((c) => ({ before: converted(c.input), after: converted(c.out), label: name(c.fixture) }));
      expect(compare(dumps, pairs)).toEqual([]);
      expect(pairs.filter((p) => !('error' in (dumps[p.before] ?? { error: '' }))).length).toBeGreaterThanOrEqual(
        cases.length - 3,
      );
    }, 600_000);
  });
});
