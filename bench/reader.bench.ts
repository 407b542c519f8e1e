// The reader on its own and the command's memory on large input: the read of a 10 000-row
// workbook (goal: no slower than before the bounded reader), and the peak memory of the
// analysis of a 200 000-row CSV (goal ≤ 1 GB), measured in a child process so the figure is
// that run's alone.
import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { readPackage } from '../src/xlsx/read';
import { workbookWith } from './cli.bench';
import type { Figure } from './results';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function csvOf(rows: number): string {
  const lines = [
    `Totale formatie (fte);${rows * 20};;;`,
    ';;;;',
    'Cluster;Categorie;Formatie in fte;Kosten;Kostennorm',
  ];
  for (let i = 0; i < rows; i += 1) {
    const fte = 1 + ((i * 7919) % 400) / 10;
    const costs = Math.round(fte * 78_000 * (0.9 + ((i * 31) % 23) / 100));
    lines.push(
      `Cluster ${i + 1};${i % 3 === 0 ? 'Overhead' : 'Primair proces'};${String(fte).replace('.', ',')};${costs};${Math.round(costs * 0.97)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Peak resident memory (MB) and time of `ijkpunt analyse …args` in a fresh process. */
function childRun(args: readonly string[]): { peakMB: number; ms: number; code: number | null } {
  const main = join(__dirname, '..', 'src', 'cli', 'main.js');
  const script = `require(${JSON.stringify(main)}).main(${JSON.stringify(args)}, { stdout: () => {}, stderr: (t) => process.stderr.write(t) }).then((code) => { process.stdout.write(JSON.stringify({ code, rss: process.resourceUsage().maxRSS })); });`;
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const parsed = JSON.parse(result.stdout || '{"code":null,"rss":0}') as { code: number | null; rss: number };
  return { peakMB: parsed.rss / 1024, ms, code: parsed.code };
}

export async function runReaderBench(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'ijkpunt-bench-reader-'));
  const input = join(dir, 'benchmark-10000.xlsx');
  await workbookWith(10_000, input);
  const bytes = readFileSync(input);
  readPackage(bytes); // warm-up: the first run compiles the code
  const times: number[] = [];
  for (let i = 0; i < 7; i += 1) {
    const start = process.hrtime.bigint();
    readPackage(bytes);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  const csv = join(dir, 'benchmark-200000.csv');
  writeFileSync(csv, csvOf(200_000));
  const analysis = childRun(['analyse', csv]);
  const withOut = childRun(['analyse', csv, '--out', join(dir, 'benchmark-200000.xlsx')]);
  if (analysis.code !== 0 || withOut.code !== 0)
    console.log(`200 000 rijen: afsluitcode ${analysis.code}, ${withOut.code}`);
  return [
    { name: 'xlsx.read10k.ms', value: median(times), unit: 'ms', rows: 10_000 },
    { name: 'cli.csv200k.peakMB', value: analysis.peakMB, unit: 'MB', rows: 200_000 },
    { name: 'cli.csv200k.ms', value: analysis.ms, unit: 'ms', rows: 200_000 },
    { name: 'cli.csv200k.out.peakMB', value: withOut.peakMB, unit: 'MB', rows: 200_000 },
    { name: 'cli.csv200k.out.ms', value: withOut.ms, unit: 'ms', rows: 200_000 },
  ];
}
