// From a file name to grids the engine reads: every sheet of an .xlsx, or the one "sheet" of
// a .csv. Problems with the file are usage errors (exit code 2) with a message naming it.
import { existsSync, readFileSync } from 'fs';
import { basename, extname } from 'path';
import { parseA1 } from '../engine/core';
import { sliceGrid, withoutCells } from '../engine/core';
import type { CellGrid } from '../engine/core';
import { CsvError, decodeCsv, parseCsv, typedCsvGrid } from '../xlsx/csv';
import type { OwnedBox, WorkbookName } from '../xlsx/ownership';
import type { Parts } from '../xlsx/package-xml';
import { readPackage, userEmptyFormulas } from '../xlsx/read';
import { packageFromCells } from '../xlsx/new-package';
import { PackageError } from '../xlsx/package-error';
import { fileTexts } from '../i18n/files';
import { cliTexts } from '../i18n/cli';
import type { Language } from '../engine/core';

export class UsageError extends Error {}

export interface LoadedInput {
  /** The user's sheets, IJkpunt's earlier output read as empty. */
  readonly sheets: readonly CellGrid[];
  readonly decimal: ',' | '.' | 'auto';
  /** The package to annotate: the .xlsx itself, or a new one holding the CSV's cells. */
  readonly parts: () => Promise<Parts>;
  /** What IJkpunt wrote before, per sheet, where it is now. */
  readonly owned: ReadonlyMap<string, readonly OwnedBox[]>;
  /** Per sheet: cells inside IJkpunt's earlier output the user changed since. */
  readonly edits: ReadonlyMap<string, readonly string[]>;
  /** The workbook's defined names, with the sheet each refers to. */
  readonly names: readonly WorkbookName[];
  /** Per sheet: the user's formula cells with an empty result (content, though they look empty). */
  readonly emptyFormulas: ReadonlyMap<string, ReadonlySet<string>>;
}

/** A one-sheet package holding the CSV's cells, for --out to patch like any workbook. */
export function packageFromGrid(grid: CellGrid): Promise<Parts> {
  return Promise.resolve(packageFromCells(grid));
}

export async function loadInput(path: string, language: Language): Promise<LoadedInput> {
  const t = cliTexts(language);
  if (!existsSync(path)) throw new UsageError(t.fileMissing(path));
  const extension = extname(path).toLowerCase();
  if (extension === '.csv' || extension === '.txt') {
    try {
      const { grid, dialect } = parseCsv(decodeCsv(readFileSync(path)), basename(path, extension));
      const typed = typedCsvGrid(grid, dialect.decimal);
      return {
        sheets: [typed],
        decimal: dialect.decimal,
        parts: () => packageFromGrid(typed),
        owned: new Map(),
        edits: new Map(),
        names: [],
        emptyFormulas: new Map(),
      };
    } catch (error) {
      if (error instanceof CsvError && error.message === 'binair')
        throw new UsageError(fileTexts(language).csvNotText(path));
      if (error instanceof CsvError) throw new UsageError(t.csvProblem(path, error.message));
      throw error;
    }
  }
  if (extension === '.xlsx' || extension === '.xlsm') {
    let read;
    try {
      read = readPackage(readFileSync(path));
    } catch (error) {
      if (error instanceof PackageError)
        throw new UsageError(fileTexts(language).packageProblem(path, error.problem, error.part));
      throw new UsageError(t.xlsxUnreadable(path));
    }
    const { parts, owned } = read;
    return {
      sheets: read.sheets.map((sheet) => withoutCells(sheet.grid, owned.get(sheet.grid.sheet) ?? [])),
      decimal: 'auto',
      parts: async () => parts,
      owned,
      edits: read.edits,
      names: read.names,
      emptyFormulas: userEmptyFormulas(read),
    };
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
  return sliceGrid(grid, { top: from.row, bottom: to.row, left: from.col, right: to.col });
}
