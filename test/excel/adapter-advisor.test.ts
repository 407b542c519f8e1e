// The Excel adapter for the advisor: the explanation and scenario columns, "Uitleg bij cel",
// undo restoring exactly, and the pane following the sheet (IJkpunt's own writes do not trigger a
// refresh).
import { a1 } from '../../src/engine/core/address';
import { explainCell } from '../../src/excel/cells';
import { createWriteGuard, watchInput } from '../../src/excel/events';
import { heemstedeGrid } from '../fixtures/heemstede';
import { analyseAndWrite, workbookOn } from '../support/excel-workbook';
import { createFake, fakeCells } from './fake-excel';
import { statesIn } from '../support/states';
import { evaluate, expectNumber, heemstede, SHEET, withPort } from './adapter-support';

describe('the advisor’s columns: explanations and scenarios', () => {
  const note = { row: 7, text: 'inhaalslag inkoopfunctie', previous: null };

  test('an explanation creates a Toelichting column at the table’s edge; IJkpunt’s columns move right', async () => {
    const { fake, workbook } = heemstede();
    await analyseAndWrite(workbook);
    const response = await analyseAndWrite(workbook, { userColumns: { notes: [note] } });
    if (response.kind !== 'written') throw new Error(response.kind);
    expect(fake.cell(SHEET, 'F4').value).toBe('Toelichting');
    expect(fake.cell(SHEET, 'F7').value).toBe('inhaalslag inkoopfunctie');
    expect(fake.cell(SHEET, 'G4').value).toBe('Categorie');
    expect(response.run.result.columns.map((c) => c.role)).toEqual([
      'cluster',
      'fte',
      'fte.share',
      'costs',
      'costs.norm',
      'note',
    ]);
    expect(response.run.result.clusters.find((c) => c.row === 7)?.note).toBe('inhaalslag inkoopfunctie');
    expect(response.run.result.sentences).toContainEqual(
      expect.stringContaining('Inkoop (+€ 109.074; +155%; toelichting: inhaalslag inkoopfunctie)'),
    );
    // The deviations still evaluate to the engine's numbers in their new place.
    const sheet = evaluate(fake);
    expectNumber(sheet.value('H5'), response.run.result.clusters[0]?.fte?.norm ?? NaN);
    sheet.destroy();
  });

  test('a re-run keeps the explanation as input; undo removes it and restores the sheet exactly', async () => {
    const { fake, workbook } = heemstede();
    await analyseAndWrite(workbook);
    const afterFirst = fake.sheetFormulas(SHEET);
    const withNote = await analyseAndWrite(workbook, { userColumns: { notes: [note] } });
    if (withNote.kind !== 'written') throw new Error(withNote.kind);
    const rerun = await analyseAndWrite(workbook);
    expect(rerun.kind === 'written' && rerun.run.result.clusters.find((c) => c.row === 7)?.note).toBe(
      'inhaalslag inkoopfunctie',
    );
    expect(fake.cell(SHEET, 'F7').value).toBe('inhaalslag inkoopfunctie');
    // Undo of the explanation (the snapshot of that action, after the re-run was undone first).
    if (rerun.kind !== 'written') throw new Error(rerun.kind);
    await workbook.undo(rerun.undo);
    await workbook.undo(withNote.undo);
    expect(fake.sheetFormulas(SHEET)).toEqual(afterFirst);
  });

  test('an explanation the sheet changed meanwhile is refused, naming the cell; nothing is written', async () => {
    const { fake, workbook } = heemstede({ F4: 'Toelichting', F7: 'eerder geschreven' });
    const before = fake.sheetFormulas(SHEET);
    const response = await analyseAndWrite(workbook, {
      userColumns: { notes: [{ row: 7, text: 'nieuw', previous: 'iets anders' }] },
    });
    expect(response).toEqual({ kind: 'changed', cells: ['F7'] });
    expect(fake.sheetFormulas(SHEET)).toEqual(before);
    const edited = await analyseAndWrite(workbook, {
      userColumns: { notes: [{ row: 7, text: 'nieuw', previous: 'eerder geschreven' }] },
    });
    expect(edited.kind).toBe('written');
    expect(fake.cell(SHEET, 'F7').value).toBe('nieuw');
  });

  test('an explanation that starts like a formula stays text', async () => {
    const { fake, workbook } = heemstede();
    const response = await analyseAndWrite(workbook, {
      userColumns: { notes: [{ row: 7, text: '=meer inhuur dan begroot', previous: null }] },
    });
    expect(response.kind).toBe('written');
    expect(fake.cell(SHEET, 'F7')).toMatchObject({ value: '=meer inhuur dan begroot', formula: null });
  });

  test('a scenario is a new column beside the table; the original numbers and results stay', async () => {
    const { fake, workbook } = heemstede();
    const base = await analyseAndWrite(workbook);
    if (base.kind !== 'written') throw new Error(base.kind);
    const values = base.run.result.clusters.map((c) => ({
      row: c.row,
      value: c.row === 10 ? 11.74 : (c.fte?.own ?? null),
    }));
    const response = await analyseAndWrite(workbook, { userColumns: { scenario: { name: '1', values } } });
    if (response.kind !== 'written') throw new Error(response.kind);
    expect(fake.cell(SHEET, 'F4').value).toBe('Scenario 1: fte');
    expect(fake.cell(SHEET, 'F10').value).toBe(11.74);
    expect(fake.cell(SHEET, 'B10').value).toBe(9.74);
    expect(response.run.result.columns[5]?.role).toBeNull();
    expect(response.run.result.totals).toEqual(base.run.result.totals);
  });

  test('in an Excel table the explanation column becomes a table column too', async () => {
    const { fake, workbook } = withPort({
      sheets: [{ name: SHEET, cells: fakeCells(heemstedeGrid()), tables: [{ name: 'Overhead2017', range: 'A4:E11' }] }],
      active: SHEET,
      selected: 'B7',
      requirementSets: '1.14',
    });
    await analyseAndWrite(workbook);
    const before = fake.tables(SHEET)[0]?.address ?? '';
    const response = await analyseAndWrite(workbook, { userColumns: { notes: [note] } });
    if (response.kind !== 'written') throw new Error(response.kind);
    const widened = fake.tables(SHEET)[0]?.address ?? '';
    expect(widened.split(':')[1]?.replace(/\d+/, '')).toBe(
      String.fromCharCode((before.split(':')[1] ?? 'A').charCodeAt(0) + 1),
    );
    expect(fake.cell(SHEET, 'F4').value).toBe('Toelichting');
    expect(fake.cell(SHEET, 'G4').value).toBe('Categorie');
  });
});

describe('Uitleg bij cel', () => {
  test('puts the explanation in the note of the written Δ cell, replacing an earlier one', async () => {
    const { context, fake, workbook } = heemstede({}, '1.18');
    const response = await analyseAndWrite(workbook);
    if (response.kind !== 'written') throw new Error(response.kind);
    const col = response.deltaColumns.costs;
    if (col === undefined) throw new Error('no Δ costs column');
    const address = a1(col, 7);
    expect(fake.cell(SHEET, address).formula).toMatch(/^=/);
    await explainCell(context, SHEET, address, 'eerste uitleg');
    await explainCell(context, SHEET, address, 'Afwijking kosten (€) Inkoop = eigen − norm');
    expect(fake.notes(SHEET)).toEqual({ [address]: 'Afwijking kosten (€) Inkoop = eigen − norm' });
  });

  test('notes need ExcelApi 1.18: on older hosts the call fails (the pane hides the button there)', async () => {
    const { context } = heemstede({}, '1.17');
    await expect(explainCell(context, SHEET, 'J7', 'uitleg')).rejects.toThrow(/1\.18/);
  });
});

describe('undo', () => {
  test('undo of a first run restores the sheet exactly', async () => {
    const { fake, workbook } = heemstede();
    const before = fake.sheetFormulas(SHEET);
    const response = await analyseAndWrite(workbook);
    if (response.kind !== 'written') throw new Error(response.kind);
    expect(await workbook.undo(response.undo)).toEqual({ ok: true });
    expect(fake.sheetFormulas(SHEET)).toEqual(before);
    expect(fake.names).toEqual({});
    expect(fake.charts(SHEET)).toEqual([]);
    expect(fake.conditionalFormats(SHEET)).toEqual([]);
    expect(fake.settings).toEqual({});
    expect(fake.customXmlParts).toEqual([]);
  });

  test('undo of a re-run with other parameters restores the first run', async () => {
    const { fake, workbook } = heemstede();
    await analyseAndWrite(workbook);
    const afterFirst = {
      formulas: fake.sheetFormulas(SHEET),
      names: { ...fake.names },
      states: statesIn(fake),
    };
    const second = await analyseAndWrite(workbook, { options: { totalFte: 200 } });
    if (second.kind !== 'written') throw new Error(second.kind);
    expect(fake.sheetFormulas(SHEET)).not.toEqual(afterFirst.formulas);
    await workbook.undo(second.undo);
    expect(fake.sheetFormulas(SHEET)).toEqual(afterFirst.formulas);
    expect(fake.names).toEqual(afterFirst.names);
    expect(statesIn(fake)).toEqual(afterFirst.states);
  });

  test('what-if edits written to the sheet are undone', async () => {
    const { fake, workbook } = heemstede();
    const point = await workbook.editCells(SHEET, [{ address: 'B10', value: 11.74 }]);
    expect(fake.cell(SHEET, 'B10').value).toBe(11.74);
    await workbook.undo(point);
    expect(fake.cell(SHEET, 'B10').value).toBe(9.74);
  });

  test('a failure half-way through the write restores the sheet', async () => {
    const { fake, workbook } = heemstede();
    const before = fake.sheetFormulas(SHEET);
    fake.failOnSync(2, new Error('Excel gaf een fout'));
    await expect(analyseAndWrite(workbook)).rejects.toThrow('Excel gaf een fout');
    expect(fake.sheetFormulas(SHEET)).toEqual(before);
    expect(fake.names).toEqual({});
  });
});

describe('the pane follows the sheet', () => {
  async function watched(version: string, input: string) {
    const { context, fake } = createFake({
      sheets: [{ name: SHEET, cells: fakeCells(heemstedeGrid()) }],
      active: SHEET,
      selected: 'A6',
      requirementSets: version,
    });
    // The guard the port's writers hold, for hosts without triggerSource.
    const guard = createWriteGuard();
    const workbook = workbookOn(context, guard);
    const seen: string[][] = [];
    await watchInput(context, SHEET, { input, debounceMs: 300, guard, onUserEdit: (a) => seen.push([...a]) });
    return { fake, workbook, seen };
  }

  test('user edits in the input refresh once per burst; IJkpunt’s own writes do not', async () => {
    jest.useFakeTimers();
    try {
      const { fake, workbook, seen } = await watched('1.14', 'A4:E11');
      await analyseAndWrite(workbook);
      jest.advanceTimersByTime(1000);
      expect(seen).toEqual([]);
      fake.edit(SHEET, 'B10', 11.74);
      fake.edit(SHEET, 'B11', 6);
      jest.advanceTimersByTime(1000);
      expect(seen.length).toBe(1);
      expect(seen[0]?.map((a) => a.replace(/^.*!/, ''))).toEqual(['B10', 'B11']);
    } finally {
      jest.useRealTimers();
    }
  });

  test('on ExcelApi 1.7 (no triggerSource, events not suspended) the port’s write guard keeps its own writes out', async () => {
    jest.useFakeTimers();
    try {
      // A watched range that IJkpunt's columns lie in: only the guard can tell its writes apart.
      const { fake, workbook, seen } = await watched('1.7', 'A4:Z11');
      expect((await analyseAndWrite(workbook)).kind).toBe('written');
      jest.advanceTimersByTime(1000);
      expect(seen).toEqual([]);
      fake.edit(SHEET, 'B10', 11.74);
      jest.advanceTimersByTime(1000);
      expect(seen.map((a) => a.map((x) => x.replace(/^.*!/, '')))).toEqual([['B10']]);
    } finally {
      jest.useRealTimers();
    }
  });

  test('a guard belongs to its port: another port’s writes are not hidden by it', async () => {
    jest.useFakeTimers();
    try {
      const { context, fake } = createFake({
        sheets: [{ name: SHEET, cells: fakeCells(heemstedeGrid()) }],
        active: SHEET,
        selected: 'A6',
        requirementSets: '1.7',
      });
      const seen: string[][] = [];
      await watchInput(context, SHEET, {
        input: 'A4:Z11',
        guard: createWriteGuard(),
        onUserEdit: (a) => seen.push([...a]),
      });
      await analyseAndWrite(workbookOn(context));
      jest.advanceTimersByTime(1000);
      expect(seen).toHaveLength(1);
      expect(fake.cell(SHEET, 'G4').value).toBe('Norm fte');
    } finally {
      jest.useRealTimers();
    }
  });
});
