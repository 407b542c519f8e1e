// Two benchmark years side by side (DOMAIN §3, "trend between two benchmark years"): clusters
// matched one-to-one (match.ts) and per cluster the change of its relative deviation from the
// reference group: toename, afname or redelijk stabiel within a band of percentage points. A
// cluster without a counterpart is listed, never forced onto a similar-sounding one: a council
// comparing "Informatisering" with "Informatisering en Automatisering" compares two task packages.
import type { AnalysisResult, ClusterResult, Measure } from '../benchmark';
import { a1, parseA1, type Warning } from '../core';
import { TREND_SENTENCES, TREND_WARNINGS } from '../../i18n/trend';
import { quotedSheet } from '../../plan';
import { coreKey, matchClusters } from './match';
import { bandPoints, quotedList, trendSentences } from './sentences';
import {
  DEFAULT_TREND_BAND,
  TREND_EPSILON,
  type TrendCluster,
  type TrendOptions,
  type TrendSide,
  type TrendWord,
  type YearComparison,
} from './types';

const finite = (v: number | null | undefined): number | null =>
  typeof v === 'number' && Number.isFinite(v) ? v : null;

function side(cluster: ClusterResult, measure: Measure, implausible: ReadonlySet<number>): TrendSide {
  const m = cluster[measure];
  // A deviation the year's plausibility guard rejected has no trend either.
  const shown = (v: number | null | undefined) => (implausible.has(cluster.row) ? null : finite(v));
  return {
    name: cluster.name,
    row: cluster.row,
    iv3: cluster.iv3,
    own: finite(m?.own),
    norm: shown(m?.norm),
    delta: shown(m?.delta),
    deltaPct: shown(m?.deltaPct),
  };
}

/** The rows of a year whose deviation in `measure` the plausibility guard rejected. */
function implausibleRows(result: AnalysisResult, measure: Measure): Set<number> {
  return new Set(result.plausibility.filter((f) => f.measure === measure).flatMap((f) => f.rows));
}

/** The word for a change of the relative deviation; the band's edge counts as stable. */
export function trendOf(change: number | null, band: number): TrendWord {
  if (change === null || !Number.isFinite(change)) return 'onbekend';
  if (Math.abs(change) <= band + TREND_EPSILON) return 'redelijk stabiel';
  return change > 0 ? 'toename' : 'afname';
}

const hasRelative = (r: AnalysisResult, m: Measure) => r.clusters.some((c) => finite(c[m]?.deltaPct) !== null);

function measureOf(a: AnalysisResult, b: AnalysisResult, wanted: Measure | 'auto'): Measure {
  if (wanted !== 'auto') return wanted;
  return hasRelative(a, 'costs') && hasRelative(b, 'costs') ? 'costs' : 'fte';
}

/** The cluster label's cell in its year's sheet, so a warning can point at it. */
function labelCell(result: AnalysisResult, row: number): string | null {
  const origin = parseA1(result.table.range.split(':')[0] ?? '');
  const column = result.columns.find((c) => c.role === 'cluster')?.column ?? 0;
  return origin ? `${quotedSheet(result.table.sheet)}!${a1(origin.col + column, row)}` : null;
}

export function compareYears(
  a: { readonly result: AnalysisResult; readonly label: string },
  b: { readonly result: AnalysisResult; readonly label: string },
  options: TrendOptions = {},
): YearComparison {
  const language = options.language ?? 'nl';
  const w = TREND_WARNINGS[language];
  const warnings: Warning[] = [];
  let band = DEFAULT_TREND_BAND;
  if (options.band !== undefined) {
    if (Number.isFinite(options.band) && options.band >= 0) band = options.band;
    // Never echo "NaN" to a finance officer: say what is needed and what was used instead.
    else warnings.push({ cell: null, message: w.band(bandPoints(band, language)) });
  }
  const measure = measureOf(a.result, b.result, options.measure ?? 'auto');
  for (const year of [a, b])
    if (!hasRelative(year.result, measure)) warnings.push({ cell: null, message: w.noMeasure(year.label, measure) });

  const matching = matchClusters(a.result.clusters, b.result.clusters, options.pairs ?? []);
  for (const pair of matching.unknownPairs)
    warnings.push({ cell: null, message: w.unknownPair(pair.a, pair.b, a.label, b.label) });
  const implausible = { a: implausibleRows(a.result, measure), b: implausibleRows(b.result, measure) };
  for (const [year, rows] of [
    [a, implausible.a],
    [b, implausible.b],
  ] as const) {
    const names = year.result.clusters.filter((c) => rows.has(c.row)).map((c) => c.name);
    if (names.length > 0)
      warnings.push({
        cell: null,
        message: w.implausible(year.label, quotedList(names, TREND_SENTENCES[language].and)),
      });
  }
  const clusters: TrendCluster[] = matching.pairs.map(({ a: ca, b: cb, by }) => {
    const sa = side(ca, measure, implausible.a);
    const sb = side(cb, measure, implausible.b);
    const change = sa.deltaPct !== null && sb.deltaPct !== null ? sb.deltaPct - sa.deltaPct : null;
    return { name: cb.name, a: sa, b: sb, matchedBy: by, change, trend: trendOf(change, band) };
  });

  // One warning per duplicated core and year, pointing at the first of its clusters.
  const ambiguousNames = new Set(matching.ambiguous);
  for (const [year, other, list] of [
    [a, b, matching.unmatched.a],
    [b, a, matching.unmatched.b],
  ] as const) {
    const groups = new Map<string, ClusterResult[]>();
    for (const c of list) {
      if (!ambiguousNames.has(c.name)) continue;
      const core = coreKey(c) ?? '';
      groups.set(core, [...(groups.get(core) ?? []), c]);
    }
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      warnings.push({
        cell: labelCell(year.result, group[0]?.row ?? 0),
        message: w.duplicate(
          year.label,
          quotedList(
            group.map((c) => c.name),
            TREND_SENTENCES[language].and,
          ),
          other.label,
        ),
      });
    }
  }

  const conflictA = new Set(matching.conflicts.a);
  const conflictB = new Set(matching.conflicts.b);
  const partial = {
    labelA: a.label,
    labelB: b.label,
    measure,
    band,
    clusters,
    unmatched: { a: matching.unmatched.a.map((c) => c.name), b: matching.unmatched.b.map((c) => c.name) },
    ambiguous: { a: matching.conflicts.a.map((c) => c.name), b: matching.conflicts.b.map((c) => c.name) },
  };
  const only = {
    a: matching.unmatched.a.filter((c) => !conflictA.has(c)).map((c) => c.name),
    b: matching.unmatched.b.filter((c) => !conflictB.has(c)).map((c) => c.name),
  };
  return { ...partial, sentences: trendSentences(partial, only, language), warnings };
}
