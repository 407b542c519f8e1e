// The comparison's sentences in the audit report's style, composed from the words in
// src/i18n/trend.ts: an overview per trend word, the clusters that rose or fell beyond the band,
// those without a trend, and the clusters that could not be compared.
import type { Language } from '../core';
import { formatNumber, formatPercent } from '../../i18n/format';
import { TREND_SENTENCES } from '../../i18n/trend';
import { TREND_EPSILON, type TrendCluster, type TrendWord, type YearComparison } from './types';

/** The band in percentage points as sentences write it: "15", "12,5". */
export function bandPoints(band: number, language: Language): string {
  const points = band * 100;
  return formatNumber(points, Math.abs(points - Math.round(points)) < 1e-6 ? 0 : 1, language);
}

/**
 * A change in percentage points, whole as reports write them — unless rounding would put a
 * change beyond the band on the band's edge ("+15" and yet a toename), then with a decimal.
 */
function changePoints(change: number, band: number, language: Language): string {
  let decimals = 0;
  const shown = (d: number) => Math.round(Math.abs(change) * 100 * 10 ** d) / 10 ** d;
  while (decimals < 3 && Math.abs(change) > band + TREND_EPSILON && shown(decimals) <= band * 100 + 1e-9) decimals++;
  return formatNumber(change * 100, decimals, language, { sign: true });
}

/** "a, b en c". */
export function listed(parts: readonly string[], and: string): string {
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} ${and} ${parts[parts.length - 1]}`;
}

/** '"a", "b" en "c"'. */
export function quotedList(names: readonly string[], and: string): string {
  return listed(
    names.map((n) => `"${n}"`),
    and,
  );
}

type Described = Omit<YearComparison, 'sentences' | 'warnings'>;

export function trendSentences(
  c: Described,
  only: { readonly a: readonly string[]; readonly b: readonly string[] },
  language: Language,
): string[] {
  const t = TREND_SENTENCES[language];
  const count = (w: TrendWord) => c.clusters.filter((x) => x.trend === w).length;
  const pct = (v: number) => formatPercent(v, language, { sign: true });
  const out: string[] = [];
  const head = t.head(c.measure, c.labelA, c.labelB);

  if (c.clusters.length === 0) out.push(t.nothingToCompare(head));
  else {
    const counts = {
      rise: count('toename'),
      fall: count('afname'),
      stable: count('redelijk stabiel'),
      unknown: count('onbekend'),
    };
    out.push(t.overview(head, c.measure, listed(t.overviewParts(counts, bandPoints(c.band, language)), t.and)));
  }

  for (const x of c.clusters) {
    if (x.trend !== 'toename' && x.trend !== 'afname') continue;
    if (x.a.deltaPct === null || x.b.deltaPct === null || x.change === null) continue;
    const points = changePoints(x.change, c.band, language);
    const { labelA, labelB } = c;
    out.push(
      t.change({
        name: x.name,
        from: pct(x.a.deltaPct),
        to: pct(x.b.deltaPct),
        labelA,
        labelB,
        trend: x.trend,
        points,
      }),
    );
  }

  // A pairing IJkpunt made on part of a name, or the user made, is said, so nobody takes it for granted.
  const pairing = (x: TrendCluster) => t.pairing(x.b.name, c.labelB, x.a.name, c.labelA);
  const partial = c.clusters.filter((x) => x.matchedBy === 'name-part');
  if (partial.length > 0) out.push(t.partial(listed(partial.map(pairing), t.and)));
  const byHand = c.clusters.filter((x) => x.matchedBy === 'hand');
  if (byHand.length > 0) out.push(t.byHand(listed(byHand.map(pairing), t.and)));

  const unknown = c.clusters.filter((x) => x.trend === 'onbekend');
  if (unknown.length > 0) {
    const missing = (x: TrendCluster) =>
      [x.a.deltaPct === null ? c.labelA : null, x.b.deltaPct === null ? c.labelB : null].filter(
        (l): l is string => l !== null,
      );
    out.push(t.noTrend(unknown.map((x) => `${x.name} (${listed(missing(x), t.and)})`).join('; ')));
  }

  const lonely = [...only.b.map((name) => t.onlyIn(name, c.labelB)), ...only.a.map((name) => t.onlyIn(name, c.labelA))];
  if (lonely.length > 0) out.push(t.notComparable(lonely.join('; ')));

  if (c.ambiguous.a.length > 0 || c.ambiguous.b.length > 0) {
    const sideText = (names: readonly string[], label: string) =>
      names.length > 0 ? `${quotedList(names, t.and)} (${label})` : null;
    const sides = [sideText(c.ambiguous.a, c.labelA), sideText(c.ambiguous.b, c.labelB)].filter(
      (s): s is string => s !== null,
    );
    out.push(t.ambiguous(sides));
  }
  return out;
}
