// DOMAIN §3: norm = reference rate × driver; Δ = own − norm; Δ% = Δ / norm (none when the norm
// is 0 or missing). Aggregates sum clusters and norms; a cost deviation splits exactly into a
// volume part (fte) and a price part (cost per fte).
import { classify } from './classify';
import type { ClusterRow, NumericRole } from './table';
import type {
  Aggregate,
  AggregateMeasure,
  AlternativeNorm,
  Bands,
  ClusterResult,
  Comparison,
  CostSplit,
  CostsPerFte,
  Materiality,
  Measure,
  ReferenceBasis,
  ThirdParty,
} from './types';
import type { Category } from '../core';

/** Which reference wins when a table has several: the most specific first. */
export const BASIS_PRECEDENCE: readonly ReferenceBasis[] = [
  'norm',
  'perUnit',
  'perInhabitant',
  'per1000',
  'share',
  'perFte',
];

export interface Drivers {
  readonly inhabitants: number | null;
  readonly totalFte: number | null;
  readonly fteServed: number | null;
  readonly totalCosts: number | null;
}

export interface CompareSettings {
  readonly drivers: Drivers;
  readonly bands: Bands;
  readonly materiality: Materiality;
  /** Bases with a column in the table, per measure, in precedence order. */
  readonly bases: Readonly<Record<Measure, readonly ReferenceBasis[]>>;
  /** Per measure: the norm from the reference (rate × driver) or from the printed deviation. */
  readonly normFrom?: Readonly<Partial<Record<Measure, 'reference' | 'deviation'>>>;
}

/** The driver D of DOMAIN §3 for one basis; null when it is unknown. */
export function driverFor(
  measure: Measure,
  basis: ReferenceBasis,
  drivers: Drivers,
  workload: number | null,
): number | null {
  switch (basis) {
    case 'norm':
      return 1;
    case 'share':
      return measure === 'fte' ? drivers.totalFte : drivers.totalCosts;
    case 'perInhabitant':
      return drivers.inhabitants;
    case 'per1000':
      return drivers.inhabitants === null ? null : drivers.inhabitants / 1000;
    case 'perFte':
      return drivers.fteServed;
    case 'perUnit':
      return workload;
  }
}

export function pct(delta: number | null, norm: number | null): number | null {
  if (delta === null || norm === null || norm === 0) return null;
  const value = delta / norm;
  return Number.isFinite(value) ? value : null;
}

function finite(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

// The role names a comparison looks up, made once: a template string per lookup is a new string
// to hash for every cluster, measure and basis.
const RATE_ROLE: Readonly<Record<Measure, Readonly<Record<ReferenceBasis, NumericRole>>>> = {
  fte: Object.fromEntries(BASIS_PRECEDENCE.map((b) => [b, `fte.${b}`])) as Record<ReferenceBasis, NumericRole>,
  costs: Object.fromEntries(BASIS_PRECEDENCE.map((b) => [b, `costs.${b}`])) as Record<ReferenceBasis, NumericRole>,
};
const DELTA_ROLE = { fte: 'fte.delta', costs: 'costs.delta' } as const satisfies Record<Measure, NumericRole>;
const DELTA_PCT_ROLE = { fte: 'fte.deltaPct', costs: 'costs.deltaPct' } as const satisfies Record<Measure, NumericRole>;

function normFor(row: ClusterRow, measure: Measure, basis: ReferenceBasis, drivers: Drivers): number | null {
  const rate = row.values[RATE_ROLE[measure][basis]];
  if (rate === null || rate === undefined) return null;
  const driver = driverFor(measure, basis, drivers, row.values.workload ?? null);
  return driver === null ? null : finite(rate * driver);
}

// Shared by every comparison with a single reference: one fewer object per cluster and measure.
const NO_ALTERNATIVES: readonly AlternativeNorm[] = Object.freeze([]);

/** The norm a printed deviation implies: own − Δ, else own / (1 + Δ%); null when neither is there. */
export function normFromDeviation(row: ClusterRow, measure: Measure): number | null {
  const own = row.values[measure] ?? null;
  if (own === null) return null;
  const delta = row.values[DELTA_ROLE[measure]] ?? null;
  if (delta !== null) return finite(own - delta);
  const relative = row.values[DELTA_PCT_ROLE[measure]] ?? null;
  if (relative === null || 1 + relative === 0) return null;
  return finite(own / (1 + relative));
}

function deviationComparison(row: ClusterRow, measure: Measure, settings: CompareSettings): Comparison {
  const norm = normFromDeviation(row, measure);
  return comparisonOf(row.values[measure] ?? null, norm, measure, settings, null, NO_ALTERNATIVES, 'deviation');
}

/**
 * Own against norm: Δ, Δ% and the class, as one object literal of a fixed shape — spreads of
 * partial objects gave each comparison a shape of its own, which made the engine several times
 * slower at 100 000 rows.
 */
function comparisonOf(
  own: number | null,
  norm: number | null,
  measure: Measure,
  settings: CompareSettings,
  basis: ReferenceBasis | null,
  alternatives: readonly AlternativeNorm[],
  from: 'reference' | 'deviation',
): Comparison {
  const delta = own !== null && norm !== null ? own - norm : null;
  const deltaPct = pct(delta, norm);
  return {
    own,
    norm,
    delta,
    deltaPct,
    class: classify(delta, deltaPct, settings.bands, settings.materiality[measure]),
    basis,
    normFrom: norm === null ? null : from,
    alternatives,
  };
}

export function compareMeasure(row: ClusterRow, measure: Measure, settings: CompareSettings): Comparison | null {
  const bases = settings.bases[measure];
  const ownRaw = row.values[measure];
  const fromDeviation = settings.normFrom?.[measure] === 'deviation';
  if (ownRaw === undefined && bases.length === 0 && !fromDeviation) return null;
  if (fromDeviation) return deviationComparison(row, measure, settings);
  const own = ownRaw ?? null;
  const [primary, ...others] = bases;
  const norm = primary === undefined ? null : normFor(row, measure, primary, settings.drivers);
  const alternatives: readonly AlternativeNorm[] =
    others.length === 0
      ? NO_ALTERNATIVES
      : others.map((basis) => {
          const altNorm = normFor(row, measure, basis, settings.drivers);
          const altDelta = own !== null && altNorm !== null ? own - altNorm : null;
          return { basis, norm: altNorm, delta: altDelta, deltaPct: pct(altDelta, altNorm) };
        });
  const comparison = comparisonOf(own, norm, measure, settings, primary ?? null, alternatives, 'reference');
  // What the table printed as the deviation beside a reference (the guard checks it); most
  // tables print none, and their comparisons keep the common shape.
  const printedDelta = row.values[DELTA_ROLE[measure]];
  const printedDeltaPct = row.values[DELTA_PCT_ROLE[measure]];
  if (printedDelta === undefined && printedDeltaPct === undefined) return comparison;
  return {
    ...comparison,
    ...(printedDelta !== undefined ? { printedDelta } : {}),
    ...(printedDeltaPct !== undefined ? { printedDeltaPct } : {}),
  };
}

function ratio(a: number | null, b: number | null): number | null {
  if (a === null || b === null || b === 0) return null;
  return finite(a / b);
}

export function costsPerFte(fte: Comparison | null, costs: Comparison | null): CostsPerFte | null {
  if (!fte || !costs) return null;
  const own = ratio(costs.own, fte.own);
  const norm = ratio(costs.norm, fte.norm);
  const delta = own !== null && norm !== null ? own - norm : null;
  return { own, norm, delta, deltaPct: pct(delta, norm) };
}

/**
 * Δ€ = volume + price, with volume = (own fte − norm fte) × norm cost per fte. The price part
 * is taken as the remainder so the two add up to Δ€ exactly, in floating point too.
 */
export function splitCosts(
  ownFte: number | null,
  normFte: number | null,
  ownCosts: number | null,
  normCosts: number | null,
): CostSplit | null {
  if (ownFte === null || normFte === null || ownCosts === null || normCosts === null || normFte === 0) return null;
  const volume = (ownFte - normFte) * (normCosts / normFte);
  if (!Number.isFinite(volume)) return null;
  return { volume, price: ownCosts - normCosts - volume };
}

export function compareCluster(row: ClusterRow, settings: CompareSettings): ClusterResult {
  const fte =
    row.values.fte !== undefined || settings.bases.fte.length > 0 || settings.normFrom?.fte === 'deviation'
      ? compareMeasure(row, 'fte', settings)
      : null;
  const costs =
    row.values.costs !== undefined || settings.bases.costs.length > 0 || settings.normFrom?.costs === 'deviation'
      ? compareMeasure(row, 'costs', settings)
      : null;
  const hasThirdParty = row.values.thirdParty !== undefined || row.values['thirdParty.ref'] !== undefined;
  const result: ClusterResult = {
    name: row.name,
    row: row.row,
    category: row.category,
    iv3: row.iv3,
    fte,
    costs,
    costsPerFte: costsPerFte(fte, costs),
    split: splitCosts(fte?.own ?? null, fte?.norm ?? null, costs?.own ?? null, costs?.norm ?? null),
    thirdParty: hasThirdParty
      ? { own: row.values.thirdParty ?? null, ref: row.values['thirdParty.ref'] ?? null }
      : null,
    note: row.note,
  };
  // Rare marks go on afterwards, so the usual cluster keeps one shape (see comparisonOf).
  if (!row.aggregate && !row.footnotes) return result;
  return {
    ...result,
    ...(row.aggregate ? { aggregate: true as const } : {}),
    ...(row.footnotes ? { footnotes: row.footnotes } : {}),
  };
}

function aggregateMeasure(
  clusters: readonly ClusterResult[],
  measure: Measure,
  bands: Bands,
  materiality: number,
): AggregateMeasure | null {
  let own = 0;
  let norm = 0;
  let delta = 0;
  let ownAll = 0;
  let compared = 0;
  let count = 0;
  for (const cluster of clusters) {
    const m = measure === 'fte' ? cluster.fte : cluster.costs;
    if (!m) continue;
    count += 1;
    ownAll += m.own ?? 0;
    if (m.own !== null && m.norm !== null && m.delta !== null) {
      own += m.own;
      norm += m.norm;
      delta += m.delta;
      compared += 1;
    }
  }
  if (count === 0) return null;
  const deltaPct = compared > 0 ? pct(delta, norm) : null;
  return {
    own,
    norm,
    delta,
    deltaPct,
    class: compared > 0 ? classify(delta, deltaPct, bands, materiality) : null,
    ownAll,
    clusters: count,
    compared,
  };
}

/** Cost-weighted third-party shares: own weighted by own costs, reference by the cost norm. */
function aggregateThirdParty(clusters: readonly ClusterResult[]): ThirdParty | null {
  let ownWeighted = 0;
  let ownWeight = 0;
  let refWeighted = 0;
  let refWeight = 0;
  for (const c of clusters) {
    const tp = c.thirdParty;
    if (!tp) continue;
    const ownCosts = c.costs?.own ?? null;
    const refCosts = c.costs?.norm ?? ownCosts;
    if (tp.own !== null && ownCosts !== null) {
      ownWeighted += tp.own * ownCosts;
      ownWeight += ownCosts;
    }
    if (tp.ref !== null && refCosts !== null) {
      refWeighted += tp.ref * refCosts;
      refWeight += refCosts;
    }
  }
  if (ownWeight === 0 && refWeight === 0) return null;
  return { own: ratio(ownWeighted, ownWeight), ref: ratio(refWeighted, refWeight) };
}

export function aggregate(
  clusters: readonly ClusterResult[],
  bands: Bands,
  materiality: Materiality,
): Aggregate | null {
  if (clusters.length === 0) return null;
  const fte = aggregateMeasure(clusters, 'fte', bands, materiality.fte);
  const costs = aggregateMeasure(clusters, 'costs', bands, materiality.costs);
  // A group's split is only defined when every cluster compared on costs is compared on fte
  // too; otherwise volume + price would describe fewer clusters than the group's Δ€.
  let split: CostSplit | null = null;
  // One pass: every cluster with a cost deviation must have a split, and its fte sums feed the group's.
  let withCosts = 0;
  let allSplit = true;
  let normFte = 0;
  let ownFte = 0;
  for (const c of clusters) {
    if (c.costs?.delta == null) continue;
    withCosts += 1;
    if (c.split === null) {
      allSplit = false;
      break;
    }
    normFte += c.fte?.norm ?? 0;
    ownFte += c.fte?.own ?? 0;
  }
  if (costs && withCosts > 0 && allSplit && normFte !== 0) {
    const volume = (ownFte - normFte) * (costs.norm / normFte);
    if (Number.isFinite(volume)) split = { volume, price: costs.delta - volume };
  }
  return { fte, costs, thirdParty: aggregateThirdParty(clusters), split };
}

export function groupOf(clusters: readonly ClusterResult[], category: Category): ClusterResult[] {
  return clusters.filter((c) => c.category === category);
}
