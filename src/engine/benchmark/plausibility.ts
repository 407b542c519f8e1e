// The plausibility guard: results that cannot be right (a negative norm, a deviation beyond
// 300 %, a class against the sign of Δ, shares over 100 %, norms a fraction of the own values,
// a printed deviation that does not reconcile) are warnings naming the cells, and the sentences
// that would state a conclusion from them give way to one that says why none is drawn. It
// runs inside `compute`, so the command line, the pane and the written sheet all get it.
// The words (warnings, the sentences that stand in) are in plausibility-words.ts.
import { a1 } from '../core';
import type { Aggregate, AnalysisResult, ClusterResult, Comparison, Measure, Role } from './types';

export type PlausibilityRule =
  'negativeNorm' | 'extremeDeviation' | 'classSign' | 'sharesOver100' | 'tinyNorms' | 'printedMismatch';

export type GroupKey = 'primair' | 'overhead' | 'total';

export interface PlausibilityFinding {
  readonly rule: PlausibilityRule;
  readonly measure: Measure;
  /** Sheet rows of the clusters whose conclusions are withheld. */
  readonly rows: readonly number[];
  /** The aggregate that tripped the rule, when it was one (its clusters are in `rows`). */
  readonly group: GroupKey | null;
  /** The cells concerned (A1); a column rule names its range in `range` too. */
  readonly cells: readonly string[];
  readonly range: string | null;
}

/**
 * A deviation printed in the table beside the computed one (read by the table's deviation
 * columns when present). The guard reads these optional fields of a comparison, so it works
 * with or without them.
 */
export interface PrintedDeviation {
  readonly printedDelta?: number | null;
  readonly printedDeltaPct?: number | null;
}

/** A result before the guard has spoken: what it checks. */
export type PlausibilityParts = Omit<AnalysisResult, 'sentences' | 'warnings' | 'plausibility'>;
type Parts = PlausibilityParts;
type RoleColumns = Readonly<Partial<Record<Role, number>>>;

/** |Δ%| beyond this is not a deviation a benchmark reports (issue: "+17.253%"). */
export const EXTREME_DEVIATION = 3;
/** A norm below this fraction of the own value, for most clusters, suggests a share read as an amount. */
export const TINY_NORM = 0.05;
/** Rounding of printed shares: about ±0,1 fte and a few points (DOMAIN §3's worked example). */
const PRINTED_TOLERANCE = { fte: 0.15, pct: 0.05 };

const MEASURES: readonly Measure[] = ['fte', 'costs'];

function referenceCell(columns: RoleColumns, m: Comparison, measure: Measure, row: number): string | null {
  if (m.basis === null) return null;
  const column = columns[`${measure}.${m.basis}`];
  return column === undefined ? null : a1(column, row);
}

function ownCell(columns: RoleColumns, measure: Measure, row: number): string | null {
  const column = columns[measure];
  return column === undefined ? null : a1(column, row);
}

function cellsOf(...cells: (string | null)[]): string[] {
  return cells.filter((c): c is string => c !== null);
}

function contradicts(cls: string | null, delta: number | null): boolean {
  if (cls === null || delta === null || delta === 0) return false;
  const higher = cls === 'hoger' || cls === 'ruim hoger';
  const lower = cls === 'lager' || cls === 'ruim lager';
  return (higher && delta < 0) || (lower && delta > 0);
}

function printedDiffers(m: Comparison & PrintedDeviation, measure: Measure): boolean {
  const { printedDelta, printedDeltaPct } = m;
  if (typeof printedDelta === 'number' && m.delta !== null) {
    const tolerance = measure === 'fte' ? PRINTED_TOLERANCE.fte : Math.max(2, Math.abs(m.own ?? 0) * 0.005);
    if (Math.abs(printedDelta - m.delta) > tolerance) return true;
  }
  if (typeof printedDeltaPct === 'number' && m.deltaPct !== null) {
    return Math.abs(printedDeltaPct - m.deltaPct) > PRINTED_TOLERANCE.pct;
  }
  return false;
}

function printedCell(columns: RoleColumns, measure: Measure, row: number): string | null {
  // The deviation columns' roles, when the table recognised them; else the own value's cell.
  const byName = columns as Readonly<Record<string, number | undefined>>;
  const column = byName[`${measure}.delta`] ?? byName[`${measure}.deltaPct`] ?? columns[measure];
  return column === undefined ? null : a1(column, row);
}

/** Per measure, what the column rules need, counted in the one pass over the clusters. */
interface ColumnTally {
  shares: number;
  shareSum: number;
  positive: number;
  tiny: number;
  tinyBasis: Comparison['basis'];
}

const emptyTally = (): ColumnTally => ({ shares: 0, shareSum: 0, positive: 0, tiny: 0, tinyBasis: null });

/**
 * The cluster rules, and the column rules' counts, in one pass: it runs over every cluster of
 * every analysis and what-if keystroke, so it only tests numbers; cells are spelled out, and
 * row lists made, only for a finding.
 */
function scanClusters(
  clusters: readonly ClusterResult[],
  columns: RoleColumns,
): { findings: PlausibilityFinding[]; tally: Record<Measure, ColumnTally> } {
  const findings: PlausibilityFinding[] = [];
  const tally = { fte: emptyTally(), costs: emptyTally() };
  const add = (rule: PlausibilityRule, measure: Measure, row: number, cells: string[]) =>
    findings.push({ rule, measure, rows: [row], group: null, cells, range: null });
  for (const cluster of clusters) {
    for (const measure of MEASURES) {
      const m = measure === 'fte' ? cluster.fte : cluster.costs;
      if (!m || m.norm === null) continue;
      const row = cluster.row;
      const count = tally[measure];
      if (m.basis === 'share') {
        count.shares += 1;
        count.shareSum += m.norm;
      }
      if (m.own !== null && m.own > 0 && m.norm > 0) {
        count.positive += 1;
        if (m.norm < TINY_NORM * m.own) {
          count.tiny += 1;
          count.tinyBasis ??= m.basis;
        }
      }
      if (m.norm < 0) add('negativeNorm', measure, row, cellsOf(referenceCell(columns, m, measure, row)));
      else if (m.deltaPct !== null && (m.deltaPct > EXTREME_DEVIATION || m.deltaPct < -EXTREME_DEVIATION))
        add(
          'extremeDeviation',
          measure,
          row,
          cellsOf(ownCell(columns, measure, row), referenceCell(columns, m, measure, row)),
        );
      if (m.class !== null && contradicts(m.class, m.delta))
        add('classSign', measure, row, cellsOf(referenceCell(columns, m, measure, row)));
      if ((m.printedDelta !== undefined || m.printedDeltaPct !== undefined) && printedDiffers(m, measure))
        add('printedMismatch', measure, row, cellsOf(printedCell(columns, measure, row)));
    }
  }
  return { findings, tally };
}

function columnRange(columns: RoleColumns, role: Role, rows: readonly number[]): string | null {
  const column = columns[role];
  if (column === undefined || rows.length === 0) return null;
  // A loop, not Math.min(...rows): a spread of 100 000 arguments nears V8's limit.
  let [top, bottom] = [Infinity, -Infinity];
  for (const row of rows) [top, bottom] = [Math.min(top, row), Math.max(bottom, row)];
  return `${a1(column, top)}:${a1(column, bottom)}`;
}

/** The rows a column rule concerns, gathered only once it has tripped. */
function rowsWhere(parts: Parts, measure: Measure, keep: (m: Comparison & { norm: number }) => boolean): number[] {
  const rows: number[] = [];
  for (const c of parts.clusters) {
    const m = measure === 'fte' ? c.fte : c.costs;
    if (m && m.norm !== null && keep(m as Comparison & { norm: number })) rows.push(c.row);
  }
  return rows;
}

/** Column rules: shares that add up beyond the whole, norms a fraction of the own values. */
function columnFindings(
  parts: Parts,
  columns: RoleColumns,
  tally: Readonly<Record<Measure, ColumnTally>>,
): PlausibilityFinding[] {
  const findings: PlausibilityFinding[] = [];
  for (const measure of MEASURES) {
    const { shares, shareSum, positive, tiny, tinyBasis } = tally[measure];
    const whole = measure === 'fte' ? parts.parameters.totalFte : parts.parameters.totalCosts;
    // norm = share × whole, so the shares' sum is Σ norm / whole.
    if (shares > 0 && whole !== null && whole > 0 && shareSum / whole > 1.005) {
      const shareRows = rowsWhere(parts, measure, (m) => m.basis === 'share');
      const range = columnRange(columns, `${measure}.share`, shareRows);
      findings.push({ rule: 'sharesOver100', measure, rows: shareRows, group: null, cells: cellsOf(range), range });
    }
    if (tiny >= 2 && tiny * 2 > positive) {
      const positiveRows = rowsWhere(parts, measure, (m) => m.own !== null && m.own > 0 && m.norm > 0);
      const range = tinyBasis === null ? null : columnRange(columns, `${measure}.${tinyBasis}`, positiveRows);
      findings.push({ rule: 'tinyNorms', measure, rows: positiveRows, group: null, cells: cellsOf(range), range });
    }
  }
  return findings;
}

function membersOf(parts: Parts, group: GroupKey): readonly ClusterResult[] {
  return group === 'total' ? parts.clusters : parts.clusters.filter((c) => c.category === group);
}

type Flagged = Readonly<Record<Measure, ReadonlySet<number>>>;

function flaggedRows(findings: readonly PlausibilityFinding[]): Flagged {
  const flagged = { fte: new Set<number>(), costs: new Set<number>() };
  for (const f of findings) for (const row of f.rows) flagged[f.measure].add(row);
  return flagged;
}

/** Per group and measure: does any of its clusters carry a finding? One pass over the clusters. */
function touchedGroups(parts: Parts, flagged: Flagged): (group: GroupKey, measure: Measure) => boolean {
  const touched = new Set<string>();
  for (const measure of MEASURES) {
    if (flagged[measure].size === 0) continue;
    for (const c of parts.clusters) {
      if (!flagged[measure].has(c.row)) continue;
      touched.add(`total:${measure}`);
      if (c.category) touched.add(`${c.category}:${measure}`);
    }
  }
  return (group, measure) => touched.has(`${group}:${measure}`);
}

/** An aggregate whose clusters passed can still add up to an absurd deviation. */
function aggregateFindings(parts: Parts, flagged: Flagged): PlausibilityFinding[] {
  const findings: PlausibilityFinding[] = [];
  const touches = touchedGroups(parts, flagged);
  for (const group of ['primair', 'overhead', 'total'] as const) {
    const aggregate = parts.totals[group];
    if (!aggregate) continue;
    for (const measure of MEASURES) {
      const m = aggregate[measure];
      if (!m || m.compared === 0 || touches(group, measure)) continue;
      const extreme = m.deltaPct !== null && Math.abs(m.deltaPct) > EXTREME_DEVIATION;
      const rule = extreme
        ? 'extremeDeviation'
        : m.norm < 0
          ? 'negativeNorm'
          : contradicts(m.class, m.delta)
            ? 'classSign'
            : null;
      if (rule) {
        const rows = membersOf(parts, group).map((c) => c.row);
        findings.push({ rule, measure, rows, group, cells: [], range: null });
      }
    }
  }
  return findings;
}

export function checkPlausibility(parts: Parts, columns: RoleColumns): PlausibilityFinding[] {
  const scanned = scanClusters(parts.clusters, columns);
  const findings = [...scanned.findings, ...columnFindings(parts, columns, scanned.tally)];
  return [...findings, ...aggregateFindings(parts, flaggedRows(findings))];
}

/**
 * The clusters as aandachtspunten may rank them: a measure with any finding is taken out for
 * every cluster, since a ranking over a column that misreads some rows says nothing.
 */
export function withoutFlagged(
  clusters: readonly ClusterResult[],
  findings: readonly PlausibilityFinding[],
): ClusterResult[] {
  const suspect = new Set(findings.map((f) => f.measure));
  return clusters.map((c) => ({
    ...c,
    fte: suspect.has('fte') ? null : c.fte,
    costs: suspect.has('costs') ? null : c.costs,
  }));
}

/**
 * The result as the sentences may use it: every comparison a finding concerns taken out of the
 * aggregates, aandachtspunten and overhead shares it would feed, so no sentence states it.
 */
export function withoutImplausible<P extends Parts>(parts: P, findings: readonly PlausibilityFinding[]): P {
  if (findings.length === 0) return parts;
  const flagged = flaggedRows(findings);
  const touches = touchedGroups(parts, flagged);
  const clean = (group: GroupKey): Aggregate | null => {
    const a = parts.totals[group];
    if (!a) return null;
    const fte = touches(group, 'fte') ? null : a.fte;
    const costs = touches(group, 'costs') ? null : a.costs;
    return { ...a, fte, costs, split: fte && costs ? a.split : null };
  };
  const keep = (p: { measure: Measure; row: number }) => !flagged[p.measure].has(p.row);
  return {
    ...parts,
    totals: { primair: clean('primair'), overhead: clean('overhead'), total: clean('total') },
    attention: { higher: parts.attention.higher.filter(keep), lower: parts.attention.lower.filter(keep) },
    overheadShare: parts.overheadShare.filter((s) => !touches('overhead', s.measure) && !touches('total', s.measure)),
  };
}
