// The write plan rendered into an .xlsx workbook with ExcelJS: the same columns, formulas,
// names, blocks and conditional formats the add-in writes in Excel. ExcelJS cannot write
// charts, so the file has none (README); the chart specs stay in the plan for the add-in.
//
// IJkpunt records what it wrote in a hidden sheet, so a second run replaces its own output
// and never mistakes it for input, and never writes over a cell the user filled.
import type ExcelJS from 'exceljs';
import { inBoxes, parseRange, type RangeBox } from '../engine/address';
import type { PlanValue, Tone, WritePlan } from '../engine/plan';

export const OWNERSHIP_SHEET = '_IJkpunt';

export type Palette = 'standard' | 'colourBlind';

/** IBCS: unfavourable red, favourable green (blue for colour-blind readers), similar grey. */
const TONE_COLOURS: Record<Palette, Record<Tone, { fill: string; font: string }>> = {
  standard: {
    unfavourable: { fill: 'FFF8D7DA', font: 'FF9C0006' },
    favourable: { fill: 'FFD4EDDA', font: 'FF006100' },
    similar: { fill: 'FFEDEDED', font: 'FF595959' },
  },
  colourBlind: {
    unfavourable: { fill: 'FFF8D7DA', font: 'FF9C0006' },
    favourable: { fill: 'FFDCE9F7', font: 'FF1F4E79' },
    similar: { fill: 'FFEDEDED', font: 'FF595959' },
  },
};

/** The ranges IJkpunt wrote on each sheet in an earlier run. */
export function ownedRanges(workbook: ExcelJS.Workbook): Map<string, RangeBox[]> {
  const owned = new Map<string, RangeBox[]>();
  const sheet = workbook.getWorksheet(OWNERSHIP_SHEET);
  if (!sheet) return owned;
  sheet.eachRow((row, index) => {
    if (index === 1) return;
    const name = String(row.getCell(1).value ?? '');
    const range = parseRange(String(row.getCell(2).value ?? ''));
    if (name !== '' && range) owned.set(name, [...(owned.get(name) ?? []), range]);
  });
  return owned;
}

function isEmpty(value: ExcelJS.CellValue): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

function cellsOf(plan: WritePlan): { row: number; col: number }[] {
  const cells: { row: number; col: number }[] = [];
  for (const column of plan.columns) {
    cells.push({ row: plan.headerRow, col: column.col });
    for (const cell of column.cells) cells.push({ row: cell.row, col: column.col });
  }
  for (const cell of [...plan.parameters, ...plan.summary]) cells.push({ row: cell.row, col: cell.col });
  return cells;
}

/** Addresses of cells the plan would write that hold something IJkpunt did not write. */
export function conflicts(workbook: ExcelJS.Workbook, plan: WritePlan): string[] {
  const sheet = workbook.getWorksheet(plan.sheet);
  if (!sheet) return [];
  const mine = ownedRanges(workbook).get(plan.sheet) ?? [];
  const found: string[] = [];
  for (const { row, col } of cellsOf(plan)) {
    if (inBoxes(mine, row, col)) continue;
    // ExcelJS counts columns from 1.
    const cell = sheet.getCell(row, col + 1);
    if (!isEmpty(cell.value)) found.push(cell.address);
  }
  return found;
}

function clearOwned(sheet: ExcelJS.Worksheet, ranges: readonly RangeBox[]): void {
  for (const r of ranges) {
    for (let row = r.top; row <= r.bottom; row += 1) {
      for (let col = r.left; col <= r.right; col += 1) {
        const cell = sheet.getCell(row, col + 1);
        cell.value = null;
        cell.style = {};
      }
    }
  }
  sheet.removeConditionalFormatting((cf: ExcelJS.ConditionalFormattingOptions) => {
    const range = parseRange(cf.ref.split(' ')[0] ?? '');
    return !(range && inBoxes(ranges, range.top, range.left));
  });
}

function content(formula: string | null, value: PlanValue): ExcelJS.CellValue {
  if (formula === null) return value;
  return { formula, result: value === null ? '' : value } as ExcelJS.CellFormulaValue;
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8F1F2' } };

export interface RenderOptions {
  readonly palette?: Palette;
}

/** Writes the plan. Call `conflicts` first: this overwrites whatever is in the way. */
export function renderPlan(workbook: ExcelJS.Workbook, plan: WritePlan, options: RenderOptions = {}): void {
  const sheet = workbook.getWorksheet(plan.sheet);
  if (!sheet) throw new Error(`sheet ${plan.sheet} not in workbook`);
  const previous = ownedRanges(workbook).get(plan.sheet) ?? [];
  clearOwned(sheet, previous);

  for (const column of plan.columns) {
    const header = sheet.getCell(plan.headerRow, column.col + 1);
    header.value = column.header;
    header.font = { bold: true };
    header.fill = HEADER_FILL;
    for (const cell of column.cells) {
      const target = sheet.getCell(cell.row, column.col + 1);
      target.value = content(cell.formula, cell.value);
      if (column.numberFormat) target.numFmt = column.numberFormat;
    }
    const width = sheet.getColumn(column.col + 1);
    width.width = Math.max(width.width ?? 0, Math.min(24, column.header.length + 4));
  }
  for (const cell of [...plan.parameters, ...plan.summary]) {
    const target = sheet.getCell(cell.row, cell.col + 1);
    target.value = content(cell.formula, cell.value);
    if (cell.numberFormat) target.numFmt = cell.numberFormat;
    if (cell.bold) target.font = { bold: true };
  }
  const labelColumn = plan.parameters[0] ? sheet.getColumn(plan.parameters[0].col + 1) : null;
  if (labelColumn) labelColumn.width = Math.max(labelColumn.width ?? 0, 26);

  const mine = new Set(plan.names.map((n) => n.name));
  workbook.definedNames.model = [
    ...workbook.definedNames.model.filter((n) => !mine.has(n.name)),
    ...plan.names.map((n) => ({ name: n.name, ranges: [`'${plan.sheet.replace(/'/g, "''")}'!${n.ref}`] })),
  ];

  const colours = TONE_COLOURS[options.palette ?? 'standard'];
  for (const cf of plan.conditionalFormats) {
    const colour = colours[cf.tone];
    sheet.addConditionalFormatting({
      ref: cf.range,
      rules: [
        {
          type: 'expression',
          priority: cf.priority,
          formulae: [cf.formula],
          style: {
            fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: colour.fill } },
            font: { color: { argb: colour.font } },
          },
        },
      ],
    });
  }
  recordOwnership(workbook, plan);
}

function recordOwnership(workbook: ExcelJS.Workbook, plan: WritePlan): void {
  const sheet =
    workbook.getWorksheet(OWNERSHIP_SHEET) ?? workbook.addWorksheet(OWNERSHIP_SHEET, { state: 'veryHidden' });
  if (sheet.rowCount === 0) sheet.addRow(['Blad', 'Bereik', 'Geschreven door IJkpunt; niet wijzigen']);
  const keep: ExcelJS.CellValue[][] = [];
  sheet.eachRow((row, index) => {
    if (index > 1 && row.getCell(1).value !== plan.sheet) keep.push([row.getCell(1).value, row.getCell(2).value]);
  });
  sheet.spliceRows(2, Math.max(0, sheet.rowCount - 1));
  for (const row of keep) sheet.addRow(row);
  for (const range of plan.owned) sheet.addRow([plan.sheet, range]);
}
