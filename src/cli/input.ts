// From a file name to grids the engine reads: every sheet of an .xlsx, or the one "sheet" of
// a .csv. Problems with the file are usage errors (exit code 2) with a message naming it.
import { existsSync, readFileSync } from 'fs';
import { basename, extname } from 'path';
import { parseA1 } from '../engine/address';
import type { CellGrid, CellValue } from '../engine/types';
import { CsvError, parseCsv } from '../xlsx/csv';
import { readWorkbook, sheetGrid } from '../xlsx/read';
import { cliTexts } from './texts';
import type { Language } from '../engine/types';

export class UsageError extends Error {}

export interface LoadedInput {
  readonly sheets: readonly CellGrid[];
  readonly decimal: ',' | '.' | 'auto';
}

export async function loadInput(path: string, language: Language): Promise<LoadedInput> {
  const t = cliTexts(language);
  if (!existsSync(path)) throw new UsageError(t.fileMissing(path));
  const extension = extname(path).toLowerCase();
  if (extension === '.csv' || extension === '.txt') {
    try {
      const { grid, dialect } = parseCsv(readFileSync(path, 'utf8'), basename(path, extension));
      return { sheets: [grid], decimal: dialect.decimal };
    } catch (error) {
      if (error instanceof CsvError) throw new UsageError(t.csvProblem(path, error.message));
      throw error;
    }
  }
  if (extension === '.xlsx' || extension === '.xlsm') {
    let workbook;
    try {
      workbook = await readWorkbook(path);
    } catch {
      throw new UsageError(t.xlsxUnreadable(path));
    }
    return { sheets: workbook.worksheets.map(sheetGrid), decimal: 'auto' };
  }
  throw new UsageError(t.unknownExtension(path));
}

export function pickSheet(
  sheets: readonly CellGrid[],
  name: string | undefined,
  path: string,
  language: Language,
): CellGrid[] {
  if (name === undefined) return [...sheets];
  const sheet = sheets.find((s) => s.sheet.toLowerCase() === name.toLowerCase());
  if (!sheet)
    throw new UsageError(
      cliTexts(language).sheetMissing(
        path,
        name,
        sheets.map((s) => s.sheet),
      ),
    );
  return [sheet];
}

/** The part of a sheet grid (which starts at A1) inside an A1 range such as "A3:F11". */
export function sliceRange(grid: CellGrid, range: string, language: Language): CellGrid {
  const [fromText = '', toText = fromText] = range.split(':');
  const from = parseA1(fromText);
  const to = parseA1(toText);
  if (!from || !to || to.row < from.row || to.col < from.col) throw new UsageError(cliTexts(language).badRange(range));
  const cells: CellValue[][] = [];
  for (let r = from.row; r <= to.row; r += 1) {
    const row = grid.cells[r - 1] ?? [];
    const values: CellValue[] = [];
    for (let c = from.col; c <= to.col; c += 1) values.push(row[c] ?? null);
    cells.push(values);
  }
  return { sheet: grid.sheet, topLeft: fromText.replace(/\$/g, '').toUpperCase(), cells };
}
