// An .xlsx workbook as the engine reads it, straight from the package XML: per sheet a grid of
// plain cell values from A1 to the last cell with content. Formula cells give their cached
// result, as Excel shows them; shared strings, inline and rich text, booleans, errors and
// date-formatted numbers (as yyyy-mm-dd) read as ExcelJS used to read them, several times
// faster, and from the same unzipped parts the writer then patches.
import { a1, columnIndex, inBoxes, parseA1 } from '../engine/core';
import type { CellGrid, CellValue } from '../engine/core';
import {
  cellCode,
  editedCells,
  ownedFromRecords,
  ownsCell,
  workbookNames,
  type OwnedBox,
  type WorkbookName,
} from './ownership';
import { readPart, sheetsOf, workbookPart, type Parts } from './package-xml';
import { PackageError } from './package-error';
import { unzipParts } from './unzip';
import { attribute, elements, UnclosedElement, unescapeXml } from './xml';

export const OWNERSHIP_SHEET = '_IJkpunt';

export interface PackageSheet {
  readonly grid: CellGrid;
  /**
   * Content the grid shows as empty: cells holding a formula whose cached result is empty, and
   * stray cells far outside the occupied region (left out of the grid).
   */
  readonly emptyFormulas: ReadonlySet<string>;
}

export interface ReadPackage {
  readonly parts: Parts;
  /** The user's sheets in workbook order (IJkpunt's ownership sheet left out). */
  readonly sheets: readonly PackageSheet[];
  /** What IJkpunt wrote on each sheet in an earlier run, where it is now. */
  readonly owned: ReadonlyMap<string, OwnedBox[]>;
  /** Per sheet: cells inside IJkpunt's output that no longer hold what it wrote (the user's edits). */
  readonly edits: ReadonlyMap<string, readonly string[]>;
  /** The workbook's defined names and the sheets they refer to. */
  readonly names: readonly WorkbookName[];
}

/** Built-in number formats that show dates or times. */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

function isDateCode(code: string): boolean {
  // Ignore quoted text, escaped characters and [colour]/[locale] sections.
  const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/** Per cell-format index (the s attribute): does it show a date? */
function dateStyles(parts: Parts): boolean[] {
  const styles = readPart(parts, workbookPart(parts, 'styles')) ?? '';
  const custom = new Map<number, string>();
  for (const el of elements(styles, 'numFmt'))
    custom.set(Number(attribute(el.text, 'numFmtId')), attribute(el.text, 'formatCode') ?? '');
  const cellXfs = elements(styles, 'cellXfs')[0]?.text ?? '';
  return elements(cellXfs, 'xf').map((xf) => {
    const id = Number(attribute(xf.text, 'numFmtId') ?? 0);
    const code = custom.get(id);
    return code !== undefined ? isDateCode(code) : DATE_FORMAT_IDS.has(id);
  });
}

/** The text of an <si> or <is>: its <t> runs, without phonetic hints. */
function richText(xml: string): string {
  const plain = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  let text = '';
  const runs = /<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g;
  for (let m = runs.exec(plain); m; m = runs.exec(plain)) text += unescapeXml(m[1] ?? '');
  return text;
}

function sharedStrings(parts: Parts): string[] {
  const xml = readPart(parts, workbookPart(parts, 'sharedStrings')) ?? '';
  return elements(xml, 'si').map((si) => richText(si.text));
}

function serialToIso(serial: number, date1904: boolean): string {
  const days = serial + (date1904 ? 1462 : 0);
  return new Date(Math.round((days - 25569) * 86_400_000)).toISOString().slice(0, 10);
}

interface SheetContext {
  readonly strings: readonly string[];
  readonly dates: readonly boolean[];
  readonly date1904: boolean;
}

const VALUE = /<v>([\s\S]*?)<\/v>/;
const TYPE = /\st="([^"]*)"/;
const STYLE = /\ss="(\d+)"/;
const REF = /\sr="([A-Za-z]+)(\d*)"/;
const ROW_NUMBER = /\sr="([^"]*)"/;

/** Excel's limits (Excel specifications and limits): a number beyond them is a damaged part. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;
/**
 * The most cells a sheet's grid holds (rows × columns from A1): a sheet with a few cells far
 * away (XFD1048576) gets a grid of the region its cells occupy, the strays left out (and kept
 * as content the writer must not write over).
 */
export const GRID_CELL_LIMIT = 12_000_000;

function cellValue(attrs: string, body: string, context: SheetContext): { value: CellValue; formula: boolean } {
  const type = TYPE.exec(attrs)?.[1] ?? 'n';
  const formula = body.includes('<f');
  if (type === 'inlineStr') return { value: richText(body.replace(/<f\b[\s\S]*?(?:\/>|<\/f>)/, '')), formula };
  const raw = VALUE.exec(body)?.[1];
  if (raw === undefined) return { value: null, formula };
  switch (type) {
    case 's':
      return { value: context.strings[Number(raw)] ?? null, formula };
    case 'str':
      return { value: unescapeXml(raw), formula };
    case 'b':
      return { value: raw === '1' || raw === 'true', formula };
    case 'e':
      return { value: { error: unescapeXml(raw) }, formula };
    case 'd':
      return { value: raw.slice(0, 10), formula };
    default: {
      const number = Number(raw);
      if (!Number.isFinite(number)) return { value: null, formula };
      const style = Number(STYLE.exec(attrs)?.[1] ?? 0);
      return { value: context.dates[style] ? serialToIso(number, context.date1904) : number, formula };
    }
  }
}

function isNameEnd(ch: string): boolean {
  return ch === ' ' || ch === '>' || ch === '/' || ch === '\t' || ch === '\n' || ch === '\r';
}

/** Where the next element `open` ("<row", "<c") starts at or after `from` and before `limit`, or -1. */
function nextTag(xml: string, open: string, from: number, limit: number): number {
  for (let at = xml.indexOf(open, from); at >= 0 && at < limit; at = xml.indexOf(open, at + open.length)) {
    if (isNameEnd(xml.charAt(at + open.length))) return at;
  }
  return -1;
}

interface SparseCell {
  readonly row: number;
  readonly col: number;
  readonly value: CellValue;
}

/** Every cell with content, row by row; one indexOf pass, unclosed elements refused. */
function sheetCells(xml: string, context: SheetContext, emptyFormulas: Set<string>): SparseCell[] {
  const cells: SparseCell[] = [];
  let rowNumber = 0;
  for (let at = nextTag(xml, '<row', 0, xml.length); at >= 0;) {
    const tagEnd = xml.indexOf('>', at);
    if (tagEnd < 0) throw new UnclosedElement('row');
    const tag = xml.slice(at, tagEnd + 1);
    const r = ROW_NUMBER.exec(tag)?.[1];
    rowNumber = r === undefined ? rowNumber + 1 : Number(r);
    if (!Number.isInteger(rowNumber) || rowNumber < 1 || rowNumber > MAX_ROWS) throw new PackageError('outOfRange');
    if (tag.endsWith('/>')) {
      at = nextTag(xml, '<row', tagEnd, xml.length);
      continue;
    }
    const close = xml.indexOf('</row>', tagEnd);
    const next = nextTag(xml, '<row', tagEnd, close < 0 ? xml.length : close);
    if (close < 0 || next >= 0) throw new UnclosedElement('row');
    let col = -1;
    for (let c = nextTag(xml, '<c', tagEnd, close); c >= 0;) {
      const cellTagEnd = xml.indexOf('>', c);
      if (cellTagEnd < 0 || cellTagEnd > close) throw new UnclosedElement('c');
      const selfClosed = xml.charAt(cellTagEnd - 1) === '/';
      const cellClose = selfClosed ? cellTagEnd : xml.indexOf('</c>', cellTagEnd);
      if (cellClose < 0 || cellClose > close) throw new UnclosedElement('c');
      const attrs = xml.slice(c + 2, selfClosed ? cellTagEnd - 1 : cellTagEnd);
      const ref = REF.exec(attrs);
      if (ref?.[1] !== undefined && ref[1].length > 3) throw new PackageError('outOfRange');
      col = ref?.[1] !== undefined ? columnIndex(ref[1].toUpperCase()) : col + 1;
      if (col >= MAX_COLUMNS) throw new PackageError('outOfRange');
      const body = selfClosed ? '' : xml.slice(cellTagEnd + 1, cellClose);
      c = nextTag(xml, '<c', selfClosed ? cellTagEnd : cellClose, close);
      const { value, formula } = cellValue(attrs, body, context);
      if (value === null || value === '') {
        if (formula) emptyFormulas.add(a1(col, rowNumber));
        continue;
      }
      cells.push({ row: rowNumber, col, value });
    }
    at = nextTag(xml, '<row', close, xml.length);
  }
  return cells;
}

/** The values of `values` (sorted) in the run with most members, runs split at gaps over `gap`. */
function densestRun(values: readonly number[], gap: number): { from: number; to: number } {
  let best = { from: values[0] ?? 0, to: values[0] ?? 0, count: 0 };
  let from = values[0] ?? 0;
  let count = 0;
  let previous = from;
  for (const value of values) {
    if (value - previous > gap) {
      if (count > best.count) best = { from, to: previous, count };
      from = value;
      count = 0;
    }
    count += 1;
    previous = value;
  }
  if (count > best.count) best = { from, to: previous, count };
  return best;
}

/** The cells the grid holds: all of them, or the occupied region's when strays would blow it up. */
function gridCells(cells: readonly SparseCell[]): { kept: readonly SparseCell[]; strays: SparseCell[] } {
  let height = 0;
  let width = 0;
  for (const cell of cells) {
    if (cell.row > height) height = cell.row;
    if (cell.col + 1 > width) width = cell.col + 1;
  }
  if (height * width <= GRID_CELL_LIMIT) return { kept: cells, strays: [] };
  const columns = densestRun(
    [...new Set(cells.map((c) => c.col))].sort((a, b) => a - b),
    64,
  );
  const rows = densestRun(
    [...new Set(cells.filter((c) => c.col >= columns.from && c.col <= columns.to).map((c) => c.row))].sort(
      (a, b) => a - b,
    ),
    10_000,
  );
  const inside = (c: SparseCell) =>
    c.col >= columns.from && c.col <= columns.to && c.row >= rows.from && c.row <= rows.to;
  const kept = cells.filter(inside);
  if (rows.to * (columns.to + 1) > GRID_CELL_LIMIT) throw new PackageError('tooLarge');
  return { kept, strays: cells.filter((c) => !inside(c)) };
}

function readSheet(name: string, xml: string, context: SheetContext): PackageSheet {
  const emptyFormulas = new Set<string>();
  const { kept, strays } = gridCells(sheetCells(xml, context, emptyFormulas));
  let height = 0;
  let width = 0;
  for (const cell of kept) {
    if (cell.row > height) height = cell.row;
    if (cell.col + 1 > width) width = cell.col + 1;
  }
  const grid: CellValue[][] = [];
  for (let r = 0; r < height; r += 1) grid.push(Array<CellValue>(width).fill(null));
  for (const cell of kept) {
    const row = grid[cell.row - 1];
    if (row) row[cell.col] = cell.value;
  }
  // A stray is content all the same: the writer must not write over it.
  for (const cell of strays) emptyFormulas.add(a1(cell.col, cell.row));
  return { grid: { sheet: name, topLeft: 'A1', cells: grid }, emptyFormulas };
}

/** One cell of a row already checked closed by the sheet's read. */
const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;

/** Each owned cell's fingerprint now (see ownership.ts), for the cells inside `owned` only. */
function currentCodes(
  xml: string,
  owned: readonly OwnedBox[],
  context: SheetContext,
): (row: number, col: number) => string {
  const codes = new Map<string, string>();
  const top = Math.min(...owned.map((b) => b.top));
  const bottom = Math.max(...owned.map((b) => b.bottom));
  let rowNumber = 0;
  for (const row of elements(xml, 'row')) {
    const tag = /^<row\b[^>]*>/.exec(row.text)?.[0] ?? '';
    rowNumber = Number(attribute(tag, 'r') ?? rowNumber + 1);
    if (rowNumber < top || rowNumber > bottom) continue;
    let col = -1;
    CELL.lastIndex = 0;
    for (let m = CELL.exec(row.text); m; m = CELL.exec(row.text)) {
      const attrs = m[1] ?? '';
      const ref = /\sr="([A-Z]+)\d+"/.exec(attrs)?.[1];
      col = ref ? columnIndex(ref) : col + 1;
      if (!ownsCell(owned, rowNumber, col)) continue;
      const { value, formula } = cellValue(attrs, m[2] ?? '', context);
      codes.set(`${rowNumber}:${col}`, cellCode(formula, value));
    }
  }
  return (row, col) => codes.get(`${row}:${col}`) ?? '';
}

/** `read()` of one part, any failure but a PackageError reported as that part damaged. */
function inPart<T>(part: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof PackageError) throw error.part ? error : new PackageError(error.problem, part);
    if (error instanceof UnclosedElement || error instanceof RangeError) throw new PackageError('damaged', part);
    throw error;
  }
}

/** Throws a PackageError (with the reason and the part) when the bytes are no readable .xlsx package. */
export function readPackage(bytes: Uint8Array): ReadPackage {
  const parts = unzipParts(bytes);
  const workbook = inPart('xl/workbook.xml', () => readPart(parts, 'xl/workbook.xml'));
  if (workbook === null || !/<workbook(?=[\s>/])/.test(workbook)) throw new PackageError('notWorkbook');
  const context: SheetContext = {
    strings: inPart('xl/sharedStrings.xml', () => sharedStrings(parts)),
    dates: inPart('xl/styles.xml', () => dateStyles(parts)),
    date1904: /<workbookPr\b[^>]*\sdate1904="(1|true)"/.test(workbook),
  };
  const entries = inPart('xl/workbook.xml', () => sheetsOf(parts));
  const all = entries.map((entry) => ({
    name: entry.name,
    path: entry.path,
    sheet: inPart(entry.path, () => readSheet(entry.name, readPart(parts, entry.path) ?? '', context)),
  }));
  const names = workbookNames(workbook);
  const records = all.find((s) => s.name === OWNERSHIP_SHEET)?.sheet.grid.cells.slice(1) ?? [];
  const owned = ownedFromRecords(records, names);
  const edits = new Map<string, string[]>();
  for (const entry of all) {
    const boxes = owned.get(entry.name);
    if (!boxes?.some((b) => b.codes)) continue;
    const current = currentCodes(readPart(parts, entry.path) ?? '', boxes, context);
    const cells = editedCells(boxes, current);
    if (cells.length > 0) edits.set(entry.name, cells);
  }
  return {
    parts,
    sheets: all.filter((s) => s.name !== OWNERSHIP_SHEET).map((s) => s.sheet),
    owned,
    edits,
    names,
  };
}

/** Per sheet, the cells whose formulas evaluate to "" outside IJkpunt's output: the user's content. */
export function userEmptyFormulas(read: ReadPackage): Map<string, Set<string>> {
  return new Map(
    read.sheets.map((sheet) => {
      const boxes = read.owned.get(sheet.grid.sheet) ?? [];
      const user = [...sheet.emptyFormulas].filter((address) => {
        const ref = parseA1(address);
        return !ref || !inBoxes(boxes, ref.row, ref.col);
      });
      return [sheet.grid.sheet, new Set(user)];
    }),
  );
}
