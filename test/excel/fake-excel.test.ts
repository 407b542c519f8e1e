// The fake Excel's own behaviour: the proxy/batch model (load, sync, read), requests and their
// size, writes, R1C1 conversion, the used range, sheets added, deleted and activated, names,
// settings, tables, charts, conditional formats, data validation, column widths and wrapped text,
// injected failures, change events and requirement sets. The adapter's tests rely on it
// punishing what real Excel punishes.
import {
  a1ToR1C1,
  createFake,
  DEFAULT_COLUMN_WIDTH,
  FakeExcelError,
  r1c1ToA1,
  type FakeExcel,
  type FakeWorkbookInit,
} from './fake-excel';

const SHEET = 'Blad1';

let opened: FakeExcel[] = [];

function open(cells: Record<string, number | string | boolean> = {}, options: Partial<FakeWorkbookInit> = {}) {
  const created = createFake({ sheets: [{ name: SHEET, cells }], ...options });
  opened.push(created.fake);
  return created;
}

afterEach(() => {
  for (const fake of opened) fake.dispose();
  opened = [];
});

function codeOf(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof FakeExcelError) return error.code;
    throw error;
  }
  throw new Error('expected an error');
}

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

describe('writing cells', () => {
  test('a scalar is written to every cell of the range', async () => {
    const { context, fake } = open();
    const range = context.workbook.worksheets.getItem(SHEET).getRange('A1:B2');
    range.values = 7 as unknown as number[][];
    range.numberFormat = '0.0' as unknown as string[][];
    await context.sync();
    expect(fake.sheetValues(SHEET)).toEqual([
      [7, 7],
      [7, 7],
    ]);
    expect(fake.cell(SHEET, 'B2').numberFormat).toBe('0.0');
  });

  test('an array that does not match the range is refused like Excel does', async () => {
    const { context, fake } = open();
    const sheet = context.workbook.worksheets.getItem(SHEET);
    sheet.getRange('A1:B2').values = [[1, 2]];
    await expect(context.sync()).rejects.toThrow(/InvalidArgument.*dimensions/);
    sheet.getRange('A1:B2').formulas = [
      [1, 2, 3],
      [4, 5, 6],
    ];
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    sheet.getRange('A1:B1').numberFormat = ['0', '0'] as unknown as string[][];
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    expect(fake.sheetValues(SHEET)).toEqual([]);
  });

  test('null in an array leaves a cell as it is; null for the whole range is refused; empty text clears', async () => {
    const { context, fake } = open({ A1: 1, B1: 2 });
    const sheet = context.workbook.worksheets.getItem(SHEET);
    sheet.getRange('A1:B1').values = [[null, 3]] as unknown as number[][];
    sheet.getRange('A1:B1').numberFormat = [['0%', null]] as unknown as string[][];
    await context.sync();
    expect(fake.sheetValues(SHEET)).toEqual([[1, 3]]);
    expect([fake.cell(SHEET, 'A1').numberFormat, fake.cell(SHEET, 'B1').numberFormat]).toEqual(['0%', 'General']);
    sheet.getRange('A1').values = null as unknown as number[][];
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    sheet.getRange('A1').values = [['']];
    sheet.getRange('A1').numberFormat = [['']];
    await context.sync();
    expect(fake.cell(SHEET, 'A1')).toMatchObject({ value: null, numberFormat: 'General' });
  });

  test('text that looks like a number or a boolean is converted, as Excel does', async () => {
    const { context, fake } = open();
    const sheet = context.workbook.worksheets.getItem(SHEET);
    sheet.getRange('A1:D1').values = [['12', '-1.5e2', 'TRUE', "'0012"]];
    sheet.getRange('E1').numberFormat = [['@']];
    sheet.getRange('E1').values = [['0012']];
    await context.sync();
    expect(fake.sheetValues(SHEET)).toEqual([[12, -150, true, '0012', '0012']]);
  });

  test('formulas: stored as written, never evaluated; values and formulas read as Excel returns them', async () => {
    const { context, fake } = open({ A1: 4, C1: '=A1*2' });
    const sheet = context.workbook.worksheets.getItem(SHEET);
    sheet.getRange('B1').values = [['=A1+1']];
    const range = sheet.getRange('A1:D1');
    range.load('values, formulas, valueTypes');
    await context.sync();
    expect(fake.cell(SHEET, 'B1')).toMatchObject({ value: null, formula: '=A1+1' });
    expect(range.values).toEqual([[4, null, null, '']]);
    expect(range.formulas).toEqual([[4, '=A1+1', '=A1*2', '']]);
    expect(range.valueTypes).toEqual([['Double', 'Empty', 'Empty', 'Empty']]);
    sheet.getRange('B1').values = [[5]];
    await context.sync();
    expect(fake.cell(SHEET, 'B1')).toMatchObject({ value: 5, formula: null });
  });

  test('formulasR1C1 is stored as the A1 formula of each cell and read back as R1C1', async () => {
    const { context, fake } = open({ A1: 1, A2: 2, A3: 3 });
    const sheet = context.workbook.worksheets.getItem(SHEET);
    sheet.getRange('B1:B3').formulasR1C1 = '=RC[-1]*R1C1' as unknown as string[][];
    sheet.getRange('C1:C2').formulasR1C1 = [['=SUM(R1C1:R[2]C[-2])'], ['tekst']];
    await context.sync();
    expect(fake.sheetFormulas(SHEET)).toEqual([
      [1, '=A1*$A$1', '=SUM($A$1:A3)'],
      [2, '=A2*$A$1', 'tekst'],
      [3, '=A3*$A$1', null],
    ]);
    const range = sheet.getRange('B2:C2').load('formulasR1C1');
    await context.sync();
    expect(range.formulasR1C1).toEqual([['=RC[-1]*R1C1', 'tekst']]);
  });

  test('clear removes contents, formats or both', async () => {
    const { context, fake } = open({ A1: 1, B1: 2, C1: 3 });
    const sheet = context.workbook.worksheets.getItem(SHEET);
    const all = sheet.getRange('A1:C1');
    all.format.font.bold = true;
    all.format.fill.color = '#ffeeee';
    all.numberFormat = '0.00' as unknown as string[][];
    await context.sync();
    sheet.getRange('A1').clear('Contents');
    sheet.getRange('B1').clear('Formats');
    sheet.getRange('C1').clear();
    await context.sync();
    expect(fake.cell(SHEET, 'A1')).toEqual({
      value: null,
      formula: null,
      numberFormat: '0.00',
      bold: true,
      fill: '#FFEEEE',
      fontColor: null,
    });
    expect(fake.cell(SHEET, 'B1')).toEqual({
      value: 2,
      formula: null,
      numberFormat: 'General',
      bold: false,
      fill: null,
      fontColor: null,
    });
    expect(fake.cell(SHEET, 'C1')).toMatchObject({ value: null, bold: false, fill: null });
    expect(() => sheet.getRange('A1').clear('Hyperlinks')).toThrow('not implemented in fake');
  });

  test('formats: a range reads one value when its cells agree and null when they differ', async () => {
    const { context, fake } = open();
    const sheet = context.workbook.worksheets.getItem(SHEET);
    sheet.getRange('A1').format.font.bold = true;
    sheet.getRange('A1').format.font.color = '#9c0006';
    sheet.getRange('A1:B1').format.fill.color = '#E8F1F2';
    await context.sync();
    const one = sheet.getRange('A1').load({ format: { font: { bold: true, color: true } } });
    const two = sheet.getRange('A1:B1').load({ format: { font: { bold: true }, fill: { color: true } } });
    await context.sync();
    expect([one.format.font.bold, one.format.font.color]).toEqual([true, '#9C0006']);
    expect([two.format.font.bold, two.format.fill.color]).toEqual([null, '#E8F1F2']);
    sheet.getRange('B1').format.fill.clear();
    sheet.getRange('A1').format.autofitColumns();
    await context.sync();
    expect([fake.cell(SHEET, 'A1').fill, fake.cell(SHEET, 'B1').fill]).toEqual(['#E8F1F2', null]);
    expect(fake.cell(SHEET, 'A1')).toMatchObject({ bold: true, fontColor: '#9C0006' });
  });

  test('derived ranges: getCell, getResizedRange, getOffsetRange, getBoundingRect', async () => {
    const { context } = open();
    const sheet = context.workbook.worksheets.getItem(SHEET);
    const base = sheet.getRange('B2:C3');
    const ranges = [
      base.getCell(1, 0),
      base.getResizedRange(2, -1),
      base.getOffsetRange(1, 2),
      base.getBoundingRect(sheet.getRange('E7')),
      base.getBoundingRect('A1'),
    ];
    for (const range of ranges) range.load('address');
    await context.sync();
    expect(ranges.map((range) => range.address)).toEqual([
      'Blad1!B3',
      'Blad1!B2:B5',
      'Blad1!D3:E4',
      'Blad1!B2:E7',
      'Blad1!A1:C3',
    ]);
    base.getOffsetRange(-5, 0).load('address');
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  test('addresses carry the sheet, quoted when the name needs it', async () => {
    const { context, fake } = createFake({ sheets: [{ name: 'Blad 1' }, { name: "Jan's" }, { name: '2017' }] });
    opened.push(fake);
    const sheets = context.workbook.worksheets;
    const ranges = [
      sheets.getItem('Blad 1').getRange('A1'),
      sheets.getItem("Jan's").getRange('a1:b2'),
      sheets.getItem('2017').getRange('$C$3'),
    ];
    for (const range of ranges) range.load('address');
    await context.sync();
    expect(ranges.map((range) => range.address)).toEqual(["'Blad 1'!A1", "'Jan''s'!A1:B2", "'2017'!C3"]);
  });
});

describe('R1C1 to A1', () => {
  test.each([
    ['relative', '=R[0]C[-3]*2', 'E5', '=B5*2'],
    ['relative, row above', '=R[-1]C', 'B3', '=B2'],
    ['the cell itself', '=RC', 'B3', '=B3'],
    ['absolute', '=R5C2', 'E5', '=$B$5'],
    ['absolute column', '=RC2', 'E5', '=$B5'],
    ['absolute row', '=R2C[1]', 'E5', '=F$2'],
    ['a range', '=SUM(R2C2:R[3]C[1])', 'B4', '=SUM($B$2:C7)'],
    ['whole columns', '=SUM(C[-1])+SUM(C1:C2)', 'C1', '=SUM(B:B)+SUM($A:$B)'],
    ['whole rows', '=SUM(R1:R[1])', 'A1', '=SUM($1:2)'],
    ['text in quotes', '="RC[1] en R1C1"&RC[1]', 'A1', '="RC[1] en R1C1"&B1'],
    ['defined names', '=IJK_Blad_1_Inwoners*RC[-1]/Rente', 'C2', '=IJK_Blad_1_Inwoners*B2/Rente'],
    ['functions', '=IF(ROUND(RC[-1],2)>R1C,COUNT(C[-1]),RC)', 'B2', '=IF(ROUND(A2,2)>B$1,COUNT(A:A),B2)'],
    ['sheet-qualified', "='Blad 1'!R1C1+Blad2!RC[1]", 'A5', "='Blad 1'!$A$1+Blad2!B5"],
    ['lower case', '=rc[1]', 'A1', '=B1'],
    ['off the sheet', '=R[-1]C', 'A1', '=#REF!'],
    ['numbers', '=1.5E+3*RC[1]', 'A1', '=1.5E+3*B1'],
  ])('%s: %s at %s', (_, formula, anchor, expected) => {
    expect(r1c1ToA1(formula, anchor)).toBe(expected);
  });

  test.each([
    ['=B5*2', 'E5', '=RC[-3]*2'],
    ['=$B$5+$B5+F$2', 'E5', '=R5C2+RC2+R2C[1]'],
    ['=SUM($B$2:C7)', 'B4', '=SUM(R2C2:R[3]C[1])'],
    ['=SUM(B:B)+SUM($1:2)+SUM($A:C)', 'C1', '=SUM(C[-1])+SUM(R1:R[1])+SUM(C1:C)'],
    ['=LOG10(A1)&"A1"&IJK_Naam_1', 'B1', '=LOG10(RC[-1])&"A1"&IJK_Naam_1'],
  ])('A1 to R1C1: %s at %s', (formula, anchor, expected) => {
    expect(a1ToR1C1(formula, anchor)).toBe(expected);
    expect(r1c1ToA1(expected, anchor)).toBe(formula);
  });

  test('an R1C1 reference outside the sheet is refused', () => {
    expect(() => r1c1ToA1('=R0C1', 'A1')).toThrow(/InvalidArgument/);
  });
});

describe('used range', () => {
  test('an empty sheet: A1, or a null object', async () => {
    const { context, fake } = open();
    const sheet = context.workbook.worksheets.getItem(SHEET);
    const used = sheet.getUsedRange().load('address');
    const orNull = sheet.getUsedRangeOrNullObject().load('address');
    await context.sync();
    expect(used.address).toBe('Blad1!A1');
    expect(orNull.isNullObject).toBe(true);
    expect(fake.sheetValues(SHEET)).toEqual([]);
  });

  test('the smallest rectangle around the non-empty cells; formats count unless valuesOnly', async () => {
    const { context, fake } = open({ C2: 1, B4: '=C2' });
    const sheet = context.workbook.worksheets.getItem(SHEET);
    sheet.getRange('F9').format.fill.color = '#FF0000';
    await context.sync();
    const all = sheet.getUsedRange().load('address');
    const values = sheet.getUsedRange(true).load('address, values');
    await context.sync();
    expect(all.address).toBe('Blad1!B2:F9');
    expect(values.address).toBe('Blad1!B2:C4');
    expect(values.values).toEqual([
      ['', 1],
      ['', ''],
      [null, ''],
    ]);
    expect(fake.sheetValues(SHEET)).toEqual([
      [null, null, null],
      [null, null, 1],
      [null, null, null],
      [null, '=C2', null],
    ]);
  });
});

describe('worksheets and the selection', () => {
  test('getItem of a missing sheet fails the batch; getItemOrNullObject gives a null object', async () => {
    const { context } = open();
    context.workbook.worksheets.getItem('Nope').getRange('A1').values = [[1]];
    await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    const missing = context.workbook.worksheets.getItemOrNullObject('Nope').load('name');
    const found = context.workbook.worksheets.getItemOrNullObject('blad1').load('name');
    await context.sync();
    expect([missing.isNullObject, found.isNullObject, found.name]).toEqual([true, false, 'Blad1']);
  });

  test('the active sheet, the selected range and the list of sheets', async () => {
    const { context, fake } = createFake({
      sheets: [{ name: 'Eerste' }, { name: 'Tweede' }],
      active: 'Tweede',
      selected: 'B2:C4',
    });
    opened.push(fake);
    const active = context.workbook.worksheets.getActiveWorksheet().load('name, id, position');
    const selection = context.workbook.getSelectedRange().load('address, rowIndex, columnIndex, rowCount, columnCount');
    const all = context.workbook.worksheets.load('items/name');
    await context.sync();
    expect([active.name, active.position]).toEqual(['Tweede', 1]);
    expect(active.id).toMatch(/^\{[0-9A-F-]+\}$/);
    expect([
      selection.address,
      selection.rowIndex,
      selection.columnIndex,
      selection.rowCount,
      selection.columnCount,
    ]).toEqual(['Tweede!B2:C4', 1, 1, 3, 2]);
    expect(all.items.map((sheet) => sheet.name)).toEqual(['Eerste', 'Tweede']);
    fake.select('Eerste', 'D5');
    const moved = context.workbook.getSelectedRange().load('address');
    await context.sync();
    expect(moved.address).toBe('Eerste!D5');
  });
});

describe('names and settings', () => {
  test('a missing name is a null object; methods on it fail the batch', async () => {
    const { context } = open();
    const name = context.workbook.names.getItemOrNullObject('IJK_Niets');
    name.load('name, formula');
    // eslint-disable-next-line office-addins/call-sync-before-read -- the point of the test
    expect(codeOf(() => name.isNullObject)).toBe('PropertyNotLoaded');
    await context.sync();
    expect(name.isNullObject).toBe(true);
    expect(name.formula).toBeUndefined();
    name.delete();
    await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  test('names refer to a range or a formula and can be deleted', async () => {
    const { context, fake } = createFake({ sheets: [{ name: 'Blad 1' }, { name: SHEET }] });
    opened.push(fake);
    context.workbook.names.add('IJK_Blad_1_Inwoners', context.workbook.worksheets.getItem('Blad 1').getRange('S6'));
    context.workbook.names.add('IJK_Norm', "='Blad1'!$t$7:$t$9", 'de norm');
    await context.sync();
    expect(fake.names).toEqual({ IJK_Blad_1_Inwoners: "='Blad 1'!$S$6", IJK_Norm: '=Blad1!$T$7:$T$9' });
    const item = context.workbook.names.getItemOrNullObject('ijk_norm').load('name, formula, comment');
    await context.sync();
    expect([item.isNullObject, item.name, item.formula, item.comment]).toEqual([
      false,
      'IJK_Norm',
      '=Blad1!$T$7:$T$9',
      'de norm',
    ]);
    item.delete();
    await context.sync();
    expect(Object.keys(fake.names)).toEqual(['IJK_Blad_1_Inwoners']);
  });

  test('a duplicate or invalid name fails the batch', async () => {
    const { context } = open();
    context.workbook.names.add('IJK_A', '=1');
    context.workbook.names.add('ijk_a', '=2');
    await expect(context.sync()).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
    context.workbook.names.add('B12', '=1');
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  test('settings keep JSON values; add replaces; a missing key is a null object', async () => {
    const { context, fake } = open();
    const settings = context.workbook.settings;
    settings.add('ijkpunt:Blad1', { plan: [1, 2], naam: 'x' });
    settings.add('ander', 'eerste');
    settings.add('ander', 'tweede');
    await context.sync();
    expect(fake.settings).toEqual({ 'ijkpunt:Blad1': { plan: [1, 2], naam: 'x' }, ander: 'tweede' });
    const found = settings.getItemOrNullObject('ijkpunt:Blad1').load('key, value');
    const missing = settings.getItemOrNullObject('niets').load('value');
    settings.load('items/key, items/value');
    await context.sync();
    expect([found.isNullObject, found.key, found.value]).toEqual([false, 'ijkpunt:Blad1', { plan: [1, 2], naam: 'x' }]);
    expect(missing.isNullObject).toBe(true);
    expect(settings.items.map((setting) => [setting.key, setting.value])).toEqual([
      ['ijkpunt:Blad1', { plan: [1, 2], naam: 'x' }],
      ['ander', 'tweede'],
    ]);
    settings.getItem('ander').delete();
    await context.sync();
    expect(fake.settings).toEqual({ 'ijkpunt:Blad1': { plan: [1, 2], naam: 'x' } });
    settings.getItem('ander').delete();
    await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
  });
});

describe('tables', () => {
  function withTable() {
    const cells = { A4: 'Cluster', B4: 'Formatie', A5: 'Bestuur', B5: 3, A6: 'Burgerzaken', B6: 7 };
    const created = createFake({ sheets: [{ name: SHEET, cells, tables: [{ name: 'Clusters', range: 'A4:B6' }] }] });
    opened.push(created.fake);
    return created;
  }

  test('tables are listed and give their ranges', async () => {
    const { context } = withTable();
    const tables = context.workbook.worksheets.getItem(SHEET).tables.load('items/name');
    const table = context.workbook.worksheets.getItem(SHEET).tables.getItem('clusters');
    const ranges = [table.getRange(), table.getHeaderRowRange(), table.getDataBodyRange()];
    for (const range of ranges) range.load('address');
    await context.sync();
    expect(tables.items.map((t) => t.name)).toEqual(['Clusters']);
    expect(ranges.map((range) => range.address)).toEqual(['Blad1!A4:B6', 'Blad1!A4:B4', 'Blad1!A5:B6']);
  });

  test('workbook.tables finds a table on any sheet, and the table knows its worksheet', async () => {
    const { context, fake } = createFake({
      sheets: [
        { name: 'Leeg' },
        { name: 'Data', cells: { A1: 'a', A2: 1 }, tables: [{ name: 'Tabel1', range: 'A1:A2' }] },
      ],
    });
    opened.push(fake);
    const table = context.workbook.tables.getItem('TABEL1');
    const sheet = table.worksheet.load('name');
    const all = context.workbook.tables.load('items/name');
    await context.sync();
    expect([sheet.name, all.items.map((t) => t.name)]).toEqual(['Data', ['Tabel1']]);
    context.workbook.tables.getItem('Tabel9').getRange().load('address');
    await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  test('columns.add extends the table by one column at the right and writes the header and values', async () => {
    const { context, fake } = withTable();
    const table = context.workbook.worksheets.getItem(SHEET).tables.getItem('Clusters');
    table.columns.add(undefined, [['Norm'], [2.5], [6]]);
    const named = table.columns.add(-1, [['genegeerd'], ['=B5-C5'], ['=B6-C6']], 'Verschil');
    named.load('name, index');
    const range = table.getRange().load('address');
    await context.sync();
    expect(fake.tables(SHEET)).toEqual([{ name: 'Clusters', address: 'A4:D6' }]);
    expect(range.address).toBe('Blad1!A4:D6');
    expect([named.name, named.index]).toEqual(['Verschil', 3]);
    expect(fake.sheetFormulas(SHEET).slice(3)).toEqual([
      ['Cluster', 'Formatie', 'Norm', 'Verschil'],
      ['Bestuur', 3, 2.5, '=B5-C5'],
      ['Burgerzaken', 7, 6, '=B6-C6'],
    ]);
  });

  test('range.getTables lists the tables a range touches (or, fully contained, holds); it needs ExcelApi 1.9', async () => {
    const { context } = withTable();
    const sheet = context.workbook.worksheets.getItem(SHEET);
    const touching = sheet.getRange('B6:C9').getTables(false).load('items/name');
    const inside = sheet.getRange('B6:C9').getTables(true).load('items/name');
    const around = sheet.getRange('A1:C9').getTables(true).load('items/name');
    const apart = sheet.getRange('D1').getTables().load('items/name');
    await context.sync();
    expect([touching, inside, around, apart].map((c) => c.items.map((t) => t.name))).toEqual([
      ['Clusters'],
      [],
      ['Clusters'],
      [],
    ]);
    const old = createFake({ sheets: [{ name: SHEET }], requirementSets: '1.8' });
    opened.push(old.fake);
    old.context.workbook.worksheets.getItem(SHEET).getRange('A1').getTables().load('items/name');
    await expect(old.context.sync()).rejects.toThrow(/1\.9/);
  });

  test('resize keeps the header row and may grow or shrink; an emptied header cell becomes "ColumnN"', async () => {
    const { context, fake } = withTable();
    const table = context.workbook.worksheets.getItem(SHEET).tables.getItem('Clusters');
    context.workbook.worksheets.getItem(SHEET).getRange('C4').values = [['Norm']];
    table.resize('A4:D6');
    await context.sync();
    expect(fake.tables(SHEET)).toEqual([{ name: 'Clusters', address: 'A4:D6' }]);
    expect(fake.sheetFormulas(SHEET)[3]).toEqual(['Cluster', 'Formatie', 'Norm', 'Column4']);
    context.workbook.worksheets.getItem(SHEET).getRange('C4').clear();
    await context.sync();
    expect(fake.cell(SHEET, 'C4').value).toBe('Column3');
    table.resize('A4:B6');
    await context.sync();
    expect(fake.tables(SHEET)).toEqual([{ name: 'Clusters', address: 'A4:B6' }]);
    table.resize('A5:B6');
    await expect(context.sync()).rejects.toThrow(/header row/);
  });

  test('columns.add with values of the wrong height fails; inserting inside the table is not modelled', async () => {
    const { context } = withTable();
    const table = context.workbook.worksheets.getItem(SHEET).tables.getItem('Clusters');
    table.columns.add(undefined, [['Norm'], [1]]);
    await expect(context.sync()).rejects.toThrow(/dimensions/);
    table.columns.add(0, [['Eerst'], [1], [2]]);
    await expect(context.sync()).rejects.toThrow('not implemented in fake');
  });
});

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

describe('conditional formats', () => {
  test('a custom format records its range, formula and colours', async () => {
    const { context, fake } = open();
    const format = context.workbook.worksheets.getItem(SHEET).getRange('H5:I11').conditionalFormats.add('Custom');
    format.custom.rule.formula = '=$H5>0';
    format.custom.format.fill.color = '#f8d7da';
    format.custom.format.font.color = '#9C0006';
    await context.sync();
    expect(fake.conditionalFormats(SHEET)).toEqual([
      {
        address: 'H5:I11',
        type: 'Custom',
        priority: 0,
        stopIfTrue: false,
        formula: '=$H5>0',
        fill: '#F8D7DA',
        fontColor: '#9C0006',
      },
    ]);
    expect(() => context.workbook.worksheets.getItem(SHEET).getRange('A1').conditionalFormats.add('DataBar')).toThrow(
      'not implemented in fake',
    );
  });

  test('clearAll removes the formats from the range; formats reaching outside keep the rest', async () => {
    const { context, fake } = open();
    const sheet = context.workbook.worksheets.getItem(SHEET);
    sheet.getRange('A1:A10').conditionalFormats.add('Custom').custom.rule.formula = '=A1>0';
    sheet.getRange('C1:C2').conditionalFormats.add('Custom').custom.rule.formula = '=C1>0';
    await context.sync();
    sheet.getRange('A1:C5').conditionalFormats.clearAll();
    await context.sync();
    expect(fake.conditionalFormats(SHEET).map((format) => format.address)).toEqual(['A6:A10']);
  });

  test('conditional formats need ExcelApi 1.6', async () => {
    const { context } = open({}, { requirementSets: '1.5' });
    context.workbook.worksheets.getItem(SHEET).getRange('A1').conditionalFormats.clearAll();
    await expect(context.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
  });
});

describe('change events', () => {
  type Args = Excel.WorksheetChangedEventArgs;

  async function watched(options: Partial<FakeWorkbookInit> = {}) {
    const created = open({ A1: 'Cluster', B1: 'Formatie', A2: 'Bestuur', B2: 3 }, options);
    const seen: Args[] = [];
    const sheet = created.context.workbook.worksheets.getItem(SHEET);
    const registration = sheet.onChanged.add(async (event: Args) => {
      seen.push(event);
    });
    await created.context.sync();
    return { ...created, seen, sheet, registration };
  }

  test('a handler takes effect at the sync that registers it', async () => {
    const { context, fake } = open({ B2: 1 });
    const seen: Args[] = [];
    context.workbook.worksheets.getItem(SHEET).onChanged.add(async (event: Args) => {
      seen.push(event);
    });
    fake.edit(SHEET, 'B2', 2);
    expect(seen).toEqual([]);
    await context.sync();
    fake.edit(SHEET, 'B2', 3);
    expect(seen).toHaveLength(1);
  });

  test('a user edit of one cell: the cell changes and the event carries the values before and after', async () => {
    const { fake, seen, context } = await watched();
    const sheet = context.workbook.worksheets.getItem(SHEET).load('id');
    await context.sync();
    fake.edit(SHEET, 'B2', 11.74);
    expect(fake.cell(SHEET, 'B2').value).toBe(11.74);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      type: 'WorksheetChanged',
      address: 'B2',
      worksheetId: sheet.id,
      changeType: 'RangeEdited',
      source: 'Local',
      triggerSource: 'Unknown',
      details: { valueBefore: 3, valueAfter: 11.74 },
    });
  });

  test('a user edit of several cells has no details', async () => {
    const { fake, seen } = await watched();
    fake.edit(SHEET, 'B2:C3', [
      [1, 2],
      [3, '=B3*2'],
    ]);
    expect(fake.sheetFormulas(SHEET)).toEqual([
      ['Cluster', 'Formatie', null],
      ['Bestuur', 1, 2],
      [null, 3, '=B3*2'],
    ]);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.address).toBe('B2:C3');
    expect(seen[0]?.details).toBeUndefined();
  });

  test('the add-in’s own writes fire once per changed range per sync, marked ThisLocalAddin, after the sync', async () => {
    const { context, seen, sheet } = await watched();
    sheet.getRange('C2').values = [[1]];
    sheet.getRange('C2').values = [[2]];
    sheet.getRange('D2:D3').formulas = [['=C2'], ['=C3']];
    sheet.getRange('A1').format.font.bold = true;
    sheet.getRange('E1').numberFormat = [['0.0']];
    await context.sync();
    // Not inside the sync, nor in the microtasks right after it: on a later macrotask.
    await Promise.resolve();
    expect(seen).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen.map((event) => [event.address, event.triggerSource])).toEqual([
      ['C2', 'ThisLocalAddin'],
      ['D2:D3', 'ThisLocalAddin'],
    ]);
    expect(seen[0]?.details).toMatchObject({ valueBefore: '', valueAfter: 2 });
    const range = seen[0]?.getRange(context).load('address');
    await context.sync();
    expect(range?.address).toBe('Blad1!C2');
  });

  test('writes made while runtime.enableEvents is false fire nothing, user edits included', async () => {
    const { context, fake, seen, sheet } = await watched();
    context.runtime.enableEvents = false;
    sheet.getRange('C2').values = [[1]];
    context.runtime.enableEvents = true;
    sheet.getRange('C3').values = [[1]];
    await context.sync();
    fake.flushEvents();
    expect(seen.map((event) => event.address)).toEqual(['C3']);
    sheet.getRange('C4').values = [[1]];
    context.runtime.enableEvents = false;
    await context.sync();
    fake.flushEvents();
    expect(seen.map((event) => event.address)).toEqual(['C3', 'C4']);
    context.runtime.load('enableEvents');
    await context.sync();
    expect(context.runtime.enableEvents).toBe(false);
    fake.edit(SHEET, 'B2', 4);
    expect(seen).toHaveLength(2);
  });

  test('a removed handler stops at the next sync', async () => {
    const { context, fake, seen, registration } = await watched();
    registration.remove();
    fake.edit(SHEET, 'B2', 4);
    await registration.context.sync();
    fake.edit(SHEET, 'B2', 5);
    expect(seen).toHaveLength(1);
    expect(registration.context).toBe(context);
  });

  test('older hosts: no triggerSource before ExcelApi 1.14, no details before 1.9, no onChanged before 1.7', async () => {
    const at18 = await watched({ requirementSets: '1.8' });
    at18.fake.edit(SHEET, 'B2', 4);
    expect(at18.seen[0]).not.toHaveProperty('triggerSource');
    expect(at18.seen[0]?.details).toBeUndefined();
    const at19 = await watched({ requirementSets: '1.9' });
    at19.fake.edit(SHEET, 'B2', 4);
    expect(at19.seen[0]?.details).toMatchObject({ valueBefore: 3, valueAfter: 4 });
    const { context } = open({}, { requirementSets: '1.6' });
    context.workbook.worksheets.getItem(SHEET).onChanged.add(async () => undefined);
    await expect(context.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  test('handler errors surface: thrown from fake.edit, rejections collected', async () => {
    const { context, fake } = open({ A1: 1 });
    const sheet = context.workbook.worksheets.getItem(SHEET);
    sheet.onChanged.add(async () => {
      throw new Error('async stuk');
    });
    await context.sync();
    fake.edit(SHEET, 'A1', 2);
    await Promise.resolve();
    expect(fake.eventErrors).toEqual([new Error('async stuk')]);
    sheet.onChanged.add(() => {
      throw new Error('sync stuk');
    });
    await context.sync();
    expect(() => fake.edit(SHEET, 'A1', 3)).toThrow('sync stuk');
  });
});

describe('requirement sets and the Office global', () => {
  test('isSetSupported compares ExcelApi versions numerically', () => {
    const { fake } = open({}, { requirementSets: '1.7' });
    expect(fake.isSetSupported('ExcelApi', '1.7')).toBe(true);
    expect(fake.isSetSupported('ExcelApi', '1.10')).toBe(false);
    expect(fake.isSetSupported('excelapi')).toBe(true);
    expect(fake.isSetSupported('WordApi', '1.1')).toBe(false);
    fake.setSupported('1.14');
    expect(fake.isSetSupported('ExcelApi', '1.10')).toBe(true);
  });

  test('a global Office answers for the newest fake and disappears with the last one', () => {
    expect(typeof Office).toBe('undefined');
    const first = open({}, { requirementSets: '1.7' });
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.8')).toBe(false);
    const second = open({}, { requirementSets: '1.14' });
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.8')).toBe(true);
    second.fake.dispose();
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.8')).toBe(false);
    first.fake.dispose();
    expect(typeof Office).toBe('undefined');
  });

  test('an Office global that was already there is left alone', () => {
    const scope = globalThis as unknown as { Office?: unknown };
    const existing = { mine: true };
    scope.Office = existing;
    try {
      const { fake } = open();
      fake.dispose();
      expect(scope.Office).toBe(existing);
    } finally {
      delete scope.Office;
    }
  });

  test('features above the host’s version fail the batch with ApiNotFound', async () => {
    const { context, fake } = open({}, { requirementSets: '1.7' });
    context.runtime.enableEvents = false;
    await expect(context.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
    fake.setSupported('1.8');
    context.runtime.enableEvents = false;
    await expect(context.sync()).resolves.toBeUndefined();
    const item = context.workbook.names.getItemOrNullObject('x').load('formula');
    fake.setSupported('1.6');
    await expect(context.sync()).resolves.toBeUndefined();
    expect(item.isNullObject).toBe(true);
    context.workbook.names.add('IJK_X', '=1').load('formula');
    await expect(context.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
  });
});

describe('sheets added, deleted and activated', () => {
  function book(init: FakeWorkbookInit) {
    const created = createFake(init);
    opened.push(created.fake);
    return created;
  }

  test('worksheets.add is usable in the same batch, goes last, is listed and read like any sheet', async () => {
    const { context, fake } = open({ A1: 1 });
    const added = context.workbook.worksheets.add('Factsheet P&O');
    added.getRange('A1:B2').values = [
      ['x', 2],
      [null, '=B1*2'],
    ] as unknown as string[][];
    added.load('name, position');
    const all = context.workbook.worksheets.load('items/name');
    await context.sync();
    expect(fake.syncs).toBe(1);
    expect([added.name, added.position]).toEqual(['Factsheet P&O', 1]);
    expect(all.items.map((sheet) => sheet.name)).toEqual([SHEET, 'Factsheet P&O']);
    expect(fake.sheetNames).toEqual([SHEET, 'Factsheet P&O']);
    expect(fake.sheetValues('Factsheet P&O')).toEqual([
      ['x', 2],
      [null, '=B1*2'],
    ]);
    expect(fake.sheetFormulas('factsheet p&o')[1]).toEqual([null, '=B1*2']);
    expect(fake.activeSheet).toBe(SHEET);
    const address = context.workbook.worksheets.getItem('Factsheet P&O').getRange('B2').load('address');
    await context.sync();
    expect(address.address).toBe("'Factsheet P&O'!B2");
  });

  test('worksheets.add without a name takes the next free SheetN', async () => {
    const { context, fake } = book({ sheets: [{ name: 'Blad1' }, { name: 'Sheet3' }] });
    context.workbook.worksheets.add();
    await context.sync();
    expect(fake.sheetNames).toEqual(['Blad1', 'Sheet3', 'Sheet4']);
  });

  test('a name that exists in any case fails the sync with ItemAlreadyExists, after the batch’s earlier work', async () => {
    const { context, fake } = open();
    context.workbook.worksheets.add('Factsheet P&O');
    await context.sync();
    context.workbook.worksheets.getItem(SHEET).getRange('A1').values = [['voor']];
    context.workbook.worksheets.add('FACTSHEET p&o').getRange('A1').values = [['nooit']];
    await expect(context.sync()).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
    expect(fake.cell(SHEET, 'A1').value).toBe('voor');
    expect(fake.sheetNames).toEqual([SHEET, 'Factsheet P&O']);
    expect(fake.sheetValues('Factsheet P&O')).toEqual([]);
  });

  test.each([
    ['over 31 characters', 'x'.repeat(32)],
    ['empty', ''],
    ['a colon', 'a:b'],
    ['a backslash', 'a\\b'],
    ['a slash', 'P/O'],
    ['a question mark', 'wat?'],
    ['an asterisk', 'a*'],
    ['an opening bracket', '[a'],
    ['a closing bracket', 'a]'],
    ['a leading apostrophe', "'a"],
    ['a trailing apostrophe', "a'"],
  ])('a sheet name with %s fails the sync with InvalidArgument', async (_, name) => {
    const { context, fake } = open();
    context.workbook.worksheets.add(name);
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    expect(fake.sheetNames).toEqual([SHEET]);
  });

  test('31 characters, spaces, & and an apostrophe inside are allowed', async () => {
    const { context, fake } = open();
    context.workbook.worksheets.add('y'.repeat(31));
    context.workbook.worksheets.add("Jan's P&O (2024)");
    await context.sync();
    expect(fake.sheetNames).toEqual([SHEET, 'y'.repeat(31), "Jan's P&O (2024)"]);
  });

  test('Worksheet.delete takes the cells, tables, charts, notes, formats and drop-downs with it', async () => {
    const { context, fake } = book({
      sheets: [
        { name: 'Blad1' },
        { name: 'Blad 2', cells: { A1: 'a', A2: 1, B2: 2 }, tables: [{ name: 'Tabel2', range: 'A1:A2' }] },
      ],
      requirementSets: '1.18',
    });
    const doomed = context.workbook.worksheets.getItem('Blad 2');
    const chart = doomed.charts.add('ColumnClustered', doomed.getRange('A1:A2'));
    const format = doomed.getRange('B2').conditionalFormats.add('Custom');
    format.custom.rule.formula = '=B2>0';
    const note = doomed.notes.add('B2', 'let op');
    doomed.getRange('C1').dataValidation.rule = { list: { inCellDropDown: true, source: 'a,b' } };
    const range = doomed.getRange('A1');
    await context.sync();
    doomed.delete();
    const all = context.workbook.worksheets.load('items/name');
    const tables = context.workbook.tables.load('items/name');
    await context.sync();
    expect(all.items.map((sheet) => sheet.name)).toEqual(['Blad1']);
    expect(tables.items).toEqual([]);
    expect(fake.sheetNames).toEqual(['Blad1']);
    expect(() => fake.sheetValues('Blad 2')).toThrow(/no sheet/);
    const stale: (() => void)[] = [
      () => {
        range.values = [[1]];
      },
      () => doomed.getRange('B1').load('values'),
      () => chart.load('name'),
      () => format.custom.rule.load('formula'),
      () => note.load('content'),
      () => context.workbook.worksheets.getItem('blad 2').load('name'),
      () => doomed.delete(),
    ];
    const failsAtSync = async (queue: () => void): Promise<void> => {
      queue();
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    };
    for (const queue of stale) await failsAtSync(queue);
    const again = context.workbook.worksheets.add('Blad 2');
    const fresh = again.getRange('A1:B2').load('values');
    const noTables = again.tables.load('items/name');
    await context.sync();
    expect(fresh.values).toEqual([
      ['', ''],
      ['', ''],
    ]);
    expect(noTables.items).toEqual([]);
    expect(fake.charts('Blad 2')).toEqual([]);
    expect(fake.notes('Blad 2')).toEqual({});
    expect(fake.validation('Blad 2', 'C1')).toBeNull();
  });

  test('the last sheet cannot be deleted', async () => {
    const { context, fake } = book({ sheets: [{ name: 'Blad1' }, { name: 'Blad2' }] });
    context.workbook.worksheets.getItem('Blad2').delete();
    await context.sync();
    context.workbook.worksheets.getItem('Blad1').delete();
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
    expect(fake.sheetNames).toEqual(['Blad1']);
  });

  test('deleting the active sheet activates its right neighbour, or its left one when it was last', async () => {
    const { context, fake } = book({
      sheets: [{ name: 'Een' }, { name: 'Twee' }, { name: 'Drie' }],
      active: 'Twee',
      selected: 'C3',
    });
    context.workbook.worksheets.getItem('Twee').delete();
    const active = context.workbook.worksheets.getActiveWorksheet().load('name, position');
    const selection = context.workbook.getSelectedRange().load('address');
    await context.sync();
    expect([active.name, active.position, fake.activeSheet, selection.address]).toEqual(['Drie', 1, 'Drie', 'Drie!A1']);
    context.workbook.worksheets.getItem('Drie').delete();
    await context.sync();
    expect(fake.activeSheet).toBe('Een');
  });

  test('names that refer to a deleted sheet become #REF!, as in Excel; others stay', async () => {
    const { context, fake } = book({ sheets: [{ name: 'Blad1' }, { name: 'Blad 2' }] });
    context.workbook.names.add('IJK_Weg', context.workbook.worksheets.getItem('Blad 2').getRange('B3:C4'));
    context.workbook.names.add('IJK_Blijft', context.workbook.worksheets.getItem('Blad1').getRange('A1'));
    context.workbook.names.add('IJK_Formule', '=SUM(Blad1!A1:A3)');
    context.workbook.worksheets.getItem('blad 2').delete();
    await context.sync();
    expect(fake.names).toEqual({
      IJK_Weg: '=#REF!$B$3:$C$4',
      IJK_Blijft: '=Blad1!$A$1',
      IJK_Formule: '=SUM(Blad1!A1:A3)',
    });
    const item = context.workbook.names.getItem('IJK_Weg').load('formula');
    await context.sync();
    expect(item.formula).toBe('=#REF!$B$3:$C$4');
  });

  test('activate makes a sheet the active one and moves the selection to it; position is readable', async () => {
    const { context, fake } = book({ sheets: [{ name: 'Een' }, { name: 'Twee' }], selected: 'B2' });
    const added = context.workbook.worksheets.add('Drie');
    added.activate();
    const active = context.workbook.worksheets.getActiveWorksheet().load('name, position');
    const selection = context.workbook.getSelectedRange().load('address');
    await context.sync();
    expect([active.name, active.position, fake.activeSheet, selection.address]).toEqual(['Drie', 2, 'Drie', 'Drie!A1']);
    fake.select('Een', 'D4');
    context.workbook.worksheets.getItem('Een').activate();
    const kept = context.workbook.getSelectedRange().load('address');
    await context.sync();
    expect(kept.address).toBe('Een!D4');
    context.workbook.worksheets.getItem('Vier').activate();
    await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    expect(fake.activeSheet).toBe('Een');
  });
});

describe('data validation', () => {
  test('a typed list per cell from ExcelApi 1.8; Range.clear leaves it (as Excel does), dataValidation.clear removes it', async () => {
    const { context, fake } = open();
    const range = context.workbook.worksheets.getItem(SHEET).getRange('D5:D6');
    range.dataValidation.rule = { list: { inCellDropDown: true, source: 'hoger is beter,lager is beter' } };
    range.clear('All');
    await context.sync();
    expect(fake.validation(SHEET, 'D5')).toEqual({ list: ['hoger is beter', 'lager is beter'], inCellDropDown: true });
    expect(fake.validation(SHEET, 'D6')).toEqual(fake.validation(SHEET, 'D5'));
    expect(fake.validation(SHEET, 'D7')).toBeNull();
    context.workbook.worksheets.getItem(SHEET).getRange('D6:E6').dataValidation.clear();
    await context.sync();
    expect([fake.validation(SHEET, 'D5')?.list.length, fake.validation(SHEET, 'D6')]).toEqual([2, null]);
    fake.setSupported('1.7');
    range.dataValidation.rule = { list: { inCellDropDown: true, source: 'a' } };
    await expect(context.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
    range.dataValidation.clear();
    await expect(context.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  test('a list may come from a range: an address with "=", on this or another sheet, or a Range', async () => {
    const { context, fake } = createFake({
      sheets: [
        { name: SHEET, cells: { A1: 'ja', A2: 'nee', A3: true } },
        { name: 'Lijsten', cells: { B1: 'laag', B2: 'hoog', B4: 3 } },
      ],
    });
    opened.push(fake);
    const sheet = context.workbook.worksheets.getItem(SHEET);
    sheet.getRange('C1').dataValidation.rule = { list: { inCellDropDown: true, source: '=$A$1:$A$3' } };
    sheet.getRange('C2').dataValidation.rule = { list: { inCellDropDown: false, source: '=Lijsten!$B$1:$B$4' } };
    const other = context.workbook.worksheets.getItem('Lijsten').getRange('B1:B2');
    sheet.getRange('C3').dataValidation.rule = {
      list: { inCellDropDown: true, source: other as unknown as Excel.Range },
    };
    const read = sheet.getRange('C3').dataValidation.load('rule, type');
    await context.sync();
    expect(fake.validation(SHEET, 'C1')).toEqual({ list: ['ja', 'nee', 'TRUE'], inCellDropDown: true });
    expect(fake.validation(SHEET, 'C2')).toEqual({ list: ['laag', 'hoog', '3'], inCellDropDown: false });
    expect(read.rule).toEqual({ list: { source: '=Lijsten!$B$1:$B$2', inCellDropDown: true } });
    expect(read.type).toBe('List');
    fake.edit('Lijsten', 'B2', 'middel');
    expect(fake.validation(SHEET, 'C3')?.list).toEqual(['laag', 'middel']);
    sheet.getRange('C4').dataValidation.rule = { list: { inCellDropDown: true, source: '=Nergens!A1:A2' } };
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  test('a typed list over 255 characters, an empty source or no criteria fail; other kinds are not modelled', async () => {
    const { context, fake } = open();
    const range = context.workbook.worksheets.getItem(SHEET).getRange('A1');
    const items = Array.from({ length: 40 }, (_, i) => `keuze ${i}`);
    range.dataValidation.rule = { list: { inCellDropDown: true, source: items.join(',').slice(0, 255) } };
    await context.sync();
    expect(fake.validation(SHEET, 'A1')?.list.length).toBeGreaterThan(20);
    range.dataValidation.rule = { list: { inCellDropDown: true, source: items.join(',') } };
    await expect(context.sync()).rejects.toThrow(/255/);
    range.dataValidation.rule = { list: { inCellDropDown: true, source: '' } };
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    range.dataValidation.rule = {};
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    expect(() => {
      range.dataValidation.rule = { wholeNumber: { formula1: 1, operator: 'GreaterThan' } };
    }).toThrow('not implemented in fake: DataValidation.rule wholeNumber');
    expect(() => range.dataValidation.load('ignoreBlanks')).toThrow('not implemented in fake');
  });

  test('type and rule read over a range: List when the cells agree, None or Inconsistent otherwise', async () => {
    const { context } = open();
    const sheet = context.workbook.worksheets.getItem(SHEET);
    sheet.getRange('A1:A2').dataValidation.rule = { list: { inCellDropDown: true, source: 'a,b' } };
    const same = sheet.getRange('A1:A2').dataValidation.load('type, rule');
    const mixed = sheet.getRange('A2:A3').dataValidation.load('type, rule');
    const none = sheet.getRange('B1').dataValidation.load('type');
    await context.sync();
    expect([same.type, same.rule]).toEqual(['List', { list: { source: 'a,b', inCellDropDown: true } }]);
    expect([mixed.type, mixed.rule, none.type]).toEqual(['Inconsistent', {}, 'None']);
  });
});

describe('column widths and wrapped text', () => {
  test('column width (points) is set for whole columns and read back; unset columns have the default', async () => {
    const { context, fake } = open();
    const sheet = context.workbook.worksheets.getItem(SHEET);
    sheet.getRange('B1').format.columnWidth = 85;
    sheet.getRange('D7:E9').format.columnWidth = 30.5;
    const b = sheet.getRange('B20').format.load('columnWidth');
    const de = sheet.getRange('D1:E1').load('format/columnWidth');
    const mixed = sheet.getRange('A1:B1').format.load('columnWidth');
    await context.sync();
    expect([fake.columnWidth(SHEET, 1), fake.columnWidth(SHEET, 2), fake.columnWidth(SHEET, 4)]).toEqual([
      85,
      null,
      30.5,
    ]);
    expect([b.columnWidth, de.format.columnWidth, mixed.columnWidth]).toEqual([85, 30.5, null]);
    const plain = sheet.getRange('Z1').format.load('columnWidth');
    sheet.getRange('B1').clear('All');
    await context.sync();
    expect(plain.columnWidth).toBe(DEFAULT_COLUMN_WIDTH);
    expect(fake.columnWidth(SHEET, 1)).toBe(85);
    sheet.getRange('C1').format.columnWidth = -1;
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  test('wrapped text per cell: set, read (null when mixed), undone by clear of formats', async () => {
    const { context, fake } = open({ C3: 'lange uitleg' });
    const sheet = context.workbook.worksheets.getItem(SHEET);
    sheet.getRange('C3:C4').format.wrapText = true;
    sheet.getRange('C4').format.wrapText = false;
    const one = sheet.getRange('C3').format.load('wrapText');
    const both = sheet.getRange('C3:C4').format.load('wrapText');
    await context.sync();
    expect([fake.wrapText(SHEET, 'C3'), fake.wrapText(SHEET, 'C4')]).toEqual([true, false]);
    expect([one.wrapText, both.wrapText]).toEqual([true, null]);
    sheet.getRange('C3').clear('Contents');
    await context.sync();
    expect(fake.wrapText(SHEET, 'C3')).toBe(true);
    sheet.getRange('C3').clear('Formats');
    await context.sync();
    expect(fake.wrapText(SHEET, 'C3')).toBe(false);
    sheet.getRange('C3').format.wrapText = 'ja' as unknown as boolean;
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
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
