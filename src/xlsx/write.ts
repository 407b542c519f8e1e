// The write plan rendered into an .xlsx package: the same columns, formulas, names, blocks and
// conditional formats the add-in writes in Excel, patched into a copy of the user's file so
// every part IJkpunt does not touch stays as it was (and a 10 000-row file is written in a
// fraction of what re-serialising the whole workbook took). No Node library writes charts
// LibreOffice and Excel both open reliably, so the file has none (README); the chart specs
// stay in the plan for the add-in.
//
// IJkpunt records what it wrote in a hidden sheet, so a second run replaces its own output
// and never mistakes it for input, and never writes over a cell the user filled.
import { a1, columnLetters, type RangeBox, gridOrigin } from '../engine/core';
import { quotedSheet, TONE_COLOURS, type Palette } from '../plan';
import type { PlanBlockCell, PlanColumn, WritePlan } from '../plan';
import type { CellGrid } from '../engine/core';
import { OWNERSHIP_SHEET } from './read';
import { addSheet, readPart, recalculateOnOpen, setDefinedNames, sheetsOf, writePart, type Parts } from './package-xml';
import { cellXml, freeSharedIndex, patchSheet, type FormulaXml, type SheetCell } from './sheet-xml';
import { sharedRuns } from './shared-formulas';
import { patchStyles, styleKey, type CellStyle } from './styles-xml';
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
    cells.push({ row: cell.row, col: column.col, xml: cellXml(ref, style, formula, cell.value) });
  });
  return cells;
}

export interface PackageRenderOptions {
  readonly palette?: Palette;
}

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;

function ownershipSheet(rows: readonly [string, string][]): string {
  const cell = (ref: string, text: string) =>
    `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;
  const all: [string, string, string?][] = [['Blad', 'Bereik', 'Geschreven door IJkpunt; niet wijzigen'], ...rows];
  const body = all
    .map(
      (r, i) =>
        `<row r="${i + 1}">${cell(`A${i + 1}`, r[0])}${cell(`B${i + 1}`, r[1])}${r[2] ? cell(`C${i + 1}`, r[2]) : ''}</row>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>${body}</sheetData></worksheet>`;
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
  previous: ReadonlyMap<string, readonly RangeBox[]>,
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
  const stylesXml = readPart(parts, 'xl/styles.xml');
  if (stylesXml === null) throw new Error('xlsx: the workbook has no styles part');
  const styles = patchStyles(
    stylesXml,
    [HEADER_STYLE, ...plans.flatMap((plan) => [...plan.columns.map(columnStyle), ...plan.cells.map(blockStyle)])],
    plans.flatMap((plan) =>
      plan.conditionalFormats.map((cf) => ({ fill: argb(colours[cf.tone].fill), font: argb(colours[cf.tone].font) })),
    ),
  );
  writePart(parts, 'xl/styles.xml', styles.xml);
  const xf: StyleIndex = (style) => styles.xf.get(styleKey(style)) ?? 0;

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
    writePart(parts, target.path, patchSheet(sheetXml, { remove, cells, conditionalFormats, widths, dataValidations }));
  }

  const names = plans.flatMap((plan) =>
    plan.names.map((n) => ({ name: n.name, ref: `${quotedSheet(plan.sheet)}!${n.ref}` })),
  );
  setDefinedNames(parts, new Set(names.map((n) => n.name)), names);
  recalculateOnOpen(parts);

  // What IJkpunt owns afterwards: its earlier output on other sheets, and this run's (a
  // template handed over to the user is not IJkpunt's).
  const written = new Set(plans.map((plan) => plan.sheet));
  const rows: [string, string][] = [];
  for (const [sheet, boxes] of previous) {
    if (written.has(sheet)) continue;
    for (const b of boxes) rows.push([sheet, `${a1(b.left, b.top)}:${a1(b.right, b.bottom)}`]);
  }
  for (const plan of plans) if (!plan.handOver) for (const range of plan.owned) rows.push([plan.sheet, range]);
  const ownership = sheets.find((s) => s.name === OWNERSHIP_SHEET);
  if (ownership) writePart(parts, ownership.path, ownershipSheet(rows));
  else if (rows.length > 0) addSheet(parts, OWNERSHIP_SHEET, ownershipSheet(rows));
  return zipParts(parts);
}
