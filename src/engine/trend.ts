// Two benchmark years side by side (DOMAIN §3, "trend between two benchmark years"): clusters
// matched one-to-one — by Iv3 code, else by the same name once suffixes such as ", incl.
// secretariaat" are set aside — and per cluster the change of its relative deviation from the
// reference group: toename, afname or redelijk stabiel within a band of percentage points. A
// cluster without a counterpart is listed, never forced onto a similar-sounding one.
import { normaliseLabel } from './labels';
import type { AnalysisResult, ClusterResult, Language, Measure, Warning } from './types';

export type TrendWord = 'toename' | 'afname' | 'redelijk stabiel' | 'onbekend';

export interface TrendSide {
  readonly name: string;
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
  readonly matchedBy: 'iv3' | 'name';
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
  readonly unmatched: { readonly a: readonly string[]; readonly b: readonly string[] };
  readonly sentences: readonly string[];
  readonly warnings: readonly Warning[];
}

export interface TrendOptions {
  /** Fraction: 0.15 is 15 percentage points. */
  readonly band?: number;
  readonly measure?: Measure | 'auto';
  readonly language?: Language;
}

export const DEFAULT_TREND_BAND = 0.15;
const EPSILON = 1e-9;

/** The part of a cluster name both years share: suffixes after a comma, "incl." or brackets go. */
export function nameCore(name: string): string {
  const cut = name
    .replace(/\(.*?\)/g, ' ')
    .split(',')[0]
    ?.replace(/\s+(?:incl|inclusief|excl|exclusief)\b.*$/i, '');
  return normaliseLabel(cut ?? name);
}

/** "Benchmark 2017" → "2017". */
export function yearLabel(text: string): string | null {
  return /\b((?:19|20)\d\d)\b/.exec(text)?.[1] ?? null;
}

export interface Matching {
  readonly pairs: { a: ClusterResult; b: ClusterResult; by: 'iv3' | 'name' }[];
  readonly unmatched: { a: ClusterResult[]; b: ClusterResult[] };
  /** Cores found more than once on one side: those clusters stay unmatched. */
  readonly ambiguous: string[];
}

function uniqueBy(clusters: readonly ClusterResult[], key: (c: ClusterResult) => string | null) {
  const counts = new Map<string, number>();
  for (const c of clusters) {
    const k = key(c);
    if (k !== null) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return (c: ClusterResult) => {
    const k = key(c);
    return k !== null && counts.get(k) === 1 ? k : null;
  };
}

export function matchClusters(a: readonly ClusterResult[], b: readonly ClusterResult[]): Matching {
  const pairs: Matching['pairs'] = [];
  const usedA = new Set<ClusterResult>();
  const usedB = new Set<ClusterResult>();
  const codeA = uniqueBy(a, (c) => c.iv3);
  const codeB = uniqueBy(b, (c) => c.iv3);
  for (const cb of b) {
    const code = codeB(cb);
    const ca = code === null ? undefined : a.find((c) => codeA(c) === code);
    if (ca) {
      pairs.push({ a: ca, b: cb, by: 'iv3' });
      usedA.add(ca);
      usedB.add(cb);
    }
  }
  const restA = a.filter((c) => !usedA.has(c));
  const restB = b.filter((c) => !usedB.has(c));
  const coreA = uniqueBy(restA, (c) => nameCore(c.name));
  const coreB = uniqueBy(restB, (c) => nameCore(c.name));
  const ambiguous = new Set<string>();
  for (const side of [restA, restB]) {
    const unique = side === restA ? coreA : coreB;
    for (const c of side) if (unique(c) === null) ambiguous.add(c.name);
  }
  for (const cb of restB) {
    const core = coreB(cb);
    const ca = core === null ? undefined : restA.find((c) => coreA(c) === core);
    if (ca) {
      pairs.push({ a: ca, b: cb, by: 'name' });
      usedA.add(ca);
      usedB.add(cb);
    }
  }
  // In B's order, as the later report lists them.
  pairs.sort((x, y) => b.indexOf(x.b) - b.indexOf(y.b));
  return {
    pairs,
    unmatched: { a: a.filter((c) => !usedA.has(c)), b: b.filter((c) => !usedB.has(c)) },
    ambiguous: [...ambiguous],
  };
}

function side(cluster: ClusterResult, measure: Measure): TrendSide {
  const m = cluster[measure];
  return {
    name: cluster.name,
    row: cluster.row,
    iv3: cluster.iv3,
    own: m?.own ?? null,
    norm: m?.norm ?? null,
    delta: m?.delta ?? null,
    deltaPct: m?.deltaPct ?? null,
  };
}

export function trendOf(change: number | null, band: number): TrendWord {
  if (change === null) return 'onbekend';
  if (Math.abs(change) <= band + EPSILON) return 'redelijk stabiel';
  return change > 0 ? 'toename' : 'afname';
}

function measureOf(a: AnalysisResult, b: AnalysisResult, wanted: Measure | 'auto'): Measure {
  if (wanted !== 'auto') return wanted;
  const has = (r: AnalysisResult) => r.clusters.some((c) => c.costs?.deltaPct != null);
  return has(a) && has(b) ? 'costs' : 'fte';
}

export function compareYears(
  a: { readonly result: AnalysisResult; readonly label: string },
  b: { readonly result: AnalysisResult; readonly label: string },
  options: TrendOptions = {},
): YearComparison {
  const language = options.language ?? 'nl';
  const band = options.band ?? DEFAULT_TREND_BAND;
  const measure = measureOf(a.result, b.result, options.measure ?? 'auto');
  const matching = matchClusters(a.result.clusters, b.result.clusters);
  const clusters: TrendCluster[] = matching.pairs.map(({ a: ca, b: cb, by }) => {
    const sa = side(ca, measure);
    const sb = side(cb, measure);
    const change = sa.deltaPct !== null && sb.deltaPct !== null ? sb.deltaPct - sa.deltaPct : null;
    return { name: cb.name, a: sa, b: sb, matchedBy: by, change, trend: trendOf(change, band) };
  });
  const warnings: Warning[] = matching.ambiguous.map((name) => ({
    cell: null,
    message:
      language === 'nl'
        ? `"${name}" komt in één jaar meer dan eens voor (na weglaten van toevoegingen); deze clusters zijn niet gekoppeld.`
        : `"${name}" occurs more than once in one year (after leaving out suffixes); these clusters are not matched.`,
  }));
  const partial = {
    labelA: a.label,
    labelB: b.label,
    measure,
    band,
    clusters,
    unmatched: { a: matching.unmatched.a.map((c) => c.name), b: matching.unmatched.b.map((c) => c.name) },
  };
  return { ...partial, sentences: trendSentences(partial, language), warnings };
}

export const TREND_TEXT: Record<Language, Record<TrendWord, string>> = {
  nl: { toename: 'toename', afname: 'afname', 'redelijk stabiel': 'redelijk stabiel', onbekend: 'onbekend' },
  en: { toename: 'increase', afname: 'decrease', 'redelijk stabiel': 'fairly stable', onbekend: 'unknown' },
};

function pct(fraction: number): string {
  const rounded = Math.round(fraction * 100);
  return rounded === 0 ? '0%' : `${rounded > 0 ? '+' : '\u2212'}${Math.abs(rounded)}%`;
}

function points(fraction: number): string {
  const rounded = Math.round(fraction * 100);
  return rounded === 0 ? '0' : `${rounded > 0 ? '+' : '\u2212'}${Math.abs(rounded)}`;
}

function trendSentences(c: Omit<YearComparison, 'sentences' | 'warnings'>, language: Language): string[] {
  const count = (w: TrendWord) => c.clusters.filter((x) => x.trend === w).length;
  const bandPoints = Math.round(c.band * 100);
  const out: string[] = [];
  if (language === 'nl') {
    const what = c.measure === 'costs' ? 'Kosten' : 'Formatie';
    out.push(
      `${what} ${c.labelA} → ${c.labelB}: bij ${count('toename')} clusters is de afwijking van de referentiegroep toegenomen, bij ${count('afname')} afgenomen en bij ${count('redelijk stabiel')} redelijk stabiel gebleven (band ${bandPoints} procentpunt).`,
    );
    for (const x of c.clusters) {
      if (
        (x.trend === 'toename' || x.trend === 'afname') &&
        x.a.deltaPct !== null &&
        x.b.deltaPct !== null &&
        x.change !== null
      )
        out.push(
          `${x.name}: van ${pct(x.a.deltaPct)} in ${c.labelA} naar ${pct(x.b.deltaPct)} in ${c.labelB} ten opzichte van de referentiegroep (${x.trend}, ${points(x.change)} procentpunt).`,
        );
    }
    const only = [
      ...c.unmatched.b.map((n) => `${n} (alleen ${c.labelB})`),
      ...c.unmatched.a.map((n) => `${n} (alleen ${c.labelA})`),
    ];
    if (only.length > 0) out.push(`Niet te vergelijken: ${only.join('; ')}.`);
  } else {
    const what = c.measure === 'costs' ? 'Costs' : 'Formation';
    out.push(
      `${what} ${c.labelA} → ${c.labelB}: the deviation from the reference group increased for ${count('toename')} clusters, decreased for ${count('afname')} and stayed fairly stable for ${count('redelijk stabiel')} (band ${bandPoints} percentage points).`,
    );
    for (const x of c.clusters) {
      if (
        (x.trend === 'toename' || x.trend === 'afname') &&
        x.a.deltaPct !== null &&
        x.b.deltaPct !== null &&
        x.change !== null
      )
        out.push(
          `${x.name}: from ${pct(x.a.deltaPct)} in ${c.labelA} to ${pct(x.b.deltaPct)} in ${c.labelB} against the reference group (${TREND_TEXT.en[x.trend]}, ${points(x.change)} percentage points).`,
        );
    }
    const only = [
      ...c.unmatched.b.map((n) => `${n} (only ${c.labelB})`),
      ...c.unmatched.a.map((n) => `${n} (only ${c.labelA})`),
    ];
    if (only.length > 0) out.push(`Not comparable: ${only.join('; ')}.`);
  }
  return out;
}
