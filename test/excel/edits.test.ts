// The user's edits inside IJkpunt's own output in the open workbook: a re-run names the cells
// and asks (keep as the user's own, or overwrite), never silently; kept cells stay the user's
// on later runs; undo does not put IJkpunt's old output over what the user typed since.
import { a1 } from '../../src/engine/core/address';
import { parseState } from '../../src/excel/state';
import { heemstedeGrid } from '../fixtures/heemstede';
import { analyseAndWrite, heemstedeOnFake, workbookOn } from '../support/excel-workbook';
import { evaluateSheet } from '../support/hyperformula';
import { createFake, fakeCells } from './fake-excel';
import { copyStates, statesIn } from '../support/states';

const SHEET = 'Benchmark';

const heemstede = (version = '1.14') => heemstedeOnFake(SHEET, version);

/** A first run, and the address of one of IJkpunt's formula cells (Δ fte of the first cluster). */
async function written(version = '1.14') {
  const setup = heemstede(version);
  const first = await analyseAndWrite(setup.workbook);
  if (first.kind !== 'written') throw new Error(first.kind);
  const column = first.run.plan.columns.find((c) => c.key === 'fte.delta');
  const cell = column?.cells.find((c) => c.formula !== null);
  if (!column || !cell) throw new Error('no Δ fte formula');
  const empty = emptyOwnedCell(first.run.plan);
  return { ...setup, first, formulaCell: a1(column.col, cell.row), empty };
}

/** A cell inside IJkpunt's block it left empty (between the parameter and summary blocks). */
function emptyOwnedCell(plan: { owned: readonly string[]; cells: readonly { row: number; col: number }[] }): string {
  const taken = new Set(plan.cells.map((c) => a1(c.col, c.row)));
  const block = plan.owned[1] ?? '';
  const [from = '', to = ''] = block.split(':');
  const col = from.replace(/\d+/g, '');
  const top = Number(from.replace(/[A-Z]+/g, ''));
  const bottom = Number(to.replace(/[A-Z]+/g, ''));
  for (let row = top; row <= bottom; row += 1) if (!taken.has(`${col}${row}`)) return `${col}${row}`;
  throw new Error('no empty cell in the block');
}

describe('a re-run after the user typed inside IJkpunt’s output', () => {
  test('a value over a formula: nothing written, the cell named', async () => {
    const { fake, workbook, formulaCell } = await written();
    fake.edit(SHEET, formulaCell, 1.5);
    const before = fake.sheetFormulas(SHEET);
    const again = await analyseAndWrite(workbook, { options: { totalFte: 200 } });
    expect(again).toEqual({ kind: 'edited', cells: [formulaCell] });
    expect(fake.sheetFormulas(SHEET)).toEqual(before);
  });

  test('in a later session (the workbook keeps a lean state): no false alarm, a value over a formula still named', async () => {
    const { fake, context, formulaCell } = await written();
    // A new pane session: a new port, so only what the workbook remembers is known.
    const later = workbookOn(context);
    expect((await analyseAndWrite(later)).kind).toBe('written');
    fake.edit(SHEET, formulaCell, 1.5);
    expect(await analyseAndWrite(workbookOn(context))).toEqual({ kind: 'edited', cells: [formulaCell] });
  });

  test('a note in an empty cell of IJkpunt’s block is named too', async () => {
    const { fake, workbook, empty } = await written();
    fake.edit(SHEET, empty, 'navragen bij P&O');
    expect(await analyseAndWrite(workbook)).toEqual({ kind: 'edited', cells: [empty] });
  });

  test('a header replaced by another of IJkpunt’s headers is named', async () => {
    const { fake, workbook, first } = await written();
    const [a, b] = first.run.plan.columns;
    if (!a || !b) throw new Error('columns missing');
    const header = a1(a.col, first.run.plan.headerRow);
    fake.edit(SHEET, header, b.header);
    expect(await analyseAndWrite(workbook)).toEqual({ kind: 'edited', cells: [header] });
  });

  test('overwrite (after the pane’s confirmation): IJkpunt’s formula is back, with the new run’s numbers', async () => {
    const { fake, workbook, formulaCell } = await written();
    fake.edit(SHEET, formulaCell, 1.5);
    const again = await analyseAndWrite(workbook, { edits: 'overwrite' });
    expect(again.kind).toBe('written');
    expect(String(fake.cell(SHEET, formulaCell).formula)).toMatch(/^=/);
  });

  test('keep: the user’s value stays, the rest is rewritten, and a later run does not ask again', async () => {
    const { fake, workbook, formulaCell } = await written();
    fake.edit(SHEET, formulaCell, 1.5);
    const kept = await analyseAndWrite(workbook, { edits: 'keep', options: { totalFte: 200 } });
    expect(kept.kind).toBe('written');
    expect(fake.cell(SHEET, formulaCell)).toMatchObject({ value: 1.5, formula: null });
    // The state is kept under the worksheet's id (src/excel/state.ts), the only one here.
    const state = Object.values(statesIn(fake))
      .map(parseState)
      .find((each) => each !== null);
    expect(state?.kept).toEqual([formulaCell]);
    const later = await analyseAndWrite(workbook);
    expect(later.kind).toBe('written');
    expect(fake.cell(SHEET, formulaCell)).toMatchObject({ value: 1.5, formula: null });
  });

  test('without ExcelApi 1.9 (no getSpecialCells) a re-run is as before: no question, one sync fewer', async () => {
    const { fake, workbook, formulaCell } = await written('1.8');
    fake.edit(SHEET, formulaCell, 1.5);
    const syncs = fake.syncs;
    const again = await analyseAndWrite(workbook);
    expect(again.kind).toBe('written');
    // The read (where the cells are, then the cells) and the write; ExcelApi 1.9 adds the edit check.
    expect(fake.syncs - syncs).toBe(3);
  });
});

describe('undo after the user typed inside IJkpunt’s output', () => {
  test('refuses, naming the cells; nothing changes', async () => {
    const { fake, workbook, first, formulaCell } = await written();
    fake.edit(SHEET, formulaCell, 1.5);
    const before = fake.sheetFormulas(SHEET);
    expect(await workbook.undo(first.undo)).toEqual({ ok: false, conflicts: [formulaCell] });
    expect(fake.sheetFormulas(SHEET)).toEqual(before);
  });

  test('undo of a run that kept the user’s cells leaves them as they are', async () => {
    const { fake, workbook, formulaCell } = await written();
    fake.edit(SHEET, formulaCell, 1.5);
    const kept = await analyseAndWrite(workbook, { edits: 'keep', options: { totalFte: 200 } });
    if (kept.kind !== 'written') throw new Error(kept.kind);
    expect(await workbook.undo(kept.undo)).toEqual({ ok: true });
    expect(fake.cell(SHEET, formulaCell)).toMatchObject({ value: 1.5, formula: null });
  });
});

describe('defined names per sheet, never shared', () => {
  test('"Blad 1" and "Blad-1": the second sheet gets its own prefix; the first sheet’s names and results stay', async () => {
    const cells = fakeCells(heemstedeGrid());
    const { context, fake } = createFake({
      sheets: [
        { name: 'Blad 1', cells },
        // The second table's total formation differs: sharing names would change the first's norms.
        { name: 'Blad-1', cells: { ...cells, B2: 300 } },
      ],
      active: 'Blad 1',
      selected: 'A6',
      requirementSets: '1.14',
    });
    const workbook = workbookOn(context);
    expect((await analyseAndWrite(workbook)).kind).toBe('written');
    const firstNames = { ...fake.names };
    const names = () => Object.entries(fake.names).map(([name, ref]) => ({ name, ref: String(ref) }));
    const sheetOne = evaluateSheet('Blad 1', fake.sheetFormulas('Blad 1'), names());
    const normBefore = sheetOne.value('G6');
    sheetOne.destroy();
    fake.select('Blad-1', 'A6');
    const second = await analyseAndWrite(workbook);
    if (second.kind !== 'written') throw new Error(second.kind);
    expect(second.run.plan.names.map((n) => n.name)).toContain('IJK_Blad_1_2_TotaleFormatie');
    for (const [name, ref] of Object.entries(firstNames)) expect(fake.names[name]).toBe(ref);
    const again = evaluateSheet('Blad 1', fake.sheetFormulas('Blad 1'), names());
    expect(typeof normBefore).toBe('number');
    expect(again.value('G6')).toBe(normBefore);
    again.destroy();
  });

  test.each([
    ['1.14', 'the plan takes the next free prefix'],
    ['1.6', 'without NamedItem.formula (ExcelApi 1.7) the clash is refused before anything is written'],
  ])('a name another sheet holds, on ExcelApi %s: %s', async (version) => {
    const { context, fake } = createFake({
      sheets: [
        { name: SHEET, cells: fakeCells(heemstedeGrid()) },
        { name: 'Elders', cells: { A1: 1 } },
      ],
      active: SHEET,
      selected: 'A6',
      requirementSets: '1.14',
    });
    const workbook = workbookOn(context);
    // Someone else's name under IJkpunt's prefix: names.add would fail half-way (ItemAlreadyExists).
    context.workbook.names.add('IJK_Benchmark_Inwoners', '=Elders!$A$1');
    await context.sync();
    fake.setSupported(version);
    const before = fake.sheetFormulas(SHEET);
    const outcome = await analyseAndWrite(workbook, { options: { inhabitants: 43_500 } });
    expect(fake.names.IJK_Benchmark_Inwoners).toBe('=Elders!$A$1');
    if (version === '1.6') {
      expect(outcome).toMatchObject({ kind: 'conflict', cells: expect.arrayContaining(['IJK_Benchmark_Inwoners']) });
      expect(fake.sheetFormulas(SHEET)).toEqual(before);
    } else {
      if (outcome.kind !== 'written') throw new Error(outcome.kind);
      expect(outcome.run.plan.names.map((n) => n.name)).toContain('IJK_Benchmark_2_Inwoners');
    }
  });
});

describe('a column inserted before the table in Excel (the stored ranges are then stale)', () => {
  test('the re-run does not silently clear the user’s shifted column: it stops and names the cells', async () => {
    const { fake } = await written();
    // The sheet as Excel leaves it after inserting a column at A: every cell one to the right;
    // IJkpunt's state in the settings still names the old ranges.
    const shifted: Record<string, string | number | boolean> = {};
    fake.sheetFormulas(SHEET).forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null && value !== '') shifted[a1(c + 1, r + 1)] = value;
      }),
    );
    const moved = createFake({ sheets: [{ name: SHEET, cells: shifted }], active: SHEET, selected: 'B6' });
    await copyStates(fake, moved.context);
    const again = await analyseAndWrite(workbookOn(moved.context));
    expect(again.kind).toBe('edited');
    if (again.kind !== 'edited') return;
    // The user's last column (Kostennorm referentiegroep, now F) is named, and still there.
    expect(again.cells).toContain('F4');
    expect(moved.fake.cell(SHEET, 'F4').value).toBe('Kostennorm referentiegroep');
  });
});
