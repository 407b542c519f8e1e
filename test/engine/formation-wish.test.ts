// Desired formation (DOMAIN §4): "5 á 6 fte" strategic capacity and "1 á 2 fte" support per
// domain against the formation present — ranges, Dutch numbers, bad cells, totals, sentences,
// and the plan evaluated by a real formula engine.
import { a1 } from '../../src/engine/address';
import { analyseFormationWish, parseFteRange, type FormationWish } from '../../src/engine/formation-wish';
import { buildFormationWishPlan } from '../../src/engine/formation-wish-plan';
import type { CellGrid, CellValue } from '../../src/engine/types';
import example from '../../examples/formatiewens.json';
import { evaluatePlan } from '../support/hyperformula';

function grid(rows: readonly (readonly CellValue[])[] = example.rows as CellValue[][]): CellGrid {
  return {
    sheet: 'Formatiewens',
    topLeft: 'A1',
    cells: [[example.title, null, null, null], [...example.header], ...rows.map((r) => [...r])],
  };
}

function wishOf(g: CellGrid, language: 'nl' | 'en' = 'nl'): FormationWish {
  const outcome = analyseFormationWish(g, { language });
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.wish;
}

describe('reading a desired formation', () => {
  test.each([
    ['5 á 6 fte', 5, 6],
    ['5 a 6', 5, 6],
    ['5 à 6', 5, 6],
    ['5-6', 5, 6],
    ['1–2 fte', 1, 2],
    ['5 - 6 fte', 5, 6],
    ['1,5 tot 2', 1.5, 2],
    ['1,5 – 2,5 fte', 1.5, 2.5],
    ['3', 3, 3],
    [3, 3, 3],
    ['3 fte', 3, 3],
    ['circa 4', 4, 4],
    ['6-5', 5, 6],
  ] as const)('%p → %p–%p', (input, low, high) => {
    expect(parseFteRange(input)).toEqual({ kind: 'range', range: { low, high } });
  });

  test.each(['veel', '-1', '10%'])('%p is not a formation', (input) => {
    expect(parseFteRange(input).kind).toBe('invalid');
  });
});

describe('the gap per theme and in total', () => {
  const wish = wishOf(grid());

  test('DOMAIN §4: 5–6 and 1–2 fte wished, the gap as a range', () => {
    expect(wish.themes.map((g) => [g.theme, g.desired, g.current, g.gap.low, g.gap.high, g.kind])).toEqual([
      ['Sociaal domein – strategisch beleid', { low: 5, high: 6 }, 2, 3, 4, 'tekort'],
      ['Sociaal domein – ondersteuning', { low: 1, high: 2 }, 0.5, 0.5, 1.5, 'tekort'],
      [
        'Fysiek domein – strategisch beleid',
        { low: 5, high: 6 },
        3.2,
        expect.closeTo(1.8, 10),
        expect.closeTo(2.8, 10),
        'tekort',
      ],
      ['Fysiek domein – ondersteuning', { low: 1, high: 2 }, 1, 0, 1, 'binnen wens'],
      ['Bestuursadvisering', { low: 3, high: 3 }, 3.5, -0.5, -0.5, 'overschot'],
      [
        'Communicatie en participatie',
        { low: 2, high: 3 },
        2.4,
        expect.closeTo(-0.4, 10),
        expect.closeTo(0.6, 10),
        'binnen wens',
      ],
    ]);
    expect(wish.total.desired).toEqual({ low: 17, high: 22 });
    expect(wish.total.current).toBeCloseTo(12.6, 10);
    expect(wish.total.kind).toBe('tekort');
  });

  test('sentences, Dutch and English', () => {
    expect(wish.sentences).toEqual([
      'Sociaal domein – strategisch beleid: 5–6 fte gewenst, 2,0 aanwezig: tekort 3–4 fte.',
      'Sociaal domein – ondersteuning: 1–2 fte gewenst, 0,5 aanwezig: tekort 0,5–1,5 fte.',
      'Fysiek domein – strategisch beleid: 5–6 fte gewenst, 3,2 aanwezig: tekort 1,8–2,8 fte.',
      'Fysiek domein – ondersteuning: 1–2 fte gewenst, 1,0 aanwezig: binnen de wens.',
      'Bestuursadvisering: 3 fte gewenst, 3,5 aanwezig: overschot 0,5 fte.',
      'Communicatie en participatie: 2–3 fte gewenst, 2,4 aanwezig: binnen de wens.',
      'Totaal: 17–22 fte gewenst, 12,6 aanwezig: tekort 4,4–9,4 fte.',
    ]);
    expect(wishOf(grid(), 'en').sentences[0]).toBe(
      'Sociaal domein – strategisch beleid: 5–6 FTE desired, 2.0 present: shortage 3–4 FTE.',
    );
  });

  test('bad and missing cells are warnings naming the cell; a total row is not counted twice', () => {
    const w = wishOf(
      grid([
        ['Sociaal domein', 'veel', 2],
        ['Fysiek domein', '5 á 6', null],
        ['Handhaving', '2', 'twee'],
        ['Wonen', '1-2', '1,5'],
        ['Totaal', '8-10', 5.5],
      ]),
    );
    expect(w.warnings).toEqual([
      {
        cell: 'B3',
        message: 'Cel B3: "veel" is geen aantal fte of bereik (zoals "5 á 6 fte" of "1-2"); dit thema telt niet mee.',
      },
      { cell: 'C4', message: 'Cel C4: de huidige formatie ontbreekt; dit thema telt niet mee.' },
      { cell: 'C5', message: 'Cel C5: "twee" is geen aantal fte; dit thema telt niet mee.' },
    ]);
    expect(w.themes.map((g) => g.theme)).toEqual(['Wonen']);
    expect(w.total.current).toBe(1.5);
  });

  test('two numeric columns instead of a range', () => {
    const w = wishOf({
      sheet: 'W',
      topLeft: 'B2',
      cells: [
        ['Thema', 'Gewenst min', 'Gewenst max', 'Huidig'],
        ['Sociaal domein', 5, 6, 2],
      ],
    });
    expect(w.columns).toMatchObject({ theme: 1, desiredLow: 2, desiredHigh: 3, current: 4 });
    expect(w.themes[0]).toMatchObject({ row: 3, gap: { low: 3, high: 4 } });
  });

  test('no table: one clear message', () => {
    expect(analyseFormationWish({ sheet: 'X', topLeft: 'A1', cells: [['Cluster', 'Fte']] })).toMatchObject({
      ok: false,
      message:
        'Op blad \'X\' staat geen tabel met een formatiewens: IJkpunt zoekt kolommen Thema, Gewenste formatie (bijvoorbeeld "5 á 6 fte") en Huidige formatie.',
    });
  });
});

describe('the write plan beside the table', () => {
  const numeric = grid(
    (example.rows as CellValue[][]).map((r) =>
      r.map((v, c) => (c === 2 && typeof v === 'string' ? Number(v.replace(',', '.')) : v)),
    ),
  );
  const wish = wishOf(numeric);
  const plan = buildFormationWishPlan(wish, numeric, 'nl');

  test('columns right of the table, a total row under it, live gaps over the current cells', () => {
    expect(plan.columns.map((c) => [a1(c.col, plan.headerRow), c.header])).toEqual([
      ['E2', 'Gewenst laag (fte)'],
      ['F2', 'Gewenst hoog (fte)'],
      ['G2', 'Lacune laag (fte)'],
      ['H2', 'Lacune hoog (fte)'],
      ['I2', 'Beoordeling'],
    ]);
    expect(plan.columns[2]?.cells[0]).toEqual({ row: 3, formula: 'E3-C3', value: 3 });
    expect(plan.columns[0]?.cells[4]).toEqual({ row: 7, formula: null, value: 3 });
    const total = plan.summary.find((c) => a1(c.col, c.row) === 'C10');
    expect(total?.formula).toBe('SUM(C3,C4,C5,C6,C7,C8)');
  });

  test('every formula evaluates to the engine value; a what-if edit moves the gap and the verdict', () => {
    const sheet = evaluatePlan(numeric, plan);
    try {
      for (const column of plan.columns)
        for (const cell of column.cells)
          if (cell.formula) {
            const v = sheet.value(a1(column.col, cell.row));
            if (typeof cell.value === 'number') expect(v as number).toBeCloseTo(cell.value, 9);
            else expect(v).toBe(cell.value);
          }
      for (const cell of plan.summary)
        if (cell.formula) {
          const v = sheet.value(a1(cell.col, cell.row));
          if (typeof cell.value === 'number') expect(v as number).toBeCloseTo(cell.value, 9);
          else expect(v).toBe(cell.value);
        }
      expect(sheet.value('I3')).toBe('tekort');
      sheet.set('C3', 5.5);
      expect([sheet.value('G3'), sheet.value('H3'), sheet.value('I3')]).toEqual([-0.5, 0.5, 'binnen wens']);
      sheet.set('C3', 7);
      expect(sheet.value('I3')).toBe('overschot');
      expect(sheet.value('C10')).toBeCloseTo(17.6, 9);
    } finally {
      sheet.destroy();
    }
  });
});
