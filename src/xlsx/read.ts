// An .xlsx workbook as the engine reads it, straight from the package XML: per sheet a grid of
// plain cell values from A1 to the last cell with content. Formula cells give their cached
// result, as Excel shows them; shared strings, inline and rich text, booleans, errors and
// date-formatted numbers (as yyyy-mm-dd) read as ExcelJS used to read them, several times
// faster, and from the same unzipped parts the writer then patches.
import { a1, columnIndex } from '../engine/core';
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
import { readPart, sheetsOf, type Parts } from './package-xml';
import { unzipParts } from './unzip';
import { attribute, elements, unescapeXml } from './xml';

export const OWNERSHIP_SHEET = '_IJkpunt';

export interface PackageSheet {
  readonly grid: CellGrid;
  /** Cells holding a formula whose cached result is empty: content the grid shows as empty. */
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
  const styles = readPart(parts, 'xl/styles.xml') ?? '';
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
  const xml = readPart(parts, 'xl/sharedStrings.xml') ?? '';
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

const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
const VALUE = /<v>([\s\S]*?)<\/v>/;

function cellValue(attrs: string, body: string, context: SheetContext): { value: CellValue; formula: boolean } {
  const type = /\st="([^"]*)"/.exec(attrs)?.[1] ?? 'n';
  const formula = body.includes('<f');
  const raw = VALUE.exec(body)?.[1];
  if (type === 'inlineStr') return { value: richText(body.replace(/<f\b[\s\S]*?(?:\/>|<\/f>)/, '')), formula };
  if (raw === undefined) return { value: null, formula };
  switch (type) {
    case 's':
      return { value: context.strings[Number(raw)] ?? null, formula };
    case 'str':
      return { value: unescapeXml(raw), formula };
    case 'b':
      return { value: raw === '1', formula };
    case 'e':
      return { value: { error: unescapeXml(raw) }, formula };
    case 'd':
      return { value: raw.slice(0, 10), formula };
    default: {
      const number = Number(raw);
      if (!Number.isFinite(number)) return { value: null, formula };
      const style = Number(/\ss="(\d+)"/.exec(attrs)?.[1] ?? 0);
      return { value: context.dates[style] ? serialToIso(number, context.date1904) : number, formula };
    }
  }
}

function readSheet(name: string, xml: string, context: SheetContext): PackageSheet {
  const rows: CellValue[][] = [];
  const emptyFormulas = new Set<string>();
  let width = 0;
  let rowNumber = 0;
  for (const row of elements(xml, 'row')) {
    const tag = /^<row\b[^>]*>/.exec(row.text)?.[0] ?? '';
    rowNumber = Number(attribute(tag, 'r') ?? rowNumber + 1);
    const cells: CellValue[] = [];
    let col = -1;
    CELL.lastIndex = 0;
    for (let m = CELL.exec(row.text); m; m = CELL.exec(row.text)) {
      const attrs = m[1] ?? '';
      const ref = /\sr="([A-Z]+)\d+"/.exec(attrs)?.[1];
      col = ref ? columnIndex(ref) : col + 1;
      const { value, formula } = cellValue(attrs, m[2] ?? '', context);
      if (value === null || value === '') {
        if (formula) emptyFormulas.add(a1(col, rowNumber));
        continue;
      }
      while (cells.length < col) cells.push(null);
      cells[col] = value;
    }
    if (cells.length === 0) continue;
    while (rows.length < rowNumber - 1) rows.push([]);
    rows[rowNumber - 1] = cells;
    width = Math.max(width, cells.length);
  }
  const grid = rows.map((cells) => [...cells, ...Array<CellValue>(width - cells.length).fill(null)]);
  return { grid: { sheet: name, topLeft: 'A1', cells: grid }, emptyFormulas };
}

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

/** Throws when the bytes are not an .xlsx package. */
export function readPackage(bytes: Uint8Array): ReadPackage {
  const parts = unzipParts(bytes);
  const workbook = readPart(parts, 'xl/workbook.xml');
  if (workbook === null) throw new Error('not a SpreadsheetML package');
  const context: SheetContext = {
    strings: sharedStrings(parts),
    dates: dateStyles(parts),
    date1904: /<workbookPr\b[^>]*\sdate1904="(1|true)"/.test(workbook),
  };
  const all = sheetsOf(parts).map((entry) => ({
    name: entry.name,
    path: entry.path,
    sheet: readSheet(entry.name, readPart(parts, entry.path) ?? '', context),
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
