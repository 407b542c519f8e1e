// Header recognition, one header at a time: the brief's vocabulary, real-world spelling, and
// printed deviations read as deviations.
import { recogniseHeaders, scoreHeader } from '../../src/engine/benchmark/headers';
import type { Role } from '../../src/engine/benchmark/types';
import { roles } from './headers-support';

const best = (header: string): Role | null => scoreHeader(header)[0]?.role ?? null;

describe('scoreHeader: the vocabulary of the brief', () => {
  test.each<[string, Role]>([
    ['Cluster', 'cluster'],
    ['Taakveld', 'cluster'],
    ['Taakgebied', 'cluster'],
    ['Taakcluster', 'cluster'],
    ['Omschrijving', 'cluster'],
    ['Team', 'cluster'],
    ['Afdeling', 'cluster'],
    ['Task field', 'cluster'],
    ['Cluster name', 'cluster'],
    ['Categorie', 'category'],
    ['Soort', 'category'],
    ['Primair/overhead', 'category'],
    ['Category', 'category'],
    ['Formatie in fte', 'fte'],
    ['fte', 'fte'],
    ['Formatie', 'fte'],
    ['Formatie Heemstede', 'fte'],
    ['Formatie (fte)', 'fte'],
    ['FTE 2017', 'fte'],
    ['Own fte', 'fte'],
    ['Formation', 'fte'],
    ['Bezetting', 'fte'],
    ['Kosten', 'costs'],
    ['Kosten Heemstede', 'costs'],
    ['Apparaatskosten', 'costs'],
    ['Kosten (€)', 'costs'],
    ['Lasten', 'costs'],
    ['Costs', 'costs'],
    ['Kosten in euro', 'costs'],
    ['Loonkosten', 'costs'],
    ['Gemiddelde formatie in referentiegroep', 'fte.norm'],
    ['Norm fte', 'fte.norm'],
    ['Formatienorm', 'fte.norm'],
    ['Referentie fte', 'fte.norm'],
    ['Benchmark fte', 'fte.norm'],
    ['Peer group average fte', 'fte.norm'],
    ['kostennorm', 'costs.norm'],
    ['Norm kosten', 'costs.norm'],
    ['Gemiddelde kosten referentiegroep', 'costs.norm'],
    ['Reference costs', 'costs.norm'],
    ['Gemiddelde van de vergelijkingsgroep (€)', 'costs.norm'],
    ['Ref. kosten', 'costs.norm'],
    ['% van totale formatie', 'fte.share'],
    ['Aandeel in totale formatie (referentie)', 'fte.share'],
    ['Referentie % formatie', 'fte.share'],
    ['share of total formation', 'fte.share'],
    ['% van totale kosten', 'costs.share'],
    ['fte per inwoner referentie', 'fte.perInhabitant'],
    ['Kosten per inwoner (gemiddeld)', 'costs.perInhabitant'],
    ['€ per inwoner referentiegroep', 'costs.perInhabitant'],
    ['Ref. fte/inw.', 'fte.perInhabitant'],
    ['fte per 1.000 inwoners', 'fte.per1000'],
    ['Formatie per 1.000 inw. referentie', 'fte.per1000'],
    ['Kosten per 1000 inwoners (gemiddeld)', 'costs.per1000'],
    ['Overheadkosten per fte referentie', 'costs.perFte'],
    ['fte overhead per fte (gemiddeld)', 'fte.perFte'],
    ['fte per werklasteenheid (referentie)', 'fte.perUnit'],
    ['kosten per eenheid referentie', 'costs.perUnit'],
    ['Kosten per woning referentie', 'costs.perUnit'],
    ['Werklast', 'workload'],
    ['Werklastindicator', 'workload'],
    ['Aantal eenheden', 'workload'],
    ['Workload', 'workload'],
    ['Volume', 'workload'],
    ['Taken belegd bij derden', 'thirdParty'],
    ['% derden', 'thirdParty'],
    ['Aandeel derden', 'thirdParty'],
    ['Third parties', 'thirdParty'],
    ['Taken belegd bij derden referentiegroep', 'thirdParty.ref'],
    ['Derden gemiddeld', 'thirdParty.ref'],
    ['Third parties (average)', 'thirdParty.ref'],
    ['Toelichting', 'note'],
    ['Opmerking', 'note'],
    ['Opmerkingen', 'note'],
    ['Notitie', 'note'],
    ['Explanation', 'note'],
    ['Note', 'note'],
    ['Comments', 'note'],
    ['Toelichting afwijking', 'note'],
  ])('%j → %s', (header, role) => {
    expect(best(header)).toBe(role);
  });

  test.each<[string, Role]>([
    ['Cluster', 'cluster'],
    ['Formatie in fte', 'fte'],
    ['Kosten Heemstede', 'costs'],
    ['Kostennorm referentiegroep', 'costs.norm'],
    ['Aandeel in totale formatie (referentie)', 'fte.share'],
    ['Taken belegd bij derden', 'thirdParty'],
    ['Toelichting', 'note'],
  ])('a clear match scores about 0.9: %j', (header, role) => {
    const [top] = scoreHeader(header);
    expect(top?.role).toBe(role);
    expect(top?.confidence).toBeGreaterThanOrEqual(0.85);
    expect(top?.confidence).toBeLessThan(1);
  });

  test('a share without reference word is still the reference share, a little less sure', () => {
    const unmarked = scoreHeader('% van totale formatie')[0]?.confidence ?? 0;
    const marked = scoreHeader('Referentie % van totale formatie')[0]?.confidence ?? 0;
    expect(unmarked).toBeGreaterThan(0.6);
    expect(unmarked).toBeLessThan(marked);
  });

  test('a weaker component scores below the total it is part of', () => {
    const component = scoreHeader('Loonkosten')[0]?.confidence ?? 0;
    const total = scoreHeader('Apparaatskosten')[0]?.confidence ?? 0;
    expect(component).toBeLessThan(total);
  });

  test.each<[string, 'norm' | 'share' | 'perInhabitant' | 'per1000' | 'perFte' | 'perUnit']>([
    ['Norm', 'norm'],
    ['Referentie', 'norm'],
    ['Gemiddeld', 'norm'],
    ['Gemiddelde', 'norm'],
    ['Benchmark', 'norm'],
    ['% van totaal', 'share'],
    ['per inhabitant', 'perInhabitant'],
    ['per 1000 inwoners', 'per1000'],
    ['per 1,000 inhabitants', 'per1000'],
    ['per fte served', 'perFte'],
    ['Norm per eenheid', 'perUnit'],
  ])('%j names no measure: both measures at low confidence (%s)', (header, basis) => {
    const candidates = scoreHeader(header);
    expect(candidates.map((c) => c.role).sort()).toEqual([`costs.${basis}`, `fte.${basis}`]);
    for (const c of candidates) expect(c.confidence).toBeLessThanOrEqual(0.5);
  });

  test.each<[string]>([
    ['Kosten per fte'], // derived own figure, not a reference
    ['Overheadkosten per fte'],
    ['Kosten per inwoner gemeente'], // own marker, no reference marker: derived
    ['Eigen % van totale formatie'],
    ['Taakveldcode'],
    ['Iv3 code'],
    ['Formatie en kosten'], // both measures: ambiguous
    ['fte per 10.000 inwoners'], // only per 1 000 is a basis; per 10 000 read as that is off ×10
    ['Benchmark formatie en kosten 2017'],
    ['Gemeente Heemstede'],
    ['Heemstede'],
    ['2017'],
    [''],
    ['   '],
    ['\n'],
    ['???'],
    ['Onbekende kolom'],
  ])('%j → no role', (header) => {
    expect(scoreHeader(header)).toEqual([]);
  });

  test('candidates are sorted best first and confidences lie in 0..1', () => {
    for (const header of ['Norm', 'Formatie', 'per inhabitant', 'Kosten per inwoner (gemiddeld)']) {
      const candidates = scoreHeader(header);
      for (let i = 1; i < candidates.length; i++) {
        expect(candidates[i - 1]!.confidence).toBeGreaterThanOrEqual(candidates[i]!.confidence);
      }
      for (const c of candidates) {
        expect(c.confidence).toBeGreaterThan(0);
        expect(c.confidence).toBeLessThanOrEqual(1);
      }
    }
  });

  test('a non-string at run time (untyped callers) gives no candidates instead of throwing', () => {
    expect(scoreHeader(42 as unknown as string)).toEqual([]);
    expect(scoreHeader(null as unknown as string)).toEqual([]);
    expect(scoreHeader({ error: '#REF!' } as unknown as string)).toEqual([]);
  });
});

describe('scoreHeader: tolerance of real-world spelling', () => {
  test.each<[string, Role]>([
    ['FORMATIE IN FTE', 'fte'],
    ['  formatie   in    fte  ', 'fte'],
    ['Formatie\nin fte', 'fte'],
    ['Formatie\r\n(fte)', 'fte'],
    ['Formatie in fte:', 'fte'],
    ['Formatie 2017 Heemstede', 'fte'],
    ['Formatie per 1-1-2017', 'fte'], // a reference date, not a rate
    ['Formatie per cluster', 'fte'],
    ['Fte’s', 'fte'],
    ['Kósten Heemstede', 'costs'],
    ['Kosten [x 1.000]', 'costs'], // a scale unit, not per 1 000 inhabitants
    ['Kosten (x € 1.000)', 'costs'],
    ['Apparaatskosten\n2017\n(€)', 'costs'],
    ['Lasten:', 'costs'],
    ['Gemiddélde kosten référentiegroep', 'costs.norm'],
    ['Gemiddeld\nkosten\nreferentiegroep', 'costs.norm'],
    ['Kostennorm referentiegroep 2017', 'costs.norm'],
    ['REFERENTIE % FORMATIE', 'fte.share'],
    ['%\nvan totale\nformatie', 'fte.share'],
    ['€/inw. (gemiddeld)', 'costs.perInhabitant'],
    ['Formatie per 1 000 inw (ref.)', 'fte.per1000'],
    ['fte/1.000 inwoners', 'fte.per1000'],
    ['Taken belegd bij derden (%)', 'thirdParty'],
    ['Taken belegd bij derden\nreferentiegroep', 'thirdParty.ref'],
    ['Toelichting:', 'note'],
    ['Taakveld (Iv3)', 'cluster'],
    ['Categorie (primair/overhead)', 'category'],
  ])('%j → %s', (header, role) => {
    expect(best(header)).toBe(role);
  });
});

describe('printed deviations are read as deviations, never as the own figure or the norm', () => {
  test.each<[string, Role]>([
    ['Afwijking fte', 'fte.delta'],
    ['Verschil kosten', 'costs.delta'],
    ['Δ kosten (deviation)', 'costs.delta'],
    ['Δ% fte', 'fte.deltaPct'],
    ['+/− kosten', 'costs.delta'],
    ['Kosten Heemstede t.o.v. referentiegroep', 'costs.delta'],
    ['Kosten Heemstede als % t.o.v. referentiegroep', 'costs.deltaPct'],
    ['Formatie Heemstede t.o.v. referentiegroep (absoluut)', 'fte.delta'],
    ['Formatie Heemstede t.o.v. referentiegroep (%)', 'fte.deltaPct'],
  ])('%j → %s', (header, role) => {
    expect(scoreHeader(header)[0]).toEqual({ role, confidence: 0.9 });
  });

  test('a deviation naming no measure takes the own column on its left, or the unit in its cells', () => {
    expect(roles(['Cluster', 'Formatie in fte', 'Afwijking absoluut en in %', 'Kosten'])).toEqual([
      'cluster',
      'fte',
      'fte.delta',
      'costs',
    ]);
    const evidence = [undefined, undefined, undefined, { numbers: 7, percents: 0, fte: 0, euro: 7, maxAbs: 109074 }];
    const guesses = recogniseHeaders(['Cluster', 'Formatie in fte', 'Kosten', 'Afwijking'], undefined, [], evidence);
    expect(guesses[3]).toMatchObject({ role: 'costs.delta', byValues: 'measure' });
  });

  test('the group row names the measure: "Formatie" over "Afwijking absoluut en in %"', () => {
    const context = ['', 'Formatie', 'Formatie', 'Formatie', 'Formatie', 'Kosten', 'Kosten', 'Kosten'];
    const guesses = recogniseHeaders(
      [
        null,
        'Formatie in fte',
        'Formatie als % van totale formatie Heemstede',
        'Formatie als % van totale formatie referentiegroep',
        'Afwijking absoluut en in %',
        'Kosten Heemstede',
        'Kosten Heemstede t.o.v. referentiegroep',
        'Kosten Heemstede als % t.o.v. referentiegroep',
      ],
      undefined,
      context,
    );
    // The own share ("… Heemstede") is no input: the reference's share is.
    expect(guesses.map((g) => g.role)).toEqual([
      null,
      'fte',
      null,
      'fte.share',
      'fte.delta',
      'costs',
      'costs.delta',
      'costs.deltaPct',
    ]);
    expect(guesses[4]?.confidence).toBe(0.9);
  });
});
