// The write plan rendered into an .xlsx package: the same columns, formulas, names, blocks and
// conditional formats the add-in writes in Excel, patched into a copy of the user's file so
// every part IJkpunt does not touch stays as it was (and a 10 000-row file is written in a
// fraction of what re-serialising the whole workbook took). The plan's charts become native
// charts in the sheet's drawing (drawing.ts, chart-xml.ts).
//
// IJkpunt records what it wrote — a hidden defined name per owned column, which programs move
// along with inserted rows and columns, and a fingerprint of its cells in a hidden sheet
// (ownership.ts) — so a second run replaces its own output, never mistakes it for input, and
// never writes over a cell the user filled.
import { a1, columnLetters, gridOrigin, inBoxes, parseRange } from '../engine/core';
import { flatText, quotedSheet, TONE_COLOURS, type Palette } from '../plan';
import type { PlanBlockCell, PlanColumn, WritePlan } from '../plan';
import type { CellGrid } from '../engine/core';
import { OWNERSHIP_SHEET } from './read';
import {
  fingerprintChunks,
  OWN_NAME_PREFIX,
  ownedColumns,
  workbookNames,
  type OwnedBox,
  type WorkbookName,
} from './ownership';

import { patchCharts } from './drawing';
import { addSheet, readPart, recalculateOnOpen, setDefinedNames, sheetsOf, writePart, type Parts } from './package-xml';
import { cellXml, freeSharedIndex, patchSheetPieces, type FormulaXml, type SheetCell } from './sheet-xml';
import { sharedRuns } from './shared-formulas';
import { patchStyles, styleKey, stylesForWriting, type CellStyle } from './styles-xml';
import { escapeXml } from './xml';
import { zipParts } from './zip';

export { OWNERSHIP_SHEET };
export type { Palette };

/** Where a plan writes, cell by cell: its columns (header and rows), then its blocks. */
function eachPlanCell(plan: WritePlan, visit: (row: number, col: number) => void): void {
  for (const column of plan.columns) {
    visit(plan.headerRow, column.col);
    for (const cell of column.cells) visit(cell.row, column.col);
  }
  for (const cell of plan.cells) visit(cell.row, cell.col);
}

/**
 * Addresses of cells the plan would write that hold something IJkpunt did not write: `grid` is
 * the sheet as read, IJkpunt's earlier output blanked; `emptyFormulas` are the user's formula
 * cells whose result is empty (content all the same).
 */
export function conflicts(grid: CellGrid, emptyFormulas: ReadonlySet<string>, plan: WritePlan): string[] {
  const origin = gridOrigin(grid);
  const found: string[] = [];
  eachPlanCell(plan, (row, col) => {
    const value = grid.cells[row - origin.row]?.[col - origin.col];
    const filled = value !== null && value !== undefined && !(typeof value === 'string' && value.trim() === '');
    if (filled || (emptyFormulas.size > 0 && emptyFormulas.has(a1(col, row)))) found.push(a1(col, row));
  });
  return found;
}

/** The plan's defined names that already exist for another sheet (names are case-insensitive). */
export function nameClashes(plan: WritePlan, names: readonly WorkbookName[]): WorkbookName[] {
  const wanted = new Set(plan.names.map((n) => n.name.toLowerCase()));
  return names.filter(
    (n) => wanted.has(n.name.toLowerCase()) && n.sheet !== '' && n.sheet.toLowerCase() !== plan.sheet.toLowerCase(),
  );
}

const HEADER_STYLE: CellStyle = { numberFormat: null, bold: true, header: true };

function columnStyle(column: PlanColumn): CellStyle {
  return { numberFormat: column.numberFormat, bold: false, header: false };
}

function blockStyle(cell: PlanBlockCell): CellStyle {
  return { numberFormat: cell.numberFormat, bold: cell.bold, header: false, ...(cell.wrap ? { wrap: true } : {}) };
}

/** A cell format's index in the patched styles.xml. */
type StyleIndex = (style: CellStyle) => number;

/**
 * A plan column as cells: the header, then its rows, each run of rows whose formulas are the
 * same formula moved down written as one shared formula (indices from `si.next`).
 */
function columnCells(column: PlanColumn, headerRow: number, xf: StyleIndex, si: { next: number }): SheetCell[] {
  const letters = columnLetters(column.col);
  const cells: SheetCell[] = [
    { row: headerRow, col: column.col, xml: cellXml(`${letters}${headerRow}`, xf(HEADER_STYLE), null, column.header) },
  ];
  const style = xf(columnStyle(column));
  const runs = sharedRuns(column.cells);
  let run = 0;
  let shared: { si: number; end: number } | null = null;
  column.cells.forEach((cell, i) => {
    // Inside a run: a reference to its first cell; at a run's start: the text and the range.
    const ref = `${letters}${cell.row}`;
    let formula: FormulaXml | null = cell.formula === null ? null : { kind: 'full', text: cell.formula };
    const starts = runs[run];
    if (shared && i < shared.end) {
      formula = { kind: 'sharedRest', si: shared.si };
    } else if (starts?.start === i && cell.formula !== null) {
      shared = { si: si.next, end: starts.end };
      si.next += 1;
      run += 1;
      const lastRow = column.cells[starts.end - 1]?.row ?? cell.row;
      formula = { kind: 'sharedFirst', text: cell.formula, si: shared.si, ref: `${ref}:${letters}${lastRow}` };
    }
    cells.push({ row: cell.row, col: column.col, xml: flatText(cellXml(ref, style, formula, cell.value)) });
  });
  return cells;
}

/**
 * The value (cached result) of each cell the plan writes, for the charts' caches. Charts read
 * the blocks; a column (200 000 rows and more) is looked up by its row's place, never indexed.
 */
function planValues(plan: WritePlan): (row: number, col: number) => PlanBlockCell['value'] | undefined {
  const values = new Map<string, PlanBlockCell['value']>();
  for (const cell of plan.cells) values.set(`${cell.row}:${cell.col}`, cell.value);
  const columns = new Map(plan.columns.map((column) => [column.col, column]));
  return (row, col) => {
    const key = `${row}:${col}`;
    if (values.has(key)) return values.get(key);
    const column = columns.get(col);
    if (!column) return undefined;
    if (row === plan.headerRow) return column.header;
    // A column's cells are its rows top to bottom, one per row as a rule; else searched.
    const first = column.cells[0]?.row ?? 0;
    const cell = column.cells[row - first];
    return cell?.row === row ? cell.value : column.cells.find((c) => c.row === row)?.value;
  };
}

export interface PackageRenderOptions {
  readonly palette?: Palette;
}

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;

/** One row per owned column: its sheet, range and name as written, then its fingerprint. */
type OwnershipRow = readonly string[];

function ownershipSheet(rows: readonly OwnershipRow[]): string {
  const cell = (ref: string, text: string) =>
    `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;
  const header = ['Blad', 'Bereik', 'Naam', 'Vingerafdruk (geschreven door IJkpunt; niet wijzigen)'];
  const body = [header, ...rows]
    .map(
      (r, i) =>
        `<row r="${i + 1}">${r.map((text, c) => (text === '' ? '' : cell(`${columnLetters(c)}${i + 1}`, text))).join('')}</row>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>${body}</sheetData></worksheet>`;
}

/** The names and the ownership sheet's rows for what IJkpunt owns after this run. */
function ownershipRecords(owned: readonly { sheet: string; box: OwnedBox }[]): {
  names: { name: string; ref: string; hidden: true }[];
  rows: OwnershipRow[];
} {
  const names: { name: string; ref: string; hidden: true }[] = [];
  const rows: OwnershipRow[] = [];
  owned.forEach(({ sheet, box }, i) => {
    const name = `${OWN_NAME_PREFIX}${i + 1}`;
    const range = `${a1(box.left, box.top)}:${a1(box.right, box.bottom)}`;
    const absolute = `$${columnLetters(box.left)}$${box.top}:$${columnLetters(box.right)}$${box.bottom}`;
    names.push({ name, ref: `${quotedSheet(sheet)}!${absolute}`, hidden: true });
    rows.push([sheet, range, name, ...fingerprintChunks(box.codes)]);
  });
  return { names, rows };
}

const EMPTY_SHEET =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><dimension ref="A1"/><sheetData/></worksheet>';

function validationXml(range: string, list: readonly string[], cells?: string): string {
  // A list source is a reference to its cells, or one formula string: items separated by commas
  // (so split on them), quotes doubled.
  const source = cells ?? `"${list.map((item) => item.replace(/"/g, '""')).join(',')}"`;
  return `<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="${range.replace(/\$/g, '')}"><formula1>${escapeXml(source)}</formula1></dataValidation>`;
}

/**
 * The annotated copy of `input` (the unzipped parts of an .xlsx): each plan's cells, styles, names,
 * conditional formats and drop-downs patched into its sheet — a sheet of IJkpunt's own (a
 * factsheet, the template) is added when missing — every other part as it was. `previous` is
 * what IJkpunt wrote on each sheet before (from the ownership sheet): replaced, not kept.
 */
export function annotatedPackage(
  input: Parts,
  planOrPlans: WritePlan | readonly WritePlan[],
  previous: ReadonlyMap<string, readonly OwnedBox[]>,
  options: PackageRenderOptions = {},
): Uint8Array {
  const plans: readonly WritePlan[] = Array.isArray(planOrPlans) ? planOrPlans : [planOrPlans as WritePlan];
  // The caller's parts stay as they were: only changed parts are replaced in this copy.
  const parts: Parts = { ...input };
  const present = new Set(sheetsOf(parts).map((s) => s.name));
  for (const plan of plans) {
    if (present.has(plan.sheet)) continue;
    if (!plan.newSheet) throw new Error(`sheet ${plan.sheet} not in workbook`);
    addSheet(parts, plan.sheet, EMPTY_SHEET, false);
    present.add(plan.sheet);
  }
  const sheets = sheetsOf(parts);

  const colours = TONE_COLOURS[options.palette ?? 'standard'];
  const stylesPart = stylesForWriting(parts);
  const styles = patchStyles(
    stylesPart.xml,
    [HEADER_STYLE, ...plans.flatMap((plan) => [...plan.columns.map(columnStyle), ...plan.cells.map(blockStyle)])],
    plans.flatMap((plan) =>
      plan.conditionalFormats.map((cf) => ({ fill: argb(colours[cf.tone].fill), font: argb(colours[cf.tone].font) })),
    ),
  );
  writePart(parts, stylesPart.path, styles.xml);
  const xf: StyleIndex = (style) => styles.xf.get(styleKey(style)) ?? 0;
  // Each patched sheet as pieces of XML, joined by nobody: the zip encodes them batch by batch.
  const texts = new Map<string, string[]>();

  for (const plan of plans) {
    const target = sheets.find((s) => s.name === plan.sheet);
    if (!target) throw new Error(`sheet ${plan.sheet} not in workbook`);
    const widths = new Map<number, number>();
    for (const column of plan.columns) widths.set(column.col, Math.min(24, column.header.length + 4));
    for (const w of plan.widths ?? []) widths.set(w.col, w.chars);
    const conditionalFormats = plan.conditionalFormats.map((cf) => {
      const c = colours[cf.tone];
      const dxf = styles.dxf.get(`${argb(c.fill)}|${argb(c.font)}`) ?? 0;
      return `<conditionalFormatting sqref="${cf.range}"><cfRule type="expression" dxfId="${dxf}" priority="${cf.priority}" stopIfTrue="1"><formula>${escapeXml(cf.formula)}</formula></cfRule></conditionalFormatting>`;
    });
    // A second plan for the same sheet patches what the first one wrote.
    const earlier = texts.get(target.path);
    if (earlier) writePart(parts, target.path, earlier.join(''));
    texts.delete(target.path);
    // Charts first: a new drawing's <drawing> element goes into the sheet before it is patched
    // into pieces, which only the zip joins.
    patchCharts(parts, target.path, plan.sheet, plan.charts, planValues(plan), { tones: colours });
    const sheetXml = readPart(parts, target.path);
    if (sheetXml === null) throw new Error(`xlsx: part ${target.path} missing`);
    const remove = previous.get(plan.sheet) ?? [];
    const si = { next: freeSharedIndex(sheetXml, remove) };
    const cells = plan.columns.flatMap((column) => columnCells(column, plan.headerRow, xf, si));
    for (const cell of plan.cells) {
      const formula: FormulaXml | null = cell.formula === null ? null : { kind: 'full', text: cell.formula };
      const xml = cellXml(a1(cell.col, cell.row), xf(blockStyle(cell)), formula, cell.value);
      cells.push({ row: cell.row, col: cell.col, xml });
    }
    const dataValidations = (plan.validations ?? []).map((v) => validationXml(v.range, v.list, v.source));
    texts.set(target.path, patchSheetPieces(sheetXml, { remove, cells, conditionalFormats, widths, dataValidations }));
  }

  // What IJkpunt owns afterwards: its earlier output on other sheets, and this run's (a
  // template handed over to the user is not IJkpunt's).
  const written = new Set(plans.map((plan) => plan.sheet));
  const owned: { sheet: string; box: OwnedBox }[] = [];
  for (const [sheet, boxes] of previous) if (!written.has(sheet)) for (const box of boxes) owned.push({ sheet, box });
  for (const plan of plans)
    if (!plan.handOver) for (const box of ownedColumns(plan)) owned.push({ sheet: plan.sheet, box });
  const records = ownershipRecords(owned);

  const names = plans.flatMap((plan) =>
    plan.names.map((n) => ({ name: n.name, ref: `${quotedSheet(plan.sheet)}!${n.ref}` })),
  );
  // Old ownership names go, and so do names pointing into IJkpunt's old output on a sheet
  // written now (a parameter cell under a prefix the sheet no longer gets).
  const oldOwnNames = workbookNames(readPart(parts, 'xl/workbook.xml') ?? '')
    .filter((n) => {
      if (n.name.toLowerCase().startsWith(OWN_NAME_PREFIX.toLowerCase())) return true;
      const box = written.has(n.sheet) ? parseRange(n.ref) : null;
      return box !== null && inBoxes(previous.get(n.sheet) ?? [], box.top, box.left);
    })
    .map((n) => n.name);
  setDefinedNames(parts, new Set([...names.map((n) => n.name), ...oldOwnNames]), [...names, ...records.names]);
  recalculateOnOpen(parts);

  const rows = records.rows;
  const ownership = sheets.find((s) => s.name === OWNERSHIP_SHEET);
  if (ownership) writePart(parts, ownership.path, ownershipSheet(rows));
  else if (rows.length > 0) addSheet(parts, OWNERSHIP_SHEET, ownershipSheet(rows));
  return zipParts(parts, texts);
}
