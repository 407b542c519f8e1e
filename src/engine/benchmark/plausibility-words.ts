// The plausibility guard's words: one warning per finding naming its cells, and the sentences
// that stand in for the conclusions withheld. Built only for findings, from the figures the
// guard (plausibility.ts) left on them, in one pass where a column rule needs its sums.
import type { Language, Warning } from '../core';
import { formatEuro, formatFte, formatPercent } from '../../i18n/format';
import { plausibilityTexts, type PlausibilityTexts } from '../../i18n/plausibility';
import { benchmarkTexts } from '../../i18n/benchmark';
import {
  TINY_NORM,
  type PlausibilityFinding,
  type PlausibilityParts as Parts,
  type PrintedDeviation,
} from './plausibility';
import type { Aggregate, ClusterResult, Comparison, Measure } from './types';

/**
 * The clusters by sheet row, for the findings that name a cluster. A column rule covers every
 * row, and its figures come from columnFigures: only the four names a sentence lists are looked up.
 */
function rowIndex(parts: Parts, findings: readonly PlausibilityFinding[]): ReadonlyMap<number, ClusterResult> {
  const wanted = new Set<number>();
  for (const f of findings) {
    if (f.group !== null) continue;
    const rows = f.rule === 'sharesOver100' || f.rule === 'tinyNorms' ? f.rows.slice(0, 4) : f.rows;
    for (const row of rows) wanted.add(row);
  }
  const index = new Map<number, ClusterResult>();
  if (wanted.size === 0) return index;
  for (const c of parts.clusters) if (wanted.has(c.row)) index.set(c.row, c);
  return index;
}

/** A column rule's figures in one pass: Σ norm of its rows as a share of the whole, and how many norms are tiny. */
function columnFigures(parts: Parts, f: PlausibilityFinding): { shareOfWhole: number; tiny: number } {
  const rows = new Set(f.rows);
  let sum = 0;
  let tiny = 0;
  for (const c of parts.clusters) {
    if (!rows.has(c.row)) continue;
    const m = f.measure === 'fte' ? c.fte : c.costs;
    if (!m || m.norm === null) continue;
    sum += m.norm;
    if (m.own !== null && m.norm < TINY_NORM * m.own) tiny += 1;
  }
  const whole = (f.measure === 'fte' ? parts.parameters.totalFte : parts.parameters.totalCosts) ?? 1;
  return { shareOfWhole: sum / whole, tiny };
}

function amount(value: number, measure: Measure, language: Language): string {
  return measure === 'fte' ? formatFte(value, language, { sign: true }) : formatEuro(value, language, { sign: true });
}

function listOf(items: readonly string[], t: PlausibilityTexts, max = 4): string {
  const shown = items.length > max ? [...items.slice(0, max - 1), t.others(items.length - max + 1)] : [...items];
  const last = shown.pop();
  return shown.length === 0 ? (last ?? '') : `${shown.join(', ')} ${t.and} ${last ?? ''}`;
}

/** One warning per finding, naming its cell (or the first of its range) and the figures. */
export function plausibilityWarnings(
  parts: Parts,
  findings: readonly PlausibilityFinding[],
  language: Language,
): Warning[] {
  const t = plausibilityTexts(language);
  const groups = benchmarkTexts(language).groups;
  const byRow = rowIndex(parts, findings);
  return findings.map((f): Warning => {
    const word = t.measure[f.measure];
    if (f.rule === 'sharesOver100' || f.rule === 'tinyNorms') {
      const range = f.range ?? '';
      const figures = columnFigures(parts, f);
      return {
        cell: f.cells[0]?.split(':')[0] ?? null,
        message:
          f.rule === 'sharesOver100'
            ? t.warning.sharesOver100(range, formatPercent(figures.shareOfWhole, language))
            : t.warning.tinyNorms(range, figures.tiny, f.rows.length),
      };
    }
    const aggregate: Aggregate | null = f.group ? parts.totals[f.group] : null;
    const m: Pick<Comparison, 'norm' | 'delta' | 'deltaPct' | 'class'> | null | undefined = f.group
      ? aggregate?.[f.measure]
      : byRow.get(f.rows[0] ?? -1)?.[f.measure];
    const name = f.group ? groups[f.group] : (byRow.get(f.rows[0] ?? -1)?.name ?? '');
    const cell = f.cells[0] ?? null;
    const norm = m?.norm ?? 0;
    const delta = m?.delta ?? 0;
    const printed = (m as (Comparison & PrintedDeviation) | undefined)?.printedDelta;
    switch (f.rule) {
      case 'negativeNorm':
        return { cell, message: t.warning.negativeNorm(name, word, amount(norm, f.measure, language)) };
      case 'extremeDeviation':
        return {
          cell,
          message: t.warning.extremeDeviation(name, word, formatPercent(m?.deltaPct ?? 0, language, { sign: true })),
        };
      case 'classSign': {
        const cls = m?.class ? benchmarkTexts(language).classes[m.class] : '';
        return { cell, message: t.warning.classSign(name, word, cls, amount(delta, f.measure, language)) };
      }
      default: {
        const shown = typeof printed === 'number' ? amount(printed, f.measure, language) : '';
        return { cell, message: t.warning.printedMismatch(name, word, shown, amount(delta, f.measure, language)) };
      }
    }
  });
}

/** The sentences that stand in for the withheld conclusions: one per rule and measure. */
export function noConclusionSentences(
  parts: Parts,
  findings: readonly PlausibilityFinding[],
  language: Language,
): string[] {
  const t = plausibilityTexts(language);
  const groups = benchmarkTexts(language).groups;
  const byRow = rowIndex(parts, findings);
  const keyed = new Map<string, PlausibilityFinding[]>();
  for (const f of findings) {
    const key = `${f.rule}:${f.measure}:${f.group ?? ''}`;
    const same = keyed.get(key);
    if (same) same.push(f);
    else keyed.set(key, [f]);
  }
  return [...keyed.values()].map((same) => {
    const first = same[0] as PlausibilityFinding;
    const rows = same.length === 1 ? first.rows : [...new Set(same.flatMap((f) => f.rows))];
    // listOf shows at most four names; the rest is a count, so only those are looked up.
    const named = rows.length > 4 ? [...rows.slice(0, 3), ...Array<number>(rows.length - 3).fill(-1)] : rows;
    const subject = first.group
      ? groups[first.group]
      : listOf(
          named.map((row) => byRow.get(row)?.name ?? ''),
          t,
        );
    const cells = [...new Set(same.flatMap((f) => f.cells))];
    const cellText = cells.length === 1 ? t.cellList(listOf(cells, t)) : t.cellsList(listOf(cells, t));
    const pctText = first.group
      ? formatPercent(parts.totals[first.group]?.[first.measure]?.deltaPct ?? 0, language, { sign: true })
      : cellText;
    const range = first.range ?? '';
    const reason = {
      negativeNorm: () => t.reason.negativeNorm(first.group ? pctText : cellText),
      extremeDeviation: () => t.reason.extremeDeviation(pctText),
      classSign: () => t.reason.classSign(first.group ? pctText : cellText),
      sharesOver100: () =>
        t.reason.sharesOver100(range, formatPercent(columnFigures(parts, first).shareOfWhole, language)),
      tinyNorms: () => t.reason.tinyNorms(range),
      printedMismatch: () => t.reason.printedMismatch(cellText),
    }[first.rule]();
    return t.noConclusion(t.measure[first.measure], subject, reason);
  });
}
