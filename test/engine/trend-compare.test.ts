// Two benchmark years, Heemstede 2012 against 2017: the trend of the relative cost deviation,
// the band's boundaries, missing data, rejected deviations, and the sentences in Dutch and English.
import { compareYears, trendOf } from '../../src/engine/trend/compare';
import { DEFAULT_TREND_BAND } from '../../src/engine/trend/types';
import { compare, compareGrids, HEADER, r2012, r2017, yearGrid } from './trend-support';

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
