// Two benchmark years: matching clusters one-to-one with suffix tolerance and unmatched clusters
// on both sides, Iv3 codes, ambiguous names, and matching on part of a name.
import { matchClusters, nameCore, yearLabel } from '../../src/engine/trend/match';
import type { ClusterResult } from '../../src/engine/benchmark/types';
import type { CellValue } from '../../src/engine/core/types';
import { compare, compareGrids, yearGrid } from './trend-support';

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
