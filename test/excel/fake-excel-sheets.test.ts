// The fake Excel's worksheets: the selection, sheets added, deleted and activated, names and
// settings.
import { createFake, type FakeWorkbookInit } from './fake-excel';
import { codeOf, disposeOpened, open, opened, SHEET } from './fake-excel-support';

afterEach(disposeOpened);

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
