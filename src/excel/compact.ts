// The write plan in the form Office.js writes fastest and the workbook can remember: per
// column the runs of rows that share one R1C1 formula (one scalar write per run, whatever the
// number of rows), plain values only where they differ per row (the category column). The
// same form is kept in the workbook's settings so a later run, or undo, can redraw it exactly.
import { a1, columnLetters, type RangeBox } from '../engine/core';
import type { PlanColumn, PlanValue, WritePlan } from '../plan';
import { toR1C1 } from '../engine/core';
import type { OwnedColumn } from './ownership';

export interface FormulaRun {
  /** 1-based first and last sheet row. */
  readonly from: number;
  readonly to: number;
  readonly r1c1: string;
}

export type CompactColumn = Pick<PlanColumn, 'header' | 'col' | 'numberFormat'> & {
  readonly runs: readonly FormulaRun[];
  /** Plain values per row from the first data row (only for columns without formulas). */
  readonly values: readonly PlanValue[] | null;
};

/**
 * A write plan as the workbook's settings keep it (version 1): the plan's own fields under
 * their own names, its columns as formula runs. A sheet written by an earlier version is read
 * back with this same shape, so the field names stay as they are.
 */
export type CompactPlan = Pick<
  WritePlan,
  | 'sheet'
  | 'headerRow'
  | 'firstRow'
  | 'lastRow'
  | 'cells'
  | 'names'
  | 'conditionalFormats'
  | 'charts'
  | 'owned'
  | 'validations'
  | 'widths'
> & {
  readonly version: 1;
  readonly columns: readonly CompactColumn[];
  /**
   * The Excel table whose new columns IJkpunt's columns are (absent: an adjacent block). Its
   * own columns end just left of the first plan column.
   */
  readonly excelTable?: { readonly name: string } | null;
  /** A defined name per owned column, so the output is found again where the user moved it (ownership.ts). */
  readonly ownership?: readonly OwnedColumn[];
  /**
   * Where the block cells hold formulas (A1 boxes), kept in the stored state when the cells
   * themselves are not (state.ts), so a value typed over one is still noticed in a later session.
   */
  readonly formulaAreas?: readonly string[];
};

/** The formula cells of a plan's blocks as few boxes: runs per row, equal runs on adjacent rows merged. */
export function formulaAreasOf(cells: CompactPlan['cells']): string[] {
  const rows = new Map<number, number[]>();
  for (const cell of cells) if (cell.formula) rows.set(cell.row, [...(rows.get(cell.row) ?? []), cell.col]);
  const runs: RangeBox[] = [];
  for (const [row, cols] of [...rows].sort(([a], [b]) => a - b)) {
    const sorted = [...cols].sort((a, b) => a - b);
    for (let i = 0; i < sorted.length;) {
      let j = i;
      while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j += 1;
      const left = sorted[i] ?? 0;
      const right = sorted[j] ?? 0;
      const above = runs.find((r) => r.bottom === row - 1 && r.left === left && r.right === right);
      if (above) runs[runs.indexOf(above)] = { ...above, bottom: row };
      else runs.push({ top: row, bottom: row, left, right });
      i = j + 1;
    }
  }
  return runs.map((r) => `${a1(r.left, r.top)}:${a1(r.right, r.bottom)}`);
}

export function compactPlan(plan: WritePlan, excelTable: string | null = null): CompactPlan {
  const columns = plan.columns.map((column): CompactColumn => {
    const hasFormulas = column.cells.some((c) => c.formula !== null);
    if (!hasFormulas) {
      return {
        header: column.header,
        col: column.col,
        numberFormat: column.numberFormat,
        runs: [],
        values: column.cells.map((c) => c.value ?? ''),
      };
    }
    const runs: FormulaRun[] = [];
    for (const cell of column.cells) {
      if (cell.formula === null) continue;
      const r1c1 = `=${toR1C1(cell.formula, cell.row, column.col)}`;
      const last = runs[runs.length - 1];
      if (last && last.to === cell.row - 1 && last.r1c1 === r1c1) {
        runs[runs.length - 1] = { ...last, to: cell.row };
      } else {
        runs.push({ from: cell.row, to: cell.row, r1c1 });
      }
    }
    return { header: column.header, col: column.col, numberFormat: column.numberFormat, runs, values: null };
  });
  return {
    version: 1,
    sheet: plan.sheet,
    headerRow: plan.headerRow,
    firstRow: plan.firstRow,
    lastRow: plan.lastRow,
    columns,
    cells: plan.cells,
    names: plan.names,
    conditionalFormats: plan.conditionalFormats,
    charts: plan.charts,
    owned: plan.owned,
    excelTable: excelTable === null ? null : { name: excelTable },
    ...(plan.validations ? { validations: plan.validations } : {}),
    ...(plan.widths ? { widths: plan.widths } : {}),
  };
}

export function columnRange(col: number, from: number, to: number): string {
  return `${columnLetters(col)}${from}:${columnLetters(col)}${to}`;
}

export function cellAddress(cell: { row: number; col: number }): string {
  return a1(cell.col, cell.row);
}

/** Where a loaded range (rowIndex, columnIndex, rowCount, columnCount) lies on its sheet. */
export function rangeBox(range: Excel.Range): RangeBox {
  return {
    top: range.rowIndex + 1,
    bottom: range.rowIndex + range.rowCount,
    left: range.columnIndex,
    right: range.columnIndex + range.columnCount - 1,
  };
}
