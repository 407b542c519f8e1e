// Engine speed and memory against HyperFormula building the same comparison as formulas.
// Prints the figures and appends them to bench/results.json; no pass/fail here.
import { HyperFormula } from 'hyperformula';
import { analyse, compute, prepare } from '../src/engine/benchmark/analyse';
import { checkPlausibility } from '../src/engine/benchmark/plausibility';
import { whatIf } from '../src/engine/benchmark/whatif';
import type { CellValue } from '../src/engine/core/types';
import { record, type Figure } from './results';

const HEADER: CellValue[] = [
  'Cluster',
  'Categorie',
  'Formatie in fte',
  '% van totale formatie',
  'Kosten',
  'Kostennorm',
];

function syntheticTable(rows: number): CellValue[][] {
  const cells: CellValue[][] = [HEADER];
  const ftes: number[] = [];
  const spread: number[] = [];
  for (let i = 0; i < rows; i += 1) {
    ftes.push(1 + ((i * 7919) % 400) / 10);
    spread.push(0.8 + ((i * 104729) % 41) / 100);
  }
  // The reference shares add up to 98 % of the formation, as a real reference group's do: a
  // table whose shares pass 100 % trips the plausibility guard, and the bench measures the
  // analysis a council gets, not the guard's refusal (which has its tests).
  const totalFte = ftes.reduce((s, f) => s + f, 0);
  const rawSum = ftes.reduce((s, f, i) => s + (f / totalFte) * (spread[i] ?? 1), 0);
  for (let i = 0; i < rows; i += 1) {
    const fte = ftes[i] ?? 0;
    const share = (fte / totalFte) * (spread[i] ?? 1) * (0.98 / rawSum);
    const costs = Math.round(fte * 78_000 * (0.9 + ((i * 31) % 23) / 100));
    cells.push([
      `Cluster ${i + 1}`,
      i % 3 === 0 ? 'Overhead' : 'Primair proces',
      fte,
      share,
      costs,
      Math.round(costs * 0.97),
    ]);
  }
  return cells;
}

/** Wall time, and the process's CPU time: on a machine shared by other jobs the CPU time is the steadier figure. */
function time<T>(run: () => T): { ms: number; cpuMs: number; value: T } {
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const value = run();
  const used = process.cpuUsage(cpu);
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, cpuMs: (used.user + used.system) / 1000, value };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  // Two runs (HyperFormula at 100 000 rows when time ran short): their mean.
  if (sorted.length % 2 === 0) return ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
  return sorted[middle] ?? NaN;
}

/** The same comparison as spreadsheet formulas: norms, Δ and Δ% for fte and costs. */
function hyperformulaSheet(cells: CellValue[][], totalFte: number): (string | number | null)[][] {
  const sheet: (string | number | null)[][] = [
    [...HEADER.map(String), 'Norm fte', 'Δ fte', 'Δ% fte', 'Δ €', 'Δ% €', 'Totale formatie', totalFte],
  ];
  for (let i = 1; i < cells.length; i += 1) {
    const r = i + 1;
    const row = cells[i] ?? [];
    sheet.push([
      ...row.map((c) => (typeof c === 'number' || typeof c === 'string' ? c : null)),
      `=D${r}*$M$1`,
      `=C${r}-G${r}`,
      `=IF(G${r}=0,"",H${r}/G${r})`,
      `=E${r}-F${r}`,
      `=IF(F${r}=0,"",J${r}/F${r})`,
    ]);
  }
  return sheet;
}

const gc: (() => void) | undefined = (globalThis as { gc?: () => void }).gc;

/** The whole engine bench stays near three minutes: HyperFormula's repeats stop at this mark. */
const HF_BUDGET_MS = 150_000;

function buildWithHyperFormula(data: (string | number | null)[][], rows: number): unknown {
  const instance = HyperFormula.buildFromArray(data, { licenseKey: 'gpl-v3', maxRows: 200_000 });
  const value = instance.getCellValue({ sheet: 0, col: 8, row: rows });
  instance.destroy();
  return value;
}

export function runEngineBench(): Figure[] {
  const figures: Figure[] = [];
  const started = Date.now();
  for (const rows of [1_000, 10_000, 100_000]) {
    const cells = syntheticTable(rows);
    const table = { sheet: 'Bench', topLeft: 'A1', cells };
    const totalFte = cells.slice(1).reduce((s, r) => s + (r[2] as number), 0);
    analyse({ table }, { totalFte }); // warm-up
    const engineRuns: number[] = [];
    const engineCpu: number[] = [];
    for (let k = 0; k < 3; k += 1) {
      const run = time(() => analyse({ table }, { totalFte }));
      engineRuns.push(run.ms);
      engineCpu.push(run.cpuMs);
    }
    const engineMs = median(engineRuns);
    figures.push({ name: 'engine.analyse.ms', value: engineMs, unit: 'ms', rows });

    const data = hyperformulaSheet(cells, totalFte);
    // HyperFormula as the engine: warmed up (once, on the first size) and the median of three
    // runs — at 100 000 rows only as many as fit in the bench's time budget (one takes 10-40 s).
    if (rows === 1_000) buildWithHyperFormula(data, rows);
    const hfRuns: number[] = [];
    const hfCpu: number[] = [];
    while (hfRuns.length < 3 && (hfRuns.length === 0 || Date.now() - started < HF_BUDGET_MS)) {
      const run = time(() => buildWithHyperFormula(data, rows));
      hfRuns.push(run.ms);
      hfCpu.push(run.cpuMs);
    }
    const hf = { ms: median(hfRuns) };
    figures.push({ name: 'hyperformula.ms', value: hf.ms, unit: 'ms', rows });
    figures.push({ name: 'hyperformula.runs', value: hfRuns.length, unit: 'runs', rows });
    const cpuPct = (median(engineCpu) / median(hfCpu)) * 100;
    figures.push({ name: 'engine.vs.hyperformula.cpu.pct', value: cpuPct, unit: '%', rows });
    figures.push({ name: 'engine.vs.hyperformula.pct', value: (engineMs / hf.ms) * 100, unit: '%', rows });

    if (rows === 100_000) {
      gc?.();
      const before = process.memoryUsage().heapUsed;
      const outcome = analyse({ table }, { totalFte });
      const after = process.memoryUsage().heapUsed;
      figures.push({ name: 'engine.heapMB', value: (after - before) / 2 ** 20, unit: 'MB', rows });
      if (!outcome.ok) throw new Error(outcome.message);
      // The plausibility guard's share of the analysis (it runs inside every analyse above).
      const prepared = prepare({ table }, { totalFte });
      if (!prepared.ok) throw new Error(prepared.message);
      const guardRuns: number[] = [];
      for (let k = 0; k < 3; k += 1)
        guardRuns.push(time(() => checkPlausibility(outcome.result, prepared.table.roleColumns)).ms);
      figures.push({ name: 'engine.guard.ms', value: median(guardRuns), unit: 'ms', rows });
    }
    if (rows === 10_000) {
      const prepared = prepare({ table }, { totalFte });
      if (!prepared.ok) throw new Error(prepared.message);
      const base = compute(prepared.table, { totalFte });
      const runs: number[] = [];
      for (let k = 0; k < 5; k += 1) {
        runs.push(
          time(() => whatIf(prepared.table, base, [{ row: 500, measure: 'fte', value: 12.5 + k }], { totalFte })).ms,
        );
      }
      figures.push({ name: 'engine.whatif.ms', value: median(runs), unit: 'ms', rows });
    }
  }
  return figures;
}

if (require.main === module) {
  record(runEngineBench());
}
