// The preview's own file: an .xlsx or .csv the user chose, read in the browser by the command
// line's reader (src/xlsx), and the annotated copy written by its writer. Loaded as its own
// chunk when a file is opened: the reader and writer are not in the pane's first download.
import { withoutCells, type CellGrid, type CellValue, type RangeBox } from '../engine/core';
import type { PlanBlockCell, WritePlan } from '../plan';
import { CsvError, decodeCsv, parseCsv, typedCsvGrid } from '../xlsx/csv';
import { packageFromCells, packageSheetName } from '../xlsx/new-package';
import type { Parts } from '../xlsx/package-xml';
import { readPackage, userEmptyFormulas } from '../xlsx/read';
import { annotatedPackage, conflicts } from '../xlsx/write';
import type { PreviewWritten } from './preview-workbook';

export interface OwnFile {
  /** The file's name without its extension, for the copy's name. */
  readonly base: string;
  readonly kind: 'xlsx' | 'csv';
  /** The user's sheets as read, IJkpunt's earlier output blanked. */
  readonly sheets: readonly CellGrid[];
  readonly parts: Parts;
  readonly owned: ReadonlyMap<string, RangeBox[]>;
  /** Per sheet: the user's formula cells with an empty result (content, though they look empty). */
  readonly emptyFormulas: ReadonlyMap<string, ReadonlySet<string>>;
}

export type OwnFileRead =
  | { readonly ok: true; readonly file: OwnFile }
  | { readonly ok: false; readonly problem: 'extension' | 'xlsx' | 'csv' | 'empty'; readonly detail?: string };

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot).toLowerCase();
}

function readCsv(base: string, bytes: Uint8Array): OwnFileRead {
  try {
    const { grid, dialect } = parseCsv(decodeCsv(bytes), packageSheetName(base));
    const typed = typedCsvGrid(grid, dialect.decimal);
    return {
      ok: true,
      file: {
        base,
        kind: 'csv',
        sheets: [typed],
        parts: packageFromCells(typed),
        owned: new Map(),
        emptyFormulas: new Map(),
      },
    };
  } catch (error) {
    if (error instanceof CsvError) return { ok: false, problem: 'csv', detail: error.message };
    throw error;
  }
}

function readXlsx(base: string, bytes: Uint8Array): OwnFileRead {
  let read;
  try {
    read = readPackage(bytes);
  } catch {
    return { ok: false, problem: 'xlsx' };
  }
  const { parts, owned } = read;
  if (read.sheets.length === 0) return { ok: false, problem: 'empty' };
  return {
    ok: true,
    file: {
      base,
      kind: 'xlsx',
      parts,
      owned,
      sheets: read.sheets.map((sheet) => withoutCells(sheet.grid, owned.get(sheet.grid.sheet) ?? [])),
      emptyFormulas: userEmptyFormulas(read),
    },
  };
}

/** Reads the chosen file; never throws on a file that is not what its name says. */
export function readOwnFile(name: string, bytes: Uint8Array): OwnFileRead {
  const extension = extensionOf(name);
  const base = name.slice(0, name.length - extension.length) || 'IJkpunt';
  if (extension === '.csv' || extension === '.txt') return readCsv(base, bytes);
  if (extension === '.xlsx' || extension === '.xlsm') return readXlsx(base, bytes);
  return { ok: false, problem: 'extension' };
}

const sameValue = (a: CellValue | undefined, b: CellValue | undefined) =>
  (a ?? null) === (b ?? null) || JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The advisor's own edits on the active sheet (what-if values put into the sheet,
 * explanations) as a plan that hands its cells over: the user's cells, not IJkpunt's output.
 */
function editsPlan(original: CellGrid, now: CellGrid, language: WritePlan['language']): WritePlan | null {
  const cells: PlanBlockCell[] = [];
  const rows = Math.max(original.cells.length, now.cells.length);
  for (let r = 0; r < rows; r += 1) {
    const width = Math.max(original.cells[r]?.length ?? 0, now.cells[r]?.length ?? 0);
    for (let c = 0; c < width; c += 1) {
      const value = now.cells[r]?.[c] ?? null;
      if (sameValue(original.cells[r]?.[c], value)) continue;
      if (typeof value === 'boolean' || (value !== null && typeof value === 'object')) continue;
      cells.push({ row: r + 1, col: c, formula: null, value, numberFormat: null, bold: false });
    }
  }
  if (cells.length === 0) return null;
  return {
    sheet: now.sheet,
    language,
    headerRow: 1,
    firstRow: 1,
    lastRow: 1,
    columns: [],
    names: [],
    cells,
    conditionalFormats: [],
    charts: [],
    owned: [],
    warnings: [],
    handOver: true,
  };
}

export type AnnotatedCopy =
  | { readonly ok: true; readonly bytes: Uint8Array; readonly name: string }
  | { readonly ok: false; readonly sheet: string; readonly cells: readonly string[] };

/** The annotated copy of the user's file: every plan in force, the advisor's edits, nothing of theirs overwritten. */
export function annotatedCopy(file: OwnFile, written: PreviewWritten): AnnotatedCopy {
  for (const plan of written.plans) {
    const grid = file.sheets.find((s) => s.sheet === plan.sheet);
    if (!grid) continue;
    const taken = conflicts(grid, file.emptyFormulas.get(plan.sheet) ?? new Set(), plan);
    if (taken.length > 0) return { ok: false, sheet: plan.sheet, cells: taken };
  }
  const original = file.sheets.find((s) => s.sheet === written.active.sheet);
  const language = written.plans[0]?.language ?? 'nl';
  const edits = original ? editsPlan(original, written.active, language) : null;
  // The edits first: a plan on the same sheet clears what IJkpunt wrote there before, and then writes anew.
  const plans = [...(edits ? [edits] : []), ...written.plans];
  const bytes = annotatedPackage(file.parts, plans, file.owned);
  return { ok: true, bytes, name: `${file.base}-ijkpunt.xlsx` };
}
