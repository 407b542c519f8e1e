// The fake's documented strict rules (test/excel/fake-rules.ts): payload limits both ways,
// conditional-format priority, text that looks like a formula, names, the settings limit,
// multi-area selections, sheet renames and list sources.
import { createFake, FakeExcelError, type FakeWorkbookInit } from './fake-excel';
import { PAYLOAD_LIMIT_BYTES, SETTINGS_LIMIT_BYTES } from './fake-rules';

const SHEET = 'Blad1';
let opened: { dispose(): void }[] = [];

function open(cells: Record<string, number | string | boolean> = {}, options: Partial<FakeWorkbookInit> = {}) {
  const created = createFake({ sheets: [{ name: SHEET, cells }], ...options });
  opened.push(created.fake);
  return created;
}

afterEach(() => {
  for (const fake of opened) fake.dispose();
  opened = [];
});

describe('5 MB both ways', () => {
  test('the limits are 5 000 000 bytes', () => {
    const { fake } = open();
    expect(PAYLOAD_LIMIT_BYTES).toBe(5_000_000);
    expect(fake.requestLimitBytes).toBe(5_000_000);
    expect(fake.responseLimitBytes).toBe(5_000_000);
  });

  test('a response above the limit rejects the sync; its loads stay unreadable; writes before it ran', async () => {
    const cells: Record<string, string> = {};
    for (let row = 1; row <= 200; row += 1) cells[`A${row}`] = 'x'.repeat(40);
    const { context, fake } = open(cells);
    fake.responseLimitBytes = 5000;
    const sheet = context.workbook.worksheets.getItem(SHEET);
    sheet.getRange('B1').values = [[7]];
    const range = sheet.getRange('A1:A200').load('values');
    await expect(context.sync()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    expect(() => range.values).toThrow('PropertyNotLoaded');
    expect(fake.cell(SHEET, 'B1').value).toBe(7);
    const half = sheet.getRange('A1:A100').load('values');
    await context.sync();
    expect(half.values).toHaveLength(100);
    // 100 × ("x" × 40 quoted, in a one-element array, comma-separated) plus the brackets.
    expect(fake.maxResponseBytes).toBe(JSON.stringify({ values: half.values }).length);
    expect(fake.requests.map((r) => r.responseBytes)).toEqual([0, fake.maxResponseBytes]);
  });

  test('a request above the limit is refused whole', async () => {
    const { context, fake } = open();
    fake.requestLimitBytes = 2000;
    context.workbook.worksheets.getItem(SHEET).getRange('A1:A100').values = Array.from({ length: 100 }, () => [
      'abcdefghijklmnopqrstuvwxyz',
    ]);
    await expect(context.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(fake.cell(SHEET, 'A1').value).toBeNull();
  });
});

describe('conditional-format priority', () => {
  test('add puts each new rule on top (priority 0); priority can be set; stopIfTrue is kept', async () => {
    const { context, fake } = open();
    const range = context.workbook.worksheets.getItem(SHEET).getRange('A1:A5');
    const first = range.conditionalFormats.add('Custom');
    first.custom.rule.formula = '=A1>0';
    const second = range.conditionalFormats.add('Custom');
    second.custom.rule.formula = '=ABS(A1)<1';
    second.stopIfTrue = true;
    await context.sync();
    expect(fake.conditionalFormats(SHEET).map((cf) => [cf.formula, cf.priority, cf.stopIfTrue])).toEqual([
      ['=ABS(A1)<1', 0, true],
      ['=A1>0', 1, false],
    ]);
    first.priority = 0;
    first.load('priority');
    second.load('priority, stopIfTrue');
    await context.sync();
    expect([first.priority, second.priority, second.stopIfTrue]).toEqual([0, 1, true]);
    second.priority = -1;
    await context.sync();
    expect(fake.conditionalFormats(SHEET).map((cf) => cf.formula)).toEqual(['=A1>0', '=ABS(A1)<1']);
  });
});

describe('text that looks like a formula', () => {
  test('values: = + - @ open a formula; a leading apostrophe keeps text and is dropped on reading', async () => {
    const { context, fake } = open();
    const sheet = context.workbook.worksheets.getItem(SHEET);
    sheet.getRange('A1:F1').values = [['-3 fte minder', '+A2', '@SUM(A2)', "'-3 fte minder", "'0123", '0123']];
    await context.sync();
    expect(['A1', 'B1', 'C1', 'D1', 'E1', 'F1'].map((a) => fake.cell(SHEET, a).formula)).toEqual([
      '=-3 fte minder',
      '=+A2',
      '=SUM(A2)',
      null,
      null,
      null,
    ]);
    expect(['D1', 'E1', 'F1'].map((a) => fake.cell(SHEET, a).value)).toEqual(['-3 fte minder', '0123', 123]);
    const read = sheet.getRange('D1:E1').load('values, formulas, valueTypes');
    await context.sync();
    // Neither `values` nor `formulas` shows the apostrophe: writing `formulas` back is not exact.
    expect(read.formulas).toEqual([['-3 fte minder', '0123']]);
    expect(read.values).toEqual([['-3 fte minder', '0123']]);
    expect(read.valueTypes).toEqual([['String', 'String']]);
    sheet.getRange('D2:E2').formulas = read.formulas;
    await context.sync();
    expect([fake.cell(SHEET, 'D2').formula, fake.cell(SHEET, 'E2').value]).toEqual(['=-3 fte minder', 123]);
  });

  test('a negative number stays a number', async () => {
    const { context, fake } = open();
    context.workbook.worksheets.getItem(SHEET).getRange('A1').values = [['-3']];
    await context.sync();
    expect(fake.cell(SHEET, 'A1')).toMatchObject({ value: -3, formula: null });
  });
});

describe('defined names', () => {
  test.each([
    ['IJK1', 'a cell reference (column IJK exists)'],
    ['XFD1048576', 'the last cell'],
    ['R1C1', 'an R1C1 reference'],
    ['C', 'the letter C'],
    ['Blad 1_x', 'a space'],
    ['1abc', 'a leading digit'],
    ['a-b', 'a hyphen'],
    ['x'.repeat(256), 'more than 255 characters'],
  ])('%s is refused (%s)', async (name) => {
    const { context } = open();
    context.workbook.names.add(name, `=${SHEET}!$A$1`);
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  test('valid names go in; a clash in any case is ItemAlreadyExists', async () => {
    const { context, fake } = open();
    context.workbook.names.add('IJK_Blad1_Totaal', `=${SHEET}!$A$1`);
    context.workbook.names.add('XFE1', `=${SHEET}!$A$2`);
    context.workbook.names.add(`_${'x'.repeat(254)}`, `=${SHEET}!$A$3`);
    await context.sync();
    expect(Object.keys(fake.names)).toHaveLength(3);
    context.workbook.names.add('ijk_blad1_totaal', `=${SHEET}!$A$2`);
    await expect(context.sync()).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
  });
});

describe('the settings limit', () => {
  test('settings over 1 000 000 bytes in all are refused; under it they are kept', async () => {
    const { context, fake } = open();
    const half = 'x'.repeat(SETTINGS_LIMIT_BYTES / 2 - 100);
    context.workbook.settings.add('a', half);
    await context.sync();
    context.workbook.settings.add('b', half);
    await context.sync();
    context.workbook.settings.add('c', 'x'.repeat(500));
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    expect(Object.keys(fake.settings)).toEqual(['a', 'b']);
    // Replacing a value counts the new one, not both.
    context.workbook.settings.add('b', 'klein');
    await context.sync();
    expect(fake.settings.b).toBe('klein');
  });
});

describe('multi-area selections', () => {
  test('getSelectedRange throws; getSelectedRanges (ExcelApi 1.9) gives the areas', async () => {
    const { context, fake } = open({ A1: 1 });
    fake.select(SHEET, 'A1:B3,D5');
    const range = context.workbook.getSelectedRange().load('address');
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidSelection' });
    expect(() => range.address).toThrow(FakeExcelError);
    const areas = context.workbook.getSelectedRanges().load('address, areaCount');
    await context.sync();
    expect([areas.address, areas.areaCount]).toEqual(['Blad1!A1:B3,Blad1!D5', 2]);
    fake.select(SHEET, 'B2');
    const single = context.workbook.getSelectedRange().load('address');
    await context.sync();
    expect(single.address).toBe('Blad1!B2');
  });

  test('getSelectedRanges needs ExcelApi 1.9', async () => {
    const { context } = open({}, { requirementSets: '1.8' });
    context.workbook.getSelectedRanges().load('address');
    await expect(context.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
  });
});

describe('renaming a sheet', () => {
  test('the name changes, the id stays; names, formulas and list sources follow', async () => {
    const { context, fake } = createFake({
      sheets: [
        { name: SHEET, cells: { A1: 1, B1: '=Blad1!A1' } },
        { name: 'Lijsten', cells: { A1: 'ja' } },
      ],
    });
    opened.push(fake);
    const sheet = context.workbook.worksheets.getItem(SHEET).load('id');
    context.workbook.names.add('IJK_Totaal', `=${SHEET}!$A$1`);
    sheet.getRange('C1').dataValidation.rule = { list: { inCellDropDown: true, source: `=${SHEET}!$A$1:$A$2` } };
    await context.sync();
    const id = sheet.id;
    sheet.name = 'Blad 1';
    await context.sync();
    const renamed = context.workbook.worksheets.getItem(id).load('id, name');
    await context.sync();
    expect([renamed.id, renamed.name]).toEqual([id, 'Blad 1']);
    expect(fake.sheetNames).toEqual(['Blad 1', 'Lijsten']);
    expect(fake.names.IJK_Totaal).toBe("='Blad 1'!$A$1");
    expect(fake.cell('Blad 1', 'B1').formula).toBe("='Blad 1'!A1");
    expect(fake.validation('Blad 1', 'C1')?.list).toEqual(['1']);
    fake.renameSheet('Blad 1', 'Invoer');
    expect(fake.names.IJK_Totaal).toBe('=Invoer!$A$1');
  });

  test('a taken or invalid name fails the sync', async () => {
    const { context } = createFake({ sheets: [{ name: SHEET }, { name: 'Lijsten' }] });
    context.workbook.worksheets.getItem(SHEET).name = 'lijsten';
    await expect(context.sync()).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
    context.workbook.worksheets.getItem(SHEET).name = 'a/b';
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});

describe('list sources', () => {
  test('a typed list is split on its commas; a range source keeps each cell one item', async () => {
    const { context, fake } = open({ Z1: '2. Efficiency, flexibiliteit, kosten', Z2: '3. Kwaliteit' });
    const sheet = context.workbook.worksheets.getItem(SHEET);
    sheet.getRange('A1').dataValidation.rule = {
      list: { inCellDropDown: true, source: '2. Efficiency, flexibiliteit, kosten,3. Kwaliteit' },
    };
    sheet.getRange('A2').dataValidation.rule = { list: { inCellDropDown: true, source: '=$Z$1:$Z$2' } };
    await context.sync();
    expect(fake.validation(SHEET, 'A1')?.list).toEqual(['2. Efficiency', ' flexibiliteit', ' kosten', '3. Kwaliteit']);
    expect(fake.validation(SHEET, 'A2')?.list).toEqual(['2. Efficiency, flexibiliteit, kosten', '3. Kwaliteit']);
  });
});
