// What one header text says on its own: a role with a confidence, a reference or deviation
// whose measure the neighbours must tell, a rejected column, or nothing (DOMAIN §3).
import type { ColumnGuess, Measure, ReferenceBasis, Role } from './types';
import {
  categoryStrength,
  clusterStrength,
  isInhabitantWord,
  isNoteWord,
  isOwnMarker,
  isPerFteObject,
  isDeviationText,
  isRejectWord,
  isReferenceMarker,
  isServedWord,
  isShareWord,
  isThirdPartyText,
  isUnitObject,
  isWorkloadWord,
  isYear,
  measureOf,
  normaliseHeaderText,
} from './header-patterns';

export interface RoleCandidate {
  readonly role: Role;
  readonly confidence: number;
  /** The header names the reference group: beats an unmarked header for the same role (an own share). */
  readonly marked?: boolean;
  readonly byValues?: ColumnGuess['byValues'];
}

/** What a column's cells say, to weigh against its header (the values decide). */
export interface ColumnEvidence {
  readonly numbers: number;
  /** Cells with a % sign. */
  readonly percents: number;
  readonly fte: number;
  readonly euro: number;
  /** The largest absolute value among the numbers. */
  readonly maxAbs: number;
}

/** Confidence of a role the values chose against the header's words: shown as "waarschijnlijk", warned about. */
export const BY_VALUES = 0.7;

export const CLEAR = 0.9;
/** A share of the total without a reference word: still the reference's (an own share is never an input). */
export const UNMARKED_SHARE = 0.85;
/** A rate per inhabitant/1 000/unit without a reference word: most likely the reference's, less sure. */
const UNMARKED_RATE = 0.75;
/** A reference that names no measure, before the table's context has chosen one. */
export const MEASURELESS = 0.5;
export const MEASURELESS_UNMARKED = 0.45;
/** Bonus when the measure comes from the own column to the left, where tables put what a reference compares with. */
export const LEFT_CONTEXT_BONUS = 0.1;
export const FALLBACK_CLUSTER = 0.5;

export type Analysis =
  /** Nothing recognisable. */
  | { readonly kind: 'none' }
  /** Recognisably not an input (a deviation, a code, a derived own rate): never guess a role for it. */
  | { readonly kind: 'rejected' }
  | { readonly kind: 'roles'; readonly candidates: readonly RoleCandidate[] }
  /**
   * A reference ("Norm", "per inhabitant") or a deviation ("Afwijking in %") whose measure only
   * the neighbouring columns, the group row or the cells' units can tell. A deviation looks left only.
   */
  | {
      readonly kind: 'measureless';
      readonly basis: ReferenceBasis | 'delta' | 'deltaPct';
      readonly marked: boolean;
      readonly deviation?: boolean;
    };

export const NONE: Analysis = { kind: 'none' };
const REJECTED: Analysis = { kind: 'rejected' };

function only(role: Role, confidence: number, marked = false): Analysis {
  return { kind: 'roles', candidates: [marked ? { role, confidence, marked } : { role, confidence }] };
}

interface Tokens {
  readonly tokens: readonly string[];
  readonly year: number | null;
}

export function tokenise(header: string): Tokens {
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
  return only(`${measure}.${basis}`, confidence, marked);
}

function workloadStrength(tokens: readonly string[]): number {
  if (tokens.some(isWorkloadWord)) return tokens.includes('volume') || tokens.includes('volumes') ? 0.8 : CLEAR;
  const count = tokens.indexOf('aantal') >= 0 ? tokens.indexOf('aantal') : tokens.indexOf('number');
  if (count < 0) return 0;
  const rest = tokens.slice(count + 1).filter((t) => t !== 'of' && t !== 'van');
  if (rest.some(isUnitObject)) return 0.85;
  return rest.length > 0 ? 0.5 : 0;
}

/**
 * A printed deviation: "Kosten Heemstede t.o.v. referentiegroep" (€), "… (%)", "Afwijking
 * absoluut en in %" (both in one cell, read as the absolute column; the cells carry the %).
 */
function deviation(tokens: readonly string[]): Analysis {
  const measures = new Set(
    tokens
      .map(measureOf)
      .filter((m) => m !== null)
      .map((m) => m.measure),
  );
  if (measures.size > 1) return REJECTED;
  const relative = tokens.some((t) => t === 'procent' || t === 'pct' || t === 'percentage' || t === 'relatief');
  const absolute = tokens.some((t) => t === 'absoluut' || t === 'absolute' || t === 'abs');
  const basis = relative && !absolute ? 'deltaPct' : 'delta';
  const [measure] = [...measures];
  if (measure === undefined) return { kind: 'measureless', basis, marked: true, deviation: true };
  return only(`${measure}.${basis}`, CLEAR);
}

export function analyse(header: string): Analysis {
  const { tokens } = tokenise(header);
  if (tokens.length === 0) return NONE;

  // A note column may well mention a deviation ("Toelichting afwijking"); it is still a note.
  if (tokens.some(isNoteWord)) return only('note', CLEAR);

  const marked = tokens.some(isReferenceMarker);
  // Before shares: "% derden" is the third-party share, not a share of total formation.
  if (isThirdPartyText(tokens)) return only(marked ? 'thirdParty.ref' : 'thirdParty', CLEAR);
  if (isDeviationText(tokens)) return deviation(tokens);
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
