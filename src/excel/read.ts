// Reading what the user selected, in one batch: the sheet's used range (values), the
// selection, and what IJkpunt remembers about the sheet. IJkpunt's own earlier output reads as
// empty, so a re-run analyses only the user's table.
import { a1, parseRange } from '../engine/address';
import { sliceGrid, withoutCells } from '../engine/grid';
import type { CellGrid, CellValue } from '../engine/types';
import { parseState, settingKey, type SheetState } from './state';

export interface ReadResult {
  readonly sheet: string;
  /** The used range of the sheet, from its top-left cell. */
  readonly used: CellGrid;
  /** What to analyse: the multi-cell selection, or else the whole used range. */
  readonly table: CellGrid;
  readonly selection: string;
  readonly state: SheetState | null;
}

function cellValue(value: unknown, type: string | undefined): CellValue {
  if (type === 'Error') return { error: String(value) };
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}

/**
 * Reads the table to analyse: the named Excel table when `tableName` is given, else the
 * selection (a multi-cell selection is the table; a single cell means "the table on this
 * sheet", found by the engine in the used range). One sync.
 */
export async function readSelection(context: Excel.RequestContext, tableName?: string): Promise<ReadResult> {
  const named = tableName ? context.workbook.tables.getItem(tableName) : null;
  const worksheet = named ? named.worksheet : context.workbook.worksheets.getActiveWorksheet();
  worksheet.load('name');
  const selection = named ? named.getRange() : context.workbook.getSelectedRange();
  selection.load('address, rowIndex, columnIndex, rowCount, columnCount');
  // An empty sheet has no used range: getUsedRange would fail the whole batch.
  const used = worksheet.getUsedRangeOrNullObject(false);
  used.load('values, valueTypes, rowIndex, columnIndex');
  // The state is keyed by sheet name, which is known only after the sync: load all settings.
  const settings = context.workbook.settings;
  settings.load('items/key, items/value');
  await context.sync();

  const sheetName = worksheet.name;
  const key = settingKey(sheetName);
  const stored = settings.items.find((item) => item.key === key);
  const state = parseState(stored?.value);
  const empty = used.isNullObject;
  const originRow = empty ? 1 : used.rowIndex + 1;
  const originCol = empty ? 0 : used.columnIndex;
  const types = empty ? [] : used.valueTypes;
  const values = empty ? [] : used.values;
  const cells: CellValue[][] = values.map((row, r) => row.map((value, c) => cellValue(value, types[r]?.[c])));
  const sheetGrid: CellGrid = { sheet: sheetName, topLeft: a1(originCol, originRow), cells };
  const usedGrid = withoutCells(sheetGrid, (state?.plan.owned ?? []).map(parseRange));
  const multi = selection.rowCount > 1 || selection.columnCount > 1;
  const table = multi
    ? sliceGrid(usedGrid, {
        top: selection.rowIndex + 1,
        bottom: selection.rowIndex + selection.rowCount,
        left: selection.columnIndex,
        right: selection.columnIndex + selection.columnCount - 1,
      })
    : usedGrid;
  return { sheet: sheetName, used: usedGrid, table, selection: selection.address, state };
}
