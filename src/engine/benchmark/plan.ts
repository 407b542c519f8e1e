// The benchmark's write plan: deviation columns as live formulas over the user's cells, right
// of the table; beside them, one blank column between, the parameter block with its defined
// names, the summary block (the sentences beside it) and the chart-data block, one below
// another; the charts below those, side by side. Each part says how big it is and the layout
// gives it its place, so a part that grows moves the ones after it.
import { a1 } from '../core';
import { belowEachOther, type WritePlan } from '../../plan';
import type { CellGrid } from '../core';
import {
  PARAMETER_BLOCK_HEIGHT,
  parameterBlock,
  sentencesBlock,
  sentencesHeight,
  summaryBlock,
  summaryGroups,
  summaryHeight,
  summaryLayout,
} from './plan-blocks';
import {
  benchmarkCharts,
  chartDataBlock,
  chartDataHeight,
  chartSeries,
  freeChartRow,
  seriesLayout,
  CHART_HEIGHT,
} from './plan-charts';
import { benchmarkColumns, deviationFormats } from './plan-columns';
import { planContext } from './plan-context';
import type { PreparedTable } from './table';
import type { AnalysisOptions, AnalysisResult } from './types';

export { namePrefix, uniqueNamePrefix } from './plan-context';

/** The blocks' labels ("Totale formatie (fte)", "Samenvatting IJkpunt") read in full. */
const LABEL_COLUMN_CHARS = 26;

export interface PlanInput {
  readonly table: PreparedTable;
  readonly result: AnalysisResult;
  /** The grid the table was read from, to find numbers typed as text. */
  readonly grid: CellGrid;
  readonly options?: AnalysisOptions;
}

export function buildPlan({ table, result, grid, options = {} }: PlanInput): WritePlan {
  const ctx = planContext(table, result, grid, options);
  const columns = benchmarkColumns(ctx);
  const left = columns.last + 2;
  const rows = belowEachOther(table.headerRow);
  const parameters = parameterBlock(ctx, rows.place(PARAMETER_BLOCK_HEIGHT), left);
  const groups = summaryGroups(result);
  const summary = summaryLayout(rows.place(summaryHeight(groups)), left, columns.compared, groups);
  const cells = [...parameters.cells, ...summaryBlock(ctx, columns, summary)];
  // The sentences beside the summary they put into words, one blank column between.
  const sentenceRows = sentencesHeight(ctx);
  const sentencesLeft = summary.ownCol(summary.measures[summary.measures.length - 1] ?? 'fte') + 5;
  if (sentenceRows > 0) cells.push(...sentencesBlock(ctx, summary.top, sentencesLeft));
  // The blocks below start under the sentences too, however many there are.
  const sentencesBottom = summary.top + sentenceRows - 1;
  if (sentencesBottom > rows.end) rows.place(Math.max(1, sentencesBottom - rows.end - 1));
  const owned = [
    `${a1(table.lastColumn + 1, table.headerRow)}:${a1(columns.last, ctx.lastRow)}`,
    `${a1(left, table.headerRow)}:${a1(Math.max(columns.last, ...cells.map((c) => c.col)), rows.end)}`,
  ];
  const series = chartSeries(ctx, columns);
  const data = series ? seriesLayout(rows.place(chartDataHeight(series)), left, series) : null;
  if (series && data) {
    const chartCells = chartDataBlock(ctx, series.measure, series.columns, series.clusters, left, data.top);
    cells.push(...chartCells);
    // The chart block is wider than the blocks above it: a box of its own, so that IJkpunt
    // never claims what the user has beside the parameter and summary blocks.
    owned.push(`${a1(left, data.top)}:${a1(Math.max(...chartCells.map((c) => c.col)), data.bottom)}`);
  }
  // IJkpunt owns the blocks' cells; the charts float over the rows below them.
  const chartTop = series && data ? freeChartRow(ctx, rows.place(CHART_HEIGHT), left) : 0;
  const charts = series && data ? benchmarkCharts(ctx, series, data, summary, chartTop) : [];
  return {
    sheet: table.sheet,
    language: options.language ?? 'nl',
    headerRow: table.headerRow,
    firstRow: ctx.firstRow,
    lastRow: ctx.lastRow,
    columns: columns.columns,
    names: parameters.names,
    cells,
    conditionalFormats: deviationFormats(ctx, columns),
    charts,
    owned,
    warnings: columns.warnings,
    widths: [{ col: left, chars: LABEL_COLUMN_CHARS }],
  };
}
