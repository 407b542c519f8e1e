// IJkpunt's cells merged into a worksheet's XML: the user's cells stay byte for byte, cells
// IJkpunt wrote before (its owned ranges) are taken out, the new ones go into their rows in
// column order, and the conditional formats, column widths and dimension follow.
//
// A 10 000-row sheet is megabytes of XML, so <sheetData> is walked once with indexOf: rows
// IJkpunt does not touch are copied as whole stretches, and a row whose cells all lie left
// of IJkpunt's new ones (the usual case) gets them appended without being taken apart.
import { a1, columnIndex, inBoxes, parseRange, type RangeBox } from '../engine/core';
import { formulaTemplate, shiftedFormula, type FormulaTemplate } from './shared-formulas';
import { attribute, elements, escapeText, insertBefore, unescapeXml } from './xml';

export interface SheetCell {
  readonly row: number;
  /** 0-based column. */
  readonly col: number;
  /** Complete <c> element. */
  readonly xml: string;
}

export interface SheetPatch {
  /** Ranges IJkpunt wrote in an earlier run: their cells and conditional formats go. */
  readonly remove: readonly RangeBox[];
  readonly cells: readonly SheetCell[];
  /** Complete <conditionalFormatting> elements. */
  readonly conditionalFormats: readonly string[];
  /** Column widths for IJkpunt's columns (0-based column → width), where the sheet sets none. */
  readonly widths: ReadonlyMap<number, number>;
  /** Complete <dataValidation> elements (drop-downs). */
  readonly dataValidations?: readonly string[];
}

/** Elements that come after <conditionalFormatting> in a worksheet (ECMA-376 order). */
const AFTER_CF = [
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

const CELL_REF = /^<c\b[^>]*?\sr="([A-Za-z]+)\d+"/;
const ROW_NUMBER = /\sr="(\d+)"/;

/** A cell element's column, from its r attribute, else the one after `previous`. */
function cellColumn(cell: string, previous: number): number {
  const letters = CELL_REF.exec(cell)?.[1];
  return letters ? columnIndex(letters) : previous + 1;
}

const SPANS = /\sspans="[^"]*"/;

/** Pushes a row element with `cells` onto `out`: pieces, joined once for the whole sheet. */
function pushRow(out: string[], rowTag: string, cells: readonly string[]): void {
  // The spans hint would no longer cover the row's cells.
  const tag = rowTag.includes('spans="') ? rowTag.replace(SPANS, '') : rowTag;
  if (!tag.endsWith('/>')) out.push(tag, ...cells, '</row>');
  else if (cells.length === 0) out.push(tag);
  else out.push(tag.replace(/\s*\/>$/, '>'), ...cells, '</row>');
}

/** Where the next <row> element starts at or after `from`, or -1. */
function nextRow(xml: string, from: number): number {
  for (let at = xml.indexOf('<row', from); at >= 0; at = xml.indexOf('<row', at + 4)) {
    const after = xml.charAt(at + 4);
    if (after === ' ' || after === '>' || after === '/' || after === '\t' || after === '\n' || after === '\r')
      return at;
  }
  return -1;
}

/**
 * A shared formula (ECMA-376 §18.3.1.40) whose first cell IJkpunt takes out while cells
 * outside its own ranges still refer to it (the user filled one of its formulas down): those
 * cells get the formula in full, moved to their row.
 */
interface Orphan {
  readonly row: number;
  readonly template: FormulaTemplate;
}

const SHARED_FORMULA = /<f\b([^>]*)(?:\/>|>([\s\S]*?)<\/f>)/;

/** Notes an orphaned shared formula if `cell`, about to be removed, is the first cell of one. */
function noteOrphan(
  cell: string,
  row: number,
  col: number,
  remove: readonly RangeBox[],
  orphans: Map<string, Orphan>,
): void {
  const f = SHARED_FORMULA.exec(cell);
  if (!f || f[2] === undefined || !/\st="shared"/.test(f[1] ?? '')) return;
  const tag = `<f${f[1] ?? ''}>`;
  const ref = parseRange(attribute(tag, 'ref') ?? '');
  const si = attribute(tag, 'si');
  if (!ref || si === null) return;
  const contains = (b: RangeBox) =>
    b.top <= ref.top && b.bottom >= ref.bottom && b.left <= ref.left && b.right >= ref.right;
  if (remove.some(contains)) return; // every cell that shares it goes as well
  const template = ref.left === col && ref.right === col ? formulaTemplate(unescapeXml(f[2])) : null;
  if (!template)
    throw new Error(`xlsx: cannot take out ${a1(col, row)}: cells outside IJkpunt's ranges share its formula`);
  orphans.set(si, { row, template });
}

/** `cell` with its reference to an orphaned shared formula replaced by the formula itself. */
function adoptOrphan(cell: string, row: number, orphans: ReadonlyMap<string, Orphan>): string {
  const f = SHARED_FORMULA.exec(cell);
  if (!f || f[2] !== undefined || !/\st="shared"/.test(f[1] ?? '')) return cell;
  const orphan = orphans.get(attribute(`<f${f[1] ?? ''}>`, 'si') ?? '');
  if (!orphan) return cell;
  const formula = `<f>${escapeText(shiftedFormula(orphan.template, row - orphan.row))}</f>`;
  return cell.replace(f[0], () => formula); // a function: "$'" in a formula is no pattern
}

/** The row with IJkpunt's old cells taken out and `mine` merged in, in column order, onto `out`. */
function pushMergedRow(
  out: string[],
  tag: string,
  body: string,
  row: number,
  mine: readonly SheetCell[],
  patch: SheetPatch,
  orphans: Map<string, Orphan>,
): void {
  // The common case: IJkpunt's cells go right of the user's, nothing of its own is left in
  // the row and no shared formula needs care — append without taking the row apart.
  const at = body.lastIndexOf('<c ');
  const lastRef = at >= 0 ? CELL_REF.exec(body.slice(at, body.indexOf('>', at) + 1)) : null;
  const lastCol = lastRef?.[1] !== undefined ? columnIndex(lastRef[1]) : body === '' ? -1 : null;
  const firstNew = mine[0]?.col ?? Number.POSITIVE_INFINITY;
  const removeFrom = patch.remove
    .filter((b) => row >= b.top && row <= b.bottom)
    .reduce((min, b) => Math.min(min, b.left), Number.POSITIVE_INFINITY);
  const shared = orphans.size > 0 && body.includes('t="shared"');
  if (lastCol !== null && lastCol < firstNew && lastCol < removeFrom && !shared) {
    pushRow(out, tag, [body, ...mine.map((m) => m.xml)]);
    return;
  }
  const kept: { col: number; xml: string }[] = [];
  let col = -1;
  for (const cell of elements(body, 'c')) {
    col = cellColumn(cell.text, col);
    if (inBoxes(patch.remove, row, col)) {
      noteOrphan(cell.text, row, col, patch.remove, orphans);
      continue;
    }
    if (mine.some((m) => m.col === col)) continue;
    kept.push({ col, xml: orphans.size > 0 ? adoptOrphan(cell.text, row, orphans) : cell.text });
  }
  pushRow(
    out,
    tag,
    [...kept, ...mine].sort((a, b) => a.col - b.col).map((c) => c.xml),
  );
}

/** The cells per row, each row's in column order. */
function cellsByRow(cells: readonly SheetCell[]): Map<number, SheetCell[]> {
  const rows = new Map<number, SheetCell[]>();
  for (const cell of cells) {
    const row = rows.get(cell.row);
    if (row) row.push(cell);
    else rows.set(cell.row, [cell]);
  }
  for (const row of rows.values()) row.sort((a, b) => a.col - b.col);
  return rows;
}

function patchRows(sheetData: string, patch: SheetPatch): string[] {
  const incoming = cellsByRow(patch.cells);
  // Rows the sheet does not have yet, written in order as the existing rows pass them.
  const pending = [...incoming.keys()].sort((a, b) => a - b);
  let next = 0;
  const out: string[] = [];
  const newRowsBefore = (before: number) => {
    for (; next < pending.length && (pending[next] ?? 0) < before; next += 1) {
      const r = pending[next] ?? 0;
      const cells = incoming.get(r);
      if (cells) out.push(`<row r="${r}">${cells.map((c) => c.xml).join('')}</row>`);
    }
  };
  const orphans = new Map<string, Orphan>();
  const removes = (r: number) => patch.remove.some((b) => r >= b.top && r <= b.bottom);
  let copied = 0;
  let lastRow = 0;
  let lastEnd = 0;
  for (let start = nextRow(sheetData, 0); start >= 0; start = nextRow(sheetData, lastEnd)) {
    const tagEnd = sheetData.indexOf('>', start);
    const tag = sheetData.slice(start, tagEnd + 1);
    const selfClosed = tag.endsWith('/>');
    const close = selfClosed ? tagEnd : sheetData.indexOf('</row>', tagEnd);
    if (tagEnd < 0 || close < 0) throw new Error('xlsx: a row of the worksheet is not closed');
    const end = selfClosed ? tagEnd + 1 : close + '</row>'.length;
    const r = Number(ROW_NUMBER.exec(tag)?.[1] ?? lastRow + 1);
    lastRow = r;
    lastEnd = end;
    const mine = incoming.get(r);
    const newBefore = next < pending.length && (pending[next] ?? 0) < r;
    const orphaned = orphans.size > 0 && sheetData.slice(start, end).includes('t="shared"');
    if (!mine && !newBefore && !orphaned && !removes(r)) continue;
    // Untouched rows since the last change go over as one stretch.
    out.push(sheetData.slice(copied, start));
    newRowsBefore(r);
    if (pending[next] === r) next += 1;
    incoming.delete(r);
    const body = selfClosed ? '' : sheetData.slice(tagEnd + 1, end - '</row>'.length);
    if (mine || orphaned || removes(r)) pushMergedRow(out, tag, body, r, mine ?? [], patch, orphans);
    else out.push(sheetData.slice(start, end));
    copied = end;
  }
  out.push(sheetData.slice(copied, lastEnd));
  newRowsBefore(Number.POSITIVE_INFINITY);
  out.push(sheetData.slice(Math.max(copied, lastEnd)));
  return out;
}

function patchCols(xml: string, widths: ReadonlyMap<number, number>): string {
  if (widths.size === 0) return xml;
  const cols = elements(xml, 'cols')[0];
  const existing = cols ? elements(cols.text, 'col') : [];
  const covered = (col: number) =>
    existing.some((c) => col + 1 >= Number(attribute(c.text, 'min')) && col + 1 <= Number(attribute(c.text, 'max')));
  const added = [...widths]
    .filter(([col]) => !covered(col))
    .map(([col, width]) => ({
      min: col + 1,
      xml: `<col min="${col + 1}" max="${col + 1}" width="${width}" customWidth="1"/>`,
    }));
  if (added.length === 0) return xml;
  const all = [...existing.map((c) => ({ min: Number(attribute(c.text, 'min')), xml: c.text })), ...added]
    .sort((a, b) => a.min - b.min)
    .map((c) => c.xml);
  const block = `<cols>${all.join('')}</cols>`;
  if (cols) return xml.slice(0, cols.start) + block + xml.slice(cols.end);
  return insertBefore(xml, block, ['sheetData'], '</worksheet>');
}

function patchDimension(xml: string, cells: readonly SheetCell[]): string {
  const dimension = /<dimension\b[^>]*\/>/.exec(xml);
  if (!dimension || cells.length === 0) return xml;
  const current = parseRange(attribute(dimension[0], 'ref') ?? '');
  let top = current?.top ?? Number.POSITIVE_INFINITY;
  let bottom = current?.bottom ?? 0;
  let left = current?.left ?? Number.POSITIVE_INFINITY;
  let right = current?.right ?? 0;
  for (const c of cells) {
    if (c.row < top) top = c.row;
    if (c.row > bottom) bottom = c.row;
    if (c.col < left) left = c.col;
    if (c.col > right) right = c.col;
  }
  return xml.replace(dimension[0], `<dimension ref="${a1(left, top)}:${a1(right, bottom)}"/>`);
}

/** Adds drop-downs to the sheet's <dataValidations> (made when the sheet has none). */
function patchValidations(tail: string, added: readonly string[]): string {
  if (added.length === 0) return tail;
  const existing = elements(tail, 'dataValidations')[0];
  if (!existing) {
    const block = `<dataValidations count="${added.length}">${added.join('')}</dataValidations>`;
    return insertBefore(tail, block, AFTER_CF.slice(1), '</worksheet>');
  }
  const items = [...elements(existing.text, 'dataValidation').map((v) => v.text), ...added];
  const block = `<dataValidations count="${items.length}">${items.join('')}</dataValidations>`;
  return tail.slice(0, existing.start) + block + tail.slice(existing.end);
}

export function patchSheet(input: string, patch: SheetPatch): string {
  return patchSheetPieces(input, patch).join('');
}

/**
 * The patched sheet as pieces in order (joined, patchSheet's XML): a 200 000-row sheet is
 * hundreds of megabytes of text, which the zip encodes and deflates piece by piece instead.
 */
export function patchSheetPieces(input: string, patch: SheetPatch): string[] {
  // The sheet is split once around <sheetData> (megabytes); everything else edits the small
  // head (dimension, cols) and tail (conditional formats).
  const open = /<sheetData\s*\/>|<sheetData\b[^>]*>/.exec(input);
  if (!open) throw new Error('xlsx: the worksheet has no sheetData');
  const selfClosed = open[0].endsWith('/>');
  const bodyStart = open.index + open[0].length;
  const close = selfClosed ? bodyStart : input.lastIndexOf('</sheetData>');
  let head = input.slice(0, open.index);
  let tail = input.slice(selfClosed ? bodyStart : close + '</sheetData>'.length);
  const rows = patchRows(selfClosed ? '' : input.slice(bodyStart, close), patch);
  // Conditional formats IJkpunt added before: those anchored in a range it owned.
  for (const cf of elements(tail, 'conditionalFormatting').reverse()) {
    const first = parseRange((attribute(cf.text, 'sqref') ?? '').split(' ')[0] ?? '');
    if (first && inBoxes(patch.remove, first.top, first.left)) tail = tail.slice(0, cf.start) + tail.slice(cf.end);
  }
  if (patch.conditionalFormats.length > 0) {
    tail = insertBefore(tail, patch.conditionalFormats.join(''), AFTER_CF, '</worksheet>');
  }
  tail = patchValidations(tail, patch.dataValidations ?? []);
  head = patchDimension(patchCols(`${head}<sheetData>`, patch.widths), patch.cells);
  return [head, ...flatBatches(rows), `</sheetData>${tail}`];
}

/**
 * `pieces` joined into flat strings of about a million characters: a cell's XML is a rope of
 * small strings, several times its length in memory, and one non-Latin-1 character (Δ) makes a
 * whole joined string two bytes per character; a batch confines both.
 */
function flatBatches(pieces: readonly string[]): string[] {
  const batches: string[] = [];
  let from = 0;
  let length = 0;
  pieces.forEach((piece, i) => {
    length += piece.length;
    if (length < 1 << 20) return;
    batches.push(pieces.slice(from, i + 1).join(''));
    from = i + 1;
    length = 0;
  });
  if (from < pieces.length) batches.push(pieces.slice(from).join(''));
  return batches;
}

/**
 * The first shared-formula index (si) no cell of the sheet keeps: cells in `remove` (IJkpunt's
 * earlier output) go, so a re-run numbers its formulas as the run before did.
 */
export function freeSharedIndex(sheetXml: string, remove: readonly RangeBox[] = []): number {
  if (!sheetXml.includes('t="shared"')) return 0;
  let free = 0;
  // <f> is a cell's first child (CT_Cell), so its si follows the cell's start tag.
  const indices = /<c\b[^>]*?\sr="([A-Z]+)(\d+)"[^>]*>\s*<f\b[^>]*?\ssi="(\d+)"/g;
  for (let m = indices.exec(sheetXml); m; m = indices.exec(sheetXml)) {
    if (!inBoxes(remove, Number(m[2]), columnIndex(m[1] ?? ''))) free = Math.max(free, Number(m[3]) + 1);
  }
  return free;
}

/**
 * The formula part of a cell: in full, as the first cell of a shared formula (`ref` covers
 * every cell that shares it), or as a reference to one.
 */
export type FormulaXml =
  | { readonly kind: 'full'; readonly text: string }
  | { readonly kind: 'sharedFirst'; readonly text: string; readonly si: number; readonly ref: string }
  | { readonly kind: 'sharedRest'; readonly si: number };

function formulaElement(f: FormulaXml): string {
  switch (f.kind) {
    case 'full':
      return `<f>${escapeText(f.text)}</f>`;
    case 'sharedFirst':
      return `<f t="shared" ref="${f.ref}" si="${f.si}">${escapeText(f.text)}</f>`;
    case 'sharedRest':
      return `<f t="shared" si="${f.si}"/>`;
  }
}

/**
 * One <c> element: `ref` its A1 address, `style` its cellXfs index (0: none), `value` the
 * plain value or the formula's cached result (text results typed str, as Excel writes them).
 */
export function cellXml(ref: string, style: number, formula: FormulaXml | null, value: number | string | null): string {
  const s = style > 0 ? ` s="${style}"` : '';
  const number = typeof value === 'number' && Number.isFinite(value);
  if (formula !== null) {
    const f = formulaElement(formula);
    if (number) return `<c r="${ref}"${s}>${f}<v>${value}</v></c>`;
    // A chart series cell without a bar (=NA()): cached as the error it is, not as text.
    if (value === '#N/A') return `<c r="${ref}"${s} t="e">${f}<v>#N/A</v></c>`;
    return `<c r="${ref}"${s} t="str">${f}<v>${escapeText(typeof value === 'string' ? value : '')}</v></c>`;
  }
  if (number) return `<c r="${ref}"${s}><v>${value}</v></c>`;
  if (typeof value === 'string' && value !== '')
    return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeText(value)}</t></is></c>`;
  return `<c r="${ref}"${s}/>`;
}
