// IJkpunt's cells merged into a worksheet's XML: the user's cells stay byte for byte, cells
// IJkpunt wrote before (its owned ranges) are taken out, the new ones go into their rows in
// column order, and the conditional formats, column widths and dimension follow.
import { a1, columnIndex, inBoxes, parseRange, type RangeBox } from '../engine/address';
import { attribute, elements, escapeText, insertBefore, withoutAttribute } from './xml';

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

function cellPosition(cell: string, fallbackCol: number): { col: number } {
  const ref = attribute(/^<c\b[^>]*>/.exec(cell)?.[0] ?? '', 'r');
  const letters = ref ? /^([A-Z]+)/.exec(ref)?.[1] : undefined;
  return { col: letters ? columnIndex(letters) : fallbackCol };
}

function rowXml(rowTag: string, cells: readonly string[]): string {
  const open = withoutAttribute(rowTag.replace(/\s*\/>$/, '>'), 'spans');
  return cells.length === 0 && rowTag.endsWith('/>')
    ? withoutAttribute(rowTag, 'spans')
    : `${open}${cells.join('')}</row>`;
}

function patchRows(sheetData: string, patch: SheetPatch): string {
  const incoming = new Map<number, SheetCell[]>();
  for (const cell of patch.cells) incoming.set(cell.row, [...(incoming.get(cell.row) ?? []), cell]);
  const out: string[] = [];
  let lastRow = 0;
  // Rows the sheet does not have yet, written in order as the existing rows pass them.
  const pending = [...incoming.keys()].sort((a, b) => a - b);
  let next = 0;
  const flushNewRows = (before: number) => {
    for (; next < pending.length && (pending[next] ?? 0) < before; next += 1) {
      const r = pending[next] ?? 0;
      const cells = incoming.get(r);
      if (!cells) continue;
      cells.sort((a, b) => a.col - b.col);
      out.push(`<row r="${r}">${cells.map((c) => c.xml).join('')}</row>`);
      incoming.delete(r);
    }
  };
  for (const row of elements(sheetData, 'row')) {
    const tag = /^<row\b[^>]*>/.exec(row.text)?.[0] ?? '<row>';
    const r = Number(attribute(tag, 'r') ?? lastRow + 1);
    lastRow = r;
    flushNewRows(r);
    const mine = incoming.get(r) ?? [];
    incoming.delete(r);
    const touches = mine.length > 0 || patch.remove.some((b) => r >= b.top && r <= b.bottom);
    if (!touches) {
      out.push(row.text);
      continue;
    }
    const body = row.text.endsWith('/>') ? '' : row.text.slice(tag.length, row.text.length - '</row>'.length);
    // The common case: IJkpunt's cells go right of the user's and nothing of its own is left
    // in the row — append without taking the row's cells apart.
    const at = body.lastIndexOf('<c ');
    const lastRef = at >= 0 ? /^<c\b[^>]*?\sr="([A-Z]+)\d+"/.exec(body.slice(at, body.indexOf('>', at) + 1)) : null;
    const lastCol = lastRef?.[1] !== undefined ? columnIndex(lastRef[1]) : body === '' ? -1 : null;
    const firstNew = mine.reduce((min, m) => Math.min(min, m.col), Number.POSITIVE_INFINITY);
    const removeFrom = patch.remove
      .filter((b) => r >= b.top && r <= b.bottom)
      .reduce((min, b) => Math.min(min, b.left), Number.POSITIVE_INFINITY);
    if (lastCol !== null && lastCol < firstNew && lastCol < removeFrom) {
      mine.sort((a, b) => a.col - b.col);
      out.push(rowXml(tag, [body, ...mine.map((m) => m.xml)]));
      continue;
    }
    const kept: { col: number; xml: string }[] = [];
    let col = -1;
    for (const cell of elements(body, 'c')) {
      col = cellPosition(cell.text, col + 1).col;
      if (inBoxes(patch.remove, r, col) || mine.some((m) => m.col === col)) continue;
      kept.push({ col, xml: cell.text });
    }
    const merged = [...kept, ...mine].sort((a, b) => a.col - b.col).map((c) => c.xml);
    out.push(rowXml(tag, merged));
  }
  flushNewRows(Number.POSITIVE_INFINITY);
  return out.join('');
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

export function patchSheet(input: string, patch: SheetPatch): string {
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
  head = patchDimension(patchCols(`${head}<sheetData>`, patch.widths), patch.cells);
  return `${head}${rows}</sheetData>${tail}`;
}

export function cellXml(
  row: number,
  col: number,
  style: number,
  formula: string | null,
  value: number | string | null,
): string {
  const ref = a1(col, row);
  const s = style > 0 ? ` s="${style}"` : '';
  if (formula !== null) {
    const f = `<f>${escapeText(formula)}</f>`;
    if (typeof value === 'number' && Number.isFinite(value)) return `<c r="${ref}"${s}>${f}<v>${value}</v></c>`;
    return `<c r="${ref}"${s} t="str">${f}<v>${escapeText(typeof value === 'string' ? value : '')}</v></c>`;
  }
  if (typeof value === 'number' && Number.isFinite(value)) return `<c r="${ref}"${s}><v>${value}</v></c>`;
  if (typeof value === 'string' && value !== '')
    return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeText(value)}</t></is></c>`;
  return `<c r="${ref}"${s}/>`;
}
