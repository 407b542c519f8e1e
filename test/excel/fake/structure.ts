// The user inserts or deletes whole columns or rows in the fake workbook, and everything that
// refers to cells moves as Excel moves it: cells with their formats, notes, drop-downs and
// wrapping; references in formulas, defined names, conditional formats, list sources and charts;
// Excel tables and column widths. Kept apart from fake-excel.ts (which is being split into
// modules) and reaching its workbook model through the FakeExcel's host: the only coupling is
// the model's shape, checked at run time.
//
// The rules, from Microsoft's documentation where it speaks:
//  * Inserting shifts the cells at and after the insertion point right (columns) or down (rows);
//    deleting removes the cells and shifts the rest left or up
//    (https://learn.microsoft.com/javascript/api/excel/excel.insertshiftdirection,
//    https://learn.microsoft.com/javascript/api/excel/excel.deleteshiftdirection).
//  * A reference before the insertion point stays, one at or after it moves, a range that spans
//    it grows; deleting shrinks a range, and a reference whose cells are all deleted becomes
//    #REF! — also in a defined name, which keeps existing as "=Sheet1!#REF!" ("How Excel
//    maintains cell and range names", Excel 2007 Formulas, https://flylib.com/books/en/3.427.1.43/1/;
//    a name's reference is its `formula`,
//    https://learn.microsoft.com/javascript/api/excel/excel.nameditem#excel-excel-nameditem-formula-member).
//  * Where the documentation is silent the fake is strict: a conditional format or a chart whose
//    every cell is deleted is removed, pushing a non-empty cell off the sheet is refused (Excel
//    says it would lose data), and only whole columns and rows are modelled (Range.insert of a
//    part of the sheet is not: the add-in never calls it).
import { columnIndex, columnLetters } from '../../../src/engine/core/address';
import type { FakeExcel } from './test-side';

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

type Axis = 'rows' | 'columns';

interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

interface CellLike {
  value: unknown;
  formula: string | null;
}

interface TargetLike {
  readonly sheet: SheetLike;
  readonly rect: Rect;
}

interface SheetLike {
  name: string;
  readonly cells: Map<number, CellLike>;
  readonly notes: Map<string, { cell: string; deleted: boolean }>;
  readonly tables: { rect: Rect; deleted: boolean }[];
  readonly charts: {
    source: Rect;
    sourceSheet: SheetLike;
    deleted: boolean;
    position: { startCell: string; endCell: string | null } | null;
    series: { values: TargetLike | null; xValues: TargetLike | null }[];
  }[];
  readonly conditionalFormats: { areas: Rect[]; formula: string | null; deleted: boolean }[];
  readonly validations: Map<number, { source: string; inCellDropDown: boolean }>;
  readonly columnWidths: Map<number, number>;
  readonly wrapped: Set<number>;
}

interface ModelLike {
  readonly sheets: SheetLike[];
  readonly names: Map<string, { formula: string }>;
  selection: TargetLike | null;
}

/** One structural change: `count` rows or columns inserted at (or deleted from) index `at` (0-based). */
interface Change {
  readonly sheet: SheetLike;
  readonly axis: Axis;
  readonly at: number;
  readonly count: number;
  readonly kind: 'insert' | 'delete';
}

function modelOf(fake: FakeExcel): ModelLike {
  const model: Partial<ModelLike> = fake.workbookModel as unknown as Partial<ModelLike>;
  if (!Array.isArray(model.sheets) || !(model.names instanceof Map))
    throw new Error('fake structure: the workbook model no longer has the shape ModelLike describes');
  return model as ModelLike;
}

function sheetOf(model: ModelLike, name: string): SheetLike {
  const sheet = model.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  if (!sheet) throw new Error(`fake: no sheet '${name}'`);
  return sheet;
}

/** The new index of one row or column index, or null when it was deleted. */
function moveIndex(change: Change, index: number): number | null {
  if (index < change.at) return index;
  if (change.kind === 'insert') return index + change.count;
  return index < change.at + change.count ? null : index - change.count;
}

/** The new span of [from, to] on the change's axis: grown, shrunk, moved, or null when all of it went. */
function moveSpan(change: Change, from: number, to: number): [number, number] | null {
  if (change.kind === 'insert') {
    return [from >= change.at ? from + change.count : from, to >= change.at ? to + change.count : to];
  }
  const end = change.at + change.count - 1;
  const first = from < change.at ? from : from > end ? from - change.count : change.at;
  const last = to < change.at ? to : to > end ? to - change.count : change.at - 1;
  return last < first ? null : [first, last];
}

function moveRect(change: Change, rect: Rect): Rect | null {
  if (change.axis === 'columns') {
    const span = moveSpan(change, rect.left, rect.right);
    return span ? { ...rect, left: span[0], right: span[1] } : null;
  }
  const span = moveSpan(change, rect.top, rect.bottom);
  return span ? { ...rect, top: span[0], bottom: span[1] } : null;
}

function moveCell(change: Change, row: number, col: number): { row: number; col: number } | null {
  if (change.axis === 'columns') {
    const moved = moveIndex(change, col);
    return moved === null ? null : { row, col: moved };
  }
  const moved = moveIndex(change, row);
  return moved === null ? null : { row: moved, col };
}

const key = (row: number, col: number) => row * MAX_COLUMNS + col;
const unkey = (k: number) => ({ row: Math.floor(k / MAX_COLUMNS), col: k % MAX_COLUMNS });

function moveKeyed<V>(change: Change, map: Map<number, V>): void {
  const entries = [...map];
  map.clear();
  for (const [k, value] of entries) {
    const { row, col } = unkey(k);
    const to = moveCell(change, row, col);
    if (to) map.set(key(to.row, to.col), value);
  }
}

/* ───── references in formulas ───── */

const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d{1,7}`;
const SHEET_PREFIX = String.raw`(?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!`;
const REFERENCE = new RegExp(String.raw`(?<![\w.$'])(${SHEET_PREFIX})?(${CELL})(?::(${CELL}))?(?![\w(!])`, 'g');

function parsePoint(text: string): { row: number; col: number; colAbs: boolean; rowAbs: boolean } {
  const m = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/.exec(text);
  if (!m?.[2] || !m[4]) throw new Error(`fake structure: not a cell: ${text}`);
  return { col: columnIndex(m[2]), row: Number(m[4]) - 1, colAbs: m[1] === '$', rowAbs: m[3] === '$' };
}

function pointText(p: { colAbs: boolean; rowAbs: boolean }, row: number, col: number): string {
  return `${p.colAbs ? '$' : ''}${columnLetters(col)}${p.rowAbs ? '$' : ''}${row + 1}`;
}

function prefixSheet(prefix: string): string {
  const raw = prefix.slice(0, -1);
  return raw.startsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
}

/** One reference moved by the change: the same text with new cells, or "#REF!" when its cells are gone. */
function moveReference(change: Change, first: string, second: string | undefined): string {
  const a = parsePoint(first);
  const b = second ? parsePoint(second) : a;
  const rect = moveRect(change, {
    top: Math.min(a.row, b.row),
    bottom: Math.max(a.row, b.row),
    left: Math.min(a.col, b.col),
    right: Math.max(a.col, b.col),
  });
  if (!rect) return '#REF!';
  if (!second) return pointText(a, rect.top, rect.left);
  return `${pointText(a, rect.top, rect.left)}:${pointText(b, rect.bottom, rect.right)}`;
}

/**
 * `formula` with its references to the changed sheet moved; `home` is the sheet the formula is
 * on (null for a defined name: only prefixed references count). Text in double quotes stays.
 */
function moveFormula(change: Change, formula: string, home: SheetLike | null): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(REFERENCE, (whole, prefix: string | undefined, first: string, second: string | undefined) => {
            const target = prefix ? prefixSheet(prefix).toLowerCase() : home?.name.toLowerCase();
            if (target !== change.sheet.name.toLowerCase()) return whole;
            return `${prefix ?? ''}${moveReference(change, first, second)}`;
          }),
    )
    .join('');
}

/* ───── the change ───── */

function refuseLoss(change: Change): void {
  if (change.kind !== 'insert') return;
  const limit = change.axis === 'columns' ? MAX_COLUMNS : MAX_ROWS;
  for (const k of change.sheet.cells.keys()) {
    const { row, col } = unkey(k);
    const index = change.axis === 'columns' ? col : row;
    if (index >= limit - change.count)
      throw new Error(`fake: inserting would push ${columnLetters(col)}${row + 1} off the sheet (Excel refuses)`);
  }
}

function applyChange(model: ModelLike, change: Change): void {
  refuseLoss(change);
  const sheet = change.sheet;
  moveKeyed(change, sheet.cells);
  moveKeyed(change, sheet.validations);
  const wrapped = new Map([...sheet.wrapped].map((k) => [k, true] as const));
  moveKeyed(change, wrapped);
  sheet.wrapped.clear();
  for (const k of wrapped.keys()) sheet.wrapped.add(k);
  if (change.axis === 'columns') {
    const widths = [...sheet.columnWidths];
    sheet.columnWidths.clear();
    for (const [col, width] of widths) {
      const to = moveIndex(change, col);
      if (to !== null) sheet.columnWidths.set(to, width);
    }
  }
  moveNotes(change, sheet);
  for (const each of model.sheets) {
    for (const cell of each.cells.values()) if (cell.formula) cell.formula = moveFormula(change, cell.formula, each);
    for (const [k, rule] of each.validations)
      if (rule.source.startsWith('='))
        each.validations.set(k, { ...rule, source: moveFormula(change, rule.source, each) });
    moveCharts(change, each);
  }
  for (const item of model.names.values()) item.formula = moveFormula(change, item.formula, null);
  for (const format of sheet.conditionalFormats) {
    format.areas = format.areas.map((area) => moveRect(change, area)).filter((a): a is Rect => a !== null);
    if (format.formula) format.formula = moveFormula(change, format.formula, sheet);
    if (format.areas.length === 0) format.deleted = true;
  }
  removeDeleted(sheet.conditionalFormats);
  for (const table of sheet.tables) {
    const rect = moveRect(change, table.rect);
    if (rect) table.rect = rect;
    else table.deleted = true;
  }
  removeDeleted(sheet.tables);
  const selection = model.selection;
  if (selection && selection.sheet === sheet) {
    const rect = moveRect(change, selection.rect) ?? selection.rect;
    model.selection = { sheet, rect };
  }
}

function removeDeleted<T extends { deleted: boolean }>(list: T[]): void {
  for (let i = list.length - 1; i >= 0; i -= 1) if (list[i]?.deleted) list.splice(i, 1);
}

function moveNotes(change: Change, sheet: SheetLike): void {
  const notes = [...sheet.notes.values()];
  sheet.notes.clear();
  for (const note of notes) {
    const at = parsePoint(note.cell);
    const to = moveCell(change, at.row, at.col);
    if (!to) continue;
    note.cell = `${columnLetters(to.col)}${to.row + 1}`;
    sheet.notes.set(note.cell, note);
  }
}

function moveTarget(change: Change, target: TargetLike | null): TargetLike | null {
  if (!target || target.sheet !== change.sheet) return target;
  const rect = moveRect(change, target.rect);
  return rect ? { sheet: target.sheet, rect } : null;
}

/** Charts keep to their data (series ranges move like references) and float with their cells. */
function moveCharts(change: Change, sheet: SheetLike): void {
  for (const chart of sheet.charts) {
    if (chart.sourceSheet === change.sheet) {
      const source = moveRect(change, chart.source);
      if (source) chart.source = source;
      else chart.deleted = true;
    }
    for (const series of chart.series) {
      series.values = moveTarget(change, series.values);
      series.xValues = moveTarget(change, series.xValues);
    }
    if (sheet === change.sheet && chart.position) {
      const start = parsePoint(chart.position.startCell);
      const to = moveCell(change, start.row, start.col) ?? start;
      chart.position = { ...chart.position, startCell: `${columnLetters(to.col)}${to.row + 1}` };
    }
  }
  removeDeleted(sheet.charts);
}

/** "C" or "C:D" → first index and count; "5" or "5:7" for rows (1-based in the text). */
function spanOf(axis: Axis, text: string): { at: number; count: number } {
  const [from, to = from] = text.split(':');
  const index = (part: string | undefined) =>
    axis === 'columns' ? columnIndex((part ?? '').replace(/\$/g, '')) : Number((part ?? '').replace(/\$/g, '')) - 1;
  const a = index(from);
  const b = index(to);
  if (!Number.isInteger(a) || !Number.isInteger(b) || a < 0 || b < a)
    throw new Error(`fake: not a ${axis === 'columns' ? 'column' : 'row'} span: ${text}`);
  return { at: a, count: b - a + 1 };
}

/** One structural edit by the user, as Excel's ribbon does it on whole columns or rows. */
function userChange(fake: FakeExcel, sheetName: string, axis: Axis, kind: Change['kind'], span: string): void {
  const model = modelOf(fake);
  applyChange(model, { sheet: sheetOf(model, sheetName), axis, kind, ...spanOf(axis, span) });
}

/** The user inserts whole columns before `columns` ("C" or "C:D"): what was there moves right. */
export function insertColumns(fake: FakeExcel, sheetName: string, columns: string): void {
  userChange(fake, sheetName, 'columns', 'insert', columns);
}

/** The user deletes whole columns ("C" or "C:D"): what was right of them moves left. */
export function deleteColumns(fake: FakeExcel, sheetName: string, columns: string): void {
  userChange(fake, sheetName, 'columns', 'delete', columns);
}

/** The user inserts whole rows before `rows` ("5" or "5:6"): what was there moves down. */
export function insertRows(fake: FakeExcel, sheetName: string, rows: string): void {
  userChange(fake, sheetName, 'rows', 'insert', rows);
}

/** The user deletes whole rows ("5" or "5:6"): what was below moves up. */
export function deleteRows(fake: FakeExcel, sheetName: string, rows: string): void {
  userChange(fake, sheetName, 'rows', 'delete', rows);
}
