// Two benchmark years: the Heemstede 2017 table of DOMAIN §3 against a constructed 2012 table
// (examples/heemstede-2012.json) — one-to-one matching with suffix tolerance and unmatched
// clusters on both sides, the band's boundaries, missing data, sentences, and the plan
// evaluated by a real formula engine across three sheets.
import { a1 } from '../../src/engine/address';
import { analyse, compute, prepare } from '../../src/engine';
import { buildPlan } from '../../src/engine/plan';
import { compareYears, matchClusters, nameCore, trendOf, yearLabel, type YearComparison } from '../../src/engine/trend';
import { buildTrendPlan, comparisonSheetName } from '../../src/engine/trend-plan';
import type { AnalysisResult, CellGrid, ClusterResult } from '../../src/engine/types';
import example2012 from '../../examples/heemstede-2012.json';
import example2017 from '../../examples/heemstede-2017.json';
import { benchmarkGrid } from '../fixtures/heemstede';
import { evaluatePlans } from '../support/hyperformula';

function resultOf(grid: CellGrid): AnalysisResult {
  const outcome = analyse({ table: grid });
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.result;
}

const grid2012 = benchmarkGrid(example2012);
const grid2017 = benchmarkGrid(example2017);
const r2012 = resultOf(grid2012);
const r2017 = resultOf(grid2017);

function compare(options = {}): YearComparison {
  return compareYears({ result: r2012, label: '2012' }, { result: r2017, label: '2017' }, options);
}

describe('matching clusters one-to-one', () => {
  test('suffixes set aside; unmatched on both sides, never forced', () => {
    const c = compare();
    expect(c.clusters.map((x) => [x.a.name, x.b.name])).toEqual([
      ['Juridische Zaken, incl. secretariaat', 'Juridische Zaken'],
      ['Personeel & Organisatie', 'Personeel & Organisatie'],
      ['Communicatie', 'Communicatie'],
      ['Financiën & Control', 'Financiën & Control'],
      ['Informatisering en Automatisering', 'Informatisering en Automatisering'],
      ['Facilitaire dienst', 'Facilitaire dienst'],
    ]);
    expect(c.unmatched).toEqual({ a: ['Documentaire informatievoorziening'], b: ['Inkoop'] });
  });

  test('a shorter, similar-sounding name is not a match; a duplicated core matches nothing', () => {
    const cluster = (name: string, iv3: string | null = null) => ({ name, iv3 }) as unknown as ClusterResult;
    const a = [cluster('Informatisering'), cluster('Communicatie (extern)'), cluster('Communicatie, intern')];
    const b = [cluster('Informatisering en Automatisering'), cluster('Communicatie')];
    const m = matchClusters(a, b);
    expect(m.pairs).toEqual([]);
    expect(m.ambiguous).toEqual(['Communicatie (extern)', 'Communicatie, intern']);
  });

  test('an Iv3 code matches whatever the names', () => {
    const cluster = (name: string, iv3: string | null) => ({ name, iv3 }) as unknown as ClusterResult;
    const m = matchClusters([cluster('Bestuur', '0.1')], [cluster('Bestuursondersteuning', '0.1')]);
    expect(m.pairs.map((p) => p.by)).toEqual(['iv3']);
  });

  test('name cores and year labels', () => {
    expect(nameCore('Juridische Zaken, incl. secretariaat')).toBe('juridische zaken');
    expect(nameCore('Facilitaire Zaken (incl. bode)')).toBe('facilitaire zaken');
    expect(nameCore('P&O inclusief arbo')).toBe('p en o');
    expect(yearLabel('Benchmark 2017')).toBe('2017');
    expect(yearLabel('Blad1')).toBeNull();
  });
});

describe('the trend of the relative cost deviation', () => {
  const c = compare();
  const byName = (name: string) => c.clusters.find((x) => x.name === name);

  test('per cluster: both years, the change in percentage points and the word', () => {
    expect(c.measure).toBe('costs');
    const legal = byName('Juridische Zaken');
    expect(legal?.a.deltaPct).toBeCloseTo(260000 / 216700 - 1, 10);
    expect(legal?.b.deltaPct).toBeCloseTo(294556 / 215568 - 1, 10);
    expect(legal?.trend).toBe('toename');
    expect(byName('Communicatie')?.change).toBeCloseTo(193683 / 241238 - 150000 / 230000, 10);
    expect(byName('Communicatie')?.trend).toBe('toename');
    expect(byName('Financiën & Control')?.trend).toBe('redelijk stabiel');
    expect(byName('Facilitaire dienst')?.trend).toBe('redelijk stabiel');
    expect(byName('Informatisering en Automatisering')?.trend).toBe('toename');
    expect(byName('Personeel & Organisatie')?.trend).toBe('redelijk stabiel');
  });

  test('band boundaries: 14,9 and 15 points are stable, 15,1 is not; missing data is unknown', () => {
    expect(trendOf(0.149, 0.15)).toBe('redelijk stabiel');
    expect(trendOf(0.15, 0.15)).toBe('redelijk stabiel');
    expect(trendOf(0.2 - 0.05, 0.15)).toBe('redelijk stabiel');
    expect(trendOf(0.151, 0.15)).toBe('toename');
    expect(trendOf(-0.151, 0.15)).toBe('afname');
    expect(trendOf(null, 0.15)).toBe('onbekend');
    // A wider band makes Communicatie (+15,1 points) stable.
    expect(compare({ band: 0.2 }).clusters.find((x) => x.name === 'Communicatie')?.trend).toBe('redelijk stabiel');
  });

  test('formation when costs are not compared in both years', () => {
    expect(compare({ measure: 'fte' }).measure).toBe('fte');
  });

  test('sentences in the audit report’s style, Dutch and English', () => {
    expect(c.sentences).toEqual([
      'Kosten 2012 → 2017: bij 3 clusters is de afwijking van de referentiegroep toegenomen, bij 0 afgenomen en bij 3 redelijk stabiel gebleven (band 15 procentpunt).',
      'Juridische Zaken: van +20% in 2012 naar +37% in 2017 ten opzichte van de referentiegroep (toename, +17 procentpunt).',
      'Communicatie: van −35% in 2012 naar −20% in 2017 ten opzichte van de referentiegroep (toename, +15 procentpunt).',
      'Informatisering en Automatisering: van −16% in 2012 naar +2% in 2017 ten opzichte van de referentiegroep (toename, +18 procentpunt).',
      'Niet te vergelijken: Inkoop (alleen 2017); Documentaire informatievoorziening (alleen 2012).',
    ]);
    const en = compare({ language: 'en' });
    expect(en.sentences[0]).toBe(
      'Costs 2012 → 2017: the deviation from the reference group increased for 3 clusters, decreased for 0 and stayed fairly stable for 3 (band 15 percentage points).',
    );
  });
});

describe('the comparison sheet', () => {
  const c = compare();
  const plan2012 = planFor(grid2012);
  const plan2017 = planFor(grid2017);
  const sheet = comparisonSheetName('2012', '2017');
  const plan = buildTrendPlan({ comparison: c, sheet, language: 'nl', sources: { a: plan2012, b: plan2017 } });

  function planFor(grid: CellGrid) {
    const prepared = prepare({ table: grid });
    if (!prepared.ok) throw new Error(prepared.message);
    const result = compute(prepared.table);
    return buildPlan({ table: prepared.table, result, grid });
  }

  test('a new sheet with references to each year’s written Δ% cells', () => {
    expect(plan).toMatchObject({ sheet: 'Vergelijking 2012-2017', newSheet: true });
    const legal = plan.summary.find((x) => x.row === 5 && x.col === 2);
    expect(legal?.formula).toBe("IF(ISNUMBER('Benchmark 2012'!$M$5),'Benchmark 2012'!$M$5,\"\")");
    expect(plan.names).toEqual([{ name: 'IJK_Vergelijking_2012_2017_Band', ref: '$C$2' }]);
  });

  test('every formula evaluates to the engine’s value; a what-if edit in 2017 changes the trend', () => {
    const book = evaluatePlans([grid2012, grid2017], [plan2012, plan2017, plan]);
    try {
      for (const cell of plan.summary) {
        if (!cell.formula) continue;
        const value = book.value(sheet, a1(cell.col, cell.row));
        if (typeof cell.value === 'number') expect(value as number).toBeCloseTo(cell.value, 9);
        else expect([a1(cell.col, cell.row), value]).toEqual([a1(cell.col, cell.row), cell.value]);
      }
      expect(book.value(sheet, 'F9')).toBe('toename');
      // Informatisering 2017 costs down to the 2012 level of deviation: stable.
      book.set('Benchmark 2017', 'D10', 1_700_000);
      expect(book.value(sheet, 'F9')).toBe('redelijk stabiel');
    } finally {
      book.destroy();
    }
  });

  test('without the written plans the values are written', () => {
    const bare = buildTrendPlan({ comparison: c, sheet, language: 'en' });
    expect(bare.summary.find((x) => x.row === 5 && x.col === 2)).toMatchObject({ formula: null });
    expect(bare.summary.find((x) => x.row === 5 && x.col === 5)?.value).toBe('increase');
  });
});
