// Two benchmark years side by side (DOMAIN §3, "trend between two benchmark years"): clusters
// matched one-to-one — by Iv3 code, else by the same name once suffixes such as ", incl.
// secretariaat" are set aside — and per cluster the change of its relative deviation from the
// reference group: toename, afname or redelijk stabiel within a band of percentage points. A
// cluster without a counterpart is listed, never forced onto a similar-sounding one: a council
// comparing "Informatisering" with "Informatisering en Automatisering" compares two task packages.
import { a1, parseA1 } from '../core';
import { formatNumber, formatPercent } from '../../i18n/format';
import { normaliseLabel } from '../core';
import { quotedSheet } from '../../plan';
import type { AnalysisResult, ClusterResult, Measure } from '../benchmark';
import type { Language, Warning } from '../core';

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
}

export const DEFAULT_TREND_BAND = 0.15;
/**
 * Differences of float fractions land a hair off the band (0.25 − 0.10 = 0.15000000000000002);
 * the sheet's formula uses the same tolerance, so the engine and Excel agree at the boundary.
 */
export const TREND_EPSILON = 1e-9;

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

export interface Matching {
  readonly pairs: { a: ClusterResult; b: ClusterResult; by: 'iv3' | 'name' }[];
  readonly unmatched: { a: ClusterResult[]; b: ClusterResult[] };
  /** Names of clusters whose core occurs more than once on their own side: never matched. */
  readonly ambiguous: string[];
  /** The unmatched clusters of a core that is duplicated on one side and present on the other. */
  readonly conflicts: { a: ClusterResult[]; b: ClusterResult[] };
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
const coreKey = (c: ClusterResult): string | null => nameCore(c.name) || null;

export function matchClusters(a: readonly ClusterResult[], b: readonly ClusterResult[]): Matching {
  const pairs: Matching['pairs'] = [];
  const usedA = new Set<ClusterResult>();
  const usedB = new Set<ClusterResult>();
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
  };
}

const finite = (v: number | null | undefined): number | null =>
  typeof v === 'number' && Number.isFinite(v) ? v : null;

function side(cluster: ClusterResult, measure: Measure): TrendSide {
  const m = cluster[measure];
  return {
    name: cluster.name,
    row: cluster.row,
    iv3: cluster.iv3,
    own: finite(m?.own),
    norm: finite(m?.norm),
    delta: finite(m?.delta),
    deltaPct: finite(m?.deltaPct),
  };
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

export const TREND_TEXT: Record<Language, Record<TrendWord, string>> = {
  nl: { toename: 'toename', afname: 'afname', 'redelijk stabiel': 'redelijk stabiel', onbekend: 'onbekend' },
  en: { toename: 'increase', afname: 'decrease', 'redelijk stabiel': 'fairly stable', onbekend: 'unknown' },
};

/** The cluster label's cell in its year's sheet, so a warning can point at it. */
function labelCell(result: AnalysisResult, row: number): string | null {
  const origin = parseA1(result.table.range.split(':')[0] ?? '');
  const column = result.columns.find((c) => c.role === 'cluster')?.column ?? 0;
  return origin ? `${quotedSheet(result.table.sheet)}!${a1(origin.col + column, row)}` : null;
}

const quoted = (names: readonly string[], and: string) =>
  names.length <= 1
    ? names.map((n) => `"${n}"`).join('')
    : `${names
        .slice(0, -1)
        .map((n) => `"${n}"`)
        .join(', ')} ${and} "${names[names.length - 1] ?? ''}"`;

const WARN = {
  nl: {
    duplicate: (label: string, names: string, other: string) =>
      `In ${label} hebben ${names} na weglaten van toevoegingen dezelfde naam; IJkpunt koppelt ze daarom aan geen enkel cluster uit ${other}.`,
    band: (used: string) =>
      `De band "redelijk stabiel" moet een getal van 0 of meer zijn; IJkpunt gebruikt ${used} procentpunt.`,
    noMeasure: (label: string, measure: Measure) =>
      `In ${label} heeft geen cluster een relatieve afwijking voor de ${measure === 'costs' ? 'kosten' : 'formatie'} (norm ontbreekt of is 0); de trend is daar onbekend.`,
  },
  en: {
    duplicate: (label: string, names: string, other: string) =>
      `In ${label}, ${names} have the same name once suffixes are left out; IJkpunt therefore matches them with no cluster of ${other}.`,
    band: (used: string) =>
      `The "fairly stable" band must be a number of 0 or more; IJkpunt uses ${used} percentage points.`,
    noMeasure: (label: string, measure: Measure) =>
      `In ${label} no cluster has a relative ${measure === 'costs' ? 'cost' : 'formation'} deviation (no norm, or a norm of 0); the trend is unknown there.`,
  },
};

export function compareYears(
  a: { readonly result: AnalysisResult; readonly label: string },
  b: { readonly result: AnalysisResult; readonly label: string },
  options: TrendOptions = {},
): YearComparison {
  const language = options.language ?? 'nl';
  const w = WARN[language];
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

  const matching = matchClusters(a.result.clusters, b.result.clusters);
  const clusters: TrendCluster[] = matching.pairs.map(({ a: ca, b: cb, by }) => {
    const sa = side(ca, measure);
    const sb = side(cb, measure);
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
          quoted(
            group.map((c) => c.name),
            language === 'nl' ? 'en' : 'and',
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

/** The band in percentage points as sentences write it: "15", "12,5". */
function bandPoints(band: number, language: Language): string {
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

type Described = Omit<YearComparison, 'sentences' | 'warnings'>;

function listNl(parts: readonly string[], and: string): string {
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} ${and} ${parts[parts.length - 1]}`;
}

function trendSentences(
  c: Described,
  only: { readonly a: readonly string[]; readonly b: readonly string[] },
  language: Language,
): string[] {
  const count = (w: TrendWord) => c.clusters.filter((x) => x.trend === w).length;
  const band = bandPoints(c.band, language);
  const pct = (v: number) => formatPercent(v, language, { sign: true });
  const nl = language === 'nl';
  const out: string[] = [];
  const head = nl
    ? `${c.measure === 'costs' ? 'Kosten' : 'Formatie'} ${c.labelA} → ${c.labelB}`
    : `${c.measure === 'costs' ? 'Costs' : 'Formation'} ${c.labelA} → ${c.labelB}`;

  // The overview speaks of the measure rising or falling *relative to the reference group*:
  // "de afwijking is toegenomen" would mislead where −35% became −20%.
  if (c.clusters.length === 0) {
    out.push(
      nl
        ? `${head}: geen enkel cluster komt in beide jaren voor; er valt niets te vergelijken.`
        : `${head}: no cluster occurs in both years, so there is nothing to compare.`,
    );
  } else {
    const n = (k: number) => `${k} ${k === 1 ? 'cluster' : 'clusters'}`;
    const unknown = count('onbekend');
    if (nl) {
      const parts = [
        `bij ${n(count('toename'))} gestegen (toename)`,
        `bij ${count('afname')} gedaald (afname)`,
        `bij ${count('redelijk stabiel')} redelijk stabiel gebleven (binnen ${band} procentpunt)`,
        ...(unknown > 0 ? [`bij ${unknown} niet te bepalen`] : []),
      ];
      const subject = c.measure === 'costs' ? 'zijn de kosten' : 'is de formatie';
      out.push(`${head}: ten opzichte van de referentiegroep ${subject} ${listNl(parts, 'en')}.`);
    } else {
      const parts = [
        `rose for ${n(count('toename'))} (increase)`,
        `fell for ${count('afname')} (decrease)`,
        `stayed fairly stable for ${count('redelijk stabiel')} (within ${band} percentage points)`,
        ...(unknown > 0 ? [`could not be determined for ${unknown}`] : []),
      ];
      const subject = c.measure === 'costs' ? 'costs' : 'formation';
      out.push(`${head}: relative to the reference group, ${subject} ${listNl(parts, 'and')}.`);
    }
  }

  for (const x of c.clusters) {
    if (x.trend !== 'toename' && x.trend !== 'afname') continue;
    if (x.a.deltaPct === null || x.b.deltaPct === null || x.change === null) continue;
    const points = changePoints(x.change, c.band, language);
    out.push(
      nl
        ? `${x.name}: van ${pct(x.a.deltaPct)} in ${c.labelA} naar ${pct(x.b.deltaPct)} in ${c.labelB} ten opzichte van de referentiegroep (${x.trend}, ${points} procentpunt).`
        : `${x.name}: from ${pct(x.a.deltaPct)} in ${c.labelA} to ${pct(x.b.deltaPct)} in ${c.labelB} relative to the reference group (${TREND_TEXT.en[x.trend]}, ${points} percentage ${/^[+\u2212]?1$/.test(points) ? 'point' : 'points'}).`,
    );
  }

  const unknown = c.clusters.filter((x) => x.trend === 'onbekend');
  if (unknown.length > 0) {
    const missing = (x: TrendCluster) =>
      [x.a.deltaPct === null ? c.labelA : null, x.b.deltaPct === null ? c.labelB : null].filter(
        (l): l is string => l !== null,
      );
    const items = unknown.map((x) => `${x.name} (${listNl(missing(x), nl ? 'en' : 'and')})`).join('; ');
    out.push(
      nl
        ? `Geen trend te bepalen, want een relatieve afwijking ontbreekt (geen norm of een norm van 0): ${items}.`
        : `No trend can be determined, as a relative deviation is missing (no norm, or a norm of 0): ${items}.`,
    );
  }

  const lonely = [
    ...only.b.map((name) => (nl ? `${name} (alleen ${c.labelB})` : `${name} (only ${c.labelB})`)),
    ...only.a.map((name) => (nl ? `${name} (alleen ${c.labelA})` : `${name} (only ${c.labelA})`)),
  ];
  if (lonely.length > 0) out.push(`${nl ? 'Niet te vergelijken' : 'Not comparable'}: ${lonely.join('; ')}.`);

  if (c.ambiguous.a.length > 0 || c.ambiguous.b.length > 0) {
    const and = nl ? 'en' : 'and';
    const sideText = (names: readonly string[], label: string) =>
      names.length > 0 ? `${quoted(names, and)} (${label})` : null;
    const sides = [sideText(c.ambiguous.a, c.labelA), sideText(c.ambiguous.b, c.labelB)].filter(
      (s): s is string => s !== null,
    );
    out.push(
      nl
        ? `Niet eenduidig te koppelen, omdat na weglaten van toevoegingen dezelfde naam meer dan eens voorkomt: ${sides.join(' tegenover ')}.`
        : `Not matched one-to-one, because the same name occurs more than once after leaving out suffixes: ${sides.join(' against ')}.`,
    );
  }
  return out;
}
