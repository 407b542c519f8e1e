// `ijkpunt analyse` on the report tables of ../shared/REPORT-TABLES.md as a user types them:
// a CSV as printed (text numbers, footnote stars, the group row), an Excel table (.xlsx written
// with ExcelJS, the project's writer for CSV input), the refusal when a share needs the
// organisation's total, and the first lines saying when the fte column's sum is used.
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { EXAMPLES, run } from '../support/cli';
import type { AnalysisResult } from '../../src/engine/benchmark/types';
import type { CellValue } from '../../src/engine/core/types';
import { COST_NORMS_2017, grid2017, HEADER_2017, ROWS_2017_PRINTED } from '../fixtures/report-tables/tables';

function tempPath(name: string): string {
  return join(mkdtempSync(join(tmpdir(), 'ijkpunt-tables-')), name);
}

function csvOf(cells: readonly (readonly CellValue[])[]): string {
  return cells.map((row) => row.map((c) => (c === null ? '' : String(c))).join(';')).join('\n');
}

describe('ijkpunt analyse on the 2017 table as printed', () => {
  test('a CSV typed over from the report: norms from the printed deviations, no absurd sentence', async () => {
    const path = tempPath('rekenkamer-2017.csv');
    writeFileSync(path, csvOf(grid2017({ groupRow: true }).cells));
    const { code, out, err } = await run('analyse', path, '--json');
    expect(code).toBe(0);
    const result = JSON.parse(out) as AnalysisResult;
    for (const c of result.clusters)
      expect(c.costs).toMatchObject({ norm: COST_NORMS_2017[c.name], normFrom: 'deviation' });
    expect(result.sentences[0]).toBe(
      'De 7 overheadclusters in deze tabel: 2% hogere kosten (+€ 0,1 miljoen) · 13% minder formatie (−5,4 fte).',
    );
    expect(result.sentences.join(' ')).not.toMatch(/5\.710%|718%|Overhead als aandeel/);
    expect(err).not.toContain('geen getal');
  });

  test('an Excel table with the report’s headers (Excel names the empty first one "Kolom1")', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Bijlage');
    sheet.getCell('A1').value = 'Totale formatie Heemstede (fte)';
    sheet.getCell('B1').value = 162.3;
    sheet.addTable({
      name: 'Benchmark2017',
      ref: 'A3',
      columns: HEADER_2017.map((h) => ({ name: h === null ? 'Kolom1' : String(h) })),
      rows: ROWS_2017_PRINTED.map((row) => [...row]),
    });
    const path = tempPath('tabel-2017.xlsx');
    writeFileSync(path, Buffer.from(await workbook.xlsx.writeBuffer()));
    const { code, out } = await run('analyse', path, '--json');
    expect(code).toBe(0);
    const result = JSON.parse(out) as AnalysisResult;
    expect(result.parameters.sources.totalFte).toMatchObject({ kind: 'cell', cell: 'B1' });
    const jz = result.clusters.find((c) => c.name === 'Juridische Zaken');
    expect(jz?.fte?.basis).toBe('share');
    expect(jz?.fte?.norm).toBeCloseTo(0.016 * 162.3, 9);
    expect(jz?.costs?.norm).toBe(215568);
  });
});

describe('the organisation’s total formation', () => {
  test('a table of overhead clusters with shares and no total: exit 2, saying what to enter', async () => {
    const path = tempPath('zonder-totaal.csv');
    const lines = readFileSync(join(EXAMPLES, 'heemstede-2017.csv'), 'utf8').split('\n').slice(2);
    writeFileSync(path, lines.join('\n'));
    const { code, out, err } = await run('analyse', path);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('De totale formatie van de organisatie ontbreekt');
    expect(err).toContain('--total-fte');
    const given = await run('analyse', path, '--total-fte', '162,3', '--json');
    expect(given.code).toBe(0);
    expect((JSON.parse(given.out) as AnalysisResult).parameters.totalFte).toBe(162.3);
  });

  test('when the sum of the fte column is used, the first lines say so', async () => {
    const path = tempPath('organisatie.csv');
    writeFileSync(
      path,
      ['Cluster;Formatie;% van totale formatie referentie', 'Sociaal domein;60;55%', 'Financiën;40;40%'].join('\n'),
    );
    const { code, out } = await run('analyse', path);
    expect(code).toBe(0);
    expect(out.split('\n')[1]).toBe(
      'Let op: de totale formatie is de som van de fte-kolom (100,00 fte). Is de tabel niet de hele organisatie, geef dan --total-fte.',
    );
  });
});
