// The write plan: a declarative description of everything IJkpunt writes into a workbook —
// columns of live formulas beside the user's table, blocks of cells, defined names, number
// formats, conditional formats, charts, drop-downs and the ranges IJkpunt owns. Every study
// builds plans; both renderers (the add-in in the open workbook, and the .xlsx file) draw any
// plan without knowing which study made it, so the sheet and the file cannot drift apart.
//
// Every figure is a formula with invariant (English) function names; the plan also carries
// the engine's value for each cell, which renderers store as the cached result.
import type { Language, Warning } from '../engine/core';

export type PlanValue = number | string | null;

export interface PlanCell {
  /** 1-based sheet row. */
  readonly row: number;
  /** Without the leading "="; null for a plain value. */
  readonly formula: string | null;
  /** What the formula evaluates to, per the engine (the cached result). */
  readonly value: PlanValue;
}

export interface PlanColumn {
  /** What the column holds, named by the plan that made it (the benchmark's: `fte.delta`, …). */
  readonly key: string;
  readonly header: string;
  /** 0-based sheet column. */
  readonly col: number;
  readonly numberFormat: string | null;
  readonly cells: readonly PlanCell[];
}

export interface PlanBlockCell {
  readonly row: number;
  readonly col: number;
  readonly formula: string | null;
  readonly value: PlanValue;
  readonly numberFormat: string | null;
  readonly bold: boolean;
  /** Long text (a factsheet's paragraphs) wraps inside the cell. */
  readonly wrap?: boolean;
}

export interface PlanName {
  readonly name: string;
  /** Absolute reference on the plan's sheet, e.g. "$S$5". */
  readonly ref: string;
}

export type Tone = 'unfavourable' | 'favourable' | 'similar';

/** A series' colour in a stacked chart: a tone, or grey for "not enough data". */
export type SeriesTone = Tone | 'missing';

/** An in-cell drop-down: the cells of `range` accept one of `list`. */
export interface PlanValidation {
  readonly range: string;
  readonly list: readonly string[];
  /**
   * The cells on the plan's sheet that hold `list`, one item each ("$R$5:$R$10"). A typed list
   * is split on its commas, so a list whose items hold commas must come from cells.
   */
  readonly source?: string;
}

/** A column's width in characters (Excel's unit in the file; the add-in converts to points). */
export interface PlanWidth {
  readonly col: number;
  readonly chars: number;
}

/** One conditional format: cells of `range` whose formula (for the top-left cell) holds. */
export interface PlanConditionalFormat {
  readonly range: string;
  readonly formula: string;
  readonly tone: Tone;
  readonly priority: number;
}

/** One series of a chart: its values, and the header cell its name is read from. */
export interface PlanChartSeries {
  readonly name: string;
  /** The cell (A1 on the plan's sheet) that holds `name`: the legend follows it in the file. */
  readonly nameRef?: string;
  readonly values: string;
}

/**
 * A chart. Its colours are per series (`seriesTones`): the sheet's formulas put each bar into
 * the series of its tone, so the colour follows an edit with IJkpunt closed. The bar charts
 * draw their series with full overlap and their first category at the top.
 */
export interface PlanChart {
  /** `statusStacked`: one stacked bar per category, a series per status (cooperation criteria). */
  readonly kind: 'varianceBar' | 'percentBar' | 'ownVsNorm' | 'statusStacked';
  readonly title: string;
  /** Category labels and one or more value series, as A1 ranges on the plan's sheet. */
  readonly categories: string;
  readonly series: readonly PlanChartSeries[];
  /** Per-point tone, in category order (charts of earlier versions; new plans colour per series). */
  readonly pointTones: readonly Tone[];
  /** Per-series colour, in series order. */
  readonly seriesTones?: readonly SeriesTone[];
  /** Number format of the data labels (invariant codes, shown in the reader's locale); none: no labels. */
  readonly labelFormat?: string;
  /** Top-left anchor cell and size in columns × rows. */
  readonly anchor: string;
  readonly width: number;
  readonly height: number;
}

export interface WritePlan {
  readonly sheet: string;
  readonly language: Language;
  readonly headerRow: number;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly columns: readonly PlanColumn[];
  readonly names: readonly PlanName[];
  /** Every cell of the plan's blocks (beside or instead of its columns), in the order built. */
  readonly cells: readonly PlanBlockCell[];
  readonly conditionalFormats: readonly PlanConditionalFormat[];
  readonly charts: readonly PlanChart[];
  /** Every A1 range IJkpunt writes; a renderer refuses to write over anything else. */
  readonly owned: readonly string[];
  readonly warnings: readonly Warning[];
  /** The plan's sheet is IJkpunt's own (factsheet, template, comparison): created when missing. */
  readonly newSheet?: boolean;
  /**
   * Written for the user to take over (the criteria template): IJkpunt does not record these
   * cells as its own, so they are read as input afterwards and never cleared by a re-run.
   */
  readonly handOver?: boolean;
  readonly validations?: readonly PlanValidation[];
  readonly widths?: readonly PlanWidth[];
}

export const NUMBER_FORMATS = {
  fte: '0.0',
  fteDelta: '+0.0;-0.0;0.0',
  euro: '#,##0',
  euroDelta: '+#,##0;-#,##0;0',
  pct: '0%',
  pctDelta: '+0%;-0%;0%',
  /** Scores, MTO figures and weights: two decimals. */
  decimal: '0.00',
  decimalDelta: '+0.00;-0.00;0.00',
  share: '0.0%',
} as const;
