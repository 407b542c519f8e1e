// `ijkpunt analyse`: what the plausibility guard flagged is marked wherever results are shown
// or written (issue #13, item 7) — in the text table ("!" beside the figure, and a legend), in
// the JSON per cluster, and in the copy written with --out ("geen conclusie" for the class).
// The 2017 table (REPORT-TABLES.md, DOMAIN §3) must trip nothing; the same table with Inkoop's
// share typed as 0,01% instead of 0,3% must trip the rule for a deviation beyond 300 %.
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { EXAMPLES, run } from '../support/cli';
import { readPackage } from '../../src/xlsx/read';

const EXAMPLE_2017 = join(EXAMPLES, 'heemstede-2017.csv');

const HEADER =
  'Cluster                            Cat.  Fte  Norm  Δ fte    Δ%     Kosten       Norm       Δ €     Δ%  Klasse';

/** The 2017 table with Inkoop's share of the formation mistyped (0,01% for 0,3%). */
function mistypedShare(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ijkpunt-flagged-'));
  const path = join(dir, 'inkoop-verkeerd.csv');
  const text = readFileSync(EXAMPLE_2017, 'utf8');
  const changed = text.replace(/^Inkoop;0,4;0,3%;/m, 'Inkoop;0,4;0,01%;');
  expect(changed).not.toBe(text);
  writeFileSync(path, changed);
  return path;
}

/** The lines from the table's title to the end. */
function tableLines(out: string): string[] {
  const lines = out.split('\n');
  return lines.slice(lines.indexOf('Per cluster'));
}

describe('the text table', () => {
  test('the worked example: plain figures, no mark and no legend', async () => {
    const { code, out } = await run('analyse', EXAMPLE_2017);
    expect(code).toBe(0);
    expect(tableLines(out)).toEqual([
      'Per cluster',
      HEADER,
      'Juridische Zaken                   OH    3,7   2,6   +1,1  +42%    294.556    215.568   +78.988   +37%  ruim hoger',
      'Personeel & Organisatie            OH    4,9   4,7   +0,2   +5%    369.042    374.420    −5.378    −1%  nagenoeg gelijk',
      'Inkoop                             OH    0,4   0,5   −0,1  −18%    179.540     70.466  +109.074  +155%  ruim hoger',
      'Communicatie                       OH    2,8   3,7   −1,0  −26%    193.683    241.238   −47.555   −20%  lager',
      'Financiën & Control                OH    9,4  10,9   −1,5  −13%    654.903    760.915  −106.012   −14%  lager',
      'Informatisering en Automatisering  OH    9,7  11,2   −1,5  −13%  2.028.168  1.980.620   +47.548    +2%  nagenoeg gelijk',
      'Facilitaire dienst                 OH    5,0   7,8   −2,8  −35%    627.522    614.704   +12.818    +2%  nagenoeg gelijk',
      '',
    ]);
    expect(out).not.toContain('!');
  });

  test('a deviation beyond 300 %: Inkoop’s fte figures marked "!", the legend under the table', async () => {
    const { code, out, err } = await run('analyse', mistypedShare());
    expect(code).toBe(0);
    expect(err).toContain('Inkoop: de afwijking van de formatie is +2.365%.');
    expect(tableLines(out)).toEqual([
      'Per cluster',
      'Cluster                            Cat.  Fte   Norm   Δ fte         Δ%     Kosten       Norm       Δ €     Δ%  Klasse',
      'Juridische Zaken                   OH    3,7    2,6    +1,1       +42%    294.556    215.568   +78.988   +37%  ruim hoger',
      'Personeel & Organisatie            OH    4,9    4,7    +0,2        +5%    369.042    374.420    −5.378    −1%  nagenoeg gelijk',
      'Inkoop                             OH    0,4  0,0 !  +0,4 !  +2.365% !    179.540     70.466  +109.074  +155%  ruim hoger',
      'Communicatie                       OH    2,8    3,7    −1,0       −26%    193.683    241.238   −47.555   −20%  lager',
      'Financiën & Control                OH    9,4   10,9    −1,5       −13%    654.903    760.915  −106.012   −14%  lager',
      'Informatisering en Automatisering  OH    9,7   11,2    −1,5       −13%  2.028.168  1.980.620   +47.548    +2%  nagenoeg gelijk',
      'Facilitaire dienst                 OH    5,0    7,8    −2,8       −35%    627.522    614.704   +12.818    +2%  nagenoeg gelijk',
      '! = geen conclusie: zie waarschuwingen',
      '',
    ]);
  });

  test('in English the legend is English', async () => {
    const { out } = await run('analyse', mistypedShare(), '--lang', 'en');
    expect(out).toContain('\n! = no conclusion: see the warnings\n');
    expect(out).toContain('  0.0 !  +0.4 !  +2,365% !  ');
  });
});

describe('the JSON and the written copy', () => {
  test('--json: each cluster carries the findings about it, the others none', async () => {
    const { code, out } = await run('analyse', mistypedShare(), '--json');
    expect(code).toBe(0);
    const result = JSON.parse(out) as { clusters: { name: string; findings: unknown[] }[] };
    const inkoop = result.clusters.find((c) => c.name === 'Inkoop');
    expect(inkoop?.findings).toEqual([{ rule: 'extremeDeviation', measure: 'fte', cells: ['B6', 'C6'] }]);
    expect(result.clusters.filter((c) => c.findings.length > 0).map((c) => c.name)).toEqual(['Inkoop']);
  });

  test('--out: the flagged class cell says "geen conclusie", the others keep their class', async () => {
    const input = mistypedShare();
    const out = join(mkdtempSync(join(tmpdir(), 'ijkpunt-flagged-out-')), 'kopie.xlsx');
    expect((await run('analyse', input, '--out', out)).code).toBe(0);
    const sheet = readPackage(readFileSync(out)).sheets[0];
    const cells = sheet?.grid.cells ?? [];
    const header = cells[2] ?? [];
    const fteClass = header.indexOf('Klasse fte');
    expect(fteClass).toBeGreaterThan(0);
    const classOf = (name: string) => cells.find((row) => row[0] === name)?.[fteClass];
    expect(classOf('Inkoop')).toBe('geen conclusie');
    expect(classOf('Juridische Zaken')).toBe('ruim hoger');
    expect(classOf('Facilitaire dienst')).toBe('ruim lager');
  });
});
