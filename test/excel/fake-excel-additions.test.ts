// The fake's members the Zelftest added (tables.add, explicit chart series and the category
// axis, conditional-format priority and stopIfTrue), held to Excel's documented behaviour.
import { createFake, type FakeExcel } from './fake-excel';

let fake: FakeExcel | null = null;
afterEach(() => fake?.dispose());

function sheet(requirementSets = '1.18') {
  const made = createFake({
    sheets: [{ name: 'Blad1', cells: { A1: 'Cluster', B1: 'Fte', A2: 'Inkoop', B2: 3, A3: 'P&O', B3: 4 } }],
    requirementSets,
  });
  fake = made.fake;
  return { context: made.context, fake: made.fake, sheet: made.context.workbook.worksheets.getItem('Blad1') };
}

describe('TableCollection.add', () => {
  test('makes Table1 over the range with its header row; an overlapping table is refused', async () => {
    const { context, fake, sheet: blad } = sheet();
    const table = blad.tables.add(blad.getRange('A1:B3'), true);
    table.load('name');
    await context.sync();
    expect(table.name).toBe('Table1');
    expect(fake.tables('Blad1')).toEqual([{ name: 'Table1', address: 'A1:B3' }]);
    blad.tables.add(blad.getRange('B2:C3'), true);
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});

describe('explicit chart series', () => {
  test('a series added by name counts, keeps its name and takes values from one column', async () => {
    const { context, sheet: blad } = sheet();
    const chart = blad.charts.add('BarClustered', blad.getRange('B2:B3'), 'Columns');
    chart.series.getItemAt(0).name = 'Eigen';
    const norm = chart.series.add('Norm');
    norm.setValues(blad.getRange('B2:B3'));
    norm.setXAxisValues(blad.getRange('A2:A3'));
    chart.axes.categoryAxis.reversePlotOrder = true;
    chart.series.load('count');
    norm.load('name');
    const own = chart.series.getItemAt(0).load('name');
    chart.axes.categoryAxis.load('reversePlotOrder');
    await context.sync();
    expect([chart.series.count, own.name, norm.name, chart.axes.categoryAxis.reversePlotOrder]).toEqual([
      2,
      'Eigen',
      'Norm',
      true,
    ]);
  });

  test('adding a series needs ExcelApi 1.7', async () => {
    const { context, sheet: blad } = sheet('1.6');
    const chart = blad.charts.add('BarClustered', blad.getRange('B2:B3'), 'Columns');
    chart.series.add('Norm');
    await expect(context.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
  });
});

describe('conditional-format priority', () => {
  test('a new rule goes on top; setting priority 0 moves an older one above it; stopIfTrue is kept', async () => {
    const { context, sheet: blad } = sheet();
    const range = blad.getRange('B2:B3');
    const first = range.conditionalFormats.add('Custom');
    first.custom.rule.formula = '=ABS(B2)<1';
    const second = range.conditionalFormats.add('Custom');
    second.custom.rule.formula = '=B2>0';
    first.load('priority, stopIfTrue');
    second.load('priority');
    await context.sync();
    expect([first.priority, second.priority, first.stopIfTrue]).toEqual([1, 0, false]);
    first.priority = 0;
    first.stopIfTrue = true;
    first.load('priority, stopIfTrue');
    second.load('priority');
    await context.sync();
    expect([first.priority, second.priority, first.stopIfTrue]).toEqual([0, 1, true]);
  });
});
