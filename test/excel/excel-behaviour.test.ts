// The add-in against the fake's strict rules (test/excel/fake-rules.ts): each test is one of the
// defects those rules revealed (issue 14), fixed.
import { parseRange } from '../../src/engine/core';
import { blocksToRead } from '../../src/excel/read-cells';
import { BUSINESS_CRITERIA, buildCriteriaTemplate } from '../../src/engine/criteria/template';
import { analyseAndWrite, heemstedeOnFake, workbookOn } from '../support/excel-workbook';
import { createFake } from './fake-excel';
import { statesIn } from '../support/states';

const SHEET = 'Benchmark';

const heemstede = (version = '1.14') => heemstedeOnFake(SHEET, version);

let opened: { dispose(): void }[] = [];
afterEach(() => {
  for (const fake of opened) fake.dispose();
  opened = [];
});

describe('events after a failed write', () => {
  test('a name clash is refused before anything is written (planConflicts checks names)', async () => {
    const { context, fake, workbook } = heemstede();
    opened.push(fake);
    // Someone else's name where IJkpunt puts one of its own (as "Blad 1" and "Blad-1" did).
    context.workbook.names.add('IJK_Benchmark_TotaleFormatie', `=${SHEET}!$A$1`);
    await context.sync();
    const before = fake.sheetFormulas(SHEET);
    const outcome = await analyseAndWrite(workbook);
    expect(outcome).toMatchObject({ kind: 'conflict', cells: ['IJK_Benchmark_TotaleFormatie'] });
    expect(fake.eventsEnabled).toBe(true);
    expect(fake.sheetFormulas(SHEET)).toEqual(before);
  });

  test('a write that fails half-way (a name added after the read) restores the sheet and turns events on again', async () => {
    const { context, fake, workbook } = heemstede();
    opened.push(fake);
    const before = fake.sheetFormulas(SHEET);
    // The clash appears between the read and the write, so only Excel's names.add can refuse it.
    const racing: typeof workbook = {
      ...workbook,
      writeBenchmark: async (...args) => {
        context.workbook.names.add('IJK_Benchmark_TotaleFormatie', `=${SHEET}!$A$1`);
        await context.sync();
        return workbook.writeBenchmark(...args);
      },
    };
    await expect(analyseAndWrite(racing)).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
    expect(fake.eventsEnabled).toBe(true);
    expect(fake.sheetFormulas(SHEET)).toEqual(before);
  });
});

describe('conditional formats', () => {
  test('nagenoeg gelijk is on top of its range with stopIfTrue, above the >0 and <0 rules', async () => {
    const { fake, workbook } = heemstede();
    opened.push(fake);
    expect((await analyseAndWrite(workbook)).kind).toBe('written');
    const formats = fake.conditionalFormats(SHEET);
    const ranges = [...new Set(formats.map((cf) => cf.address))];
    expect(ranges.length).toBeGreaterThan(0);
    for (const range of ranges) {
      const rules = formats.filter((cf) => cf.address === range);
      expect(rules[0]?.formula).toMatch(/^=AND\(ISNUMBER\([^)]*\),OR\(ABS/);
      expect(rules[0]?.fill).toBe(formats.find((cf) => /OR\(ABS/.test(cf.formula ?? ''))?.fill);
      expect(rules.every((cf) => cf.stopIfTrue)).toBe(true);
      // Priorities are the sheet's order: the similar rule comes before the others of its range.
      expect(rules.map((cf) => cf.priority)).toEqual([...rules.map((cf) => cf.priority)].sort((a, b) => a - b));
    }
  });
});

describe('exact undo of text', () => {
  test('what-if edits over text that looks like a formula or a number come back as the same text', async () => {
    const { context, fake } = createFake({
      sheets: [
        {
          name: SHEET,
          cells: { A1: '-3 fte minder', A2: '0123', A3: '=geen formule', A4: "'al een apostrof", A5: '=1+1' },
        },
      ],
      active: SHEET,
    });
    opened.push(fake);
    // Text that starts with "=": typed behind an apostrophe.
    context.workbook.worksheets.getItem(SHEET).getRange('A3').values = [["'=geen formule"]];
    await context.sync();
    const workbook = workbookOn(context);
    const before = ['A1', 'A2', 'A3', 'A4', 'A5'].map((address) => fake.cell(SHEET, address));
    const point = await workbook.editCells(
      SHEET,
      ['A1', 'A2', 'A3', 'A4', 'A5'].map((address) => ({ address, value: 7 })),
    );
    expect(fake.cell(SHEET, 'A2').value).toBe(7);
    await workbook.undo(point);
    const after = ['A1', 'A2', 'A3', 'A4', 'A5'].map((address) => fake.cell(SHEET, address));
    expect(after).toEqual(before);
    expect(after.map((cell) => [cell.value, cell.formula])).toEqual([
      ['-3 fte minder', null],
      ['0123', null],
      ['=geen formule', null],
      ["'al een apostrof", null],
      [null, '=1+1'],
    ]);
  });
});

describe('renamed sheets', () => {
  test('after a rename a re-run updates IJkpunt’s output in place: the state is keyed by the sheet’s id', async () => {
    const { fake, workbook } = heemstede();
    opened.push(fake);
    expect((await analyseAndWrite(workbook)).kind).toBe('written');
    const written = fake.sheetFormulas(SHEET);
    fake.renameSheet(SHEET, 'Begroting 2025');
    const again = await analyseAndWrite(workbook);
    expect(again.kind).toBe('written');
    const after = fake.sheetFormulas('Begroting 2025');
    // The same columns in the same place; formulas that named the sheet now name the new one.
    expect(after.length).toBe(written.length);
    expect(after[3]).toEqual(written[3]);
    expect(Object.keys(statesIn(fake))).toEqual([expect.stringMatching(/^ijkpunt:id:\{/)]);
  });

  test('a state an earlier version kept under the sheet’s name is found, and moves to the id', async () => {
    const { context, fake, workbook } = heemstede();
    opened.push(fake);
    // The earlier version wrote to the settings only.
    fake.customXmlAvailable = false;
    expect((await analyseAndWrite(workbook)).kind).toBe('written');
    const [key] = Object.keys(fake.settings);
    const value = fake.settings[key ?? ''];
    context.workbook.settings.getItem(key ?? '').delete();
    context.workbook.settings.add(`ijkpunt:${SHEET}`, value);
    await context.sync();
    fake.customXmlAvailable = true;
    expect((await analyseAndWrite(workbook)).kind).toBe('written');
    expect(Object.keys(statesIn(fake))).toEqual([key]);
    expect(fake.settings).toEqual({});
  });
});

describe('multi-area selections', () => {
  test('Ctrl+click areas: the sheet’s table is read and the read says how many areas there were', async () => {
    const { fake, workbook } = heemstede();
    opened.push(fake);
    fake.select(SHEET, 'A6:B7,D9');
    const read = await workbook.readTable();
    expect(read.selectionAreas).toBe(2);
    expect(read.selection).toBe('Benchmark!A6:B7,Benchmark!D9');
    expect(read.table.cells.length).toBe(read.used.cells.length);
    expect((await analyseAndWrite(workbook)).kind).toBe('written');
  });
});

describe('reads under the 5 MB response limit', () => {
  test('a read in pieces gives the same grid as one read; IJkpunt’s own columns are not read again', async () => {
    const whole = heemstede();
    opened.push(whole.fake);
    const expected = await whole.workbook.readTable();
    const small = heemstede();
    opened.push(small.fake);
    // So small that a response holds a few rows: the read splits until each piece fits.
    small.fake.responseLimitBytes = 1500;
    const read = await small.workbook.readTable();
    expect(read.used).toEqual(expected.used);
    expect(small.fake.maxResponseBytes).toBeLessThanOrEqual(1500);
    small.fake.responseLimitBytes = 5_000_000;
    expect((await analyseAndWrite(small.workbook)).kind).toBe('written');
    const reread = await small.workbook.readTable();
    expect(reread.used.cells.flat().filter((v) => v !== null)).toEqual(
      expected.used.cells.flat().filter((v) => v !== null),
    );
  });

  test('only the cells outside IJkpunt’s output are read: its columns and block stay out', () => {
    // Heemstede after a run: the input A4:E11, IJkpunt's columns F4:P11, its block R4:Z27.
    const owned = ['F4:P11', 'R4:Z27'].map(parseRange);
    expect(blocksToRead({ top: 1, bottom: 27, left: 0, right: 25 }, owned)).toEqual([
      { top: 1, bottom: 27, left: 0, right: 4 },
      { top: 1, bottom: 3, left: 5, right: 15 },
      { top: 12, bottom: 27, left: 5, right: 15 },
      { top: 1, bottom: 27, left: 16, right: 16 },
      { top: 1, bottom: 3, left: 17, right: 25 },
    ]);
    expect(blocksToRead({ top: 1, bottom: 5, left: 0, right: 2 }, [])).toEqual([
      { top: 1, bottom: 5, left: 0, right: 2 },
    ]);
  });
});

describe('a small state', () => {
  test('the workbook keeps no per-row values; a later session re-runs in place from it', async () => {
    const { context, fake, workbook } = heemstede();
    opened.push(fake);
    expect((await analyseAndWrite(workbook)).kind).toBe('written');
    const written = fake.sheetFormulas(SHEET);
    const [stored] = Object.values(statesIn(fake));
    const plan = (JSON.parse(String(stored)) as { plan: { cells: unknown[]; columns: { values: unknown[] | null }[] } })
      .plan;
    expect(plan.cells).toEqual([]);
    expect(plan.columns.every((c) => c.values === null || c.values.length === 0)).toBe(true);
    // A new pane (another session) knows IJkpunt's output only from the workbook.
    expect((await analyseAndWrite(workbookOn(context))).kind).toBe('written');
    expect(fake.sheetFormulas(SHEET)).toEqual(written);
  });
});

describe('drop-down lists', () => {
  test('the template’s criterion list keeps "2. Efficiency, flexibiliteit, kosten" as one item', async () => {
    const { context, fake } = createFake({ sheets: [{ name: 'Blad1' }] });
    opened.push(fake);
    const response = await workbookOn(context).writeStudy([buildCriteriaTemplate()]);
    expect(response.kind).toBe('written');
    expect(fake.validation('Toetsingskader', 'B5')?.list).toEqual([...BUSINESS_CRITERIA]);
    expect(fake.validation('Toetsingskader', 'B5')?.list).toContain('2. Efficiency, flexibiliteit, kosten');
  });
});
