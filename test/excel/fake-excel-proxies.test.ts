// The fake Excel's proxy/batch model: load, sync and read; batches, their requests and size,
// injected failures. The adapter's tests rely on it punishing what real Excel punishes.
import { codeOf, disposeOpened, open, SHEET } from './fake-excel-support';

afterEach(disposeOpened);

describe('proxies: load, sync, read', () => {
  test('a property that was never loaded cannot be read', async () => {
    const { context } = open({ A1: 1 });
    const range = context.workbook.worksheets.getItem(SHEET).getRange('A1');
    // eslint-disable-next-line office-addins/load-object-before-read, office-addins/call-sync-before-read -- the point of the test
    expect(() => range.values).toThrow(/PropertyNotLoaded/);
    await context.sync();
    // eslint-disable-next-line office-addins/load-object-before-read -- still not loaded after a sync
    expect(codeOf(() => range.values)).toBe('PropertyNotLoaded');
  });

  test('a loaded property is readable only once the sync has completed', async () => {
    const { context } = open({ A1: 1 });
    const range = context.workbook.worksheets.getItem(SHEET).getRange('A1');
    range.load('values');
    // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read -- the point of the test
    expect(codeOf(() => range.values)).toBe('PropertyNotLoaded');
    const pending = context.sync();

    expect(codeOf(() => range.values)).toBe('PropertyNotLoaded');
    await pending;
    expect(range.values).toEqual([[1]]);
  });

  test('only the loaded properties become readable', async () => {
    const { context } = open({ A1: 1 });
    const range = context.workbook.worksheets.getItem(SHEET).getRange('A1:B2');
    range.load('values');
    await context.sync();
    expect(range.values).toEqual([
      [1, ''],
      ['', ''],
    ]);
    // eslint-disable-next-line office-addins/load-object-before-read -- the point of the test
    expect(codeOf(() => range.address)).toBe('PropertyNotLoaded');
  });

  test('a loaded value is a snapshot: later writes show after a new load and sync', async () => {
    const { context } = open({ A1: 1 });
    const range = context.workbook.worksheets.getItem(SHEET).getRange('A1');
    range.load('values');
    await context.sync();
    context.workbook.worksheets.getItem(SHEET).getRange('A1').values = [[2]];
    await context.sync();
    expect(range.values).toEqual([[1]]);
    range.load('values');
    // Stricter than Office.js, which would return the stale [[1]] here.
    // eslint-disable-next-line office-addins/call-sync-after-load -- the point of the test
    expect(codeOf(() => range.values)).toBe('PropertyNotLoaded');
    await context.sync();
    expect(range.values).toEqual([[2]]);
  });

  test('a load and a write in one batch run in their order', async () => {
    const { context } = open({ A1: 1 });
    const sheet = context.workbook.worksheets.getItem(SHEET);
    const before = sheet.getRange('A1').load('values');
    sheet.getRange('A1').values = [[2]];
    const after = sheet.getRange('A1').load('values');
    await context.sync();
    expect([before.values, after.values]).toEqual([[[1]], [[2]]]);
  });

  test('navigation loads fill the navigated objects', async () => {
    const { context } = open();
    const range = context.workbook.worksheets.getItem(SHEET).getRange('A1').load('worksheet/name');
    const sheet = context.workbook.worksheets.getItem(SHEET).load('tables/items/name');
    await context.sync();
    expect(range.worksheet.name).toBe(SHEET);
    expect(sheet.tables.items).toEqual([]);
  });

  test('load takes a list, an array, { select } and an options object, including navigation', async () => {
    const { context } = open({ B2: 'x' });
    const sheet = context.workbook.worksheets.getItem(SHEET);
    const a = sheet.getRange('B2:C3').load('address, rowIndex,columnIndex');
    const b = sheet.getRange('B2:C3').load(['rowCount', 'columnCount']);
    const c = sheet.getRange('B2').load({ select: 'values, numberFormat' });
    const d = sheet.getRange('B2').load({ formulas: true, format: { font: { bold: true }, fill: { color: true } } });
    const font = sheet.getRange('B2').format.font.load('color');
    await context.sync();
    expect([a.address, a.rowIndex, a.columnIndex]).toEqual(['Blad1!B2:C3', 1, 1]);
    expect([b.rowCount, b.columnCount]).toEqual([2, 2]);
    expect([c.values, c.numberFormat]).toEqual([[['x']], [['General']]]);
    expect([d.formulas, d.format.font.bold, d.format.fill.color]).toEqual([[['x']], false, '#FFFFFF']);
    expect(font.color).toBe('#000000');
  });

  test('load of a property the fake does not model says so', () => {
    const { context } = open();
    const range = context.workbook.worksheets.getItem(SHEET).getRange('A1');
    expect(() => range.load('text')).toThrow('not implemented in fake: Range.load');
  });

  test('isNullObject is readable only after a sync', async () => {
    const { context } = open();
    const sheet = context.workbook.worksheets.getItemOrNullObject('Nope');
    sheet.load('name');
    // eslint-disable-next-line office-addins/call-sync-before-read -- the point of the test
    expect(codeOf(() => sheet.isNullObject)).toBe('PropertyNotLoaded');
    await context.sync();
    expect(sheet.isNullObject).toBe(true);
    expect(sheet.name).toBeUndefined();
  });

  test('a property the code assigned reads back its own value, as in Office.js', () => {
    const { context, fake } = open();
    const range = context.workbook.worksheets.getItem(SHEET).getRange('A1');
    range.values = [[5]];
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- Office.js keeps what was assigned
    expect(range.values).toEqual([[5]]);
    expect(fake.cell(SHEET, 'A1').value).toBeNull();
  });

  test('members the fake does not model throw instead of being silently accepted', () => {
    const { context } = open();
    const range = context.workbook.worksheets.getItem(SHEET).getRange('A1');
    const loose = range as unknown as Record<string, unknown>;
    expect(() => {
      loose.formulasLocal = [['=1']];
    }).toThrow('not implemented in fake: Range.formulasLocal');
    expect(() => loose.getSpillingToRange).toThrow('not implemented in fake: Range.getSpillingToRange');
    expect(() => {
      loose.address = 'B2';
    }).toThrow(TypeError);
  });
});

describe('batches', () => {
  test('writes apply only at the sync, in the order they were queued', async () => {
    const { context, fake } = open({ A1: 1 });
    const sheet = context.workbook.worksheets.getItem(SHEET);
    sheet.getRange('A1').values = [[2]];
    sheet.getRange('A1').values = [[3]];
    expect(fake.cell(SHEET, 'A1').value).toBe(1);
    expect(fake.syncs).toBe(0);
    await context.sync();
    expect(fake.cell(SHEET, 'A1').value).toBe(3);
    expect(fake.syncs).toBe(1);
  });

  test('every sync is counted and measured; the request grows with what is written', async () => {
    const { context, fake } = open();
    const sheet = context.workbook.worksheets.getItem(SHEET);
    await context.sync();
    sheet.getRange('A1').values = [['kort']];
    await context.sync();
    sheet.getRange('A1:A1000').values = Array.from({ length: 1000 }, (_, i) => [`rij ${i}`]);
    await context.sync();
    const sizes = fake.requests.map((request) => request.bytes);
    expect(fake.syncs).toBe(3);
    expect(sizes).toHaveLength(3);
    expect(sizes[0]).toBe(2);
    expect(sizes[1] ?? 0).toBeGreaterThan(2);
    expect(sizes[2] ?? 0).toBeGreaterThan((sizes[1] ?? 0) + 1000 * 'rij 999'.length);
    expect(fake.maxRequestBytes).toBe(sizes[2]);
  });

  test('a scalar write costs the same whatever the size of the range', async () => {
    const { context, fake } = open();
    const sheet = context.workbook.worksheets.getItem(SHEET);
    sheet.getRange('B1:B10').formulasR1C1 = '=RC[-1]*2' as unknown as string[][];
    await context.sync();
    sheet.getRange('B1:B10000').formulasR1C1 = '=RC[-1]*2' as unknown as string[][];
    await context.sync();
    const [small, large] = fake.requests.map((request) => request.bytes);
    expect((large ?? 0) - (small ?? 0)).toBeLessThan(5);
  });

  test('a request above the limit is refused and applies nothing', async () => {
    const { context, fake } = open();
    fake.requestLimitBytes = 1000;
    context.workbook.worksheets.getItem(SHEET).getRange('A1:A200').values = Array.from({ length: 200 }, () => ['x']);
    await expect(context.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(fake.sheetValues(SHEET)).toEqual([]);
  });

  test('a failing operation rejects the sync; earlier operations of the batch stay applied, later ones and loads do not', async () => {
    const { context, fake } = open({ A1: 1 });
    const sheet = context.workbook.worksheets.getItem(SHEET);
    const probe = sheet.getRange('A1').load('values');
    sheet.getRange('A1').values = [[2]];
    sheet.getRange('A2:B2').values = [[1, 2, 3]];
    sheet.getRange('A3').values = [[4]];
    await expect(context.sync()).rejects.toThrow(/InvalidArgument.*dimensions/);
    expect(fake.cell(SHEET, 'A1').value).toBe(2);
    expect(fake.cell(SHEET, 'A3').value).toBeNull();

    expect(codeOf(() => probe.values)).toBe('PropertyNotLoaded');
  });

  test('failOnSync(n) rejects the n-th sync applying nothing of its batch', async () => {
    const { context, fake } = open({ A1: 'Cluster', B1: 10 });
    const sheet = context.workbook.worksheets.getItem(SHEET);
    sheet.getRange('C1').values = [['eerste']];
    await context.sync();
    const before = {
      formulas: fake.sheetFormulas(SHEET),
      names: fake.names,
      settings: fake.settings,
      charts: fake.charts(SHEET),
      formats: fake.conditionalFormats(SHEET),
    };
    const failure = new Error('Excel gaf een fout');
    fake.failOnSync(2, failure);
    context.application.suspendApiCalculationUntilNextSync();
    sheet.getRange('A1:C1').values = [['x', 'y', 'z']];
    sheet.getRange('D1').formulas = [['=B1*2']];
    sheet.getRange('B1').format.font.bold = true;
    context.workbook.names.add('IJK_Test', sheet.getRange('B1'));
    context.workbook.settings.add('ijkpunt:test', { a: 1 });
    sheet.charts.add('BarClustered', sheet.getRange('A1:B1'), 'Columns');
    sheet.getRange('B1').conditionalFormats.add('Custom').custom.rule.formula = '=B1>0';
    const probe = sheet.getRange('A1').load('values');
    await expect(context.sync()).rejects.toBe(failure);
    expect(fake.syncs).toBe(2);
    expect(fake.requests).toHaveLength(2);
    expect(fake.sheetFormulas(SHEET)).toEqual(before.formulas);
    expect(fake.cell(SHEET, 'B1').bold).toBe(false);
    expect(fake.names).toEqual(before.names);
    expect(fake.settings).toEqual(before.settings);
    expect(fake.charts(SHEET)).toEqual(before.charts);
    expect(fake.conditionalFormats(SHEET)).toEqual(before.formats);
    expect(fake.calculationSuspendedBatches).toBe(0);

    expect(codeOf(() => probe.values)).toBe('PropertyNotLoaded');

    sheet.getRange('E1').values = [['daarna']];
    await context.sync();
    expect(fake.cell(SHEET, 'E1').value).toBe('daarna');
    expect(() => fake.failOnSync(1)).toThrow(/already run/);
  });

  test('suspendApiCalculationUntilNextSync is counted per batch', async () => {
    const { context, fake } = open();
    context.application.suspendApiCalculationUntilNextSync();
    context.application.suspendApiCalculationUntilNextSync();
    await context.sync();
    await context.sync();
    expect(fake.calculationSuspendedBatches).toBe(1);
  });

  test('sync passes its argument through', async () => {
    const { context } = open();
    await expect(context.sync('door')).resolves.toBe('door');
  });
});
