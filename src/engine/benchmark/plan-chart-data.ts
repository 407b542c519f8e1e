// The block the benchmark's charts read: formulas over IJkpunt's Δ cells that sort the
// clusters by their deviation and put each bar into the series of its tone, so the order and
// the colour of every bar follow an edit in Excel or LibreOffice with IJkpunt closed.
//
// Right part (per cluster, in table order): the name, Δ (rounded to a millionth, so that the
// number survives the ">"&Δ text of COUNTIF exactly), Δ% and the rank — 1 + how many are
// larger, ties broken by table order (COUNTIF up to the row). Left part (sorted): the k-th
// row looks its cluster up with INDEX/MATCH on the rank. Excel 2019 has no SORT/SORTBY, and
// COUNTIF rather than RANK, which HyperFormula (the tests' engine) lacks. Then a sign per
// row (0 for nagenoeg gelijk, the same rule as the conditional formats) and one column per
// sign and figure holding the figure or #N/A, which a chart does not draw.
import { a1, columnLetters } from '../core';
import { formulaCell, NUMBER_FORMATS, valueCell } from '../../plan';
import type { PlanBlockCell } from '../../plan';
import type { MeasureColumns } from './plan-columns';
import { MEASURE_FORMAT, type PlanContext } from './plan-context';
import type { ClusterResult, Measure } from './types';

/** The signs a bar can have, in the order of the chart's series. */
export const SIGNS = ['higher', 'lower', 'similar'] as const;
export type Sign = (typeof SIGNS)[number];
const SIGN_VALUE: Record<Sign, number> = { higher: 1, lower: -1, similar: 0 };

/** Columns of the block, counted from its left edge. */
const COL = {
  name: 0,
  delta: 1,
  pct: 2,
  sign: 3,
  deltaBy: 4,
  pctBy: 7,
  sourceName: 10,
  sourceDelta: 11,
  sourcePct: 12,
  rank: 13,
} as const;

export const CHART_DATA_WIDTH = COL.rank + 1;

/** Where the chart-data block is: its header row and the columns the charts read. */
export interface ChartDataLayout {
  readonly top: number;
  readonly bottom: number;
  readonly nameCol: number;
  /** Δ (and Δ%) of each sign, in SIGNS order. */
  deltaCol(sign: Sign): number;
  pctCol(sign: Sign): number;
}

export function chartDataLayout(top: number, left: number, rows: number): ChartDataLayout {
  return {
    top,
    bottom: top + Math.max(1, rows),
    nameCol: left + COL.name,
    deltaCol: (sign) => left + COL.deltaBy + SIGNS.indexOf(sign),
    pctCol: (sign) => left + COL.pctBy + SIGNS.indexOf(sign),
  };
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** The clusters in chart order: Δ rounded as the sheet does, largest first, ties in table order. */
export function sortedForChart(clusters: readonly ClusterResult[], measure: Measure): ClusterResult[] {
  const delta = (c: ClusterResult) => round6(c[measure]?.delta ?? 0);
  return [...clusters].sort((a, b) => delta(b) - delta(a) || a.row - b.row);
}

function signOf(c: ClusterResult | undefined, measure: Measure): number | '' {
  const m = c?.[measure];
  if (!m || m.delta === null) return '';
  if (m.class === null || m.class === 'nagenoeg gelijk') return 0;
  return m.class === 'hoger' || m.class === 'ruim hoger' ? 1 : -1;
}

/**
 * The block: a header row, then a row per cluster (`clusters` in table order; one empty row
 * when there is none). Every figure is a formula; values are the engine's, as cached results.
 */
export function chartDataBlock(
  ctx: PlanContext,
  measure: Measure,
  columns: MeasureColumns,
  clusters: readonly ClusterResult[],
  left: number,
  top: number,
): PlanBlockCell[] {
  const t = ctx.texts.sheet;
  const na = t.na;
  const format = MEASURE_FORMAT[measure].delta;
  const pctFormat = NUMBER_FORMATS.pctDelta;
  const col = (c: number) => left + c;
  const first = top + 1;
  const last = top + Math.max(1, clusters.length);
  const range = (c: number) => `$${columnLetters(col(c))}$${first}:$${columnLetters(col(c))}$${last}`;
  const headers: [number, string][] = [
    [COL.name, t.chartData],
    [COL.delta, t.delta[measure]],
    [COL.pct, t.deltaPct[measure]],
    [COL.sign, t.chartSign],
    ...SIGNS.map((s, i): [number, string] => [COL.deltaBy + i, t.chartTone[s]]),
    ...SIGNS.map((s, i): [number, string] => [COL.pctBy + i, t.chartTonePct[s]]),
    [COL.sourceName, t.chartSource],
    [COL.sourceDelta, t.delta[measure]],
    [COL.sourcePct, t.deltaPct[measure]],
    [COL.rank, t.chartRank],
  ];
  const cells = headers.map(([c, h]) => valueCell(top, col(c), h, { bold: true }));
  if (clusters.length === 0) return cells;

  const labelColumn = ctx.table.roleColumns.cluster ?? ctx.table.firstColumn;
  const materiality = measure === 'fte' ? ctx.names.materialityFte : ctx.names.materialityCosts;
  const sorted = sortedForChart(clusters, measure);
  clusters.forEach((c, i) => {
    const row = first + i;
    const m = c[measure];
    const deltaCell = a1(columns.delta, c.row);
    const own = a1(col(COL.sourceDelta), row);
    const rounded = m?.delta == null ? '' : round6(m.delta);
    cells.push(
      formulaCell(row, col(COL.sourceName), a1(labelColumn, c.row), c.name),
      formulaCell(row, col(COL.sourceDelta), `IF(ISNUMBER(${deltaCell}),ROUND(${deltaCell},6),"")`, rounded, {
        numberFormat: format,
      }),
      formulaCell(row, col(COL.sourcePct), a1(columns.pct, c.row), m?.deltaPct ?? na, { numberFormat: pctFormat }),
      formulaCell(
        row,
        col(COL.rank),
        `IF(ISNUMBER(${own}),COUNTIF(${range(COL.sourceDelta)},">"&${own})+COUNTIF($${columnLetters(col(COL.sourceDelta))}$${first}:${own},${own}),"")`,
        rounded === '' ? '' : sorted.indexOf(c) + 1,
      ),
    );
  });
  sorted.forEach((c, k) => {
    const row = first + k;
    const m = c[measure];
    const match = `MATCH(${k + 1},${range(COL.rank)},0)`;
    const lookup = (from: number) => `IFERROR(INDEX(${range(from)},${match}),"")`;
    const d = a1(col(COL.delta), row);
    const p = a1(col(COL.pct), row);
    const s = a1(col(COL.sign), row);
    const sign = signOf(c, measure);
    const delta = m?.delta == null ? '' : round6(m.delta);
    cells.push(
      formulaCell(row, col(COL.name), lookup(COL.sourceName), c.name),
      formulaCell(row, col(COL.delta), lookup(COL.sourceDelta), delta, { numberFormat: format }),
      formulaCell(row, col(COL.pct), lookup(COL.sourcePct), m?.deltaPct ?? na, { numberFormat: pctFormat }),
      formulaCell(
        row,
        col(COL.sign),
        `IF(ISNUMBER(${d}),IF(ISNUMBER(${p}),IF(OR(ABS(${p})<${ctx.names.bandSimilar},ABS(${d})<${materiality}),0,SIGN(${p})),0),"")`,
        sign,
      ),
    );
    SIGNS.forEach((name, i) => {
      const mine = sign !== '' && sign === SIGN_VALUE[name];
      const pct = m?.deltaPct ?? null;
      cells.push(
        formulaCell(
          row,
          col(COL.deltaBy + i),
          `IF(AND(ISNUMBER(${s}),${s}=${SIGN_VALUE[name]}),${d},NA())`,
          mine ? delta : '#N/A',
          { numberFormat: format },
        ),
        formulaCell(
          row,
          col(COL.pctBy + i),
          `IF(AND(ISNUMBER(${s}),${s}=${SIGN_VALUE[name]},ISNUMBER(${p})),${p},NA())`,
          mine && pct !== null ? pct : '#N/A',
          { numberFormat: pctFormat },
        ),
      );
    });
  });
  return cells;
}
