// The Excel adapter against a typed fake of the Excel objects: the formulas it writes are
// evaluated by a real formula engine and match the engine's numbers; re-runs are idempotent;
// the user's cells are never written over; undo restores exactly; a failure half-way restores;
// IJkpunt's own writes do not trigger a refresh.
import { a1 } from '../../src/engine/core/address';
import { compute, prepare } from '../../src/engine/benchmark/analyse';
import { buildPlan } from '../../src/engine/benchmark/plan';
import { type WritePlan } from '../../src/plan/format';
import type { CellGrid } from '../../src/engine/core/types';
import { explainCell } from '../../src/excel/cells';
import { createWriteGuard, watchInput } from '../../src/excel/events';
import { heemstedeGrid } from '../fixtures/heemstede';
import { analyseAndWrite, workbookOn } from '../support/excel-workbook';
import { TONE_COLOURS } from '../../src/plan/palette';
import { evaluateSheet } from '../support/hyperformula';
import { createFake, fakeCells } from './fake-excel';
import { statesIn } from '../support/states';

const SHEET = 'Benchmark';

/** A fake workbook and the pane's port on it. */
function withPort(init: Parameters<typeof createFake>[0]) {
  const { context, fake } = createFake(init);
  return { context, fake, workbook: workbookOn(context) };
}

function heemstede(extra: Record<string, number | string> = {}, version = '1.14') {
  return withPort({
    sheets: [{ name: SHEET, cells: { ...fakeCells(heemstedeGrid()), ...extra } }],
    active: SHEET,
    selected: 'A6',
    requirementSets: version,
  });
}

function enginePlan(grid: CellGrid = heemstedeGrid()): WritePlan {
  const prepared = prepare({ table: grid });
  if (!prepared.ok) throw new Error(prepared.message);
  return buildPlan({ table: prepared.table, result: compute(prepared.table), grid });
}

type Fake = ReturnType<typeof createFake>['fake'];

function evaluate(fake: Fake) {
  const names = Object.entries(fake.names).map(([name, ref]) => ({ name, ref: String(ref) }));
  return evaluateSheet(SHEET, fake.sheetFormulas(SHEET), names);
}

function expectNumber(actual: unknown, expected: number) {
  expect(typeof actual).toBe('number');
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
}

describe('analyse and write into the sheet', () => {
  test('three syncs (where the cells are, the cells, the write); every written formula evaluates to the engine value', async () => {
    const { fake, workbook } = heemstede();
    const response = await analyseAndWrite(workbook);
    expect(response.kind).toBe('written');
    expect(fake.syncs).toBe(3);
    const plan = enginePlan();
    const sheet = evaluate(fake);
    for (const column of plan.columns) {
      expect(sheet.value(a1(column.col, plan.headerRow))).toBe(column.header);
      for (const cell of column.cells) {
        const actual = sheet.value(a1(column.col, cell.row));
        if (typeof cell.value === 'number') expectNumber(actual, cell.value);
        else expect(actual ?? '').toEqual(cell.value ?? '');
      }
    }
    for (const cell of plan.cells) {
      const actual = sheet.value(a1(cell.col, cell.row));
      if (typeof cell.value === 'number') expectNumber(actual, cell.value);
      // A chart series cell without a bar holds the error value (charts skip it).
      else if (cell.value === '#N/A') expect((actual as { value?: unknown }).value).toBe('#N/A');
      else expect(actual ?? '').toEqual(cell.value ?? '');
    }
    sheet.destroy();
  });

  test('reports its named steps in order, for the pane’s progress display', async () => {
    const { workbook } = heemstede();
    const steps: string[] = [];
    await analyseAndWrite(workbook, { onStep: (s) => steps.push(s) });
    expect(steps).toEqual(['read', 'analyse', 'write']);
  });

  test('formats, conditional formats, names and charts are in place', async () => {
    const { fake, workbook } = heemstede();
    await analyseAndWrite(workbook);
    expect(fake.cell(SHEET, 'H5').numberFormat).toBe('+0.0;-0.0;0.0');
    expect(fake.cell(SHEET, 'G4').bold).toBe(true);
    expect(fake.names.IJK_Benchmark_TotaleFormatie).toContain('$S$6');
    expect(fake.conditionalFormats(SHEET).map((cf) => cf.address.replace(/^.*!/, ''))).toEqual([
      'H5:I11',
      'L5:M11',
      'L5:M11',
      'L5:M11',
    ]);
    const charts = fake.charts(SHEET);
    expect(charts).toHaveLength(3);
    expect(charts[0]?.title).toBe('Afwijking kosten per cluster (€)');
  });

  test('charts have exactly the plan’s series: named, on the chart block’s cells, coloured per sign, largest on top', async () => {
    const { fake, workbook } = heemstede();
    await analyseAndWrite(workbook);
    const [variance, percent, ownNorm] = fake.charts(SHEET);
    const tones = TONE_COLOURS.standard;
    const bars = (values: string[]) =>
      values.map((v, i) => ({
        name: ['Hoger dan norm', 'Lager dan norm', 'Nagenoeg gelijk'][i],
        values: v,
        xValues: 'R21:R27',
        color: [tones.unfavourable.chart, tones.favourable.chart, tones.similar.chart][i],
        overlap: 100,
        gapWidth: 60,
      }));
    expect(variance?.series).toMatchObject(bars(['V21:V27', 'W21:W27', 'X21:X27']));
    expect(variance?.series.map((s) => s.dataLabels)).toEqual(Array(3).fill({ numberFormat: '+#,##0;-#,##0;0' }));
    expect(variance?.firstCategory).toBe('top');
    expect(percent?.series.map((s) => s.values)).toEqual(['Y21:Y27', 'Z21:Z27', 'AA21:AA27']);
    // Δ% no longer picks up the Δ € column, own-and-norm has its two series, not six (one group: overhead).
    expect(percent?.series).toHaveLength(3);
    expect(ownNorm?.series.map((s) => [s.name, s.values, s.xValues])).toEqual([
      ['Kosten', 'W15', 'R15'],
      ['Norm', 'X15', 'R15'],
    ]);
    expect(ownNorm?.firstCategory).toBe('left');
  });

  test('before ExcelApi 1.8 the charts keep their named series and colours, without overlap or labels', async () => {
    const { fake, workbook } = heemstede({}, '1.7');
    await analyseAndWrite(workbook);
    const variance = fake.charts(SHEET)[0];
    expect(variance?.series.map((s) => [s.name, s.overlap, s.dataLabels])).toEqual([
      ['Hoger dan norm', null, null],
      ['Lager dan norm', null, null],
      ['Nagenoeg gelijk', null, null],
    ]);
    expect(variance?.firstCategory).toBe('top');
  });

  test('what-if: a user edit of an fte cell recalculates the written deviations natively', async () => {
    const { fake, workbook } = heemstede();
    await analyseAndWrite(workbook);
    fake.edit(SHEET, 'B10', 11.74);
    const sheet = evaluate(fake);
    expectNumber(sheet.value('H10'), 11.74 - 0.069 * 162.3);
    expect(sheet.value('J10')).toBe('nagenoeg gelijk');
    sheet.destroy();
  });

  test('a zero norm shows n.v.t., never an error', async () => {
    const { fake, workbook } = withPort({
      sheets: [
        {
          name: SHEET,
          cells: {
            A1: 'Cluster',
            B1: 'Formatie',
            C1: 'Norm fte',
            A2: 'Nieuw',
            B2: 2,
            C2: 0,
            A3: 'Oud',
            B3: 3,
            C3: 2.5,
          },
        },
      ],
      active: SHEET,
      selected: 'A1',
      requirementSets: '1.14',
    });
    await analyseAndWrite(workbook);
    const sheet = evaluate(fake);
    expect(sheet.value('G2')).toBe('n.v.t.');
    expectNumber(sheet.value('G3'), 0.2);
    sheet.destroy();
  });

  test('a table the user names is analysed wherever the selection is', async () => {
    const { fake, workbook } = withPort({
      sheets: [{ name: SHEET, cells: fakeCells(heemstedeGrid()), tables: [{ name: 'Overhead2017', range: 'A4:E11' }] }],
      active: SHEET,
      selected: 'Z40',
      requirementSets: '1.14',
    });
    const response = await analyseAndWrite(workbook, { tableName: 'Overhead2017' });
    expect(response.kind === 'written' && response.run.result.table.range).toBe('A4:E11');
    expect(fake.cell(SHEET, 'G4').value).toBe('Norm fte');
  });

  test('an empty sheet gives the Dutch message, not an Excel error', async () => {
    const { workbook } = withPort({
      sheets: [{ name: SHEET, cells: {} }],
      active: SHEET,
      selected: 'A1',
      requirementSets: '1.14',
    });
    expect(await analyseAndWrite(workbook)).toEqual({
      kind: 'fatal',
      cell: null,
      message: expect.stringContaining('Het geselecteerde bereik is leeg'),
    });
  });

  test('a second run updates IJkpunt’s own output in place: same sheet, no duplicates', async () => {
    const { fake, workbook } = heemstede();
    await analyseAndWrite(workbook);
    const first = {
      formulas: fake.sheetFormulas(SHEET),
      names: { ...fake.names },
      charts: fake.charts(SHEET).length,
      cf: fake.conditionalFormats(SHEET).length,
    };
    const again = await analyseAndWrite(workbook);
    expect(again.kind).toBe('written');
    expect(fake.sheetFormulas(SHEET)).toEqual(first.formulas);
    expect(fake.names).toEqual(first.names);
    expect(fake.charts(SHEET)).toHaveLength(first.charts);
    expect(fake.conditionalFormats(SHEET)).toHaveLength(first.cf);
  });

  test('never over the user’s cells: the addresses are reported and nothing is written', async () => {
    const { fake, workbook } = heemstede({ H7: 'mijn notitie', S9: 12 });
    const before = fake.sheetFormulas(SHEET);
    const response = await analyseAndWrite(workbook);
    expect(response).toMatchObject({ kind: 'conflict', cells: ['H7', 'S9'] });
    expect(fake.sheetFormulas(SHEET)).toEqual(before);
    expect(fake.names).toEqual({});
  });
});

describe('an Excel table as input', () => {
  function inTable(version = '1.14', selected = 'B7') {
    return withPort({
      sheets: [{ name: SHEET, cells: fakeCells(heemstedeGrid()), tables: [{ name: 'Overhead2017', range: 'A4:E11' }] }],
      active: SHEET,
      selected,
      requirementSets: version,
    });
  }

  test('a cell inside the table: IJkpunt’s columns become new columns of that table (three syncs)', async () => {
    const { fake, workbook } = inTable();
    const response = await analyseAndWrite(workbook);
    if (response.kind !== 'written') throw new Error(response.kind);
    expect(fake.syncs).toBe(3);
    expect(response.run.result.table.range).toBe('A4:E11');
    const plan = enginePlan();
    const last = plan.columns[plan.columns.length - 1]?.col ?? 0;
    expect(fake.tables(SHEET)).toEqual([{ name: 'Overhead2017', address: `A4:${a1(last, 11)}` }]);
    expect(fake.cell(SHEET, 'F4').value).toBe('Categorie');
    expect(fake.cell(SHEET, 'G4').value).toBe('Norm fte');
    const sheet = evaluate(fake);
    for (const column of plan.columns) {
      for (const cell of column.cells) {
        if (typeof cell.value === 'number') expectNumber(sheet.value(a1(column.col, cell.row)), cell.value);
      }
    }
    sheet.destroy();
  });

  test('a re-run reads the widened table as the user’s five columns and updates in place', async () => {
    const { fake, workbook } = inTable();
    await analyseAndWrite(workbook);
    const first = { formulas: fake.sheetFormulas(SHEET), tables: fake.tables(SHEET) };
    const again = await analyseAndWrite(workbook);
    if (again.kind !== 'written') throw new Error(again.kind);
    expect(again.run.result.table.range).toBe('A4:E11');
    expect(again.run.result.columns).toHaveLength(5);
    expect(fake.tables(SHEET)).toEqual(first.tables);
    expect(fake.sheetFormulas(SHEET)).toEqual(first.formulas);
    expect(Object.values(fake.sheetFormulas(SHEET))).not.toContainEqual(expect.stringMatching(/^Column\d+$/));
  });

  test('undo gives the table back its own columns and the sheet its exact content', async () => {
    const { fake, workbook } = inTable();
    const before = fake.sheetFormulas(SHEET);
    const response = await analyseAndWrite(workbook);
    if (response.kind !== 'written') throw new Error(response.kind);
    expect(await workbook.undo(response.undo)).toEqual({ ok: true });
    expect(fake.tables(SHEET)).toEqual([{ name: 'Overhead2017', address: 'A4:E11' }]);
    expect(fake.sheetFormulas(SHEET)).toEqual(before);
  });

  test('a table named from another sheet is widened on its own sheet', async () => {
    const { fake, workbook } = withPort({
      sheets: [
        { name: 'Start', cells: { A1: 'Overzicht' } },
        { name: SHEET, cells: fakeCells(heemstedeGrid()), tables: [{ name: 'Overhead2017', range: 'A4:E11' }] },
      ],
      active: 'Start',
      selected: 'A1',
      requirementSets: '1.14',
    });
    const response = await analyseAndWrite(workbook, { tableName: 'Overhead2017' });
    expect(response.kind).toBe('written');
    expect(fake.tables(SHEET)[0]?.address).toMatch(/^A4:[A-Z]+11$/);
    expect(fake.tables(SHEET)[0]?.address).not.toBe('A4:E11');
    expect(fake.cell(SHEET, 'G4').value).toBe('Norm fte');
    expect(fake.cell('Start', 'A1').value).toBe('Overzicht');
  });

  test('before ExcelApi 1.13 (no Table.resize) the columns form an adjacent block; the table stays as it is', async () => {
    const { fake, workbook } = inTable('1.12');
    const response = await analyseAndWrite(workbook);
    expect(response.kind).toBe('written');
    expect(fake.tables(SHEET)).toEqual([{ name: 'Overhead2017', address: 'A4:E11' }]);
    expect(fake.cell(SHEET, 'G4').value).toBe('Norm fte');
  });

  test('before ExcelApi 1.9 a single cell means the table the engine finds on the sheet', async () => {
    const { fake, workbook } = inTable('1.8');
    const response = await analyseAndWrite(workbook);
    if (response.kind !== 'written') throw new Error(response.kind);
    expect(response.run.result.table.range).toBe('A4:E11');
    expect(fake.tables(SHEET)).toEqual([{ name: 'Overhead2017', address: 'A4:E11' }]);
  });
});

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
