// Header recognition: which column of a benchmark table holds what (DOMAIN §3).
// Pure and total: any cell value goes in, a guess comes out, nothing throws.

import type { CellValue } from '../core';
import type { ColumnGuess, Measure, ReferenceBasis, Role } from './types';
import { isRole } from './types';
import {
  categoryStrength,
  clusterStrength,
  isInhabitantWord,
  isNoteWord,
  isOwnMarker,
  isPerFteObject,
  isRejectWord,
  isReferenceMarker,
  isServedWord,
  isShareWord,
  isThirdPartyText,
  isUnitObject,
  isUnitOnlyText,
  isWorkloadWord,
  isYear,
  measureOf,
  normaliseHeaderText,
} from './header-patterns';

interface RoleCandidate {
  readonly role: Role;
  readonly confidence: number;
}

const CLEAR = 0.9;
/** A share of the total without a reference word: still the reference's (an own share is never an input). */
const UNMARKED_SHARE = 0.85;
/** A rate per inhabitant/1 000/unit without a reference word: most likely the reference's, less sure. */
const UNMARKED_RATE = 0.75;
/** A reference that names no measure, before the table's context has chosen one. */
const MEASURELESS = 0.5;
const MEASURELESS_UNMARKED = 0.45;
/** Bonus when the measure comes from the own column to the left, where tables put what a reference compares with. */
const LEFT_CONTEXT_BONUS = 0.1;
const FALLBACK_CLUSTER = 0.5;

type Analysis =
  /** Nothing recognisable. */
  | { readonly kind: 'none' }
  /** Recognisably not an input (a deviation, a code, a derived own rate): never guess a role for it. */
  | { readonly kind: 'rejected' }
  | { readonly kind: 'roles'; readonly candidates: readonly RoleCandidate[] }
  /** A reference ("Norm", "per inhabitant") whose measure only the neighbouring columns can tell. */
  | { readonly kind: 'measureless'; readonly basis: ReferenceBasis; readonly marked: boolean };

const NONE: Analysis = { kind: 'none' };
const REJECTED: Analysis = { kind: 'rejected' };

function only(role: Role, confidence: number): Analysis {
  return { kind: 'roles', candidates: [{ role, confidence }] };
}

interface Tokens {
  readonly tokens: readonly string[];
  readonly year: number | null;
}

function tokenise(header: string): Tokens {
  let year: number | null = null;
  const tokens: string[] = [];
  for (const token of normaliseHeaderText(header).split(' ')) {
    if (token === '') continue;
    if (isYear(token)) {
      // Several years ("2016-2017") mean a span; the latest is the one the figures are for.
      year = Math.max(year ?? 0, Number(token));
      continue;
    }
    tokens.push(token);
  }
  return { tokens, year };
}

interface PerPhrase {
  readonly basis: ReferenceBasis;
  /** Token positions that name the divisor, so "fte" in "kosten per fte" is not read as the measure. */
  readonly consumed: readonly number[];
}

/**
 * The rate a "per …" phrase expresses. 'reject' for a per-N-inhabitants other than 1 000,
 * which would be off by a factor if read as per 1 000; null when "per" means something else
 * ("per 1-1-2017" is a reference date, "per cluster" a grouping).
 */
function findPerPhrase(tokens: readonly string[]): PerPhrase | 'reject' | null {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] !== 'per') continue;
    const next = tokens[i + 1];
    if (next === undefined) continue;
    if (isInhabitantWord(next)) return { basis: 'perInhabitant', consumed: [i + 1] };
    if (/^\d+$/.test(next) || next === 'duizend' || next === 'thousand') {
      const after = tokens[i + 2];
      const ofInhabitants = after !== undefined && isInhabitantWord(after);
      if (next === '1000' || next === 'duizend' || next === 'thousand') {
        return { basis: 'per1000', consumed: ofInhabitants ? [i + 1, i + 2] : [i + 1] };
      }
      if (ofInhabitants) return 'reject';
      continue;
    }
    if (isPerFteObject(next)) return { basis: 'perFte', consumed: [i + 1] };
    if (isUnitObject(next)) return { basis: 'perUnit', consumed: [i + 1] };
  }
  return null;
}

function reference(basis: ReferenceBasis, measure: Measure | null, marked: boolean, confidence: number): Analysis {
  if (measure === null) return { kind: 'measureless', basis, marked };
  return only(`${measure}.${basis}`, confidence);
}

function workloadStrength(tokens: readonly string[]): number {
  if (tokens.some(isWorkloadWord)) return tokens.includes('volume') || tokens.includes('volumes') ? 0.8 : CLEAR;
  const count = tokens.indexOf('aantal') >= 0 ? tokens.indexOf('aantal') : tokens.indexOf('number');
  if (count < 0) return 0;
  const rest = tokens.slice(count + 1).filter((t) => t !== 'of' && t !== 'van');
  if (rest.some(isUnitObject)) return 0.85;
  return rest.length > 0 ? 0.5 : 0;
}

function analyse(header: string): Analysis {
  const { tokens } = tokenise(header);
  if (tokens.length === 0) return NONE;

  // A note column may well mention a deviation ("Toelichting afwijking"); it is still a note.
  if (tokens.some(isNoteWord)) return only('note', CLEAR);

  const marked = tokens.some(isReferenceMarker);
  // Before shares: "% derden" is the third-party share, not a share of total formation.
  if (isThirdPartyText(tokens)) return only(marked ? 'thirdParty.ref' : 'thirdParty', CLEAR);
  if (tokens.some(isRejectWord)) return REJECTED;

  const per = findPerPhrase(tokens);
  if (per === 'reject') return REJECTED;

  const measureWords = tokens
    .filter((token, i) => token !== 'per' && !(per?.consumed.includes(i) ?? false))
    .map(measureOf)
    .filter((m) => m !== null);
  const measures = new Set(measureWords.map((m) => m.measure));
  // "Formatie en kosten" names both: guessing one would silently compare the wrong unit.
  if (measures.size > 1) return REJECTED;
  const measure = measureWords[0]?.measure ?? null;
  const own = tokens.some(isOwnMarker);

  if (per !== null) {
    const rateMarked = marked || (per.basis === 'perFte' && tokens.some(isServedWord));
    // "Kosten per fte" is the own cost per fte, derived from two other columns: no input at all.
    if (!rateMarked && (own || per.basis === 'perFte')) return REJECTED;
    return reference(per.basis, measure, rateMarked, rateMarked ? CLEAR : UNMARKED_RATE);
  }
  if (tokens.some(isShareWord)) {
    if (own && !marked) return REJECTED;
    return reference('share', measure, marked, marked ? CLEAR : UNMARKED_SHARE);
  }
  if (marked) return reference('norm', measure, true, CLEAR);

  const strongest = measureWords.reduce((best, m) => Math.max(best, m.strength), 0);
  if (measure !== null) return only(measure, strongest);

  const workload = workloadStrength(tokens);
  if (workload > 0) return only('workload', workload);
  const category = categoryStrength(tokens);
  if (category > 0) return only('category', category);
  const cluster = clusterStrength(tokens);
  if (cluster > 0) return only('cluster', cluster);
  return NONE;
}

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

/**
 * One guess per column. Each role goes to at most one recognised column, the most
 * confident; a loser falls back to its next candidate or to null. Overrides always win,
 * with confidence 1, and are taken as given (two overrides may share a role).
 */
export function recogniseHeaders(
  headers: readonly CellValue[],
  overrides?: Readonly<Record<number, Role | null>>,
): ColumnGuess[] {
  const slots: Slot[] = headers.map((value, column) => {
    const text = typeof value === 'string' ? value : '';
    return {
      column,
      header: headerText(value),
      override: readOverride(overrides, column),
      analysis: typeof value === 'string' ? analyse(value) : NONE,
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

  const candidates = slots.map((slot, i): readonly RoleCandidate[] => {
    if (slot.override !== undefined) return [];
    if (slot.analysis.kind === 'roles') return slot.analysis.candidates;
    if (slot.analysis.kind !== 'measureless') return [];
    const { basis, marked } = slot.analysis;
    const base = marked ? MEASURELESS : MEASURELESS_UNMARKED;
    const nearLeft = Math.round((base + LEFT_CONTEXT_BONUS) * 100) / 100;
    for (let left = i - 1; left >= 0; left--) {
      const m = measures[left];
      if (m) return [{ role: `${m}.${basis}`, confidence: nearLeft }];
    }
    // Only when nothing on the left names a measure do we look right, and trust it less.
    for (let right = i + 1; right < slots.length; right++) {
      const m = measures[right];
      if (m) return [{ role: `${m}.${basis}`, confidence: base }];
    }
    return [];
  });

  const taken = new Set<Role>();
  for (const slot of slots) if (slot.override) taken.add(slot.override);

  const entries = candidates.flatMap((list, column) =>
    list.map((c, rank) => ({ column, rank, role: c.role, confidence: c.confidence, year: slots[column]?.year ?? 0 })),
  );
  // Ties: the later year wins (a table with "Formatie 2016" and "Formatie 2017" is about
  // 2017), then the leftmost column, so the outcome never depends on sort stability.
  entries.sort((a, b) => b.confidence - a.confidence || b.year - a.year || a.column - b.column || a.rank - b.rank);

  const assigned = new Map<number, RoleCandidate>();
  for (const entry of entries) {
    if (assigned.has(entry.column) || taken.has(entry.role)) continue;
    assigned.set(entry.column, { role: entry.role, confidence: entry.confidence });
    taken.add(entry.role);
  }

  const guesses: ColumnGuess[] = slots.map((slot) => {
    if (slot.override !== undefined) {
      return { column: slot.column, header: slot.header, role: slot.override, confidence: 1 };
    }
    const chosen = assigned.get(slot.column);
    return {
      column: slot.column,
      header: slot.header,
      role: chosen?.role ?? null,
      confidence: chosen?.confidence ?? 0,
    };
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

// ---------------------------------------------------------------------------------------
// Header row

const MAX_SCAN_ROWS = 30;
const MAX_LOOKAHEAD_ROWS = 3;

function isNumeric(value: CellValue | undefined): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  // Text imports (CSV) keep Dutch numbers as text: "3,69", "1.980.620", "1,6 %", "€ 294 556".
  return typeof value === 'string' && /^\s*[-+−]?\s*€?\s*[-+−]?\d[\d.,\s\u00a0\u202f]*%?\s*$/.test(value);
}

function isEmptyCell(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

function isEmptyRow(row: readonly CellValue[] | undefined): boolean {
  return row === undefined || row.every(isEmptyCell);
}

function isUnitsRow(row: readonly CellValue[]): boolean {
  const filled = row.filter((v) => !isEmptyCell(v));
  return filled.length > 0 && filled.every((v) => typeof v === 'string' && isUnitOnlyText(v));
}

const isMeasureRole = (role: Role): boolean =>
  role === 'fte' || role === 'costs' || role.startsWith('fte.') || role.startsWith('costs.');

function isHeaderLike(row: readonly CellValue[]): boolean {
  let recognised = 0;
  let measure = false;
  let numbers = 0;
  for (const value of row) {
    if (isNumeric(value)) numbers++;
    if (typeof value !== 'string') continue;
    const candidates = scoreHeader(value);
    if (candidates.length === 0) continue;
    recognised++;
    if (candidates.some((c) => isMeasureRole(c.role))) measure = true;
  }
  // A data row can contain recognisable words ("Personeel & Organisatie", a note saying
  // "hogere kosten"), but it carries at least as many numbers as recognised labels.
  return recognised >= 2 && measure && numbers < recognised;
}

/** The next row that is neither empty nor a row of bare units holds numbers. */
function isFollowedByData(cells: readonly (readonly CellValue[])[], headerRow: number): boolean {
  for (let r = headerRow + 1; r <= headerRow + MAX_LOOKAHEAD_ROWS && r < cells.length; r++) {
    const row = cells[r];
    if (row === undefined || isEmptyRow(row) || isUnitsRow(row)) continue;
    return row.some(isNumeric);
  }
  return false;
}

/**
 * The header row within the grid: the first header-like row (two or more recognised
 * cells, at least one of them a measure) that has data under it, else the first
 * header-like row at all. Title rows fail the test by having a single text cell.
 */
export function findHeaderRow(cells: readonly (readonly CellValue[])[]): number | null {
  if (!Array.isArray(cells)) return null;
  const limit = Math.min(cells.length, MAX_SCAN_ROWS);
  let firstHeaderLike: number | null = null;
  for (let r = 0; r < limit; r++) {
    const row = cells[r];
    if (!Array.isArray(row) || !isHeaderLike(row)) continue;
    if (isFollowedByData(cells, r)) return r;
    firstHeaderLike ??= r;
  }
  return firstHeaderLike;
}
