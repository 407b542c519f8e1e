// The cooperation criteria's write plan beside the table and the factsheets, evaluated by a real
// formula engine.
import { a1 } from '../../src/engine/core/address';
import { buildCriteriaPlan } from '../../src/engine/criteria/plan';
import { buildFactsheetPlans, factsheetSheetName, headingOf } from '../../src/engine/criteria/factsheet';
import type { WritePlan } from '../../src/plan/format';
import type { CellGrid } from '../../src/engine/core/types';
import { SAMENWERKING_FACTSHEETS, samenwerkingGrid, samenwerkingNumericGrid } from '../fixtures/samenwerking';
import { evaluatePlan, evaluatePlans } from '../support/hyperformula';
import { indicator, score } from './criteria-support';

function expectSameValue(actual: unknown, expected: unknown, where: string) {
  if (typeof expected === 'number') {
    expect([where, typeof actual]).toEqual([where, 'number']);
    expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(expected)));
  } else expect([where, actual]).toEqual([where, expected ?? '']);
}

function checkPlan(grid: CellGrid, plan: WritePlan) {
  const sheet = evaluatePlan(grid, plan);
  try {
    for (const cell of plan.cells)
      if (cell.formula) expectSameValue(sheet.value(a1(cell.col, cell.row)), cell.value, a1(cell.col, cell.row));
  } finally {
    sheet.destroy();
  }
}

const numericGrid = samenwerkingNumericGrid;

describe('the write plan beside the criteria table', () => {
  const grid = numericGrid();
  const result = score(grid);
  const { plan, rows } = buildCriteriaPlan({ result, grid, language: 'nl' });

  test('results block right of the table, one row per team and indicator', () => {
    expect(plan.cells.filter((c) => c.row === 3).map((c) => [a1(c.col, c.row), c.value])).toEqual([
      ['J3', 'Team'],
      ['K3', 'Criterium'],
      ['L3', 'Indicator'],
      ['M3', 'Richting'],
      ['N3', 'Gewicht'],
      ['O3', 'Tolerantie'],
      ['P3', 'Nul-lijn'],
      ['Q3', 'Laatste jaar'],
      ['R3', 'Laatste waarde'],
      ['S3', 'Verandering'],
      ['T3', 'Verandering %'],
      ['U3', 'Status'],
      ['V3', 'Toelichting ontbreekt'],
    ]);
    const personnel = indicator(result, 'Informatisering', 'Personeelskosten');
    expect(rows.get(personnel)).toBe(4);
    const at = (address: string) => plan.cells.find((c) => a1(c.col, c.row) === address);
    expect(at('P4')).toMatchObject({ formula: 'AVERAGE(E4,E5,E6)', value: 1_050_000 });
    expect(at('R4')).toMatchObject({ formula: 'E7', value: 1_113_000 });
    expect(at('O4')?.formula).toBe('IJK_Toetsingscriteria_Tolerantie');
    expect(plan.warnings).toEqual([]);
    expect(plan.owned).toEqual(['J3:V45']);
    expect(plan.charts[0]).toMatchObject({
      kind: 'statusStacked',
      categories: 'J22:J27',
      seriesTones: ['favourable', 'similar', 'unfavourable', 'missing'],
    });
  });

  test('every formula evaluates to the engine value (HyperFormula)', () => {
    checkPlan(grid, plan);
    const english = buildCriteriaPlan({ result: score(grid, { language: 'en' }), grid, language: 'en' }).plan;
    checkPlan(grid, english);
  });

  test('a what-if edit of a measured value changes status, counts, score and verdict', () => {
    const sheet = evaluatePlan(grid, plan);
    try {
      expect([sheet.value('U4'), sheet.value('V4'), sheet.value('K22'), sheet.value('R22')]).toEqual([
        'verslechterd',
        'ja',
        2,
        'overwegend verbeterd',
      ]);
      sheet.set('E7', 1_060_000); // personnel costs 2021: +1 % instead of +6 %
      expect([sheet.value('U4'), sheet.value('V4'), sheet.value('L22'), sheet.value('M22')]).toEqual([
        'gelijk',
        '',
        2,
        0,
      ]);
      expect(sheet.value('Q22')).toBeCloseTo(0.5, 10);
      sheet.set('H7', 'Uitbreiding informatiebeveiliging');
      sheet.set('E7', 1_200_000);
      expect([sheet.value('U4'), sheet.value('V4')]).toEqual(['verslechterd', '']);
    } finally {
      sheet.destroy();
    }
  });

  test('numbers typed as text are written as values, with a warning naming the cell', () => {
    const textual = samenwerkingGrid();
    const withText = buildCriteriaPlan({ result: score(textual), grid: textual, language: 'nl' }).plan;
    expect(withText.warnings[0]?.cell).toBe('E5');
    expect(withText.cells.find((c) => a1(c.col, c.row) === 'P4')).toMatchObject({ formula: null, value: 1_050_000 });
    checkPlan(textual, withText);
  });
});

describe('factsheets', () => {
  const grid = numericGrid();
  const result = score(grid);
  const criteria = buildCriteriaPlan({ result, grid, language: 'nl' });
  const sheets = buildFactsheetPlans(result, criteria, 'nl');

  test('a sheet per team with headings A–F, within Excel’s sheet-name limits', () => {
    expect(sheets.map((s) => s.sheet)).toEqual(SAMENWERKING_FACTSHEETS);
    expect(factsheetSheetName('Ruimte/Wonen: [beleid]')).toBe('Factsheet Ruimte Wonen beleid');
    const headings = sheets[0]?.cells.filter((c) => c.col === 0 && c.bold && /^[A-F]\. /.test(String(c.value)));
    expect(headings?.map((c) => c.value)).toEqual([
      'A. Mate van integratie',
      'B. Kwalitatieve opbrengst',
      'C. Kwantitatieve opbrengst',
      'D. Kosten',
      'E. Vooruitblik',
      'F. Wat het inwoners oplevert',
    ]);
  });

  test('measured results under their heading, explanations carried over, advisor rows left free', () => {
    const info = sheets[0] as WritePlan;
    const kosten = info.cells.filter((c) => c.col === 0 && !c.bold && c.formula?.includes("'Toetsingscriteria'!"));
    expect(kosten.map((c) => c.value)).toEqual([
      "MTO: samenwerking met collega's van de andere gemeente",
      'Formatie (fte)',
      'Personeelskosten',
      'Inhuur',
    ]);
    expect(headingOf(indicator(result, 'Informatisering', 'Inhuur'))).toBe('D');
    const hired = info.cells.find(
      (c) => c.col === 5 && c.value === 'Vaste formatie vervult nu de functioneel beheerders',
    );
    expect(hired?.formula).toBe("TRIM('Toetsingscriteria'!$H$11)");
    // Owned: only the rows IJkpunt writes; the three rows under each heading are the advisor's.
    expect(info.owned).toContain('A5:A5');
    expect(info.owned.some((r) => r.startsWith('A6:') || r.startsWith('A7:'))).toBe(false);
    expect(info.cells[2]).toMatchObject({ value: 'Oordeel IJkpunt: overwegend verbeterd' });
  });

  test('every reference evaluates to the scorecard across sheets, and follows an edit', () => {
    const book = evaluatePlans([grid], [criteria.plan, ...sheets]);
    try {
      for (const plan of sheets)
        for (const cell of plan.cells)
          if (cell.formula)
            expectSameValue(
              book.value(plan.sheet, a1(cell.col, cell.row)),
              cell.value,
              `${plan.sheet}!${a1(cell.col, cell.row)}`,
            );
      book.set('Toetsingscriteria', 'E7', 1_060_000);
      expect(book.value('Factsheet Informatisering', 'A3')).toBe('Oordeel IJkpunt: overwegend verbeterd');
      const personnelRow = (sheets[0] as WritePlan).cells.find(
        (c) => c.col === 0 && c.value === 'Personeelskosten',
      )?.row;
      expect(book.value('Factsheet Informatisering', `E${personnelRow}`)).toBe('gelijk');
    } finally {
      book.destroy();
    }
  });
});
