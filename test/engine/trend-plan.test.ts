// The comparison sheet: references to each year's written Δ% cells, evaluated by a real formula
// engine across three sheets (2012, 2017 and the comparison), including what-if edits.
import { a1 } from '../../src/engine/core/address';
import { compute, prepare } from '../../src/engine/benchmark/analyse';
import { buildPlan } from '../../src/engine/benchmark/plan';
import { type WritePlan } from '../../src/plan/format';
import { compareYears } from '../../src/engine/trend/compare';
import type { TrendOptions, YearComparison } from '../../src/engine/trend/types';
import { buildTrendPlan, comparisonSheetName } from '../../src/engine/trend/plan';
import type { AnalysisResult } from '../../src/engine/benchmark/types';
import type { CellGrid, CellValue } from '../../src/engine/core/types';
import example2012 from '../../examples/heemstede-2012.json';
import example2017 from '../../examples/heemstede-2017.json';
import { exampleSheetGrid } from '../../src/taskpane/preview-workbook';
import { evaluatePlans } from '../support/hyperformula';

function analysed(grid: CellGrid): { result: AnalysisResult; plan: WritePlan } {
  const prepared = prepare({ table: grid });
  if (!prepared.ok) throw new Error(prepared.message);
  const result = compute(prepared.table);
  return { result, plan: buildPlan({ table: prepared.table, result, grid }) };
}

function setUp(grid2012: CellGrid, grid2017: CellGrid, options: TrendOptions = {}) {
  const y2012 = analysed(grid2012);
  const y2017 = analysed(grid2017);
  const comparison: YearComparison = compareYears(
    { result: y2012.result, label: '2012' },
    { result: y2017.result, label: '2017' },
    options,
  );
  const sheet = comparisonSheetName('2012', '2017', options.language ?? 'nl');
  const plan = buildTrendPlan({
    comparison,
    sheet,
    language: options.language ?? 'nl',
    sources: { a: y2012.plan, b: y2017.plan },
  });
  return { comparison, sheet, plan, plans: [y2012.plan, y2017.plan, plan] };
}

const grid2012 = exampleSheetGrid(example2012);
const grid2017 = exampleSheetGrid(example2017);

/** Every formula cell of the comparison evaluates to the value the plan caches for it. */
function expectPlannedValues(grids: readonly CellGrid[], plans: readonly WritePlan[], plan: WritePlan) {
  const book = evaluatePlans(grids, plans);
  try {
    const formulas = plan.cells.filter((cell) => cell.formula !== null);
    expect(formulas.length).toBeGreaterThan(0);
    for (const cell of formulas) {
      const at = a1(cell.col, cell.row);
      const value = book.value(plan.sheet, at);
      if (typeof cell.value === 'number') expect([at, value as number]).toEqual([at, expect.closeTo(cell.value, 9)]);
      else expect([at, value]).toEqual([at, cell.value]);
    }
  } finally {
    book.destroy();
  }
}

const cellAt = (plan: WritePlan, address: string) =>
  plan.cells.find((c) => a1(c.col, c.row) === address) ?? { formula: undefined, value: undefined };

describe('the comparison sheet, Heemstede 2012 → 2017', () => {
  const { sheet, plan, plans } = setUp(grid2012, grid2017);

  test('a new sheet: title, the named band, the header, then one row per matched cluster', () => {
    expect(plan).toMatchObject({ sheet: 'Vergelijking 2012-2017', newSheet: true, headerRow: 5, warnings: [] });
    expect(plan.names).toEqual([{ name: 'IJK_Vergelijking_2012_2017_Band', ref: '$B$2' }]);
    expect(cellAt(plan, 'A1')).toMatchObject({
      value: 'Vergelijking benchmark 2012 en 2017: afwijking kosten van de referentiegroep (IJkpunt)',
      bold: true,
    });
    expect(cellAt(plan, 'A2')).toMatchObject({ value: 'Band redelijk stabiel (procentpunt)', bold: true });
    expect(cellAt(plan, 'B2')).toMatchObject({ value: 0.15, formula: null, numberFormat: '0%' });
    expect(['A', 'B', 'C', 'D', 'E', 'F'].map((c) => cellAt(plan, `${c}5`).value)).toEqual([
      'Cluster',
      'Iv3',
      'Δ% 2012',
      'Δ% 2017',
      'Verschil (procentpunt)',
      'Trend',
    ]);
    expect([6, 7, 8, 9, 10, 11].map((r) => [cellAt(plan, `A${r}`).value, cellAt(plan, `F${r}`).value])).toEqual([
      ['Juridische Zaken', 'toename'],
      ['Personeel & Organisatie', 'redelijk stabiel'],
      ['Communicatie', 'toename'],
      ['Financiën & Control', 'redelijk stabiel'],
      ['Informatisering en Automatisering', 'toename'],
      ['Facilitaire dienst', 'redelijk stabiel'],
    ]);
    expect(plan.widths?.map((w) => w.chars)).toEqual([40, 18, 12, 12, 22, 16]);
  });

  test('the Δ% cells reference what IJkpunt wrote beside each year’s table (column M, the cluster’s row)', () => {
    expect(cellAt(plan, 'C6').formula).toBe("IF(ISNUMBER('Benchmark 2012'!$M$5),'Benchmark 2012'!$M$5,\"n.v.t.\")");
    // Communicatie sits in row 7 in 2012 and row 8 in 2017.
    expect(cellAt(plan, 'C8').formula).toBe("IF(ISNUMBER('Benchmark 2012'!$M$7),'Benchmark 2012'!$M$7,\"n.v.t.\")");
    expect(cellAt(plan, 'D8').formula).toBe("IF(ISNUMBER('Benchmark 2017'!$M$8),'Benchmark 2017'!$M$8,\"n.v.t.\")");
    expect(plans[0]?.columns.find((c) => c.key === 'costs.deltaPct')?.col).toBe(12);
    expect(cellAt(plan, 'E6').formula).toBe('IF(AND(ISNUMBER(C6),ISNUMBER(D6)),D6-C6,"n.v.t.")');
    expect(cellAt(plan, 'F6').formula).toBe(
      'IF(OR(NOT(ISNUMBER(C6)),NOT(ISNUMBER(D6))),"onbekend",IF(ABS(E6)<=IJK_Vergelijking_2012_2017_Band+0.000000001,"redelijk stabiel",IF(E6>0,"toename","afname")))',
    );
    expect(cellAt(plan, 'E6').value).toBeCloseTo(294556 / 215568 - 260000 / 216700, 12);
    // One decimal, so Communicatie's +15,1 points does not read as the band's +15.
    expect(cellAt(plan, 'E8')).toMatchObject({ numberFormat: '+0.0%;-0.0%;0.0%', value: expect.closeTo(0.151, 3) });
    expect(cellAt(plan, 'D6')).toMatchObject({ numberFormat: '+0%;-0%;0%' });
  });

  test('unmatched clusters and the sentences below the table', () => {
    const rows = plan.cells.filter((c) => c.row >= 13).map((c) => [a1(c.col, c.row), c.value]);
    expect(rows).toEqual([
      ['A13', 'Niet gekoppeld'],
      ['A14', 'Documentaire informatievoorziening'],
      ['B14', 'alleen in 2012'],
      ['A15', 'Inkoop'],
      ['B15', 'alleen in 2017'],
      ['A17', 'Toelichting'],
      ['A18', expect.stringMatching(/^Kosten 2012 → 2017: ten opzichte van de referentiegroep/)],
      ['A19', expect.stringMatching(/^Juridische Zaken: van \+20% in 2012/)],
      ['A20', expect.stringMatching(/^Communicatie:/)],
      ['A21', expect.stringMatching(/^Informatisering en Automatisering:/)],
      ['A22', 'Niet te vergelijken: Inkoop (alleen 2017); Documentaire informatievoorziening (alleen 2012).'],
    ]);
    expect(plan.owned).toEqual(['A1:F22']);
    expect(plan.conditionalFormats).toEqual([
      { range: 'F6:F11', formula: '$F6="redelijk stabiel"', tone: 'similar', priority: 1 },
    ]);
  });

  test('every formula evaluates to the planned value', () => {
    expectPlannedValues([grid2012, grid2017], plans, plan);
  });

  test('what-if: 2017 costs, then the band, change the trend live', () => {
    const book = evaluatePlans([grid2012, grid2017], plans);
    try {
      expect(book.value(sheet, 'F10')).toBe('toename');
      // Informatisering 2017 costs down to about its 2012 deviation (−14 % against −16 %): stable.
      book.set('Benchmark 2017', 'D10', 1_700_000);
      expect(book.value(sheet, 'D10')).toBeCloseTo(1_700_000 / 1_980_620 - 1, 9);
      expect(book.value(sheet, 'F10')).toBe('redelijk stabiel');
      // Facilitaire dienst 2017 costs down by a fifth: from +17 % to −18 %, an afname.
      book.set('Benchmark 2017', 'D11', 500_000);
      expect(book.value(sheet, 'F11')).toBe('afname');
      // A wider band (20 points) takes in Communicatie's +15,1.
      expect(book.value(sheet, 'F8')).toBe('toename');
      book.set(sheet, 'B2', 0.2);
      expect(book.value(sheet, 'F8')).toBe('redelijk stabiel');
      // A norm of 0 in 2012: no relative deviation there, so no trend.
      book.set('Benchmark 2012', 'E5', 0);
      expect(book.value(sheet, 'C6')).toBe('n.v.t.');
      expect(book.value(sheet, 'E6')).toBe('n.v.t.');
      expect(book.value(sheet, 'F6')).toBe('onbekend');
    } finally {
      book.destroy();
    }
  });
});

describe('the comparison sheet for formation', () => {
  const { sheet, plan, plans } = setUp(grid2012, grid2017, { measure: 'fte' });

  test('references the fte Δ% columns; an fte edit in 2017 changes the trend', () => {
    expect(cellAt(plan, 'A1').value).toBe(
      'Vergelijking benchmark 2012 en 2017: afwijking formatie van de referentiegroep (IJkpunt)',
    );
    const fteCol = plans[1]?.columns.find((c) => c.key === 'fte.deltaPct')?.col ?? -1;
    expect(cellAt(plan, 'D6').formula).toBe(
      `IF(ISNUMBER('Benchmark 2017'!$${a1(fteCol, 5).replace(/\d+$/, '')}$5),'Benchmark 2017'!$${a1(fteCol, 5).replace(/\d+$/, '')}$5,"n.v.t.")`,
    );
    expectPlannedValues([grid2012, grid2017], plans, plan);
    const book = evaluatePlans([grid2012, grid2017], plans);
    try {
      // Juridische Zaken: +27 % → +42 %, 14,95 points, just inside the band.
      expect(book.value(sheet, 'F6')).toBe('redelijk stabiel');
      // At 4,5 fte in 2017 it is +73 % against the norm: a toename.
      book.set('Benchmark 2017', 'B5', 4.5);
      expect(book.value(sheet, 'D6')).toBeCloseTo(4.5 / (0.016 * 162.3) - 1, 9);
      expect(book.value(sheet, 'F6')).toBe('toename');
    } finally {
      book.destroy();
    }
  });
});

describe('without the written plans, and in English', () => {
  const y2012 = analysed(grid2012);
  const y2017 = analysed(grid2017);
  const comparison = compareYears(
    { result: y2012.result, label: '2012' },
    { result: y2017.result, label: '2017' },
    { language: 'en' },
  );
  const plan = buildTrendPlan({ comparison, sheet: comparisonSheetName('2012', '2017', 'en'), language: 'en' });

  test('the engine’s values are written; the difference and trend stay formulas', () => {
    expect(plan.sheet).toBe('Comparison 2012-2017');
    expect(cellAt(plan, 'C6')).toMatchObject({ formula: null, value: expect.closeTo(260000 / 216700 - 1, 12) });
    expect(cellAt(plan, 'F6')).toMatchObject({ value: 'increase' });
    expect(cellAt(plan, 'F7').value).toBe('fairly stable');
    expect(cellAt(plan, 'E5').value).toBe('Difference (percentage points)');
    expect(cellAt(plan, 'B14').value).toBe('only in 2012');
    expectPlannedValues([], [plan], plan);
  });
});

describe('edge cases', () => {
  test('a number typed as text in one year: the sheet shows n.v.t. and onbekend, and says why', () => {
    const rows = example2017.rows.map((r): CellValue[] => [...r]);
    const legal = rows[0];
    if (legal) legal[1] = '3,69';
    const textual = {
      ...exampleSheetGrid(example2017),
      cells: [...exampleSheetGrid(example2017).cells.slice(0, 4), ...rows],
    };
    const { plan, plans, comparison } = setUp(grid2012, textual, { measure: 'fte' });
    // The engine reads "3,69"; the Excel formulas cannot, and the sheet says so.
    expect(comparison.clusters[0]?.b.deltaPct).toBeCloseTo(3.69 / (0.016 * 162.3) - 1, 12);
    expect(comparison.clusters[0]?.trend).toBe('redelijk stabiel');
    expect(cellAt(plan, 'D6').value).toBe('n.v.t.');
    expect(cellAt(plan, 'E6').value).toBe('n.v.t.');
    expect(cellAt(plan, 'F6').value).toBe('onbekend');
    expect(plan.warnings).toEqual([
      {
        cell: null,
        message:
          'Juridische Zaken: de relatieve afwijking van 2017 is in het blad geen getal (een getal als tekst ingevoerd?); het vergelijkingsblad toont daar n.v.t. en trend onbekend.',
      },
    ]);
    expectPlannedValues([grid2012, textual], plans, plan);
  });

  test('the band’s edge in Excel as in the engine: 14,9 and 15 points stable, 15,1 not', () => {
    const pad = (row: readonly CellValue[]) => [...row, ...Array<CellValue>(5 - row.length).fill(null)];
    const year = (sheet: string, costs: readonly number[]): CellGrid => ({
      sheet,
      topLeft: 'A1',
      cells: [
        pad([sheet]),
        pad(['Totale formatie (fte)', 160]),
        pad([]),
        [...example2017.header],
        ...['Juridische Zaken', 'Personeel & Organisatie', 'Inkoop'].map((name, i) => [
          name,
          3,
          0.02,
          costs[i] ?? null,
          100,
        ]),
      ],
    });
    const a = year('Benchmark 2012', [102, 102, 102]);
    const b = year('Benchmark 2017', [116.9, 117, 117.1]);
    const { plan, plans, comparison } = setUp(a, b);
    // 0.17 − 0.02 is 0.15000000000000002: both sides need the same tolerance.
    expect(comparison.clusters[1]?.change).toBeGreaterThan(0.15);
    expect(['F6', 'F7', 'F8'].map((at) => cellAt(plan, at).value)).toEqual([
      'redelijk stabiel',
      'redelijk stabiel',
      'toename',
    ]);
    expectPlannedValues([a, b], plans, plan);
  });

  test('ambiguous clusters are listed as such, not as "alleen in"', () => {
    const pad = (row: readonly CellValue[]) => [...row, ...Array<CellValue>(5 - row.length).fill(null)];
    const head = (title: string) => [
      pad([title]),
      pad(['Totale formatie (fte)', 160]),
      pad([]),
      [...example2017.header],
    ];
    const a: CellGrid = {
      sheet: 'Benchmark 2012',
      topLeft: 'A1',
      cells: [
        ...head('2012'),
        ['Communicatie (extern)', 1.5, 0.01, 100000, 90000],
        ['Communicatie, intern', 1, 0.01, 70000, 80000],
        ['Inkoop', 1, 0.005, 80000, 75000],
      ],
    };
    const b: CellGrid = {
      sheet: 'Benchmark 2017',
      topLeft: 'A1',
      cells: [...head('2017'), ['Communicatie', 2.8, 0.023, 190000, 240000], ['Inkoop', 0.4, 0.003, 179540, 70466]],
    };
    const { plan, plans } = setUp(a, b);
    const rows = plan.cells.filter((c) => c.row >= 8 && c.row <= 11).map((c) => [a1(c.col, c.row), c.value]);
    expect(rows).toEqual([
      ['A8', 'Niet gekoppeld'],
      ['A9', 'Communicatie (extern)'],
      ['B9', 'niet eenduidig (2012)'],
      ['A10', 'Communicatie, intern'],
      ['B10', 'niet eenduidig (2012)'],
      ['A11', 'Communicatie'],
      ['B11', 'niet eenduidig (2017)'],
    ]);
    expectPlannedValues([a, b], plans, plan);
  });

  test('no cluster in common: a header, no rows, no conditional format, the sentence', () => {
    const other: CellGrid = {
      ...grid2017,
      cells: [...grid2017.cells.slice(0, 4), ['Burgerzaken', 6, 0.04, 500000, 450000]],
    };
    const { plan } = setUp(grid2012, other);
    expect(plan.conditionalFormats).toEqual([]);
    expect(plan.cells.filter((c) => c.formula !== null)).toEqual([]);
    expect(plan.cells.some((c) => c.value === 'Burgerzaken')).toBe(true);
  });

  test('sheet names: at most 31 characters, nothing Excel refuses, the second label never cut off entirely', () => {
    expect(comparisonSheetName('2012', '2017')).toBe('Vergelijking 2012-2017');
    expect(comparisonSheetName('2012', '2017', 'en')).toBe('Comparison 2012-2017');
    const long = comparisonSheetName('Benchmark [concept] 2012/2013', 'Benchmark: definitief 2017?');
    expect(long.length).toBeLessThanOrEqual(31);
    expect(long).not.toMatch(/[[\]:*?/\\]/);
    expect(long).toBe('Benchmark conce-Benchmark defin');
    expect(comparisonSheetName('Begroting 2017', 'Rekening 2017')).toBe('Begroting 2017-Rekening 2017');
    expect(comparisonSheetName("'x", "y'")).toBe("Vergelijking 'x-y");
  });
});
