// The add-in against the fake's strict rules (test/excel/fake-rules.ts): each test is one of the
// defects those rules revealed (issue 14), fixed.
import { heemstedeGrid } from '../fixtures/heemstede';
import { analyseAndWrite, workbookOn } from '../support/excel-workbook';
import { createFake, fakeCells } from './fake-excel';

const SHEET = 'Benchmark';

function heemstede(version = '1.14') {
  const { context, fake } = createFake({
    sheets: [{ name: SHEET, cells: fakeCells(heemstedeGrid()) }],
    active: SHEET,
    selected: 'A6',
    requirementSets: version,
  });
  return { context, fake, workbook: workbookOn(context) };
}

let opened: { dispose(): void }[] = [];
afterEach(() => {
  for (const fake of opened) fake.dispose();
  opened = [];
});

describe('events after a failed write', () => {
  test('a name clash fails the write half-way: the sheet is restored and events are on again', async () => {
    const { context, fake, workbook } = heemstede();
    opened.push(fake);
    // Someone else's name where IJkpunt puts one of its own (as "Blad 1" and "Blad-1" did).
    context.workbook.names.add('IJK_Benchmark_TotaleFormatie', `=${SHEET}!$A$1`);
    await context.sync();
    const before = fake.sheetFormulas(SHEET);
    await expect(analyseAndWrite(workbook)).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
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
