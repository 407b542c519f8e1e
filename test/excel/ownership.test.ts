// IJkpunt's output in the open workbook follows the user's inserted and deleted columns and rows:
// each of its columns is a defined name, Excel moves the names along (the fake does as Excel,
// fake/structure.ts), and a re-run clears and rewrites the output where it is now, leaves the
// user's inserted column alone, names deleted parts, and names typed values at their new address.
import { evaluateSheet } from '../support/hyperformula';
import { analyseAndWrite, heemstedeOnFake } from '../support/excel-workbook';
import type { FakeExcel } from './fake-excel';
import { deleteColumns, insertColumns, insertRows } from './fake-excel';

const SHEET = 'Benchmark';

function evaluate(fake: FakeExcel) {
  const names = Object.entries(fake.names).map(([name, ref]) => ({ name, ref: String(ref) }));
  return evaluateSheet(SHEET, fake.sheetFormulas(SHEET), names);
}

/** A first run on the worked example: table A4:E11, IJkpunt's columns F:P, its blocks from R. */
async function written() {
  const setup = heemstedeOnFake(SHEET);
  const first = await analyseAndWrite(setup.workbook);
  if (first.kind !== 'written') throw new Error(first.kind);
  const sheet = evaluate(setup.fake);
  // Norm fte, Δ fte and Δ% fte of Juridische Zaken, Norm kosten of Inkoop, as Excel would show them.
  const figures = ['G5', 'H5', 'I5', 'K7'].map((a) => sheet.value(a));
  sheet.destroy();
  return { ...setup, figures };
}

function figuresAt(fake: FakeExcel, addresses: readonly string[]) {
  const sheet = evaluate(fake);
  const values = addresses.map((a) => sheet.value(a));
  sheet.destroy();
  return values;
}

describe('a column inserted before the table', () => {
  test('the re-run writes beside the moved table, the user’s column keeps its values, nothing stale is left', async () => {
    const { fake, workbook, figures } = await written();
    insertColumns(fake, SHEET, 'A');
    fake.edit(SHEET, 'A4', 'Volgnummer');
    fake.edit(SHEET, 'A5:A6', [[1], [2]]);
    fake.select(SHEET, 'B6');
    const again = await analyseAndWrite(workbook);
    expect(again.kind).toBe('written');
    expect([fake.cell(SHEET, 'A4').value, fake.cell(SHEET, 'A5').value, fake.cell(SHEET, 'A6').value]).toEqual([
      'Volgnummer',
      1,
      2,
    ]);
    expect(fake.cell(SHEET, 'G4').value).toBe('Categorie');
    expect(fake.cell(SHEET, 'H4').value).toBe('Norm fte');
    expect(figuresAt(fake, ['H5', 'I5', 'J5', 'L7'])).toEqual(figures);
    // The old output moved one column right; the new one ends where it ends, nothing beyond it.
    expect(fake.cell(SHEET, 'AG20').formula ?? fake.cell(SHEET, 'AG20').value).toBeNull();
    expect(fake.names._IJK_pane_1_2).toBe('=Benchmark!$H$4:$H$11');
  });
});

describe('column roles the user chose', () => {
  test('are recognised anew after an inserted column, never put on the column that moved into their place', async () => {
    const setup = heemstedeOnFake(SHEET);
    // The share column (C, index 2) chosen by hand; a column inserted at B moves the fte column to index 2.
    const first = await analyseAndWrite(setup.workbook, { options: { overrides: { 2: 'fte.share' } } });
    if (first.kind !== 'written') throw new Error(first.kind);
    const figures = figuresAt(setup.fake, ['G5', 'H5', 'I5', 'K7']);
    insertColumns(setup.fake, SHEET, 'B');
    setup.fake.edit(SHEET, 'B4', 'Code');
    setup.fake.select(SHEET, 'A6');
    const again = await analyseAndWrite(setup.workbook);
    expect(again.kind).toBe('written');
    expect(setup.fake.cell(SHEET, 'H4').value).toBe('Norm fte');
    expect(figuresAt(setup.fake, ['H5', 'I5', 'J5', 'L7'])).toEqual(figures);
  });
});

describe('a column inserted inside the table', () => {
  test('the table’s new column is read as the user’s, IJkpunt’s columns move one right, their numbers stay', async () => {
    const { fake, workbook, figures } = await written();
    insertColumns(fake, SHEET, 'D');
    fake.edit(SHEET, 'D4:D5', [['Opmerking'], ['navragen']]);
    const again = await analyseAndWrite(workbook);
    expect(again.kind).toBe('written');
    expect([fake.cell(SHEET, 'D4').value, fake.cell(SHEET, 'D5').value]).toEqual(['Opmerking', 'navragen']);
    expect(fake.cell(SHEET, 'F4').value).toBe('Kostennorm referentiegroep');
    expect(fake.cell(SHEET, 'H4').value).toBe('Norm fte');
    expect(figuresAt(fake, ['H5', 'I5', 'J5', 'L7'])).toEqual(figures);
  });
});

describe('a column inserted inside IJkpunt’s columns', () => {
  test('with the user’s values in it: the column is kept as theirs and IJkpunt writes beside it', async () => {
    const { fake, workbook, figures } = await written();
    insertColumns(fake, SHEET, 'I');
    fake.edit(SHEET, 'I4:I5', [['Mijn kolom'], [7]]);
    const again = await analyseAndWrite(workbook);
    expect(again.kind).toBe('written');
    expect([fake.cell(SHEET, 'I4').value, fake.cell(SHEET, 'I5').value]).toEqual(['Mijn kolom', 7]);
    // The old output around the user's column is cleared; the new one starts right of it.
    expect([fake.cell(SHEET, 'F4').value, fake.cell(SHEET, 'G5').formula, fake.cell(SHEET, 'H5').formula]).toEqual([
      null,
      null,
      null,
    ]);
    expect(fake.cell(SHEET, 'K4').value).toBe('Norm fte');
    expect(figuresAt(fake, ['K5', 'L5', 'M5', 'O7'])).toEqual(figures);
  });

  test('empty: the re-run puts IJkpunt’s columns back together, no stale column left', async () => {
    const { fake, workbook, figures } = await written();
    insertColumns(fake, SHEET, 'I');
    const again = await analyseAndWrite(workbook);
    expect(again.kind).toBe('written');
    expect(fake.cell(SHEET, 'I4').value).toBe('Δ% fte');
    expect(fake.cell(SHEET, 'Q4').value).toBeNull();
    expect(figuresAt(fake, ['G5', 'H5', 'I5', 'K7'])).toEqual(figures);
  });

  test('a typed value over a moved formula is named at its new address', async () => {
    const { fake, workbook } = await written();
    insertColumns(fake, SHEET, 'A');
    fake.edit(SHEET, 'I5', 1.5); // was H5, Δ fte of Juridische Zaken
    fake.select(SHEET, 'B6');
    expect(await analyseAndWrite(workbook)).toEqual({ kind: 'edited', cells: ['I5'] });
  });
});

describe('a deleted column of IJkpunt’s', () => {
  test('refused, naming the column that is gone as IJkpunt wrote it', async () => {
    const { fake, workbook } = await written();
    deleteColumns(fake, SHEET, 'H');
    const before = fake.sheetFormulas(SHEET);
    const again = await analyseAndWrite(workbook);
    expect(again).toEqual({ kind: 'gone', cells: ['H4:H11 (Δ fte)'] });
    expect(fake.sheetFormulas(SHEET)).toEqual(before);
  });

  test('overwrite: written anew, no name of IJkpunt’s left pointing at #REF!', async () => {
    const { fake, workbook, figures } = await written();
    deleteColumns(fake, SHEET, 'H');
    const again = await analyseAndWrite(workbook, { edits: 'overwrite' });
    expect(again.kind).toBe('written');
    expect(Object.values(fake.names).filter((ref) => String(ref).includes('#REF!'))).toEqual([]);
    expect(figuresAt(fake, ['G5', 'H5', 'I5', 'K7'])).toEqual(figures);
  });
});

describe('a row inserted', () => {
  test('above the table: everything one row down, the same numbers', async () => {
    const { fake, workbook, figures } = await written();
    insertRows(fake, SHEET, '3');
    fake.select(SHEET, 'A7');
    const again = await analyseAndWrite(workbook);
    expect(again.kind).toBe('written');
    expect(fake.cell(SHEET, 'G5').value).toBe('Norm fte');
    expect(figuresAt(fake, ['G6', 'H6', 'I6', 'K8'])).toEqual(figures);
    expect(fake.cell(SHEET, 'G12').formula).not.toBeNull();
  });
});

describe('undo after the user inserted a column', () => {
  test('of a first run: IJkpunt’s output goes from where it is now, the table and the user’s column stay', async () => {
    const { fake, workbook } = heemstedeOnFake(SHEET);
    const first = await analyseAndWrite(workbook);
    if (first.kind !== 'written') throw new Error(first.kind);
    const table = fake
      .sheetValues(SHEET)
      .slice(0, 11)
      .map((row) => row.slice(0, 5));
    insertColumns(fake, SHEET, 'A');
    fake.edit(SHEET, 'A4', 'Volgnummer');
    expect(await workbook.undo(first.undo)).toEqual({ ok: true });
    const now = fake.sheetValues(SHEET);
    expect(now.slice(0, 11).map((row) => row.slice(1, 6))).toEqual(table);
    expect(now[3]?.[0]).toBe('Volgnummer');
    // Nothing of IJkpunt's is left: no column right of the table, no names.
    expect(now.every((row) => row.slice(6).every((v) => v === null))).toBe(true);
    expect(Object.keys(fake.names)).toEqual([]);
  });

  test('of a re-run: the first run’s output comes back at its moved place, its numbers as before', async () => {
    const { fake, workbook, figures } = await written();
    const again = await analyseAndWrite(workbook, { options: { totalFte: 200 } });
    if (again.kind !== 'written') throw new Error(again.kind);
    insertColumns(fake, SHEET, 'A');
    expect(await workbook.undo(again.undo)).toEqual({ ok: true });
    expect(fake.cell(SHEET, 'H4').value).toBe('Norm fte');
    expect(figuresAt(fake, ['H5', 'I5', 'J5', 'L7'])).toEqual(figures);
  });
});
