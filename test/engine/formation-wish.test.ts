// Desired formation (DOMAIN §4): "5 á 6 fte" strategic capacity and "1 á 2 fte" support per
// domain against the formation present — ranges, Dutch numbers, bad cells, totals, sentences,
// and the plan evaluated by a real formula engine.
import { a1 } from '../../src/engine/core/address';
import { analyseFormationWish, parseFteRange, type FormationWish } from '../../src/engine/formation-wish/wish';
import { buildFormationWishPlan } from '../../src/engine/formation-wish/plan';
import type { CellGrid, CellValue } from '../../src/engine/core/types';
import example from '../../examples/formatiewens.json';
import type { WritePlan } from '../../src/plan/format';
import { evaluatePlan, type Evaluated } from '../support/hyperformula';

function grid(rows: readonly (readonly CellValue[])[] = example.rows as CellValue[][]): CellGrid {
  return {
    sheet: 'Formatiewens',
    topLeft: 'A1',
    cells: [[example.title, null, null, null], [...example.header], ...rows.map((r) => [...r])],
  };
}

/** Every formula the plan writes, evaluated by HyperFormula, gives the value the plan carries. */
function expectFormulasMatch(sheet: Evaluated, plan: WritePlan): number {
  const cells = [
    ...plan.columns.flatMap((column) => column.cells.map((c) => ({ ...c, col: column.col }))),
    ...plan.cells,
  ];
  let checked = 0;
  for (const cell of cells) {
    if (!cell.formula) continue;
    const v = sheet.value(a1(cell.col, cell.row));
    if (typeof cell.value === 'number') expect(v as number).toBeCloseTo(cell.value, 9);
    else expect(v).toBe(cell.value);
    checked += 1;
  }
  return checked;
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
    expect(plan.columns[2]?.cells[0]).toEqual({ row: 3, formula: 'IFERROR(E3-C3,"")', value: 3 });
    expect(plan.columns[0]?.cells[0]).toEqual({ row: 3, formula: null, value: 5 });
    expect(plan.columns[0]?.cells[4]).toEqual({ row: 7, formula: null, value: 3 });
    const total = plan.cells.find((c) => a1(c.col, c.row) === 'C10');
    expect(total?.formula).toBe('SUM(C3,C4,C5,C6,C7,C8)');
  });

  test('every formula evaluates to the engine value; a what-if edit moves the gap and the verdict', () => {
    const sheet = evaluatePlan(numeric, plan);
    try {
      expect(expectFormulasMatch(sheet, plan)).toBe(6 * 3 + 6);
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

describe('the study as users type it', () => {
  test('the brief\'s total: "Totaal: 15–18 fte gewenst, 9,7 aanwezig: tekort 5,3–8,3 fte."', () => {
    const w = wishOf(
      grid([
        ['Sociaal domein – strategisch beleid', '5 á 6 fte', '2,0'],
        ['Sociaal domein – ondersteuning', '1 á 2 fte', '0,5'],
        ['Fysiek domein – strategisch beleid', '5', 3.2],
        ['Fysiek domein – ondersteuning', '1-2', 1],
        ['Bestuursadvisering', 3, '3'],
      ]),
    );
    expect(w.total.desired).toEqual({ low: 15, high: 18 });
    expect(w.total.gap.low).toBeCloseTo(5.3, 10);
    expect(w.total.gap.high).toBeCloseTo(8.3, 10);
    expect(w.sentences.slice(2)).toEqual([
      'Fysiek domein – strategisch beleid: 5 fte gewenst, 3,2 aanwezig: tekort 1,8 fte.',
      'Fysiek domein – ondersteuning: 1–2 fte gewenst, 1,0 aanwezig: binnen de wens.',
      'Bestuursadvisering: 3 fte gewenst, 3,0 aanwezig: binnen de wens.',
      'Totaal: 15–18 fte gewenst, 9,7 aanwezig: tekort 5,3–8,3 fte.',
    ]);
  });

  test('English sentences: a point for decimals, FTE, surplus and within the wish', () => {
    expect(wishOf(grid(), 'en').sentences.slice(3)).toEqual([
      'Fysiek domein – ondersteuning: 1–2 FTE desired, 1.0 present: within the wish.',
      'Bestuursadvisering: 3 FTE desired, 3.5 present: surplus 0.5 FTE.',
      'Communicatie en participatie: 2–3 FTE desired, 2.4 present: within the wish.',
      'Total: 17–22 FTE desired, 12.6 present: shortage 4.4–9.4 FTE.',
    ]);
  });

  test('a surplus as a range, and halves rounded as people round (1,45 → 1,5)', () => {
    const w = wishOf(
      grid([
        ['Griffie', '1 á 1,5', 2.5],
        ['Archief', '1,45 tot 2', 0],
      ]),
    );
    expect(w.sentences).toEqual([
      'Griffie: 1–1,5 fte gewenst, 2,5 aanwezig: overschot 1–1,5 fte.',
      'Archief: 1,5–2 fte gewenst, 0,0 aanwezig: tekort 1,5–2 fte.',
      'Totaal: 2,5–3,5 fte gewenst, 2,5 aanwezig: binnen de wens.',
    ]);
    expect(w.total.kind).toBe('binnen wens');
  });

  test('a gap of 2,0 − 2 is not a surplus of a rounding error', () => {
    const w = wishOf(grid([['Inkoop', '0,7 á 1', 0.1 + 0.2 + 0.4]]));
    expect(w.themes[0]?.kind).toBe('binnen wens');
  });

  test('warnings name the cell, in Dutch and in English; headings and empty rows end nothing', () => {
    const rows: CellValue[][] = [
      ['Sociaal domein', null, null],
      ['Jeugd', '2 á 3', 1],
      [null, null, null],
      ['Wmo', '1-2', 'n.v.t.'],
      ['Participatie', null, 1.5],
      ['Bestuur', '2', 'veel'],
      ['Wonen', '1-2', '1,5'],
    ];
    const nl = wishOf(grid(rows));
    expect(nl.warnings).toEqual([
      { cell: 'C6', message: 'Cel C6: de huidige formatie ontbreekt; dit thema telt niet mee.' },
      { cell: 'B7', message: 'Cel B7: de gewenste formatie ontbreekt; dit thema telt niet mee.' },
      { cell: 'C8', message: 'Cel C8: "veel" is geen aantal fte; dit thema telt niet mee.' },
    ]);
    expect(nl.themes.map((g) => [g.theme, g.row])).toEqual([
      ['Jeugd', 4],
      ['Wonen', 9],
    ]);
    expect(nl.total.current).toBe(2.5);
    expect(wishOf(grid(rows), 'en').warnings.map((w) => w.message)).toEqual([
      'Cell C6: the current staffing is missing; this theme is left out.',
      'Cell B7: the desired staffing is missing; this theme is left out.',
      'Cell C8: "veel" is not an FTE number; this theme is left out.',
    ]);
  });

  test.each([
    [['Taak', 'Gewenst laag (fte)', 'Gewenst hoog (fte)', 'Bezetting']],
    [['Onderwerp', 'Laag', 'Hoog', 'Aanwezig']],
    [['Thema', 'Gewenste formatie minimum', 'Gewenste formatie maximum', 'Huidige formatie (fte)']],
  ])('two numeric columns headed %j', (header) => {
    const g: CellGrid = {
      sheet: 'W',
      topLeft: 'A1',
      cells: [header, ['Sociaal domein', 5, 6, 2], ['Fysiek domein', 2, 1, 4]],
    };
    const w = wishOf(g);
    expect(w.columns).toMatchObject({ desired: null, desiredLow: 1, desiredHigh: 2, current: 3 });
    expect(w.themes.map((t) => [t.desired, t.kind])).toEqual([
      [{ low: 5, high: 6 }, 'tekort'],
      [{ low: 1, high: 2 }, 'overschot'],
    ]);
    const plan = buildFormationWishPlan(w, g, 'nl');
    expect(plan.columns[0]?.cells[0]?.formula).toBe('MIN(B2,C2)');
    expect(plan.columns[1]?.cells[1]?.formula).toBe('MAX(B3,C3)');
    const sheet = evaluatePlan(g, plan);
    try {
      expect(expectFormulasMatch(sheet, plan)).toBe(2 * 5 + 6);
      sheet.set('B2', 1);
      expect([sheet.value('E2'), sheet.value('G2'), sheet.value('I2')]).toEqual([1, -1, 'binnen wens']);
    } finally {
      sheet.destroy();
    }
  });

  test('two columns with one end empty: a warning on that cell', () => {
    const w = wishOf({
      sheet: 'W',
      topLeft: 'A1',
      cells: [
        ['Thema', 'Gewenst min', 'Gewenst max', 'Huidig'],
        ['Sociaal domein', 5, null, 2],
        ['Fysiek domein', 'ca. 2', 'drie', 2],
      ],
    });
    expect(w.warnings.map((x) => x.message)).toEqual([
      'Cel C2: de gewenste formatie ontbreekt; dit thema telt niet mee.',
      'Cel C3: "drie" is geen aantal fte of bereik (zoals "5 á 6 fte" of "1-2"); dit thema telt niet mee.',
    ]);
    expect(w.themes).toEqual([]);
    expect(w.sentences).toEqual([]);
  });

  test('parse: what is empty and what is not a number', () => {
    expect(parseFteRange(null)).toEqual({ kind: 'empty' });
    expect(parseFteRange('  ')).toEqual({ kind: 'empty' });
    expect(parseFteRange(-1)).toEqual({ kind: 'invalid', text: '-1' });
    expect(parseFteRange(true)).toEqual({ kind: 'invalid', text: 'true' });
    expect(parseFteRange('ongeveer 2,5 fte')).toEqual({ kind: 'range', range: { low: 2.5, high: 2.5 } });
    expect(parseFteRange('2 t/m 4')).toEqual({ kind: 'range', range: { low: 2, high: 4 } });
    expect(parseFteRange('1.5-2', '.')).toEqual({ kind: 'range', range: { low: 1.5, high: 2 } });
  });
});

describe('the plan over the example as typed (current formation as text "2,0")', () => {
  const g = grid();
  const wish = wishOf(g);
  const plan = buildFormationWishPlan(wish, g, 'nl');

  test('text numbers stay live: the gap reads "2,0" whatever the locale, and the total adds it', () => {
    expect(plan.columns[2]?.cells[0]?.formula).toBe(
      'IFERROR(E3-(VALUE(SUBSTITUTE(C3,",",""))/10^(LEN(C3)-IFERROR(FIND(",",C3),LEN(C3)))),"")',
    );
    const total = plan.cells.find((c) => a1(c.col, c.row) === 'C10');
    expect(total?.value).toBeCloseTo(12.6, 10);
    expect(total?.formula).toMatch(/^SUM\(C5,C6,C7,C8\)\+VALUE\(SUBSTITUTE\(C3,/);
    expect(plan.cells.filter((c) => c.row > 10).map((c) => [a1(c.col, c.row), c.value])).toEqual(
      wish.sentences.map((text, i) => [`A${12 + i}`, text]),
    );
  });

  test('every formula gives the engine value; what-if edits move gaps, verdicts and totals', () => {
    const sheet = evaluatePlan(g, plan);
    try {
      expect(expectFormulasMatch(sheet, plan)).toBe(6 * 3 + 6);
      expect([sheet.value('G5'), sheet.value('H5'), sheet.value('I5')]).toEqual([
        expect.closeTo(1.8, 9),
        expect.closeTo(2.8, 9),
        'tekort',
      ]);
      sheet.set('C5', 4);
      expect([sheet.value('G5'), sheet.value('H5'), sheet.value('I5')]).toEqual([1, 2, 'tekort']);
      sheet.set('C5', 6.5);
      expect([sheet.value('G5'), sheet.value('H5'), sheet.value('I5')]).toEqual([-1.5, -0.5, 'overschot']);
      expect(sheet.value('C10') as number).toBeCloseTo(15.9, 9);
      // The text cell overwritten by a number, as a user would: still read.
      sheet.set('C3', 5.5);
      expect([sheet.value('G3'), sheet.value('H3'), sheet.value('I3')]).toEqual([-0.5, 0.5, 'binnen wens']);
      expect(sheet.value('C10') as number).toBeCloseTo(19.4, 9);
      // Text where a number belongs: blank verdict and gap, never #WAARDE!.
      sheet.set('C5', 'n.v.t.');
      expect([sheet.value('G5'), sheet.value('H5'), sheet.value('I5')]).toEqual(['', '', '']);
      // The total gap sums the gaps it can read: −0,5 + 0,5 + 0 − 0,5 − 0,4 at the low end.
      expect(sheet.value('G10') as number).toBeCloseTo(-0.9, 9);
      expect(sheet.value('I10')).toBe('binnen wens');
    } finally {
      sheet.destroy();
    }
  });

  test('a current formation the sheet cannot read ("2,0 fte") is written as a value; the total stays exact', () => {
    const h = grid([
      ['Sociaal domein', '5 á 6 fte', '2,0 fte'],
      ['Fysiek domein', 4, 3],
    ]);
    const w = wishOf(h);
    const p = buildFormationWishPlan(w, h, 'nl');
    expect(p.columns[2]?.cells[0]).toEqual({ row: 3, formula: null, value: 3 });
    expect(p.columns[0]?.cells[1]).toEqual({ row: 4, formula: 'B4', value: 4 });
    const total = p.cells.find((c) => a1(c.col, c.row) === 'C6');
    expect(total?.formula).toBe('SUM(C4)+(E3-G3)');
    const sheet = evaluatePlan(h, p);
    try {
      expect(expectFormulasMatch(sheet, p)).toBe(1 + 5 + 6);
      expect(sheet.value('C6')).toBe(5);
    } finally {
      sheet.destroy();
    }
  });
});
