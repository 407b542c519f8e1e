// Where the pane's variance chart draws each bar, its name and its value label, for the width
// the pane gives it. Each cluster gets its own row: the name on a line of its own above the bar
// (so a 320 px pane still gives the bars its full width), the bar from a shared zero line, and
// the value label beside the bar's end, outside the bar, so it reads on every tone's colour.
// Room for the widest label is kept on each side, so no label is ever clipped.
import { uniqueShortNames, type VarianceBar } from './variance-bars';

/** Pixel sizes the layout uses; the component styles its text with the same font sizes. */
export const CHART_FONT_PX = 12;
const NAME_LINE = 16;
const BAR_HEIGHT = 14;
const ROW_GAP = 8;
const LABEL_GAP = 4;
/** The focus ring around a row is drawn inside the chart's box, this far in. */
export const FOCUS_INSET = 1;
/** Names and labels keep this far from the chart's edges, clear of the focus ring. */
export const CHART_PADDING = FOCUS_INSET + 3;

/**
 * A character's width at 12 px, on the wide side: figures, "€" and capitals of the system fonts
 * the pane uses (Segoe UI, and Chromium's fallbacks on Linux) stay below it, so a label measured
 * with it never runs past the chart's edge. Real text is not measured because jsdom and the
 * first render have no layout to measure with.
 */
const CHAR_PX = 7.2;

/** The width the chart assumes before the pane has been measured (the content width at 320 px). */
export const DEFAULT_CHART_WIDTH = 288;

export interface PlacedBar {
  readonly bar: VarianceBar;
  readonly nameX: number;
  /** The name drawn above the bar: the full name, or cut at a word to fit ("Informatisering…"). */
  readonly shownName: string;
  readonly top: number;
  readonly nameBaseline: number;
  readonly barX: number;
  readonly barY: number;
  readonly barWidth: number;
  readonly barHeight: number;
  /** Where the label is anchored: its start right of a rise, its end left of a fall. */
  readonly labelX: number;
  readonly labelBaseline: number;
  readonly labelAnchor: 'start' | 'end';
  readonly rowHeight: number;
}

export interface ChartLayout {
  readonly width: number;
  readonly height: number;
  readonly zeroX: number;
  readonly bars: readonly PlacedBar[];
}

/** The label's estimated width in px. */
export function labelWidth(text: string): number {
  return Math.ceil(text.length * CHAR_PX);
}

/** The layout in a box `width` px wide; everything drawn stays inside it. */
export function layoutBars(bars: readonly VarianceBar[], width: number): ChartLayout {
  const inner = Math.max(width - 2 * CHART_PADDING, 0);
  const rises = bars.filter((b) => b.value >= 0);
  const falls = bars.filter((b) => b.value < 0);
  const leftRoom = falls.length > 0 ? Math.max(...falls.map((b) => labelWidth(b.label))) + LABEL_GAP : 0;
  const rightRoom = rises.length > 0 ? Math.max(...rises.map((b) => labelWidth(b.label))) + LABEL_GAP : 0;
  const most = rises.length > 0 ? Math.max(...rises.map((b) => b.value)) : 0;
  const least = falls.length > 0 ? Math.max(...falls.map((b) => -b.value)) : 0;
  const span = Math.max(inner - leftRoom - rightRoom, 0);
  const scale = most + least > 0 ? span / (most + least) : 0;
  const zeroX = CHART_PADDING + leftRoom + least * scale;
  const names = uniqueShortNames(
    bars.map((b) => b.name),
    Math.max(Math.floor(inner / CHAR_PX), 4),
  );
  const rowHeight = NAME_LINE + BAR_HEIGHT + ROW_GAP;
  const placed = bars.map((bar, i): PlacedBar => {
    const top = i * rowHeight;
    const length = Math.abs(bar.value) * scale;
    const barY = top + NAME_LINE + 2;
    const rise = bar.value >= 0;
    return {
      bar,
      nameX: CHART_PADDING,
      shownName: names[i] ?? bar.name,
      top,
      nameBaseline: top + CHART_FONT_PX + 1,
      barX: rise ? zeroX : zeroX - length,
      barY,
      barWidth: length,
      barHeight: BAR_HEIGHT,
      labelX: rise ? zeroX + length + LABEL_GAP : zeroX - length - LABEL_GAP,
      labelBaseline: barY + BAR_HEIGHT / 2 + CHART_FONT_PX * 0.35,
      labelAnchor: rise ? 'start' : 'end',
      rowHeight,
    };
  });
  return { width, height: bars.length * rowHeight, zeroX, bars: placed };
}
