// `ijkpunt analyse --out` end to end on a 10 000-row workbook, against LibreOffice merely
// converting the same file to CSV (goal: IJkpunt's ratio ≤ 1).
import ExcelJS from 'exceljs';
import { existsSync, mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { runAnalyse } from '../src/cli/analyse-command';
import { convert, recalculatingProfile } from '../test/support/libreoffice';
import type { Figure } from './results';

export async function workbookWith(rows: number, path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Benchmark');
  sheet.addRow(['Totale formatie (fte)', rows * 20]);
  sheet.addRow([]);
  sheet.addRow(['Cluster', 'Categorie', 'Formatie in fte', '% van totale formatie', 'Kosten', 'Kostennorm']);
  for (let i = 0; i < rows; i += 1) {
    const fte = 1 + ((i * 7919) % 400) / 10;
    const costs = Math.round(fte * 78_000 * (0.9 + ((i * 31) % 23) / 100));
    sheet.addRow([
      `Cluster ${i + 1}`,
      i % 3 === 0 ? 'Overhead' : 'Primair proces',
      fte,
      fte / (rows * 20),
      costs,
      Math.round(costs * 0.97),
    ]);
  }
  await workbook.xlsx.writeFile(path);
}

export async function runCliBench(): Promise<Figure[]> {
  const rows = 10_000;
  const dir = mkdtempSync(join(tmpdir(), 'ijkpunt-bench-'));
  const input = join(dir, 'benchmark-10000.xlsx');
  await workbookWith(rows, input);
  const start = process.hrtime.bigint();
  await runAnalyse({ input, language: 'nl', out: join(dir, 'out.xlsx') });
  const cliMs = Number(process.hrtime.bigint() - start) / 1e6;
  const figures: Figure[] = [{ name: 'cli.analyse.ms', value: cliMs, unit: 'ms', rows }];
  const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((path) => existsSync(path));
  if (soffice) {
    const profile = recalculatingProfile();
    convert(soffice, profile, input, 'csv'); // first start of a fresh profile is slower
    const loStart = process.hrtime.bigint();
    convert(soffice, profile, input, 'csv');
    const loMs = Number(process.hrtime.bigint() - loStart) / 1e6;
    figures.push({ name: 'libreoffice.convert.ms', value: loMs, unit: 'ms', rows });
    figures.push({ name: 'cli.vs.libreoffice.ratio', value: cliMs / loMs, unit: 'ratio', rows });
  } else {
    console.log('LibreOffice niet gevonden: libreoffice.convert.ms overgeslagen.');
  }
  return figures;
}
