// The fake Excel's charts: creation, series, points, labels and stacked bar charts.
import { disposeOpened, open, SHEET } from './fake-excel-support';

afterEach(disposeOpened);

describe('charts', () => {
  test('a chart records its type, source, name, title, position, legend and colours', async () => {
    const { context, fake } = open({ A1: 'Cluster', B1: 'Afwijking', A2: 'a', B2: 1, A3: 'b', B3: -2 });
    const sheet = context.workbook.worksheets.getItem(SHEET);
    const chart = sheet.charts.add('BarClustered', sheet.getRange('A1:B3'), 'Columns');
    chart.name = 'IJkpunt Blad1 1';
    chart.title.text = 'Afwijking per cluster';
    chart.setPosition('D2', 'K18');
    chart.legend.visible = false;
    chart.series.getItemAt(0).format.fill.setSolidColor('#a6a6a6');
    chart.series.getItemAt(0).points.getItemAt(1).format.fill.setSolidColor('#C0392B');
    chart.series.getItemAt(0).points.getItemAt(0).format.fill.setSolidColor('#2E8B57');
    await context.sync();
    expect(fake.charts(SHEET)).toEqual([
      {
        name: 'IJkpunt Blad1 1',
        type: 'BarClustered',
        source: 'A1:B3',
        seriesBy: 'Columns',
        title: 'Afwijking per cluster',
        position: { startCell: 'D2', endCell: 'K18' },
        legendVisible: false,
        seriesColors: [{ series: 0, color: '#A6A6A6' }],
        pointColors: [
          { series: 0, point: 0, color: '#2E8B57' },
          { series: 0, point: 1, color: '#C0392B' },
        ],
        series: [
          {
            name: 'Series1',
            values: 'A1:A3',
            xValues: null,
            color: '#A6A6A6',
            overlap: null,
            gapWidth: null,
            dataLabels: null,
          },
          {
            name: 'Series2',
            values: 'B1:B3',
            xValues: null,
            color: null,
            overlap: null,
            gapWidth: null,
            dataLabels: null,
          },
        ],
        firstCategory: 'bottom',
      },
    ]);
  });

  test('the source is the whole rectangle: every column in it becomes a series, named Series1, Series2 …', async () => {
    const { context, fake } = open({ A1: 'x', B1: 1, C1: 2, D1: 3, A2: 'y', B2: 4, C2: 5, D2: 6, A3: 'z' });
    const sheet = context.workbook.worksheets.getItem(SHEET);
    // Categories in A, the wanted series in D: B and C come along.
    const source = sheet.getRange('A1:A3').getBoundingRect(sheet.getRange('D1:D3'));
    sheet.charts.add('BarClustered', source, 'Columns');
    sheet.charts.add('ColumnClustered', sheet.getRange('A1:D2'), 'Auto');
    await context.sync();
    const [columns, auto] = fake.charts(SHEET);
    expect(columns?.series.map((s) => [s.name, s.values])).toEqual([
      ['Series1', 'A1:A3'],
      ['Series2', 'B1:B3'],
      ['Series3', 'C1:C3'],
      ['Series4', 'D1:D3'],
    ]);
    // Wider than high on Auto: a series per row.
    expect(auto?.series.map((s) => s.values)).toEqual(['A1:D1', 'A2:D2']);
  });

  test('explicit series: named, values and categories set, overlap, gap and labels; a bar chart reversed draws its first category on top', async () => {
    const { context, fake } = open({ A1: 'a', A2: 'b', B1: 1, B2: 2, C1: 3, C2: 4 });
    const sheet = context.workbook.worksheets.getItem(SHEET);
    const chart = sheet.charts.add('BarClustered', sheet.getRange('B1:B2'), 'Columns');
    const first = chart.series.getItemAt(0);
    first.name = 'Hoger';
    first.setXAxisValues(sheet.getRange('A1:A2'));
    const second = chart.series.add('Lager');
    second.setValues(sheet.getRange('C1:C2'));
    second.setXAxisValues(sheet.getRange('A1:A2'));
    second.overlap = 100;
    second.gapWidth = 60;
    second.hasDataLabels = true;
    second.dataLabels.numberFormat = '+0;-0;0';
    second.points.getItemAt(1).format.fill.setSolidColor('#C0392B');
    chart.axes.categoryAxis.reversePlotOrder = true;
    const name = chart.series.getItemAt(0).load('name');
    await context.sync();
    expect(name.name).toBe('Hoger');
    const record = fake.charts(SHEET)[0];
    expect(record?.series).toEqual([
      {
        name: 'Hoger',
        values: 'B1:B2',
        xValues: 'A1:A2',
        color: null,
        overlap: null,
        gapWidth: null,
        dataLabels: null,
      },
      {
        name: 'Lager',
        values: 'C1:C2',
        xValues: 'A1:A2',
        color: null,
        overlap: 100,
        gapWidth: 60,
        dataLabels: { numberFormat: '+0;-0;0' },
      },
    ]);
    expect(record?.pointColors).toEqual([{ series: 1, point: 1, color: '#C0392B' }]);
    expect(record?.firstCategory).toBe('top');
  });

  test('a series added without values has no points; overlap outside ±100 fails; overlap and labels need ExcelApi 1.8', async () => {
    const { context } = open({ A1: 1, A2: 2 });
    const sheet = context.workbook.worksheets.getItem(SHEET);
    const chart = sheet.charts.add('BarClustered', sheet.getRange('A1:A2'), 'Columns');
    chart.series.add('Leeg').points.getItemAt(0).format.fill.setSolidColor('#FF0000');
    await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    const other = open({ A1: 1, A2: 2 });
    const otherSheet = other.context.workbook.worksheets.getItem(SHEET);
    otherSheet.charts.add('BarClustered', otherSheet.getRange('A1:A2'), 'Columns').series.getItemAt(0).overlap = 101;
    await expect(other.context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    const old = open({ A1: 1, A2: 2 }, { requirementSets: '1.7' });
    const oldSheet = old.context.workbook.worksheets.getItem(SHEET);
    oldSheet.charts.add('BarClustered', oldSheet.getRange('A1:A2'), 'Columns').series.getItemAt(0).overlap = 100;
    await expect(old.context.sync()).rejects.toThrow(/1\.8/);
  });

  test('charts are found by name, listed, and deleted', async () => {
    const { context, fake } = open({ A1: 1, A2: 2 });
    const sheet = context.workbook.worksheets.getItem(SHEET);
    sheet.charts.add('ColumnClustered', sheet.getRange('A1:A2'));
    await context.sync();
    const found = sheet.charts.getItemOrNullObject('chart 1').load('name, chartType');
    const missing = sheet.charts.getItemOrNullObject('Grafiek 9').load('name');
    const all = sheet.charts.load('items/name');
    await context.sync();
    expect([found.isNullObject, found.name, found.chartType, missing.isNullObject]).toEqual([
      false,
      'Chart 1',
      'ColumnClustered',
      true,
    ]);
    expect(all.items.map((chart) => chart.name)).toEqual(['Chart 1']);
    found.delete();
    await context.sync();
    expect(fake.charts(SHEET)).toEqual([]);
    sheet.charts.getItem('Chart 1').title.text = 'weg';
    await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  test('an unknown chart type, or a point outside the source data, fails the batch', async () => {
    const { context } = open({ A1: 1, A2: 2 });
    const sheet = context.workbook.worksheets.getItem(SHEET);
    sheet.charts.add('Staaf' as Excel.ChartType, sheet.getRange('A1:A2'));
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    const chart = sheet.charts.add('BarClustered', sheet.getRange('A1:A2'), 'Columns');
    chart.series.getItemAt(0).points.getItemAt(2).format.fill.setSolidColor('#FF0000');
    await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
  });
});

describe('stacked bar charts', () => {
  test('BarStacked is accepted; each series of a multi-series chart gets its own colour', async () => {
    const { context, fake } = open({
      A1: 'Team',
      B1: 'Groen',
      C1: 'Oranje',
      D1: 'Rood',
      A2: 'Noord',
      B2: 3,
      C2: 1,
      D2: 0,
      A3: 'Zuid',
      B3: 2,
      C3: 2,
      D3: 1,
    });
    const sheet = context.workbook.worksheets.getItem(SHEET);
    const chart = sheet.charts.add('BarStacked', sheet.getRange('B1:D3'), 'Columns');
    chart.series.getItemAt(0).format.fill.setSolidColor('#2e8b57');
    chart.series.getItemAt(1).format.fill.setSolidColor('#F39C12');
    chart.series.getItemAt(2).format.fill.setSolidColor('#C0392B');
    chart.load('chartType');
    await context.sync();
    expect(chart.chartType).toBe('BarStacked');
    expect(fake.charts(SHEET)[0]).toMatchObject({
      type: 'BarStacked',
      source: 'B1:D3',
      seriesBy: 'Columns',
      seriesColors: [
        { series: 0, color: '#2E8B57' },
        { series: 1, color: '#F39C12' },
        { series: 2, color: '#C0392B' },
      ],
    });
    chart.series.getItemAt(1).format.fill.clear();
    await context.sync();
    expect(fake.charts(SHEET)[0]?.seriesColors.map((entry) => entry.series)).toEqual([0, 2]);
    chart.series.getItemAt(3).format.fill.setSolidColor('#000000');
    await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    for (const type of ['BarStacked100', 'ColumnStacked', 'Pie', 'Line'] as const)
      sheet.charts.add(type, sheet.getRange('B1:D3'));
    await context.sync();
    expect(fake.charts(SHEET).map((record) => record.type)).toEqual([
      'BarStacked',
      'BarStacked100',
      'ColumnStacked',
      'Pie',
      'Line',
    ]);
  });
});
