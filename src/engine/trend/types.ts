// The year comparison's vocabulary: a cluster's two sides, the trend word and the comparison.
import type { Measure } from '../benchmark';
import type { Language, Warning } from '../core';
import type { HandPair, MatchedBy } from './match';

export type TrendWord = 'toename' | 'afname' | 'redelijk stabiel' | 'onbekend';

export interface TrendSide {
  readonly name: string;
  /** 1-based sheet row of the cluster in its year's table. */
  readonly row: number;
  readonly iv3: string | null;
  readonly own: number | null;
  readonly norm: number | null;
  readonly delta: number | null;
  readonly deltaPct: number | null;
}

export interface TrendCluster {
  /** The name in B, the later year. */
  readonly name: string;
  readonly a: TrendSide;
  readonly b: TrendSide;
  /** 'name-part': one name's words begin the other's (a partial match, named in a sentence); 'hand': --pair. */
  readonly matchedBy: MatchedBy;
  /** b.deltaPct − a.deltaPct: 0.23 is 23 percentage points. */
  readonly change: number | null;
  readonly trend: TrendWord;
}

export interface YearComparison {
  readonly labelA: string;
  readonly labelB: string;
  readonly measure: Measure;
  readonly band: number;
  readonly clusters: readonly TrendCluster[];
  /** Every cluster without a partner, in its year's order (the ambiguous ones included). */
  readonly unmatched: { readonly a: readonly string[]; readonly b: readonly string[] };
  /**
   * The unmatched clusters that do have a namesake in the other year but share their name core
   * with another cluster, so no one-to-one pair exists: "niet eenduidig", not "alleen in".
   */
  readonly ambiguous: { readonly a: readonly string[]; readonly b: readonly string[] };
  readonly sentences: readonly string[];
  readonly warnings: readonly Warning[];
}

export interface TrendOptions {
  /** Fraction: 0.15 is 15 percentage points. */
  readonly band?: number;
  readonly measure?: Measure | 'auto';
  readonly language?: Language;
  /** Pairs the user made ("A=B"): matched before anything else. */
  readonly pairs?: readonly HandPair[];
}

export const DEFAULT_TREND_BAND = 0.15;
/**
 * Differences of float fractions land a hair off the band (0.25 − 0.10 = 0.15000000000000002);
 * the sheet's formula uses the same tolerance, so the engine and Excel agree at the boundary.
 */
export const TREND_EPSILON = 1e-9;
