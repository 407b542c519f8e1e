// An .xlsx workbook as the engine reads it: per sheet a grid of plain cell values. Formula
// cells give their cached result, as Excel would show them.
import ExcelJS from 'exceljs';
import type { CellGrid, CellValue } from '../engine/types';

function plain(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('error' in value) return { error: String(value.error) };
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    if (result === undefined || result === null) return null;
    if (typeof result === 'object' && 'error' in result) return { error: String(result.error) };
    return result instanceof Date ? result.toISOString().slice(0, 10) : (result as CellValue);
  }
  if ('text' in value) return String(value.text);
  return null;
}

/** The sheet from A1 to its last used cell, so addresses match what the user sees. */
export function sheetGrid(sheet: ExcelJS.Worksheet): CellGrid {
  const rows = sheet.actualRowCount === 0 ? 0 : sheet.rowCount;
  const cols = sheet.actualColumnCount === 0 ? 0 : sheet.columnCount;
  const cells: CellValue[][] = [];
  for (let r = 1; r <= rows; r += 1) {
    const row = sheet.getRow(r);
    const values: CellValue[] = [];
    for (let c = 1; c <= cols; c += 1) values.push(plain(row.getCell(c).value));
    cells.push(values);
  }
  return { sheet: sheet.name, topLeft: 'A1', cells };
}

export async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}
