// The written workbook is real: LibreOffice opens it, recalculates every formula, and gets
// the engine's numbers; an fte edit in the file makes the deviations follow.
import { execFileSync } from 'child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'fs';
import ExcelJS from 'exceljs';
import { tmpdir } from 'os';
import { join } from 'path';
import { runAnalyse } from '../../src/cli/analyse-command';
import { a1 } from '../../src/engine/core/address';
import type { WritePlan } from '../../src/plan/format';
import { ROOT } from '../support/build';
import { expectCell, expectWritten } from '../support/libreoffice-cells';
import { convert, readCsv, recalculatingProfile } from '../support/libreoffice';
import { describeWithProgram, findProgram, LIBREOFFICE } from '../support/system';

const EXAMPLE = join(ROOT, 'examples', 'heemstede-2017.xlsx');

describeWithProgram('annotated workbook in LibreOffice', LIBREOFFICE, (soffice) => {
  const dir = mkdtempSync(join(tmpdir(), 'ijkpunt-lo-test-'));
  const out = join(dir, 'heemstede-ijkpunt.xlsx');
  const profile = recalculatingProfile();
  let plan: WritePlan;

  beforeAll(async () => {
    const outcome = await runAnalyse({ input: EXAMPLE, language: 'nl', out });
    if (!outcome.plan) throw new Error('no plan');
    plan = outcome.plan;
  });

  test('every written formula evaluates to the engine value', () => {
    const rows = readCsv(convert(soffice, profile, out, 'csv'));
    expectWritten(rows, plan);
  });

  test('what-if: an fte edit in the written file recalculates the deviations', async () => {
    const edited = join(dir, 'wat-als.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    // Informatisering en Automatisering +2 fte; the cached formula results stay stale on purpose.
    const sheet = workbook.getWorksheet('Benchmark 2017');
    if (!sheet) throw new Error('sheet missing');
    sheet.getCell('B10').value = 11.74;
    await workbook.xlsx.writeFile(edited);
    const rows = readCsv(convert(soffice, profile, edited, 'csv'));
    expectCell(rows, 'H10', 11.74 - 0.069 * 162.3);
    expectCell(rows, 'J10', 'nagenoeg gelijk');
    expectCell(rows, 'O10', 2028168 / 11.74);
    const overhead = plan.cells.find((c) => c.value === 'De 7 overheadclusters in deze tabel');
    expectCell(rows, a1((overhead?.col ?? 0) + 3, overhead?.row ?? 0), 37.96 - 41.3865);
  });

  test('a workbook LibreOffice wrote (its own XML conventions) is patched as well, and recalculates', async () => {
    // LibreOffice's own copy of the example: its XML differs from ExcelJS's in many details.
    const written = convert(soffice, profile, EXAMPLE, 'xlsx');
    const annotated = join(dir, 'annotated.xlsx');
    const outcome = await runAnalyse({ input: written, language: 'nl', out: annotated });
    if (!outcome.plan) throw new Error('no plan');
    const rows = readCsv(convert(soffice, profile, annotated, 'csv'));
    expectWritten(rows, outcome.plan);
    // The user's own cells came through unchanged.
    expectCell(rows, 'A5', 'Juridische Zaken');
    expectCell(rows, 'D5', 294556);
  });

  test('a long table with sections, re-run beside the user’s own shared formulas, recalculates to the engine’s numbers', async () => {
    // Runs of rows share one formula in the file; the section rows break them.
    const input = join(dir, 'lang.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Lang');
    sheet.addRow(['Totale formatie (fte)', 4000]);
    sheet.addRow([]);
    sheet.addRow(['Cluster', 'Formatie in fte', '% van totale formatie', 'Kosten', 'Kostennorm']);
    for (const section of ['Primair proces', 'Overhead']) {
      sheet.addRow([section]);
      for (let i = 0; i < 150; i += 1) {
        const fte = 1 + ((i * 37) % 90) / 10;
        sheet.addRow([`${section} ${i + 1}`, fte, fte / 3900, Math.round(fte * 81_000), Math.round(fte * 79_500)]);
      }
    }
    sheet.getCell('AF5').value = { formula: 'B5*2', result: 0 };
    for (let row = 6; row <= 305; row += 1) sheet.getCell(`AF${row}`).value = { sharedFormula: 'AF5', result: 0 };
    await workbook.xlsx.writeFile(input);
    const first = join(dir, 'lang-1.xlsx');
    const second = join(dir, 'lang-2.xlsx');
    await runAnalyse({ input, language: 'nl', out: first });
    const outcome = await runAnalyse({ input: first, language: 'nl', out: second });
    if (!outcome.plan) throw new Error('no plan');
    const rows = readCsv(convert(soffice, profile, second, 'csv'));
    expectWritten(rows, outcome.plan);
    expectCell(rows, 'AF10', 2 * (1 + ((5 * 37) % 90) / 10));
    expectCell(rows, 'AF305', 2 * (1 + ((149 * 37) % 90) / 10));
  });

  test('renders to PDF and PNG (kept as a test artifact)', async () => {
    // One landscape page wide, so the artifact shows the table and what IJkpunt wrote.
    const printable = join(dir, 'heemstede-ijkpunt.xlsx'.replace('.xlsx', '-print.xlsx'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet('Benchmark 2017');
    if (!sheet) throw new Error('sheet missing');
    sheet.pageSetup = { ...sheet.pageSetup, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
    await workbook.xlsx.writeFile(printable);
    const pdf = convert(soffice, profile, printable, 'pdf');
    const artifacts = join(ROOT, 'test-artifacts');
    mkdirSync(artifacts, { recursive: true });
    copyFileSync(pdf, join(artifacts, 'heemstede-ijkpunt.pdf'));
    rmSync(join(artifacts, 'heemstede-ijkpunt-1.png'), { force: true });
    const pdftoppm = findProgram(['/usr/bin/pdftoppm']);
    if (!pdftoppm) throw new Error('pdftoppm (poppler-utils) is missing');
    execFileSync(pdftoppm, ['-png', '-r', '110', '-f', '1', '-l', '1', pdf, join(artifacts, 'heemstede-ijkpunt')]);
    const png = ['heemstede-ijkpunt-1.png', 'heemstede-ijkpunt-01.png'].map((f) => join(artifacts, f)).find(existsSync);
    expect(png).toBeDefined();
  });
});
