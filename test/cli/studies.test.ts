// The study commands on the bundled examples: criteria (text, JSON, --out, --template),
// compare and formatiewens — numbers, sentences, exit codes and refusals.
import { existsSync, mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { EXAMPLES, run } from '../support/cli';
import { BASELINE } from '../../src/studies';

/** The baseline option's parser, as both front doors use it. */
function parseYears(value: string, language: 'nl' | 'en'): readonly number[] | null {
  const parsed = BASELINE.parse(value, language);
  return parsed.ok ? parsed.value : null;
}

const dir = mkdtempSync(join(tmpdir(), 'ijkpunt-studies-'));

interface CriteriaJson {
  teams: {
    team: string;
    indicators: {
      indicator: string;
      baseline: number | null;
      latest: number | null;
      changePct: number | null;
      status: string;
      latestYear: string | null;
    }[];
    summary: { verdict: string; score: number | null };
  }[];
  sentences: string[];
  warnings: { cell: string | null; message: string }[];
}

describe('ijkpunt criteria', () => {
  test.each(['samenwerking.xlsx', 'samenwerking.csv'])('%s --json: the council memo example', async (file) => {
    const { code, out, err } = await run('criteria', join(EXAMPLES, file), '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out) as CriteriaJson;
    const info = json.teams.find((t) => t.team === 'Informatisering');
    expect(info?.indicators[0]).toMatchObject({
      indicator: 'Personeelskosten',
      baseline: 1_050_000,
      latest: 1_113_000,
      latestYear: 'Jaarrekening 2021',
      status: 'verslechterd',
    });
    expect(info?.summary).toMatchObject({ verdict: 'overwegend verbeterd', score: 0.25 });
    expect(json.sentences[0]).toMatch(
      /^Informatisering: personeelskosten \+6% t\.o\.v\. nul-lijn 2018–2020 \(verslechterd\); inhuur −46% \(verbeterd\)/,
    );
    // Warnings go to stderr with the sheet and cell.
    expect(err).toMatch(
      /^Waarschuwing (Toetsingscriteria|samenwerking)!E\d+: Informatisering, Personeelskosten: \+6% t\.o\.v\. de nul-lijn zonder toelichting/,
    );
  });

  test('--baseline changes the baseline years; the text report names the statuses', async () => {
    const { code, out } = await run(
      'criteria',
      join(EXAMPLES, 'samenwerking.xlsx'),
      '--baseline',
      '2018-2019',
      '--tolerance',
      '10',
    );
    expect(code).toBe(0);
    expect(out).toContain('t.o.v. nul-lijn 2018–2019');
    expect(out).toMatch(/Personeelskosten\s+1\.025\.000,00|Personeelskosten\s+1\.025\.000/);
    expect(parseYears('2018,2019,2020', 'nl')).toEqual([2018, 2019, 2020]);
    expect(parseYears('2016–2017', 'nl')).toEqual([2016, 2017]);
  });

  test('bad options and a sheet without criteria: exit 2 with a Dutch message', async () => {
    expect(await run('criteria', join(EXAMPLES, 'samenwerking.xlsx'), '--baseline', 'vorig jaar')).toMatchObject({
      code: 2,
      err: '--baseline: "vorig jaar" is geen lijst van jaren zoals 2018,2019,2020 of 2018-2020.\n',
    });
    const none = await run('criteria', join(EXAMPLES, 'heemstede-2017.xlsx'));
    expect(none.code).toBe(2);
    expect(none.err).toContain('staat geen tabel met criteria');
  });

  test('--out writes the scorecard and factsheets; a re-run on the copy reads the same and rewrites in place', async () => {
    const out = join(dir, 'sw.xlsx');
    expect((await run('criteria', join(EXAMPLES, 'samenwerking.xlsx'), '--out', out)).code).toBe(0);
    expect(existsSync(out)).toBe(true);
    const again = await run('criteria', out, '--json', '--sheet', 'Toetsingscriteria');
    expect(again.code).toBe(0);
    expect((JSON.parse(again.out) as CriteriaJson).teams).toHaveLength(6);
    const second = join(dir, 'sw2.xlsx');
    expect((await run('criteria', out, '--sheet', 'Toetsingscriteria', '--out', second)).code).toBe(0);
  });

  test('--template writes a ready-to-fill sheet, never over an existing file', async () => {
    const out = join(dir, 'kader.xlsx');
    const first = await run('criteria', '--template', out);
    expect(first).toMatchObject({ code: 0, out: `Geschreven: ${out} (vul blad Toetsingskader in, A4:P64)\n` });
    const second = await run('criteria', '--template', out);
    expect(second.code).toBe(2);
    // The template is read as an (unfilled) criteria table: every team, insufficient data.
    const read = await run('criteria', out, '--json');
    expect(read.code).toBe(0);
    const json = JSON.parse(read.out) as CriteriaJson;
    expect(json.teams.map((t) => t.team)).toEqual([
      'Communicatie',
      'Personeel & Organisatie',
      'Facilitaire Zaken',
      'Financiële Administratie',
      'Informatisering',
      'Handhaving',
    ]);
    expect(json.teams.every((t) => t.summary.verdict === 'onvoldoende gegevens')).toBe(true);
  });
});

describe('ijkpunt compare', () => {
  test('2012 against 2017: matched one-to-one, unmatched listed, trends', async () => {
    const { code, out } = await run(
      'compare',
      join(EXAMPLES, 'heemstede-2012.xlsx'),
      join(EXAMPLES, 'heemstede-2017.xlsx'),
      '--json',
    );
    expect(code).toBe(0);
    const json = JSON.parse(out) as {
      clusters: { name: string; trend: string; a: { name: string; deltaPct: number } }[];
      unmatched: { a: string[]; b: string[] };
      sentences: string[];
    };
    expect(json.clusters.map((c) => [c.name, c.trend])).toEqual([
      ['Juridische Zaken', 'toename'],
      ['Personeel & Organisatie', 'redelijk stabiel'],
      ['Communicatie', 'toename'],
      ['Financiën & Control', 'redelijk stabiel'],
      ['Informatisering en Automatisering', 'toename'],
      ['Facilitaire dienst', 'redelijk stabiel'],
    ]);
    expect(json.clusters[0]?.a.name).toBe('Juridische Zaken, incl. secretariaat');
    expect(json.unmatched).toEqual({ a: ['Documentaire informatievoorziening'], b: ['Inkoop'] });
    expect(json.sentences[4]).toBe(
      'Niet te vergelijken: Inkoop (alleen 2017); Documentaire informatievoorziening (alleen 2012).',
    );
  });

  test('--band 20 and the text report in English', async () => {
    const { code, out } = await run(
      'compare',
      join(EXAMPLES, 'heemstede-2012.csv'),
      join(EXAMPLES, 'heemstede-2017.csv'),
      '--band',
      '20',
      '--lang',
      'en',
    );
    expect(code).toBe(0);
    expect(out).toMatch(/Communicatie\s+−35%\s+−20%\s+\+15\.1\s+fairly stable/);
  });

  test('one file only: exit 2', async () => {
    expect(await run('compare', join(EXAMPLES, 'heemstede-2017.xlsx'))).toMatchObject({
      code: 2,
      err: 'Geef twee bestanden: ijkpunt compare A B\n',
    });
  });
});

describe('ijkpunt formatiewens', () => {
  test('the example: gaps per theme and the total', async () => {
    const { code, out } = await run('formatiewens', join(EXAMPLES, 'formatiewens.csv'));
    expect(code).toBe(0);
    expect(out).toContain('• Sociaal domein – strategisch beleid: 5–6 fte gewenst, 2,0 aanwezig: tekort 3–4 fte.');
    expect(out).toContain('• Totaal: 17–22 fte gewenst, 12,6 aanwezig: tekort 4,4–9,4 fte.');
  });

  test('--out, and a refusal to write over the user’s cells', async () => {
    const out = join(dir, 'fw.xlsx');
    expect((await run('formatiewens', join(EXAMPLES, 'formatiewens.xlsx'), '--out', out)).code).toBe(0);
    const json = JSON.parse((await run('formatiewens', out, '--json')).out) as { themes: unknown[] };
    expect(json.themes).toHaveLength(6);
  });
});

describe('the flags', () => {
  // Each command takes only its own options now (issue #13): one it would ignore is refused.
  test('a study’s flag given to analyse is refused, naming it; an unknown one too', async () => {
    const other = await run('analyse', join(EXAMPLES, 'heemstede-2017.xlsx'), '--band', '15', '--json');
    expect(other.code).toBe(2);
    expect(other.err).toBe(
      'De optie --band hoort niet bij ijkpunt analyse. Zie ijkpunt --help voor de opties per opdracht.\n',
    );
    const unknown = await run('criteria', join(EXAMPLES, 'samenwerking.xlsx'), '--factsheets');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/^Onbekende optie --factsheets\./);
  });
});
