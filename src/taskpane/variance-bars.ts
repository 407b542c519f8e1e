// What the pane's variance chart shows: the deviation per cluster in euros (in fte when the
// table has no costs), the largest by size, positive above negative as in the sheet's chart,
// each bar coloured by the same IBCS rule as the sheet's conditional formats.
import { colourTone, DEFAULT_DIRECTION } from '../engine/benchmark';
import { TONE_COLOURS, type Palette } from '../plan';
import type { Tone } from '../plan';
import type { AnalysisResult, ColourDirection, Measure } from '../engine/benchmark';
import type { Language } from '../engine/core';
import { formatEuro, formatFte } from '../i18n/format';

export interface VarianceBar {
  readonly row: number;
  readonly name: string;
  readonly value: number;
  /** The value as the user reads it: "+€ 109.074", "−0,9 fte". */
  readonly label: string;
  readonly tone: Tone;
  /** Whether the tone judges the figure: false when the measure has no direction (fte, by default). */
  readonly judged: boolean;
  readonly colour: string;
}

export interface VarianceModel {
  readonly measure: Measure;
  /** The measures the table compares (both: the pane offers a switch). */
  readonly measures: readonly Measure[];
  readonly bars: readonly VarianceBar[];
  /** Clusters with a deviation left out to keep the chart readable. */
  readonly hidden: number;
}

export const MAX_PANE_BARS = 10;

/** `name` in at most `max` characters, cut at a word where one fits ("Informatisering en …"). */
export function shortName(name: string, max: number): string {
  if (name.length <= max) return name;
  const room = name.slice(0, max - 1);
  const space = room.lastIndexOf(' ');
  return `${(space >= max / 2 ? room.slice(0, space) : room).trimEnd()}…`;
}

/** Short names, the full name wherever two would read the same. */
export function uniqueShortNames(names: readonly string[], max: number): string[] {
  const short = names.map((n) => shortName(n, max));
  return short.map((s, i) => (short.indexOf(s) !== short.lastIndexOf(s) ? (names[i] ?? s) : s));
}

export function varianceBars(
  result: AnalysisResult,
  language: Language,
  palette: Palette = 'standard',
  direction: Partial<Record<Measure, ColourDirection>> = {},
  limit = MAX_PANE_BARS,
  wanted?: Measure,
): VarianceModel | null {
  const measures = (['costs', 'fte'] as const).filter((m) => result.clusters.some((c) => c[m]?.delta != null));
  const measure: Measure | undefined = wanted && measures.includes(wanted) ? wanted : measures[0];
  if (!measure) return null;
  const withDelta = result.clusters.filter((c) => c[measure]?.delta != null);
  const delta = (c: (typeof withDelta)[number]) => c[measure]?.delta ?? 0;
  const shown = [...withDelta]
    .sort((a, b) => Math.abs(delta(b)) - Math.abs(delta(a)) || a.row - b.row)
    .slice(0, limit)
    .sort((a, b) => delta(b) - delta(a) || a.row - b.row);
  const colours = TONE_COLOURS[palette];
  const way = direction[measure] ?? DEFAULT_DIRECTION[measure];
  const bars = shown.map((c): VarianceBar => {
    const value = delta(c);
    const tone: Tone = colourTone(c[measure]?.class ?? null, way);
    const label =
      measure === 'costs' ? formatEuro(value, language, { sign: true }) : formatFte(value, language, { sign: true });
    return { row: c.row, name: c.name, value, label, tone, judged: way !== 'neutral', colour: colours[tone].chart };
  });
  return { measure, measures, bars, hidden: withDelta.length - bars.length };
}
