// Ownership through LibreOffice: a copy LibreOffice rewrote (its own XML, its own way of writing
// names and hidden sheets) re-runs without false alarms, a column inserted in it still moves
// IJkpunt's output along, and a value typed in it is still noticed. Two sheets whose names give
// the same prefix ("Benchmark 2017", "Benchmark-2017") keep apart: analysing the second leaves
// the first sheet's recalculated results as they were.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import ExcelJS from 'exceljs';
import { tmpdir } from 'os';
import { join } from 'path';
import { runAnalyse } from '../../src/cli/analyse-command';
import { a1 } from '../../src/engine/core';
import { readPackage } from '../../src/xlsx/read';
import { EXAMPLES } from '../support/cli';
import { expectCell, expectWritten } from '../support/libreoffice-cells';
import { convert, convertSheets, readCsv, recalculatingProfile } from '../support/libreoffice';
import { describeWithProgram, LIBREOFFICE } from '../support/system';
import { insertOnSheet, typeInCell } from '../support/xlsx-edits';

const SHEET = 'Benchmark 2017';

describeWithProgram('ownership after LibreOffice rewrote the copy', LIBREOFFICE, (soffice) => {
  const dir = mkdtempSync(join(tmpdir(), 'ijkpunt-lo-own-'));
  const profile = recalculatingProfile();

  test('a LibreOffice round trip: the re-run finds no edits; a column inserted and a value typed are handled', async () => {
    const annotated = join(dir, 'annotated.xlsx');
    const first = await runAnalyse({ input: join(EXAMPLES, 'heemstede-2017.xlsx'), language: 'nl', out: annotated });
    if (!first.plan) throw new Error('no plan');
    const rewritten = convert(soffice, profile, annotated, 'xlsx');
    const read = readPackage(readFileSync(rewritten));
    expect(read.edits.size).toBe(0);
    expect(read.owned.get(SHEET)?.length).toBe((read.owned.get(SHEET) ?? []).filter((b) => b.codes).length);

    const again = await runAnalyse({ input: rewritten, language: 'nl', out: join(dir, 'again.xlsx') });
    expect(again.plan?.columns.map((c) => c.col)).toEqual(first.plan.columns.map((c) => c.col));
    expectWritten(readCsv(convert(soffice, profile, join(dir, 'again.xlsx'), 'csv')), again.plan ?? first.plan);

    const moved = join(dir, 'moved.xlsx');
    writeFileSync(moved, insertOnSheet(readFileSync(rewritten), SHEET, { col: 0, row: null }));
    const shifted = await runAnalyse({ input: moved, language: 'nl', out: join(dir, 'shifted.xlsx') });
    const rows = readCsv(convert(soffice, profile, join(dir, 'shifted.xlsx'), 'csv'));
    expectCell(rows, 'F4', 'Kostennorm referentiegroep');
    expectCell(rows, 'F5', 215568);
    if (!shifted.plan) throw new Error('no plan');
    expectWritten(rows, shifted.plan);

    const column = first.plan.columns.find((c) => c.key === 'fte.delta');
    if (!column) throw new Error('no Δ fte column');
    const ref = a1(column.col, 6);
    const typed = join(dir, 'typed.xlsx');
    writeFileSync(typed, typeInCell(readFileSync(rewritten), SHEET, ref, 2));
    await expect(runAnalyse({ input: typed, language: 'nl', out: join(dir, 'typed-out.xlsx') })).rejects.toThrow(
      `(${ref})`,
    );
  });

  test('"Benchmark 2017" and "Benchmark-2017": each sheet its own names; the first sheet’s results stay', async () => {
    const source = new ExcelJS.Workbook();
    await source.xlsx.readFile(join(EXAMPLES, 'heemstede-2017.xlsx'));
    const original = source.getWorksheet(SHEET);
    if (!original) throw new Error('sheet missing');
    const workbook = new ExcelJS.Workbook();
    for (const name of [SHEET, 'Benchmark-2017']) {
      const sheet = workbook.addWorksheet(name);
      original.eachRow((row, r) => row.eachCell((cell, c) => (sheet.getCell(r, c).value = cell.value)));
    }
    // The second sheet's total formation differs: names shared with the first would change its norms.
    const second = workbook.getWorksheet('Benchmark-2017');
    if (!second) throw new Error('sheet missing');
    second.getCell('B2').value = 300;
    const input = join(dir, 'twee.xlsx');
    await workbook.xlsx.writeFile(input);

    const a = join(dir, 'twee-a.xlsx');
    const firstRun = await runAnalyse({ input, sheet: SHEET, language: 'nl', out: a });
    const b = join(dir, 'twee-b.xlsx');
    const secondRun = await runAnalyse({ input: a, sheet: 'Benchmark-2017', language: 'nl', out: b });
    if (!firstRun.plan || !secondRun.plan) throw new Error('no plan');
    expect(firstRun.plan.names.map((n) => n.name)).toContain('IJK_Benchmark_2017_TotaleFormatie');
    expect(secondRun.plan.names.map((n) => n.name)).toContain('IJK_Benchmark_2017_2_TotaleFormatie');
    const names = readPackage(readFileSync(b)).names;
    expect(names.find((n) => n.name === 'IJK_Benchmark_2017_TotaleFormatie')?.sheet).toBe(SHEET);
    expect(names.find((n) => n.name === 'IJK_Benchmark_2017_2_TotaleFormatie')?.sheet).toBe('Benchmark-2017');

    // LibreOffice recalculates both sheets: each gets its own engine's numbers.
    const copy = join(dir, 'twee-b-copy.xlsx');
    copyFileSync(b, copy);
    const csv = convertSheets(soffice, profile, copy, [SHEET, 'Benchmark-2017']);
    const rowsA = readCsv(csv.get(SHEET) ?? '');
    expectWritten(rowsA, firstRun.plan);
    expectWritten(readCsv(csv.get('Benchmark-2017') ?? ''), secondRun.plan);
    // Juridische Zaken's norm fte on the first sheet: 0.016 × 162.3 (not × 300).
    const norm = firstRun.plan.columns.find((c) => c.key === 'fte.norm');
    if (!norm) throw new Error('no norm fte column');
    expectCell(rowsA, a1(norm.col, 5), 0.016 * 162.3);
  });
});
