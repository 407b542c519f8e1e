// The result for a terminal: the sentences (which include the aandachtspunten) and a
// compact table per cluster, numbers in the user's language.
import { formatNumber, formatPercent } from '../i18n/format';
import type { AnalysisResult, Comparison, Measure } from '../engine/benchmark';
import type { Language } from '../engine/core';
import { textTable } from '../studies';
import { benchmarkTexts } from '../i18n/benchmark';
import { cliTexts } from '../i18n/cli';

/** The mark beside a figure the plausibility guard flagged: never shown as a plain figure. */
const FLAG = '!';

function cellsOf(m: Comparison | null, decimals: number, language: Language, na: string, flagged: boolean): string[] {
  if (!m) return ['', '', '', ''];
  const num = (v: number | null, sign = false) => (v === null ? na : formatNumber(v, decimals, language, { sign }));
  const mark = (text: string) => (flagged && text !== na ? `${text} ${FLAG}` : text);
  return [
    num(m.own),
    mark(num(m.norm)),
    mark(num(m.delta, true)),
    mark(m.deltaPct === null ? na : formatPercent(m.deltaPct, language, { sign: true })),
  ];
}

/** Per measure, the sheet rows whose conclusions the guard withheld. */
function flaggedRows(result: AnalysisResult): Record<Measure, Set<number>> {
  const rows: Record<Measure, Set<number>> = { fte: new Set(), costs: new Set() };
  for (const finding of result.plausibility) for (const row of finding.rows) rows[finding.measure].add(row);
  return rows;
}

function classWord(cls: keyof BenchmarkClasses | null, classes: BenchmarkClasses): string {
  return cls === null ? '' : classes[cls];
}

type BenchmarkClasses = ReturnType<typeof benchmarkTexts>['classes'];

export function textReport(result: AnalysisResult, language: Language): string {
  const t = cliTexts(language);
  const classes = benchmarkTexts(language).classes;
  const rows: string[][] = [t.columns];
  const flagged = flaggedRows(result);
  let anyFlagged = false;
  for (const c of result.clusters) {
    const fteFlagged = flagged.fte.has(c.row);
    const costsFlagged = flagged.costs.has(c.row);
    // The class shown is the costs' (else the fte's): flagged when that measure is.
    const classFlagged = c.costs?.class ? costsFlagged : fteFlagged;
    const cls = classWord(c.costs?.class ?? c.fte?.class ?? null, classes);
    anyFlagged ||= (fteFlagged && c.fte !== null) || (costsFlagged && c.costs !== null);
    rows.push([
      c.name,
      c.category ? t.categories[c.category] : '',
      ...cellsOf(c.fte, 1, language, t.notApplicable, fteFlagged),
      ...cellsOf(c.costs, 0, language, t.notApplicable, costsFlagged),
      // The engine's classes are Dutch words; the table speaks the user's language.
      classFlagged && cls !== '' ? `${cls} ${FLAG}` : cls,
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
    ...(anyFlagged ? [t.flaggedLegend] : []),
    '',
  ].join('\n');
}

/**
 * `--json`: the result, each cluster carrying the guard's findings about it (rule, measure,
 * cells), so a flagged figure is flagged where it is read, not only in the list at the end.
 */
export function jsonReport(result: AnalysisResult): string {
  const byRow = new Map<number, { rule: string; measure: Measure; cells: readonly string[] }[]>();
  for (const { rule, measure, cells, rows } of result.plausibility)
    for (const row of rows) byRow.set(row, [...(byRow.get(row) ?? []), { rule, measure, cells }]);
  const clusters = result.clusters.map((c) => ({ ...c, findings: byRow.get(c.row) ?? [] }));
  return `${JSON.stringify({ ...result, clusters }, null, 2)}\n`;
}
