// What IJkpunt owns in an .xlsx, in a form that survives the user's edits. Each column of each
// block IJkpunt wrote gets a hidden defined name (_IJK_own_1, …): every spreadsheet program
// moves a name along when rows or columns are inserted or deleted before or inside it, and
// follows a renamed sheet, where a range kept as text goes stale. Beside each name, the hidden
// ownership sheet keeps a fingerprint of what IJkpunt wrote in that column, cell by cell (a
// formula, a value's hash, or nothing), so a re-run sees which cells the user changed since: a
// typed value over a formula, a note in an empty cell, a header moved in.
import { a1, inBoxes, parseRange, type RangeBox } from '../engine/core';
import type { WritePlan } from '../plan';
import { attribute, elements, unescapeXml } from './xml';

export const OWN_NAME_PREFIX = '_IJK_own_';

/** A column (or, from an older copy, a block) IJkpunt owns, with what it wrote there, top to bottom. */
export interface OwnedBox extends RangeBox {
  /** Per cell, top to bottom: '' empty, '=' a formula, else a hash of the value; absent when unknown. */
  readonly codes?: readonly string[];
}

/** A defined name of the workbook and the sheet its reference is on ('' when none, #REF! included). */
export interface WorkbookName {
  readonly name: string;
  readonly sheet: string;
  readonly ref: string;
}

/** FNV-1a over the UTF-16 units, base 36: short, and a changed value changes it. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/**
 * A cell's fingerprint. Any formula counts as IJkpunt's formula: programs rewrite references
 * when columns move, so the text would differ after every insertion; what a user types over a
 * formula is a value, and that is what must be noticed.
 */
export function cellCode(formula: boolean, value: unknown): string {
  if (formula) return '=';
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'number' && !Number.isFinite(value)) return '';
  return hash(typeof value === 'object' ? JSON.stringify(value) : String(value));
}

/** Run-length encoded, space-separated: "= .*3 k2f9*2" (a 50 000-row formula column is one token). */
export function encodeCodes(codes: readonly string[]): string {
  const tokens: string[] = [];
  for (let i = 0; i < codes.length;) {
    let j = i + 1;
    while (j < codes.length && codes[j] === codes[i]) j += 1;
    const code = codes[i] === '' ? '.' : (codes[i] ?? '.');
    tokens.push(j - i > 1 ? `${code}*${j - i}` : code);
    i = j;
  }
  return tokens.join(' ');
}

export function decodeCodes(text: string): string[] | null {
  const codes: string[] = [];
  for (const token of text.split(' ')) {
    const m = /^([0-9a-z=.]+)(?:\*(\d+))?$/.exec(token);
    if (!m) return null;
    const code = m[1] === '.' ? '' : (m[1] ?? '');
    const count = Number(m[2] ?? 1);
    if (count > 1_048_576) return null;
    for (let k = 0; k < count; k += 1) codes.push(code);
  }
  return codes;
}

/** The plan's owned ranges, one box per column, with what the plan writes in each cell. */
export function ownedColumns(plan: WritePlan): OwnedBox[] {
  const ranges = plan.owned.map((range) => parseRange(range)).filter((box): box is RangeBox => box !== null);
  if (ranges.length === 0) return [];
  const top = Math.min(...ranges.map((b) => b.top));
  const bottom = Math.max(...ranges.map((b) => b.bottom));
  // Per owned column, its codes from `top` down: an array, not a map of 200 000 rows.
  const written = new Map<number, string[]>();
  const put = (col: number, row: number, code: string) => {
    if (row < top || row > bottom) return;
    let column = written.get(col);
    if (!column) {
      if (!ranges.some((b) => col >= b.left && col <= b.right)) return;
      written.set(col, (column = new Array<string>(bottom - top + 1).fill('')));
    }
    column[row - top] = code;
  };
  for (const column of plan.columns) {
    put(column.col, plan.headerRow, cellCode(false, column.header));
    for (const cell of column.cells) put(column.col, cell.row, cellCode(cell.formula !== null, cell.value));
  }
  for (const cell of plan.cells) put(cell.col, cell.row, cellCode(cell.formula !== null, cell.value));
  const boxes: OwnedBox[] = [];
  for (const box of ranges) {
    for (let col = box.left; col <= box.right; col += 1) {
      const column = written.get(col);
      const codes = column
        ? column.slice(box.top - top, box.bottom - top + 1)
        : new Array<string>(box.bottom - box.top + 1).fill('');
      boxes.push({ top: box.top, bottom: box.bottom, left: col, right: col, codes });
    }
  }
  return boxes;
}

/** 'Blad 1'!$C$1:$C$5 → sheet and range; a reference Excel or LibreOffice made #REF! has none. */
function splitReference(ref: string): { sheet: string; range: string } | null {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(ref.trim());
  if (!m || m[3] === undefined || m[3].includes('#REF')) return null;
  return { sheet: (m[1] ?? m[2] ?? '').replace(/''/g, "'"), range: m[3].replace(/\$/g, '') };
}

/** The workbook's defined names (global and per sheet), with the sheet each refers to. */
export function workbookNames(workbookXml: string): WorkbookName[] {
  return elements(workbookXml, 'definedName').map((el) => {
    const ref = unescapeXml(el.text.replace(/^<[^>]*>/, '').replace(/<\/definedName>$/, ''));
    return { name: attribute(el.text, 'name') ?? '', sheet: splitReference(ref)?.sheet ?? '', ref };
  });
}

/** A fingerprint spread over cells: a cell holds at most 32 767 characters. */
const CHUNK = 32_000;

export function fingerprintChunks(codes: readonly string[] | undefined): string[] {
  const text = codes ? encodeCodes(codes) : '';
  const chunks: string[] = [];
  for (let at = 0; at < text.length;) {
    let end = Math.min(text.length, at + CHUNK);
    if (end < text.length) end = text.lastIndexOf(' ', end) + 1 || end;
    chunks.push(text.slice(at, end).trim());
    at = end;
  }
  return chunks;
}

/**
 * What IJkpunt owns per sheet, from the ownership sheet's rows (sheet, range, name,
 * fingerprint…) and the names: where a name still exists it says where the column is now; a
 * name made #REF! (its cells deleted) owns nothing; a row without a name (an older copy) keeps
 * its recorded range.
 */
export function ownedFromRecords(
  rows: readonly (readonly unknown[])[],
  names: readonly WorkbookName[],
): Map<string, OwnedBox[]> {
  const byName = new Map(names.map((n) => [n.name.toLowerCase(), n]));
  const owned = new Map<string, OwnedBox[]>();
  const add = (sheet: string, box: OwnedBox) => owned.set(sheet, [...(owned.get(sheet) ?? []), box]);
  for (const row of rows) {
    const [sheet, range, name, ...chunks] = row.map((cell) => (typeof cell === 'string' ? cell : ''));
    const recorded = range ? parseRange(range) : null;
    if (!sheet || !recorded) continue;
    const codes = decodeCodes(chunks.filter((c) => c !== '').join(' '));
    const fingerprint = chunks.some((c) => c !== '') && codes ? { codes } : {};
    if (!name) {
      add(sheet, { ...recorded, ...fingerprint });
      continue;
    }
    const named = byName.get(name.toLowerCase());
    if (!named) {
      add(sheet, { ...recorded, ...fingerprint });
      continue;
    }
    const now = splitReference(named.ref);
    const box = now ? parseRange(now.range) : null;
    if (now && box) add(now.sheet, { ...box, ...fingerprint });
  }
  return owned;
}

/**
 * The cells of `owned` that hold something IJkpunt did not write there: `current` gives a
 * cell's fingerprint now. Rows inserted or deleted inside a column shift its cells: the
 * fingerprints are matched from the top and from the bottom, and of the cells between, those
 * holding a value are the user's (empty ones, or a copied formula, lose nothing when written).
 * A cell the user emptied is not listed: overwriting it loses nothing.
 */
export function editedCells(owned: readonly OwnedBox[], current: (row: number, col: number) => string): string[] {
  const found: string[] = [];
  for (const box of owned) {
    const recorded = box.codes;
    if (!recorded) continue;
    for (let col = box.left; col <= box.right; col += 1) {
      const now: string[] = [];
      for (let row = box.top; row <= box.bottom; row += 1) now.push(current(row, col));
      const shortest = Math.min(now.length, recorded.length);
      let top = 0;
      while (top < shortest && now[top] === recorded[top]) top += 1;
      let bottom = 0;
      while (bottom < shortest - top && now[now.length - 1 - bottom] === recorded[recorded.length - 1 - bottom])
        bottom += 1;
      const sameShape = now.length === recorded.length;
      for (let i = top; i < now.length - bottom; i += 1) {
        const code = now[i] ?? '';
        const user = sameShape ? code !== '' && code !== recorded[i] : code !== '' && code !== '=';
        if (user) found.push(a1(col, box.top + i));
      }
    }
  }
  return found;
}

/** Whether a cell lies in a box of `owned` (helper for scanning a sheet only where it matters). */
export function ownsCell(owned: readonly OwnedBox[], row: number, col: number): boolean {
  return inBoxes(owned, row, col);
}
