// Columns that belong to the advisor, which the task pane writes at the advisor's request:
// explanations per cluster (the table's Toelichting column, created at the table's right edge
// when there is none) and a saved what-if scenario (a new column beside the table, never over
// the original numbers). They become part of the input, so IJkpunt's own columns move right.
import { a1, gridOrigin } from '../core';
import { analyseTable, type TableOutcome } from './analyse';
import { benchmarkTexts } from '../../i18n/benchmark';
import type { PreparedTable } from './table';
import type { AnalysisOptions } from './types';
import type { CellGrid, CellValue, FatalError, Language } from '../core';

export interface NoteEdit {
  /** 1-based sheet row of the cluster. */
  readonly row: number;
  readonly text: string;
  /** What the pane showed for this cluster: the cell must still hold it. */
  readonly previous: string | null;
}

export interface ScenarioColumn {
  readonly name: string;
  /** Scenario fte per cluster row. */
  readonly values: readonly { readonly row: number; readonly value: number | null }[];
}

export interface UserColumns {
  readonly notes?: readonly NoteEdit[];
  readonly scenario?: ScenarioColumn;
}

export interface CellWrite {
  /** 1-based sheet row, 0-based sheet column. */
  readonly row: number;
  readonly col: number;
  readonly value: string | number | null;
  /** The content the cell must have now for the write to go ahead. */
  readonly expect: 'blank' | { readonly text: string };
}

/** The cells to write for `request`, next to (or in) the prepared table. */
export function userColumnWrites(table: PreparedTable, request: UserColumns, language: Language): CellWrite[] {
  const h = benchmarkTexts(language).advisorColumns;
  const writes: CellWrite[] = [];
  let next = table.lastColumn + 1;
  const notes = request.notes ?? [];
  if (notes.length > 0) {
    const existing = table.roleColumns.note;
    const col = existing ?? next;
    if (existing === undefined) {
      next += 1;
      writes.push({ row: table.headerRow, col, value: h.note, expect: 'blank' });
    }
    for (const note of notes) {
      const text = note.text.trim();
      const expect = existing === undefined ? 'blank' : { text: note.previous ?? '' };
      writes.push({ row: note.row, col, value: text === '' ? null : text, expect });
    }
  }
  if (request.scenario) {
    const col = next;
    writes.push({ row: table.headerRow, col, value: h.scenario(request.scenario.name), expect: 'blank' });
    for (const cell of request.scenario.values) writes.push({ row: cell.row, col, value: cell.value, expect: 'blank' });
  }
  return writes;
}

function text(value: CellValue | undefined): string {
  if (value === null || value === undefined || typeof value === 'object') return '';
  return String(value).trim();
}

/** Addresses of writes whose cell no longer holds what the pane expected: nothing may be written. */
export function userColumnConflicts(grid: CellGrid, writes: readonly CellWrite[]): string[] {
  const origin = gridOrigin(grid);
  return writes
    .filter((w) => {
      const now = text(grid.cells[w.row - origin.row]?.[w.col - origin.col]);
      return w.expect === 'blank' ? now !== '' : now !== w.expect.text.trim();
    })
    .map((w) => a1(w.col, w.row));
}

/** The grid as it will be once `writes` are in the sheet; it grows to hold them. */
export function withWrites(grid: CellGrid, writes: readonly CellWrite[]): CellGrid {
  if (writes.length === 0) return grid;
  const origin = gridOrigin(grid);
  const bottom = Math.max(origin.row + grid.cells.length - 1, ...writes.map((w) => w.row));
  const width = Math.max(...grid.cells.map((r) => r.length), 0, ...writes.map((w) => w.col - origin.col + 1));
  const cells: CellValue[][] = [];
  for (let row = origin.row; row <= bottom; row += 1) {
    const source = grid.cells[row - origin.row] ?? [];
    cells.push(Array.from({ length: width }, (_, c) => source[c] ?? null));
  }
  for (const w of writes) {
    const line = cells[w.row - origin.row];
    if (line && w.row >= origin.row && w.col >= origin.col) line[w.col - origin.col] = w.value;
  }
  return { ...grid, cells };
}

export type ColumnsOutcome =
  | {
      readonly kind: 'ok';
      readonly outcome: Extract<TableOutcome, { ok: true }>;
      /** The table grid with the advisor's columns in it. */
      readonly grid: CellGrid;
      readonly writes: readonly CellWrite[];
    }
  | ({ readonly kind: 'fatal' } & FatalError)
  | { readonly kind: 'changed'; readonly cells: readonly string[] };

/**
 * Analyses `table` as it will be once the advisor's columns are written: they are input, so
 * the analysis runs again with them in place (IJkpunt's own columns then start right of them).
 */
export function analyseWithColumns(
  table: CellGrid,
  sheet: CellGrid,
  options: AnalysisOptions,
  request: UserColumns | undefined,
): ColumnsOutcome {
  const first = analyseTable({ table, sheet }, options);
  if (!first.ok) return { kind: 'fatal', fatal: true, cell: first.cell, message: first.message };
  const writes = request ? userColumnWrites(first.table, request, options.language ?? 'nl') : [];
  if (writes.length === 0) return { kind: 'ok', outcome: first, grid: table, writes };
  const changed = userColumnConflicts(sheet, writes);
  if (changed.length > 0) return { kind: 'changed', cells: changed };
  const grid = withWrites(table, writes);
  const outcome = analyseTable({ table: grid, sheet: withWrites(sheet, writes) }, options);
  if (!outcome.ok) return { kind: 'fatal', fatal: true, cell: outcome.cell, message: outcome.message };
  return { kind: 'ok', outcome, grid, writes };
}
