// What every part of the benchmark's write plan is built from: the table, the engine's result,
// the options and the words in the user's language, the defined names of the parameter block
// that the formulas refer to, and where the user typed a number as text.
import { gridOrigin, type CellGrid } from '../core';
import { benchmarkTexts, type BenchmarkTexts } from '../../i18n/benchmark';
import { benchmarkMessages, type BenchmarkMessages } from '../../i18n/benchmark-messages';
import { NUMBER_FORMATS } from '../../plan';
import type { PreparedTable } from './table';
import type { AnalysisOptions, AnalysisResult, ClusterResult, Measure } from './types';

/** The cells of the parameter block, top to bottom: each holds one figure under a defined name. */
export const PARAMETER_CELLS = [
  'inhabitants',
  'totalFte',
  'fteServed',
  'totalCosts',
  'bandSimilar',
  'bandLarge',
  'materialityFte',
  'materialityCosts',
] as const;

export type ParameterCell = (typeof PARAMETER_CELLS)[number];

/** The defined name of each parameter cell, after the sheet's prefix (Dutch, as users see them). */
const DEFINED_NAME: Record<ParameterCell, string> = {
  inhabitants: 'Inwoners',
  totalFte: 'TotaleFormatie',
  fteServed: 'BedieneFte',
  totalCosts: 'TotaleKosten',
  bandSimilar: 'GrensGelijk',
  bandLarge: 'GrensRuim',
  materialityFte: 'MaterialiteitFte',
  materialityCosts: 'MaterialiteitKosten',
};

/** Defined names are per sheet so that several analysed sheets can live in one workbook. */
export function namePrefix(sheet: string): string {
  return `IJK_${sheet.replace(/[^A-Za-z0-9_]/g, '_')}_`;
}

/**
 * The sheet's prefix, never one another sheet's names already use: "Benchmark 2017" and
 * "Benchmark-2017" both give IJK_Benchmark_2017_, so the second sheet gets IJK_Benchmark_2017_2_
 * (the next free suffix). Deterministic: the same workbook gives the same prefix, and the
 * names themselves (each refers to its sheet) record which sheet has which. `names` are the
 * workbook's defined names with the sheet each refers to.
 */
export function uniqueNamePrefix(sheet: string, names: readonly { name: string; sheet: string }[]): string {
  const base = namePrefix(sheet);
  const others = names.filter((n) => n.sheet !== '' && n.sheet.toLowerCase() !== sheet.toLowerCase());
  // A prefix is taken when another sheet has a name of it followed by one of IJkpunt's words.
  const taken = (prefix: string) =>
    others.some(
      (n) => n.name.toLowerCase().startsWith(prefix.toLowerCase()) && /^[A-Za-z]+$/.test(n.name.slice(prefix.length)),
    );
  if (!taken(base)) return base;
  let k = 2;
  while (taken(`${base}${k}_`)) k += 1;
  return `${base}${k}_`;
}

export const MEASURES: readonly Measure[] = ['fte', 'costs'];

/** How a measure's figures and its deviations are shown. */
export const MEASURE_FORMAT: Record<Measure, { readonly value: string; readonly delta: string }> = {
  fte: { value: NUMBER_FORMATS.fte, delta: NUMBER_FORMATS.fteDelta },
  costs: { value: NUMBER_FORMATS.euro, delta: NUMBER_FORMATS.euroDelta },
};

export interface PlanContext {
  readonly table: PreparedTable;
  readonly result: AnalysisResult;
  readonly options: AnalysisOptions;
  readonly texts: BenchmarkTexts;
  readonly messages: BenchmarkMessages;
  /** Each parameter cell's defined name on this sheet. */
  readonly names: Readonly<Record<ParameterCell, string>>;
  /** The table's rows below its header, cluster or not. */
  readonly firstRow: number;
  readonly lastRow: number;
  /** The cluster on a sheet row; undefined for sections, totals and blank rows. */
  clusterAt(row: number): ClusterResult | undefined;
  /** What the user typed as text in a cell where a number belongs (formulas cannot use it); null otherwise. */
  textAt(col: number, row: number): string | null;
  /** Whether the sheet holds anything at (col, row): the charts must not cover it. */
  filledAt(col: number, row: number): boolean;
}

export function planContext(
  table: PreparedTable,
  result: AnalysisResult,
  grid: CellGrid,
  options: AnalysisOptions,
): PlanContext {
  const language = options.language ?? 'nl';
  const prefix = options.namePrefix ?? namePrefix(table.sheet);
  const names = Object.fromEntries(PARAMETER_CELLS.map((k) => [k, `${prefix}${DEFINED_NAME[k]}`])) as Record<
    ParameterCell,
    string
  >;
  const origin = gridOrigin(grid);
  const byRow = new Map(result.clusters.map((c) => [c.row, c]));
  return {
    table,
    result,
    options,
    texts: benchmarkTexts(language),
    messages: benchmarkMessages(language),
    names,
    firstRow: table.headerRow + 1,
    lastRow: table.lastRow,
    clusterAt: (row) => byRow.get(row),
    textAt: (col, row) => {
      const cell = grid.cells[row - origin.row]?.[col - origin.col];
      return typeof cell === 'string' && cell.trim() !== '' ? cell : null;
    },
    filledAt: (col, row) => {
      const cell = grid.cells[row - origin.row]?.[col - origin.col];
      return cell !== null && cell !== undefined && cell !== '';
    },
  };
}
