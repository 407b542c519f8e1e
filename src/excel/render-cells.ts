// The cells of a compact plan in Office.js writes: headers, column bodies (one scalar per
// formula run, values split by rows across requests where they would pass the budget), block
// cells one 2-D write per row, and cells put back exactly as they were.
import type { CompactPlan } from './compact';
import { cellAddress, columnRange } from './compact';
import { textEntry } from './entries';
import { jsonBytes, OPERATION_BYTES, type WriteChunks } from './write-chunks';

const HEADER_FILL = '#E8F1F2';

/** Cells written back as they were (the user's own, or kept by them), each its own small write. */
export async function writeEntries(
  sheet: Excel.Worksheet,
  cells: readonly { readonly address: string; readonly formulas: unknown[][] }[],
  chunks: WriteChunks,
): Promise<void> {
  for (const cell of cells) {
    await chunks.room(OPERATION_BYTES + jsonBytes(cell.formulas));
    sheet.getRange(cell.address).formulas = cell.formulas;
  }
}

/**
 * Columns with their headers, then the block cells: scalar writes per run, arrays only for
 * values — a column's values split by rows across requests where they would pass the budget.
 */
export async function drawCells(sheet: Excel.Worksheet, plan: CompactPlan, chunks: WriteChunks): Promise<void> {
  for (const column of plan.columns) {
    await chunks.room(OPERATION_BYTES * 5 + jsonBytes(column.header) + jsonBytes(column.numberFormat));
    const header = sheet.getRange(cellAddress({ row: plan.headerRow, col: column.col }));
    header.values = [[textEntry(column.header)]];
    header.format.font.bold = true;
    header.format.fill.color = HEADER_FILL;
    const body = sheet.getRange(columnRange(column.col, plan.firstRow, plan.lastRow));
    if (column.numberFormat) body.numberFormat = broadcast(column.numberFormat);
    // A stored state from an earlier session has no values (they are on the sheet).
    if (column.values && column.values.length > 0) {
      const entries = column.values.map((v) => [textEntry(v ?? '')]);
      await chunks.rows(entries, (offset, rows) => {
        const from = plan.firstRow + offset;
        sheet.getRange(columnRange(column.col, from, from + rows.length - 1)).values = [...rows];
      });
    }
    for (const run of column.runs) {
      await chunks.room(OPERATION_BYTES + jsonBytes(run.r1c1));
      sheet.getRange(columnRange(column.col, run.from, run.to)).formulasR1C1 = broadcast(run.r1c1);
    }
  }
  // Block cells side by side on a row go in one 2-D write: a scorecard of 3 000 rows is then
  // 3 000 range writes, not 39 000, and its request stays far below Excel on the web's 5 MB.
  for (const run of rowRuns(plan.cells)) {
    const first = run[0];
    const last = run[run.length - 1];
    if (!first || !last) continue;
    const formulas = [run.map((cell) => (cell.formula ? `=${cell.formula}` : textEntry(cell.value ?? '')))];
    const numberFormats = run.some((cell) => cell.numberFormat)
      ? [run.map((cell) => cell.numberFormat ?? 'General')]
      : null;
    const formats = run.filter((cell) => cell.bold || cell.wrap).length;
    await chunks.room(OPERATION_BYTES * (3 + formats) + jsonBytes(formulas) + jsonBytes(numberFormats));
    const range = sheet.getRange(`${cellAddress(first)}:${cellAddress(last)}`);
    range.formulas = formulas;
    if (numberFormats) range.numberFormat = numberFormats;
    if (run.every((cell) => cell.bold)) range.format.font.bold = true;
    else for (const cell of run) if (cell.bold) sheet.getRange(cellAddress(cell)).format.font.bold = true;
    for (const cell of run) if (cell.wrap) sheet.getRange(cellAddress(cell)).format.wrapText = true;
  }
}

/** Block cells grouped into runs of adjacent cells on one row, in row and column order. */
function rowRuns(cells: readonly CompactPlan['cells'][number][]): CompactPlan['cells'][number][][] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: CompactPlan['cells'][number][][] = [];
  for (const cell of sorted) {
    const run = runs[runs.length - 1];
    const previous = run?.[run.length - 1];
    if (run && previous && previous.row === cell.row && previous.col + 1 === cell.col) run.push(cell);
    else runs.push([cell]);
  }
  return runs;
}

/**
 * One value for every cell of a range. The Range reference said of `formulas`, `values` and
 * `numberFormat` until 2020: "If the argument is a single value, it will be applied to all cells
 * in the range" (quoted in https://github.com/OfficeDev/office-js-docs-reference/issues/578), and
 * Microsoft confirmed in July 2020 that setting those properties with one value works, though it
 * does not compile against the typings (https://github.com/OfficeDev/office-js-docs-pr/issues/2013).
 * `formulasR1C1` takes the same input as `formulas` but is not named there: the Zelftest writes
 * one R1C1 formula to a run on the real host (selftest-probes.ts), and a host that refused it
 * would show there. Kept instead of full 2-D arrays: one string per run keeps the request of a
 * 50 000-row write under 1 MB and the number of syncs independent of the table's size; a full
 * array would be about 50 bytes per cell per formula column, several requests from 10 000 rows.
 */
export function broadcast(value: string): string[][] {
  return value as unknown as string[][];
}
