// The write plan rendered into an .xlsx package: the same columns, formulas, names, blocks and
// conditional formats the add-in writes in Excel, patched into a copy of the user's file so
// every part IJkpunt does not touch stays as it was (and a 10 000-row file is written in a
// fraction of what re-serialising the whole workbook took). No Node library writes charts
// LibreOffice and Excel both open reliably, so the file has none (README); the chart specs
// stay in the plan for the add-in.
//
// IJkpunt records what it wrote in a hidden sheet, so a second run replaces its own output
// and never mistakes it for input, and never writes over a cell the user filled.
import { a1, parseA1, type RangeBox } from '../engine/address';
import { TONE_COLOURS, type Palette } from '../engine/palette';
import type { PlanValue, WritePlan } from '../engine/plan';
import type { CellGrid } from '../engine/types';
import { OWNERSHIP_SHEET } from './read';
import { addSheet, readPart, recalculateOnOpen, setDefinedNames, sheetsOf, writePart, type Parts } from './package-xml';
import { cellXml, patchSheet } from './sheet-xml';
import { patchStyles, styleKey, type CellStyle } from './styles-xml';
import { escapeXml } from './xml';
import { zipParts } from './zip';

export { OWNERSHIP_SHEET };
export type { Palette };

/** The cells a plan writes, with their content and style. */
function planCells(
  plan: WritePlan,
): { row: number; col: number; formula: string | null; value: PlanValue; style: CellStyle }[] {
  const cells: { row: number; col: number; formula: string | null; value: PlanValue; style: CellStyle }[] = [];
  for (const column of plan.columns) {
    cells.push({
      row: plan.headerRow,
      col: column.col,
      formula: null,
      value: column.header,
      style: { numberFormat: null, bold: true, header: true },
    });
    // One style object per column: the writer looks styles up by identity.
    const style: CellStyle = { numberFormat: column.numberFormat, bold: false, header: false };
    for (const cell of column.cells) {
      cells.push({ row: cell.row, col: column.col, formula: cell.formula, value: cell.value, style });
    }
  }
  for (const cell of [...plan.parameters, ...plan.summary]) {
    cells.push({
      row: cell.row,
      col: cell.col,
      formula: cell.formula,
      value: cell.value,
      style: { numberFormat: cell.numberFormat, bold: cell.bold, header: false },
    });
  }
  return cells;
}

/**
 * Addresses of cells the plan would write that hold something IJkpunt did not write: `grid` is
 * the sheet as read, IJkpunt's earlier output blanked; `emptyFormulas` are the user's formula
 * cells whose result is empty (content all the same).
 */
export function conflicts(grid: CellGrid, emptyFormulas: ReadonlySet<string>, plan: WritePlan): string[] {
  const origin = parseA1(grid.topLeft) ?? { col: 0, row: 1 };
  const found: string[] = [];
  for (const { row, col } of planCells(plan)) {
    const value = grid.cells[row - origin.row]?.[col - origin.col];
    const filled = value !== null && value !== undefined && !(typeof value === 'string' && value.trim() === '');
    if (filled || emptyFormulas.has(a1(col, row))) found.push(a1(col, row));
  }
  return found;
}

export interface RenderOptions {
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

/**
 * The annotated copy of `input` (the unzipped parts of an .xlsx): the plan's cells, styles, names and
 * conditional formats patched into the package, every other part as it was. `previous` is
 * what IJkpunt wrote on each sheet before (from the ownership sheet): replaced, not kept.
 */
export function annotatedPackage(
  input: Parts,
  plan: WritePlan,
  previous: ReadonlyMap<string, readonly RangeBox[]>,
  options: RenderOptions = {},
): Uint8Array {
  // The caller's parts stay as they were: only changed parts are replaced in this copy.
  const parts: Parts = { ...input };
  const sheets = sheetsOf(parts);
  const target = sheets.find((s) => s.name === plan.sheet);
  if (!target) throw new Error(`sheet ${plan.sheet} not in workbook`);

  const cells = planCells(plan);
  const colours = TONE_COLOURS[options.palette ?? 'standard'];
  const stylesXml = readPart(parts, 'xl/styles.xml');
  if (stylesXml === null) throw new Error('xlsx: the workbook has no styles part');
  const styles = patchStyles(
    stylesXml,
    cells.map((c) => c.style),
    plan.conditionalFormats.map((cf) => ({ fill: argb(colours[cf.tone].fill), font: argb(colours[cf.tone].font) })),
  );
  writePart(parts, 'xl/styles.xml', styles.xml);

  const widths = new Map<number, number>();
  for (const column of plan.columns) widths.set(column.col, Math.min(24, column.header.length + 4));
  const labelCol = plan.parameters[0]?.col;
  if (labelCol !== undefined) widths.set(labelCol, 26);
  const conditionalFormats = plan.conditionalFormats.map((cf) => {
    const c = colours[cf.tone];
    const dxf = styles.dxf.get(`${argb(c.fill)}|${argb(c.font)}`) ?? 0;
    return `<conditionalFormatting sqref="${cf.range}"><cfRule type="expression" dxfId="${dxf}" priority="${cf.priority}"><formula>${escapeXml(cf.formula)}</formula></cfRule></conditionalFormatting>`;
  });
  const xfOf = new Map<CellStyle, number>();
  const xf = (style: CellStyle): number => {
    let index = xfOf.get(style);
    if (index === undefined) {
      index = styles.xf.get(styleKey(style)) ?? 0;
      xfOf.set(style, index);
    }
    return index;
  };
  const sheetXml = readPart(parts, target.path);
  if (sheetXml === null) throw new Error(`xlsx: part ${target.path} missing`);
  writePart(
    parts,
    target.path,
    patchSheet(sheetXml, {
      remove: previous.get(plan.sheet) ?? [],
      cells: cells.map((c) => ({
        row: c.row,
        col: c.col,
        xml: cellXml(c.row, c.col, xf(c.style), c.formula, c.value),
      })),
      conditionalFormats,
      widths,
    }),
  );

  const quoted = `'${plan.sheet.replace(/'/g, "''")}'`;
  setDefinedNames(
    parts,
    new Set(plan.names.map((n) => n.name)),
    plan.names.map((n) => ({ name: n.name, ref: `${quoted}!${n.ref}` })),
  );
  recalculateOnOpen(parts);

  const rows: [string, string][] = [];
  for (const [sheet, boxes] of previous) {
    if (sheet === plan.sheet) continue;
    for (const b of boxes) rows.push([sheet, `${a1(b.left, b.top)}:${a1(b.right, b.bottom)}`]);
  }
  for (const range of plan.owned) rows.push([plan.sheet, range]);
  const ownership = sheets.find((s) => s.name === OWNERSHIP_SHEET);
  if (ownership) writePart(parts, ownership.path, ownershipSheet(rows));
  else addSheet(parts, OWNERSHIP_SHEET, ownershipSheet(rows));
  return zipParts(parts);
}
