// The cooperation criteria (DOMAIN §5): the council memo's example with a constructed baseline
// 2018–2020, the MTO figures of the memo, and the status boundaries with the rules behind them.
import { inferDirection, statusOf, verdictOf } from '../../src/engine/criteria/score';
import { parseYearLabel, parseYearList } from '../../src/engine/criteria/input';
import { samenwerkingGrid } from '../fixtures/samenwerking';
import { indicator, longGrid, score } from './criteria-support';

describe('the council memo example (baseline 2018–2020, measured 2021)', () => {
  const result = score(samenwerkingGrid());

  test('Informatisering: the sentence of the issue, from Dutch numbers typed as text', () => {
    const personnel = indicator(result, 'Informatisering', 'Personeelskosten');
    expect(personnel.baseline).toBe(1_050_000);
    expect(personnel.latest).toBe(1_113_000);
    expect(personnel.latestYear).toBe('Jaarrekening 2021');
    expect(personnel.change).toBe(63_000);
    expect(personnel.changePct).toBeCloseTo(0.06, 10);
    expect(personnel.direction).toBe('lower');
    expect(personnel.status).toBe('verslechterd');
    const hired = indicator(result, 'Informatisering', 'Inhuur');
    expect(hired.baseline).toBe(250_000);
    expect(hired.changePct).toBeCloseTo(-0.46, 10);
    expect(hired.status).toBe('verbeterd');
    expect(result.sentences[0]).toBe(
      'Informatisering: personeelskosten +6% t.o.v. nul-lijn 2018–2020 (verslechterd); inhuur −46% (verbeterd); ' +
        "formatie (fte) +2% (gelijk); MTO: samenwerking met collega's van de andere gemeente +11% (verbeterd).",
    );
  });

  test('per team: counts, criteria measured, weighted score and verdict', () => {
    const summary = (team: string) => result.teams.find((t) => t.team === team)?.summary;
    expect(summary('Informatisering')).toEqual({
      counts: { verbeterd: 2, gelijk: 1, verslechterd: 1, 'onvoldoende gegevens': 0 },
      criteria: 2,
      criteriaMeasured: 2,
      score: 0.25,
      verdict: 'overwegend verbeterd',
      explanationsMissing: 1,
    });
    expect(summary('Personeel & Organisatie')?.verdict).toBe('per saldo gelijk');
    // Only the baseline is there: no status, and no verdict without evidence.
    expect(summary('Communicatie')).toMatchObject({
      counts: { 'onvoldoende gegevens': 2 },
      criteriaMeasured: 0,
      score: null,
      verdict: 'onvoldoende gegevens',
    });
    // The weight 2 on Handhaving's measured indicator does not matter alone: the score is +1.
    expect(summary('Handhaving')).toMatchObject({ criteria: 2, criteriaMeasured: 1, score: 1 });
    expect(result.sentences).toContain(
      'Informatisering: 2 verbeterd, 1 gelijk, 1 verslechterd; 2 van 2 criteria gemeten, score +0,25: overwegend verbeterd.',
    );
    expect(result.sentences).toContain(
      'Communicatie: 0 van 2 criteria gemeten: onvoldoende gegevens voor een oordeel.',
    );
  });

  test('exactly 5 % is "gelijk"; the baseline is the mean of the years present', () => {
    const po = indicator(result, 'Personeel & Organisatie', 'Personeelskosten');
    expect(po.changePct).toBeCloseTo(0.05, 12);
    expect(po.status).toBe('gelijk');
    const hired = indicator(result, 'Personeel & Organisatie', 'Inhuur');
    expect(hired.baselineValues.map((v) => v.label)).toEqual(['Begroting 2020']);
    expect(hired.baseline).toBe(60_000);
    expect(hired.status).toBe('verbeterd');
  });

  test('a cost rise beyond the tolerance without an explanation is flagged, with the cell', () => {
    expect(indicator(result, 'Informatisering', 'Personeelskosten').explanationMissing).toBe(true);
    // Materiële kosten of P&O rose 25 % but carry an explanation.
    const material = indicator(result, 'Personeel & Organisatie', 'Materiële kosten');
    expect(material.status).toBe('verslechterd');
    expect(material.explanationMissing).toBe(false);
    expect(material.notes).toEqual(['Nieuw e-HRM-systeem voor beide gemeenten (eenmalig)']);
    expect(result.warnings).toContainEqual({
      cell: 'E7',
      message:
        'Informatisering, Personeelskosten: +6% t.o.v. de nul-lijn zonder toelichting. De raad vraagt een toelichting wanneer het takenpakket groeide.',
    });
    expect(result.sentences[result.sentences.length - 1]).toBe(
      'Toelichting gevraagd bij kostenstijgingen boven de tolerantie: Informatisering (personeelskosten).',
    );
  });

  test('an indicator whose direction cannot be inferred asks for the Richting column', () => {
    const checks = indicator(result, 'Handhaving', 'Aantal controles');
    expect(checks.status).toBe('onvoldoende gegevens');
    expect(checks.missing).toBe('direction');
    expect(result.warnings.some((w) => w.message.startsWith('Handhaving, Aantal controles (F48)'))).toBe(true);
  });

  test('lower-is-better inferred for a lead time; higher stated in the table for a percentage', () => {
    expect(indicator(result, 'Financiële Administratie', 'Doorlooptijd facturen (dagen)')).toMatchObject({
      direction: 'lower',
      status: 'verslechterd',
    });
    const handled = indicator(result, 'Handhaving', 'Meldingen binnen termijn afgehandeld');
    expect(handled.directionStated).toBe(true);
    expect(handled.weight).toBe(2);
    expect(handled.baseline).toBeCloseTo((0.82 + 0.85 + 0.84) / 3, 12);
  });
});

describe('the MTO figures of the council memo (scale 1–10)', () => {
  // "samenwerking met collega's van de andere gemeente" 5,7 (2016) → 6,66 (2017, all staff);
  // "toegevoegde waarde van de samenwerking" 5,1 → 6,36; baseline 2016.
  const grid = longGrid([
    [
      'Bedrijfsvoering',
      '4. Ontwikkelingsmogelijkheden personeel',
      "Samenwerking met collega's van de andere gemeente",
      2016,
      '5,7',
    ],
    [
      'Bedrijfsvoering',
      '4. Ontwikkelingsmogelijkheden personeel',
      "Samenwerking met collega's van de andere gemeente",
      2017,
      '6,66',
    ],
    [
      'Bedrijfsvoering',
      '4. Ontwikkelingsmogelijkheden personeel',
      'Toegevoegde waarde van de samenwerking',
      2016,
      '5,1',
    ],
    [
      'Bedrijfsvoering',
      '4. Ontwikkelingsmogelijkheden personeel',
      'Toegevoegde waarde van de samenwerking',
      2017,
      '6,36',
    ],
  ]);

  test('both scores improved beyond the tolerance', () => {
    const result = score(grid, { baselineYears: [2016] });
    const together = result.teams[0]?.indicators[0];
    expect(together?.changePct).toBeCloseTo(0.96 / 5.7, 10);
    expect(together?.status).toBe('verbeterd');
    expect(result.teams[0]?.indicators[1]?.changePct).toBeCloseTo(1.26 / 5.1, 10);
    expect(result.sentences[0]).toBe(
      "Bedrijfsvoering: samenwerking met collega's van de andere gemeente +17% t.o.v. nul-lijn 2016 (verbeterd); toegevoegde waarde van de samenwerking +25% (verbeterd).",
    );
  });

  test('with the default baseline 2018–2020 there is no baseline: insufficient data, no verdict', () => {
    const result = score(grid);
    expect(result.teams[0]?.indicators.map((i) => [i.status, i.missing])).toEqual([
      ['onvoldoende gegevens', 'baseline'],
      ['onvoldoende gegevens', 'baseline'],
    ]);
    expect(result.teams[0]?.summary.verdict).toBe('onvoldoende gegevens');
  });

  test('in English', () => {
    const result = score(grid, { baselineYears: [2016], language: 'en' });
    expect(result.sentences[1]).toBe(
      'Bedrijfsvoering: 2 improved; 1 of 1 criterion measured, score +1.00: mostly improved.',
    );
  });
});

describe('status boundaries and the rules behind them', () => {
  test.each([
    [100, 104.9, 'lower', 'gelijk'],
    [100, 105, 'lower', 'gelijk'],
    [100, 105.1, 'lower', 'verslechterd'],
    [100, 94.9, 'lower', 'verbeterd'],
    [100, 95, 'higher', 'gelijk'],
    [100, 94.9, 'higher', 'verslechterd'],
    [0, 0, 'lower', 'gelijk'],
    [0, 3, 'lower', 'verslechterd'],
    [-200, -180, 'higher', 'verbeterd'],
  ] as const)('baseline %p → %p (%s is better): %s', (baseline, latest, direction, expected) => {
    expect(statusOf(baseline, latest, direction, 0.05).status).toBe(expected);
  });

  test('a zero baseline has no relative change', () => {
    expect(statusOf(0, 3, 'lower', 0.05)).toMatchObject({ change: 3, changePct: null });
  });

  test('verdict: fewer than half the criteria measured gives none; the band is inclusive', () => {
    expect(verdictOf(1, 3, 1)).toBe('onvoldoende gegevens');
    expect(verdictOf(1, 2, 1)).toBe('overwegend verbeterd');
    expect(verdictOf(0.25, 2, 2)).toBe('overwegend verbeterd');
    expect(verdictOf(0.24, 2, 2)).toBe('per saldo gelijk');
    expect(verdictOf(-0.25, 2, 2)).toBe('overwegend verslechterd');
  });

  test('directions inferred from the indicator', () => {
    expect(inferDirection('Inhuur derden')).toBe('lower');
    expect(inferDirection('Formatie (fte)')).toBe('lower');
    expect(inferDirection('Materiële lasten')).toBe('lower');
    expect(inferDirection('MTO-score')).toBe('higher');
    expect(inferDirection('Klanttevredenheid')).toBe('higher');
    expect(inferDirection('Aantal controles')).toBeNull();
  });

  test('year labels', () => {
    expect(parseYearLabel('Begroting 2020')).toEqual({ year: 2020, kind: 'begroting', label: 'Begroting 2020' });
    expect(parseYearLabel('Jaarrekening 2021')).toMatchObject({ year: 2021, kind: 'jaarrekening' });
    expect(parseYearLabel('2020 (begroting)')).toMatchObject({ year: 2020, kind: 'begroting' });
    expect(parseYearLabel(2019)).toMatchObject({ year: 2019, kind: 'plain' });
    expect(parseYearLabel('Kwartaal 3 2020')).toBeNull();
    expect(parseYearLabel('12')).toBeNull();
  });

  test('baseline years as typed in an option or a field', () => {
    expect(parseYearList('2018, 2019, 2020')).toEqual([2018, 2019, 2020]);
    expect(parseYearList('2018–2020')).toEqual([2018, 2019, 2020]);
    expect(parseYearList('2016')).toEqual([2016]);
    expect(parseYearList('2020-2018')).toBeNull();
    expect(parseYearList('vorig jaar')).toBeNull();
    expect(parseYearList('')).toBeNull();
  });
});
