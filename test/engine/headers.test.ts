import fc from 'fast-check';

import { findHeaderRow } from '../../src/engine/benchmark/header-row';
import { recogniseHeaders, scoreHeader } from '../../src/engine/benchmark/headers';
import type { CellValue } from '../../src/engine/core/types';
import type { Role } from '../../src/engine/benchmark/types';
import { ROLES } from '../../src/engine/benchmark/types';

const best = (header: string): Role | null => scoreHeader(header)[0]?.role ?? null;
const roles = (headers: readonly CellValue[], overrides?: Readonly<Record<number, Role | null>>): (Role | null)[] =>
  recogniseHeaders(headers, overrides).map((g) => g.role);

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

describe('recogniseHeaders: layouts', () => {
  test.each<[string, CellValue[], (Role | null)[]]>([
    [
      'worked example (DOMAIN §3)',
      ['Cluster', 'Formatie in fte', '% van totale formatie', 'Kosten Heemstede', 'Kostennorm referentiegroep'],
      ['cluster', 'fte', 'fte.share', 'costs', 'costs.norm'],
    ],
    [
      'Berenschot-like',
      [
        'Taakveld',
        'Formatie',
        'Gemiddelde formatie in referentiegroep',
        'Apparaatskosten',
        'Gemiddelde kosten referentiegroep',
        'Taken belegd bij derden',
        'Taken belegd bij derden referentiegroep',
      ],
      ['cluster', 'fte', 'fte.norm', 'costs', 'costs.norm', 'thirdParty', 'thirdParty.ref'],
    ],
    [
      'Berenschot-like with line breaks, units and a category',
      [
        'Taakveld',
        'Primair/\noverhead',
        'Formatie\n(fte)',
        'Gemiddelde formatie\nin referentiegroep',
        'Apparaatskosten\n(€)',
        'Gemiddelde kosten\nreferentiegroep (€)',
        'Toelichting',
      ],
      ['cluster', 'category', 'fte', 'fte.norm', 'costs', 'costs.norm', 'note'],
    ],
    [
      'per inhabitant',
      ['Cluster', 'Categorie', 'fte', 'fte per inwoner referentie', 'Kosten', 'Kosten per inwoner (gemiddeld)'],
      ['cluster', 'category', 'fte', 'fte.perInhabitant', 'costs', 'costs.perInhabitant'],
    ],
    [
      'per inhabitant, English, measure from context',
      ['Cluster name', 'Own fte', 'per inhabitant', 'Costs', 'per inhabitant', 'Comments'],
      ['cluster', 'fte', 'fte.perInhabitant', 'costs', 'costs.perInhabitant', 'note'],
    ],
    [
      'per 1 000 inhabitants',
      ['Taakgebied', 'Formatie', 'Formatie per 1.000 inw. referentie', 'Lasten', 'per 1000 inwoners'],
      ['cluster', 'fte', 'fte.per1000', 'costs', 'costs.per1000'],
    ],
    [
      'per 1 000, English',
      ['Task field', 'Formation', 'per 1,000 inhabitants', 'Note'],
      ['cluster', 'fte', 'fte.per1000', 'note'],
    ],
    [
      'workload',
      [
        'Cluster',
        'Werklastindicator',
        'Formatie',
        'fte per werklasteenheid (referentie)',
        'Kosten',
        'kosten per eenheid referentie',
      ],
      ['cluster', 'workload', 'fte', 'fte.perUnit', 'costs', 'costs.perUnit'],
    ],
    [
      'workload, measure of "Norm per eenheid" from context',
      ['Afdeling', 'Aantal eenheden', 'Bezetting', 'Norm per eenheid'],
      ['cluster', 'workload', 'fte', 'fte.perUnit'],
    ],
    [
      'overhead per fte served',
      [
        'Team',
        'Soort',
        'Formatie',
        'fte overhead per fte (gemiddeld)',
        'Kosten',
        'Overheadkosten per fte referentie',
        'Kosten per fte',
      ],
      ['cluster', 'category', 'fte', 'fte.perFte', 'costs', 'costs.perFte', null],
    ],
    [
      'shares of both measures, context decides the second',
      ['Cluster', 'Formatie in fte', '% van totaal', 'Kosten in euro', '% van totaal'],
      ['cluster', 'fte', 'fte.share', 'costs', 'costs.share'],
    ],
    [
      'bare references after each measure',
      ['Omschrijving', 'Formatie', 'Norm', 'Kosten', 'Referentie', 'Afwijking', 'Afwijking %'],
      // A deviation names what it deviates from on its left: here the costs.
      ['cluster', 'fte', 'fte.norm', 'costs', 'costs.norm', 'costs.delta', 'costs.deltaPct'],
    ],
    [
      'second year column: the later year is the current figure',
      ['Cluster', 'Formatie 2016', 'Formatie 2017', 'Formatienorm 2017', 'Kosten 2016', 'Kosten 2017'],
      ['cluster', null, 'fte', 'fte.norm', null, 'costs'],
    ],
    [
      'English benchmark',
      [
        'Cluster',
        'Category',
        'FTE',
        'Reference FTE',
        'Costs',
        'Reference costs',
        'Third parties',
        'Third parties (average)',
        'Explanation',
      ],
      ['cluster', 'category', 'fte', 'fte.norm', 'costs', 'costs.norm', 'thirdParty', 'thirdParty.ref', 'note'],
    ],
    [
      'headers with municipality names and a year everywhere',
      ['Heemstede 2017', 'Formatie Heemstede', 'Kosten Heemstede', 'Kostennorm referentiegroep 2017'],
      ['cluster', 'fte', 'costs', 'costs.norm'],
    ],
    [
      'a derived own rate is ignored, not mistaken for the reference',
      ['Cluster', 'Formatie', 'Kosten', 'Kosten per fte', 'Gemiddelde kosten per fte'],
      ['cluster', 'fte', 'costs', null, 'costs.perFte'],
    ],
  ])('%s', (_name, headers, expected) => {
    expect(roles(headers)).toEqual(expected);
  });

  test('the guess keeps column index and header text', () => {
    const guesses = recogniseHeaders(['Cluster', 'Formatie\nin fte']);
    expect(guesses).toEqual([
      { column: 0, header: 'Cluster', role: 'cluster', confidence: 0.9 },
      { column: 1, header: 'Formatie\nin fte', role: 'fte', confidence: 0.9 },
    ]);
  });

  test('an empty header row gives an empty answer', () => {
    expect(recogniseHeaders([])).toEqual([]);
  });
});

describe('recogniseHeaders: a reference without a measure takes it from the table', () => {
  test('from the nearest own measure to its left, at about 0.6', () => {
    const guesses = recogniseHeaders(['Cluster', 'Kosten', 'Formatie', 'Norm']);
    expect(guesses[3]?.role).toBe('fte.norm');
    expect(guesses[3]?.confidence).toBeCloseTo(0.6, 5);
  });

  test('an explicit reference column in between does not count as the own measure', () => {
    expect(roles(['Cluster', 'Kosten', 'Formatienorm', 'Gemiddeld'])).toEqual([
      'cluster',
      'costs',
      'fte.norm',
      'costs.norm',
    ]);
  });

  test('an unmarked rate inferred from the left scores 0.55, below a marked one', () => {
    const guesses = recogniseHeaders(['Cluster', 'Kosten', 'per inwoner', 'Formatie', 'Gemiddeld per inwoner']);
    expect(guesses.map((g) => g.role)).toEqual(['cluster', 'costs', 'costs.perInhabitant', 'fte', 'fte.perInhabitant']);
    expect(guesses[2]?.confidence).toBe(0.55);
    expect(guesses[4]?.confidence).toBe(0.6);
  });

  test('with nothing on its left, from the right, and less sure', () => {
    const guesses = recogniseHeaders(['Referentie', 'Kosten']);
    expect(guesses.map((g) => g.role)).toEqual(['costs.norm', 'costs']);
    expect(guesses[0]?.confidence).toBeLessThan(0.6);
  });

  test('with no own measure anywhere it stays unassigned', () => {
    expect(roles(['Cluster', 'Norm', 'Toelichting'])).toEqual(['cluster', null, 'note']);
  });

  test('an override to an own measure is context too', () => {
    expect(roles(['Cluster', 'Bedrag x', 'Norm'], { 1: 'costs' })).toEqual(['cluster', 'costs', 'costs.norm']);
  });

  test('context inference is weaker than an explicit reference header', () => {
    // Both want costs.norm; the explicit "Kostennorm" keeps it, "Norm" has no other candidate.
    const guesses = recogniseHeaders(['Cluster', 'Kosten', 'Norm', 'Kostennorm']);
    expect(guesses.map((g) => g.role)).toEqual(['cluster', 'costs', null, 'costs.norm']);
    expect(guesses[2]?.confidence).toBe(0);
  });
});

describe('recogniseHeaders: conflicts', () => {
  test.each<[string, CellValue[], (Role | null)[]]>([
    ['two equal fte columns: the leftmost keeps it', ['Cluster', 'Formatie', 'FTE'], ['cluster', 'fte', null]],
    [
      'formation beats filled staffing wherever it stands',
      ['Cluster', 'Bezetting', 'Formatie'],
      ['cluster', null, 'fte'],
    ],
    ['the total beats a cost component', ['Cluster', 'Loonkosten', 'Apparaatskosten'], ['cluster', null, 'costs']],
    ['a strong cluster word beats a weak one', ['Omschrijving', 'Taakveld', 'Kosten'], [null, 'cluster', 'costs']],
    [
      'two identical references: the leftmost keeps it',
      ['Cluster', 'Kosten', 'Kostennorm', 'Norm kosten'],
      ['cluster', 'costs', 'costs.norm', null],
    ],
    ['two notes', ['Cluster', 'Kosten', 'Toelichting', 'Opmerkingen'], ['cluster', 'costs', 'note', null]],
  ])('%s', (_name, headers, expected) => {
    expect(roles(headers)).toEqual(expected);
  });

  test('each recognised role appears at most once, and a loser has confidence 0', () => {
    const guesses = recogniseHeaders(['Cluster', 'Formatie', 'Formatie', 'Formatie', 'Norm', 'Norm']);
    const assigned = guesses.filter((g) => g.role !== null).map((g) => g.role);
    expect(new Set(assigned).size).toBe(assigned.length);
    for (const g of guesses) if (g.role === null) expect(g.confidence).toBe(0);
  });
});

describe('recogniseHeaders: overrides', () => {
  test('an override wins with confidence 1', () => {
    const guesses = recogniseHeaders(['Cluster', 'Formatie', 'Kolom C'], { 2: 'costs' });
    expect(guesses[2]).toEqual({ column: 2, header: 'Kolom C', role: 'costs', confidence: 1 });
  });

  test('null ignores a column that would otherwise be recognised', () => {
    const guesses = recogniseHeaders(['Cluster', 'Formatie', 'Kosten'], { 2: null });
    expect(guesses[2]).toEqual({ column: 2, header: 'Kosten', role: null, confidence: 1 });
  });

  test('a role taken by an override moves the recognised column to nothing', () => {
    expect(roles(['Cluster', 'Formatie', 'Bezetting'], { 2: 'fte' })).toEqual(['cluster', null, 'fte']);
  });

  test('an override can give a non-string header a role', () => {
    expect(roles(['Cluster', 2017, 'Kosten'], { 1: 'fte' })).toEqual(['cluster', 'fte', 'costs']);
  });

  test('an override on the cluster role blocks the first-column fallback', () => {
    expect(roles(['Heemstede', 'Naamloos', 'Formatie'], { 1: 'cluster' })).toEqual([null, 'cluster', 'fte']);
  });

  test('overriding the first column to null keeps the fallback from using it', () => {
    expect(roles(['Heemstede', 'Formatie'], { 0: null })).toEqual([null, 'fte']);
  });

  test('an unknown role (stale settings) and out-of-range columns are ignored', () => {
    const stale = { 1: 'fte.perPerson', 9: 'costs' } as unknown as Record<number, Role | null>;
    expect(roles(['Cluster', 'Kosten'], stale)).toEqual(['cluster', 'costs']);
  });

  test('overrides given with string keys (parsed JSON) work the same', () => {
    const fromJson = JSON.parse('{"1":"costs.norm"}') as Record<number, Role | null>;
    expect(roles(['Cluster', 'Bedrag'], fromJson)).toEqual(['cluster', 'costs.norm']);
  });
});

describe('recogniseHeaders: first column fallback', () => {
  test('an unrecognised text header in the first column becomes the cluster, at 0.5', () => {
    const guesses = recogniseHeaders(['Gemeente Heemstede', 'Formatie', 'Kosten']);
    expect(guesses[0]).toEqual({ column: 0, header: 'Gemeente Heemstede', role: 'cluster', confidence: 0.5 });
  });

  test.each<[string, CellValue[], (Role | null)[]]>([
    ['a cluster elsewhere', ['Nr', 'Taakveld', 'Kosten'], [null, 'cluster', 'costs']],
    ['an empty first header', ['', 'Formatie', 'Kosten'], [null, 'fte', 'costs']],
    ['a null first header', [null, 'Formatie', 'Kosten'], [null, 'fte', 'costs']],
    ['a number as first header', [2017, 'Formatie', 'Kosten'], [null, 'fte', 'costs']],
    ['a code column', ['Code', 'Formatie', 'Kosten'], [null, 'fte', 'costs']],
    ['a deviation column', ['Afwijking', 'Formatie', 'Kosten'], [null, 'fte', 'costs']],
    ['a column naming both measures', ['Formatie en kosten', 'Formatie', 'Kosten'], [null, 'fte', 'costs']],
    ['a first column with a role', ['Formatie', 'Kosten'], ['fte', 'costs']],
  ])('not applied with %s', (_name, headers, expected) => {
    expect(roles(headers)).toEqual(expected);
  });
});

describe('recogniseHeaders: non-string headers', () => {
  test.each<[string, CellValue, string]>([
    ['a number', 2017, '2017'],
    ['null', null, ''],
    ['a boolean', true, 'true'],
    ['an error value', { error: '#REF!' }, '#REF!'],
    ['an error value', { error: '#N/A' }, '#N/A'],
  ])('%s gets role null and a readable header', (_name, value, header) => {
    const guesses = recogniseHeaders(['Cluster', value, 'Kosten']);
    expect(guesses[1]).toEqual({ column: 1, header, role: null, confidence: 0 });
    expect(guesses[0]?.role).toBe('cluster');
    expect(guesses[2]?.role).toBe('costs');
  });
});

describe('findHeaderRow', () => {
  const workedExample: CellValue[][] = [
    ['Benchmark formatie en kosten 2017', null, null, null, null],
    ['Gemeente Heemstede', null, null, null, null],
    [null, null, null, null, null],
    ['Cluster', 'Formatie in fte', '% van totale formatie', 'Kosten Heemstede', 'Kostennorm referentiegroep'],
    ['Juridische Zaken', 3.69, 0.016, 294556, 215568],
    ['Personeel & Organisatie', 4.93, 0.029, 369042, 374420],
  ];

  test.each<[string, CellValue[][], number | null]>([
    ['worked example under title rows', workedExample, 3],
    [
      'header in the first row',
      [
        ['Taakveld', 'Formatie', 'Apparaatskosten'],
        ['Bestuur', 2, 200000],
      ],
      0,
    ],
    [
      'title in a merged-looking row with trailing empties, then the header',
      [
        ['IJkpunt – benchmark 2017', '', '', ''],
        ['', '', '', ''],
        ['Taakveld', 'Formatie', 'Gemiddelde formatie in referentiegroep', 'Toelichting'],
        ['Bestuur', 2, 2.4, 'bewuste extra inzet'],
      ],
      2,
    ],
    [
      'English header under a title, with text numbers from a CSV',
      [['Benchmark 2023'], ['Cluster name', 'Own fte', 'Reference fte'], ['Communication', '2,76', '3,7']],
      1,
    ],
    [
      'a units row under the header is not the header',
      [
        ['Cluster', 'Formatie', 'Kosten', 'Kostennorm'],
        [null, '(fte)', '(€)', '(€)'],
        ['Inkoop', 0.4, 179540, 70466],
      ],
      0,
    ],
    [
      'a data row with recognisable words is not a header',
      [
        ['Cluster', 'Formatie', 'Kosten', 'Toelichting'],
        ['Personeel & Organisatie', 4.93, 369042, 'Hogere kosten door inhuur'],
      ],
      0,
    ],
    [
      'a legend row above the table loses to the header that has data under it',
      [
        ['Legenda:', 'Formatie in fte', 'Kosten in euro'],
        [null, null, null],
        [null, null, null],
        [null, null, null],
        ['Cluster', 'Formatie', 'Kosten'],
        ['Inkoop', 0.4, 179540],
      ],
      4,
    ],
    [
      'a header without data under it is still the header when nothing better exists',
      [['Titel'], ['Cluster', 'Formatie', 'Kosten']],
      1,
    ],
    [
      'a header with line breaks, error cells and ragged rows',
      [
        ['Overzicht', { error: '#REF!' }],
        [],
        ['Taakveld', 'Formatie\n(fte)', 'Kosten\n(€)', { error: '#N/A' }],
        ['Bestuur', 2, { error: '#DIV/0!' }],
      ],
      2,
    ],
  ])('%s', (_name, grid, expected) => {
    expect(findHeaderRow(grid)).toBe(expected);
  });

  test.each<[string, CellValue[][]]>([
    ['an empty grid', []],
    ['empty rows', [[], [null, null], ['', '  ']]],
    ['only titles and numbers', [['Benchmark formatie en kosten 2017'], ['Gemeente Heemstede'], [1, 2, 3]]],
    ['a single recognised cell per row', [['Formatie'], ['Kosten'], [3, 4]]],
    [
      'recognised cells without any measure',
      [
        ['Cluster', 'Toelichting'],
        ['Inkoop', 'tekst'],
      ],
    ],
    [
      'numbers and errors only',
      [
        [1, 2],
        [{ error: '#REF!' }, true],
      ],
    ],
    [
      'data rows whose texts happen to contain measure words',
      [
        ['Overzicht'],
        ['Personeel & Organisatie', 4.93, 369042, 'Hogere kosten door inhuur'],
        ['Formatie & Kosten', 2.76, 193683, 'Minder kosten'],
      ],
    ],
  ])('null for %s', (_name, grid) => {
    expect(findHeaderRow(grid)).toBeNull();
  });

  test('scans at most the first 30 rows', () => {
    const filler: CellValue[][] = Array.from({ length: 30 }, (_, i) => [`Regel ${i + 1}`]);
    const header: CellValue[] = ['Cluster', 'Formatie', 'Kosten'];
    expect(findHeaderRow([...filler, header, ['Inkoop', 1, 2]])).toBeNull();
    expect(findHeaderRow([...filler.slice(1), header, ['Inkoop', 1, 2]])).toBe(29);
  });
});

describe('properties', () => {
  const cell = fc.oneof(
    fc.string(),
    fc.constantFrom('Formatie', 'Kosten', 'Norm', 'per inwoner', '% van totaal', 'Cluster', '€', '%', '/', '\n'),
    fc.double(),
    fc.integer(),
    fc.constant(null),
  );
  const roleOrNull = fc.oneof(fc.constantFrom(...ROLES), fc.constant(null));

  test('recogniseHeaders never throws and returns one valid guess per column', () => {
    fc.assert(
      fc.property(
        fc.array(cell, { maxLength: 20 }),
        fc.dictionary(fc.nat({ max: 25 }).map(String), roleOrNull),
        (headers, overrides) => {
          const guesses = recogniseHeaders(headers, overrides as Record<number, Role | null>);
          expect(guesses).toHaveLength(headers.length);
          guesses.forEach((g, i) => {
            expect(g.column).toBe(i);
            expect(typeof g.header).toBe('string');
            expect(g.confidence).toBeGreaterThanOrEqual(0);
            expect(g.confidence).toBeLessThanOrEqual(1);
            if (g.role !== null) expect(ROLES).toContain(g.role);
          });
          const recognised = guesses.filter(
            (g) => !Object.prototype.hasOwnProperty.call(overrides, g.column) && g.role !== null,
          );
          // Overrides for columns the table does not have are ignored, so they take no role either.
          const overridden = new Set(
            Object.entries(overrides)
              .filter(([column, role]) => Number(column) < headers.length && role !== null)
              .map(([, role]) => role),
          );
          for (const g of recognised) expect(overridden.has(g.role as Role)).toBe(false);
          expect(new Set(recognised.map((g) => g.role)).size).toBe(recognised.length);
        },
      ),
    );
  });

  test('findHeaderRow never throws and answers null or a row within the first 30', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 40 }), (grid) => {
        const row = findHeaderRow(grid);
        if (row !== null) {
          expect(row).toBeGreaterThanOrEqual(0);
          expect(row).toBeLessThan(Math.min(30, grid.length));
        }
      }),
    );
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

describe('values decide with headers', () => {
  const headers2012 = [
    null,
    'Formatie in fte',
    'Formatie als % van totale formatie Heemstede',
    'Gemiddelde formatie in referentiegroep',
  ];
  test('"Gemiddelde formatie in referentiegroep" holding percentages is a share, less surely', () => {
    const percentages = { numbers: 6, percents: 6, fte: 0, euro: 0, maxAbs: 0.093 };
    const guesses = recogniseHeaders(headers2012, undefined, [], [undefined, undefined, percentages, percentages]);
    expect(guesses[3]).toMatchObject({ role: 'fte.share', confidence: 0.7, byValues: 'shares' });
    expect(guesses[2]?.role).toBeNull();
  });

  test('without percentages in its cells the same header stays an fte norm', () => {
    const amounts = { numbers: 6, percents: 0, fte: 6, euro: 0, maxAbs: 15.4 };
    const guesses = recogniseHeaders(headers2012, undefined, [], [undefined, undefined, undefined, amounts]);
    expect(guesses[3]).toEqual({
      column: 3,
      header: 'Gemiddelde formatie in referentiegroep',
      role: 'fte.norm',
      confidence: 0.9,
    });
  });

  test('a share header over fte amounts is read as a norm, less surely', () => {
    const amounts = { numbers: 3, percents: 0, fte: 3, euro: 0, maxAbs: 11.2 };
    const guesses = recogniseHeaders(
      ['Cluster', 'Formatie', '% van totale formatie referentie'],
      undefined,
      [],
      [undefined, undefined, amounts],
    );
    expect(guesses[2]).toMatchObject({ role: 'fte.norm', confidence: 0.7, byValues: 'amounts' });
  });
});
