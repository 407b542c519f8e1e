// Reading what the user selected: the sheet's used range (values), the selection, the Excel
// table under it, and what IJkpunt remembers about the sheet — in one sync, or two when the
// selection lies in an Excel table (its range is known only once the table is). IJkpunt's own
// earlier output reads as empty, so a re-run analyses only the user's table.
import { a1, parseRange, type RangeBox } from '../engine/core';
import { sliceGrid, withoutCells } from '../engine/core';
import type { CellGrid, CellValue } from '../engine/core';
import { rangeBox } from './compact';
import { supports } from './requirements';
import { parseState, settingKey, type SheetState } from './state';

/** The Excel table the input comes from. */
export interface InputTable {
  readonly name: string;
  /** The table's range now, IJkpunt's columns inside it included. */
  readonly box: RangeBox;
  /** The user's part of it: the box without the columns IJkpunt added on an earlier run. */
  readonly input: RangeBox;
}

export interface ReadResult {
  readonly sheet: string;
  /** The used range of the sheet, from its top-left cell. */
  readonly used: CellGrid;
  /** What to analyse: the Excel table, the multi-cell selection, or else the whole used range. */
  readonly table: CellGrid;
  readonly selection: string;
  readonly state: SheetState | null;
  /** The Excel table under the selection (or the one the user named), if any. */
  readonly excelTable: InputTable | null;
  /** Defined names of the workbook and charts of the sheet, so a write needs no extra sync. */
  readonly existing: { readonly names: readonly string[]; readonly charts: readonly string[] };
  /** Each defined name with the sheet its formula refers to ('' when unknown: before ExcelApi 1.7). */
  readonly nameSheets: readonly { readonly name: string; readonly sheet: string }[];
}

/** IJkpunt's remembered state for `sheet`, from settings loaded with items/key and items/value. */
export function stateFrom(settings: Excel.SettingCollection, sheet: string): SheetState | null {
  const key = settingKey(sheet);
  return parseState(settings.items.find((item) => item.key === key)?.value);
}

/**
 * A loaded used range (values, valueTypes, rowIndex, columnIndex; a null object for an empty
 * sheet) as a grid, with IJkpunt's earlier output read as empty.
 */
export function usedGrid(sheet: string, used: Excel.Range, state: SheetState | null): CellGrid {
  const empty = used.isNullObject;
  const types = empty ? [] : used.valueTypes;
  const cells = (empty ? [] : used.values).map((row, r) => row.map((value, c) => cellValue(value, types[r]?.[c])));
  const topLeft = empty ? 'A1' : a1(used.columnIndex, used.rowIndex + 1);
  return withoutCells({ sheet, topLeft, cells }, (state?.plan.owned ?? []).map(parseRange));
}

function cellValue(value: unknown, type: string | undefined): CellValue {
  if (type === 'Error') return { error: String(value) };
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}

function within(inner: RangeBox, outer: RangeBox): boolean {
  return (
    inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right
  );
}

/** The table without the columns IJkpunt appended to it last time (they are output, not input). */
function userPart(box: RangeBox, state: SheetState | null): RangeBox {
  const added = state?.plan.excelTable ? state.plan.columns[0]?.col : undefined;
  if (added === undefined || added <= box.left || added > box.right) return box;
  return { ...box, right: added - 1 };
}

/**
 * Reads the table to analyse: the named Excel table when `tableName` is given, else the
 * selection — the Excel table it lies in (ExcelApi 1.9), a multi-cell selection as it is, or
 * for a single cell "the table on this sheet", which the engine finds in the used range.
 */
export async function readSelection(context: Excel.RequestContext, tableName?: string): Promise<ReadResult> {
  const named = tableName ? context.workbook.tables.getItem(tableName) : null;
  const worksheet = named ? named.worksheet : context.workbook.worksheets.getActiveWorksheet();
  worksheet.load('name');
  const selection = named ? named.getRange() : context.workbook.getSelectedRange();
  selection.load('address, rowIndex, columnIndex, rowCount, columnCount');
  named?.load('name');
  const containing = !named && supports('1.9') ? selection.getTables(false) : null;
  containing?.load('items/name');
  // An empty sheet has no used range: getUsedRange would fail the whole batch.
  const used = worksheet.getUsedRangeOrNullObject(false);
  used.load('values, valueTypes, rowIndex, columnIndex');
  // The state is keyed by sheet name, which is known only after the sync: load all settings.
  const settings = context.workbook.settings;
  settings.load('items/key, items/value');
  const names = context.workbook.names;
  // NamedItem.formula needs ExcelApi 1.7 (https://learn.microsoft.com/javascript/api/excel/excel.nameditem#excel-excel-nameditem-formula-member).
  const withFormula = supports('1.7');
  names.load(withFormula ? 'items/name, items/formula' : 'items/name');
  const charts = worksheet.charts;
  charts.load('items/name');
  await context.sync();

  let excelTable: { name: string; box: RangeBox } | null = named
    ? { name: named.name, box: rangeBox(selection) }
    : null;
  const found = containing?.items[0];
  if (found) {
    const range = found.getRange();
    range.load('rowIndex, columnIndex, rowCount, columnCount');
    await context.sync();
    const box = rangeBox(range);
    // A selection reaching beyond the table is the user's own choice of range.
    if (within(rangeBox(selection), box)) excelTable = { name: found.name, box };
  }

  const sheetName = worksheet.name;
  const state = stateFrom(settings, sheetName);
  const grid = usedGrid(sheetName, used, state);
  const inputTable = excelTable ? { ...excelTable, input: userPart(excelTable.box, state) } : null;
  const multi = selection.rowCount > 1 || selection.columnCount > 1;
  const table = inputTable ? sliceGrid(grid, inputTable.input) : multi ? sliceGrid(grid, rangeBox(selection)) : grid;
  return {
    sheet: sheetName,
    used: grid,
    table,
    selection: selection.address,
    state,
    excelTable: inputTable,
    existing: { names: names.items.map((n) => n.name), charts: charts.items.map((c) => c.name) },
    nameSheets: names.items.map((n) => ({ name: n.name, sheet: withFormula ? sheetOfFormula(String(n.formula)) : '' })),
  };
}

/** "='Benchmark 2017'!$S$5" → "Benchmark 2017"; '' for a formula that is not a reference. */
export function sheetOfFormula(formula: string): string {
  const m = /^=?(?:'((?:[^']|'')+)'|([^'!=]+))!/.exec(formula.trim());
  return m ? (m[1] ?? m[2] ?? '').replace(/''/g, "'") : '';
}

/** The Excel tables of the active sheet, for the pane's table picker. One sync. */
export async function listTables(context: Excel.RequestContext): Promise<string[]> {
  const tables = context.workbook.worksheets.getActiveWorksheet().tables;
  tables.load('items/name');
  await context.sync();
  return tables.items.map((table) => table.name);
}
