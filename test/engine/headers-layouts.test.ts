// Header recognition over a whole header row: layouts, a reference without a measure,
// conflicts, overrides, the first-column fallback, non-string headers, and values deciding with
// the headers.
import { recogniseHeaders } from '../../src/engine/benchmark/headers';
import type { CellValue } from '../../src/engine/core/types';
import type { Role } from '../../src/engine/benchmark/types';
import { roles } from './headers-support';

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
