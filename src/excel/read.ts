// Reading what the user selected: the sheet's used range (values), the selection, the Excel
// table under it, and what IJkpunt remembers about the sheet — in one sync, or two when the
// selection lies in an Excel table (its range is known only once the table is). IJkpunt's own
// earlier output reads as empty, so a re-run analyses only the user's table.
import { parseRange, type RangeBox } from '../engine/core';
import { sliceGrid } from '../engine/core';
import type { CellGrid } from '../engine/core';
import { rangeBox } from './compact';
import { movedState } from './ownership';
import { readCells } from './read-cells';
import { supports } from './requirements';
import { findState, queueStateLoad, type SheetState, type StoredStates } from './state';

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
  /** The worksheet's id, which a rename leaves as it is: the state is kept under it. */
  readonly sheetId: string | null;
  /** The setting the state was found under (null: none), so a write can retire a name-keyed one. */
  readonly stateKey: string | null;
  /** The number of areas the user selected (more than one: the whole sheet's table is read). */
  readonly selectionAreas: number;
  /** The used range of the sheet, from its top-left cell. */
  readonly used: CellGrid;
  /** What to analyse: the Excel table, the multi-cell selection, or else the whole used range. */
  readonly table: CellGrid;
  readonly selection: string;
  /** IJkpunt's state, its plan moved to where its output is now (ownership.ts). */
  readonly state: SheetState | null;
  /** The state as the workbook keeps it, before the move (the key to the full one this session wrote). */
  readonly recorded?: SheetState | null;
  /** The defined names and their formulas, to move a state again (the full one). */
  readonly nameFormulas?: readonly { readonly name: string; readonly formula: string }[];
  /** IJkpunt's columns the user deleted since the last run (nothing is written over that). */
  readonly gone?: readonly { readonly header: string; readonly box: string }[];
  /** The Excel table under the selection (or the one the user named), if any. */
  readonly excelTable: InputTable | null;
  /** Defined names of the workbook and charts of the sheet, so a write needs no extra sync. */
  readonly existing: { readonly names: readonly string[]; readonly charts: readonly string[] };
  /** Each defined name with the sheet its formula refers to ('' when unknown: before ExcelApi 1.7). */
  readonly nameSheets: readonly { readonly name: string; readonly sheet: string }[];
  /** Where the workbook's states are (IJkpunt's XML part, settings), so the write needs no sync to learn it. */
  readonly states?: StoredStates;
}

/** IJkpunt's remembered state for `sheet`, from settings loaded with items/key and items/value. */
export function stateFrom(
  settings: Excel.SettingCollection,
  sheet: string,
  id: string | null = null,
): SheetState | null {
  return findState(settings, sheet, id).state;
}

/** Where a loaded used range (rowIndex, columnIndex, rowCount, columnCount) lies; null for a null object. */
export function usedBox(used: Excel.Range): RangeBox | null {
  return used.isNullObject ? null : rangeBox(used);
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

/** What Excel says when getSelectedRange meets a selection of several areas. */
function isMultiAreaSelection(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'InvalidSelection';
}

/**
 * Reads the table to analyse: the named Excel table when `tableName` is given, else the
 * selection — the Excel table it lies in (ExcelApi 1.9), a multi-cell selection as it is, or
 * for a single cell "the table on this sheet", which the engine finds in the used range.
 * getSelectedRange throws when several areas are selected
 * (https://learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-getselectedrange-member(1));
 * then the sheet's table is read as for a single cell and the read says how many areas there were.
 * Two syncs (what is where; the cells), more only when the cells need more than one response,
 * and one more for IJkpunt's XML part when `knownPart` (its id, as this session last saw it) is
 * not given (state.ts queueStateLoad).
 */
export async function readSelection(
  context: Excel.RequestContext,
  tableName?: string,
  knownPart: string | null = null,
): Promise<ReadResult> {
  try {
    return await readWith(context, tableName, false, knownPart);
  } catch (error) {
    // IJkpunt's part this session knew is gone (another session, undo): read without it.
    if (knownPart && (error as { code?: unknown } | null)?.code === 'ItemNotFound')
      return readSelection(context, tableName, null);
    if (tableName || !isMultiAreaSelection(error) || !supports('1.9')) throw error;
    return readWith(context, undefined, true, null);
  }
}

async function readWith(
  context: Excel.RequestContext,
  tableName: string | undefined,
  multiArea: boolean,
  knownPart: string | null,
): Promise<ReadResult> {
  const named = tableName ? context.workbook.tables.getItem(tableName) : null;
  const worksheet = named ? named.worksheet : context.workbook.worksheets.getActiveWorksheet();
  worksheet.load('name, id');
  const areas = multiArea ? context.workbook.getSelectedRanges().load('address, areaCount') : null;
  const selection = named ? named.getRange() : multiArea ? null : context.workbook.getSelectedRange();
  selection?.load('address, rowIndex, columnIndex, rowCount, columnCount');
  named?.load('name');
  const containing = selection && !named && supports('1.9') ? selection.getTables(false) : null;
  containing?.load('items/name');
  // An empty sheet has no used range: getUsedRange would fail the whole batch. Only where it
  // is, now: its cells come once IJkpunt's own output is known, so it need not be read.
  const used = worksheet.getUsedRangeOrNullObject(false);
  used.load('rowIndex, columnIndex, rowCount, columnCount');
  // The state's key is the sheet's id, known only after the sync: load all states (small).
  const settings = context.workbook.settings;
  const statesLoaded = queueStateLoad(context, knownPart);
  const names = context.workbook.names;
  // NamedItem.formula needs ExcelApi 1.7 (https://learn.microsoft.com/javascript/api/excel/excel.nameditem#excel-excel-nameditem-formula-member).
  const withFormula = supports('1.7');
  names.load(withFormula ? 'items/name, items/formula' : 'items/name');
  const charts = worksheet.charts;
  charts.load('items/name');
  await context.sync();

  const sheetName = worksheet.name;
  const states = await statesLoaded();
  const found = findState(settings, sheetName, worksheet.id);
  const nameFormulas = withFormula ? names.items.map((n) => ({ name: n.name, formula: String(n.formula) })) : [];
  const move = movedState(found.state, nameFormulas);
  const state = move.state;
  let excelTable: { name: string; box: RangeBox } | null =
    named && selection ? { name: named.name, box: rangeBox(selection) } : null;
  const table = containing?.items[0];
  const tableRange = table ? table.getRange().load('rowIndex, columnIndex, rowCount, columnCount') : null;
  // The table's range goes along with the cells' first sync.
  const owned = (state?.plan.owned ?? []).map(parseRange);
  const grid = await readCells(context, worksheet, sheetName, usedBox(used), owned, tableRange !== null);
  if (table && tableRange && selection) {
    const box = rangeBox(tableRange);
    // A selection reaching beyond the table is the user's own choice of range.
    if (within(rangeBox(selection), box)) excelTable = { name: table.name, box };
  }
  const inputTable = excelTable ? { ...excelTable, input: userPart(excelTable.box, state) } : null;
  const multi = selection !== null && (selection.rowCount > 1 || selection.columnCount > 1);
  const analysed = inputTable
    ? sliceGrid(grid, inputTable.input)
    : multi && selection
      ? sliceGrid(grid, rangeBox(selection))
      : grid;
  return {
    sheet: sheetName,
    sheetId: worksheet.id,
    stateKey: found.key,
    selectionAreas: areas ? areas.areaCount : 1,
    used: grid,
    table: analysed,
    selection: areas ? areas.address : (selection?.address ?? ''),
    state,
    recorded: found.state,
    nameFormulas,
    gone: move.gone,
    excelTable: inputTable,
    existing: { names: names.items.map((n) => n.name), charts: charts.items.map((c) => c.name) },
    nameSheets: names.items.map((n) => ({ name: n.name, sheet: withFormula ? sheetOfFormula(String(n.formula)) : '' })),
    states,
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
