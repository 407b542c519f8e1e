// Header recognition: which column of a benchmark table holds what (DOMAIN §3).
// Pure and total: any cell value goes in, a guess comes out, nothing throws.

import type { CellValue } from '../core';
import type { ColumnGuess, Measure, Role } from './types';
import { isRole } from './types';
import {
  analyse,
  BY_VALUES,
  FALLBACK_CLUSTER,
  LEFT_CONTEXT_BONUS,
  MEASURELESS,
  MEASURELESS_UNMARKED,
  NONE,
  tokenise,
  UNMARKED_SHARE,
  type Analysis,
  type ColumnEvidence,
  type RoleCandidate,
} from './header-analysis';

export type { ColumnEvidence } from './header-analysis';
/**
 * Candidate roles for one header text, best first; empty when nothing fits. A reference
 * that names no measure ("Norm") yields both measures at low confidence: only
 * recogniseHeaders, which sees the neighbouring columns, can choose between them.
 */
export function scoreHeader(header: string): { role: Role; confidence: number }[] {
  if (typeof header !== 'string') return [];
  const analysis = analyse(header);
  switch (analysis.kind) {
    case 'roles':
      return analysis.candidates.map((c) => ({ role: c.role, confidence: c.confidence }));
    case 'measureless': {
      const confidence = analysis.marked ? MEASURELESS : MEASURELESS_UNMARKED;
      return [
        { role: `fte.${analysis.basis}`, confidence },
        { role: `costs.${analysis.basis}`, confidence },
      ];
    }
    default:
      return [];
  }
}

function headerText(value: CellValue): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value !== null && typeof value === 'object' && typeof value.error === 'string') return value.error;
  return '';
}

/** undefined: no override; null: the user ignores the column; a role: the user's choice. */
function readOverride(
  overrides: Readonly<Record<number, Role | null>> | undefined,
  column: number,
): Role | null | undefined {
  if (overrides === undefined || overrides === null || typeof overrides !== 'object') return undefined;
  if (!Object.prototype.hasOwnProperty.call(overrides, column)) return undefined;
  const value: unknown = overrides[column];
  if (value === null) return null;
  // Overrides come from saved settings; a stale or misspelt role must not crash or win.
  return typeof value === 'string' && isRole(value) ? value : undefined;
}

function ownMeasure(role: Role | null | undefined): Measure | null {
  return role === 'fte' || role === 'costs' ? role : null;
}

interface Slot {
  readonly column: number;
  readonly header: string;
  readonly override: Role | null | undefined;
  readonly analysis: Analysis;
  readonly year: number;
}

/** The measure most cells name by their unit ("3,69 fte", "€ 294.556"), or null. */
function unitMeasure(evidence: ColumnEvidence | undefined): Measure | null {
  if (!evidence || evidence.numbers === 0) return null;
  if (evidence.fte * 2 > evidence.numbers && evidence.euro === 0) return 'fte';
  if (evidence.euro * 2 > evidence.numbers && evidence.fte === 0) return 'costs';
  return null;
}

/**
 * The values decide with the header: a column of percentages is a share whatever its header
 * says ("Gemiddelde formatie in referentiegroep" holding "1,7%"), and a "share" column of fte
 * or euro amounts is a norm. The role chosen against the header's words is less sure.
 */
function weighValues(analysis: Analysis, evidence: ColumnEvidence | undefined): Analysis {
  if (!evidence || evidence.numbers === 0 || analysis.kind !== 'roles') return analysis;
  const [top] = analysis.candidates;
  if (top === undefined) return analysis;
  const [measure, basis] = top.role.split('.') as [string, string | undefined];
  if (measure !== 'fte' && measure !== 'costs') return analysis;
  const percentages = evidence.percents * 2 > evidence.numbers;
  const amounts = evidence.fte + evidence.euro > 0 || evidence.maxAbs > 100;
  const marked = top.marked === true;
  if (basis === 'norm' && percentages) {
    const role: Role = `${measure}.share`;
    return { kind: 'roles', candidates: [{ role, confidence: BY_VALUES, marked, byValues: 'shares' }] };
  }
  if (basis === 'share' && amounts && evidence.percents === 0) {
    const role: Role = `${measure}.norm`;
    return { kind: 'roles', candidates: [{ role, confidence: BY_VALUES, marked, byValues: 'amounts' }] };
  }
  return analysis;
}

/** The header's own words first; where they name no measure, with the group row's or unit row's words. */
function analyseInContext(header: string, context: string | undefined): Analysis {
  const own = analyse(header);
  if (context === undefined || context.trim() === '' || header.trim() === '') return own;
  if (own.kind !== 'measureless' && own.kind !== 'none') return own;
  const combined = analyse(`${header} ${context}`);
  // The context may only add: a measure, or what kind of reference ("(% van totaal)").
  return combined.kind === 'roles' || combined.kind === 'measureless' ? combined : own;
}

/** For a reference or deviation naming no measure: the cells' unit, else the own column left (or right). */
function measurelessCandidates(
  analysis: Extract<Analysis, { kind: 'measureless' }>,
  i: number,
  measures: readonly (Measure | null)[],
  evidence: ColumnEvidence | undefined,
): RoleCandidate[] {
  const { basis, marked } = analysis;
  const fromUnit = unitMeasure(evidence);
  if (fromUnit !== null && basis !== 'share' && basis !== 'deltaPct') {
    return [{ role: `${fromUnit}.${basis}`, confidence: UNMARKED_SHARE, marked, byValues: 'measure' }];
  }
  const base = marked ? MEASURELESS : MEASURELESS_UNMARKED;
  const nearLeft = Math.round((base + LEFT_CONTEXT_BONUS) * 100) / 100;
  for (let left = i - 1; left >= 0; left--) {
    const m = measures[left];
    if (m) return [{ role: `${m}.${basis}`, confidence: nearLeft, marked }];
  }
  // A deviation is printed after what it compares; a reference may come first.
  if (analysis.deviation) return [];
  // Only when nothing on the left names a measure do we look right, and trust it less.
  for (let right = i + 1; right < measures.length; right++) {
    const m = measures[right];
    if (m) return [{ role: `${m}.${basis}`, confidence: base, marked }];
  }
  return [];
}

/** Where the header names the reference group for a role, an unmarked header for it is the own figure. */
function withoutOwnShares(candidates: readonly (readonly RoleCandidate[])[]): RoleCandidate[][] {
  const markedRoles = new Set(candidates.flatMap((list) => list.filter((c) => c.marked).map((c) => c.role)));
  return candidates.map((list) =>
    list.filter((c) => c.marked || !markedRoles.has(c.role) || !c.role.endsWith('.share')),
  );
}

/**
 * One guess per column. Each role goes to at most one recognised column, the most
 * confident; a loser falls back to its next candidate or to null. Overrides always win,
 * with confidence 1, and are taken as given (two overrides may share a role). `context`
 * holds each column's group-row and unit-row text, `evidence` what its cells hold.
 */
export function recogniseHeaders(
  headers: readonly CellValue[],
  overrides?: Readonly<Record<number, Role | null>>,
  context?: readonly (string | undefined)[],
  evidence?: readonly (ColumnEvidence | undefined)[],
): ColumnGuess[] {
  const slots: Slot[] = headers.map((value, column) => {
    const text = typeof value === 'string' ? value : '';
    const analysis = typeof value === 'string' ? analyseInContext(value, context?.[column]) : NONE;
    return {
      column,
      header: headerText(value),
      override: readOverride(overrides, column),
      analysis: weighValues(analysis, evidence?.[column]),
      year: text === '' ? 0 : (tokenise(text).year ?? 0),
    };
  });

  const topRole = (slot: Slot): Role | null | undefined =>
    slot.override !== undefined
      ? slot.override
      : slot.analysis.kind === 'roles'
        ? slot.analysis.candidates[0]?.role
        : undefined;
  const measures = slots.map((slot) => ownMeasure(topRole(slot)));

  const candidates = withoutOwnShares(
    slots.map((slot, i): readonly RoleCandidate[] => {
      if (slot.override !== undefined) return [];
      if (slot.analysis.kind === 'roles') return slot.analysis.candidates;
      if (slot.analysis.kind !== 'measureless') return [];
      return measurelessCandidates(slot.analysis, i, measures, evidence?.[i]);
    }),
  );

  const taken = new Set<Role>();
  for (const slot of slots) if (slot.override) taken.add(slot.override);

  const entries = candidates.flatMap((list, column) =>
    list.map((c, rank) => ({
      column,
      rank,
      candidate: c,
      role: c.role,
      confidence: c.confidence,
      year: slots[column]?.year ?? 0,
    })),
  );
  // Ties: the later year wins (a table with "Formatie 2016" and "Formatie 2017" is about
  // 2017), then the leftmost column, so the outcome never depends on sort stability.
  entries.sort((a, b) => b.confidence - a.confidence || b.year - a.year || a.column - b.column || a.rank - b.rank);

  const assigned = new Map<number, RoleCandidate>();
  for (const entry of entries) {
    if (assigned.has(entry.column) || taken.has(entry.role)) continue;
    assigned.set(entry.column, entry.candidate);
    taken.add(entry.role);
  }

  const guesses: ColumnGuess[] = slots.map((slot) => {
    if (slot.override !== undefined) {
      return { column: slot.column, header: slot.header, role: slot.override, confidence: 1 };
    }
    const chosen = assigned.get(slot.column);
    const guess: ColumnGuess = {
      column: slot.column,
      header: slot.header,
      role: chosen?.role ?? null,
      confidence: chosen?.confidence ?? 0,
    };
    return chosen?.byValues ? { ...guess, byValues: chosen.byValues } : guess;
  });

  // Benchmark tables often label the cluster column with the municipality's name or a
  // bare "2017"-style caption; a text header in column A with no other meaning is it.
  const first = guesses[0];
  const firstSlot = slots[0];
  if (
    first !== undefined &&
    firstSlot !== undefined &&
    !taken.has('cluster') &&
    first.role === null &&
    firstSlot.override === undefined &&
    firstSlot.analysis.kind === 'none' &&
    typeof headers[0] === 'string' &&
    headers[0].trim() !== ''
  ) {
    guesses[0] = { ...first, role: 'cluster', confidence: FALLBACK_CLUSTER };
  }
  return guesses;
}
