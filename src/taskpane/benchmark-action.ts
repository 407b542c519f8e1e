// One click of "Analyseer en schrijf naar blad" (or of saving explanations or a scenario) as the
// pane runs it: read the table once, let src/studies analyse it and make the plan, hand the plan
// to the workbook. The workbook analyses nothing; the pane keeps the run to show what was written.
import type { AnalysisOptions, Measure, UserColumns } from '../engine/benchmark';
import type { PaneStep } from '../i18n/ui';
import type { Palette, WritePlan } from '../plan';
import {
  runBenchmark,
  type BenchmarkRun,
  type BenchmarkWrite,
  type EditChoice,
  type Remembered,
  type TableRead,
  type UndoPoint,
  type WorkbookPort,
} from '../studies';

export type WrittenRun = Extract<BenchmarkRun, { kind: 'ok' }>;

/** 0-based sheet columns of the written Δ columns, for "Uitleg bij cel". */
export type DeltaColumns = Partial<Record<Measure, number>>;

export interface BenchmarkRequest {
  readonly options: AnalysisOptions;
  /** An Excel table to analyse instead of the selection. */
  readonly tableName?: string;
  readonly palette?: Palette;
  /** The advisor's explanations or a scenario, written in the same undoable action. */
  readonly userColumns?: UserColumns;
  /** Named steps for the pane's progress display on long tables. */
  readonly onStep?: (step: PaneStep) => void;
  /** The user's answer about cells they changed inside IJkpunt's earlier output (absent: ask). */
  readonly edits?: EditChoice;
}

export type BenchmarkOutcome =
  | {
      readonly kind: 'written';
      /** The read the run was made from (its sheet, its Excel table). */
      readonly read: TableRead;
      readonly run: WrittenRun;
      readonly undo: UndoPoint;
      readonly deltaColumns: DeltaColumns;
    }
  | { readonly kind: 'conflict'; readonly cells: readonly string[] }
  /** The user changed these cells inside IJkpunt's earlier output: ask keep or overwrite. */
  | { readonly kind: 'edited'; readonly cells: readonly string[] }
  /** The user deleted part of IJkpunt's earlier output (where it was, with its header): nothing written. */
  | { readonly kind: 'gone'; readonly cells: readonly string[] }
  | Extract<BenchmarkRun, { kind: 'fatal' | 'changed' }>;

/** Where the plan writes each measure's Δ column. */
export function deltaColumnsOf(plan: WritePlan): DeltaColumns {
  const columns: DeltaColumns = {};
  for (const column of plan.columns) {
    if (column.key === 'fte.delta') columns.fte = column.col;
    if (column.key === 'costs.delta') columns.costs = column.col;
  }
  return columns;
}

/** The options of a run: what IJkpunt remembers of the sheet, where the request says nothing else. */
export function withRemembered(remembered: Remembered | null, options: AnalysisOptions): AnalysisOptions {
  return { ...(remembered ? { overrides: remembered.mapping, ...remembered.parameters } : {}), ...options };
}

/** What the workbook remembers of a run's options for the next run on the sheet. */
export function rememberOf(options: AnalysisOptions): BenchmarkWrite['remember'] {
  return {
    mapping: options.overrides ?? {},
    parameters: {
      ...(options.inhabitants !== undefined ? { inhabitants: options.inhabitants } : {}),
      ...(options.totalFte !== undefined ? { totalFte: options.totalFte } : {}),
      ...(options.fteServed !== undefined ? { fteServed: options.fteServed } : {}),
    },
  };
}

/** Read → analyse → write, one read and one run per call. */
export async function analyseAndWrite(workbook: WorkbookPort, request: BenchmarkRequest): Promise<BenchmarkOutcome> {
  request.onStep?.('read');
  const read = await workbook.readTable(request.tableName);
  request.onStep?.('analyse');
  const options = withRemembered(read.remembered, request.options);
  const input = { table: read.table, sheet: read.used, ...(read.definedNames ? { names: read.definedNames } : {}) };
  const run = runBenchmark(input, options, request.userColumns);
  if (run.kind !== 'ok') return run;
  request.onStep?.('write');
  const write: BenchmarkWrite = { plan: run.plan, writes: run.writes, remember: rememberOf(options) };
  const outcome = await workbook.writeBenchmark(read, write, {
    palette: request.palette,
    ...(request.edits ? { edits: request.edits } : {}),
  });
  if (outcome.kind !== 'written') return { kind: outcome.kind, cells: outcome.cells };
  return { kind: 'written', read, run, undo: outcome.undo, deltaColumns: deltaColumnsOf(run.plan) };
}
