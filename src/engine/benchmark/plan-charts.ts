// The charts and the block they read. The variance charts read a small block sorted by the
// deviation (largest first, at most MAX_CHART_POINTS clusters by size), whose cells are
// formulas over the deviation columns; the own-versus-norm chart reads the summary block. The
// charts sit below the blocks, side by side, never over data.
import { a1 } from '../core';
import { formulaCell, NUMBER_FORMATS, sideBySide, valueCell } from '../../plan';
import type { PlanBlockCell, PlanChart, Tone } from '../../plan';
import { colourTone, DEFAULT_DIRECTION } from './classify';
import type { SummaryLayout } from './plan-blocks';
import type { BenchmarkColumns, MeasureColumns } from './plan-columns';
import { MEASURE_FORMAT, type PlanContext } from './plan-context';
import type { ClusterResult, Measure } from './types';

/** A bar chart with more bars than this is unreadable in a task pane or beside a table. */
export const MAX_CHART_POINTS = 30;

/** Rows a chart is high. */
export const CHART_HEIGHT = 16;

/** The measure the charts show and the clusters they show, in chart order. */
export interface ChartSeries {
  readonly measure: Measure;
  readonly columns: MeasureColumns;
  readonly clusters: readonly ClusterResult[];
}

/** Costs when compared, else fte; null when neither is. */
export function chartSeries(ctx: PlanContext, columns: BenchmarkColumns): ChartSeries | null {
  const measure: Measure | null = columns.measures.costs ? 'costs' : columns.measures.fte ? 'fte' : null;
  const at = measure ? columns.measures[measure] : undefined;
  if (!measure || !at) return null;
  const delta = (c: ClusterResult) => c[measure]?.delta ?? null;
  const clusters = ctx.result.clusters
    .filter((c) => delta(c) !== null)
    .sort((a, b) => Math.abs(delta(b) ?? 0) - Math.abs(delta(a) ?? 0))
    .slice(0, MAX_CHART_POINTS)
    .sort((a, b) => (delta(b) ?? 0) - (delta(a) ?? 0) || a.row - b.row);
  return { measure, columns: at, clusters };
}

/** The chart-data block: a header row, then a row per cluster (one empty row when there is none). */
export function chartDataHeight(series: ChartSeries): number {
  return 1 + Math.max(1, series.clusters.length);
}

/** Where the chart-data block is: its header row, and the rows and columns the charts read. */
export interface ChartDataLayout {
  readonly top: number;
  readonly bottom: number;
  readonly nameCol: number;
  readonly deltaCol: number;
  readonly pctCol: number;
}

export function chartDataLayout(top: number, left: number, series: ChartSeries): ChartDataLayout {
  return { top, bottom: top + chartDataHeight(series) - 1, nameCol: left, deltaCol: left + 1, pctCol: left + 2 };
}

/** Cluster name, Δ and Δ% per chart bar, as references to the table and IJkpunt's columns. */
export function chartDataBlock(ctx: PlanContext, series: ChartSeries, layout: ChartDataLayout): PlanBlockCell[] {
  const t = ctx.texts.sheet;
  const { measure, columns } = series;
  const labelColumn = ctx.table.roleColumns.cluster ?? ctx.table.firstColumn;
  const headers = [t.chartData, t.delta[measure], t.deltaPct[measure]];
  const cells = headers.map((h, i) => valueCell(layout.top, layout.nameCol + i, h, { bold: true }));
  series.clusters.forEach((c, i) => {
    const row = layout.top + 1 + i;
    const m = c[measure];
    cells.push(formulaCell(row, layout.nameCol, a1(labelColumn, c.row), c.name));
    cells.push(
      formulaCell(row, layout.deltaCol, a1(columns.delta, c.row), m?.delta ?? '', {
        numberFormat: MEASURE_FORMAT[measure].delta,
      }),
    );
    cells.push(
      formulaCell(row, layout.pctCol, a1(columns.pct, c.row), m?.deltaPct ?? t.na, {
        numberFormat: NUMBER_FORMATS.pctDelta,
      }),
    );
  });
  return cells;
}

/** A column of the chart-data block below its header, as an A1 range. */
function dataRange(layout: ChartDataLayout, col: number): string {
  return `${a1(col, layout.top + 1)}:${a1(col, layout.bottom)}`;
}

/** Δ and Δ% per cluster (coloured per bar, IBCS), and own against norm for the groups, from row `top`. */
export function benchmarkCharts(
  ctx: PlanContext,
  series: ChartSeries,
  data: ChartDataLayout,
  summary: SummaryLayout,
  top: number,
): PlanChart[] {
  const t = ctx.texts.sheet;
  const { measure } = series;
  const direction = ctx.options.direction?.[measure] ?? DEFAULT_DIRECTION[measure];
  const pointTones: Tone[] = series.clusters.map((c) => colourTone(c[measure]?.class ?? null, direction));
  const categories = dataRange(data, data.nameCol);
  const across = sideBySide(data.nameCol);
  const at = (width: number) => ({ anchor: a1(across.place(width), top), width, height: CHART_HEIGHT });
  const ownCol = summary.ownCol(measure);
  // The groups' rows, without the total: primary process and overhead, or the one group there is.
  const parts = summary.groups.filter((g) => g !== 'total');
  const [first = 'total', last = first] = [parts[0], parts[parts.length - 1]];
  const groupRows = (col: number) => `${a1(col, summary.groupRow(first))}:${a1(col, summary.groupRow(last))}`;
  return [
    {
      kind: 'varianceBar',
      title: measure === 'costs' ? t.chartVariance : t.delta.fte,
      categories,
      series: [{ name: t.delta[measure], values: dataRange(data, data.deltaCol) }],
      pointTones,
      ...at(8),
    },
    {
      kind: 'percentBar',
      title: t.chartPct,
      categories,
      series: [{ name: t.deltaPct[measure], values: dataRange(data, data.pctCol) }],
      pointTones,
      ...at(8),
    },
    {
      kind: 'ownVsNorm',
      title: t.chartOwnNorm,
      categories: groupRows(summary.left),
      series: [
        { name: t.own, values: groupRows(ownCol) },
        { name: t.summaryNorm, values: groupRows(ownCol + 1) },
      ],
      pointTones: [],
      ...at(7),
    },
  ];
}
