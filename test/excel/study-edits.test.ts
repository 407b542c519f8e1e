// The studies in the open workbook respect what the user typed inside IJkpunt's earlier output,
// as the benchmark does: a re-run refuses with the cells named, then keeps them as the user's
// own or overwrites them when asked.
import { scoreCriteria } from '../../src/engine/criteria/score';
import { buildCriteriaPlan } from '../../src/engine/criteria/plan';
import type { WorkbookPort } from '../../src/studies';
import { samenwerkingNumericGrid } from '../fixtures/samenwerking';
import { workbookOn } from '../support/excel-workbook';
import { createFake, fakeCells, type FakeExcel } from './fake-excel';
import { insertColumns } from './fake-excel';

const SHEET = 'Toetsingscriteria';

let fake: FakeExcel | null = null;
afterEach(() => fake?.dispose());

async function scorecard(port: WorkbookPort) {
  const read = await port.readSheets();
  const grid = read.sheets[0]?.grid;
  if (!grid) throw new Error('nothing read');
  const outcome = scoreCriteria(grid);
  if (!outcome.ok) throw new Error(outcome.message);
  return [buildCriteriaPlan({ result: outcome.result, grid, language: 'nl' }).plan];
}

/** The criteria scorecard written once on a fresh fake workbook. */
async function written() {
  const made = createFake({
    sheets: [{ name: SHEET, cells: fakeCells(samenwerkingNumericGrid()) }],
    active: SHEET,
    selected: 'A3',
  });
  fake = made.fake;
  const port = workbookOn(made.context);
  expect((await port.writeStudy(await scorecard(port))).kind).toBe('written');
  return { fake: made.fake, context: made.context, port };
}

describe('a value typed over the criteria scorecard’s output', () => {
  test('a re-run writes nothing and names the cell', async () => {
    const { fake, port } = await written();
    const formula = fake.cell(SHEET, 'U4').formula;
    expect(formula).toMatch(/^=IF\(/);
    fake.edit(SHEET, 'U4', 'eigen oordeel');
    const before = fake.sheetFormulas(SHEET);
    expect(await port.writeStudy(await scorecard(port))).toEqual({ kind: 'edited', sheet: SHEET, cells: ['U4'] });
    expect(fake.sheetFormulas(SHEET)).toEqual(before);
  });

  test('in a later session (the workbook keeps a lean state) the typed value is still named; no false alarm', async () => {
    const { fake, context } = await written();
    // A new pane session: only what the workbook remembers is known.
    const later = workbookOn(context);
    expect((await later.writeStudy(await scorecard(later))).kind).toBe('written');
    fake.edit(SHEET, 'U4', 'eigen oordeel');
    const again = workbookOn(context);
    expect(await again.writeStudy(await scorecard(again))).toEqual({ kind: 'edited', sheet: SHEET, cells: ['U4'] });
  });

  test('keep: the cell stays the user’s, now and on the next run; overwrite: IJkpunt’s formula is back', async () => {
    const { fake, port } = await written();
    const formula = fake.cell(SHEET, 'U4').formula;
    fake.edit(SHEET, 'U4', 'eigen oordeel');
    expect((await port.writeStudy(await scorecard(port), { edits: 'keep' })).kind).toBe('written');
    expect(fake.cell(SHEET, 'U4').value).toBe('eigen oordeel');
    expect((await port.writeStudy(await scorecard(port))).kind).toBe('written');
    expect(fake.cell(SHEET, 'U4').value).toBe('eigen oordeel');
    expect((await port.writeStudy(await scorecard(port), { edits: 'overwrite' })).kind).toBe('written');
    expect(fake.cell(SHEET, 'U4').formula).toBe(formula);
  });
});

describe('a column the user inserted before the criteria table', () => {
  test('the re-run rewrites the scorecard one column right, the user’s column keeps its values', async () => {
    const { fake, port } = await written();
    const formula = fake.cell(SHEET, 'U4').formula;
    insertColumns(fake, SHEET, 'A');
    fake.edit(SHEET, 'A3:A4', [['Nr.'], [1]]);
    fake.select(SHEET, 'B3');
    expect((await port.writeStudy(await scorecard(port))).kind).toBe('written');
    expect([fake.cell(SHEET, 'A3').value, fake.cell(SHEET, 'A4').value]).toEqual(['Nr.', 1]);
    // The same formula, its references one column right (P4 → Q4 …).
    expect(fake.cell(SHEET, 'V4').formula).toBe(
      formula?.replace(
        /\b([A-Z])(\d+)\b/g,
        (_m, c: string, r: string) => `${String.fromCharCode(c.charCodeAt(0) + 1)}${r}`,
      ),
    );
    expect(fake.cell(SHEET, 'J3').value).toBeNull();
  });
});

describe('undo of the scorecard after the user inserted a column', () => {
  test('clears IJkpunt’s output where it is now; the table and the user’s column stay', async () => {
    const { fake, port } = await written();
    const response = await port.writeStudy(await scorecard(port));
    if (response.kind !== 'written') throw new Error(response.kind);
    insertColumns(fake, SHEET, 'A');
    fake.edit(SHEET, 'A3', 'Nr.');
    const table = fake.sheetValues(SHEET).map((row) => row.slice(0, 10));
    expect((await port.undo(response.undo)).ok).toBe(true);
    // The first run's scorecard back one column right, with its formula moved along.
    expect(fake.cell(SHEET, 'V4').formula).toMatch(/^=IF\(OR\(NOT\(ISNUMBER\(Q4\)\)/);
    expect(fake.sheetValues(SHEET).map((row) => row.slice(0, 10))).toEqual(table);
  });
});
