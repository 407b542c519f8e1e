// The result for a terminal: the sentences (which include the aandachtspunten) and a
// compact table per cluster, numbers in the user's language.
import { formatNumber, formatPercent } from '../i18n/format';
import type { AnalysisResult, Comparison } from '../engine/benchmark';
import type { Language } from '../engine/core';
import { textTable } from '../studies';
import { benchmarkTexts } from '../i18n/benchmark';
import { cliTexts } from '../i18n/cli';

function cellsOf(m: Comparison | null, decimals: number, language: Language, na: string): string[] {
  if (!m) return ['', '', '', ''];
  const num = (v: number | null, sign = false) => (v === null ? na : formatNumber(v, decimals, language, { sign }));
  return [
    num(m.own),
    num(m.norm),
    num(m.delta, true),
    m.deltaPct === null ? na : formatPercent(m.deltaPct, language, { sign: true }),
  ];
}

function classWord(cls: keyof BenchmarkClasses | null, classes: BenchmarkClasses): string {
  return cls === null ? '' : classes[cls];
}

type BenchmarkClasses = ReturnType<typeof benchmarkTexts>['classes'];

export function textReport(result: AnalysisResult, language: Language): string {
  const t = cliTexts(language);
  const classes = benchmarkTexts(language).classes;
  const rows: string[][] = [t.columns];
  for (const c of result.clusters) {
    rows.push([
      c.name,
      c.category ? t.categories[c.category] : '',
      ...cellsOf(c.fte, 1, language, t.notApplicable),
      ...cellsOf(c.costs, 0, language, t.notApplicable),
      // The engine's classes are Dutch words; the table speaks the user's language.
      classWord(c.costs?.class ?? c.fte?.class ?? null, classes),
    ]);
  }
  const lines = textTable(rows, [0, 1, t.columns.length - 1]);
  const { totalFte, sources } = result.parameters;
  // A total nobody gave changes every share-based norm: say so before anything else.
  const sumNote =
    sources.totalFte.kind === 'sumOfFte' && totalFte !== null ? [t.sumOfFte(formatNumber(totalFte, 2, language))] : [];
  return [
    `${t.sentencesTitle} — ${result.table.sheet} ${result.table.range}`,
    ...sumNote,
    ...result.sentences.map((s) => `• ${s}`),
    '',
    t.tableTitle,
    ...lines,
    '',
  ].join('\n');
}
