// Small pieces every study's write plan is built from (benchmark, criteria, year comparison,
// desired formation, factsheets): block cells, Excel string literals, cross-sheet references
// and the ranges a plan owns. Where the parts go is layout.ts's.
import { a1 } from '../engine/core';
import type { PlanBlockCell, PlanColumn, PlanValue, WritePlan } from './format';
import type { Language, Warning } from '../engine/core';

/** A plain value (text or number) in a block. */
export function valueCell(
  row: number,
  col: number,
  value: PlanValue,
  style: { numberFormat?: string | null; bold?: boolean; wrap?: boolean } = {},
): PlanBlockCell {
  return {
    row,
    col,
    formula: null,
    value,
    numberFormat: style.numberFormat ?? null,
    bold: style.bold ?? false,
    ...(style.wrap ? { wrap: true } : {}),
  };
}

/** A formula (without "=") and the engine's value for it. */
export function formulaCell(
  row: number,
  col: number,
  formula: string,
  value: PlanValue,
  style: { numberFormat?: string | null; bold?: boolean; wrap?: boolean } = {},
): PlanBlockCell {
  return { ...valueCell(row, col, value, style), formula };
}

/** A text literal inside a formula: "Sociaal ""domein""". */
export function excelString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Excel's longest sheet name. */
export const MAX_SHEET_NAME = 31;

/** `text` without the characters Excel refuses in a sheet name (: \\ / ? * [ ]), spaces collapsed. */
export function sheetNamePart(text: string): string {
  return text
    .replace(/[:\\/?*[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A sheet name as formulas quote it: 'Benchmark 2017'. Always quoted, which is always valid. */
export function quotedSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** A reference to a cell on another sheet: 'Criteria'!$H$5 (absolute, so copies keep pointing). */
export function sheetRef(sheet: string, col: number, row: number): string {
  return `${quotedSheet(sheet)}!${a1(col, row).replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2')}`;
}

/** The smallest rectangle holding every cell, as an A1 range; null for no cells. */
export function boundingRange(cells: readonly { readonly row: number; readonly col: number }[]): string | null {
  if (cells.length === 0) return null;
  let top = Infinity;
  let bottom = -Infinity;
  let left = Infinity;
  let right = -Infinity;
  for (const { row, col } of cells) {
    top = Math.min(top, row);
    bottom = Math.max(bottom, row);
    left = Math.min(left, col);
    right = Math.max(right, col);
  }
  return `${a1(left, top)}:${a1(right, bottom)}`;
}

/** Every cell a column writes: its header and its rows. */
export function columnCells(column: PlanColumn, headerRow: number): { row: number; col: number }[] {
  return [{ row: headerRow, col: column.col }, ...column.cells.map((c) => ({ row: c.row, col: column.col }))];
}

export interface BlockPlanInput {
  readonly sheet: string;
  readonly language: Language;
  readonly cells: readonly PlanBlockCell[];
  readonly columns?: readonly PlanColumn[];
  /** Header row of `columns` (the input table's). */
  readonly headerRow?: number;
  readonly warnings?: readonly Warning[];
  readonly newSheet?: boolean;
  readonly handOver?: boolean;
  readonly extra?: Partial<Pick<WritePlan, 'names' | 'conditionalFormats' | 'charts' | 'validations' | 'widths'>>;
}

/**
 * A plan made of block cells (and optionally columns beside a table): owns the bounding
 * rectangle of its columns and of its block, so a re-run replaces exactly what it wrote.
 */
export function blockPlan(input: BlockPlanInput): WritePlan {
  const columns = input.columns ?? [];
  const headerRow = input.headerRow ?? input.cells[0]?.row ?? 1;
  const rows = columns.flatMap((c) => c.cells.map((cell) => cell.row));
  const owned = [boundingRange(columns.flatMap((c) => columnCells(c, headerRow))), boundingRange(input.cells)].filter(
    (r): r is string => r !== null,
  );
  return {
    sheet: input.sheet,
    language: input.language,
    headerRow,
    firstRow: rows.length > 0 ? Math.min(...rows) : headerRow + 1,
    lastRow: rows.length > 0 ? Math.max(...rows) : headerRow + 1,
    columns,
    names: input.extra?.names ?? [],
    cells: input.cells,
    conditionalFormats: input.extra?.conditionalFormats ?? [],
    charts: input.extra?.charts ?? [],
    owned,
    warnings: input.warnings ?? [],
    ...(input.newSheet ? { newSheet: true } : {}),
    ...(input.handOver ? { handOver: true } : {}),
    ...(input.extra?.validations ? { validations: input.extra.validations } : {}),
    ...(input.extra?.widths ? { widths: input.extra.widths } : {}),
  };
}

/**
 * `text` as one flat string. V8 keeps a string built by concatenation as a tree of its pieces,
 * half as large again as its characters; a 200 000-row plan holds a million formulas. Reading
 * a character flattens the tree in place, and its pieces become garbage.
 */
export function flatText(text: string): string {
  if (text.length > 0 && text.charCodeAt(0) < 0) throw new Error('unreachable'); // the read is the point
  return text;
}
