// `ijkpunt compare` with every per-file option of `analyse` per year, and --pair: the 2012 and
// 2017 tables of REPORT-TABLES.md (formation), as CSV files without a total formation.
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { run } from '../support/cli';

const dir = mkdtempSync(join(tmpdir(), 'ijkpunt-compare-'));

function csv(name: string, lines: readonly string[]): string {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

// 2012 under an unusual reference header, so only --map makes it readable.
const y2012 = csv('benchmark-2012.csv', [
  'Cluster;Formatie in fte;Kolom C',
  'Juridische Zaken, incl. secretariaat;2,95;1,8%',
  'Personeel & Organisatie, incl. secretariaat;4,98;3,0%',
  'Communicatie en Kwaliteitszorg;2,80;1,7%',
  'Financiën & Control, incl. secretariaat;9,48;5,7%',
  'Informatisering en Automatisering, incl. secretariaat;8,75;5,3%',
  'Facilitaire dienst, incl. Inkoop;14,83;8,9%',
]);
const y2017 = csv('benchmark-2017.csv', [
  'Cluster;Formatie in fte;% van totale formatie',
  'Juridische Zaken;3,69;1,6%',
  'Personeel & Organisatie;4,93;2,9%',
  'Inkoop;0,40;0,3%',
  'Communicatie;2,76;2,3%',
  'Financiën & Control;9,41;6,7%',
  'Informatisering en Automatisering;9,74;6,9%',
  'Facilitaire dienst;5,03;4,8%',
]);

interface CompareJson {
  clusters: { name: string; matchedBy: string; a: { name: string; norm: number }; b: { norm: number } }[];
  unmatched: { a: string[]; b: string[] };
  sentences: string[];
  warnings: { message: string }[];
}

const map2012 = ['--map', '2012:Kolom C=fte.share'];

describe('ijkpunt compare with per-year options', () => {
  test('without --map the 2012 table has no reference: refused, naming the file', async () => {
    const { code, err } = await run('compare', y2012, y2017);
    expect(code).toBe(2);
    expect(err).toContain('benchmark-2012.csv');
  });

  test('--map and --total-fte per year: each year its own total formation', async () => {
    const { code, out } = await run(
      'compare',
      y2012,
      y2017,
      ...map2012,
      '--total-fte',
      '2012:165,95',
      '--total-fte',
      '2017:162,3',
      '--json',
    );
    expect(code).toBe(0);
    const json = JSON.parse(out) as CompareJson;
    const jz = json.clusters.find((c) => c.name === 'Juridische Zaken');
    expect(jz?.a.norm).toBeCloseTo(0.018 * 165.95, 9);
    expect(jz?.b.norm).toBeCloseTo(0.016 * 162.3, 9);
    // "A:"/"B:" name the sides; one value without a year serves both.
    const sides = JSON.parse(
      (await run('compare', y2012, y2017, ...map2012, '--total-fte', 'A:165,95', '--total-fte', '162,3', '--json')).out,
    ) as CompareJson;
    expect(sides.clusters[0]?.a.norm).toBeCloseTo(0.018 * 165.95, 9);
    expect(sides.clusters[0]?.b.norm).toBeCloseTo(0.016 * 162.3, 9);
  });

  test('"Communicatie en Kwaliteitszorg" ↔ "Communicatie" as a partial match, said in a sentence; "Inkoop" stays apart', async () => {
    const { out } = await run('compare', y2012, y2017, ...map2012, '--total-fte', '162,3', '--json');
    const json = JSON.parse(out) as CompareJson;
    const comm = json.clusters.find((c) => c.name === 'Communicatie');
    expect(comm).toMatchObject({ matchedBy: 'name-part', a: { name: 'Communicatie en Kwaliteitszorg' } });
    expect(json.sentences).toContain(
      'Gekoppeld op een deel van de naam: Communicatie (2017) met Communicatie en Kwaliteitszorg (2012); controleer of het takenpakket vergelijkbaar is.',
    );
    expect(json.unmatched.b).toEqual(['Inkoop']);
  });

  test('--pair, repeatable, pairs by hand; an unknown name and an unused year are warnings', async () => {
    const { code, out, err } = await run(
      'compare',
      y2012,
      y2017,
      ...map2012,
      '--pair',
      'Facilitaire dienst, incl. Inkoop=Inkoop',
      '--pair',
      'Bestuurszaken=Bestuurszaken',
      '--inwoners',
      '2013:27000',
      // Overhead clusters with a share column: the total formation is needed (issue 13).
      '--total-fte',
      '162,3',
      '--json',
    );
    expect(code).toBe(0);
    const json = JSON.parse(out) as CompareJson;
    expect(json.clusters.find((c) => c.name === 'Inkoop')).toMatchObject({ matchedBy: 'hand' });
    expect(json.sentences).toContain('Zelf gekoppeld: Inkoop (2017) met Facilitaire dienst, incl. Inkoop (2012).');
    expect(err).toContain('--pair "Bestuurszaken=Bestuurszaken": IJkpunt vindt geen ongekoppeld cluster');
    expect(err).toContain(
      '--inwoners 2013: geen van beide jaren is 2013 (wel 2012, 2017); die waarde is niet gebruikt.',
    );
  });

  test('bad per-year values are refused naming the option (exit 2)', async () => {
    const bad = await run('compare', y2012, y2017, '--total-fte', '2012:veel');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^--total-fte: "2012:veel" is geen positief getal\. Geef per jaar bijvoorbeeld/);
    const twice = await run('compare', y2012, y2017, '--total-fte', '2012:1', '--total-fte', '2012:2');
    expect(twice.err).toMatch(/^--total-fte is voor 2012 meer dan eens gegeven/);
    const pair = await run('compare', y2012, y2017, '--pair', 'Inkoop');
    expect(pair.err).toMatch(/^--pair: "Inkoop" heeft niet de vorm "naam in A=naam in B"\./);
    const missing = await run(
      'compare',
      y2012,
      y2017,
      ...map2012,
      '--total-fte',
      '162,3',
      '--map',
      '2017:Bestaat niet=fte',
    );
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('--map: geen kolom met kop "Bestaat niet"');
  });
});
