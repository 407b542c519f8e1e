// The command line on the bundled examples and on bad input: numbers, sentences, exit codes.
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { EXAMPLES, run } from '../support/cli';
import type { AnalysisResult } from '../../src/engine/benchmark/types';

function tempFile(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'ijkpunt-cli-')), name);
  writeFileSync(path, content);
  return path;
}

describe('ijkpunt analyse on the bundled examples', () => {
  test.each(['heemstede-2017.xlsx', 'heemstede-2017.csv'])('%s --json gives the worked example', async (file) => {
    const { code, out, err } = await run('analyse', join(EXAMPLES, file), '--json');
    expect(code).toBe(0);
    expect(err).toBe('');
    const result = JSON.parse(out) as AnalysisResult;
    expect(result.clusters).toHaveLength(7);
    const inkoop = result.clusters.find((c) => c.name === 'Inkoop');
    expect(inkoop?.costs).toMatchObject({ own: 179540, norm: 70466, delta: 109074, class: 'ruim hoger' });
    expect(inkoop?.costs?.deltaPct).toBeCloseTo(1.5479, 4);
    expect(inkoop?.fte?.norm).toBeCloseTo(0.4869, 4);
    expect(result.parameters.totalFte).toBe(162.3);
    expect(result.totals.overhead?.costs?.delta).toBe(89483);
    expect(result.sentences[0]).toBe(
      'De 7 overheadclusters in deze tabel: 2% hogere kosten (+€ 0,1 miljoen) · 13% minder formatie (−5,4 fte).',
    );
  });

  test('the text report shows the sentences and a compact table in Dutch', async () => {
    const { code, out } = await run('analyse', join(EXAMPLES, 'heemstede-2017.xlsx'));
    expect(code).toBe(0);
    expect(out).toContain('Samenvatting — Benchmark 2017 A4:E11');
    expect(out).toContain(
      '• Aandachtspunten met hogere kosten: Inkoop (+€ 109.074; +155%), Juridische Zaken (+€ 78.988; +37%).',
    );
    expect(out).toMatch(
      /Inkoop\s+OH\s+0,4\s+0,5\s+−0,1\s+−18%\s+179\.540\s+70\.466\s+\+109\.074\s+\+155%\s+ruim hoger/,
    );
  });

  test('the text report in English: the classes in English too', async () => {
    const { code, out } = await run('analyse', join(EXAMPLES, 'heemstede-2017.xlsx'), '--lang', 'en');
    expect(code).toBe(0);
    expect(out).toMatch(
      /Inkoop\s+OH\s+0\.4\s+0\.5\s+−0\.1\s+−18%\s+179,540\s+70,466\s+\+109,074\s+\+155%\s+much higher/,
    );
    expect(out).not.toMatch(/ruim hoger|nagenoeg gelijk/);
  });

  test('--total-fte overrides the labelled cell; --range and --map pick the table', async () => {
    const { code, out } = await run(
      'analyse',
      join(EXAMPLES, 'heemstede-2017.xlsx'),
      '--range',
      'A4:E11',
      '--map',
      'Kosten Heemstede=costs;Kostennorm referentiegroep=costs.norm',
      '--total-fte',
      '200',
      '--json',
    );
    expect(code).toBe(0);
    const result = JSON.parse(out) as AnalysisResult;
    expect(result.parameters.sources.totalFte).toEqual({ kind: 'explicit' });
    expect(result.clusters[0]?.fte?.norm).toBeCloseTo(3.2, 10);
  });

  test('an English CSV with decimal points', async () => {
    const path = tempFile('en.csv', 'Cluster,FTE,Reference FTE,Costs,Cost norm\nLegal,3.69,2.60,"294,556","215,568"\n');
    const { code, out } = await run('analyse', path, '--json', '--lang', 'en');
    expect(code).toBe(0);
    const result = JSON.parse(out) as AnalysisResult;
    expect(result.clusters[0]?.fte?.own).toBe(3.69);
    expect(result.clusters[0]?.costs?.delta).toBe(78988);
  });
});

describe('ijkpunt analyse on bad input', () => {
  test('a missing file: exit 2, the file named', async () => {
    const { code, err } = await run('analyse', 'bestaat-niet.xlsx');
    expect(code).toBe(2);
    expect(err).toBe('Bestand niet gevonden: bestaat-niet.xlsx\n');
  });

  test('an unknown sheet: exit 2, the sheets listed', async () => {
    const { code, err } = await run('analyse', join(EXAMPLES, 'heemstede-2017.xlsx'), '--sheet', 'Blad9');
    expect(code).toBe(2);
    expect(err).toContain('heeft geen werkblad "Blad9". Wel: "Benchmark 2017".');
  });

  test('a file that is not a workbook: exit 2', async () => {
    const path = tempFile('kapot.xlsx', 'dit is geen zip');
    const { code, err } = await run('analyse', path);
    expect(code).toBe(2);
    expect(err).toContain('is geen Excel-werkmap (.xlsx): het is geen zip-pakket');
  });

  test('a CSV with mixed separators: exit 2', async () => {
    const path = tempFile('gemengd.csv', 'Cluster;Formatie;Norm fte\nInkoop,2,1\nCommunicatie;3;2\n');
    const { code, err } = await run('analyse', path);
    expect(code).toBe(2);
    expect(err).toContain('verschillende scheidingstekens');
  });

  test('text where numbers belong: warnings naming cells on stderr, exit 0 with partial results', async () => {
    const path = tempFile(
      'tekst.csv',
      'Cluster;Formatie in fte;Norm fte;Kosten;Kostennorm\nInkoop;veel;0,5;179540;70466\nCommunicatie;2,76;3,73;onbekend;241238\n',
    );
    const { code, out, err } = await run('analyse', path, '--json');
    expect(code).toBe(0);
    expect(err).toContain('Waarschuwing tekst!B2: "veel" is geen getal (Inkoop)');
    expect(err).toContain('Waarschuwing tekst!D3: "onbekend" is geen getal (Communicatie)');
    const result = JSON.parse(out) as AnalysisResult;
    expect(result.clusters[0]?.costs?.delta).toBe(109074);
    expect(result.clusters[1]?.fte?.delta).toBeCloseTo(-0.97, 10);
    expect(result.warnings.map((w) => w.cell)).toEqual(['B2', 'D3']);
  });

  test('a sheet without a table: exit 2 with the reason', async () => {
    const path = tempFile('leeg.csv', 'Notities;Datum\nBespreken in MT;maandag\n');
    const { code, err } = await run('analyse', path);
    expect(code).toBe(2);
    expect(err).toContain('Geen kopregel gevonden');
  });

  test('an unknown option and an unknown role: exit 2', async () => {
    expect((await run('analyse', 'x.csv', '--onzin')).code).toBe(2);
    const { code, err } = await run('analyse', join(EXAMPLES, 'heemstede-2017.xlsx'), '--map', 'Cluster=naam');
    expect(code).toBe(2);
    expect(err).toContain('"naam" is geen rol');
  });

  test('--help in English', async () => {
    const { code, out } = await run('--help', '--lang', 'en');
    expect(code).toBe(0);
    expect(out).toContain('ijkpunt analyse IN [options]');
  });
});
