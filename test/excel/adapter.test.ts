// The Excel adapter against a typed fake of the Excel objects: the formulas it writes are
// evaluated by a real formula engine and match the engine's numbers; re-runs are idempotent;
// the user's cells are never written over; a failure half-way restores; an Excel table as input.
import { a1 } from '../../src/engine/core/address';
import { compute, prepare } from '../../src/engine/benchmark/analyse';
import { buildPlan } from '../../src/engine/benchmark/plan';
import { type WritePlan } from '../../src/plan/format';
import type { CellGrid } from '../../src/engine/core/types';
import { heemstedeGrid } from '../fixtures/heemstede';
import { analyseAndWrite } from '../support/excel-workbook';
import { TONE_COLOURS } from '../../src/plan/palette';
import { fakeCells } from './fake-excel';
import { evaluate, expectNumber, heemstede, SHEET, withPort } from './adapter-support';

function enginePlan(grid: CellGrid = heemstedeGrid()): WritePlan {
  const prepared = prepare({ table: grid });
  if (!prepared.ok) throw new Error(prepared.message);
  return buildPlan({ table: prepared.table, result: compute(prepared.table), grid });
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
