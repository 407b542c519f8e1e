// Two benchmark years as one use case: each sheet analysed as the benchmark would, the clusters
// compared one to one, and the comparison's plan on a sheet of IJkpunt's own. Where IJkpunt's
// columns still stand where it last wrote them beside a year's table, the plan refers to that
// year's Δ% cells, so a what-if edit there flows through.
import { buildPlan, type AnalysisResult } from '../engine/benchmark';
import type { Language } from '../engine/core';
import { buildTrendPlan, compareYears, comparisonSheetName, yearLabel } from '../engine/trend';
import { TREND_TEXT } from '../i18n/trend';
import type { HandPair, YearComparison } from '../engine/trend';
import { formatPercent, formatPoints } from '../i18n/format';
import { studyTexts } from '../i18n/study-ui';
import type { WritePlan } from '../plan';
import { analyseBenchmark } from './benchmark';
import type { ReadSheet } from './definition';
import { type StudyDone, type StudyPreview, type StudyRun, type StudySheet } from './study';
import { textTable } from './text-table';
import { PAIRS, yearInput, type YearSettings } from './year-options';

export interface YearComparisonOptions {
  readonly language: Language;
  /** Percentage points (as a fraction) still "redelijk stabiel"; absent: the engine's 15. */
  readonly band?: number;
  /** The user's own pairs, matched before anything else. */
  readonly pairs?: readonly HandPair[];
  /** Per-year values that named neither year, said as warnings. */
  readonly unused?: readonly string[];
}

/** A year as the comparison reads it: its analysis, and IJkpunt's plan for it where that still stands. */
export interface YearAnalysis {
  readonly result: AnalysisResult;
  readonly source: WritePlan | undefined;
}

type YearRead =
  | ({ readonly ok: true } & YearAnalysis)
  | { readonly ok: false; readonly cell: string | null; readonly message: string };

/** A year's analysis, and IJkpunt's benchmark plan for it when its columns are where that plan puts them. */
export function readYear(year: StudySheet, language: Language, settings?: YearSettings, index = 0): YearRead {
  const input = settings
    ? yearInput(settings, index, year, language)
    : {
        ok: true as const,
        table: year.grid,
        options: { language, ...(year.decimal ? { decimal: year.decimal } : {}) },
      };
  if (!input.ok) return input;
  const { options } = input;
  const outcome = analyseBenchmark({ table: input.table, sheet: year.grid }, options);
  if (!outcome.ok) return outcome;
  const remembered = year.remembered?.columns;
  if (!remembered) return { ok: true, result: outcome.result, source: undefined };
  const plan = buildPlan({ table: outcome.table, result: outcome.result, grid: year.grid, options });
  const inPlace = plan.columns.every((c) => remembered.some((k) => k.col === c.col && k.header === c.header));
  return { ok: true, result: outcome.result, source: inPlace ? plan : undefined };
}

/**
 * Each year's label: the year in the sheet's name, else in the file's, else the sheet's name.
 * Two sheets of one workbook with one label are told apart by their names; two files, whose
 * sheets may well be named alike, as A and B.
 */
function yearLabels(a: StudySheet, b: StudySheet): { readonly a: string; readonly b: string } {
  const label = (year: StudySheet) =>
    yearLabel(year.sheet) ?? (year.fileName !== undefined ? yearLabel(year.fileName) : null) ?? year.sheet;
  const [first, second] = [label(a), label(b)];
  if (first !== second) return { a: first, b: second };
  if (a.fileName !== undefined || b.fileName !== undefined) return { a: `A (${first})`, b: `B (${second})` };
  return { a: a.sheet, b: b.sheet };
}

export function runYearComparison(
  a: ReadSheet<YearAnalysis>,
  b: ReadSheet<YearAnalysis>,
  options: YearComparisonOptions,
): StudyRun<YearComparison> {
  const { language } = options;
  const [first, second] = [a.read, b.read];
  const labels = yearLabels(a.sheet, b.sheet);
  const comparison = compareYears(
    { result: first.result, label: labels.a },
    { result: second.result, label: labels.b },
    { language, ...(options.band !== undefined ? { band: options.band } : {}), pairs: options.pairs ?? [] },
  );
  const plan = buildTrendPlan({
    comparison,
    sheet: comparisonSheetName(labels.a, labels.b, language),
    language,
    sources: { ...(first.source ? { a: first.source } : {}), ...(second.source ? { b: second.source } : {}) },
  });
  // The comparison's warnings only, as the pane has always told them: the trend plan's own (a
  // year's Δ% cell holding text) are not shown. A candidate for a later, deliberate change.
  const unused = (options.unused ?? []).map((message) => ({ cell: null, message }));
  return {
    ok: true,
    result: comparison,
    plans: [plan],
    warnings: [...unused, ...comparison.warnings],
    planWarnings: [],
  };
}

const pct = (v: number | null, language: Language) => (v === null ? '' : formatPercent(v, language, { sign: true }));

/** Per cluster: the name, both years' Δ%, the change in points and the trend word. */
function clusterRows(c: YearComparison, language: Language): string[][] {
  return c.clusters.map((x) => [
    x.name,
    pct(x.a.deltaPct, language),
    pct(x.b.deltaPct, language),
    x.change === null ? '' : formatPoints(x.change, language),
    TREND_TEXT[language][x.trend],
  ]);
}

export function yearComparisonPreview(run: StudyDone<YearComparison>, language: Language): StudyPreview {
  const s = studyTexts(language);
  const c = run.result;
  const rows = [
    ...c.unmatched.a.map((name) => ({ name, partner: null })),
    ...c.clusters.filter((x) => x.matchedBy === 'hand').map((x) => ({ name: x.a.name, partner: x.b.name })),
  ];
  return {
    sentences: c.sentences,
    tables: [{ caption: s.tabs.compare, head: s.compareHead(c.labelA, c.labelB), rows: clusterRows(c, language) }],
    ...(rows.length > 0
      ? { pairing: { option: PAIRS.key, labelA: c.labelA, labelB: c.labelB, rows, candidates: c.unmatched.b } }
      : {}),
  };
}

/** The JSON of the issue: clusters with both years and the trend, the unmatched, sentences, warnings. */
export function yearComparisonJson(c: YearComparison): unknown {
  return {
    labels: { a: c.labelA, b: c.labelB },
    measure: c.measure,
    band: c.band,
    clusters: c.clusters.map((x) => ({
      name: x.name,
      matchedBy: x.matchedBy,
      a: x.a,
      b: x.b,
      change: x.change,
      trend: x.trend,
    })),
    unmatched: c.unmatched,
    sentences: c.sentences,
    warnings: c.warnings,
  };
}

export function yearComparisonText(c: YearComparison, language: Language): string {
  const words = studyTexts(language).report;
  const head = ['Cluster', `Δ% ${c.labelA}`, `Δ% ${c.labelB}`, words.difference, 'Trend'];
  const table = textTable([head, ...clusterRows(c, language)], [0, 4]);
  const title = words.compareTitle(c.labelA, c.labelB);
  return `${[title, ...c.sentences.map((s) => `• ${s}`), '', ...table].join('\n')}\n`;
}

/** The two years a comparison starts on: the last two sheets named with a year, else the active one. */
export function yearSheets(visible: readonly string[], active: string): string[] {
  const years = visible
    .map((n) => ({ n, y: yearLabel(n) }))
    .filter((x): x is { n: string; y: string } => x.y !== null && !/vergelijk|comparison/i.test(x.n))
    .sort((x, y) => Number(x.y) - Number(y.y));
  const last = years[years.length - 1]?.n ?? active;
  const before = years[years.length - 2]?.n ?? visible.find((n) => n !== last) ?? last;
  return [before, last];
}
