// The blocks beside IJkpunt's columns: the parameter block, whose figures carry the defined
// names every formula uses (change one and the sheet recalculates), and the summary block:
// primary process, overhead and total as SUMIFS over IJkpunt's category column, and the
// overhead share.
import { a1, columnLetters } from '../core';
import { formulaCell, NUMBER_FORMATS, valueCell } from '../../plan';
import type { PlanBlockCell, PlanName, PlanValue } from '../../plan';
import { resolveBands } from './classify';
import type { BenchmarkColumns, MeasureColumns } from './plan-columns';
import { MEASURE_FORMAT, PARAMETER_CELLS, type ParameterCell, type PlanContext } from './plan-context';
import type { Measure } from './types';

/** The title row, then one row per parameter cell. */
export const PARAMETER_BLOCK_HEIGHT = 1 + PARAMETER_CELLS.length;

/** Longer sums than this are left to the engine's value: Excel refuses formulas over 8 192 characters. */
const MAX_FORMULA = 8000;

const PARAMETER_FORMAT: Record<ParameterCell, string> = {
  inhabitants: '#,##0',
  totalFte: '0.00',
  fteServed: '0.00',
  totalCosts: NUMBER_FORMATS.euro,
  bandSimilar: NUMBER_FORMATS.pct,
  bandLarge: NUMBER_FORMATS.pct,
  materialityFte: NUMBER_FORMATS.fte,
  materialityCosts: NUMBER_FORMATS.euro,
};

/** A block cell: a formula when there is one, else the plain value. */
function blockCell(
  row: number,
  col: number,
  value: PlanValue,
  formula: string | null,
  style: { numberFormat?: string | null; bold?: boolean } = {},
): PlanBlockCell {
  return formula === null ? valueCell(row, col, value, style) : formulaCell(row, col, formula, value, style);
}

/** Runs of consecutive rows, so sums over cluster rows skip sections and total rows. */
function runs(rows: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const row of rows) {
    const last = out[out.length - 1];
    if (last && row === last[1] + 1) last[1] = row;
    else out.push([row, row]);
  }
  return out;
}

/** The sum of a column over the cluster rows; null when Excel could not hold the formula. */
function clusterSum(ctx: PlanContext, col: number | undefined): string | null {
  if (col === undefined) return null;
  const letters = columnLetters(col);
  const parts = runs(ctx.result.clusters.map((c) => c.row)).map(([from, to]) =>
    from === to ? `${letters}${from}` : `${letters}${from}:${letters}${to}`,
  );
  const formula = `SUM(${parts.join(',')})`;
  return formula.length <= MAX_FORMULA ? formula : null;
}

/** A parameter's figure, and the formula that points at where it came from (a cell, a sum). */
function parameterFigure(ctx: PlanContext, key: ParameterCell): { value: PlanValue; formula: string | null } {
  const { options } = ctx;
  const bands = resolveBands(options.bands);
  switch (key) {
    case 'bandSimilar':
      return { value: bands.similar, formula: null };
    case 'bandLarge':
      return { value: bands.large, formula: null };
    case 'materialityFte':
      return { value: options.materiality?.fte ?? 0, formula: null };
    case 'materialityCosts':
      return { value: options.materiality?.costs ?? 0, formula: null };
  }
  const used = ctx.result.parameters;
  const source = used.sources[key];
  const value = used[key];
  if (source.kind === 'cell') return { value, formula: source.cell };
  if (source.kind === 'sumOfFte') return { value, formula: clusterSum(ctx, ctx.table.roleColumns.fte) };
  if (source.kind === 'sumOfCosts') return { value, formula: clusterSum(ctx, ctx.table.roleColumns.costs) };
  if (source.kind === 'totalFte') return { value, formula: ctx.names.totalFte };
  return { value, formula: null };
}

/** The parameter block from `top`: a title, then a label and a named figure per row. */
export function parameterBlock(
  ctx: PlanContext,
  top: number,
  left: number,
): { cells: PlanBlockCell[]; names: PlanName[] } {
  const t = ctx.texts.sheet;
  const cells: PlanBlockCell[] = [valueCell(top, left, t.parameters, { bold: true })];
  const names: PlanName[] = [];
  PARAMETER_CELLS.forEach((key, i) => {
    const row = top + 1 + i;
    const { value, formula } = parameterFigure(ctx, key);
    cells.push(valueCell(row, left, t.parameter[key]));
    cells.push(blockCell(row, left + 1, value ?? '', formula, { numberFormat: PARAMETER_FORMAT[key] }));
    names.push({ name: ctx.names[key], ref: `$${columnLetters(left + 1)}$${row}` });
  });
  return { cells, names };
}

const GROUPS = ['primair', 'overhead', 'total'] as const;
type Group = (typeof GROUPS)[number];

/**
 * The groups the table has: a group without clusters gets no row (no "Primair proces 0 …
 * n.v.t." under a table of overhead clusters), and the total only when it sums two groups
 * or the clusters have no category at all.
 */
export function summaryGroups(result: PlanContext['result']): Group[] {
  const present = (['primair', 'overhead'] as const).filter((g) => result.totals[g] !== null);
  return present.length === 1 ? present : [...present, 'total'];
}

/** The header row, a row per group, and the overhead share. */
export function summaryHeight(groups: readonly Group[]): number {
  return 2 + groups.length;
}

/** Own, norm, Δ and Δ% per measure. */
const SUMMARY_COLUMNS_PER_MEASURE = 4;

/** Where the summary block's cells are: its rows per group, and each measure's four columns. */
export interface SummaryLayout {
  readonly top: number;
  readonly left: number;
  readonly measures: readonly Measure[];
  readonly groups: readonly Group[];
  /** The row of a group that has one (see summaryGroups). */
  groupRow(group: Group): number;
  readonly shareRow: number;
  /** The first of a measure's columns (its own figure); the norm is right of it. */
  ownCol(measure: Measure): number;
}

export function summaryLayout(
  top: number,
  left: number,
  measures: readonly Measure[],
  groups: readonly Group[] = GROUPS,
): SummaryLayout {
  return {
    top,
    left,
    measures,
    groups,
    groupRow: (group) => top + 1 + Math.max(0, groups.indexOf(group)),
    shareRow: top + 1 + groups.length,
    ownCol: (measure) => left + 1 + measures.indexOf(measure) * SUMMARY_COLUMNS_PER_MEASURE,
  };
}

/** Own, norm, Δ and Δ% of one group and measure, counting only clusters whose Δ is a number (as the engine does). */
function groupSums(
  ctx: PlanContext,
  layout: SummaryLayout,
  at: MeasureColumns,
  category: number,
  group: Group,
  measure: Measure,
): PlanBlockCell[] {
  const na = ctx.texts.sheet.na;
  const range = (col: number) => `$${columnLetters(col)}$${ctx.firstRow}:$${columnLetters(col)}$${ctx.lastRow}`;
  const criteria = group === 'total' ? '' : `,${range(category)},"${ctx.texts.groups[group]}"`;
  const sumifs = (col: number) => `SUMIFS(${range(col)}${criteria},${range(at.delta)},">=-1E+300")`;
  const row = layout.groupRow(group);
  const col = layout.ownCol(measure);
  const figures = ctx.result.totals[group]?.[measure] ?? null;
  const format = MEASURE_FORMAT[measure];
  const normCell = a1(col + 1, row);
  const deltaCell = a1(col + 2, row);
  return [
    formulaCell(row, col, sumifs(at.own), figures?.own ?? 0, { numberFormat: format.value }),
    formulaCell(row, col + 1, sumifs(at.norm), figures?.norm ?? 0, { numberFormat: format.value }),
    formulaCell(row, col + 2, sumifs(at.delta), figures?.delta ?? 0, { numberFormat: format.delta }),
    formulaCell(row, col + 3, `IF(${normCell}=0,"${na}",${deltaCell}/${normCell})`, figures?.deltaPct ?? na, {
      numberFormat: NUMBER_FORMATS.pctDelta,
    }),
  ];
}

/**
 * Overhead as a share of the same measure, only where the engine computed it (it names the
 * definition): of the table's total when it has primary-process clusters, else of the
 * organisation's total in the parameter block.
 */
function overheadShareCells(ctx: PlanContext, layout: SummaryLayout): PlanBlockCell[] {
  const cells: PlanBlockCell[] = [];
  const row = layout.shareRow;
  for (const m of layout.measures) {
    const share = ctx.result.overheadShare.find((s) => s.measure === m);
    if (!share || share.own === null || share.norm === null) continue;
    const col = layout.ownCol(m);
    const primary = ctx.result.totals.primair?.[m];
    const withPrimary = primary != null && (primary.compared ?? 0) > 0;
    const whole = m === 'fte' ? ctx.names.totalFte : ctx.names.totalCosts;
    const totalRow = layout.groupRow(layout.groups.includes('total') ? 'total' : 'overhead');
    const overheadRow = layout.groupRow('overhead');
    const of = (c: number) => (withPrimary ? a1(c, totalRow) : whole);
    const format = { numberFormat: NUMBER_FORMATS.share };
    cells.push(formulaCell(row, col, `${a1(col, overheadRow)}/${of(col)}`, share.own, format));
    cells.push(formulaCell(row, col + 1, `${a1(col + 1, overheadRow)}/${of(col + 1)}`, share.norm, format));
  }
  if (cells.length > 0) cells.push(valueCell(row, layout.left, ctx.texts.sheet.overheadShare));
  return cells;
}

/** The summary block: headers, a row per group, the overhead share. */
export function summaryBlock(ctx: PlanContext, columns: BenchmarkColumns, layout: SummaryLayout): PlanBlockCell[] {
  const t = ctx.texts.sheet;
  const headers = [t.summary];
  for (const m of layout.measures) headers.push(t.summaryMeasure[m], t.summaryNorm, t.summaryDelta, t.summaryPct);
  const cells = headers.map((h, i) => valueCell(layout.top, layout.left + i, h, { bold: true }));
  const someOverhead = ctx.result.coverage === 'someOverhead';
  for (const group of layout.groups) {
    const row = layout.groupRow(group);
    const label =
      group === 'overhead' && someOverhead
        ? ctx.texts.sentences.someClusters(ctx.result.clusters.length)
        : ctx.texts.groups[group];
    cells.push(valueCell(row, layout.left, label, { bold: group === 'total' }));
    for (const m of layout.measures) {
      const at = columns.measures[m];
      if (at) cells.push(...groupSums(ctx, layout, at, columns.category, group, m));
    }
  }
  return [...cells, ...overheadShareCells(ctx, layout)];
}

/** The title row, then one row per sentence; none without sentences. */
export function sentencesHeight(ctx: PlanContext): number {
  return ctx.result.sentences.length === 0 ? 0 : 1 + ctx.result.sentences.length;
}

/**
 * The sentences and aandachtspunten as the council reads them, one per row below a title, as
 * plain text (they are the engine's words, already past the plausibility guard).
 */
export function sentencesBlock(ctx: PlanContext, top: number, left: number): PlanBlockCell[] {
  if (ctx.result.sentences.length === 0) return [];
  return [
    valueCell(top, left, ctx.texts.sheet.sentences, { bold: true }),
    ...ctx.result.sentences.map((sentence, i) => valueCell(top + 1 + i, left, sentence)),
  ];
}
