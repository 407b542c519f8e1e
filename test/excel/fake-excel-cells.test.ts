// The fake Excel's cells: writes of values and formulas, R1C1 conversion, the used range,
// column widths and wrapped text.
import { a1ToR1C1, createFake, DEFAULT_COLUMN_WIDTH, r1c1ToA1 } from './fake-excel';
import { disposeOpened, open, opened, SHEET } from './fake-excel-support';

afterEach(disposeOpened);

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
