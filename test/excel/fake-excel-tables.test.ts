// The fake Excel's tables, conditional formats and data validation (drop-downs).
import { createFake } from './fake-excel';
import { disposeOpened, open, opened, SHEET } from './fake-excel-support';

afterEach(disposeOpened);

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
