// Two benchmark years: the Heemstede 2017 table of DOMAIN §3 against a constructed 2012 table
// (examples/heemstede-2012.json) — one-to-one matching with suffix tolerance and unmatched
// clusters on both sides, ambiguity, Iv3 codes, the band's boundaries, missing data, and the
// sentences in Dutch and English.
import { analyse } from '../../src/engine/benchmark/analyse';
import { compareYears, trendOf } from '../../src/engine/trend/compare';
import { matchClusters, nameCore, yearLabel } from '../../src/engine/trend/match';
import { DEFAULT_TREND_BAND, type TrendOptions, type YearComparison } from '../../src/engine/trend/types';
import type { AnalysisResult, ClusterResult } from '../../src/engine/benchmark/types';
import type { CellGrid, CellValue } from '../../src/engine/core/types';
import example2012 from '../../examples/heemstede-2012.json';
import example2017 from '../../examples/heemstede-2017.json';
import { exampleSheetGrid } from '../../src/taskpane/preview-workbook';

function resultOf(grid: CellGrid): AnalysisResult {
  const outcome = analyse({ table: grid }, {});
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.result;
}

const HEADER = [
  'Cluster',
  'Formatie in fte',
  '% van totale formatie',
  'Kosten Heemstede',
  'Kostennorm referentiegroep',
];

/** A benchmark sheet in the examples' shape, with the rows given. */
function yearGrid(sheet: string, rows: readonly (readonly CellValue[])[], header: readonly string[] = HEADER) {
  const pad = (row: readonly CellValue[]) => [...row, ...Array<CellValue>(header.length - row.length).fill(null)];
  const cells: CellValue[][] = [pad([`Benchmark overhead ${sheet}`]), pad(['Totale formatie (fte)', 160]), pad([])];
  cells.push([...header], ...rows.map(pad));
  return { sheet, topLeft: 'A1', cells } satisfies CellGrid;
}

const r2012 = resultOf(exampleSheetGrid(example2012));
const r2017 = resultOf(exampleSheetGrid(example2017));

function compare(options: TrendOptions = {}): YearComparison {
  return compareYears({ result: r2012, label: '2012' }, { result: r2017, label: '2017' }, options);
}

function compareGrids(a: CellGrid, b: CellGrid, options: TrendOptions = {}): YearComparison {
  return compareYears(
    { result: resultOf(a), label: yearLabel(a.sheet) ?? a.sheet },
    { result: resultOf(b), label: yearLabel(b.sheet) ?? b.sheet },
    options,
  );
}

/** A cluster as the engine reports it, for the matching rules alone. */
function cluster(name: string, iv3: string | null = null, row = 5): ClusterResult {
  return {
    name,
    row,
    category: 'overhead',
    iv3,
    fte: null,
    costs: null,
    costsPerFte: null,
    split: null,
    thirdParty: null,
    note: null,
  };
}

describe('matching clusters one-to-one', () => {
  test('Heemstede 2012 → 2017: a suffix set aside, unmatched on both sides, B’s order', () => {
    const c = compare();
    expect(c.clusters.map((x) => [x.a.name, x.b.name, x.matchedBy, x.a.row, x.b.row])).toEqual([
      ['Juridische Zaken, incl. secretariaat', 'Juridische Zaken', 'name', 5, 5],
      ['Personeel & Organisatie', 'Personeel & Organisatie', 'name', 6, 6],
      ['Communicatie', 'Communicatie', 'name', 7, 8],
      ['Financiën & Control', 'Financiën & Control', 'name', 8, 9],
      ['Informatisering en Automatisering', 'Informatisering en Automatisering', 'name', 9, 10],
      ['Facilitaire dienst', 'Facilitaire dienst', 'name', 10, 11],
    ]);
    expect(c.clusters[0]?.name).toBe('Juridische Zaken');
    expect(c.unmatched).toEqual({ a: ['Documentaire informatievoorziening'], b: ['Inkoop'] });
    expect(c.ambiguous).toEqual({ a: [], b: [] });
    expect(c.warnings).toEqual([]);
  });

  test('never by resemblance: an abbreviation stays apart; a name part only as the one candidate', () => {
    const m = matchClusters(
      [cluster('Informatisering'), cluster('P&O'), cluster('Juridische Zaken en Inkoop')],
      [cluster('Informatisering en Automatisering'), cluster('Personeel & Organisatie'), cluster('Juridische Zaken')],
    );
    // Each name part is the only candidate both ways, so it pairs — as a partial match.
    expect(m.pairs.map((p) => [p.a.name, p.b.name, p.by])).toEqual([
      ['Informatisering', 'Informatisering en Automatisering', 'name-part'],
      ['Juridische Zaken en Inkoop', 'Juridische Zaken', 'name-part'],
    ]);
    expect(m.unmatched.a.map((c) => c.name)).toEqual(['P&O']);
    expect(m.ambiguous).toEqual([]);
  });

  test('case, accents, "&" against "en", brackets and punctuation are forgiven', () => {
    const a = [
      cluster('FINANCIEN EN CONTROL'),
      cluster('Personeel en Organisatie (P&O)'),
      cluster('Facilitaire Zaken inclusief bodes'),
      cluster('Burgerzaken excl. verkiezingen'),
      cluster('Communicatie.'),
    ];
    const b = [
      cluster('Burgerzaken'),
      cluster('Financiën & Control'),
      cluster('Personeel & Organisatie'),
      cluster('facilitaire zaken'),
      cluster('Communicatie'),
    ];
    const m = matchClusters(a, b);
    expect(m.pairs.map((p) => [p.a.name, p.b.name, p.by])).toEqual([
      ['Burgerzaken excl. verkiezingen', 'Burgerzaken', 'name'],
      ['FINANCIEN EN CONTROL', 'Financiën & Control', 'name'],
      ['Personeel en Organisatie (P&O)', 'Personeel & Organisatie', 'name'],
      ['Facilitaire Zaken inclusief bodes', 'facilitaire zaken', 'name'],
      ['Communicatie.', 'Communicatie', 'name'],
    ]);
  });

  test('a core twice on one side: those clusters and their namesake stay unmatched', () => {
    const a = [cluster('Communicatie (extern)'), cluster('Communicatie, intern'), cluster('Inkoop')];
    const b = [cluster('Inkoop'), cluster('Communicatie')];
    const m = matchClusters(a, b);
    expect(m.pairs.map((p) => p.b.name)).toEqual(['Inkoop']);
    expect(m.ambiguous).toEqual(['Communicatie (extern)', 'Communicatie, intern']);
    expect(m.unmatched.b.map((c) => c.name)).toEqual(['Communicatie']);
    expect(m.conflicts.a.map((c) => c.name)).toEqual(['Communicatie (extern)', 'Communicatie, intern']);
    expect(m.conflicts.b.map((c) => c.name)).toEqual(['Communicatie']);
  });

  test('an Iv3 code unique on both sides matches whatever the names; a shared code falls back to names', () => {
    const m = matchClusters(
      [cluster('Bestuur', '0.1'), cluster('Overhead A', '0.4'), cluster('Overhead B', '0.4')],
      [cluster('Overhead A', '0.4'), cluster('Bestuursondersteuning', '0.1')],
    );
    expect(m.pairs.map((p) => [p.a.name, p.b.name, p.by])).toEqual([
      ['Overhead A', 'Overhead A', 'name'],
      ['Bestuur', 'Bestuursondersteuning', 'iv3'],
    ]);
    expect(m.unmatched.a.map((c) => c.name)).toEqual(['Overhead B']);
  });

  test('an empty name core pairs nothing', () => {
    const m = matchClusters([cluster('(leeg)')], [cluster('—')]);
    expect(m.pairs).toEqual([]);
  });

  test('Iv3 codes read from the labels of real tables', () => {
    const a = yearGrid('Begroting 2019', [
      ['0.1 Bestuur', 4, 0.025, 300000, 280000],
      ['0.2 Burgerzaken', 6, 0.04, 500000, 520000],
    ]);
    const b = yearGrid('Begroting 2023', [
      ['0.2 Burgerzaken en verkiezingen', 6.5, 0.04, 560000, 530000],
      ['0.1 Bestuur', 4.2, 0.025, 320000, 300000],
    ]);
    const c = compareGrids(a, b);
    expect(c.clusters.map((x) => [x.a.name, x.b.name, x.matchedBy])).toEqual([
      ['0.2 Burgerzaken', '0.2 Burgerzaken en verkiezingen', 'iv3'],
      ['0.1 Bestuur', '0.1 Bestuur', 'iv3'],
    ]);
    expect(c.clusters.map((x) => x.b.iv3)).toEqual(['0.2', '0.1']);
  });

  test('name cores and year labels', () => {
    expect(nameCore('Juridische Zaken, incl. secretariaat')).toBe('juridische zaken');
    expect(nameCore('Facilitaire Zaken (incl. bode)')).toBe('facilitaire zaken');
    expect(nameCore('P&O inclusief arbo')).toBe('p en o');
    expect(nameCore('Sociale inclusie')).toBe('sociale inclusie');
    expect(nameCore('Financiën  &  Control')).toBe('financien en control');
    expect(nameCore('Communicatie (extern')).toBe('communicatie');
    expect(yearLabel('Benchmark 2017')).toBe('2017');
    expect(yearLabel('Begroting 1998 (herzien)')).toBe('1998');
    expect(yearLabel('FTE2023')).toBe('2023');
    expect(yearLabel('Blad1')).toBeNull();
    expect(yearLabel('Rij 12017')).toBeNull();
    expect(yearLabel('Benchmark 2117')).toBeNull();
  });
});

describe('the trend of the relative cost deviation, Heemstede', () => {
  const c = compare();
  const byName = (name: string) => c.clusters.find((x) => x.name === name);

  test('per cluster: both years, the change in percentage points and the word', () => {
    expect(c.measure).toBe('costs');
    expect(c.band).toBe(DEFAULT_TREND_BAND);
    const legal = byName('Juridische Zaken');
    expect(legal?.a).toEqual({
      name: 'Juridische Zaken, incl. secretariaat',
      row: 5,
      iv3: null,
      own: 260000,
      norm: 216700,
      delta: 43300,
      deltaPct: expect.closeTo(260000 / 216700 - 1, 12),
    });
    expect(legal?.b.delta).toBe(78988);
    expect(legal?.b.deltaPct).toBeCloseTo(294556 / 215568 - 1, 12);
    expect(legal?.change).toBeCloseTo(294556 / 215568 - 260000 / 216700, 12);
    expect(c.clusters.map((x) => [x.name, Math.round((x.change ?? NaN) * 1000) / 10, x.trend])).toEqual([
      ['Juridische Zaken', 16.7, 'toename'],
      ['Personeel & Organisatie', 0.8, 'redelijk stabiel'],
      ['Communicatie', 15.1, 'toename'],
      ['Financiën & Control', -6.0, 'redelijk stabiel'],
      ['Informatisering en Automatisering', 18.2, 'toename'],
      ['Facilitaire dienst', -14.6, 'redelijk stabiel'],
    ]);
  });

  test('a wider band makes Communicatie (+15,1 points) stable; formation on request', () => {
    const wide = compare({ band: 0.2 });
    expect(wide.clusters.filter((x) => x.trend === 'toename').map((x) => x.name)).toEqual([]);
    const fte = compare({ measure: 'fte' });
    expect(fte.measure).toBe('fte');
    expect(fte.clusters.find((x) => x.name === 'Facilitaire dienst')).toMatchObject({
      a: { deltaPct: expect.closeTo(6 / (0.048 * 170.4) - 1, 12) },
      b: { deltaPct: expect.closeTo(5.03 / (0.048 * 162.3) - 1, 12) },
      trend: 'redelijk stabiel',
    });
    // Juridische Zaken: +27 % → +42 % of the formation norm, 14,95 points: just inside the band.
    expect(fte.clusters[0]?.change).toBeCloseTo(3.69 / (0.016 * 162.3) - 3.9 / (0.018 * 170.4), 12);
    expect(fte.clusters[0]?.trend).toBe('redelijk stabiel');
    expect(fte.sentences[0]).toBe(
      'Formatie 2012 → 2017: ten opzichte van de referentiegroep is de formatie bij geen enkel cluster gestegen (toename), bij geen enkel cluster gedaald (afname) en bij 6 clusters redelijk stabiel gebleven (binnen 15 procentpunt).',
    );
  });

  test('Dutch sentences in the audit report’s style; the decimal shows why +15,1 is beyond the band', () => {
    expect(c.sentences).toEqual([
      'Kosten 2012 → 2017: ten opzichte van de referentiegroep zijn de kosten bij 3 clusters gestegen (toename), bij geen enkel cluster gedaald (afname) en bij 3 redelijk stabiel gebleven (binnen 15 procentpunt).',
      'Juridische Zaken: van +20% in 2012 naar +37% in 2017 ten opzichte van de referentiegroep (toename, +17 procentpunt).',
      'Communicatie: van −35% in 2012 naar −20% in 2017 ten opzichte van de referentiegroep (toename, +15,1 procentpunt).',
      'Informatisering en Automatisering: van −16% in 2012 naar +2% in 2017 ten opzichte van de referentiegroep (toename, +18 procentpunt).',
      'Niet te vergelijken: Inkoop (alleen 2017); Documentaire informatievoorziening (alleen 2012).',
    ]);
  });

  test('English sentences', () => {
    expect(compare({ language: 'en' }).sentences).toEqual([
      'Costs 2012 → 2017: relative to the reference group, costs rose for 3 clusters (increase), fell for no cluster (decrease) and stayed fairly stable for 3 (within 15 percentage points).',
      'Juridische Zaken: from +20% in 2012 to +37% in 2017 relative to the reference group (increase, +17 percentage points).',
      'Communicatie: from −35% in 2012 to −20% in 2017 relative to the reference group (increase, +15.1 percentage points).',
      'Informatisering en Automatisering: from −16% in 2012 to +2% in 2017 relative to the reference group (increase, +18 percentage points).',
      'Not comparable: Inkoop (only 2017); Documentaire informatievoorziening (only 2012).',
    ]);
  });

  test('a band of 12,5 points and the reverse direction: decreases', () => {
    const back = compareYears({ result: r2017, label: '2017' }, { result: r2012, label: '2012' }, { band: 0.125 });
    expect(back.clusters.map((x) => x.trend)).toEqual([
      'afname',
      'redelijk stabiel',
      'afname',
      'redelijk stabiel',
      'afname',
      'toename',
    ]);
    expect(back.sentences[0]).toBe(
      'Kosten 2017 → 2012: ten opzichte van de referentiegroep zijn de kosten bij 1 cluster gestegen (toename), bij 3 gedaald (afname) en bij 2 redelijk stabiel gebleven (binnen 12,5 procentpunt).',
    );
    expect(back.sentences).toContain(
      'Facilitaire dienst: van +2% in 2017 naar +17% in 2012 ten opzichte van de referentiegroep (toename, +15 procentpunt).',
    );
    expect(back.sentences.at(-1)).toBe(
      'Niet te vergelijken: Documentaire informatievoorziening (alleen 2012); Inkoop (alleen 2017).',
    );
  });
});

describe('band boundaries and missing data', () => {
  // 2012: every cluster +2 % against its norm (−20 % for Communicatie); 2017 moves each by a
  // chosen number of percentage points. 0.17 − 0.02 is 0.15000000000000002 in floating point.
  const grid2012 = yearGrid('Benchmark 2012', [
    ['Juridische Zaken', 3, 0.02, 102, 100],
    ['Personeel & Organisatie', 5, 0.03, 102, 100],
    ['Inkoop', 1, 0.005, 102, 100],
    ['Communicatie', 3, 0.02, 80, 100],
    ['Financiën & Control', 9, 0.06, 102, 0],
    ['Facilitaire dienst', 5, 0.05, 102, 100],
  ]);
  const grid2017 = yearGrid('Benchmark 2017', [
    ['Juridische Zaken', 3, 0.02, 116.9, 100],
    ['Personeel & Organisatie', 5, 0.03, 117, 100],
    ['Inkoop', 1, 0.005, 117.1, 100],
    ['Communicatie', 3, 0.02, 60, 100],
    ['Financiën & Control', 9, 0.06, 110, 100],
    ['Facilitaire dienst', 5, 0.05, 110, null],
  ]);
  const c = compareGrids(grid2012, grid2017);

  test('14,9 and exactly 15 points are stable, 15,1 is a toename; −20 % → −40 % is an afname', () => {
    expect(0.17 - 0.02).toBeGreaterThan(0.15);
    expect(c.clusters[1]?.change).toBeGreaterThan(0.15);
    expect(c.clusters.map((x) => [x.name, x.trend])).toEqual([
      ['Juridische Zaken', 'redelijk stabiel'],
      ['Personeel & Organisatie', 'redelijk stabiel'],
      ['Inkoop', 'toename'],
      ['Communicatie', 'afname'],
      ['Financiën & Control', 'onbekend'],
      ['Facilitaire dienst', 'onbekend'],
    ]);
    expect(c.clusters[3]?.change).toBeCloseTo(-0.2, 12);
    expect(trendOf(0.149, 0.15)).toBe('redelijk stabiel');
    expect(trendOf(-0.15, 0.15)).toBe('redelijk stabiel');
    expect(trendOf(-0.151, 0.15)).toBe('afname');
    expect(trendOf(0, 0)).toBe('redelijk stabiel');
    expect(trendOf(null, 0.15)).toBe('onbekend');
    expect(trendOf(NaN, 0.15)).toBe('onbekend');
  });

  test('a norm of 0 or a missing norm: no change, trend onbekend, and said which year', () => {
    const finance = c.clusters.find((x) => x.name === 'Financiën & Control');
    expect(finance).toMatchObject({ change: null, a: { norm: 0, deltaPct: null }, b: { deltaPct: 0.1 } });
    expect(c.clusters.find((x) => x.name === 'Facilitaire dienst')).toMatchObject({
      change: null,
      b: { norm: null, deltaPct: null },
    });
    expect(c.sentences).toEqual([
      'Kosten 2012 → 2017: ten opzichte van de referentiegroep zijn de kosten bij 1 cluster gestegen (toename), bij 1 gedaald (afname), bij 2 redelijk stabiel gebleven (binnen 15 procentpunt) en bij 2 niet te bepalen.',
      'Inkoop: van +2% in 2012 naar +17% in 2017 ten opzichte van de referentiegroep (toename, +15,1 procentpunt).',
      'Communicatie: van −20% in 2012 naar −40% in 2017 ten opzichte van de referentiegroep (afname, −20 procentpunt).',
      'Geen trend te bepalen, want een relatieve afwijking ontbreekt (geen norm of een norm van 0): Financiën & Control (2012); Facilitaire dienst (2017).',
    ]);
    expect(compareGrids(grid2012, grid2017, { language: 'en' }).sentences[0]).toBe(
      'Costs 2012 → 2017: relative to the reference group, costs rose for 1 cluster (increase), fell for 1 (decrease), stayed fairly stable for 2 (within 15 percentage points) and could not be determined for 2.',
    );
  });

  test('a band that is no number: the default, with a warning', () => {
    const bad = compareGrids(grid2012, grid2017, { band: Number.NaN });
    expect(bad.band).toBe(0.15);
    expect(bad.warnings).toEqual([
      {
        cell: null,
        message: 'De band "redelijk stabiel" moet een getal van 0 of meer zijn; IJkpunt gebruikt 15 procentpunt.',
      },
    ]);
    expect(compareGrids(grid2012, grid2017, { band: -0.1 }).band).toBe(0.15);
  });

  test('one year without costs: formation, automatically; costs on request give onbekend and a warning', () => {
    const fteOnly = yearGrid(
      'Benchmark 2012',
      [
        ['Juridische Zaken', 3, 0.02],
        ['Inkoop', 1, 0.005],
      ],
      HEADER.slice(0, 3),
    );
    const auto = compareGrids(fteOnly, grid2017);
    expect(auto.measure).toBe('fte');
    expect(auto.warnings).toEqual([]);
    expect(auto.clusters.map((x) => x.trend)).toEqual(['redelijk stabiel', 'redelijk stabiel']);
    const costs = compareGrids(fteOnly, grid2017, { measure: 'costs' });
    expect(costs.clusters.map((x) => x.trend)).toEqual(['onbekend', 'onbekend']);
    expect(costs.warnings).toEqual([
      {
        cell: null,
        message:
          'In 2012 heeft geen cluster een relatieve afwijking voor de kosten (norm ontbreekt of is 0); de trend is daar onbekend.',
      },
    ]);
  });

  test('nothing in common: one plain sentence, no counts', () => {
    const other = yearGrid('Benchmark 2020', [['Burgerzaken', 6, 0.04, 500000, 450000]]);
    expect(compareGrids(grid2012, other).sentences[0]).toBe(
      'Kosten 2012 → 2020: geen enkel cluster komt in beide jaren voor; er valt niets te vergelijken.',
    );
    expect(compareGrids(grid2012, other, { language: 'en' }).sentences[0]).toBe(
      'Costs 2012 → 2020: no cluster occurs in both years, so there is nothing to compare.',
    );
  });
});

describe('ambiguous names', () => {
  const grid2012 = yearGrid('Benchmark 2012', [
    ['Communicatie (extern)', 1.5, 0.01, 100000, 90000],
    ['Communicatie, intern', 1, 0.01, 70000, 80000],
    ['Juridische Zaken', 3, 0.02, 250000, 200000],
    ['Inkoop, incl. aanbesteding', 1, 0.005, 80000, 75000],
    ['Inkoop (contractbeheer)', 0.5, 0.003, 40000, 30000],
  ]);
  const grid2017 = yearGrid('Benchmark 2017', [
    ['Juridische Zaken', 3.5, 0.02, 290000, 210000],
    ['Communicatie', 2.8, 0.023, 190000, 240000],
  ]);

  test('duplicated cores stay unmatched, a warning names them and points at the first', () => {
    const c = compareGrids(grid2012, grid2017);
    expect(c.clusters.map((x) => x.name)).toEqual(['Juridische Zaken']);
    expect(c.unmatched).toEqual({
      a: ['Communicatie (extern)', 'Communicatie, intern', 'Inkoop, incl. aanbesteding', 'Inkoop (contractbeheer)'],
      b: ['Communicatie'],
    });
    expect(c.ambiguous).toEqual({ a: ['Communicatie (extern)', 'Communicatie, intern'], b: ['Communicatie'] });
    expect(c.warnings).toEqual([
      {
        cell: "'Benchmark 2012'!A5",
        message:
          'In 2012 hebben "Communicatie (extern)" en "Communicatie, intern" na weglaten van toevoegingen dezelfde naam; IJkpunt koppelt ze daarom aan geen enkel cluster uit 2017.',
      },
      {
        cell: "'Benchmark 2012'!A8",
        message:
          'In 2012 hebben "Inkoop, incl. aanbesteding" en "Inkoop (contractbeheer)" na weglaten van toevoegingen dezelfde naam; IJkpunt koppelt ze daarom aan geen enkel cluster uit 2017.',
      },
    ]);
    expect(c.sentences.slice(1)).toEqual([
      'Niet te vergelijken: Inkoop, incl. aanbesteding (alleen 2012); Inkoop (contractbeheer) (alleen 2012).',
      'Niet eenduidig te koppelen, omdat na weglaten van toevoegingen dezelfde naam meer dan eens voorkomt: "Communicatie (extern)" en "Communicatie, intern" (2012) tegenover "Communicatie" (2017).',
    ]);
  });

  test('in English', () => {
    const c = compareGrids(grid2012, grid2017, { language: 'en' });
    expect(c.warnings[0]?.message).toBe(
      'In 2012, "Communicatie (extern)" and "Communicatie, intern" have the same name once suffixes are left out; IJkpunt therefore matches them with no cluster of 2017.',
    );
    expect(c.sentences.at(-1)).toBe(
      'Not matched one-to-one, because the same name occurs more than once after leaving out suffixes: "Communicatie (extern)" and "Communicatie, intern" (2012) against "Communicatie" (2017).',
    );
  });
});

describe('matching on part of a name (issue #13)', () => {
  const names = (m: ReturnType<typeof matchClusters>) => m.pairs.map((p) => [p.a.name, p.b.name, p.by]);

  test('"Communicatie en Kwaliteitszorg" (2012) and "Communicatie" (2017), both ways', () => {
    expect(names(matchClusters([cluster('Communicatie en Kwaliteitszorg')], [cluster('Communicatie')]))).toEqual([
      ['Communicatie en Kwaliteitszorg', 'Communicatie', 'name-part'],
    ]);
    expect(names(matchClusters([cluster('Communicatie')], [cluster('Communicatie en Kwaliteitszorg')]))).toEqual([
      ['Communicatie', 'Communicatie en Kwaliteitszorg', 'name-part'],
    ]);
  });

  test('never when another candidate competes, on either side, matched or not', () => {
    const twoInA = matchClusters(
      [cluster('Communicatie en Kwaliteitszorg'), cluster('Communicatie en Voorlichting')],
      [cluster('Communicatie')],
    );
    expect(twoInA.pairs).toEqual([]);
    const twoInB = matchClusters(
      [cluster('Communicatie')],
      [cluster('Communicatie en Kwaliteitszorg'), cluster('Communicatie extern')],
    );
    expect(twoInB.pairs).toEqual([]);
    // "Communicatie" in B is taken by its namesake; it still competes for the longer name.
    const taken = matchClusters(
      [cluster('Communicatie'), cluster('Communicatie en Kwaliteitszorg')],
      [cluster('Communicatie')],
    );
    expect(names(taken)).toEqual([['Communicatie', 'Communicatie', 'name']]);
  });

  test('never an "incl." part: "Facilitaire dienst, incl. Inkoop" is not "Inkoop"', () => {
    const m = matchClusters([cluster('Facilitaire dienst, incl. Inkoop')], [cluster('Inkoop')]);
    expect(m.pairs).toEqual([]);
    const both = matchClusters(
      [cluster('Facilitaire dienst, incl. Inkoop')],
      [cluster('Inkoop'), cluster('Facilitaire dienst')],
    );
    expect(names(both)).toEqual([['Facilitaire dienst, incl. Inkoop', 'Facilitaire dienst', 'name']]);
    expect(both.unmatched.b.map((c) => c.name)).toEqual(['Inkoop']);
  });

  test('pairs by hand come first, in either order of the names; an unknown name is reported', () => {
    const m = matchClusters(
      [cluster('P&O'), cluster('Communicatie en Kwaliteitszorg')],
      [cluster('Personeel & Organisatie'), cluster('Communicatie')],
      [
        { a: 'Personeel & Organisatie', b: 'P&O' },
        { a: 'Bestuurszaken', b: 'Communicatie' },
      ],
    );
    expect(names(m)).toEqual([
      ['P&O', 'Personeel & Organisatie', 'hand'],
      ['Communicatie en Kwaliteitszorg', 'Communicatie', 'name-part'],
    ]);
    expect(m.unknownPairs).toEqual([{ a: 'Bestuurszaken', b: 'Communicatie' }]);
  });

  test('the comparison names each partial and hand pairing in a sentence, and warns of an unknown pair', () => {
    const rows2012: CellValue[][] = [
      ['Juridische Zaken, incl. secretariaat', 2.95, 0.018, 260000, 216700],
      ['Communicatie en Kwaliteitszorg', 2.8, 0.017, 150000, 230000],
      ['P&O', 4.98, 0.03, 352000, 360000],
    ];
    const rows2017: CellValue[][] = [
      ['Juridische Zaken', 3.69, 0.016, 294556, 215568],
      ['Communicatie', 2.76, 0.023, 193683, 241238],
      ['Personeel & Organisatie', 4.93, 0.029, 369042, 374420],
    ];
    const c = compareGrids(yearGrid('Benchmark 2012', rows2012), yearGrid('Benchmark 2017', rows2017), {
      pairs: [
        { a: 'P&O', b: 'Personeel & Organisatie' },
        { a: 'Inkoop', b: 'Inkoop' },
      ],
    });
    expect(c.clusters.map((x) => [x.name, x.matchedBy])).toEqual([
      ['Juridische Zaken', 'name'],
      ['Communicatie', 'name-part'],
      ['Personeel & Organisatie', 'hand'],
    ]);
    expect(c.sentences).toContain(
      'Gekoppeld op een deel van de naam: Communicatie (2017) met Communicatie en Kwaliteitszorg (2012); controleer of het takenpakket vergelijkbaar is.',
    );
    expect(c.sentences).toContain('Zelf gekoppeld: Personeel & Organisatie (2017) met P&O (2012).');
    expect(c.warnings.map((w) => w.message)).toEqual([
      '--pair "Inkoop=Inkoop": IJkpunt vindt geen ongekoppeld cluster "Inkoop" in 2012 en "Inkoop" in 2017; controleer de namen zoals ze in de tabellen staan.',
    ]);
  });
});

test('a year whose deviations the plausibility guard rejects gets no trend there, and a warning', () => {
  const header = ['Cluster', 'Formatie in fte', 'Gemiddelde formatie in referentiegroep (fte)'];
  const a = yearGrid(
    'Benchmark 2012',
    [
      ['Juridische Zaken', 2.95, 0.017],
      ['Communicatie', 2.8, 0.02],
    ],
    header,
  );
  const b = yearGrid(
    'Benchmark 2017',
    [
      ['Juridische Zaken', 3.69, 2.6],
      ['Communicatie', 2.76, 3.7],
    ],
    header,
  );
  const c = compareGrids(a, b);
  expect(c.clusters.map((x) => [x.name, x.a.deltaPct, x.trend])).toEqual([
    ['Juridische Zaken', null, 'onbekend'],
    ['Communicatie', null, 'onbekend'],
  ]);
  expect(c.warnings.map((w) => w.message)).toContain(
    'In 2012 zijn de afwijkingen van "Juridische Zaken" en "Communicatie" niet aannemelijk (zie de waarschuwingen van de analyse van dat jaar); IJkpunt bepaalt daar geen trend.',
  );
  expect(c.sentences.join(' ')).not.toMatch(/\d\.\d{3}%/);
});
