// Which cluster of one year is which of the other: one-to-one, first as the user paired them,
// then by a unique Iv3 code, by the same name core once suffixes are set aside, and last by a
// name whose words begin the other's when each is the other's only candidate (reported as a
// partial match). Never a similar-sounding match: a cluster without a certain partner stays
// unmatched and is listed.
import type { ClusterResult } from '../benchmark';
import { normaliseLabel } from '../core';

/**
 * The part of a cluster name both years share: lower case, accents gone, "&" as "en", and
 * whatever follows the first comma, " incl.", " inclusief", " excl." or sits in brackets set
 * aside. Punctuation is dropped and spaces collapsed; nothing is shortened beyond that.
 */
export function nameCore(name: string): string {
  const cut = name
    .replace(/\([^)]*\)?/g, ' ')
    .split(',')[0]
    ?.replace(/\s+(?:incl|inclusief|excl|exclusief)\b.*$/i, '');
  return normaliseLabel(cut ?? name);
}

/** "Benchmark 2017" → "2017"; the first plausible year (19xx or 20xx) standing on its own. */
export function yearLabel(sheetOrTitle: string): string | null {
  return /(?<!\d)((?:19|20)\d\d)(?!\d)/.exec(sheetOrTitle)?.[1] ?? null;
}

/** How two clusters were paired: Iv3 code, name core, a name whose words begin the other's, or by hand. */
export type MatchedBy = 'iv3' | 'name' | 'name-part' | 'hand';

/** A pairing the user asked for: a cluster name in A and one in B. */
export interface HandPair {
  readonly a: string;
  readonly b: string;
}

export interface Matching {
  readonly pairs: { a: ClusterResult; b: ClusterResult; by: MatchedBy }[];
  readonly unmatched: { a: ClusterResult[]; b: ClusterResult[] };
  /** Names of clusters whose core occurs more than once on their own side: never matched. */
  readonly ambiguous: string[];
  /** The unmatched clusters of a core that is duplicated on one side and present on the other. */
  readonly conflicts: { a: ClusterResult[]; b: ClusterResult[] };
  /** Hand pairs naming a cluster that is not in its year (or already paired). */
  readonly unknownPairs: HandPair[];
}

/** A key that is unique on its side, or null (no key, or shared by several clusters). */
function uniqueBy(clusters: readonly ClusterResult[], key: (c: ClusterResult) => string | null) {
  const counts = new Map<string, number>();
  for (const c of clusters) {
    const k = key(c);
    if (k !== null) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return {
    unique: (c: ClusterResult): string | null => {
      const k = key(c);
      return k !== null && counts.get(k) === 1 ? k : null;
    },
    count: (k: string): number => counts.get(k) ?? 0,
  };
}

// An empty core ("(leeg)", "—") would pair any two unnamed rows; such rows stay unmatched.
export const coreKey = (c: ClusterResult): string | null => nameCore(c.name) || null;

const words = (c: ClusterResult): string[] => (coreKey(c) ?? '').split(' ').filter((w) => w !== '');

/** One name's words begin the other's: "communicatie" and "communicatie en kwaliteitszorg". */
function beginsOther(x: ClusterResult, y: ClusterResult): boolean {
  const [short, long] = [words(x), words(y)].sort((p, q) => p.length - q.length) as [string[], string[]];
  return short.length > 0 && short.length < long.length && short.every((w, i) => long[i] === w);
}

/**
 * The unmatched pairs whose name core begins the other's, when each is the other's only such
 * candidate among all clusters of its year (matched or not): never a choice between two. The
 * core leaves out ", incl. …", so an included task ("Facilitaire dienst, incl. Inkoop") is no
 * candidate for "Inkoop".
 */
function namePartPairs(
  a: readonly ClusterResult[],
  b: readonly ClusterResult[],
  usedA: ReadonlySet<ClusterResult>,
  usedB: ReadonlySet<ClusterResult>,
): { a: ClusterResult; b: ClusterResult }[] {
  const found: { a: ClusterResult; b: ClusterResult }[] = [];
  for (const ca of a) {
    if (usedA.has(ca)) continue;
    const candidates = b.filter((cb) => beginsOther(ca, cb));
    const [cb] = candidates;
    if (candidates.length !== 1 || !cb || usedB.has(cb)) continue;
    if (a.filter((other) => beginsOther(other, cb)).length === 1) found.push({ a: ca, b: cb });
  }
  return found;
}

function byName(clusters: readonly ClusterResult[], name: string, used: ReadonlySet<ClusterResult>) {
  const wanted = normaliseLabel(name);
  const free = clusters.filter((c) => !used.has(c));
  return free.find((c) => normaliseLabel(c.name) === wanted) ?? free.find((c) => coreKey(c) === nameCore(name));
}

export function matchClusters(
  a: readonly ClusterResult[],
  b: readonly ClusterResult[],
  hand: readonly HandPair[] = [],
): Matching {
  const pairs: Matching['pairs'] = [];
  const usedA = new Set<ClusterResult>();
  const usedB = new Set<ClusterResult>();
  const unknownPairs: HandPair[] = [];
  // The user's own pairs first: they know their task packages; either order of the names works.
  for (const pair of hand) {
    const straight = { a: byName(a, pair.a, usedA), b: byName(b, pair.b, usedB) };
    const swapped = { a: byName(a, pair.b, usedA), b: byName(b, pair.a, usedB) };
    const chosen = straight.a && straight.b ? straight : swapped.a && swapped.b ? swapped : null;
    if (!chosen?.a || !chosen.b) {
      unknownPairs.push(pair);
      continue;
    }
    pairs.push({ a: chosen.a, b: chosen.b, by: 'hand' });
    usedA.add(chosen.a);
    usedB.add(chosen.b);
  }
  // An Iv3 code is the national identity of a taakveld, so it wins over names — but only when
  // it is unique on both sides; a code shared by two clusters (both "0.4 Overhead") says nothing.
  const codeA = uniqueBy(a, (c) => c.iv3);
  const codeB = uniqueBy(b, (c) => c.iv3);
  const byCodeA = new Map<string, ClusterResult>();
  for (const c of a) {
    const code = codeA.unique(c);
    if (code !== null) byCodeA.set(code, c);
  }
  for (const cb of b) {
    const code = codeB.unique(cb);
    const ca = code === null ? undefined : byCodeA.get(code);
    if (ca) {
      pairs.push({ a: ca, b: cb, by: 'iv3' });
      usedA.add(ca);
      usedB.add(cb);
    }
  }
  const restA = a.filter((c) => !usedA.has(c));
  const restB = b.filter((c) => !usedB.has(c));
  const coreA = uniqueBy(restA, coreKey);
  const coreB = uniqueBy(restB, coreKey);
  const byCoreA = new Map<string, ClusterResult>();
  for (const c of restA) {
    const core = coreA.unique(c);
    if (core !== null) byCoreA.set(core, c);
  }
  for (const cb of restB) {
    const core = coreB.unique(cb);
    const ca = core === null ? undefined : byCoreA.get(core);
    if (ca) {
      pairs.push({ a: ca, b: cb, by: 'name' });
      usedA.add(ca);
      usedB.add(cb);
    }
  }
  for (const pair of namePartPairs(a, b, usedA, usedB)) {
    pairs.push({ ...pair, by: 'name-part' });
    usedA.add(pair.a);
    usedB.add(pair.b);
  }
  const duplicated = (c: ClusterResult, own: typeof coreA) => {
    const core = coreKey(c);
    return core !== null && own.count(core) > 1;
  };
  const ambiguous = [...restA.filter((c) => duplicated(c, coreA)), ...restB.filter((c) => duplicated(c, coreB))];
  // A duplicated core blocks a pair only where the other year has that core at all.
  const conflicted = (c: ClusterResult, own: typeof coreA, other: typeof coreA) => {
    const core = coreKey(c);
    return core !== null && other.count(core) > 0 && (own.count(core) > 1 || other.count(core) > 1);
  };
  // In B's order, as the later report lists them.
  const orderB = new Map(b.map((c, i) => [c, i]));
  pairs.sort((x, y) => (orderB.get(x.b) ?? 0) - (orderB.get(y.b) ?? 0));
  const unmatched = { a: a.filter((c) => !usedA.has(c)), b: b.filter((c) => !usedB.has(c)) };
  return {
    pairs,
    unmatched,
    ambiguous: ambiguous.map((c) => c.name),
    conflicts: {
      a: unmatched.a.filter((c) => conflicted(c, coreA, coreB)),
      b: unmatched.b.filter((c) => conflicted(c, coreB, coreA)),
    },
    unknownPairs,
  };
}
