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
  /** The name as it fits beside a bar at 320 px (whole words, "…"); unique within the chart. */
  readonly shortName: string;
  readonly value: number;
  /** The value as the user reads it: "+€ 109.074", "−0,9 fte". */
  readonly label: string;
  readonly tone: Tone;
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

/** Characters of a cluster name beside a bar: the left margin at 320 px holds about this many. */
export const SHORT_NAME_CHARS = 16;

/** `name` in at most `max` characters, cut at a word where one fits ("Informatisering en …"). */
export function shortName(name: string, max = SHORT_NAME_CHARS): string {
  if (name.length <= max) return name;
  const room = name.slice(0, max - 1);
  const space = room.lastIndexOf(' ');
  return `${(space >= max / 2 ? room.slice(0, space) : room).trimEnd()}…`;
}

/** Short names, the full name wherever two would read the same. */
function uniqueShortNames(names: readonly string[]): string[] {
  const short = names.map((n) => shortName(n));
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
  const short = uniqueShortNames(shown.map((c) => c.name));
  const bars = shown.map((c, i): VarianceBar => {
    const value = delta(c);
    const tone: Tone = colourTone(c[measure]?.class ?? null, way);
    const label =
      measure === 'costs' ? formatEuro(value, language, { sign: true }) : formatFte(value, language, { sign: true });
    return { row: c.row, name: c.name, shortName: short[i] ?? c.name, value, label, tone, colour: colours[tone].chart };
  });
  return { measure, measures, bars, hidden: withDelta.length - bars.length };
}
