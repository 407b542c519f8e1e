// A typed in-memory stand-in for the part of the Excel JavaScript API that src/excel/ uses. It keeps
// Excel's proxy/batch model, so a test fails where real Excel would:
//  * Proxies hold no data. A property is readable only once the sync that fulfils its load() has
//    completed (or after the code assigned it itself, as in Office.js); otherwise PropertyNotLoaded.
//    Stricter than Office.js: a second load() makes the old value unreadable until its sync.
//  * Writes, method calls and loads are queued and run in order at context.sync(): a load sees the
//    writes queued before it. An operation that fails rejects the sync after the earlier
//    operations of that batch were applied, as in Excel; loads of a failed batch stay unreadable;
//    fake.failOnSync(n) rejects the n-th sync applying nothing (a rejected request).
//  * Calling a method or setting a property on a null object (…OrNullObject) fails the batch.
//  * Every sync is counted and its queued operations are measured as JSON (fake.requests).
//  * Features above the host's ExcelApi version fail the batch with ApiNotFound.
//  * Members the fake does not model throw "not implemented in fake: …" rather than silently
//    accepting a write to a property real Excel would interpret.
// Formulas are stored, never evaluated: tests evaluate fake.sheetFormulas with HyperFormula.

import { columnIndex, columnLetters } from '../../src/engine/core/address';
import {
  formulaOfEntry,
  jsonBytes,
  PAYLOAD_LIMIT_BYTES,
  SETTINGS_LIMIT_BYTES,
  typedListItems,
  validDefinedName,
} from './fake-rules';
import { CustomXmlModel, FakeCustomXmlPartCollection } from './fake-custom-xml';

/* ───────────────────────────── errors ───────────────────────────── */

/** Shaped like OfficeExtension.Error: `code`, `debugInfo`, and the code in the message. */
export class FakeExcelError extends Error {
  readonly code: string;
  readonly debugInfo: { readonly code: string; readonly message: string; readonly errorLocation?: string };

  constructor(code: string, message: string, errorLocation?: string) {
    super(`${code}: ${message}`);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = errorLocation === undefined ? { code, message } : { code, message, errorLocation };
  }
}

function notImplemented(what: string): never {
  throw new Error(`not implemented in fake: ${what}`);
}

function invalidArgument(message: string, location?: string): FakeExcelError {
  return new FakeExcelError('InvalidArgument', message, location);
}

function itemNotFound(message: string, location?: string): FakeExcelError {
  return new FakeExcelError('ItemNotFound', message, location);
}

function propertyNotLoaded(typeName: string, property: string): FakeExcelError {
  return new FakeExcelError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${typeName}.${property}`,
  );
}

const DIMENSION_MISMATCH =
  "The number of rows or columns in the input array doesn't match the size or dimensions of the range.";

/* ───────────────────────────── addresses ───────────────────────────── */

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

/** A rectangle of cells, 0-based and inclusive. */
interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

function parseCell(text: string): { row: number; col: number } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(text.trim());
  if (!match?.[1] || !match[2]) return null;
  const row = Number(match[2]) - 1;
  const col = columnIndex(match[1]);
  return row >= 0 && row < MAX_ROWS && col < MAX_COLUMNS ? { row, col } : null;
}

function parseRect(text: string): Rect | null {
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

function cellName(row: number, col: number, absolute = false): string {
  const $ = absolute ? '$' : '';
  return `${$}${columnLetters(col)}${$}${row + 1}`;
}

/** "A1" for one cell, "A1:B2" otherwise; with `absolute`, "$A$1:$B$2". */
function rectAddress(rect: Rect, absolute = false): string {
  const first = cellName(rect.top, rect.left, absolute);
  return rect.top === rect.bottom && rect.left === rect.right
    ? first
    : `${first}:${cellName(rect.bottom, rect.right, absolute)}`;
}

/** Sheet names Excel writes without quotes: a plain identifier that is not a cell reference. */
function quoteSheet(name: string): string {
  const plain =
    /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^(R\d*)?(C\d*)?$/i.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

function splitSheet(address: string): { sheet: string | null; local: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { sheet: null, local: address };
  const raw = address.slice(0, bang);
  const sheet = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  return { sheet, local: address.slice(bang + 1) };
}

function intersects(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/** `rect` minus `cut`: up to four rectangles. */
function subtract(rect: Rect, cut: Rect): Rect[] {
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

function rectSize(rect: Rect): { rows: number; cols: number } {
  return { rows: rect.bottom - rect.top + 1, cols: rect.right - rect.left + 1 };
}

function insideGrid(rect: Rect): boolean {
  return rect.top >= 0 && rect.left >= 0 && rect.bottom < MAX_ROWS && rect.right < MAX_COLUMNS;
}

/* ───────────────────────────── formula references ───────────────────────────── */

const WORD_CHAR = /[\p{L}\p{N}_.\\?$]/u;

interface FormulaToken {
  readonly ref: boolean;
  readonly text: string;
}

function isWordChar(ch: string): boolean {
  return ch !== '' && WORD_CHAR.test(ch);
}

/** Index just after the quote that closes the one at `start` (doubled quotes are escapes). */
function closingQuote(formula: string, start: number): number {
  const quote = formula.charAt(start);
  let i = start + 1;
  while (i < formula.length) {
    if (formula.charAt(i) === quote) {
      if (formula.charAt(i + 1) !== quote) return i + 1;
      i += 2;
    } else {
      i += 1;
    }
  }
  return formula.length;
}

function closingBracket(formula: string, start: number): number {
  let depth = 0;
  for (let i = start; i < formula.length; i += 1) {
    if (formula.charAt(i) === '[') depth += 1;
    if (formula.charAt(i) === ']') depth -= 1;
    if (depth === 0) return i + 1;
  }
  return formula.length;
}

/**
 * Splits a formula into references (matched by the sticky `reference` at the start of a word)
 * and everything else: string literals, quoted sheet names, function and defined names,
 * structured references, numbers and operators are passed through untouched.
 */
function tokenize(formula: string, reference: RegExp): FormulaToken[] {
  const tokens: FormulaToken[] = [];
  let plain = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula.charAt(i);
    if (ch === '"' || ch === "'") {
      const end = closingQuote(formula, i);
      plain += formula.slice(i, end);
      i = end;
      continue;
    }
    if (!isWordChar(ch)) {
      plain += ch;
      i += 1;
      continue;
    }
    reference.lastIndex = i;
    const match = reference.exec(formula);
    const length = match?.[0].length ?? 0;
    const after = formula.charAt(i + length);
    if (length > 0 && !isWordChar(after) && after !== '(' && after !== '[' && after !== '!') {
      if (plain !== '') tokens.push({ ref: false, text: plain });
      plain = '';
      tokens.push({ ref: true, text: formula.slice(i, i + length) });
      i += length;
      continue;
    }
    let end = i;
    while (end < formula.length && isWordChar(formula.charAt(end))) end += 1;
    if (formula.charAt(end) === '[') end = closingBracket(formula, end);
    plain += formula.slice(i, end);
    i = end;
  }
  if (plain !== '') tokens.push({ ref: false, text: plain });
  return tokens;
}

function anchorOf(anchor: string): { row: number; col: number } {
  const cell = parseCell(anchor);
  if (!cell) throw invalidArgument(`not a cell address: ${anchor}`);
  return cell;
}

const R1C1_PART = String.raw`(\[[+-]?\d+\]|\d+)?`;
const R1C1_REFERENCE = new RegExp(`(R)${R1C1_PART}(?:(C)${R1C1_PART})?|(C)${R1C1_PART}`, 'iy');
const R1C1_WHOLE = new RegExp(`^(?:(R)${R1C1_PART}(?:(C)${R1C1_PART})?|(C)${R1C1_PART})$`, 'i');

/** One axis of an R1C1 reference: R5 is absolute row 5, R[-1] one row up, a bare R this row. */
interface AxisSpec {
  readonly absolute: boolean;
  readonly n: number;
}

/** A parsed R1C1 reference; `standalone` is a whole row/column not part of a range (R2 means 2:2). */
interface R1C1Reference {
  readonly row: AxisSpec | null;
  readonly col: AxisSpec | null;
  readonly standalone: boolean;
}

function axisSpec(letter: string | undefined, spec: string | undefined, limit: number): AxisSpec | null {
  if (letter === undefined) return null;
  if (spec === undefined) return { absolute: false, n: 0 };
  if (spec.startsWith('[')) return { absolute: false, n: Number(spec.slice(1, -1)) };
  const n = Number(spec);
  if (n < 1 || n > limit) throw invalidArgument(`R1C1 reference out of range: ${letter}${spec}`);
  return { absolute: true, n: n - 1 };
}

/** A formula split once into text and parsed references, then rendered for any cell. */
type CompiledR1C1 = readonly (string | R1C1Reference)[];

function compileR1C1(formula: string): CompiledR1C1 {
  const tokens = tokenize(formula, R1C1_REFERENCE);
  return tokens.map((token, i) => {
    const match = token.ref ? R1C1_WHOLE.exec(token.text) : null;
    if (!match) return token.text;
    const row = axisSpec(match[1], match[2], MAX_ROWS);
    const col = axisSpec(match[3] ?? match[5], match[3] !== undefined ? match[4] : match[6], MAX_COLUMNS);
    const inRange = (tokens[i - 1]?.text.endsWith(':') ?? false) || (tokens[i + 1]?.text.startsWith(':') ?? false);
    return { row, col, standalone: (row === null || col === null) && !inRange };
  });
}

/** The 0-based index an axis points at from `base`, or null when it falls off the sheet. */
function axisIndex(axis: AxisSpec, base: number, limit: number): number | null {
  if (axis.absolute) return axis.n;
  const index = base + axis.n;
  return index >= 0 && index < limit ? index : null;
}

function renderR1C1(compiled: CompiledR1C1, row: number, col: number): string {
  let out = '';
  for (const piece of compiled) {
    if (typeof piece === 'string') {
      out += piece;
      continue;
    }
    const r = piece.row ? axisIndex(piece.row, row, MAX_ROWS) : undefined;
    const c = piece.col ? axisIndex(piece.col, col, MAX_COLUMNS) : undefined;
    if (r === null || c === null) {
      out += '#REF!';
      continue;
    }
    const rowText = piece.row && r !== undefined ? `${piece.row.absolute ? '$' : ''}${r + 1}` : '';
    const colText = piece.col && c !== undefined ? `${piece.col.absolute ? '$' : ''}${columnLetters(c)}` : '';
    const a1 = colText + rowText;
    out += piece.standalone ? `${a1}:${a1}` : a1;
  }
  return out;
}

/**
 * Converts an R1C1 formula to the A1 formula Excel stores for the cell at `anchor` (A1 address):
 * R[-1]C[2] relative, R5C2 absolute, RC2 / R[1]C mixed, R2C2:R[3]C[1] ranges, R1:R[2] rows,
 * C[-1] columns. Text in double quotes, quoted sheet names and defined names stay as they are;
 * a relative reference that falls off the sheet becomes #REF!.
 */
export function r1c1ToA1(formula: string, anchor: string): string {
  const at = anchorOf(anchor);
  return renderR1C1(compileR1C1(formula), at.row, at.col);
}

const A1_REFERENCE = /\$?[A-Za-z]{1,3}\$?\d+|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d+:\$?\d+/y;

function r1c1Axis1(letter: 'R' | 'C', absolute: boolean, index: number, base: number): string {
  if (absolute) return `${letter}${index + 1}`;
  const delta = index - base;
  return delta === 0 ? letter : `${letter}[${delta}]`;
}

/** Excel writes a whole row or column range with equal ends as one reference: B:B is C[-1]. */
function span(from: string, to: string): string {
  return from === to ? from : `${from}:${to}`;
}

function a1ReferenceToR1C1(text: string, row: number, col: number): string {
  const cell = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/.exec(text);
  if (cell?.[2] && cell[4]) {
    const c = columnIndex(cell[2]);
    const r = Number(cell[4]) - 1;
    if (c >= MAX_COLUMNS || r < 0 || r >= MAX_ROWS) return text;
    return r1c1Axis1('R', cell[3] === '$', r, row) + r1c1Axis1('C', cell[1] === '$', c, col);
  }
  const cols = /^(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})$/.exec(text);
  if (cols?.[2] && cols[4]) {
    const from = columnIndex(cols[2]);
    const to = columnIndex(cols[4]);
    if (from >= MAX_COLUMNS || to >= MAX_COLUMNS) return text;
    return span(r1c1Axis1('C', cols[1] === '$', from, col), r1c1Axis1('C', cols[3] === '$', to, col));
  }
  const rows = /^(\$?)(\d+):(\$?)(\d+)$/.exec(text);
  if (rows?.[2] && rows[4]) {
    const from = r1c1Axis1('R', rows[1] === '$', Number(rows[2]) - 1, row);
    return span(from, r1c1Axis1('R', rows[3] === '$', Number(rows[4]) - 1, row));
  }
  return text;
}

/** The inverse of r1c1ToA1, for reading `formulasR1C1`. */
export function a1ToR1C1(formula: string, anchor: string): string {
  const at = anchorOf(anchor);
  return tokenize(formula, A1_REFERENCE)
    .map((token) => (token.ref ? a1ReferenceToR1C1(token.text, at.row, at.col) : token.text))
    .join('');
}

/* ───────────────────────────── cells ───────────────────────────── */

type Scalar = number | string | boolean;

interface CellModel {
  value: Scalar | null;
  formula: string | null;
  numberFormat: string;
  bold: boolean;
  fill: string | null;
  fontColor: string | null;
}

const GENERAL = 'General';

function emptyCell(): CellModel {
  return { value: null, formula: null, numberFormat: GENERAL, bold: false, fill: null, fontColor: null };
}

function hasContent(cell: CellModel | undefined): boolean {
  return !!cell && (cell.value !== null || cell.formula !== null);
}

function isEmptyCell(cell: CellModel): boolean {
  return (
    !hasContent(cell) && cell.numberFormat === GENERAL && !cell.bold && cell.fill === null && cell.fontColor === null
  );
}

const NUMBER_TEXT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * What Excel stores for a value written to `values` or `formulas`: '' clears, a leading
 * apostrophe keeps text (and is dropped: reading `values` or `formulas` gives the text without
 * it), numeric and TRUE/FALSE text is converted, '=…', '+…', '-…' and '@…' are formulas (see
 * formulaOfEntry) — unless the cell is formatted as text, '@'.
 */
function contentOf(input: unknown, textFormat: boolean): { value: Scalar | null; formula: string | null } {
  if (input === '') return { value: null, formula: null };
  if (typeof input === 'string') {
    if (textFormat) return { value: input, formula: null };
    if (input.startsWith("'")) return { value: input.slice(1), formula: null };
    if (NUMBER_TEXT.test(input)) return { value: Number(input), formula: null };
    if (/^(true|false)$/i.test(input)) return { value: input.toUpperCase() === 'TRUE', formula: null };
    const formula = formulaOfEntry(input);
    return formula === null ? { value: input, formula: null } : { value: null, formula };
  }
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw invalidArgument(`${input} is not a valid cell value`);
    return { value: input, formula: null };
  }
  if (typeof input === 'boolean') return { value: input, formula: null };
  throw invalidArgument(`a cell value must be a number, string or boolean, not ${typeof input}`);
}

function valueOf(cell: CellModel | undefined): Scalar | null {
  if (!cell) return '';
  if (cell.formula !== null) return cell.value;
  return cell.value ?? '';
}

function valueTypeOf(cell: CellModel | undefined): string {
  const value = cell?.value ?? null;
  if (value === null) return 'Empty';
  if (typeof value === 'number') return 'Double';
  return typeof value === 'boolean' ? 'Boolean' : 'String';
}

function normaliseColor(input: unknown, location: string): string | null {
  if (typeof input !== 'string') throw invalidArgument(`a colour must be a string like '#FF0000'`, location);
  if (input === '') return null;
  return /^#[0-9a-f]{6}$/i.test(input) ? input.toUpperCase() : input;
}

/* ───────────────────────────── workbook model ───────────────────────────── */

type ChangedHandler = (args: Excel.WorksheetChangedEventArgs) => unknown;

interface Deletable {
  deleted: boolean;
}

interface NoteModel extends Deletable {
  /** The cell, as "H7". */
  readonly cell: string;
  content: string;
}

/** A drop-down: the literal list ('a,b,c') or a reference ('=Lijsten!$A$1:$A$3') as Excel keeps it. */
interface ValidationModel {
  readonly source: string;
  readonly inCellDropDown: boolean;
}

class SheetModel implements Deletable {
  readonly cells = new Map<number, CellModel>();
  /** Notes (the classic yellow comments) by cell address. */
  readonly notes = new Map<string, NoteModel>();
  readonly tables: TableModel[] = [];
  readonly charts: ChartModel[] = [];
  readonly conditionalFormats: ConditionalFormatModel[] = [];
  readonly handlers = new Set<ChangedHandler>();
  /** List validations by cell key. Range.clear('All') leaves them, as in Excel (it clears contents and formats). */
  readonly validations = new Map<number, ValidationModel>();
  /** Column widths in points by 0-based column (unset: Excel's default). */
  readonly columnWidths = new Map<number, number>();
  /** Cells with wrapped text, by cell key. */
  readonly wrapped = new Set<number>();
  chartCount = 0;
  /** Set by Worksheet.delete: proxies that still point here fail with ItemNotFound. */
  deleted = false;

  constructor(
    /** Changed by Worksheet.name (a rename); the id stays. */
    public name: string,
    readonly id: string,
  ) {}

  cell(row: number, col: number): CellModel | undefined {
    return this.cells.get(row * MAX_COLUMNS + col);
  }

  update(row: number, col: number, change: (cell: CellModel) => void): void {
    const key = row * MAX_COLUMNS + col;
    const cell = this.cells.get(key) ?? emptyCell();
    change(cell);
    if (isEmptyCell(cell)) this.cells.delete(key);
    else this.cells.set(key, cell);
  }

  /** Smallest rectangle holding every cell with content (and, unless valuesOnly, formats). */
  used(valuesOnly: boolean): Rect | null {
    let top = MAX_ROWS;
    let left = MAX_COLUMNS;
    let bottom = -1;
    let right = -1;
    for (const [key, cell] of this.cells) {
      if (valuesOnly && !hasContent(cell)) continue;
      const row = Math.floor(key / MAX_COLUMNS);
      const col = key % MAX_COLUMNS;
      top = Math.min(top, row);
      left = Math.min(left, col);
      bottom = Math.max(bottom, row);
      right = Math.max(right, col);
    }
    return bottom < 0 ? null : { top, left, bottom, right };
  }

  grid<V>(rect: Rect, read: (cell: CellModel | undefined, row: number, col: number) => V): V[][] {
    const rows: V[][] = [];
    for (let row = rect.top; row <= rect.bottom; row += 1) {
      const line: V[] = [];
      for (let col = rect.left; col <= rect.right; col += 1) line.push(read(this.cell(row, col), row, col));
      rows.push(line);
    }
    return rows;
  }

  /** The common value of a format property over a range, or null when the cells differ. */
  common<V>(rect: Rect, read: (cell: CellModel | undefined) => V): V | null {
    let first: { value: V } | null = null;
    for (let row = rect.top; row <= rect.bottom; row += 1) {
      for (let col = rect.left; col <= rect.right; col += 1) {
        const value = read(this.cell(row, col));
        if (first === null) first = { value };
        else if (first.value !== value) return null;
      }
    }
    return first ? first.value : null;
  }
}

interface TableModel extends Deletable {
  readonly id: string;
  readonly name: string;
  readonly sheet: SheetModel;
  rect: Rect;
}

type SeriesBy = 'Auto' | 'Columns' | 'Rows';

interface ChartModel extends Deletable {
  readonly id: string;
  name: string;
  readonly type: string;
  readonly sheet: SheetModel;
  readonly sourceSheet: SheetModel;
  readonly source: Rect;
  readonly seriesBy: SeriesBy;
  title: string | null;
  position: { startCell: string; endCell: string | null } | null;
  legendVisible: boolean;
  readonly series: ChartSeriesModel[];
  /** ChartAxis.reversePlotOrder of the category axis (ExcelApi 1.7). */
  reversePlotOrder: boolean;
}

interface ChartSeriesModel {
  name: string;
  values: RangeTarget | null;
  xValues: RangeTarget | null;
  color: string | null;
  overlap: number | null;
  gapWidth: number | null;
  hasDataLabels: boolean;
  labelFormat: string | null;
  readonly pointColors: Map<number, string>;
}

interface ConditionalFormatModel extends Deletable {
  readonly id: string;
  readonly type: 'Custom';
  /** Whether lower-priority rules are skipped for a cell where this one holds. */
  stopIfTrue: boolean;
  areas: Rect[];
  formula: string | null;
  fill: string | null;
  fontColor: string | null;
}

interface NameModel extends Deletable {
  readonly name: string;
  /** Rewritten to '=#REF!$A$1' when the sheet it refers to is deleted. */
  formula: string;
  readonly comment: string;
}

interface SettingModel extends Deletable {
  readonly key: string;
  json: string;
}

interface RangeTarget {
  readonly sheet: SheetModel;
  readonly rect: Rect;
  /** Only on a selection: all its areas when the user selected several (Ctrl+click). */
  readonly areas?: readonly Rect[];
}

class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  /** Keyed by the name in lower case: Excel's names are case-insensitive. */
  readonly names = new Map<string, NameModel>();
  readonly settings = new Map<string, SettingModel>();
  /** Workbook.customXmlParts (fake-custom-xml.ts). */
  readonly customXml = new CustomXmlModel();
  enableEvents = true;
  private ids = 0;

  constructor(
    public active: SheetModel | null = null,
    public selection: RangeTarget | null = null,
  ) {}

  newId(): string {
    this.ids += 1;
    return `{00000000-0000-0000-0000-${this.ids.toString(16).toUpperCase().padStart(12, '0')}}`;
  }

  sheet(key: string): SheetModel | null {
    const lower = key.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower || s.id === key) ?? null;
  }
}

/** Resolves "A1", "A1:B2" or "Sheet!A1:B2" on `sheet`. */
function rangeOn(sheet: SheetModel, address: string, location: string): RangeTarget {
  const { sheet: prefix, local } = splitSheet(address);
  if (prefix !== null && prefix.toLowerCase() !== sheet.name.toLowerCase()) {
    throw invalidArgument(`the address ${address} is not on sheet ${sheet.name}`, location);
  }
  const rect = parseRect(local);
  if (rect) return { sheet, rect };
  if (/^\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}$|^\$?\d+:\$?\d+$/.test(local))
    notImplemented(`whole rows or columns ('${address}')`);
  throw invalidArgument(`the address '${address}' is not valid`, location);
}

/* ───────────────────────────── batches ───────────────────────────── */

interface Operation {
  /** What goes over the wire (measured as JSON). */
  readonly request: Readonly<Record<string, unknown>>;
  /** Type.member, for error messages. */
  readonly what: string;
  readonly since?: string;
  apply(run: BatchRun): void;
}

interface PendingChange {
  readonly sheet: SheetModel;
  readonly rect: Rect;
  readonly before: Scalar | null;
}

/** The state of one context.sync() while its operations are applied. */
class BatchRun {
  readonly commits: (() => void)[] = [];
  readonly changes = new Map<string, PendingChange>();
  calculationSuspended = false;
  /** JSON size of what the batch's loads return (the response payload). */
  responseBytes = 0;

  constructor(readonly host: Host) {}

  /** Call before changing cell contents: records an onChanged event unless events are off. */
  contentChanging(sheet: SheetModel, rect: Rect): void {
    if (!this.host.model.enableEvents) return;
    const key = `${sheet.id}!${rectAddress(rect)}`;
    if (!this.changes.has(key))
      this.changes.set(key, { sheet, rect, before: valueOf(sheet.cell(rect.top, rect.left)) });
  }
}

/** Reads the requirement-set version "1.14" as comparable numbers. */
function compareVersions(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i += 1) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Names a test framework or debugger may probe on any object; never "not implemented". */
const INTROSPECTION = new Set([
  'then',
  'asymmetricMatch',
  'nodeType',
  'tagName',
  '$$typeof',
  'constructor',
  'toJSON',
  'inspect',
  'toString',
  'toLocaleString',
  'valueOf',
  'length',
  'hasOwnProperty',
]);

/**
 * Wraps a fake object so that reading a member it does not model, or assigning one, throws
 * "not implemented in fake" instead of returning undefined or silently storing the value.
 */
function strict<O extends object>(object: O, typeName: string): O {
  return new Proxy(object, {
    get(target, property, _receiver) {
      if (
        typeof property === 'symbol' ||
        property in target ||
        INTROSPECTION.has(property) ||
        property.startsWith('@@')
      ) {
        // Accessors run on the unwrapped object: their own field reads skip this trap.
        return Reflect.get(target, property, target);
      }
      return notImplemented(`${typeName}.${property}`);
    },
    set(target, property, value, _receiver) {
      if (typeof property === 'string' && !(property in target)) notImplemented(`${typeName}.${property} (assignment)`);
      if (!Reflect.set(target, property, value, target)) {
        throw new TypeError(`Cannot set property ${String(property)} of ${typeName}: it is read-only`);
      }
      return true;
    },
  });
}

/* ───────────────────────────── proxies ───────────────────────────── */

interface PropertySpec<T> {
  readonly read: (target: T) => unknown;
  readonly since?: string;
}

type PropertyTable<T> = Readonly<Record<string, PropertySpec<T>>>;

interface Loadable {
  load(option?: unknown): unknown;
}

/** What a collection needs of its items: load their properties inside the collection's query. */
interface Queryable {
  readonly typeName: string;
  propertyNames(): readonly string[];
  queryAt(run: BatchRun, properties: readonly string[]): void;
}

function splitList(text: string): string[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** load()'s argument as property paths: 'a, b/c', ['a', 'b'], { select, expand } or { a: true, b: { c: true } }. */
function loadPaths(option: unknown): string[] {
  if (option === undefined || option === null) return [];
  if (typeof option === 'string') return splitList(option);
  if (Array.isArray(option)) {
    const entries: readonly unknown[] = option;
    return entries.flatMap((entry) =>
      typeof entry === 'string' ? splitList(entry) : notImplemented('load() with a non-string array entry'),
    );
  }
  if (typeof option === 'object') {
    const record = option as Readonly<Record<string, unknown>>;
    if ('select' in record || 'expand' in record) {
      const extra = Object.keys(record).filter((key) => key !== 'select' && key !== 'expand');
      if (extra.length > 0) notImplemented(`load() option ${extra.join(', ')}`);
      return [...loadPaths(record.select), ...loadPaths(record.expand)];
    }
    return Object.entries(record).flatMap(([key, value]): string[] => {
      if (key.startsWith('$')) return notImplemented(`load() option ${key}`);
      if (value === true) return [key];
      if (value === false || value === undefined) return [];
      if (typeof value === 'object' && value !== null) {
        const nested = loadPaths(value);
        return nested.length === 0 ? [key] : nested.map((path) => `${key}/${path}`);
      }
      return notImplemented(`load() option ${key}: ${typeof value}`);
    });
  }
  return notImplemented(`load(${typeof option})`);
}

let loadTickets = 0;

function isDeletable(target: unknown): target is Deletable {
  return typeof target === 'object' && target !== null && 'deleted' in target;
}

/** Deleted, or part of a deleted sheet, chart or table (a range on a deleted sheet, a series of a deleted chart). */
function isGone(target: unknown): boolean {
  if (typeof target !== 'object' || target === null) return false;
  if (isDeletable(target) && target.deleted) return true;
  const owners = target as { readonly sheet?: unknown; readonly chart?: unknown; readonly table?: unknown };
  return [owners.sheet, owners.chart, owners.table].some((owner) => isDeletable(owner) && owner.deleted);
}

/**
 * The base of every proxy: a path (for the request log), a resolver that finds the object's
 * target in the model when a batch runs (memoised, like an object reference inside Excel), the
 * properties loaded by earlier syncs, and whether the object turned out to be a null object.
 */
abstract class ClientObject<T> implements Queryable {
  private readonly loaded = new Map<string, unknown>();
  /** Property → ticket of its newest load() whose sync has not completed: unreadable meanwhile. */
  private readonly pending = new Map<string, number>();
  private nullState: boolean | undefined = undefined;
  private resolution: { readonly target: T | null } | undefined = undefined;

  constructor(
    protected readonly host: Host,
    readonly typeName: string,
    readonly path: string,
    private readonly resolver: () => T | null,
  ) {}

  get context(): Excel.RequestContext {
    return this.host.requestContext;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded(this.typeName, 'isNullObject');
    return this.nullState;
  }

  /** Scalar properties load() can fetch, and how to read them from the target. */
  protected properties(): PropertyTable<T> {
    return {};
  }

  /** Navigation properties a load path may pass through ('format/font/bold'). */
  protected child(_name: string): Loadable | undefined {
    return undefined;
  }

  propertyNames(): readonly string[] {
    return Object.keys(this.properties());
  }

  load(option?: unknown): this {
    const paths = loadPaths(option);
    const own = new Set<string>();
    for (const path of paths.length === 0 ? this.propertyNames() : paths) {
      const [head = '', ...rest] = path.split('/').map((part) => part.trim());
      const nested = this.child(head);
      if (nested) {
        nested.load(rest.length > 0 ? rest.join('/') : undefined);
      } else if (head === 'isNullObject') {
        // Every query tells whether the object exists.
      } else if (rest.length > 0 || !(head in this.properties())) {
        notImplemented(`${this.typeName}.load('${path}')`);
      } else {
        own.add(head);
      }
    }
    const properties = [...own];
    const ticket = this.expect(properties);
    this.host.enqueue({
      request: { load: this.path, select: properties },
      what: `${this.typeName}.load`,
      apply: (run) => this.queryAt(run, properties, ticket),
    });
    return this;
  }

  /** Runs a query inside a batch; the result becomes readable when the whole batch succeeded. */
  queryAt(run: BatchRun, properties: readonly string[], ticket?: number): void {
    const target = this.resolve();
    const table = this.properties();
    const snapshot = new Map<string, unknown>();
    if (target !== null) {
      for (const property of properties) {
        const spec = table[property];
        if (!spec) continue;
        this.host.requireApi(spec.since, `${this.typeName}.${property}`);
        snapshot.set(property, spec.read(target));
      }
    }
    run.responseBytes += jsonBytes(Object.fromEntries(snapshot));
    run.commits.push(() => {
      this.nullState = target === null;
      for (const property of properties) this.settle(property, snapshot.get(property), ticket);
    });
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }

  /** The target inside a running batch; null for a null object. */
  resolve(): T | null {
    this.resolution ??= { target: this.resolver() };
    const target = this.resolution.target;
    if (isGone(target)) throw itemNotFound(`the ${this.typeName} was deleted`, this.typeName);
    return target;
  }

  /** The target of a write or method call: real Excel fails the batch on a null object. */
  protected existing(member: string): T {
    const target = this.resolve();
    if (target === null) {
      throw itemNotFound(`${this.typeName}.${member} on a null object (check isNullObject first)`, this.typeName);
    }
    return target;
  }

  protected read<V>(property: string): V {
    if (this.pending.has(property) || (this.nullState !== true && !this.loaded.has(property))) {
      throw propertyNotLoaded(this.typeName, property);
    }
    return (this.nullState === true ? undefined : this.loaded.get(property)) as V;
  }

  /**
   * Marks properties as loading: stricter than Office.js, which would go on returning the value
   * of an earlier load, a property is unreadable from load() until the sync that fulfils it.
   */
  protected expect(properties: readonly string[]): number {
    loadTickets += 1;
    for (const property of properties) this.pending.set(property, loadTickets);
    return loadTickets;
  }

  /** Stores a loaded value; the property is readable again once its newest load has landed. */
  protected settle(property: string, value: unknown, ticket: number | undefined): void {
    this.loaded.set(property, value);
    if (ticket !== undefined && this.pending.get(property) === ticket) this.pending.delete(property);
  }

  /** Queues a property write; as in Office.js the proxy returns the assigned value from then on. */
  protected assign(property: string, value: unknown, apply: (target: T, run: BatchRun) => void, since?: string): void {
    this.loaded.set(property, value);
    this.pending.delete(property);
    this.host.enqueue({
      request: { set: `${this.path}.${property}`, value },
      what: `${this.typeName}.${property}`,
      since,
      apply: (run) => apply(this.existing(property), run),
    });
  }

  protected invoke(
    method: string,
    args: readonly unknown[],
    apply: (target: T, run: BatchRun) => void,
    since?: string,
  ): void {
    this.host.enqueue({
      request: { call: `${this.path}.${method}`, args: args.map(argumentJson) },
      what: `${this.typeName}.${method}`,
      since,
      apply: (run) => apply(this.existing(method), run),
    });
  }
}

function argumentJson(arg: unknown): unknown {
  return arg instanceof ClientObject ? { object: arg.path } : arg;
}

/** A slot an add() operation fills when its batch runs; the returned proxy resolves to it. */
class Created<M> {
  model: M | undefined = undefined;

  constructor(private readonly what: string) {}

  get(): M {
    if (this.model === undefined)
      throw new Error(`fake: ${this.what} is used, but the batch that creates it never ran`);
    return this.model;
  }
}

/** A collection: `items` after load('items/…'), or load('name') which Office.js reads as items/name. */
abstract class Collection<P extends Queryable, M, C> extends ClientObject<C> {
  private readonly proxies = new Map<M, P>();

  protected abstract list(container: C): readonly M[];
  protected abstract wrap(model: M): P;

  get items(): P[] {
    return this.read<P[]>('items');
  }

  protected item(model: M): P {
    let proxy = this.proxies.get(model);
    if (!proxy) {
      proxy = this.wrap(model);
      this.proxies.set(model, proxy);
    }
    return proxy;
  }

  override load(option?: unknown): this {
    const paths = loadPaths(option).map((path) => path.replace(/^items\/?/, ''));
    const loadAll = paths.length === 0 || paths.includes('');
    const sample = this.sampleItemProperties();
    const properties = loadAll ? sample : paths;
    for (const property of properties) {
      if (property.includes('/') || !sample.includes(property))
        notImplemented(`${this.typeName}.load('items/${property}')`);
    }
    const ticket = this.expect(['items']);
    this.host.enqueue({
      request: { load: this.path, select: properties.map((p) => `items/${p}`) },
      what: `${this.typeName}.load`,
      apply: (run) => {
        const container = this.resolve();
        const proxies = container === null ? [] : this.list(container).map((model) => this.item(model));
        for (const proxy of proxies) proxy.queryAt(run, properties);
        run.commits.push(() => this.settle('items', proxies, ticket));
      },
    });
    return this;
  }

  /** The loadable properties of this collection's items. */
  protected abstract sampleItemProperties(): readonly string[];
}

/* ───── context, workbook, runtime, application ───── */

class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  readonly runtime: FakeRuntime;
  readonly application: FakeApplication;

  constructor(private readonly host: Host) {
    this.workbook = host.make(new FakeWorkbook(host));
    this.runtime = host.make(new FakeRuntime(host));
    this.application = host.make(new FakeApplication(host));
  }

  async sync<T>(passThroughValue?: T): Promise<T | undefined> {
    await this.host.sync();
    return passThroughValue;
  }
}

class FakeWorkbook extends ClientObject<WorkbookModel> {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  readonly settings: FakeSettingCollection;
  readonly tables: FakeTableCollection;
  readonly customXmlParts: FakeCustomXmlPartCollection;

  constructor(host: Host) {
    super(host, 'Workbook', 'workbook', () => host.model);
    this.worksheets = host.make(new FakeWorksheetCollection(host, this));
    this.tables = host.make(new FakeTableCollection(host, this));
    this.names = host.make(new FakeNamedItemCollection(host, this));
    this.settings = host.make(new FakeSettingCollection(host, this));
    this.customXmlParts = host.make(
      new FakeCustomXmlPartCollection(
        {
          model: host.model.customXml,
          enqueue: (operation) => host.enqueue(operation),
          requireApi: (since, what) => host.requireApi(since, what),
          fail: (code, message, location) => new FakeExcelError(code, message, location),
          jsonBytes,
        },
        `${this.path}.customXmlParts`,
      ),
    );
  }

  /**
   * "If multiple ranges are selected, this method will throw an error"
   * (https://learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-getselectedrange-member(1)).
   */
  getSelectedRange(): FakeRange {
    return this.host.make(
      new FakeRange(this.host, `${this.path}.getSelectedRange()`, () => {
        const selection = this.host.model.selection;
        if (!selection) throw new FakeExcelError('InvalidSelection', 'nothing is selected');
        if ((selection.areas?.length ?? 1) > 1)
          throw new FakeExcelError(
            'InvalidSelection',
            'The current selection is invalid for this operation.',
            'Workbook.getSelectedRange',
          );
        return { sheet: selection.sheet, rect: selection.rect };
      }),
    );
  }

  /** ExcelApi 1.9: the selection's areas, one or several (https://learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-getselectedranges-member(1)). */
  getSelectedRanges(): FakeRangeAreas {
    return this.host.make(
      new FakeRangeAreas(this.host, `${this.path}.getSelectedRanges()`, () => {
        this.host.requireApi('1.9', 'Workbook.getSelectedRanges');
        const selection = this.host.model.selection;
        if (!selection) throw new FakeExcelError('InvalidSelection', 'nothing is selected');
        return { sheet: selection.sheet, rects: selection.areas ?? [selection.rect] };
      }),
    );
  }
}

interface AreasTarget {
  readonly sheet: SheetModel;
  readonly rects: readonly Rect[];
}

/** Excel.RangeAreas: only its address ("Blad1!A1:B2,Blad1!D4") and areaCount are modelled. */
class FakeRangeAreas extends ClientObject<AreasTarget> {
  constructor(host: Host, path: string, resolver: () => AreasTarget | null) {
    super(host, 'RangeAreas', path, resolver);
  }

  protected override properties(): PropertyTable<AreasTarget> {
    return {
      address: {
        read: ({ sheet, rects }) => rects.map((rect) => `${quoteSheet(sheet.name)}!${rectAddress(rect)}`).join(','),
      },
      areaCount: { read: ({ rects }) => rects.length },
    };
  }

  get address(): string {
    return this.read('address');
  }

  get areaCount(): number {
    return this.read('areaCount');
  }
}

class FakeRuntime extends ClientObject<WorkbookModel> {
  constructor(host: Host) {
    super(host, 'Runtime', 'runtime', () => {
      host.requireApi('1.5', 'context.runtime');
      return host.model;
    });
  }

  protected override properties(): PropertyTable<WorkbookModel> {
    return { enableEvents: { read: (model) => model.enableEvents, since: '1.8' } };
  }

  get enableEvents(): boolean {
    return this.read('enableEvents');
  }

  set enableEvents(value: boolean) {
    this.assign(
      'enableEvents',
      value,
      (model) => {
        if (typeof value !== 'boolean') throw invalidArgument('enableEvents must be a boolean', 'Runtime.enableEvents');
        model.enableEvents = value;
      },
      '1.8',
    );
  }
}

class FakeApplication extends ClientObject<WorkbookModel> {
  constructor(host: Host) {
    super(host, 'Application', 'application', () => host.model);
  }

  suspendApiCalculationUntilNextSync(): void {
    this.invoke(
      'suspendApiCalculationUntilNextSync',
      [],
      (_model, run) => {
        run.calculationSuspended = true;
      },
      '1.6',
    );
  }
}

/* ───── worksheets ───── */

function validSheetName(name: string): boolean {
  return name.length > 0 && name.length <= 31 && !/[:\\/?*[\]]/.test(name) && !/^'|'$/.test(name);
}

/** Defined names that point at a deleted sheet: Excel rewrites '=Blad2!$A$1' as '=#REF!$A$1'. */
function invalidateNames(model: WorkbookModel, sheet: SheetModel): void {
  const lower = sheet.name.toLowerCase();
  for (const item of model.names.values()) {
    const match = SIMPLE_REFERENCE.exec(item.formula);
    const target = match && (match[1] !== undefined ? match[1].replace(/''/g, "'") : (match[2] ?? ''));
    if (match?.[3] && target?.toLowerCase() === lower) item.formula = `=#REF!${match[3]}`;
  }
}

/** `text` with every reference to sheet `from` ("Blad1!", "'Blad 1'!") pointing at `to`. */
function retarget(text: string, from: string, to: string): string {
  const pattern = new RegExp(
    `(^|[^\\p{L}\\p{N}_.'])(?:'${escapeRegExp(from.replace(/'/g, "''"))}'|${escapeRegExp(from)})!`,
    'giu',
  );
  return text.replace(pattern, (_match, before: string) => `${before}${quoteSheet(to)}!`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Renaming a sheet keeps its id (https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-id-member:
 * "the identifier ... value remains the same even when the worksheet is renamed or moved") and, as
 * in Excel, defined names, formulas and list sources that refer to it follow the new name. The
 * name must be valid and not taken by another sheet.
 */
function renameSheet(model: WorkbookModel, sheet: SheetModel, to: unknown): void {
  const location = 'Worksheet.name';
  if (typeof to !== 'string' || !validSheetName(to))
    throw invalidArgument(`'${String(to)}' is not a valid sheet name`, location);
  const other = model.sheet(to);
  if (other && other !== sheet) throw new FakeExcelError('ItemAlreadyExists', `a sheet named '${to}' exists`, location);
  const from = sheet.name;
  for (const item of model.names.values()) item.formula = retarget(item.formula, from, to);
  for (const each of model.sheets) {
    for (const cell of each.cells.values()) if (cell.formula) cell.formula = retarget(cell.formula, from, to);
    for (const [key, rule] of each.validations)
      if (rule.source.startsWith('=')) each.validations.set(key, { ...rule, source: retarget(rule.source, from, to) });
  }
  sheet.name = to;
}

class FakeWorksheetCollection extends Collection<FakeWorksheet, SheetModel, WorkbookModel> {
  constructor(host: Host, workbook: FakeWorkbook) {
    super(host, 'WorksheetCollection', `${workbook.path}.worksheets`, () => host.model);
  }

  protected list(model: WorkbookModel): readonly SheetModel[] {
    return model.sheets;
  }

  protected wrap(sheet: SheetModel): FakeWorksheet {
    return this.host.make(new FakeWorksheet(this.host, `${this.path}[${sheet.id}]`, () => sheet));
  }

  protected sampleItemProperties(): readonly string[] {
    return ['name', 'id', 'position'];
  }

  getItem(key: string): FakeWorksheet {
    return this.host.make(
      new FakeWorksheet(this.host, `${this.path}.getItem(${JSON.stringify(key)})`, () => {
        const sheet = this.host.model.sheet(key);
        if (!sheet) throw itemNotFound(`the worksheet '${key}' does not exist`, 'WorksheetCollection.getItem');
        return sheet;
      }),
    );
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return this.host.make(
      new FakeWorksheet(this.host, `${this.path}.getItemOrNullObject(${JSON.stringify(key)})`, () => {
        this.host.requireApi('1.4', 'WorksheetCollection.getItemOrNullObject');
        return this.host.model.sheet(key);
      }),
    );
  }

  /**
   * ExcelApi 1.1. Appends the sheet after the others without activating it (as Excel does); the
   * proxy is usable in the same batch. A name taken in any case fails the sync with
   * ItemAlreadyExists; an empty name, one over 31 characters, with any of : \ / ? * [ ] or
   * starting or ending with an apostrophe, with InvalidArgument.
   */
  add(name?: string): FakeWorksheet {
    const created = new Created<SheetModel>('a worksheet');
    this.invoke('add', [name ?? null], (model) => {
      let sheetName = name;
      if (sheetName === undefined) {
        let n = model.sheets.length + 1;
        while (model.sheet(`Sheet${n}`)) n += 1;
        sheetName = `Sheet${n}`;
      }
      if (typeof sheetName !== 'string' || !validSheetName(sheetName))
        throw invalidArgument(`'${String(sheetName)}' is not a valid sheet name`, 'WorksheetCollection.add');
      if (model.sheet(sheetName))
        throw new FakeExcelError('ItemAlreadyExists', `a sheet named '${sheetName}' exists`, 'WorksheetCollection.add');
      const sheet = new SheetModel(sheetName, model.newId());
      model.sheets.push(sheet);
      created.model = sheet;
    });
    return this.host.make(
      new FakeWorksheet(this.host, `${this.path}.add(${JSON.stringify(name)})`, () => created.get()),
    );
  }

  getActiveWorksheet(): FakeWorksheet {
    return this.host.make(
      new FakeWorksheet(this.host, `${this.path}.getActiveWorksheet()`, () => {
        const active = this.host.model.active;
        if (!active) throw itemNotFound('there is no active worksheet');
        return active;
      }),
    );
  }
}

class FakeWorksheet extends ClientObject<SheetModel> {
  readonly tables: FakeTableCollection;
  readonly charts: FakeChartCollection;
  readonly notes: FakeNoteCollection;
  readonly onChanged: FakeChangedEvent;

  constructor(host: Host, path: string, resolver: () => SheetModel | null) {
    super(host, 'Worksheet', path, resolver);
    this.tables = host.make(new FakeTableCollection(host, this));
    this.charts = host.make(new FakeChartCollection(host, this));
    this.notes = host.make(new FakeNoteCollection(host, this));
    this.onChanged = strict(new FakeChangedEvent(host, this), 'EventHandlers');
  }

  protected override properties(): PropertyTable<SheetModel> {
    return {
      name: { read: (sheet) => sheet.name },
      id: { read: (sheet) => sheet.id },
      position: { read: (sheet) => this.host.model.sheets.indexOf(sheet) },
    };
  }

  protected override child(name: string): Loadable | undefined {
    return name === 'tables' ? this.tables : name === 'charts' ? this.charts : undefined;
  }

  get name(): string {
    return this.read('name');
  }

  set name(value: string) {
    this.assign('name', value, (sheet) => renameSheet(this.host.model, sheet, value));
  }

  get id(): string {
    return this.read('id');
  }

  get position(): number {
    return this.read('position');
  }

  getRange(address?: string): FakeRange {
    if (address === undefined) notImplemented('Worksheet.getRange() without an address');
    return this.host.make(
      new FakeRange(this.host, `${this.path}.getRange(${JSON.stringify(address)})`, () => {
        const sheet = this.resolve();
        return sheet && rangeOn(sheet, address, 'Worksheet.getRange');
      }),
    );
  }

  /**
   * ExcelApi 1.1. The sheet goes with its cells, tables, charts, notes, conditional formats and
   * drop-downs; proxies still pointing at it (or at anything on it) fail with ItemNotFound. The
   * last sheet cannot go (hidden sheets are not modelled: Excel refuses to delete the last
   * visible one). When it was active, the sheet to its right (or else its left) becomes active,
   * with A1 selected. Defined names with a simple reference to it become '=#REF!$A$1', as in
   * Excel; formulas elsewhere that refer to it are left as written (they are never evaluated).
   */
  delete(): void {
    this.invoke('delete', [], (sheet) => {
      const model = this.host.model;
      if (model.sheets.length <= 1)
        throw new FakeExcelError('InvalidOperation', 'a workbook must keep at least one sheet', 'Worksheet.delete');
      const index = model.sheets.indexOf(sheet);
      model.sheets.splice(index, 1);
      sheet.deleted = true;
      for (const chart of sheet.charts) chart.deleted = true;
      for (const table of sheet.tables) table.deleted = true;
      for (const note of sheet.notes.values()) note.deleted = true;
      for (const format of sheet.conditionalFormats) format.deleted = true;
      invalidateNames(model, sheet);
      if (model.active === sheet || model.selection?.sheet === sheet) {
        const next = model.sheets[Math.min(index, model.sheets.length - 1)] ?? null;
        model.active = next;
        model.selection = next && { sheet: next, rect: { top: 0, left: 0, bottom: 0, right: 0 } };
      }
    });
  }

  /** ExcelApi 1.1. The sheet becomes the active one; the selection moves to it (A1: per-sheet selections are not kept). */
  activate(): void {
    this.invoke('activate', [], (sheet) => {
      const model = this.host.model;
      model.active = sheet;
      if (model.selection?.sheet !== sheet) model.selection = { sheet, rect: { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    return this.usedRange('getUsedRange', valuesOnly, false);
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return this.usedRange('getUsedRangeOrNullObject', valuesOnly, true);
  }

  private usedRange(method: string, valuesOnly: boolean | undefined, orNull: boolean): FakeRange {
    return this.host.make(
      new FakeRange(this.host, `${this.path}.${method}(${valuesOnly === true})`, () => {
        if (valuesOnly !== undefined) this.host.requireApi('1.2', `Worksheet.${method}(valuesOnly)`);
        if (orNull) this.host.requireApi('1.4', `Worksheet.${method}`);
        const sheet = this.resolve();
        if (!sheet) return null;
        const rect = sheet.used(valuesOnly === true);
        if (rect) return { sheet, rect };
        return orNull ? null : { sheet, rect: { top: 0, left: 0, bottom: 0, right: 0 } };
      }),
    );
  }
}

/* ───── ranges ───── */

type ContentKind = 'values' | 'formulas' | 'formulasR1C1';

/** The value to write at (r, c) of a range of rows × cols: a scalar for all, or a matching 2-D array. */
function inputGrid(input: unknown, rows: number, cols: number, location: string): (r: number, c: number) => unknown {
  if (!Array.isArray(input)) {
    if (input === null || input === undefined)
      throw invalidArgument('null is not a valid value for a whole range', location);
    return () => input;
  }
  const lines: readonly unknown[] = input;
  const matches =
    lines.length === rows && lines.every((line) => Array.isArray(line) && (line as readonly unknown[]).length === cols);
  if (!matches) throw invalidArgument(DIMENSION_MISMATCH, location);
  return (r, c) => (lines[r] as readonly unknown[])[c];
}

/** Writes values, formulas or R1C1 formulas into a range; null entries leave a cell as it is. */
function writeContent(
  run: BatchRun | null,
  target: RangeTarget,
  kind: ContentKind,
  input: unknown,
  location: string,
): void {
  const { sheet, rect } = target;
  const { rows, cols } = rectSize(rect);
  const at = inputGrid(input, rows, cols, location);
  const contents: { row: number; col: number; value: Scalar | null; formula: string | null }[] = [];
  const compiled = new Map<string, CompiledR1C1>();
  for (let r = 0; r < rows; r += 1) {
    for (let c = 0; c < cols; c += 1) {
      const raw = at(r, c);
      if (raw === null && Array.isArray(input)) continue;
      const row = rect.top + r;
      const col = rect.left + c;
      const textFormat = sheet.cell(row, col)?.numberFormat === '@';
      const r1c1 = kind === 'formulasR1C1' && typeof raw === 'string' && raw.startsWith('=') && !textFormat;
      let content: { value: Scalar | null; formula: string | null };
      if (r1c1) {
        const formula = compiled.get(raw) ?? compileR1C1(raw);
        compiled.set(raw, formula);
        content = { value: null, formula: renderR1C1(formula, row, col) };
      } else {
        content = contentOf(raw, textFormat);
      }
      contents.push({ row, col, ...content });
    }
  }
  run?.contentChanging(sheet, rect);
  for (const { row, col, value, formula } of contents) {
    sheet.update(row, col, (cell) => {
      cell.value = value;
      cell.formula = formula;
    });
  }
  renameEmptyHeaders(sheet);
}

/**
 * Excel never leaves a table header cell empty: a header emptied by a write or clear comes
 * back as "Column<n>". Modelled so that clearing before shrinking a table shows up in tests.
 */
function renameEmptyHeaders(sheet: SheetModel): void {
  for (const table of sheet.tables) {
    if (table.deleted) continue;
    for (let col = table.rect.left; col <= table.rect.right; col += 1) {
      if (!hasContent(sheet.cell(table.rect.top, col)))
        sheet.update(table.rect.top, col, (cell) => {
          cell.value = `Column${col - table.rect.left + 1}`;
        });
    }
  }
}

function writeNumberFormat(target: RangeTarget, input: unknown, location: string): void {
  const { sheet, rect } = target;
  const { rows, cols } = rectSize(rect);
  const at = inputGrid(input, rows, cols, location);
  for (let r = 0; r < rows; r += 1) {
    for (let c = 0; c < cols; c += 1) {
      const format = at(r, c);
      if (format === null && Array.isArray(input)) continue;
      if (typeof format !== 'string') throw invalidArgument('a number format must be a string', location);
      sheet.update(rect.top + r, rect.left + c, (cell) => {
        cell.numberFormat = format === '' ? GENERAL : format;
      });
    }
  }
}

/** The cell keys (row * MAX_COLUMNS + col) of a rectangle. */
function forEachKey(rect: Rect, visit: (key: number) => void): void {
  for (let row = rect.top; row <= rect.bottom; row += 1)
    for (let col = rect.left; col <= rect.right; col += 1) visit(row * MAX_COLUMNS + col);
}

/** One value when every item agrees, else null (how Excel reads a format over a mixed range). */
function agreed<V>(values: readonly V[]): V | null {
  const first = values[0];
  return first !== undefined && values.every((value) => value === first) ? first : null;
}

/** Excel's default column width in points (8.43 characters of Calibri 11, 64 pixels). */
export const DEFAULT_COLUMN_WIDTH = 48;

function eachCell(target: RangeTarget, change: (cell: CellModel) => void): void {
  const { sheet, rect } = target;
  for (let row = rect.top; row <= rect.bottom; row += 1) {
    for (let col = rect.left; col <= rect.right; col += 1) sheet.update(row, col, change);
  }
}

class FakeRange extends ClientObject<RangeTarget> {
  readonly format: FakeRangeFormat;
  readonly conditionalFormats: FakeConditionalFormatCollection;
  readonly dataValidation: FakeDataValidation;
  private worksheetProxy: FakeWorksheet | undefined = undefined;

  constructor(host: Host, path: string, resolver: () => RangeTarget | null) {
    super(host, 'Range', path, resolver);
    this.format = host.make(new FakeRangeFormat(host, this));
    this.conditionalFormats = host.make(new FakeConditionalFormatCollection(host, this));
    this.dataValidation = host.make(new FakeDataValidation(host, this));
  }

  protected override properties(): PropertyTable<RangeTarget> {
    return {
      address: { read: ({ sheet, rect }) => `${quoteSheet(sheet.name)}!${rectAddress(rect)}` },
      rowIndex: { read: ({ rect }) => rect.top },
      columnIndex: { read: ({ rect }) => rect.left },
      rowCount: { read: ({ rect }) => rectSize(rect).rows },
      columnCount: { read: ({ rect }) => rectSize(rect).cols },
      cellCount: { read: ({ rect }) => rectSize(rect).rows * rectSize(rect).cols },
      values: { read: ({ sheet, rect }) => sheet.grid(rect, valueOf) },
      valueTypes: { read: ({ sheet, rect }) => sheet.grid(rect, valueTypeOf) },
      formulas: { read: ({ sheet, rect }) => sheet.grid(rect, (cell) => cell?.formula ?? cell?.value ?? '') },
      formulasR1C1: {
        since: '1.2',
        read: ({ sheet, rect }) =>
          sheet.grid(rect, (cell, row, col) =>
            cell?.formula ? a1ToR1C1(cell.formula, cellName(row, col)) : (cell?.value ?? ''),
          ),
      },
      numberFormat: { read: ({ sheet, rect }) => sheet.grid(rect, (cell) => cell?.numberFormat ?? GENERAL) },
    };
  }

  protected override child(name: string): Loadable | undefined {
    return name === 'format' ? this.format : name === 'worksheet' ? this.worksheet : undefined;
  }

  get address(): string {
    return this.read('address');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get cellCount(): number {
    return this.read('cellCount');
  }
  get valueTypes(): string[][] {
    return this.read('valueTypes');
  }

  get values(): unknown[][] {
    return this.read('values');
  }
  set values(input: unknown) {
    this.assign('values', input, (target, run) => writeContent(run, target, 'values', input, 'Range.values'));
  }

  get formulas(): unknown[][] {
    return this.read('formulas');
  }
  set formulas(input: unknown) {
    this.assign('formulas', input, (target, run) => writeContent(run, target, 'formulas', input, 'Range.formulas'));
  }

  get formulasR1C1(): unknown[][] {
    return this.read('formulasR1C1');
  }
  set formulasR1C1(input: unknown) {
    this.assign(
      'formulasR1C1',
      input,
      (target, run) => writeContent(run, target, 'formulasR1C1', input, 'Range.formulasR1C1'),
      '1.2',
    );
  }

  get numberFormat(): unknown[][] {
    return this.read('numberFormat');
  }
  set numberFormat(input: unknown) {
    this.assign('numberFormat', input, (target) => writeNumberFormat(target, input, 'Range.numberFormat'));
  }

  get worksheet(): FakeWorksheet {
    this.worksheetProxy ??= this.host.make(
      new FakeWorksheet(this.host, `${this.path}.worksheet`, () => this.resolve()?.sheet ?? null),
    );
    return this.worksheetProxy;
  }

  private derived(method: string, args: readonly unknown[], derive: (target: RangeTarget) => RangeTarget): FakeRange {
    return this.host.make(
      new FakeRange(
        this.host,
        `${this.path}.${method}(${args.map((a) => JSON.stringify(argumentJson(a))).join(',')})`,
        () => {
          const target = this.resolve();
          if (!target) return null;
          const next = derive(target);
          if (!insideGrid(next.rect) || next.rect.bottom < next.rect.top || next.rect.right < next.rect.left) {
            throw invalidArgument(`Range.${method} leaves the worksheet`, `Range.${method}`);
          }
          return next;
        },
      ),
    );
  }

  getCell(row: number, column: number): FakeRange {
    return this.derived('getCell', [row, column], ({ sheet, rect }) => {
      const top = rect.top + row;
      const left = rect.left + column;
      return { sheet, rect: { top, left, bottom: top, right: left } };
    });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derived('getResizedRange', [deltaRows, deltaColumns], ({ sheet, rect }) => {
      this.host.requireApi('1.2', 'Range.getResizedRange');
      return { sheet, rect: { ...rect, bottom: rect.bottom + deltaRows, right: rect.right + deltaColumns } };
    });
  }

  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derived('getOffsetRange', [rowOffset, columnOffset], ({ sheet, rect }) => ({
      sheet,
      rect: {
        top: rect.top + rowOffset,
        bottom: rect.bottom + rowOffset,
        left: rect.left + columnOffset,
        right: rect.right + columnOffset,
      },
    }));
  }

  getBoundingRect(anotherRange: unknown): FakeRange {
    return this.derived('getBoundingRect', [anotherRange], ({ sheet, rect }) => {
      const other = rangeArgument(anotherRange, sheet, 'Range.getBoundingRect');
      if (other.sheet !== sheet) throw invalidArgument('the ranges are on different sheets', 'Range.getBoundingRect');
      return {
        sheet,
        rect: {
          top: Math.min(rect.top, other.rect.top),
          left: Math.min(rect.left, other.rect.left),
          bottom: Math.max(rect.bottom, other.rect.bottom),
          right: Math.max(rect.right, other.rect.right),
        },
      };
    });
  }

  /**
   * The cells of the range holding constants (a value, not a formula), as a RangeAreas; a null
   * object when there are none (ExcelApi 1.9). Only `constants` is modelled. Per
   * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getspecialcellsornullobject-member(1)
   */
  getSpecialCellsOrNullObject(cellType: string): FakeRangeAreas {
    if (cellType !== 'Constants') notImplemented(`Range.getSpecialCellsOrNullObject('${cellType}')`);
    return this.host.make(
      new FakeRangeAreas(this.host, `${this.path}.getSpecialCellsOrNullObject(${cellType})`, () => {
        this.host.requireApi('1.9', 'Range.getSpecialCellsOrNullObject');
        const target = this.resolve();
        if (!target) return null;
        const { sheet, rect } = target;
        // Excel merges the cells into rectangles; column runs are enough to name each cell once.
        const areas: Rect[] = [];
        for (let col = rect.left; col <= rect.right; col += 1) {
          let start: number | null = null;
          for (let row = rect.top; row <= rect.bottom + 1; row += 1) {
            const cell = row <= rect.bottom ? sheet.cell(row, col) : undefined;
            const constant = !!cell && cell.formula === null && cell.value !== null && cell.value !== '';
            if (constant && start === null) start = row;
            if (!constant && start !== null) {
              areas.push({ top: start, bottom: row - 1, left: col, right: col });
              start = null;
            }
          }
        }
        return areas.length > 0 ? { sheet, rects: areas } : null;
      }),
    );
  }

  /** The tables that intersect the range (or, with `fullyContained`, lie inside it). */
  getTables(fullyContained?: boolean): FakeRangeTableCollection {
    return this.host.make(new FakeRangeTableCollection(this.host, this, fullyContained ?? false));
  }

  clear(applyTo: string = 'All'): void {
    if (applyTo !== 'All' && applyTo !== 'Contents' && applyTo !== 'Formats')
      notImplemented(`Range.clear('${applyTo}')`);
    this.invoke('clear', [applyTo], (target, run) => {
      if (applyTo !== 'Formats') {
        run.contentChanging(target.sheet, target.rect);
        eachCell(target, (cell) => {
          cell.value = null;
          cell.formula = null;
        });
        renameEmptyHeaders(target.sheet);
      }
      if (applyTo !== 'Contents') {
        eachCell(target, (cell) => {
          Object.assign(cell, { numberFormat: GENERAL, bold: false, fill: null, fontColor: null });
        });
        // Wrapped text is a format; column widths and data validation are not, and stay (as in Excel).
        forEachKey(target.rect, (key) => target.sheet.wrapped.delete(key));
      }
    });
  }
}

/** A Range argument (a fake Range or an address on `sheet`), resolved inside the batch. */
function rangeArgument(arg: unknown, sheet: SheetModel, location: string): RangeTarget {
  if (arg instanceof FakeRange) {
    const target = arg.resolve();
    if (!target) throw itemNotFound('the range argument is a null object', location);
    return target;
  }
  if (typeof arg === 'string') return rangeOn(sheet, arg, location);
  throw invalidArgument('expected a Range or an address', location);
}

class FakeRangeFormat extends ClientObject<RangeTarget> {
  readonly font: FakeRangeFont;
  readonly fill: FakeRangeFill;

  constructor(host: Host, range: FakeRange) {
    super(host, 'RangeFormat', `${range.path}.format`, () => range.resolve());
    this.font = host.make(new FakeRangeFont(host, this));
    this.fill = host.make(new FakeRangeFill(host, this));
  }

  protected override properties(): PropertyTable<RangeTarget> {
    return {
      columnWidth: {
        read: ({ sheet, rect }) => {
          const widths: number[] = [];
          for (let col = rect.left; col <= rect.right; col += 1)
            widths.push(sheet.columnWidths.get(col) ?? DEFAULT_COLUMN_WIDTH);
          return agreed(widths);
        },
      },
      wrapText: {
        read: ({ sheet, rect }) => {
          const wrapped: boolean[] = [];
          forEachKey(rect, (key) => wrapped.push(sheet.wrapped.has(key)));
          return agreed(wrapped);
        },
      },
    };
  }

  protected override child(name: string): Loadable | undefined {
    return name === 'font' ? this.font : name === 'fill' ? this.fill : undefined;
  }

  /** Points; null when the columns differ. Unset columns have Excel's default, DEFAULT_COLUMN_WIDTH. */
  get columnWidth(): number {
    return this.read('columnWidth');
  }
  /** Set on any range, it is the width of the range's whole columns (Excel allows 0 to 255 characters). */
  set columnWidth(value: number) {
    this.assign('columnWidth', value, ({ sheet, rect }) => {
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
        throw invalidArgument('columnWidth must be a number of points, 0 or more', 'RangeFormat.columnWidth');
      for (let col = rect.left; col <= rect.right; col += 1) sheet.columnWidths.set(col, value);
    });
  }

  /** Per cell; null when the cells differ. */
  get wrapText(): boolean {
    return this.read('wrapText');
  }
  set wrapText(value: boolean) {
    this.assign('wrapText', value, ({ sheet, rect }) => {
      if (typeof value !== 'boolean') throw invalidArgument('wrapText must be a boolean', 'RangeFormat.wrapText');
      forEachKey(rect, (key) => (value ? sheet.wrapped.add(key) : sheet.wrapped.delete(key)));
    });
  }

  autofitColumns(): void {
    // Text widths are not measured: the widths stay as they are; the call is still part of the request.
    this.invoke('autofitColumns', [], () => undefined, '1.2');
  }
}

/** Excel keeps a typed list in the file as one string of at most 255 characters. */
const MAX_LIST_SOURCE = 255;

/** A list source as Excel stores it: the literal list, or '=' and a reference (a Range becomes its absolute address). */
function validationSource(source: unknown, sheet: SheetModel, model: WorkbookModel): string {
  const location = 'DataValidation.rule';
  if (source instanceof FakeRange) {
    const target = rangeArgument(source, sheet, location);
    const prefix = target.sheet === sheet ? '' : `${quoteSheet(target.sheet.name)}!`;
    return `=${prefix}${rectAddress(target.rect, true)}`;
  }
  if (typeof source !== 'string' || source.trim() === '')
    throw invalidArgument('a list source must be a Range or a non-empty string', location);
  if (source.startsWith('=')) {
    if (!referenceCells(source, sheet, model))
      throw invalidArgument(`the list source ${source} is not a range`, location);
    return source;
  }
  if (source.length > MAX_LIST_SOURCE)
    throw invalidArgument(`a typed list is limited to ${MAX_LIST_SOURCE} characters; refer to a range`, location);
  return source;
}

/** The cells of a '=Sheet!A1:A3' or '=A1:A3' list source, or null when it names no range. */
function referenceCells(source: string, sheet: SheetModel, model: WorkbookModel): RangeTarget | null {
  const { sheet: prefix, local } = splitSheet(source.slice(1).trim());
  const owner = prefix === null ? sheet : model.sheet(prefix);
  const rect = parseRect(local);
  return owner && rect ? { sheet: owner, rect } : null;
}

/**
 * Range.dataValidation (ExcelApi 1.8). Only list rules are modelled, per cell: a typed list
 * ('a,b,c', at most 255 characters) or a range ('=$A$1:$A$3', '=Lijsten!$A$1:$A$3' or a Range).
 * Reading `rule` gives the rule when every cell has the same one, else {}; `type` is 'List',
 * 'None' or 'Inconsistent'. Range.clear('All') does not remove validation, as in Excel.
 */
class FakeDataValidation extends ClientObject<RangeTarget> {
  constructor(host: Host, range: FakeRange) {
    super(host, 'DataValidation', `${range.path}.dataValidation`, () => range.resolve());
  }

  protected override properties(): PropertyTable<RangeTarget> {
    return {
      type: { since: '1.8', read: (target) => validationState(target).type },
      rule: { since: '1.8', read: (target) => validationState(target).rule },
    };
  }

  get type(): string {
    return this.read('type');
  }

  get rule(): Excel.DataValidationRule {
    return this.read('rule');
  }
  /** Replaces any validation of the range's cells. */
  set rule(value: Excel.DataValidationRule) {
    const kinds = Object.keys(value);
    if (kinds.some((kind) => kind !== 'list')) notImplemented(`DataValidation.rule ${kinds.join(', ')}`);
    this.assign(
      'rule',
      value,
      ({ sheet, rect }) => {
        const list = value.list;
        if (!list) throw invalidArgument('a rule needs one kind of criteria', 'DataValidation.rule');
        const rule: ValidationModel = {
          source: validationSource(list.source, sheet, this.host.model),
          inCellDropDown: list.inCellDropDown !== false,
        };
        forEachKey(rect, (key) => sheet.validations.set(key, rule));
      },
      '1.8',
    );
  }

  clear(): void {
    this.invoke('clear', [], ({ sheet, rect }) => forEachKey(rect, (key) => sheet.validations.delete(key)), '1.8');
  }
}

function validationState({ sheet, rect }: RangeTarget): { type: string; rule: Excel.DataValidationRule } {
  const rules: (ValidationModel | undefined)[] = [];
  forEachKey(rect, (key) => rules.push(sheet.validations.get(key)));
  const first = rules[0];
  const same = rules.every((rule) => rule?.source === first?.source && rule?.inCellDropDown === first?.inCellDropDown);
  if (!same) return { type: 'Inconsistent', rule: {} };
  if (!first) return { type: 'None', rule: {} };
  return { type: 'List', rule: { list: { source: first.source, inCellDropDown: first.inCellDropDown } } };
}

class FakeRangeFont extends ClientObject<RangeTarget> {
  constructor(host: Host, format: FakeRangeFormat) {
    super(host, 'RangeFont', `${format.path}.font`, () => format.resolve());
  }

  protected override properties(): PropertyTable<RangeTarget> {
    return {
      bold: { read: ({ sheet, rect }) => sheet.common(rect, (cell) => cell?.bold ?? false) },
      color: { read: ({ sheet, rect }) => sheet.common(rect, (cell) => cell?.fontColor ?? '#000000') },
    };
  }

  get bold(): boolean {
    return this.read('bold');
  }
  set bold(value: boolean) {
    this.assign('bold', value, (target) => {
      if (typeof value !== 'boolean') throw invalidArgument('bold must be a boolean', 'RangeFont.bold');
      eachCell(target, (cell) => {
        cell.bold = value;
      });
    });
  }

  get color(): string {
    return this.read('color');
  }
  set color(value: string) {
    this.assign('color', value, (target) => {
      const color = normaliseColor(value, 'RangeFont.color');
      eachCell(target, (cell) => {
        cell.fontColor = color === '#000000' ? null : color;
      });
    });
  }
}

class FakeRangeFill extends ClientObject<RangeTarget> {
  constructor(host: Host, format: FakeRangeFormat) {
    super(host, 'RangeFill', `${format.path}.fill`, () => format.resolve());
  }

  protected override properties(): PropertyTable<RangeTarget> {
    return { color: { read: ({ sheet, rect }) => sheet.common(rect, (cell) => cell?.fill ?? '#FFFFFF') } };
  }

  get color(): string {
    return this.read('color');
  }
  set color(value: string) {
    this.assign('color', value, (target) => {
      const color = normaliseColor(value, 'RangeFill.color');
      eachCell(target, (cell) => {
        cell.fill = color;
      });
    });
  }

  clear(): void {
    this.invoke('clear', [], (target) =>
      eachCell(target, (cell) => {
        cell.fill = null;
      }),
    );
  }
}

/* ───── conditional formats ───── */

class FakeConditionalFormatCollection extends ClientObject<RangeTarget> {
  constructor(host: Host, range: FakeRange) {
    super(host, 'ConditionalFormatCollection', `${range.path}.conditionalFormats`, () => {
      host.requireApi('1.6', 'Range.conditionalFormats');
      return range.resolve();
    });
  }

  /**
   * "Adds a new conditional format to the collection at the first/top priority"
   * (https://learn.microsoft.com/javascript/api/excel/excel.conditionalformatcollection#excel-excel-conditionalformatcollection-add-member(1)):
   * rules added one after another end up in reverse order. The sheet's list is in priority
   * order, index 0 first; stopIfTrue starts false, as in Excel's dialog.
   */
  add(type: string): FakeConditionalFormat {
    if (type !== 'Custom') notImplemented(`ConditionalFormatCollection.add('${type}')`);
    const created = new Created<ConditionalFormatModel>('a conditional format');
    this.invoke('add', [type], ({ sheet, rect }) => {
      created.model = {
        id: this.host.model.newId(),
        type: 'Custom',
        stopIfTrue: false,
        areas: [rect],
        formula: null,
        fill: null,
        fontColor: null,
        deleted: false,
      };
      sheet.conditionalFormats.unshift(created.model);
    });
    return this.host.make(new FakeConditionalFormat(this.host, `${this.path}.add('Custom')`, () => created.get()));
  }

  /** Removes the conditional formats from the range's cells; formats reaching outside keep the rest. */
  clearAll(): void {
    this.invoke('clearAll', [], ({ sheet, rect }) => {
      for (const format of sheet.conditionalFormats)
        format.areas = format.areas.flatMap((area) => subtract(area, rect));
      for (const format of sheet.conditionalFormats.filter((f) => f.areas.length === 0)) format.deleted = true;
      const kept = sheet.conditionalFormats.filter((f) => !f.deleted);
      sheet.conditionalFormats.splice(0, sheet.conditionalFormats.length, ...kept);
    });
  }
}

class FakeConditionalFormat extends ClientObject<ConditionalFormatModel> {
  readonly custom: FakeCustomConditionalFormat;

  constructor(host: Host, path: string, resolver: () => ConditionalFormatModel) {
    super(host, 'ConditionalFormat', path, resolver);
    this.custom = host.make(new FakeCustomConditionalFormat(host, this));
  }

  protected override properties(): PropertyTable<ConditionalFormatModel> {
    return {
      type: { read: (format) => format.type },
      priority: { read: (format) => this.sheetOf(format).conditionalFormats.indexOf(format) },
      stopIfTrue: { read: (format) => format.stopIfTrue },
    };
  }

  protected override child(name: string): Loadable | undefined {
    return name === 'custom' ? this.custom : undefined;
  }

  get type(): string {
    return this.read('type');
  }

  get priority(): number {
    return this.read('priority');
  }
  /**
   * "Changing this also changes other conditional formats' priorities ... Use a negative priority
   * to begin from the back. Priorities greater than the bounds will get and set to the maximum"
   * (https://learn.microsoft.com/javascript/api/excel/excel.conditionalformat#excel-excel-conditionalformat-priority-member).
   */
  set priority(value: number) {
    this.assign('priority', value, (format) => {
      if (!Number.isInteger(value)) throw invalidArgument('priority must be an integer', 'ConditionalFormat.priority');
      const list = this.sheetOf(format).conditionalFormats;
      list.splice(list.indexOf(format), 1);
      const at = value < 0 ? Math.max(0, list.length + 1 + value) : Math.min(value, list.length);
      list.splice(at, 0, format);
    });
  }

  get stopIfTrue(): boolean {
    return this.read('stopIfTrue');
  }
  /** https://learn.microsoft.com/javascript/api/excel/excel.conditionalformat#excel-excel-conditionalformat-stopiftrue-member */
  set stopIfTrue(value: boolean) {
    this.assign('stopIfTrue', value, (format) => {
      if (typeof value !== 'boolean')
        throw invalidArgument('stopIfTrue must be a boolean', 'ConditionalFormat.stopIfTrue');
      format.stopIfTrue = value;
    });
  }

  private sheetOf(format: ConditionalFormatModel): SheetModel {
    const sheet = this.host.model.sheets.find((each) => each.conditionalFormats.includes(format));
    if (!sheet) throw itemNotFound('the conditional format was deleted', 'ConditionalFormat');
    return sheet;
  }
}

class FakeCustomConditionalFormat extends ClientObject<ConditionalFormatModel> {
  readonly rule: FakeConditionalFormatRule;
  readonly format: FakeConditionalRangeFormat;

  constructor(host: Host, parent: FakeConditionalFormat) {
    super(host, 'CustomConditionalFormat', `${parent.path}.custom`, () => parent.resolve());
    this.rule = host.make(new FakeConditionalFormatRule(host, this));
    this.format = host.make(new FakeConditionalRangeFormat(host, this));
  }

  protected override child(name: string): Loadable | undefined {
    return name === 'rule' ? this.rule : name === 'format' ? this.format : undefined;
  }
}

class FakeConditionalFormatRule extends ClientObject<ConditionalFormatModel> {
  constructor(host: Host, parent: FakeCustomConditionalFormat) {
    super(host, 'ConditionalFormatRule', `${parent.path}.rule`, () => parent.resolve());
  }

  protected override properties(): PropertyTable<ConditionalFormatModel> {
    return { formula: { read: (format) => format.formula ?? '' } };
  }

  get formula(): string {
    return this.read('formula');
  }
  set formula(value: string) {
    this.assign('formula', value, (format) => {
      if (typeof value !== 'string') throw invalidArgument('formula must be a string', 'ConditionalFormatRule.formula');
      format.formula = value;
    });
  }
}

class FakeConditionalRangeFormat extends ClientObject<ConditionalFormatModel> {
  readonly fill: FakeConditionalColor;
  readonly font: FakeConditionalColor;

  constructor(host: Host, parent: FakeCustomConditionalFormat) {
    super(host, 'ConditionalRangeFormat', `${parent.path}.format`, () => parent.resolve());
    this.fill = host.make(new FakeConditionalColor(host, this, 'fill'));
    this.font = host.make(new FakeConditionalColor(host, this, 'font'));
  }

  protected override child(name: string): Loadable | undefined {
    return name === 'fill' ? this.fill : name === 'font' ? this.font : undefined;
  }
}

/** ConditionalRangeFill or ConditionalRangeFont: only their colour is modelled. */
class FakeConditionalColor extends ClientObject<ConditionalFormatModel> {
  constructor(
    host: Host,
    parent: FakeConditionalRangeFormat,
    private readonly part: 'fill' | 'font',
  ) {
    super(host, part === 'fill' ? 'ConditionalRangeFill' : 'ConditionalRangeFont', `${parent.path}.${part}`, () =>
      parent.resolve(),
    );
  }

  protected override properties(): PropertyTable<ConditionalFormatModel> {
    return { color: { read: (format) => (this.part === 'fill' ? format.fill : format.fontColor) } };
  }

  get color(): string {
    return this.read('color');
  }
  set color(value: string) {
    this.assign('color', value, (format) => {
      const color = normaliseColor(value, `${this.typeName}.color`);
      if (this.part === 'fill') format.fill = color;
      else format.fontColor = color;
    });
  }
}

/* ───── tables ───── */

/** The tables of one sheet (worksheet.tables) or of the whole workbook (workbook.tables). */
class FakeTableCollection extends Collection<FakeTable, TableModel, SheetModel | WorkbookModel> {
  constructor(host: Host, owner: FakeWorksheet | FakeWorkbook) {
    super(host, 'TableCollection', `${owner.path}.tables`, () => owner.resolve());
  }

  protected list(scope: SheetModel | WorkbookModel): readonly TableModel[] {
    const tables = scope instanceof SheetModel ? scope.tables : scope.sheets.flatMap((sheet) => sheet.tables);
    return tables.filter((table) => !table.deleted);
  }

  protected wrap(table: TableModel): FakeTable {
    return this.host.make(new FakeTable(this.host, `${this.path}[${table.id}]`, () => table));
  }

  protected sampleItemProperties(): readonly string[] {
    return ['name', 'id'];
  }

  /** TableCollection.add (ExcelApi 1.1; a Range argument from 1.3): see addTable. */
  add(address: unknown, hasHeaders: boolean): FakeTable {
    return addTable(this.host, this, address, hasHeaders);
  }

  getItem(key: string): FakeTable {
    return this.host.make(
      new FakeTable(this.host, `${this.path}.getItem(${JSON.stringify(key)})`, () => {
        const scope = this.resolve();
        const lower = key.toLowerCase();
        const table = scope && this.list(scope).find((t) => t.name.toLowerCase() === lower || t.id === key);
        if (!table) throw itemNotFound(`the table '${key}' does not exist`, 'TableCollection.getItem');
        return table;
      }),
    );
  }
}

/**
 * "Creates a new table. The range object or source address determines the worksheet under which
 * the table will be added. If the table cannot be added (e.g., because the address is invalid,
 * or the table would overlap with another table), an error will be thrown."
 * (https://learn.microsoft.com/javascript/api/excel/excel.tablecollection#excel-excel-tablecollection-add-member(1)).
 * Named Table1, Table2 … as Excel's English UI does; only a range with its header row is modelled.
 */
function addTable(host: Host, tables: FakeTableCollection, address: unknown, hasHeaders: boolean): FakeTable {
  if (hasHeaders !== true) notImplemented('TableCollection.add without a header row');
  const created = new Created<TableModel>('a table');
  host.enqueue({
    request: { call: `${tables.path}.add`, args: [argumentJson(address), hasHeaders] },
    what: 'TableCollection.add',
    since: address instanceof FakeRange ? '1.3' : undefined,
    apply: () => {
      const scope = tables.resolve();
      const sheet = scope instanceof SheetModel ? scope : host.model.active;
      if (!sheet) throw itemNotFound('there is no worksheet for the table', 'TableCollection.add');
      const target = rangeArgument(address, sheet, 'TableCollection.add');
      if (target.rect.bottom === target.rect.top)
        throw invalidArgument('a table needs a header and a data row', 'TableCollection.add');
      const all = host.model.sheets.flatMap((each) => each.tables.filter((table) => !table.deleted));
      if (target.sheet.tables.some((table) => !table.deleted && intersects(table.rect, target.rect)))
        throw invalidArgument('a table cannot overlap another table', 'TableCollection.add');
      let n = 1;
      while (all.some((table) => table.name.toLowerCase() === `table${n}`)) n += 1;
      created.model = {
        id: host.model.newId(),
        name: `Table${n}`,
        sheet: target.sheet,
        rect: target.rect,
        deleted: false,
      };
      target.sheet.tables.push(created.model);
      renameEmptyHeaders(target.sheet);
    },
  });
  return host.make(new FakeTable(host, `${tables.path}.add()`, () => created.get()));
}

class FakeRangeTableCollection extends Collection<FakeTable, TableModel, RangeTarget> {
  constructor(
    host: Host,
    range: FakeRange,
    private readonly fullyContained: boolean,
  ) {
    super(host, 'TableScopedCollection', `${range.path}.getTables(${String(fullyContained)})`, () => {
      host.requireApi('1.9', 'Range.getTables');
      return range.resolve();
    });
  }

  protected list({ sheet, rect }: RangeTarget): readonly TableModel[] {
    return sheet.tables.filter(
      (table) =>
        !table.deleted &&
        (this.fullyContained
          ? table.rect.top >= rect.top &&
            table.rect.bottom <= rect.bottom &&
            table.rect.left >= rect.left &&
            table.rect.right <= rect.right
          : intersects(table.rect, rect)),
    );
  }

  protected wrap(table: TableModel): FakeTable {
    return this.host.make(new FakeTable(this.host, `${this.path}[${table.id}]`, () => table));
  }

  protected sampleItemProperties(): readonly string[] {
    return ['name', 'id'];
  }
}

class FakeTable extends ClientObject<TableModel> {
  readonly columns: FakeTableColumnCollection;
  readonly worksheet: FakeWorksheet;

  constructor(host: Host, path: string, resolver: () => TableModel | null) {
    super(host, 'Table', path, resolver);
    this.columns = host.make(new FakeTableColumnCollection(host, this));
    this.worksheet = host.make(
      new FakeWorksheet(host, `${path}.worksheet`, () => {
        host.requireApi('1.2', 'Table.worksheet');
        return this.resolve()?.sheet ?? null;
      }),
    );
  }

  protected override child(name: string): Loadable | undefined {
    return name === 'worksheet' ? this.worksheet : undefined;
  }

  protected override properties(): PropertyTable<TableModel> {
    return { name: { read: (table) => table.name }, id: { read: (table) => table.id } };
  }

  get name(): string {
    return this.read('name');
  }
  set name(_value: string) {
    notImplemented('Table.name (renaming a table)');
  }

  get id(): string {
    return this.read('id');
  }

  private part(method: string, rows: (rect: Rect) => Rect): FakeRange {
    return this.host.make(
      new FakeRange(this.host, `${this.path}.${method}()`, () => {
        const table = this.resolve();
        return table && { sheet: table.sheet, rect: rows(table.rect) };
      }),
    );
  }

  getRange(): FakeRange {
    return this.part('getRange', (rect) => rect);
  }

  getHeaderRowRange(): FakeRange {
    return this.part('getHeaderRowRange', (rect) => ({ ...rect, bottom: rect.top }));
  }

  /** Excel's rules: the header stays in its row, the new range overlaps the old, no other table. */
  resize(newRange: unknown): void {
    this.invoke(
      'resize',
      [newRange],
      (table) => {
        const { rect } = rangeArgument(newRange, table.sheet, 'Table.resize');
        if (rect.top !== table.rect.top) throw invalidArgument('the header row of a table cannot move', 'Table.resize');
        if (!intersects(rect, table.rect))
          throw invalidArgument('the new range must overlap the table', 'Table.resize');
        if (table.sheet.tables.some((other) => other !== table && !other.deleted && intersects(other.rect, rect)))
          throw invalidArgument('the new range overlaps another table', 'Table.resize');
        table.rect = rect;
        renameEmptyHeaders(table.sheet);
      },
      '1.13',
    );
  }

  getDataBodyRange(): FakeRange {
    return this.part('getDataBodyRange', (rect) => ({ ...rect, top: rect.top + 1 }));
  }
}

interface ColumnTarget {
  readonly table: TableModel;
  readonly index: number;
}

class FakeTableColumnCollection extends ClientObject<TableModel> {
  constructor(host: Host, table: FakeTable) {
    super(host, 'TableColumnCollection', `${table.path}.columns`, () => table.resolve());
  }

  /** Appends a column at the right of the table: header `name` (or the first value), then the values. */
  add(index?: number | null, values?: unknown, name?: string): FakeTableColumn {
    const created = new Created<ColumnTarget>('a table column');
    this.invoke('add', [index ?? null, values ?? null, name ?? null], (table, run) => {
      const width = rectSize(table.rect).cols;
      if (index === undefined || index === null || index === -1)
        this.host.requireApi('1.4', 'TableColumnCollection.add without index');
      else if (index !== width) notImplemented('TableColumnCollection.add at an index inside the table');
      if (name !== undefined) this.host.requireApi('1.4', 'TableColumnCollection.add with a name');
      const rect = { ...table.rect, left: table.rect.right + 1, right: table.rect.right + 1 };
      if (!insideGrid(rect))
        throw invalidArgument('the table cannot grow past the last column', 'TableColumnCollection.add');
      const occupied = table.sheet.grid(rect, (cell) => hasContent(cell)).some(([filled]) => filled);
      if (occupied)
        notImplemented('TableColumnCollection.add next to cells that are not empty (Excel would shift them)');
      const target = { sheet: table.sheet, rect };
      run.contentChanging(table.sheet, rect);
      if (values !== undefined && values !== null)
        writeContent(null, target, 'values', values, 'TableColumnCollection.add');
      const header = name ?? (hasContent(table.sheet.cell(rect.top, rect.left)) ? null : `Column${width + 1}`);
      if (header !== null) {
        const headerCell = { sheet: table.sheet, rect: { ...rect, bottom: rect.top } };
        writeContent(null, headerCell, 'values', header, 'TableColumnCollection.add');
      }
      table.rect = { ...table.rect, right: rect.right };
      created.model = { table, index: width };
    });
    return this.host.make(new FakeTableColumn(this.host, `${this.path}.add()`, () => created.get()));
  }
}

class FakeTableColumn extends ClientObject<ColumnTarget> {
  constructor(host: Host, path: string, resolver: () => ColumnTarget) {
    super(host, 'TableColumn', path, resolver);
  }

  protected override properties(): PropertyTable<ColumnTarget> {
    return {
      name: {
        read: ({ table, index }) => String(valueOf(table.sheet.cell(table.rect.top, table.rect.left + index)) ?? ''),
      },
      index: { read: ({ index }) => index },
    };
  }

  get name(): string {
    return this.read('name');
  }
  get index(): number {
    return this.read('index');
  }
}

/* ───── charts ───── */

const CHART_TYPES = new Set(
  (
    'ColumnClustered ColumnStacked ColumnStacked100 3DColumnClustered 3DColumnStacked 3DColumnStacked100 BarClustered ' +
    'BarStacked BarStacked100 3DBarClustered 3DBarStacked 3DBarStacked100 LineStacked LineStacked100 LineMarkers ' +
    'LineMarkersStacked LineMarkersStacked100 PieOfPie PieExploded 3DPieExploded BarOfPie XYScatterSmooth ' +
    'XYScatterSmoothNoMarkers XYScatterLines XYScatterLinesNoMarkers AreaStacked AreaStacked100 3DAreaStacked ' +
    '3DAreaStacked100 DoughnutExploded RadarMarkers RadarFilled Surface SurfaceWireframe SurfaceTopView ' +
    'SurfaceTopViewWireframe Bubble Bubble3DEffect StockHLC StockOHLC StockVHLC StockVOHLC CylinderColClustered ' +
    'CylinderColStacked CylinderColStacked100 CylinderBarClustered CylinderBarStacked CylinderBarStacked100 CylinderCol ' +
    'ConeColClustered ConeColStacked ConeColStacked100 ConeBarClustered ConeBarStacked ConeBarStacked100 ConeCol ' +
    'PyramidColClustered PyramidColStacked PyramidColStacked100 PyramidBarClustered PyramidBarStacked ' +
    'PyramidBarStacked100 PyramidCol 3DColumn Line 3DLine 3DPie Pie XYScatter 3DArea Area Doughnut Radar Histogram ' +
    'Boxwhisker Pareto RegionMap Treemap Waterfall Sunburst Funnel'
  ).split(' '),
);

/**
 * The series Excel makes of a chart's source: `charts.add(type, sourceData)` takes one Range
 * (https://learn.microsoft.com/javascript/api/excel/excel.chartcollection#excel-excel-chartcollection-add-member(1))
 * and charts the whole rectangle, a series per column (per row when `seriesBy` says so, or on
 * Auto when it is wider than high) — every column in between too, which is how a source from
 * the categories to the last series picks up the columns between them (issue #14, defect 2).
 * Excel's guess that a first text column or row holds categories and names is not modelled:
 * the strict reading, every column a series. Unnamed series are called "Series1", "Series2" …
 * ("Reeks1" in Dutch Excel) until ChartSeries.name is set.
 */
function seriesOfSource(source: RangeTarget, seriesBy: SeriesBy): ChartSeriesModel[] {
  const { rows, cols } = rectSize(source.rect);
  const byRows = seriesBy === 'Rows' || (seriesBy === 'Auto' && cols > rows);
  const count = byRows ? rows : cols;
  return Array.from({ length: count }, (_, i) => {
    const r = source.rect;
    const rect = byRows ? { ...r, top: r.top + i, bottom: r.top + i } : { ...r, left: r.left + i, right: r.left + i };
    return newSeries(`Series${i + 1}`, { sheet: source.sheet, rect });
  });
}

function newSeries(name: string, values: RangeTarget | null): ChartSeriesModel {
  return {
    name,
    values,
    xValues: null,
    color: null,
    overlap: null,
    gapWidth: null,
    hasDataLabels: false,
    labelFormat: null,
    pointColors: new Map(),
  };
}

function pointCount(series: ChartSeriesModel): number {
  if (!series.values) return 0;
  const { rows, cols } = rectSize(series.values.rect);
  return Math.max(rows, cols);
}

class FakeChartCollection extends Collection<FakeChart, ChartModel, SheetModel> {
  constructor(host: Host, sheet: FakeWorksheet) {
    super(host, 'ChartCollection', `${sheet.path}.charts`, () => sheet.resolve());
  }

  protected list(sheet: SheetModel): readonly ChartModel[] {
    return sheet.charts.filter((chart) => !chart.deleted);
  }

  protected wrap(chart: ChartModel): FakeChart {
    return this.host.make(new FakeChart(this.host, `${this.path}[${chart.id}]`, () => chart));
  }

  protected sampleItemProperties(): readonly string[] {
    return ['name', 'id', 'chartType'];
  }

  add(type: string, sourceData: unknown, seriesBy: string = 'Auto'): FakeChart {
    const created = new Created<ChartModel>('a chart');
    this.invoke('add', [type, sourceData, seriesBy], (sheet) => {
      if (!CHART_TYPES.has(type)) throw invalidArgument(`'${type}' is not a chart type`, 'ChartCollection.add');
      if (seriesBy !== 'Auto' && seriesBy !== 'Columns' && seriesBy !== 'Rows') {
        throw invalidArgument(`'${seriesBy}' is not a ChartSeriesBy`, 'ChartCollection.add');
      }
      if (!(sourceData instanceof FakeRange))
        throw invalidArgument('sourceData must be a Range', 'ChartCollection.add');
      const source = rangeArgument(sourceData, sheet, 'ChartCollection.add');
      sheet.chartCount += 1;
      const series = seriesOfSource(source, seriesBy);
      created.model = {
        id: this.host.model.newId(),
        name: `Chart ${sheet.chartCount}`,
        type,
        sheet,
        sourceSheet: source.sheet,
        source: source.rect,
        seriesBy,
        title: null,
        position: null,
        legendVisible: true,
        series,
        reversePlotOrder: false,
        deleted: false,
      };
      sheet.charts.push(created.model);
    });
    return this.host.make(new FakeChart(this.host, `${this.path}.add(${JSON.stringify(type)})`, () => created.get()));
  }

  private find(key: string): ChartModel | null {
    const sheet = this.resolve();
    const lower = key.toLowerCase();
    return sheet?.charts.find((c) => !c.deleted && (c.name.toLowerCase() === lower || c.id === key)) ?? null;
  }

  getItem(name: string): FakeChart {
    return this.host.make(
      new FakeChart(this.host, `${this.path}.getItem(${JSON.stringify(name)})`, () => {
        const chart = this.find(name);
        if (!chart) throw itemNotFound(`the chart '${name}' does not exist`, 'ChartCollection.getItem');
        return chart;
      }),
    );
  }

  getItemOrNullObject(name: string): FakeChart {
    return this.host.make(
      new FakeChart(this.host, `${this.path}.getItemOrNullObject(${JSON.stringify(name)})`, () => {
        this.host.requireApi('1.4', 'ChartCollection.getItemOrNullObject');
        return this.find(name);
      }),
    );
  }
}

/** A chart position argument: a Range (its address) or an A1 address. */
function cellArgument(arg: unknown, sheet: SheetModel, location: string): string {
  return rectAddress(rangeArgument(arg, sheet, location).rect);
}

class FakeChart extends ClientObject<ChartModel> {
  readonly title: FakeChartTitle;
  readonly legend: FakeChartLegend;
  readonly series: FakeChartSeriesCollection;
  readonly axes: FakeChartAxes;

  constructor(host: Host, path: string, resolver: () => ChartModel | null) {
    super(host, 'Chart', path, resolver);
    this.title = host.make(new FakeChartTitle(host, this));
    this.legend = host.make(new FakeChartLegend(host, this));
    this.series = host.make(new FakeChartSeriesCollection(host, this));
    this.axes = host.make(new FakeChartAxes(host, this));
  }

  protected override properties(): PropertyTable<ChartModel> {
    return {
      name: { read: (chart) => chart.name },
      id: { read: (chart) => chart.id },
      chartType: { read: (chart) => chart.type },
    };
  }

  protected override child(name: string): Loadable | undefined {
    return name === 'title' ? this.title : name === 'legend' ? this.legend : undefined;
  }

  get name(): string {
    return this.read('name');
  }
  set name(value: string) {
    this.assign('name', value, (chart) => {
      if (typeof value !== 'string' || value === '')
        throw invalidArgument('a chart name must be a non-empty string', 'Chart.name');
      chart.name = value;
    });
  }

  get id(): string {
    return this.read('id');
  }
  get chartType(): string {
    return this.read('chartType');
  }

  setPosition(startCell: unknown, endCell?: unknown): void {
    this.invoke('setPosition', [startCell, endCell ?? null], (chart) => {
      chart.position = {
        startCell: cellArgument(startCell, chart.sheet, 'Chart.setPosition'),
        endCell: endCell === undefined ? null : cellArgument(endCell, chart.sheet, 'Chart.setPosition'),
      };
    });
  }

  delete(): void {
    this.invoke('delete', [], (chart) => {
      chart.deleted = true;
      chart.sheet.charts.splice(chart.sheet.charts.indexOf(chart), 1);
    });
  }
}

class FakeChartTitle extends ClientObject<ChartModel> {
  constructor(host: Host, chart: FakeChart) {
    super(host, 'ChartTitle', `${chart.path}.title`, () => chart.resolve());
  }

  protected override properties(): PropertyTable<ChartModel> {
    return { text: { read: (chart) => chart.title ?? '' } };
  }

  get text(): string {
    return this.read('text');
  }
  set text(value: string) {
    this.assign('text', value, (chart) => {
      if (typeof value !== 'string') throw invalidArgument('a title must be a string', 'ChartTitle.text');
      chart.title = value;
    });
  }
}

class FakeChartLegend extends ClientObject<ChartModel> {
  constructor(host: Host, chart: FakeChart) {
    super(host, 'ChartLegend', `${chart.path}.legend`, () => chart.resolve());
  }

  protected override properties(): PropertyTable<ChartModel> {
    return { visible: { read: (chart) => chart.legendVisible } };
  }

  get visible(): boolean {
    return this.read('visible');
  }
  set visible(value: boolean) {
    this.assign('visible', value, (chart) => {
      if (typeof value !== 'boolean') throw invalidArgument('visible must be a boolean', 'ChartLegend.visible');
      chart.legendVisible = value;
    });
  }
}

interface SeriesTarget {
  readonly chart: ChartModel;
  readonly series: number;
}

interface PointTarget extends SeriesTarget {
  readonly point: number;
}

function seriesOf(target: SeriesTarget): ChartSeriesModel {
  const series = target.chart.series[target.series];
  if (!series) throw itemNotFound(`the chart has no series ${target.series}`, 'ChartSeries');
  return series;
}

class FakeChartSeriesCollection extends ClientObject<ChartModel> {
  constructor(host: Host, chart: FakeChart) {
    super(host, 'ChartSeriesCollection', `${chart.path}.series`, () => chart.resolve());
  }

  protected override properties(): PropertyTable<ChartModel> {
    return { count: { read: (chart) => chart.series.length } };
  }

  get count(): number {
    return this.read('count');
  }

  getItemAt(index: number): FakeChartSeries {
    return this.host.make(
      new FakeChartSeries(this.host, `${this.path}.getItemAt(${index})`, () => {
        const chart = this.resolve();
        if (!chart) return null;
        if (!Number.isInteger(index) || index < 0 || index >= chart.series.length) {
          throw itemNotFound(`the chart has no series ${index}`, 'ChartSeriesCollection.getItemAt');
        }
        return { chart, series: index };
      }),
    );
  }

  /**
   * ExcelApi 1.7. "The new added series is not visible until values, x-axis values, or bubble
   * sizes for it are set" (the typings of ChartSeriesCollection.add): it starts without values.
   */
  add(name?: string, index?: number): FakeChartSeries {
    const created = new Created<SeriesTarget>('a chart series');
    this.invoke(
      'add',
      [name ?? null, index ?? null],
      (chart) => {
        const at = index === undefined ? chart.series.length : index;
        if (!Number.isInteger(at) || at < 0 || at > chart.series.length)
          throw invalidArgument(`no series position ${at}`, 'ChartSeriesCollection.add');
        chart.series.splice(at, 0, newSeries(name ?? `Series${chart.series.length + 1}`, null));
        created.model = { chart, series: at };
      },
      '1.7',
    );
    return this.host.make(new FakeChartSeries(this.host, `${this.path}.add()`, () => created.get()));
  }
}

class FakeChartDataLabels extends ClientObject<SeriesTarget> {
  constructor(host: Host, series: FakeChartSeries) {
    super(host, 'ChartDataLabels', `${series.path}.dataLabels`, () => series.resolve());
  }

  set numberFormat(value: string) {
    this.assign('numberFormat', value, (target) => (seriesOf(target).labelFormat = value), '1.8');
  }

  set showValue(value: boolean) {
    this.assign('showValue', value, (target) => (seriesOf(target).hasDataLabels ||= value), '1.8');
  }
}

class FakeChartSeries extends ClientObject<SeriesTarget> {
  readonly points: FakeChartPointsCollection;
  readonly format: FakeChartFormat<SeriesTarget>;
  readonly dataLabels: FakeChartDataLabels;

  constructor(host: Host, path: string, resolver: () => SeriesTarget | null) {
    super(host, 'ChartSeries', path, resolver);
    this.points = host.make(new FakeChartPointsCollection(host, this));
    this.dataLabels = host.make(new FakeChartDataLabels(host, this));
    this.format = host.make(
      new FakeChartFormat<SeriesTarget>(
        host,
        'ChartSeriesFormat',
        `${path}.format`,
        () => this.resolve(),
        (target, color) => (seriesOf(target).color = color),
      ),
    );
  }

  protected override properties(): PropertyTable<SeriesTarget> {
    return { name: { read: (target) => seriesOf(target).name } };
  }

  get name(): string {
    return this.read('name');
  }
  set name(value: string) {
    this.assign('name', value, (target) => {
      if (typeof value !== 'string' || value.length > 255)
        throw invalidArgument('a series name is a string of at most 255 characters', 'ChartSeries.name');
      seriesOf(target).name = value;
    });
  }

  /** ExcelApi 1.7. */
  setValues(sourceData: unknown): void {
    this.invoke(
      'setValues',
      [sourceData],
      (target) => (seriesOf(target).values = rangeArgument(sourceData, target.chart.sheet, 'ChartSeries.setValues')),
      '1.7',
    );
  }

  /** ExcelApi 1.7. */
  setXAxisValues(sourceData: unknown): void {
    this.invoke(
      'setXAxisValues',
      [sourceData],
      (target) =>
        (seriesOf(target).xValues = rangeArgument(sourceData, target.chart.sheet, 'ChartSeries.setXAxisValues')),
      '1.7',
    );
  }

  /** ExcelApi 1.8; "a value between -100 and 100" (the typings of ChartSeries.overlap). */
  set overlap(value: number) {
    this.assign(
      'overlap',
      value,
      (target) => {
        if (!Number.isFinite(value) || value < -100 || value > 100)
          throw invalidArgument('overlap is between -100 and 100', 'ChartSeries.overlap');
        seriesOf(target).overlap = value;
      },
      '1.8',
    );
  }

  /** ExcelApi 1.7 (0 to 500 in Excel's UI). */
  set gapWidth(value: number) {
    this.assign(
      'gapWidth',
      value,
      (target) => {
        if (!Number.isFinite(value) || value < 0 || value > 500)
          throw invalidArgument('gapWidth is between 0 and 500', 'ChartSeries.gapWidth');
        seriesOf(target).gapWidth = value;
      },
      '1.7',
    );
  }

  /** ExcelApi 1.7. */
  set hasDataLabels(value: boolean) {
    this.assign('hasDataLabels', value, (target) => (seriesOf(target).hasDataLabels = value), '1.7');
  }
}

class FakeChartPointsCollection extends ClientObject<SeriesTarget> {
  constructor(host: Host, series: FakeChartSeries) {
    super(host, 'ChartPointsCollection', `${series.path}.points`, () => series.resolve());
  }

  getItemAt(index: number): FakeChartPoint {
    return this.host.make(
      new FakeChartPoint(this.host, `${this.path}.getItemAt(${index})`, () => {
        const series = this.resolve();
        if (!series) return null;
        if (!Number.isInteger(index) || index < 0 || index >= pointCount(seriesOf(series))) {
          throw itemNotFound(`the series has no point ${index}`, 'ChartPointsCollection.getItemAt');
        }
        return { ...series, point: index };
      }),
    );
  }
}

class FakeChartPoint extends ClientObject<PointTarget> {
  readonly format: FakeChartFormat<PointTarget>;

  constructor(host: Host, path: string, resolver: () => PointTarget | null) {
    super(host, 'ChartPoint', path, resolver);
    this.format = host.make(
      new FakeChartFormat<PointTarget>(
        host,
        'ChartPointFormat',
        `${path}.format`,
        () => this.resolve(),
        (target, color) => {
          const points = seriesOf(target).pointColors;
          if (color === null) points.delete(target.point);
          else points.set(target.point, color);
        },
      ),
    );
  }
}

/** Chart.axes.categoryAxis: only the plot order is modelled. */
class FakeChartAxes extends ClientObject<ChartModel> {
  readonly categoryAxis: FakeCategoryAxis;

  constructor(host: Host, chart: FakeChart) {
    super(host, 'ChartAxes', `${chart.path}.axes`, () => chart.resolve());
    this.categoryAxis = host.make(new FakeCategoryAxis(host, this));
  }
}

class FakeCategoryAxis extends ClientObject<ChartModel> {
  constructor(host: Host, axes: FakeChartAxes) {
    super(host, 'ChartAxis', `${axes.path}.categoryAxis`, () => axes.resolve());
  }

  protected override properties(): PropertyTable<ChartModel> {
    return { reversePlotOrder: { since: '1.7', read: (chart) => chart.reversePlotOrder } };
  }

  get reversePlotOrder(): boolean {
    return this.read('reversePlotOrder');
  }

  /** ExcelApi 1.7: "Specifies if Excel plots data points from last to first." */
  set reversePlotOrder(value: boolean) {
    this.assign('reversePlotOrder', value, (chart) => (chart.reversePlotOrder = value), '1.7');
  }
}

type Paint<T> = (target: T, color: string | null) => void;

/** ChartSeriesFormat or ChartPointFormat: only `fill` is modelled. */
class FakeChartFormat<T> extends ClientObject<T> {
  readonly fill: FakeChartFill<T>;

  constructor(host: Host, typeName: string, path: string, resolver: () => T | null, paint: Paint<T>) {
    super(host, typeName, path, resolver);
    this.fill = host.make(new FakeChartFill<T>(host, `${path}.fill`, () => this.resolve(), paint));
  }
}

class FakeChartFill<T> extends ClientObject<T> {
  constructor(
    host: Host,
    path: string,
    resolver: () => T | null,
    private readonly paint: Paint<T>,
  ) {
    super(host, 'ChartFill', path, resolver);
  }

  setSolidColor(color: string): void {
    this.invoke('setSolidColor', [color], (target) =>
      this.paint(target, normaliseColor(color, 'ChartFill.setSolidColor')),
    );
  }

  clear(): void {
    this.invoke('clear', [], (target) => this.paint(target, null));
  }
}

/* ───── names ───── */

function validName(name: string): boolean {
  return validDefinedName(name, (text) => parseCell(text) !== null);
}

const SIMPLE_REFERENCE =
  /^=?\s*(?:'((?:[^']|'')+)'|([^'!=]+))!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)\s*$/;

/** "='Blad1'!$S$6" as Excel stores it: leading '=', the sheet quoted only when needed. */
function normaliseReference(reference: string): string {
  const match = SIMPLE_REFERENCE.exec(reference);
  if (match?.[3]) {
    const sheet = match[1] !== undefined ? match[1].replace(/''/g, "'") : (match[2] ?? '');
    return `=${quoteSheet(sheet)}!${match[3].toUpperCase()}`;
  }
  return reference.startsWith('=') ? reference : `=${reference}`;
}

class FakeNamedItemCollection extends Collection<FakeNamedItem, NameModel, WorkbookModel> {
  constructor(host: Host, workbook: FakeWorkbook) {
    super(host, 'NamedItemCollection', `${workbook.path}.names`, () => host.model);
  }

  protected list(model: WorkbookModel): readonly NameModel[] {
    return [...model.names.values()];
  }

  protected wrap(name: NameModel): FakeNamedItem {
    return this.host.make(new FakeNamedItem(this.host, `${this.path}[${JSON.stringify(name.name)}]`, () => name));
  }

  protected sampleItemProperties(): readonly string[] {
    return ['name', 'formula', 'comment'];
  }

  add(name: string, reference: unknown, comment?: string): FakeNamedItem {
    const created = new Created<NameModel>('a name');
    this.invoke(
      'add',
      [name, reference, comment ?? null],
      (model) => {
        if (typeof name !== 'string' || !validName(name))
          throw invalidArgument(`'${name}' is not a valid name`, 'NamedItemCollection.add');
        if (model.names.has(name.toLowerCase())) {
          throw new FakeExcelError('ItemAlreadyExists', `the name '${name}' already exists`, 'NamedItemCollection.add');
        }
        let formula: string;
        if (reference instanceof FakeRange) {
          const target = reference.resolve();
          if (!target) throw itemNotFound('the reference is a null object', 'NamedItemCollection.add');
          formula = `=${quoteSheet(target.sheet.name)}!${rectAddress(target.rect, true)}`;
        } else if (typeof reference === 'string') {
          formula = normaliseReference(reference);
        } else {
          throw invalidArgument('the reference must be a Range or a formula', 'NamedItemCollection.add');
        }
        created.model = { name, formula, comment: comment ?? '', deleted: false };
        model.names.set(name.toLowerCase(), created.model);
      },
      '1.4',
    );
    return this.host.make(
      new FakeNamedItem(this.host, `${this.path}.add(${JSON.stringify(name)})`, () => created.get()),
    );
  }

  getItem(name: string): FakeNamedItem {
    return this.host.make(
      new FakeNamedItem(this.host, `${this.path}.getItem(${JSON.stringify(name)})`, () => {
        const item = this.host.model.names.get(name.toLowerCase());
        if (!item) throw itemNotFound(`the name '${name}' does not exist`, 'NamedItemCollection.getItem');
        return item;
      }),
    );
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    return this.host.make(
      new FakeNamedItem(this.host, `${this.path}.getItemOrNullObject(${JSON.stringify(name)})`, () => {
        this.host.requireApi('1.4', 'NamedItemCollection.getItemOrNullObject');
        return this.host.model.names.get(name.toLowerCase()) ?? null;
      }),
    );
  }
}

class FakeNamedItem extends ClientObject<NameModel> {
  constructor(host: Host, path: string, resolver: () => NameModel | null) {
    super(host, 'NamedItem', path, resolver);
  }

  protected override properties(): PropertyTable<NameModel> {
    return {
      name: { read: (item) => item.name },
      formula: { read: (item) => item.formula, since: '1.7' },
      comment: { read: (item) => item.comment, since: '1.4' },
    };
  }

  get name(): string {
    return this.read('name');
  }
  get formula(): string {
    return this.read('formula');
  }
  get comment(): string {
    return this.read('comment');
  }

  delete(): void {
    this.invoke(
      'delete',
      [],
      (item) => {
        item.deleted = true;
        this.host.model.names.delete(item.name.toLowerCase());
      },
      '1.4',
    );
  }
}

/* ───── settings ───── */

/** Refuses a setting that would take all settings past SETTINGS_LIMIT_BYTES (see fake-rules.ts). */
function checkSettingsSize(model: WorkbookModel, key: string, json: string, location: string): void {
  let total = jsonBytes(key) + Buffer.byteLength(json, 'utf8');
  for (const setting of model.settings.values())
    if (setting.key !== key) total += jsonBytes(setting.key) + Buffer.byteLength(setting.json, 'utf8');
  if (total > SETTINGS_LIMIT_BYTES)
    throw invalidArgument(
      `The argument is invalid or missing or has an incorrect format (settings of ${total} bytes; the fake allows ${SETTINGS_LIMIT_BYTES})`,
      location,
    );
}

class FakeSettingCollection extends Collection<FakeSetting, SettingModel, WorkbookModel> {
  constructor(host: Host, workbook: FakeWorkbook) {
    super(host, 'SettingCollection', `${workbook.path}.settings`, () => {
      host.requireApi('1.4', 'Workbook.settings');
      return host.model;
    });
  }

  protected list(model: WorkbookModel): readonly SettingModel[] {
    return [...model.settings.values()];
  }

  protected wrap(setting: SettingModel): FakeSetting {
    return this.host.make(new FakeSetting(this.host, `${this.path}[${JSON.stringify(setting.key)}]`, () => setting));
  }

  protected sampleItemProperties(): readonly string[] {
    return ['key', 'value'];
  }

  /** Adds the setting, or replaces the value of an existing one. */
  add(key: string, value: unknown): FakeSetting {
    const created = new Created<SettingModel>('a setting');
    this.invoke('add', [key, value], (model) => {
      if (typeof key !== 'string' || key === '')
        throw invalidArgument('a setting key must be a non-empty string', 'SettingCollection.add');
      const json = JSON.stringify(value);
      if (json === undefined)
        throw invalidArgument('a setting value must be JSON-serialisable', 'SettingCollection.add');
      checkSettingsSize(model, key, json, 'SettingCollection.add');
      const existing = model.settings.get(key);
      if (existing) existing.json = json;
      created.model = existing ?? { key, json, deleted: false };
      model.settings.set(key, created.model);
    });
    return this.host.make(new FakeSetting(this.host, `${this.path}.add(${JSON.stringify(key)})`, () => created.get()));
  }

  getItem(key: string): FakeSetting {
    return this.host.make(
      new FakeSetting(this.host, `${this.path}.getItem(${JSON.stringify(key)})`, () => {
        this.resolve();
        const setting = this.host.model.settings.get(key);
        if (!setting) throw itemNotFound(`the setting '${key}' does not exist`, 'SettingCollection.getItem');
        return setting;
      }),
    );
  }

  getItemOrNullObject(key: string): FakeSetting {
    return this.host.make(
      new FakeSetting(this.host, `${this.path}.getItemOrNullObject(${JSON.stringify(key)})`, () => {
        this.resolve();
        return this.host.model.settings.get(key) ?? null;
      }),
    );
  }
}

class FakeSetting extends ClientObject<SettingModel> {
  constructor(host: Host, path: string, resolver: () => SettingModel | null) {
    super(host, 'Setting', path, resolver);
  }

  protected override properties(): PropertyTable<SettingModel> {
    return {
      key: { read: (setting) => setting.key },
      value: { read: (setting): unknown => JSON.parse(setting.json) },
    };
  }

  get key(): string {
    return this.read('key');
  }

  get value(): unknown {
    return this.read('value');
  }
  set value(value: unknown) {
    this.assign('value', value, (setting) => {
      const json = JSON.stringify(value);
      if (json === undefined) throw invalidArgument('a setting value must be JSON-serialisable', 'Setting.value');
      checkSettingsSize(this.host.model, setting.key, json, 'Setting.value');
      setting.json = json;
    });
  }

  delete(): void {
    this.invoke('delete', [], (setting) => {
      setting.deleted = true;
      this.host.model.settings.delete(setting.key);
    });
  }
}

/* ───── notes (ExcelApi 1.18) ───── */

/** A single-cell address on the sheet, as Excel keys notes ("H7"). */
function noteCell(sheet: SheetModel, address: string, location: string): string {
  const { rect } = rangeOn(sheet, address, location);
  if (rect.top !== rect.bottom || rect.left !== rect.right)
    throw invalidArgument('a note belongs to one cell', location);
  return cellName(rect.top, rect.left);
}

class FakeNoteCollection extends ClientObject<SheetModel> {
  constructor(host: Host, sheet: FakeWorksheet) {
    super(host, 'NoteCollection', `${sheet.path}.notes`, () => {
      host.requireApi('1.18', 'Worksheet.notes');
      return sheet.resolve();
    });
  }

  add(cellAddress: string, content: string): FakeNote {
    const created = new Created<NoteModel>('a note');
    this.invoke('add', [cellAddress, content], (sheet) => {
      const cell = noteCell(sheet, cellAddress, 'NoteCollection.add');
      if (sheet.notes.get(cell)?.deleted === false)
        throw invalidArgument(`cell ${cell} already has a note`, 'NoteCollection.add');
      const note = { cell, content, deleted: false };
      sheet.notes.set(cell, note);
      created.model = note;
    });
    return this.host.make(new FakeNote(this.host, `${this.path}.add()`, () => created.get()));
  }

  getItemOrNullObject(cellAddress: string): FakeNote {
    return this.host.make(
      new FakeNote(this.host, `${this.path}.getItemOrNullObject(${JSON.stringify(cellAddress)})`, () => {
        const sheet = this.resolve();
        const note = sheet?.notes.get(noteCell(sheet, cellAddress, 'NoteCollection.getItemOrNullObject'));
        return note && !note.deleted ? note : null;
      }),
    );
  }
}

class FakeNote extends ClientObject<NoteModel> {
  constructor(host: Host, path: string, resolver: () => NoteModel | null) {
    super(host, 'Note', path, resolver);
  }

  protected override properties(): PropertyTable<NoteModel> {
    return { content: { read: (note) => note.content } };
  }

  get content(): string {
    return this.read('content');
  }
  set content(value: string) {
    this.assign('content', value, (note) => {
      note.content = value;
    });
  }

  delete(): void {
    this.invoke('delete', [], (note) => {
      note.deleted = true;
    });
  }
}

/* ───── events ───── */

/** Worksheet.onChanged: handlers take effect, and stop, at the next sync (as in Office.js). */
class FakeChangedEvent {
  constructor(
    private readonly host: Host,
    private readonly sheet: FakeWorksheet,
  ) {}

  add(handler: ChangedHandler): FakeEventHandlerResult {
    if (typeof handler !== 'function') throw new TypeError('onChanged.add needs a function');
    this.host.enqueue({
      request: { event: `${this.sheet.path}.onChanged`, add: true },
      what: 'Worksheet.onChanged.add',
      since: '1.7',
      apply: () => this.existing().handlers.add(handler),
    });
    return strict(new FakeEventHandlerResult(this.host, () => this.remove(handler)), 'EventHandlerResult');
  }

  private remove(handler: ChangedHandler): void {
    this.host.enqueue({
      request: { event: `${this.sheet.path}.onChanged`, remove: true },
      what: 'EventHandlerResult.remove',
      apply: () => this.existing().handlers.delete(handler),
    });
  }

  private existing(): SheetModel {
    const sheet = this.sheet.resolve();
    if (!sheet) throw itemNotFound('onChanged on a null worksheet', 'Worksheet.onChanged');
    return sheet;
  }
}

class FakeEventHandlerResult {
  constructor(
    private readonly host: Host,
    private readonly onRemove: () => void,
  ) {}

  get context(): Excel.RequestContext {
    return this.host.requestContext;
  }

  remove(): void {
    this.onRemove();
  }
}

/* ───────────────────────────── the host ───────────────────────────── */

export interface RequestRecord {
  /** Size of the JSON of the batch's queued operations (a stand-in for the request payload). */
  readonly bytes: number;
  readonly operations: number;
  /** Size of the JSON of what the batch's loads returned (the response payload); 0 when refused. */
  readonly responseBytes: number;
}

/** Excel's side of the wire plus the request queue of the one RequestContext. */
class Host {
  readonly requestContext: Excel.RequestContext;
  readonly requestLog: RequestRecord[] = [];
  readonly eventErrors: unknown[] = [];
  /** Excel on the web refuses requests above 5 MB (see PAYLOAD_LIMIT_BYTES). */
  requestLimitBytes = PAYLOAD_LIMIT_BYTES;
  /** …and responses above 5 MB. */
  responseLimitBytes = PAYLOAD_LIMIT_BYTES;
  /** onChanged calls waiting for the sync that raised them to have resolved. */
  private undelivered: (() => void)[] = [];
  syncCount = 0;
  suspendedBatches = 0;
  private queue: Operation[] = [];
  private readonly failures = new Map<number, unknown>();

  constructor(
    readonly model: WorkbookModel,
    public version: string,
  ) {
    this.requestContext = strict(new FakeRequestContext(this), 'RequestContext') as unknown as Excel.RequestContext;
  }

  make<O extends { readonly typeName: string }>(object: O): O {
    return strict(object, object.typeName);
  }

  supports(version: string): boolean {
    return compareVersions(this.version, version) >= 0;
  }

  requireApi(since: string | undefined, what: string): void {
    if (since !== undefined && !this.supports(since)) {
      throw new FakeExcelError(
        'ApiNotFound',
        `${what} needs ExcelApi ${since}; this host has ExcelApi ${this.version}`,
        what,
      );
    }
  }

  enqueue(operation: Operation): void {
    this.queue.push(operation);
  }

  failOn(sync: number, error: unknown): void {
    if (!Number.isInteger(sync) || sync <= this.syncCount) {
      throw new Error(`fake: sync ${sync} has already run (${this.syncCount} so far)`);
    }
    this.failures.set(sync, error);
  }

  /** Sends the queued batch: measured now, applied after a tick, in order, then loads become readable. */
  async sync(): Promise<void> {
    const operations = this.queue;
    this.queue = [];
    this.syncCount += 1;
    const number = this.syncCount;
    const bytes = byteLength(JSON.stringify(operations.map((operation) => operation.request)));
    const record = { bytes, operations: operations.length, responseBytes: 0 };
    this.requestLog.push(record);
    await Promise.resolve();
    if (this.failures.has(number)) {
      const failure = this.failures.get(number);
      this.failures.delete(number);
      throw failure;
    }
    if (bytes > this.requestLimitBytes) {
      throw new FakeExcelError(
        'RequestPayloadSizeLimitExceeded',
        `the request is ${bytes} bytes; the limit is ${this.requestLimitBytes}`,
      );
    }
    const run = new BatchRun(this);
    try {
      for (const operation of operations) {
        this.requireApi(operation.since, operation.what);
        operation.apply(run);
      }
      // Strict reading: the operations ran, but the answer cannot come back, so no load lands.
      if (run.responseBytes > this.responseLimitBytes) {
        throw new FakeExcelError(
          'ResponsePayloadSizeLimitExceeded',
          `the response is ${run.responseBytes} bytes; the limit is ${this.responseLimitBytes}`,
        );
      }
      record.responseBytes = run.responseBytes;
      for (const commit of run.commits) commit();
    } finally {
      if (run.calculationSuspended) this.suspendedBatches += 1;
      this.scheduleEvents(run);
    }
  }

  /**
   * Events are raised by Excel after the batch and reach the add-in asynchronously: never inside
   * the sync that caused them, so a flag an add-in clears right after its sync does not hide its
   * own writes (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events —
   * "events are asynchronous"; triggerSource, ExcelApi 1.14, tells them apart). Delivered on the
   * next macrotask, or by fake.flushEvents().
   */
  private scheduleEvents(run: BatchRun): void {
    const calls = [...run.changes.values()].map((change) =>
      this.prepareDispatch(change.sheet, change.rect, 'ThisLocalAddin', change.before),
    );
    if (calls.length === 0) return;
    this.undelivered.push(...calls);
    setTimeout(() => this.flushEvents(), 0);
  }

  /** Delivers the events of completed syncs that are still on their way. */
  flushEvents(): void {
    const calls = this.undelivered;
    this.undelivered = [];
    for (const call of calls) call();
  }

  /** Calls the sheet's onChanged handlers; returns what they threw synchronously. */
  dispatch(sheet: SheetModel, rect: Rect, trigger: 'ThisLocalAddin' | 'Unknown', before: Scalar | null): unknown[] {
    return this.prepareDispatch(sheet, rect, trigger, before)();
  }

  /** The event's arguments as of now, and a call of the handlers registered when it is delivered. */
  private prepareDispatch(
    sheet: SheetModel,
    rect: Rect,
    trigger: 'ThisLocalAddin' | 'Unknown',
    before: Scalar | null,
  ): () => unknown[] {
    const single = rect.top === rect.bottom && rect.left === rect.right;
    const after = sheet.cell(rect.top, rect.left);
    const details =
      single && this.supports('1.9')
        ? {
            valueBefore: before,
            valueAfter: valueOf(after),
            valueTypeBefore:
              before === '' || before === null ? 'Empty' : valueTypeOf({ ...emptyCell(), value: before }),
            valueTypeAfter: valueTypeOf(after),
          }
        : undefined;
    const address = rectAddress(rect);
    const args: Record<string, unknown> = {
      type: 'WorksheetChanged',
      address,
      worksheetId: sheet.id,
      changeType: 'RangeEdited',
      source: 'Local',
      details,
      getRange: (ctx: Excel.RequestContext) => ctx.workbook.worksheets.getItem(sheet.id).getRange(address),
      getRangeOrNullObject: (ctx: Excel.RequestContext) => ctx.workbook.worksheets.getItem(sheet.id).getRange(address),
    };
    if (this.supports('1.14')) args.triggerSource = trigger;
    return () => {
      const errors: unknown[] = [];
      for (const handler of [...sheet.handlers]) {
        try {
          const result = handler(args as unknown as Excel.WorksheetChangedEventArgs);
          if (result instanceof Promise) result.catch((error: unknown) => this.eventErrors.push(error));
        } catch (error) {
          errors.push(error);
          this.eventErrors.push(error);
        }
      }
      return errors;
    };
  }
}

/* ───────────────────────────── Office.context.requirements ───────────────────────────── */

const OFFICE_STUB = Symbol('fake-excel Office stub');

interface OfficeStub {
  readonly [OFFICE_STUB]: true;
  readonly context: { readonly requirements: { isSetSupported(name: string, version?: string): boolean } };
}

/** The fakes that installed (or share) the Office stub; the newest answers isSetSupported. */
const officeUsers: FakeExcel[] = [];

function globalScope(): { Office?: unknown } {
  return globalThis as unknown as { Office?: unknown };
}

function isOfficeStub(value: unknown): value is OfficeStub {
  return typeof value === 'object' && value !== null && OFFICE_STUB in value;
}

function attachOfficeStub(fake: FakeExcel): void {
  const scope = globalScope();
  if (scope.Office === undefined) {
    const stub: OfficeStub = {
      [OFFICE_STUB]: true,
      context: {
        requirements: {
          isSetSupported: (name, version) =>
            officeUsers[officeUsers.length - 1]?.isSetSupported(name, version) ?? false,
        },
      },
    };
    scope.Office = stub;
  }
  if (isOfficeStub(scope.Office)) officeUsers.push(fake);
}

function releaseOfficeStub(fake: FakeExcel): void {
  const index = officeUsers.indexOf(fake);
  if (index >= 0) officeUsers.splice(index, 1);
  const scope = globalScope();
  if (officeUsers.length === 0 && isOfficeStub(scope.Office)) delete scope.Office;
}

/* ───────────────────────────── test access ───────────────────────────── */

export interface CellSnapshot {
  /** The stored value: null for an empty cell and for a formula (formulas are not evaluated). */
  readonly value: Scalar | null;
  readonly formula: string | null;
  readonly numberFormat: string;
  readonly bold: boolean;
  readonly fill: string | null;
  readonly fontColor: string | null;
}

export interface ChartRecord {
  readonly name: string;
  readonly type: string;
  /** The source data's address, with the sheet only when it is another sheet. */
  readonly source: string;
  readonly seriesBy: SeriesBy;
  readonly title: string | null;
  readonly position: { readonly startCell: string; readonly endCell: string | null } | null;
  readonly legendVisible: boolean;
  readonly seriesColors: readonly { readonly series: number; readonly color: string }[];
  readonly pointColors: readonly { readonly series: number; readonly point: number; readonly color: string }[];
  readonly series: readonly ChartSeriesRecord[];
  /**
   * Where the first category is drawn. Bar charts count their categories from the axis origin,
   * at the bottom, unless the category axis is reversed (Excel's long-standing behaviour:
   * https://peltiertech.com/bar-chart-categories-backwards/; ChartAxis.reversePlotOrder).
   */
  readonly firstCategory: 'top' | 'bottom' | 'left' | 'right';
}

export interface ChartSeriesRecord {
  readonly name: string;
  /** Addresses, with the sheet only when it is not the chart's. */
  readonly values: string | null;
  readonly xValues: string | null;
  readonly color: string | null;
  readonly overlap: number | null;
  readonly gapWidth: number | null;
  readonly dataLabels: { readonly numberFormat: string | null } | null;
}

export interface ConditionalFormatRecord {
  /** "H5:I11"; several areas are joined with commas. */
  readonly address: string;
  readonly type: 'Custom';
  /** 0 is evaluated first; the list is in this order. */
  readonly priority: number;
  readonly stopIfTrue: boolean;
  readonly formula: string | null;
  readonly fill: string | null;
  readonly fontColor: string | null;
}

export interface TableRecord {
  readonly name: string;
  readonly address: string;
}

/** The test's side of the fake workbook: inspect state, count requests, inject failures, act as the user. */
export class FakeExcel {
  constructor(private readonly host: Host) {}

  /** Number of context.sync() calls so far. */
  get syncs(): number {
    return this.host.syncCount;
  }

  /** One entry per sync, in order. */
  get requests(): readonly RequestRecord[] {
    return [...this.host.requestLog];
  }

  get maxRequestBytes(): number {
    return this.host.requestLog.reduce((max, request) => Math.max(max, request.bytes), 0);
  }

  /** The largest response of a sync so far (what its loads returned, as JSON). */
  get maxResponseBytes(): number {
    return this.host.requestLog.reduce((max, request) => Math.max(max, request.responseBytes), 0);
  }

  /** Syncs whose response is above this size are refused with ResponsePayloadSizeLimitExceeded (default 5 MB). */
  get responseLimitBytes(): number {
    return this.host.responseLimitBytes;
  }
  set responseLimitBytes(bytes: number) {
    this.host.responseLimitBytes = bytes;
  }

  /** context.runtime.enableEvents as Excel holds it (it lasts the whole session, across Excel.run calls). */
  get eventsEnabled(): boolean {
    return this.host.model.enableEvents;
  }

  /** Delivers now the onChanged events of finished syncs (they arrive on the next macrotask otherwise). */
  flushEvents(): void {
    this.host.flushEvents();
  }

  /** Syncs above this size are refused with RequestPayloadSizeLimitExceeded (default 5 MB). */
  get requestLimitBytes(): number {
    return this.host.requestLimitBytes;
  }
  set requestLimitBytes(bytes: number) {
    this.host.requestLimitBytes = bytes;
  }

  /** Batches that called application.suspendApiCalculationUntilNextSync(). */
  get calculationSuspendedBatches(): number {
    return this.host.suspendedBatches;
  }

  /** Errors thrown or rejected by onChanged handlers the fake called. */
  get eventErrors(): readonly unknown[] {
    return [...this.host.eventErrors];
  }

  /** Defined names: name → formula ("='Blad 1'!$S$6"). */
  get names(): Record<string, string> {
    return Object.fromEntries([...this.host.model.names.values()].map((item) => [item.name, item.formula]));
  }

  /** workbook.settings: key → value. */
  get settings(): Record<string, unknown> {
    return Object.fromEntries(
      [...this.host.model.settings.values()].map((setting): [string, unknown] => [
        setting.key,
        JSON.parse(setting.json),
      ]),
    );
  }

  cell(sheetName: string, address: string): CellSnapshot {
    const sheet = this.sheet(sheetName);
    const at = parseCell(address);
    if (!at) throw new Error(`fake: not a cell address: ${address}`);
    const cell = sheet.cell(at.row, at.col) ?? emptyCell();
    return {
      value: cell.value,
      formula: cell.formula,
      numberFormat: cell.numberFormat,
      bold: cell.bold,
      fill: cell.fill,
      fontColor: cell.fontColor,
    };
  }

  /** The sheet from A1 to its last cell with content: values, formulas as '=…' text, null when empty. */
  sheetValues(sheetName: string): (Scalar | null)[][] {
    return this.sheetGrid(sheetName, (cell) => cell?.value ?? cell?.formula ?? null);
  }

  /** Like sheetValues, with the formula wherever a cell has one (what HyperFormula should evaluate). */
  sheetFormulas(sheetName: string): (Scalar | null)[][] {
    return this.sheetGrid(sheetName, (cell) => cell?.formula ?? cell?.value ?? null);
  }

  charts(sheetName: string): ChartRecord[] {
    const sheet = this.sheet(sheetName);
    return sheet.charts.map((chart) => ({
      name: chart.name,
      type: chart.type,
      source:
        chart.sourceSheet === sheet
          ? rectAddress(chart.source)
          : `${quoteSheet(chart.sourceSheet.name)}!${rectAddress(chart.source)}`,
      seriesBy: chart.seriesBy,
      title: chart.title,
      position: chart.position && { ...chart.position },
      legendVisible: chart.legendVisible,
      seriesColors: chart.series.flatMap((series, i) => (series.color ? [{ series: i, color: series.color }] : [])),
      pointColors: chart.series.flatMap((series, i) =>
        [...series.pointColors].sort(([a], [b]) => a - b).map(([point, color]) => ({ series: i, point, color })),
      ),
      series: chart.series.map((series) => {
        const where = (target: RangeTarget | null) =>
          target === null
            ? null
            : target.sheet === sheet
              ? rectAddress(target.rect)
              : `${quoteSheet(target.sheet.name)}!${rectAddress(target.rect)}`;
        return {
          name: series.name,
          values: where(series.values),
          xValues: where(series.xValues),
          color: series.color,
          overlap: series.overlap,
          gapWidth: series.gapWidth,
          dataLabels: series.hasDataLabels ? { numberFormat: series.labelFormat } : null,
        };
      }),
      firstCategory: chart.type.includes('Bar')
        ? chart.reversePlotOrder
          ? 'top'
          : 'bottom'
        : chart.reversePlotOrder
          ? 'right'
          : 'left',
    }));
  }

  conditionalFormats(sheetName: string): ConditionalFormatRecord[] {
    return this.sheet(sheetName).conditionalFormats.map((format, priority) => ({
      address: format.areas.map((area) => rectAddress(area)).join(','),
      type: format.type,
      priority,
      stopIfTrue: format.stopIfTrue,
      formula: format.formula,
      fill: format.fill,
      fontColor: format.fontColor,
    }));
  }

  /** The notes of a sheet, by cell. */
  notes(sheetName: string): Record<string, string> {
    const notes: Record<string, string> = {};
    for (const note of this.sheet(sheetName).notes.values()) if (!note.deleted) notes[note.cell] = note.content;
    return notes;
  }

  /** The sheets of the workbook, in order. */
  get sheetNames(): string[] {
    return this.host.model.sheets.map((sheet) => sheet.name);
  }

  /**
   * The drop-down of one cell, or null. A typed list is split at its commas; a list that refers
   * to a range gives that range's non-empty cells now, as text (a formula cell gives its formula).
   */
  validation(sheetName: string, address: string): { list: string[]; inCellDropDown: boolean } | null {
    const at = parseCell(address);
    if (!at) throw new Error(`fake: not a cell address: ${address}`);
    const sheet = this.sheet(sheetName);
    const rule = sheet.validations.get(at.row * MAX_COLUMNS + at.col);
    if (!rule) return null;
    if (!rule.source.startsWith('=')) return { list: typedListItems(rule.source), inCellDropDown: rule.inCellDropDown };
    const cells = referenceCells(rule.source, sheet, this.host.model);
    if (!cells) throw new Error(`fake: the list source ${rule.source} of ${address} no longer refers to a range`);
    const list = cells.sheet
      .grid(cells.rect, (cell) => cell?.value ?? cell?.formula ?? null)
      .flat()
      .filter((value): value is Scalar => value !== null)
      .map((value) => (typeof value === 'boolean' ? String(value).toUpperCase() : String(value)));
    return { list, inCellDropDown: rule.inCellDropDown };
  }

  /** The active sheet's name. */
  get activeSheet(): string | null {
    return this.host.model.active?.name ?? null;
  }

  /** A column's width in points (0-based column), or null when never set. */
  columnWidth(sheetName: string, col: number): number | null {
    return this.sheet(sheetName).columnWidths.get(col) ?? null;
  }

  wrapText(sheetName: string, address: string): boolean {
    const at = parseCell(address);
    if (!at) throw new Error(`fake: not a cell address: ${address}`);
    return this.sheet(sheetName).wrapped.has(at.row * MAX_COLUMNS + at.col);
  }

  tables(sheetName: string): TableRecord[] {
    return this.sheet(sheetName).tables.map((table) => ({ name: table.name, address: rectAddress(table.rect) }));
  }

  /** Makes the n-th context.sync() (1-based, counted from the start) reject with `error`, applying nothing. */
  failOnSync(n: number, error: unknown = new FakeExcelError('GeneralException', 'injected failure')): void {
    this.host.failOn(n, error);
  }

  /**
   * The user types `value` into `address` (a scalar for every cell, or a 2-D array; '=…' is a
   * formula, null or '' clears), then onChanged fires: triggerSource 'Unknown' from ExcelApi
   * 1.14, details for a single cell from 1.9. Errors thrown by handlers are rethrown.
   */
  edit(sheetName: string, address: string, value: Scalar | null | readonly (readonly (Scalar | null)[])[]): void {
    const sheet = this.sheet(sheetName);
    const target = rangeOn(sheet, address, 'fake.edit');
    const before = valueOf(sheet.cell(target.rect.top, target.rect.left));
    const input = value === null ? '' : value;
    writeContent(null, target, 'values', input, 'fake.edit');
    // runtime.enableEvents = false silences every event to the add-in, the user's edits included.
    const errors = this.host.model.enableEvents ? this.host.dispatch(sheet, target.rect, 'Unknown', before) : [];
    if (errors.length > 0) throw errors[0];
  }

  /** Moves the selection (and the active sheet) as the user would; 'A1:B3,D5' selects two areas. */
  select(sheetName: string, address: string): void {
    const sheet = this.sheet(sheetName);
    this.host.model.active = sheet;
    const areas = address.split(',').map((part) => rangeOn(sheet, part.trim(), 'fake.select').rect);
    const first = areas[0];
    if (!first) throw new Error(`fake: no address to select: ${address}`);
    this.host.model.selection = areas.length > 1 ? { sheet, rect: first, areas } : { sheet, rect: first };
  }

  /** The user renames a sheet (its id stays; names, formulas and list sources follow). */
  renameSheet(from: string, to: string): void {
    renameSheet(this.host.model, this.sheet(from), to);
  }

  /** The host's highest ExcelApi requirement set, e.g. '1.7'. */
  setSupported(version: string): void {
    this.host.version = version;
  }

  /** The workbook's custom XML parts (deleted ones left out), in the order added. */
  get customXmlParts(): { readonly id: string; readonly namespaceUri: string; readonly xml: string }[] {
    return this.host.model.customXml.live().map(({ id, namespaceUri, xml }) => ({ id, namespaceUri, xml }));
  }

  /** The gate of custom XML parts: off, isSetSupported('ExcelApi', '1.5') is false and customXmlParts fails. */
  set customXmlAvailable(available: boolean) {
    this.host.model.customXml.available = available;
  }

  isSetSupported(name: string, version?: string): boolean {
    if (name.toLowerCase() !== 'excelapi') return false;
    if (version === '1.5' && !this.host.model.customXml.available) return false;
    return version === undefined || this.host.supports(version);
  }

  /** Removes the global Office stub when this was the last fake using it. */
  dispose(): void {
    releaseOfficeStub(this);
  }

  private sheet(name: string): SheetModel {
    const sheet = this.host.model.sheet(name);
    if (!sheet) throw new Error(`fake: no sheet '${name}'`);
    return sheet;
  }

  private sheetGrid(sheetName: string, read: (cell: CellModel | undefined) => Scalar | null): (Scalar | null)[][] {
    const sheet = this.sheet(sheetName);
    const used = sheet.used(true);
    if (!used) return [];
    return sheet.grid({ top: 0, left: 0, bottom: used.bottom, right: used.right }, read);
  }
}

/* ───────────────────────────── createFake ───────────────────────────── */

/** A grid's cells as a sheet's initial contents (A1 → value), blanks and errors left out. */
export function fakeCells(grid: {
  readonly cells: readonly (readonly unknown[])[];
}): Record<string, number | string | boolean> {
  const cells: Record<string, number | string | boolean> = {};
  grid.cells.forEach((row, r) =>
    row.forEach((value, c) => {
      if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean')
        cells[cellName(r, c)] = value;
    }),
  );
  return cells;
}

export interface FakeSheetInit {
  readonly name: string;
  /** A1 → value; a string starting with '=' is a formula. */
  readonly cells?: Readonly<Record<string, number | string | boolean>>;
  readonly tables?: readonly { readonly name: string; readonly range: string }[];
}

export interface FakeWorkbookInit {
  readonly sheets: readonly FakeSheetInit[];
  /** The active sheet (default: the first). */
  readonly active?: string;
  /** The selected range on the active sheet (default: A1). */
  readonly selected?: string;
  /** The highest ExcelApi requirement set the host supports (default: 1.14). */
  readonly requirementSets?: string;
  /** Workbook.customXmlParts available (default true; see FakeExcel.customXmlAvailable). */
  readonly customXmlParts?: boolean;
}

export const DEFAULT_EXCEL_API = '1.14';

function buildSheet(model: WorkbookModel, init: FakeSheetInit): SheetModel {
  if (model.sheet(init.name)) throw new Error(`fake: duplicate sheet '${init.name}'`);
  const sheet = new SheetModel(init.name, model.newId());
  for (const [address, value] of Object.entries(init.cells ?? {})) {
    const at = parseCell(address);
    if (!at) throw new Error(`fake: not a cell address: ${address}`);
    const formula = typeof value === 'string' && value.startsWith('=') ? value : null;
    sheet.update(at.row, at.col, (cell) => {
      cell.value = formula === null && value !== '' ? value : null;
      cell.formula = formula;
    });
  }
  for (const table of init.tables ?? []) {
    const rect = parseRect(table.range);
    if (!rect || rect.bottom === rect.top)
      throw new Error(`fake: a table needs a header and a data row: ${table.range}`);
    sheet.tables.push({ id: model.newId(), name: table.name, sheet, rect, deleted: false });
  }
  return sheet;
}

/**
 * A fake workbook: `context` for the adapter (typed as Excel.RequestContext), `fake` for the test.
 * Installs a global `Office` with context.requirements.isSetSupported when there is none.
 */
export function createFake(initial?: FakeWorkbookInit): { context: Excel.RequestContext; fake: FakeExcel } {
  const init: FakeWorkbookInit = initial ?? { sheets: [{ name: 'Blad1' }] };
  const model = new WorkbookModel();
  for (const sheet of init.sheets) model.sheets.push(buildSheet(model, sheet));
  const active = init.active === undefined ? model.sheets[0] : model.sheet(init.active);
  if (!active) throw new Error(`fake: no active sheet '${init.active ?? ''}'`);
  model.active = active;
  model.selection = rangeOn(active, init.selected ?? 'A1', 'createFake');
  model.customXml.available = init.customXmlParts ?? true;
  const host = new Host(model, init.requirementSets ?? DEFAULT_EXCEL_API);
  const fake = new FakeExcel(host);
  attachOfficeStub(fake);
  return { context: host.requestContext, fake };
}
