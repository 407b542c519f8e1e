// The benchmark's vocabulary: column roles, parameters, bands, per-cluster comparisons and the
// analysis result. Plain, serialisable data shared by the engine, both renderers and the fronts.
import type { Category, FatalError, Language, Warning } from '../core';
import type { PlausibilityFinding } from './plausibility';

export type Measure = 'fte' | 'costs';

/** How a reference column turns into a norm (DOMAIN §3: norm = rate × driver). */
export type ReferenceBasis = 'norm' | 'share' | 'perInhabitant' | 'per1000' | 'perFte' | 'perUnit';

export const REFERENCE_BASES: readonly ReferenceBasis[] = [
  'norm',
  'share',
  'perInhabitant',
  'per1000',
  'perFte',
  'perUnit',
];

export type ReferenceRole = `${Measure}.${ReferenceBasis}`;

/** A printed deviation (the report's output, read as input): absolute, or relative (a fraction). */
export type DeviationRole = `${Measure}.${'delta' | 'deltaPct'}`;

export type Role =
  | 'cluster'
  | 'category'
  | 'fte'
  | 'costs'
  | ReferenceRole
  | DeviationRole
  | 'workload'
  | 'thirdParty'
  | 'thirdParty.ref'
  | 'note';

export const ROLES: readonly Role[] = [
  'cluster',
  'category',
  'fte',
  'costs',
  ...REFERENCE_BASES.map((b): Role => `fte.${b}`),
  ...REFERENCE_BASES.map((b): Role => `costs.${b}`),
  'fte.delta',
  'fte.deltaPct',
  'costs.delta',
  'costs.deltaPct',
  'workload',
  'thirdParty',
  'thirdParty.ref',
  'note',
];

export function isRole(text: string): text is Role {
  return (ROLES as readonly string[]).includes(text);
}

/** What header recognition decided for one column. */
export interface ColumnGuess {
  /** 0-based column index within the grid. */
  readonly column: number;
  readonly header: string;
  readonly role: Role | null;
  /** 0..1; 1 for an explicit override. */
  readonly confidence: number;
  /**
   * Set when the column's values decided against (or beyond) its header: its cells are
   * percentages under a header that names an amount, or the unit in the cells named the measure.
   */
  readonly byValues?: 'shares' | 'amounts' | 'measure';
}

/** Where a parameter's value came from, so the user can see and trust it. */
export type ParameterSource =
  | { readonly kind: 'explicit' }
  | { readonly kind: 'cell'; readonly cell: string; readonly label: string }
  | { readonly kind: 'sumOfFte' }
  | { readonly kind: 'sumOfCosts' }
  | { readonly kind: 'totalFte' }
  | { readonly kind: 'none' };

export interface Bands {
  /** |Δ%| below this is "nagenoeg gelijk" (fraction, default 0.05). */
  readonly similar: number;
  /** |Δ%| at or above this is "ruim hoger/lager" (fraction, default 0.30). */
  readonly large: number;
}

export interface Materiality {
  /** |Δ fte| below this counts as "nagenoeg gelijk" whatever the percentage. */
  readonly fte: number;
  /** |Δ €| below this counts as "nagenoeg gelijk" whatever the percentage. */
  readonly costs: number;
}

/** Which way of deviating is unfavourable, for colouring only (never for judgement). */
export type ColourDirection = 'higherIsUnfavourable' | 'lowerIsUnfavourable' | 'neutral';

export interface AnalysisOptions {
  readonly inhabitants?: number;
  readonly totalFte?: number;
  readonly fteServed?: number;
  readonly totalCosts?: number;
  readonly bands?: Partial<Bands>;
  readonly materiality?: Partial<Materiality>;
  readonly direction?: Partial<Record<Measure, ColourDirection>>;
  readonly language?: Language;
  /** Column index → role; wins over recognition. `null` ignores the column. */
  readonly overrides?: Readonly<Record<number, Role | null>>;
  /** How many aandachtspunten per side (default 3). */
  readonly attentionCount?: number;
  /** The header's 0-based row within the table grid, when the caller knows it (a mapping). */
  readonly headerRow?: number;
  /** Decimal separator of numbers typed as text: ',' (Dutch), '.' (English CSV) or 'auto'. */
  readonly decimal?: ',' | '.' | 'auto';
  /** The defined names' prefix on this sheet (uniqueNamePrefix); absent: derived from the sheet's name. */
  readonly namePrefix?: string;
}

export type DeviationClass = 'ruim lager' | 'lager' | 'nagenoeg gelijk' | 'hoger' | 'ruim hoger';

export interface Comparison {
  readonly own: number | null;
  readonly norm: number | null;
  readonly delta: number | null;
  /** Fraction (0.43 for 43 %), or null when the norm is 0 or missing. */
  readonly deltaPct: number | null;
  readonly class: DeviationClass | null;
  /** Which reference produced `norm`; null when it came from the printed deviation. */
  readonly basis: ReferenceBasis | null;
  /**
   * 'deviation': the table gives no usable reference, so the norm is own − the printed Δ
   * (or own / (1 + Δ%)); 'reference': rate × driver (or a given norm); null without a norm.
   */
  readonly normFrom: 'reference' | 'deviation' | null;
  /** Norms from the other reference columns, when the table has more than one. */
  readonly alternatives: readonly AlternativeNorm[];
  /** The Δ and Δ% the table printed beside a reference (deviation columns): the guard checks them. */
  readonly printedDelta?: number | null;
  readonly printedDeltaPct?: number | null;
}

export interface AlternativeNorm {
  readonly basis: ReferenceBasis;
  readonly norm: number | null;
  readonly delta: number | null;
  readonly deltaPct: number | null;
}

export interface CostsPerFte {
  readonly own: number | null;
  readonly norm: number | null;
  readonly delta: number | null;
  readonly deltaPct: number | null;
}

/** Δ€ = volume + price, exactly (volume at the norm's cost per fte). */
export interface CostSplit {
  readonly volume: number;
  readonly price: number;
}

export interface ThirdParty {
  readonly own: number | null;
  readonly ref: number | null;
}

export interface ClusterResult {
  readonly name: string;
  /** 1-based sheet row. */
  readonly row: number;
  readonly category: Category | null;
  readonly iv3: string | null;
  /** The row is an aggregate itself ("Primair proces", "Overhead" with figures), not a cluster. */
  readonly aggregate?: true;
  /** Footnote marks printed after the row's figures ("*"), per column header. */
  readonly footnotes?: readonly { readonly cell: string; readonly mark: string }[];
  readonly fte: Comparison | null;
  readonly costs: Comparison | null;
  readonly costsPerFte: CostsPerFte | null;
  readonly split: CostSplit | null;
  readonly thirdParty: ThirdParty | null;
  readonly note: string | null;
}

export interface AggregateMeasure {
  /** Sum of own values over the clusters that have a norm (so own − norm = delta). */
  readonly own: number;
  readonly norm: number;
  readonly delta: number;
  readonly deltaPct: number | null;
  readonly class: DeviationClass | null;
  /** Sum of own values over every cluster of the group, with or without norm. */
  readonly ownAll: number;
  readonly clusters: number;
  readonly compared: number;
}

export interface Aggregate {
  readonly fte: AggregateMeasure | null;
  readonly costs: AggregateMeasure | null;
  readonly thirdParty: ThirdParty | null;
  readonly split: CostSplit | null;
}

/**
 * Overhead as a share of the same measure. Two definitions exist in the field and must
 * never be mixed (DOMAIN §2); the engine only computes the formation-based one and the
 * share of apparaatskosten, and says which it is.
 */
export interface OverheadShare {
  readonly measure: Measure;
  readonly definition: 'shareOfFormation' | 'shareOfApparaatskosten';
  readonly own: number | null;
  readonly norm: number | null;
}

export interface AttentionPoint {
  readonly name: string;
  readonly row: number;
  readonly measure: Measure;
  readonly delta: number;
  readonly deltaPct: number | null;
  readonly note: string | null;
}

export interface ParametersUsed {
  readonly inhabitants: number | null;
  readonly totalFte: number | null;
  readonly fteServed: number | null;
  readonly totalCosts: number | null;
  readonly sources: {
    readonly inhabitants: ParameterSource;
    readonly totalFte: ParameterSource;
    readonly fteServed: ParameterSource;
    readonly totalCosts: ParameterSource;
  };
}

/**
 * What the table covers, so sentences claim no more: the whole organisation (primary process
 * and overhead), the whole overhead (declared by a section, a category column or a total row),
 * some overhead clusters (named by the usual list only), the aggregates themselves, or unknown.
 */
export type Coverage = 'organisation' | 'overhead' | 'someOverhead' | 'aggregates' | 'unknown';

export interface AnalysisResult {
  readonly table: { readonly sheet: string; readonly range: string; readonly headerRow: number };
  readonly coverage: Coverage;
  readonly columns: readonly ColumnGuess[];
  readonly parameters: ParametersUsed;
  readonly clusters: readonly ClusterResult[];
  readonly totals: {
    readonly primair: Aggregate | null;
    readonly overhead: Aggregate | null;
    readonly total: Aggregate | null;
  };
  readonly overheadShare: readonly OverheadShare[];
  readonly attention: {
    readonly higher: readonly AttentionPoint[];
    readonly lower: readonly AttentionPoint[];
  };
  readonly sentences: readonly string[];
  readonly warnings: readonly Warning[];
  /** What the plausibility guard found; the sentences draw no conclusion from these (plausibility.ts). */
  readonly plausibility: readonly PlausibilityFinding[];
}

export type AnalysisOutcome =
  { readonly ok: true; readonly result: AnalysisResult } | ({ readonly ok: false } & FatalError);
