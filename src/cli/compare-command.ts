// `ijkpunt compare A B`: two benchmark years, each analysed as `analyse` would, compared per
// cluster (matched one-to-one) with the trend of the relative deviation.
import { basename, extname } from 'path';
import { analyseTable } from '../engine/benchmark';
import { compareYears, TREND_TEXT, yearLabel, type YearComparison } from '../engine/trend';
import type { AnalysisResult } from '../engine/benchmark';
import type { Language } from '../engine/core';
import { formatPercent, formatPoints } from '../i18n/format';
import { loadInput, pickSheet, UsageError } from './input';
import { fraction } from './output';
import { textTable } from './report';
import { cliTexts } from './texts';

export interface CompareArgs {
  readonly a: string;
  readonly b: string;
  readonly sheetA?: string;
  readonly sheetB?: string;
  readonly band?: string;
  readonly language: Language;
}

async function analysed(
  path: string,
  sheet: string | undefined,
  language: Language,
): Promise<{ result: AnalysisResult; label: string }> {
  const t = cliTexts(language);
  const loaded = await loadInput(path, language);
  let failure: string | null = null;
  for (const grid of pickSheet(loaded.sheets, sheet, path, language)) {
    const outcome = analyseTable({ table: grid, sheet: grid }, { language, decimal: loaded.decimal });
    if (outcome.ok) {
      const label = yearLabel(grid.sheet) ?? yearLabel(basename(path, extname(path))) ?? grid.sheet;
      return { result: outcome.result, label };
    }
    failure ??= `${t.where(path, grid.sheet, outcome.cell)}: ${outcome.message}`;
  }
  throw new UsageError(failure ?? t.noTable(path));
}

export async function runCompare(args: CompareArgs): Promise<{ comparison: YearComparison }> {
  const band = fraction('--band', args.band, args.language);
  const a = await analysed(args.a, args.sheetA, args.language);
  const b = await analysed(args.b, args.sheetB, args.language);
  // Two files of the same year still need two labels.
  const labels = a.label === b.label ? { a: `A (${a.label})`, b: `B (${b.label})` } : { a: a.label, b: b.label };
  return {
    comparison: compareYears(
      { result: a.result, label: labels.a },
      { result: b.result, label: labels.b },
      { language: args.language, ...(band !== undefined ? { band } : {}) },
    ),
  };
}

/** The JSON of the issue: clusters with both years and the trend, the unmatched, sentences, warnings. */
export function compareJson(c: YearComparison): unknown {
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

export function compareReport(c: YearComparison, language: Language): string {
  const pct = (v: number | null) => (v === null ? '' : formatPercent(v, language, { sign: true }));
  const head = [
    'Cluster',
    `Δ% ${c.labelA}`,
    `Δ% ${c.labelB}`,
    language === 'nl' ? 'Verschil (pp)' : 'Difference (pp)',
    'Trend',
  ];
  const rows = [
    head,
    ...c.clusters.map((x) => [
      x.name,
      pct(x.a.deltaPct),
      pct(x.b.deltaPct),
      x.change === null ? '' : formatPoints(x.change, language),
      TREND_TEXT[language][x.trend],
    ]),
  ];
  const table = textTable(rows, [0, 4]);
  const title =
    language === 'nl' ? `Vergelijking ${c.labelA} en ${c.labelB}` : `Comparison ${c.labelA} and ${c.labelB}`;
  return `${[title, ...c.sentences.map((s) => `• ${s}`), '', ...table].join('\n')}\n`;
}
