// The plausibility guard: results that cannot be right (a negative norm, a deviation beyond
// 300 %, a class against the sign of Δ, shares over 100 %, norms a fraction of the own values,
// a printed deviation that does not reconcile) are warnings naming the cells, and the sentences
// that would state a conclusion from them give way to one that says why none is drawn. It
// runs inside `compute`, so the command line, the pane and the written sheet all get it.
import { a1, type Language, type Warning } from '../core';
import { formatEuro, formatFte, formatPercent } from '../../i18n/format';
import { plausibilityTexts, type PlausibilityTexts } from '../../i18n/plausibility';
import { benchmarkTexts } from '../../i18n/benchmark';
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

type Parts = Omit<AnalysisResult, 'sentences' | 'warnings' | 'plausibility'>;
type RoleColumns = Readonly<Partial<Record<Role, number>>>;

/** |Δ%| beyond this is not a deviation a benchmark reports (issue: "+17.253%"). */
export const EXTREME_DEVIATION = 3;
/** A norm below this fraction of the own value, for most clusters, suggests a share read as an amount. */
const TINY_NORM = 0.05;
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

function clusterFindings(clusters: readonly ClusterResult[], columns: RoleColumns): PlausibilityFinding[] {
  const findings: PlausibilityFinding[] = [];
  const add = (rule: PlausibilityRule, measure: Measure, row: number, cells: string[]) =>
    findings.push({ rule, measure, rows: [row], group: null, cells, range: null });
  for (const cluster of clusters) {
    for (const measure of MEASURES) {
      const m = cluster[measure];
      if (!m || m.norm === null) continue;
      // Addresses only for a finding: this loop runs over every cluster of every analysis.
      const reference = () => referenceCell(columns, m, measure, cluster.row);
      if (m.norm < 0) add('negativeNorm', measure, cluster.row, cellsOf(reference()));
      else if (m.deltaPct !== null && Math.abs(m.deltaPct) > EXTREME_DEVIATION)
        add('extremeDeviation', measure, cluster.row, cellsOf(ownCell(columns, measure, cluster.row), reference()));
      if (contradicts(m.class, m.delta)) add('classSign', measure, cluster.row, cellsOf(reference()));
      if (printedDiffers(m, measure))
        add('printedMismatch', measure, cluster.row, cellsOf(printedCell(columns, measure, cluster.row)));
    }
  }
  return findings;
}

function columnRange(columns: RoleColumns, role: Role, rows: readonly number[]): string | null {
  const column = columns[role];
  if (column === undefined || rows.length === 0) return null;
  // A loop, not Math.min(...rows): a spread of 100 000 arguments nears V8's limit.
  let [top, bottom] = [Infinity, -Infinity];
  for (const row of rows) [top, bottom] = [Math.min(top, row), Math.max(bottom, row)];
  return `${a1(column, top)}:${a1(column, bottom)}`;
}

/** Column rules: shares that add up beyond the whole, norms a fraction of the own values. */
function columnFindings(parts: Parts, columns: RoleColumns): PlausibilityFinding[] {
  const findings: PlausibilityFinding[] = [];
  for (const measure of MEASURES) {
    // One pass per measure: the guard runs on every analysis and what-if keystroke.
    const shareRows: number[] = [];
    const positiveRows: number[] = [];
    let shareSum = 0;
    let tiny = 0;
    let tinyBasis: Comparison['basis'] = null;
    for (const c of parts.clusters) {
      const m = c[measure];
      if (!m || m.norm === null) continue;
      if (m.basis === 'share') {
        shareRows.push(c.row);
        shareSum += m.norm;
      }
      if (m.own !== null && m.own > 0 && m.norm > 0) {
        positiveRows.push(c.row);
        if (m.norm < TINY_NORM * m.own) {
          tiny += 1;
          tinyBasis ??= m.basis;
        }
      }
    }
    const whole = measure === 'fte' ? parts.parameters.totalFte : parts.parameters.totalCosts;
    // norm = share × whole, so the shares' sum is Σ norm / whole.
    if (shareRows.length > 0 && whole !== null && whole > 0 && shareSum / whole > 1.005) {
      const range = columnRange(columns, `${measure}.share`, shareRows);
      findings.push({ rule: 'sharesOver100', measure, rows: shareRows, group: null, cells: cellsOf(range), range });
    }
    if (tiny >= 2 && tiny * 2 > positiveRows.length) {
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
  const findings = [...clusterFindings(parts.clusters, columns), ...columnFindings(parts, columns)];
  return [...findings, ...aggregateFindings(parts, flaggedRows(findings))];
}

function amount(value: number, measure: Measure, language: Language): string {
  return measure === 'fte' ? formatFte(value, language, { sign: true }) : formatEuro(value, language, { sign: true });
}

function listOf(items: readonly string[], t: PlausibilityTexts, max = 4): string {
  const shown = items.length > max ? [...items.slice(0, max - 1), t.others(items.length - max + 1)] : [...items];
  const last = shown.pop();
  return shown.length === 0 ? (last ?? '') : `${shown.join(', ')} ${t.and} ${last ?? ''}`;
}

/** One warning per finding, naming its cell (or the first of its range) and the figures. */
export function plausibilityWarnings(
  parts: Parts,
  findings: readonly PlausibilityFinding[],
  language: Language,
): Warning[] {
  const t = plausibilityTexts(language);
  const groups = benchmarkTexts(language).groups;
  const byRow = new Map(parts.clusters.map((c) => [c.row, c]));
  return findings.map((f): Warning => {
    const word = t.measure[f.measure];
    if (f.rule === 'sharesOver100' || f.rule === 'tinyNorms') {
      const range = f.range ?? '';
      const sum = f.rows.reduce((acc, row) => acc + (byRow.get(row)?.[f.measure]?.norm ?? 0), 0);
      const whole = (f.measure === 'fte' ? parts.parameters.totalFte : parts.parameters.totalCosts) ?? 1;
      const tiny = f.rows.filter((row) => {
        const m = byRow.get(row)?.[f.measure];
        return m && m.norm !== null && m.own !== null && m.norm < TINY_NORM * m.own;
      }).length;
      return {
        cell: f.cells[0]?.split(':')[0] ?? null,
        message:
          f.rule === 'sharesOver100'
            ? t.warning.sharesOver100(range, formatPercent(sum / whole, language))
            : t.warning.tinyNorms(range, tiny, f.rows.length),
      };
    }
    const aggregate: Aggregate | null = f.group ? parts.totals[f.group] : null;
    const m: Pick<Comparison, 'norm' | 'delta' | 'deltaPct' | 'class'> | null | undefined = f.group
      ? aggregate?.[f.measure]
      : byRow.get(f.rows[0] ?? -1)?.[f.measure];
    const name = f.group ? groups[f.group] : (byRow.get(f.rows[0] ?? -1)?.name ?? '');
    const cell = f.cells[0] ?? null;
    const norm = m?.norm ?? 0;
    const delta = m?.delta ?? 0;
    const printed = (m as (Comparison & PrintedDeviation) | undefined)?.printedDelta;
    switch (f.rule) {
      case 'negativeNorm':
        return { cell, message: t.warning.negativeNorm(name, word, amount(norm, f.measure, language)) };
      case 'extremeDeviation':
        return {
          cell,
          message: t.warning.extremeDeviation(name, word, formatPercent(m?.deltaPct ?? 0, language, { sign: true })),
        };
      case 'classSign': {
        const cls = m?.class ? benchmarkTexts(language).classes[m.class] : '';
        return { cell, message: t.warning.classSign(name, word, cls, amount(delta, f.measure, language)) };
      }
      default: {
        const shown = typeof printed === 'number' ? amount(printed, f.measure, language) : '';
        return { cell, message: t.warning.printedMismatch(name, word, shown, amount(delta, f.measure, language)) };
      }
    }
  });
}

/** The sentences that stand in for the withheld conclusions: one per rule and measure. */
export function noConclusionSentences(
  parts: Parts,
  findings: readonly PlausibilityFinding[],
  language: Language,
): string[] {
  const t = plausibilityTexts(language);
  const groups = benchmarkTexts(language).groups;
  const byRow = new Map(parts.clusters.map((c) => [c.row, c]));
  const keyed = new Map<string, PlausibilityFinding[]>();
  for (const f of findings) {
    const key = `${f.rule}:${f.measure}:${f.group ?? ''}`;
    keyed.set(key, [...(keyed.get(key) ?? []), f]);
  }
  return [...keyed.values()].map((same) => {
    const first = same[0] as PlausibilityFinding;
    const rows = [...new Set(same.flatMap((f) => f.rows))];
    const subject = first.group
      ? groups[first.group]
      : listOf(
          rows.map((row) => byRow.get(row)?.name ?? ''),
          t,
        );
    const cells = [...new Set(same.flatMap((f) => f.cells))];
    const cellText = cells.length === 1 ? t.cellList(listOf(cells, t)) : t.cellsList(listOf(cells, t));
    const pctText = first.group
      ? formatPercent(parts.totals[first.group]?.[first.measure]?.deltaPct ?? 0, language, { sign: true })
      : cellText;
    const range = first.range ?? '';
    const reason = {
      negativeNorm: () => t.reason.negativeNorm(first.group ? pctText : cellText),
      extremeDeviation: () => t.reason.extremeDeviation(pctText),
      classSign: () => t.reason.classSign(first.group ? pctText : cellText),
      sharesOver100: () => {
        const whole = (first.measure === 'fte' ? parts.parameters.totalFte : parts.parameters.totalCosts) ?? 1;
        const sum = rows.reduce((acc, row) => acc + (byRow.get(row)?.[first.measure]?.norm ?? 0), 0) / whole;
        return t.reason.sharesOver100(range, formatPercent(sum, language));
      },
      tinyNorms: () => t.reason.tinyNorms(range),
      printedMismatch: () => t.reason.printedMismatch(cellText),
    }[first.rule]();
    return t.noConclusion(t.measure[first.measure], subject, reason);
  });
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
