// A1 addresses and rectangles of cells: parsing, naming and the geometry the fake needs.

import { columnIndex, columnLetters } from '../../../src/engine/core/address';

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A rectangle of cells, 0-based and inclusive. */
export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export function parseCell(text: string): { row: number; col: number } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(text.trim());
  if (!match?.[1] || !match[2]) return null;
  const row = Number(match[2]) - 1;
  const col = columnIndex(match[1]);
  return row >= 0 && row < MAX_ROWS && col < MAX_COLUMNS ? { row, col } : null;
}

export function parseRect(text: string): Rect | null {
  const parts = text.split(':');
  if (parts.length > 2) return null;
  const a = parseCell(parts[0] ?? '');
  const b = parseCell(parts[1] ?? parts[0] ?? '');
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

export function cellName(row: number, col: number, absolute = false): string {
  const $ = absolute ? '$' : '';
  return `${$}${columnLetters(col)}${$}${row + 1}`;
}

/** "A1" for one cell, "A1:B2" otherwise; with `absolute`, "$A$1:$B$2". */
export function rectAddress(rect: Rect, absolute = false): string {
  const first = cellName(rect.top, rect.left, absolute);
  return rect.top === rect.bottom && rect.left === rect.right
    ? first
    : `${first}:${cellName(rect.bottom, rect.right, absolute)}`;
}

/** Sheet names Excel writes without quotes: a plain identifier that is not a cell reference. */
export function quoteSheet(name: string): string {
  const plain =
    /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^(R\d*)?(C\d*)?$/i.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export function splitSheet(address: string): { sheet: string | null; local: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { sheet: null, local: address };
  const raw = address.slice(0, bang);
  const sheet = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  return { sheet, local: address.slice(bang + 1) };
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/** `rect` minus `cut`: up to four rectangles. */
export function subtract(rect: Rect, cut: Rect): Rect[] {
  if (!intersects(rect, cut)) return [rect];
  const parts: Rect[] = [];
  if (rect.top < cut.top) parts.push({ ...rect, bottom: cut.top - 1 });
  if (rect.bottom > cut.bottom) parts.push({ ...rect, top: cut.bottom + 1 });
  const top = Math.max(rect.top, cut.top);
  const bottom = Math.min(rect.bottom, cut.bottom);
  if (rect.left < cut.left) parts.push({ top, bottom, left: rect.left, right: cut.left - 1 });
  if (rect.right > cut.right) parts.push({ top, bottom, left: cut.right + 1, right: rect.right });
  return parts;
}

export function rectSize(rect: Rect): { rows: number; cols: number } {
  return { rows: rect.bottom - rect.top + 1, cols: rect.right - rect.left + 1 };
}

export function insideGrid(rect: Rect): boolean {
  return rect.top >= 0 && rect.left >= 0 && rect.bottom < MAX_ROWS && rect.right < MAX_COLUMNS;
}
