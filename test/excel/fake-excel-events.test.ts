// The fake Excel's change events (onChanged, enableEvents) and requirement sets with the
// Office global.
import { type FakeWorkbookInit } from './fake-excel';
import { disposeOpened, open, SHEET } from './fake-excel-support';

afterEach(disposeOpened);

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
