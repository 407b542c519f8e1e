// IJkpunt's columns right of the user's table, live formulas over its cells: the category, per
// compared measure the norm, Δ, Δ% and class, and the costs per fte when both measures are
// compared. Each cell also carries what the engine computed, except where the user typed a
// number as text: a formula cannot use that, so the cell shows what Excel will (and a warning
// names the cell). The conditional formats colour the Δ and Δ% columns.
import { a1, columnLetters, type Warning } from '../core';
import { flatText, sideBySide, NUMBER_FORMATS, type Placement } from '../../plan';
import type { PlanCell, PlanColumn, PlanConditionalFormat } from '../../plan';
import { DEFAULT_DIRECTION } from './classify';
import { MEASURE_FORMAT, MEASURES, type ParameterCell, type PlanContext } from './plan-context';
import type { ClusterResult, Measure, ReferenceBasis, ReferenceRole, Role } from './types';

/** What a benchmark column holds. */
export type ColumnKey =
  'category' | `${Measure}.${'norm' | 'delta' | 'deltaPct' | 'class'}` | 'costsPerFte.own' | 'costsPerFte.norm';

/** Where one compared measure's own figures (the user's column) and its deviation columns are. */
export interface MeasureColumns {
  readonly own: number;
  readonly norm: number;
  readonly delta: number;
  readonly pct: number;
}

export interface BenchmarkColumns {
  readonly columns: readonly PlanColumn[];
  readonly category: number;
  readonly measures: Readonly<Partial<Record<Measure, MeasureColumns>>>;
  /** The measures with deviation columns, fte before costs. */
  readonly compared: readonly Measure[];
  /** The rightmost column IJkpunt writes. */
  readonly last: number;
  /** One per cell of the user's table where a number the formulas need is typed as text. */
  readonly warnings: readonly Warning[];
}

/** A measure the table can be compared on: its own column and the reference column its norm comes from. */
interface ComparedMeasure {
  readonly measure: Measure;
  /** 'delta' / 'deltaPct': the norm is derived from the printed deviation in column `rate`. */
  readonly basis: ReferenceBasis | 'delta' | 'deltaPct';
  readonly own: number;
  readonly rate: number;
  readonly workload: number | undefined;
  /** The reference column holds percentage points (1,6 for 1,6 %). */
  readonly points: boolean;
  /** Rows whose own figure or reference is typed as text. */
  readonly textRows: ReadonlySet<number>;
}

type CellContent = Pick<PlanCell, 'formula' | 'value'>;

/** Where the norm of a measure comes from in the sheet: a reference column (and its basis) or a printed deviation. */
function normSource(ctx: PlanContext, measure: Measure): { basis: ComparedMeasure['basis']; role: Role } | null {
  const fromDeviation = ctx.result.clusters.some((c) => c[measure]?.normFrom === 'deviation');
  if (fromDeviation) {
    const delta = ctx.table.roleColumns[`${measure}.delta`] !== undefined;
    const basis = delta ? 'delta' : 'deltaPct';
    return { basis, role: `${measure}.${basis}` };
  }
  const basis = ctx.result.clusters.find((c) => c[measure]?.basis)?.[measure]?.basis ?? null;
  if (basis === null) return null;
  const role: ReferenceRole = `${measure}.${basis}`;
  return { basis, role };
}

function comparedMeasure(ctx: PlanContext, measure: Measure): ComparedMeasure | null {
  const own = ctx.table.roleColumns[measure];
  const source = normSource(ctx, measure);
  if (own === undefined || source === null) return null;
  const { basis, role } = source;
  const rate = ctx.table.roleColumns[role];
  if (rate === undefined) return null;
  const textRows = new Set(
    ctx.result.clusters
      .filter((c) => ctx.textAt(own, c.row) !== null || ctx.textAt(rate, c.row) !== null)
      .map((c) => c.row),
  );
  const workload = ctx.table.roleColumns.workload;
  const points = (ctx.table.percentPoints as readonly Role[]).includes(role);
  return { measure, basis, own, rate, workload, points, textRows };
}

/** A column over the table's rows: cluster rows get `content`, other rows stay empty. */
function planColumn(
  ctx: PlanContext,
  key: ColumnKey,
  header: string,
  numberFormat: string | null,
  col: number,
  content: (cluster: ClusterResult, row: number) => CellContent,
): PlanColumn {
  const cells: PlanCell[] = [];
  for (let row = ctx.firstRow; row <= ctx.lastRow; row += 1) {
    const cluster = ctx.clusterAt(row);
    if (!cluster) {
      cells.push({ row, formula: null, value: null });
      continue;
    }
    const { formula, value } = content(cluster, row);
    cells.push({ row, formula: formula === null ? null : flatText(formula), value });
  }
  return { key, header, col, numberFormat, cells };
}

/** The parameter a reference is multiplied by; null where the reference is the norm itself or per unit. */
function driverName(basis: ReferenceBasis, measure: Measure, names: Readonly<Record<ParameterCell, string>>) {
  switch (basis) {
    case 'norm':
    case 'perUnit':
      return null;
    case 'share':
      return measure === 'fte' ? names.totalFte : names.totalCosts;
    case 'perInhabitant':
      return names.inhabitants;
    case 'per1000':
      return `${names.inhabitants}/1000`;
    case 'perFte':
      return names.fteServed;
  }
}

function normFormula(ctx: PlanContext, m: ComparedMeasure, row: number): string {
  const r = a1(m.rate, row);
  const rate = m.points ? `${r}/100` : r;
  const own = a1(m.own, row);
  // The report printed the deviation, not the norm: norm = own − Δ, or own / (1 + Δ%).
  if (m.basis === 'delta') return `IF(AND(ISNUMBER(${own}),ISNUMBER(${r})),${own}-${r},"")`;
  if (m.basis === 'deltaPct') return `IF(AND(ISNUMBER(${own}),ISNUMBER(${r}),${rate}<>-1),${own}/(1+${rate}),"")`;
  if (m.basis === 'norm') return `IF(ISNUMBER(${r}),${r},"")`;
  if (m.basis === 'perUnit') {
    const w = a1(m.workload ?? m.rate, row);
    return `IF(AND(ISNUMBER(${r}),ISNUMBER(${w})),${rate}*${w},"")`;
  }
  return `IF(ISNUMBER(${r}),${rate}*${driverName(m.basis, m.measure, ctx.names) ?? 1},"")`;
}

/** The defined name of the deviation below which a measure's difference counts as about equal. */
function materialityName(ctx: PlanContext, measure: Measure): string {
  return measure === 'fte' ? ctx.names.materialityFte : ctx.names.materialityCosts;
}

function classFormula(ctx: PlanContext, m: ComparedMeasure, pct: string, delta: string): string {
  const c = ctx.texts.classes;
  const { bandSimilar, bandLarge } = ctx.names;
  const materiality = materialityName(ctx, m.measure);
  return (
    `IF(ISNUMBER(${pct}),IF(OR(ABS(${pct})<${bandSimilar},ABS(${delta})<${materiality}),"${c['nagenoeg gelijk']}",` +
    `IF(${pct}>0,IF(${pct}<${bandLarge},"${c.hoger}","${c['ruim hoger']}"),` +
    `IF(-${pct}<${bandLarge},"${c.lager}","${c['ruim lager']}"))),"")`
  );
}

function normColumn(ctx: PlanContext, m: ComparedMeasure, col: number): PlanColumn {
  const { measure } = m;
  const header = ctx.texts.sheet.norm[measure];
  return planColumn(ctx, `${measure}.norm`, header, MEASURE_FORMAT[measure].value, col, (c, row) => ({
    formula: normFormula(ctx, m, row),
    value: ctx.textAt(m.rate, row) !== null ? '' : (c[measure]?.norm ?? ''),
  }));
}

function deltaColumn(ctx: PlanContext, m: ComparedMeasure, normCol: number, col: number): PlanColumn {
  const { measure } = m;
  const header = ctx.texts.sheet.delta[measure];
  return planColumn(ctx, `${measure}.delta`, header, MEASURE_FORMAT[measure].delta, col, (c, row) => {
    const own = a1(m.own, row);
    const norm = a1(normCol, row);
    return {
      formula: `IF(AND(ISNUMBER(${own}),ISNUMBER(${norm})),${own}-${norm},"")`,
      value: m.textRows.has(row) ? '' : (c[measure]?.delta ?? ''),
    };
  });
}

function pctColumn(ctx: PlanContext, m: ComparedMeasure, at: { delta: number; norm: number }, col: number): PlanColumn {
  const { measure } = m;
  const { na, deltaPct } = ctx.texts.sheet;
  return planColumn(ctx, `${measure}.deltaPct`, deltaPct[measure], NUMBER_FORMATS.pctDelta, col, (c, row) => {
    const d = a1(at.delta, row);
    const n = a1(at.norm, row);
    return {
      formula: `IF(AND(ISNUMBER(${d}),ISNUMBER(${n})),IF(${n}=0,"${na}",${d}/${n}),"${na}")`,
      value: m.textRows.has(row) ? na : (c[measure]?.deltaPct ?? na),
    };
  });
}

function classColumn(
  ctx: PlanContext,
  m: ComparedMeasure,
  at: { delta: number; pct: number },
  col: number,
): PlanColumn {
  const { measure } = m;
  // Where the plausibility guard withheld the conclusion, the sheet says so instead of a class.
  const withheld = new Set(ctx.result.plausibility.filter((f) => f.measure === measure).flatMap((f) => f.rows));
  return planColumn(ctx, `${measure}.class`, ctx.texts.sheet.class[measure], null, col, (c, row) => {
    const found = c[measure]?.class;
    if (withheld.has(row)) return { formula: null, value: ctx.texts.sheet.noConclusion };
    return {
      formula: classFormula(ctx, m, a1(at.pct, row), a1(at.delta, row)),
      value: m.textRows.has(row) || !found ? '' : ctx.texts.classes[found],
    };
  });
}

/** Norm, Δ, Δ% and class of one measure, in the next four columns. */
function deviationColumns(
  ctx: PlanContext,
  m: ComparedMeasure,
  across: Placement,
): { columns: PlanColumn[]; at: MeasureColumns } {
  const norm = normColumn(ctx, m, across.place(1));
  const delta = deltaColumn(ctx, m, norm.col, across.place(1));
  const pct = pctColumn(ctx, m, { delta: delta.col, norm: norm.col }, across.place(1));
  const cls = classColumn(ctx, m, { delta: delta.col, pct: pct.col }, across.place(1));
  return { columns: [norm, delta, pct, cls], at: { own: m.own, norm: norm.col, delta: delta.col, pct: pct.col } };
}

/** Costs divided by fte, own and norm: only where both measures are compared. */
function costsPerFteColumns(ctx: PlanContext, fte: MeasureColumns, costs: MeasureColumns, across: Placement) {
  const t = ctx.texts.sheet;
  const ratio = (costsCol: number, fteCol: number, row: number) => {
    const f = a1(fteCol, row);
    const k = a1(costsCol, row);
    return `IF(AND(ISNUMBER(${k}),ISNUMBER(${f})),IF(${f}=0,"",${k}/${f}),"")`;
  };
  return [
    planColumn(ctx, 'costsPerFte.own', t.costsPerFte, NUMBER_FORMATS.euro, across.place(1), (c, row) => ({
      formula: ratio(costs.own, fte.own, row),
      value: c.costsPerFte?.own ?? '',
    })),
    planColumn(ctx, 'costsPerFte.norm', t.normCostsPerFte, NUMBER_FORMATS.euro, across.place(1), (c, row) => ({
      formula: ratio(costs.norm, fte.norm, row),
      value: c.costsPerFte?.norm ?? '',
    })),
  ];
}

/** A warning per cell of the user's table that a formula needs as a number but holds text. */
function textNumberWarnings(ctx: PlanContext, compared: readonly ComparedMeasure[]): Warning[] {
  const warned = new Set<string>();
  const warnings: Warning[] = [];
  // A text the analysis already refused as no number ("1e308" in a CSV) does not count, so
  // "IJkpunt rekent ermee" would contradict that warning: one message per cell.
  const refused = new Set(ctx.result.warnings.map((w) => `${w.cell ?? ''}|${w.message}`));
  const isRefused = (address: string, text: string) =>
    [...refused].some((key) => key.startsWith(`${address}|`) && key.includes(`"${text}"`));
  for (const m of compared) {
    const inputs = [m.own, m.rate, ...(m.basis === 'perUnit' && m.workload !== undefined ? [m.workload] : [])];
    for (const cluster of ctx.result.clusters) {
      for (const col of inputs) {
        const text = ctx.textAt(col, cluster.row);
        const address = a1(col, cluster.row);
        if (text === null || warned.has(address) || isRefused(address, text)) continue;
        warned.add(address);
        warnings.push({ cell: address, message: ctx.messages.numberAsText(address, text) });
      }
    }
  }
  return warnings;
}

/** Every column IJkpunt writes, from the first column right of the table. */
export function benchmarkColumns(ctx: PlanContext): BenchmarkColumns {
  const across = sideBySide(ctx.table.lastColumn + 1, 0);
  const groups = ctx.texts.groups;
  const category = planColumn(ctx, 'category', ctx.texts.sheet.category, null, across.place(1), (c) => ({
    formula: null,
    value: c.category === 'primair' ? groups.primair : c.category === 'overhead' ? groups.overhead : '',
  }));
  const columns: PlanColumn[] = [category];
  const compared = MEASURES.map((m) => comparedMeasure(ctx, m)).filter((m): m is ComparedMeasure => m !== null);
  const measures: Partial<Record<Measure, MeasureColumns>> = {};
  for (const m of compared) {
    const built = deviationColumns(ctx, m, across);
    columns.push(...built.columns);
    measures[m.measure] = built.at;
  }
  if (measures.fte && measures.costs) columns.push(...costsPerFteColumns(ctx, measures.fte, measures.costs, across));
  return {
    columns,
    category: category.col,
    measures,
    compared: compared.map((m) => m.measure),
    last: across.end,
    warnings: textNumberWarnings(ctx, compared),
  };
}

/**
 * IBCS colours on the Δ and Δ% columns: grey for about equal, and where the user (or the
 * default: more costs is unfavourable, fte neutral) gave a direction, red and green by sign.
 */
export function deviationFormats(ctx: PlanContext, columns: BenchmarkColumns): PlanConditionalFormat[] {
  const formats: PlanConditionalFormat[] = [];
  const { firstRow, lastRow, names } = ctx;
  for (const m of columns.compared) {
    const at = columns.measures[m];
    if (!at) continue;
    const direction = ctx.options.direction?.[m] ?? DEFAULT_DIRECTION[m];
    const range = `${a1(at.delta, firstRow)}:${a1(at.pct, lastRow)}`;
    const pct = `$${columnLetters(at.pct)}${firstRow}`;
    const delta = `$${columnLetters(at.delta)}${firstRow}`;
    const materiality = materialityName(ctx, m);
    const similar = `AND(ISNUMBER(${pct}),OR(ABS(${pct})<${names.bandSimilar},ABS(${delta})<${materiality}))`;
    const rules: [string, PlanConditionalFormat['tone']][] = [[similar, 'similar']];
    if (direction !== 'neutral') {
      const up = direction === 'higherIsUnfavourable' ? 'unfavourable' : 'favourable';
      const down = up === 'unfavourable' ? 'favourable' : 'unfavourable';
      rules.push([`AND(ISNUMBER(${pct}),${pct}>0)`, up], [`AND(ISNUMBER(${pct}),${pct}<0)`, down]);
    }
    for (const [formula, tone] of rules) formats.push({ range, formula, tone, priority: formats.length + 1 });
  }
  return formats;
}
