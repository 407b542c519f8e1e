// The benchmark as one use case: the table (and the sheet around it, for labelled parameters)
// in, the analysis and the plan IJkpunt writes out. The task pane, the preview and the command
// line all run it; only where the grids come from and where the plan goes differ.
import {
  analyseTable,
  analyseWithColumns,
  buildPlan,
  uniqueNamePrefix,
  withWrites,
  type AnalysisOptions,
  type AnalysisResult,
  type CellWrite,
  type PreparedTable,
  type TableOutcome,
  type UserColumns,
} from '../engine/benchmark';
import type { CellGrid, Warning } from '../engine/core';
import type { WritePlan } from '../plan';

export interface BenchmarkInput {
  /** What to analyse. */
  readonly table: CellGrid;
  /** The sheet around it, where labelled parameters ("Inwoners | 43.500") are found. */
  readonly sheet: CellGrid;
  /** The workbook's defined names and their sheets: the plan's names never take another sheet's. */
  readonly names?: readonly { readonly name: string; readonly sheet: string }[];
}

export type BenchmarkRun =
  | {
      readonly kind: 'ok';
      readonly table: PreparedTable;
      readonly result: AnalysisResult;
      readonly plan: WritePlan;
      /** The advisor's cells to write with the plan (explanations, a scenario). */
      readonly writes: readonly CellWrite[];
      /** The grids as they are once `writes` are in the sheet. */
      readonly after: BenchmarkInput;
      /** The analysis's warnings and the plan's (numbers typed as text that formulas cannot use). */
      readonly warnings: readonly Warning[];
    }
  | { readonly kind: 'fatal'; readonly cell: string | null; readonly message: string }
  /** Cells the advisor's columns would go into changed since they were read. */
  | { readonly kind: 'changed'; readonly cells: readonly string[] };

/** The analysis alone (the pane's live view before anything is written). */
export function analyseBenchmark(input: BenchmarkInput, options: AnalysisOptions): TableOutcome {
  return analyseTable(input, options);
}

/** Read → analyse → plan, with the advisor's columns (`userColumns`) taken as input. */
export function runBenchmark(input: BenchmarkInput, options: AnalysisOptions, userColumns?: UserColumns): BenchmarkRun {
  const named =
    input.names && options.namePrefix === undefined
      ? { ...options, namePrefix: uniqueNamePrefix(input.sheet.sheet, input.names) }
      : options;
  const analysed = analyseWithColumns(input.table, input.sheet, named, userColumns);
  if (analysed.kind === 'fatal') return { kind: 'fatal', cell: analysed.cell, message: analysed.message };
  if (analysed.kind === 'changed') return analysed;
  const { outcome, grid, writes } = analysed;
  const plan = buildPlan({ table: outcome.table, result: outcome.result, grid, options: named });
  return {
    kind: 'ok',
    table: outcome.table,
    result: outcome.result,
    plan,
    writes,
    after: { table: grid, sheet: withWrites(input.sheet, writes) },
    warnings: [...outcome.result.warnings, ...plan.warnings],
  };
}
