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
};

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
