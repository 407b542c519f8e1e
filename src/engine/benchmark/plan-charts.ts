// The charts and the block they read. The variance charts read the chart-data block
// (plan-chart-data.ts: sorted by formula, a series per sign holding the figure or #N/A, at most
// MAX_CHART_POINTS clusters — the largest by size when written); the own-versus-norm chart
// reads the summary block. The charts sit below the blocks, side by side, never over data.
import { a1 } from '../core';
import { sideBySide } from '../../plan';
import type { PlanChart, PlanChartSeries, SeriesTone } from '../../plan';
import { DEFAULT_DIRECTION } from './classify';
import { chartDataLayout, SIGNS, type ChartDataLayout, type Sign } from './plan-chart-data';
import type { SummaryLayout } from './plan-blocks';
import type { BenchmarkColumns, MeasureColumns } from './plan-columns';
import { MEASURE_FORMAT, type PlanContext } from './plan-context';
import { NUMBER_FORMATS } from '../../plan';
import type { ClusterResult, ColourDirection, Measure } from './types';

export { chartDataBlock, chartDataLayout, type ChartDataLayout } from './plan-chart-data';

/** A bar chart with more bars than this is unreadable in a task pane or beside a table. */
export const MAX_CHART_POINTS = 30;

/** Rows a chart is high. */
export const CHART_HEIGHT = 16;
/** The three charts side by side (8, 8 and 7 columns), a blank column between. */
const CHART_WIDTHS = [8, 8, 7] as const;
export const CHARTS_WIDTH = CHART_WIDTHS[0] + CHART_WIDTHS[1] + CHART_WIDTHS[2] + 2;

/**
 * The first row from `top` where the charts cover none of the user's cells: below what the sheet
 * holds there, never over it (the charts float, so nothing else would stop them).
 */
export function freeChartRow(ctx: PlanContext, top: number, left: number): number {
  const covers = (row: number) => {
    for (let r = row; r <= row + CHART_HEIGHT; r += 1)
      for (let c = left; c < left + CHARTS_WIDTH; c += 1) if (ctx.filledAt(c, r)) return r;
    return null;
  };
  let row = top;
  for (let hit = covers(row); hit !== null; hit = covers(row)) row = hit + 2;
  return row;
}

/** The measure the charts show and the clusters they show, in table order. */
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
    .sort((a, b) => Math.abs(delta(b) ?? 0) - Math.abs(delta(a) ?? 0) || a.row - b.row)
    .slice(0, MAX_CHART_POINTS)
    .sort((a, b) => a.row - b.row);
  return { measure, columns: at, clusters };
}

/** The chart-data block: a header row, then a row per cluster (one empty row when there is none). */
export function chartDataHeight(series: ChartSeries): number {
  return 1 + Math.max(1, series.clusters.length);
}

export function seriesLayout(top: number, left: number, series: ChartSeries): ChartDataLayout {
  return chartDataLayout(top, left, series.clusters.length);
}

/** The colour of each sign's series: the direction the user chose for the measure decides. */
export function signTones(direction: ColourDirection): readonly SeriesTone[] {
  const tone = (sign: Sign): SeriesTone => {
    if (sign === 'similar' || direction === 'neutral') return 'similar';
    const up = direction === 'higherIsUnfavourable' ? 'unfavourable' : 'favourable';
    return sign === 'higher' ? up : up === 'unfavourable' ? 'favourable' : 'unfavourable';
  };
  return SIGNS.map(tone);
}

/** A column of a block from row `from` to `to`, as an A1 range. */
function columnRange(col: number, from: number, to: number): string {
  return `${a1(col, from)}:${a1(col, to)}`;
}

/** Δ and Δ% per cluster (a series per sign, IBCS colours), and own against norm for the groups, from row `top`. */
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
  const categories = columnRange(data.nameCol, data.top + 1, data.bottom);
  const across = sideBySide(data.nameCol);
  const at = (width: number) => ({ anchor: a1(across.place(width), top), width, height: CHART_HEIGHT });
  const bySign = (col: (sign: Sign) => number, names: Record<Sign, string>): PlanChartSeries[] =>
    SIGNS.map((sign) => ({
      name: names[sign],
      nameRef: a1(col(sign), data.top),
      values: columnRange(col(sign), data.top + 1, data.bottom),
    }));
  const ownCol = summary.ownCol(measure);
  // The groups' rows, without the total: primary process and overhead, or the one group there is.
  const parts = summary.groups.filter((g) => g !== 'total');
  const [first = 'total', last = first] = [parts[0], parts[parts.length - 1]];
  const groupRows = (col: number) => columnRange(col, summary.groupRow(first), summary.groupRow(last));
  const tones = signTones(direction);
  return [
    {
      kind: 'varianceBar',
      title: measure === 'costs' ? t.chartVariance : t.delta.fte,
      categories,
      series: bySign(data.deltaCol, t.chartTone),
      pointTones: [],
      seriesTones: tones,
      labelFormat: MEASURE_FORMAT[measure].delta,
      ...at(CHART_WIDTHS[0]),
    },
    {
      kind: 'percentBar',
      title: t.chartPct,
      categories,
      series: bySign(data.pctCol, t.chartTonePct),
      pointTones: [],
      seriesTones: tones,
      labelFormat: NUMBER_FORMATS.pctDelta,
      ...at(CHART_WIDTHS[1]),
    },
    {
      kind: 'ownVsNorm',
      title: t.chartOwnNorm,
      categories: groupRows(summary.left),
      series: [
        { name: t.summaryMeasure[measure], nameRef: a1(ownCol, summary.top), values: groupRows(ownCol) },
        { name: t.summaryNorm, nameRef: a1(ownCol + 1, summary.top), values: groupRows(ownCol + 1) },
      ],
      pointTones: [],
      labelFormat: MEASURE_FORMAT[measure].value,
      ...at(CHART_WIDTHS[2]),
    },
  ];
}
