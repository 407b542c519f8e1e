// Cells the user changed inside IJkpunt's own output since it wrote them: a value typed over
// one of its formulas, a note typed in an empty cell of its block, a header moved onto another.
// A re-run would clear them with the rest of IJkpunt's output, and undo would put IJkpunt's
// old output over them — so both ask first. The stored plan says what IJkpunt wrote in every
// cell; Excel says which cells hold constants (not formulas), so only those few are compared,
// and the response stays small whatever the table's size (no formulas of 50 000 rows loaded).
import { inBoxes, parseRange } from '../engine/core';
import { cellAddress, columnRange, type CompactPlan } from './compact';
import { supports } from './requirements';

/** What IJkpunt wrote in a cell: a formula, or a value shown as text. */
type Written = { readonly formula: true } | { readonly formula: false; readonly value: string };

const key = (row: number, col: number) => `${row}:${col}`;

function writtenCells(plan: CompactPlan): Map<string, Written> {
  const written = new Map<string, Written>();
  for (const column of plan.columns) {
    written.set(key(plan.headerRow, column.col), { formula: false, value: column.header });
    for (const run of column.runs)
      for (let row = run.from; row <= run.to; row += 1) written.set(key(row, column.col), { formula: true });
    column.values?.forEach((value, i) => {
      if (value !== null && value !== '')
        written.set(key(plan.firstRow + i, column.col), { formula: false, value: String(value) });
    });
  }
  for (const cell of plan.cells) {
    if (cell.formula) written.set(key(cell.row, cell.col), { formula: true });
    else if (cell.value !== null && cell.value !== '')
      written.set(key(cell.row, cell.col), { formula: false, value: String(cell.value) });
  }
  return written;
}

/**
 * Cells whose written value the plan no longer holds: a plan read back from the workbook keeps
 * no per-row values and no block cells (state.ts `storedState`), so a constant there may well be
 * IJkpunt's own. Those are not reported; a typed value over one of its formulas still is.
 */
function unrecordedValues(plan: CompactPlan): (row: number, col: number) => boolean {
  const leanColumns = new Set(plan.columns.filter((c) => c.values?.length === 0).map((c) => c.col));
  const planColumns = new Set(plan.columns.map((c) => c.col));
  const noBlockCells = plan.cells.length === 0;
  // Where the stored state says the blocks hold formulas, a typed value is the user's all the same.
  const formulas = noBlockCells ? (plan.formulaAreas ?? []).map(parseRange) : [];
  return (row, col) =>
    (leanColumns.has(col) && row >= plan.firstRow && row <= plan.lastRow) ||
    (noBlockCells && !planColumns.has(col) && !inBoxes(formulas, row, col));
}

/** Where IJkpunt wrote values (headers, a category column, block labels): read to compare. */
function valuePlaces(plan: CompactPlan): string[] {
  const places: string[] = [];
  const first = plan.columns[0];
  const last = plan.columns[plan.columns.length - 1];
  if (first && last)
    places.push(
      `${cellAddress({ row: plan.headerRow, col: first.col })}:${cellAddress({ row: plan.headerRow, col: last.col })}`,
    );
  for (const column of plan.columns)
    if (column.values) places.push(columnRange(column.col, plan.firstRow, plan.firstRow + column.values.length - 1));
  const values = plan.cells.filter((c) => !c.formula && c.value !== null && c.value !== '');
  if (values.length > 0) {
    const rows = values.map((c) => c.row);
    const cols = values.map((c) => c.col);
    const top = Math.min(...rows);
    const left = Math.min(...cols);
    places.push(
      `${cellAddress({ row: top, col: left })}:${cellAddress({ row: Math.max(...rows), col: Math.max(...cols) })}`,
    );
  }
  return places;
}

/** "'Blad 1'!H5:H9,'Blad 1'!K3" → the rectangles (sheet names may hold commas, inside quotes). */
export function areaBoxes(address: string): NonNullable<ReturnType<typeof parseRange>>[] {
  const boxes: NonNullable<ReturnType<typeof parseRange>>[] = [];
  const pattern = /(?:'(?:[^']|'')*'|[^,'!]+)!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)/g;
  for (let m = pattern.exec(address); m; m = pattern.exec(address)) {
    const box = parseRange((m[1] ?? '').replace(/\$/g, ''));
    if (box) boxes.push(box);
  }
  return boxes;
}

/**
 * The cells of `plan`'s output on `sheetName` that no longer hold what IJkpunt wrote (`kept`:
 * cells the user chose to keep earlier, not asked about again). One sync. Without ExcelApi
 * 1.9 (Range.getSpecialCellsOrNullObject) Excel cannot tell a typed value from a formula
 * cheaply: nothing is reported and a re-run behaves as before.
 */
export async function findEdits(
  context: Excel.RequestContext,
  sheetName: string,
  plan: CompactPlan,
  kept: readonly string[] = [],
): Promise<string[]> {
  if (!supports('1.9') || plan.owned.length === 0) return [];
  const sheet = context.workbook.worksheets.getItem(sheetName);
  // Constants, per https://learn.microsoft.com/javascript/api/excel/excel.specialcelltype: values, not formulas.
  const constants = plan.owned.map((address) => {
    const areas = sheet.getRange(address).getSpecialCellsOrNullObject('Constants');
    areas.load('address');
    return areas;
  });
  const loaded = valuePlaces(plan).map((address) => sheet.getRange(address).load('values, rowIndex, columnIndex'));
  await context.sync();
  const current = new Map<string, unknown>();
  for (const range of loaded)
    range.values.forEach((row, r) =>
      row.forEach((value, c) => current.set(key(range.rowIndex + r + 1, range.columnIndex + c), value)),
    );
  const written = writtenCells(plan);
  const unknown = unrecordedValues(plan);
  const skip = new Set(kept);
  const found = new Set<string>();
  for (const areas of constants) {
    if (areas.isNullObject) continue;
    for (const box of areaBoxes(areas.address)) {
      for (let col = box.left; col <= box.right; col += 1) {
        for (let row = box.top; row <= box.bottom; row += 1) {
          const address = cellAddress({ row, col });
          const mine = written.get(key(row, col));
          const same = mine !== undefined && !mine.formula && String(current.get(key(row, col)) ?? '') === mine.value;
          if (!same && !skip.has(address) && !unknown(row, col)) found.add(address);
        }
      }
    }
  }
  return [...found];
}

/** What the cells hold now (formulas, so a typed value and a formula both come back as they were). One sync. */
export async function contentOf(
  context: Excel.RequestContext,
  sheetName: string,
  addresses: readonly string[],
): Promise<{ readonly address: string; readonly formulas: unknown[][] }[]> {
  if (addresses.length === 0) return [];
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const ranges = addresses.map((address) => sheet.getRange(address).load('formulas'));
  await context.sync();
  return ranges.map((range, i) => ({ address: addresses[i] ?? '', formulas: range.formulas }));
}
