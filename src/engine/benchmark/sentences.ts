// Sentences in the style of benchmark reports (DOMAIN §3): one per aggregate, the lists of
// aandachtspunten, formation against the reference, and the overhead share, with the numbers
// written as users know them ("17% hogere kosten (+€ 1,7 miljoen)", "+5,9 fte").
import { benchmarkTexts, type BenchmarkTexts } from '../../i18n/benchmark';
import { formatEuro, formatEuroCompact, formatEurosCompact, formatFte, formatPercent } from '../../i18n/format';
import type {
  Aggregate,
  AggregateMeasure,
  AnalysisResult,
  AttentionPoint,
  ClusterResult,
  ReferenceBasis,
  ThirdParty,
} from './types';
import type { Language } from '../core';

type Parts = Omit<AnalysisResult, 'sentences'>;

type Words = BenchmarkTexts['sentences'];

/** " per inwoner" when the norm came from a per-inhabitant reference, " per fte" for per fte. */
function qualifier(basis: ReferenceBasis | null, w: Words): string {
  if (basis === 'perInhabitant' || basis === 'per1000') return w.perInhabitant;
  if (basis === 'perFte') return w.perFte;
  return '';
}

function roundedPercentIsZero(fraction: number): boolean {
  return Math.round(Math.abs(fraction) * 100) === 0;
}

/** What a group phrase needs of an aggregate: how many were compared, Δ and Δ%. */
type Deviation = Pick<AggregateMeasure, 'compared' | 'delta' | 'deltaPct'>;

function costsPhrase(m: Deviation, language: Language, w: Words): string | null {
  if (m.compared === 0 || m.deltaPct === null) return null;
  const amount = formatEuroCompact(m.delta, language, { sign: true });
  if (roundedPercentIsZero(m.deltaPct)) return `${w.costsEqual} (${amount})`;
  return `${w.costs(formatPercent(Math.abs(m.deltaPct), language), m.delta > 0)} (${amount})`;
}

function ftePhrase(m: Deviation, language: Language, w: Words): string | null {
  if (m.compared === 0 || m.deltaPct === null) return null;
  const amount = formatFte(m.delta, language, { sign: true });
  if (roundedPercentIsZero(m.deltaPct)) return `${w.fteEqual} (${amount})`;
  return `${w.fte(formatPercent(Math.abs(m.deltaPct), language), m.delta > 0)} (${amount})`;
}

/** Within two percentage points reports say "iets meer/minder". */
function thirdPartyPhrase(tp: ThirdParty | null, language: Language, w: Words): string | null {
  if (!tp || tp.own === null || tp.ref === null) return null;
  const own = Math.round(tp.own * 100);
  const ref = Math.round(tp.ref * 100);
  const diff = own - ref;
  const comparative =
    diff === 0 ? w.tpSame : diff > 2 ? w.tpMore : diff > 0 ? w.tpSlightlyMore : diff < -2 ? w.tpLess : w.tpSlightlyLess;
  return w.thirdParty(comparative, formatPercent(tp.own, language), formatPercent(tp.ref, language));
}

function basisOf(clusters: readonly ClusterResult[], measure: 'fte' | 'costs'): ReferenceBasis | null {
  return clusters.find((c) => c[measure]?.basis)?.[measure]?.basis ?? null;
}

function groupSentence(name: string, group: Aggregate, basis: ReferenceBasis | null, language: Language, w: Words) {
  const phrases = [
    group.costs ? costsPhrase(group.costs, language, w) : null,
    group.fte ? ftePhrase(group.fte, language, w) : null,
    thirdPartyPhrase(group.thirdParty, language, w),
  ].filter((p): p is string => p !== null);
  if (phrases.length === 0) return null;
  return `${name}${qualifier(basis, w)}: ${phrases.join(' · ')}.`;
}

/**
 * A group's deviation against a reference other than the primary one ("Overhead per fte" beside
 * "Overhead per inwoner"): own and that norm summed over the clusters that have it.
 */
function alternativeDeviation(
  clusters: readonly ClusterResult[],
  measure: 'fte' | 'costs',
  basis: ReferenceBasis,
): Deviation | null {
  let own = 0;
  let norm = 0;
  let compared = 0;
  for (const c of clusters) {
    const alt = c[measure]?.alternatives.find((a) => a.basis === basis);
    const value = c[measure]?.own ?? null;
    if (!alt || alt.norm === null || value === null) continue;
    own += value;
    norm += alt.norm;
    compared += 1;
  }
  if (compared === 0) return null;
  const delta = own - norm;
  return { compared, delta, deltaPct: norm === 0 ? null : delta / norm };
}

/** The presentation's sentence per further driver: "Overhead per fte: 14% hogere kosten (+€ 1,5 miljoen) · …". */
function perDriverSentences(
  result: Parts,
  language: Language,
  w: Words,
  names: Record<'primair' | 'overhead', string>,
) {
  const out: string[] = [];
  const bases = new Set(
    result.clusters.flatMap((c) =>
      [...(c.costs?.alternatives ?? []), ...(c.fte?.alternatives ?? [])].map((a) => a.basis),
    ),
  );
  for (const basis of bases) {
    if (qualifier(basis, w) === '') continue;
    for (const key of ['primair', 'overhead'] as const) {
      const members = result.clusters.filter((c) => c.category === key);
      const costs = alternativeDeviation(members, 'costs', basis);
      const fte = alternativeDeviation(members, 'fte', basis);
      const phrases = [costs ? costsPhrase(costs, language, w) : null, fte ? ftePhrase(fte, language, w) : null].filter(
        (p): p is string => p !== null,
      );
      if (phrases.length > 0) out.push(`${names[key]}${qualifier(basis, w)}: ${phrases.join(' · ')}.`);
    }
  }
  return out;
}

function attentionItem(point: AttentionPoint, language: Language, w: Words): string {
  const amount =
    point.measure === 'costs'
      ? formatEuro(point.delta, language, { sign: true })
      : formatFte(point.delta, language, { sign: true });
  const pct = point.deltaPct === null ? '' : `; ${formatPercent(point.deltaPct, language, { sign: true })}`;
  // A Toelichting that ends in a full stop would close the parenthesis as "….)," : without it.
  const note = point.note ? `; ${w.note}: ${point.note.trim().replace(/\.+$/, '')}` : '';
  return `${point.name} (${amount}${pct}${note})`;
}

export function sentences(result: Parts, language: Language): string[] {
  const texts = benchmarkTexts(language);
  const w: Words = texts.sentences;
  // Some overhead clusters are not "the" overhead: their sentences name them as what they are.
  const someOverhead = result.coverage === 'someOverhead';
  const groups = someOverhead ? { ...texts.groups, overhead: w.someClusters(result.clusters.length) } : texts.groups;
  const aggregates = result.coverage === 'aggregates';
  const out: string[] = [];
  const { primair, overhead, total } = result.totals;
  const costsBasis = basisOf(result.clusters, 'costs');
  const fteBasis = basisOf(result.clusters, 'fte');
  const mixed = primair !== null && overhead !== null;

  // The total: only worth a sentence when it is more than one group.
  const onlyGroup = !mixed && (primair !== null || overhead !== null);
  if (total && !onlyGroup) {
    if (total.costs && total.costs.compared > 0 && total.costs.deltaPct !== null) {
      out.push(
        w.totalCosts(
          qualifier(costsBasis, w),
          formatPercent(Math.abs(total.costs.deltaPct), language),
          formatEuroCompact(total.costs.delta, language, { sign: true }),
        ),
      );
    } else if (total.fte && total.fte.compared > 0 && total.fte.deltaPct !== null) {
      out.push(
        w.totalFte(
          qualifier(fteBasis, w),
          formatPercent(Math.abs(total.fte.deltaPct), language),
          formatFte(total.fte.delta, language, { sign: true }),
        ),
      );
    }
  }
  for (const [key, group] of [
    ['primair', primair],
    ['overhead', overhead],
  ] as const) {
    if (!group) continue;
    const sentence = groupSentence(groups[key], group, costsBasis ?? fteBasis, language, w);
    if (sentence) out.push(sentence);
  }
  if (!primair && !overhead && total && out.length === 0) {
    const sentence = groupSentence(groups.total, total, costsBasis ?? fteBasis, language, w);
    if (sentence) out.push(sentence);
  }
  if (aggregates) out.push(...perDriverSentences(result, language, w, groups));

  for (const [key, group] of [
    ['primair', primair],
    ['overhead', overhead],
  ] as const) {
    const split = group?.split;
    if (!split || !group?.costs || Math.abs(group.costs.delta) < 1) continue;
    const [volume = '', price = ''] = formatEurosCompact([split.volume, split.price], language, { sign: true });
    out.push(w.split(groups[key], volume, price));
  }

  // In a table of aggregates the rows are the groups already said above: no list of them.
  const { higher, lower } = aggregates ? { higher: [], lower: [] } : result.attention;
  const measure = higher[0]?.measure ?? lower[0]?.measure ?? 'costs';
  if (higher.length > 0) {
    out.push(`${w.attentionHigher(measure)}: ${higher.map((p) => attentionItem(p, language, w)).join(', ')}.`);
  }
  if (lower.length > 0) {
    out.push(`${w.attentionLower(measure)}: ${lower.map((p) => attentionItem(p, language, w)).join(', ')}.`);
  }

  if (mixed && primair.fte && overhead.fte && primair.fte.compared > 0 && overhead.fte.compared > 0 && total?.fte) {
    const delta = total.fte.delta;
    const tail =
      Math.abs(delta) < 0.05
        ? w.formationTotalEqual
        : w.formationTotal(formatFte(Math.abs(delta), language), delta > 0);
    out.push(
      `${w.formation(fteBasis === 'perUnit')}: ${w.primairLower} ${formatFte(primair.fte.delta, language, { sign: true })}, ${w.overheadLower} ${formatFte(overhead.fte.delta, language, { sign: true })}; ${tail}.`,
    );
  }

  for (const share of result.overheadShare) {
    if (share.own === null || share.norm === null) continue;
    const own = formatPercent(share.own, language);
    const norm = formatPercent(share.norm, language);
    out.push(share.measure === 'fte' ? w.overheadShare(own, norm) : w.overheadCostShare(own, norm));
  }
  return out;
}
