// What the task pane asks of the workbook, one Excel.run per user action: analyse the table
// under the selection and write IJkpunt's output next to it; undo the last write; apply
// what-if edits to the user's cells. Every write returns what undo needs to restore it.
import { a1, type RangeBox, gridOrigin } from '../engine/core';
import { analyseWithColumns, type CellWrite, type UserColumns } from '../engine/benchmark';
import { buildPlan } from '../engine/benchmark';
import { type WritePlan } from '../plan';
import type { AnalysisOptions, AnalysisResult, Measure } from '../engine/benchmark';
import type { Warning } from '../engine/core';
import { compactPlan, type CompactPlan } from './compact';
import { whileWriting } from './events';
import { readSelection, type ReadResult } from './read';
import { exists, inspectSheet, queueClear, renderPlan, type KnownSheet, type Palette } from './render';
import { supports } from './requirements';
import { removeState, saveState, type SheetState } from './state';

export interface Snapshot {
  readonly sheet: string;
  /** IJkpunt's state on the sheet before the action (null: it had written nothing). */
  readonly before: SheetState | null;
  /** IJkpunt's state after the action. */
  readonly after: SheetState | null;
  /** The user's own cells an action changed (what-if), with their previous formulas. */
  readonly userCells: readonly { readonly address: string; readonly formulas: unknown[][] }[];
}

export type AnalyseResponse =
  | {
      readonly kind: 'written';
      readonly result: AnalysisResult;
      readonly warnings: readonly Warning[];
      readonly undo: Snapshot;
      /** 0-based sheet columns of the written Δ columns, for "Uitleg bij cel". */
      readonly deltaColumns: DeltaColumns;
    }
  | { readonly kind: 'fatal'; readonly cell: string | null; readonly message: string }
  | { readonly kind: 'conflict'; readonly cells: readonly string[]; readonly result: AnalysisResult }
  /** Cells the advisor's columns would go into changed since the pane read them. */
  | { readonly kind: 'changed'; readonly cells: readonly string[] };

export type DeltaColumns = Partial<Record<Measure, number>>;

/** Where the plan writes each measure's Δ column. */
export function deltaColumnsOf(plan: WritePlan): DeltaColumns {
  const columns: DeltaColumns = {};
  for (const column of plan.columns) {
    if (column.key === 'fte.delta') columns.fte = column.col;
    if (column.key === 'costs.delta') columns.costs = column.col;
  }
  return columns;
}

export interface AnalyseRequest {
  readonly options?: AnalysisOptions;
  readonly palette?: Palette;
  /** An Excel table to analyse instead of the selection. */
  readonly tableName?: string;
  /** Named steps for the pane's progress display on long tables. */
  readonly onStep?: (step: AnalyseStep) => void;
  /** The advisor's explanations or a saved scenario, written in the same action (undoable). */
  readonly userColumns?: UserColumns;
}

export type AnalyseStep = 'read' | 'analyse' | 'write';

export async function analyseAndWrite(
  context: Excel.RequestContext,
  request: AnalyseRequest = {},
): Promise<AnalyseResponse> {
  request.onStep?.('read');
  const read = await readSelection(context, request.tableName);
  request.onStep?.('analyse');
  const options: AnalysisOptions = {
    ...(read.state ? { overrides: read.state.mapping, ...read.state.parameters } : {}),
    ...request.options,
  };
  const analysed = analyseWithColumns(read.table, read.used, options, request.userColumns);
  if (analysed.kind === 'fatal') return { kind: 'fatal', cell: analysed.cell, message: analysed.message };
  if (analysed.kind === 'changed') return analysed;
  const { outcome, grid, writes } = analysed;
  const plan = buildPlan({ table: outcome.table, result: outcome.result, grid, options });
  const compact = compactPlan(plan, intoTable(read, plan.headerRow));
  const userCells = await currentContent(context, read.sheet, writes);
  request.onStep?.('write');
  const before = read.state;
  let after: SheetState | null = null;
  try {
    const rendered = await whileWriting(() =>
      renderPlan(context, compact, {
        palette: request.palette,
        previous: before?.plan ?? null,
        previousCharts: before?.chartNames ?? [],
        known: knownFrom(read),
        userCells: writes.map((w) => ({ address: a1(w.col, w.row), formulas: [[asEntered(w.value)]] })),
        alsoWrite: (charts) => {
          after = {
            plan: compact,
            chartNames: charts,
            mapping: options.overrides ?? {},
            parameters: {
              ...(options.inhabitants !== undefined ? { inhabitants: options.inhabitants } : {}),
              ...(options.totalFte !== undefined ? { totalFte: options.totalFte } : {}),
              ...(options.fteServed !== undefined ? { fteServed: options.fteServed } : {}),
            },
          };
          saveState(context, read.sheet, after);
        },
      }),
    );
    if (!rendered.ok) return { kind: 'conflict', cells: rendered.conflicts, result: outcome.result };
  } catch (error) {
    // A batch that failed half-way may have written part of the plan: put back what was there.
    await restoreAfterFailure(context, read.sheet, compact, before, userCells);
    throw error;
  }
  return {
    kind: 'written',
    result: outcome.result,
    warnings: [...outcome.result.warnings, ...plan.warnings],
    undo: { sheet: read.sheet, before, after, userCells },
    deltaColumns: deltaColumnsOf(plan),
  };
}

/** An explanation starting with "=", "+", "-" or "@" is text, not a formula Excel should parse. */
function asEntered(value: string | number | null): string | number {
  if (typeof value === 'string' && /^[=+\-@]/.test(value)) return `'${value}`;
  return value ?? '';
}

/** What the cells about to be written hold now (formulas included), for undo. One sync, if any. */
async function currentContent(
  context: Excel.RequestContext,
  sheetName: string,
  writes: readonly CellWrite[],
): Promise<Snapshot['userCells']> {
  if (writes.length === 0) return [];
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const ranges = writes.map((w) => sheet.getRange(a1(w.col, w.row)).load('formulas'));
  await context.sync();
  return ranges.map((range, i) => {
    const w = writes[i];
    return { address: w ? a1(w.col, w.row) : '', formulas: range.formulas };
  });
}

/**
 * The Excel table IJkpunt's columns join: the input's, when its header row is the table's and
 * the host can resize tables (ExcelApi 1.13); otherwise they form an adjacent block.
 */
function intoTable(read: ReadResult, headerRow: number): string | null {
  const table = read.excelTable;
  return table && table.input.top === headerRow && supports('1.13') ? table.name : null;
}

/** What the read already knows, so the write needs no sync of its own to check the sheet. */
function knownFrom(read: ReadResult): KnownSheet {
  const origin = gridOrigin(read.used);
  const tables = new Map<string, RangeBox>();
  if (read.excelTable) tables.set(read.excelTable.name, read.excelTable.box);
  return {
    // `used` reads IJkpunt's earlier output as empty; beyond the used range all is empty.
    isBlank: (row, col) => {
      const value = read.used.cells[row - origin.row]?.[col - origin.col];
      return value === null || value === undefined || value === '';
    },
    names: read.existing.names,
    charts: read.existing.charts,
    tables,
  };
}

async function restoreAfterFailure(
  context: Excel.RequestContext,
  sheet: string,
  attempted: CompactPlan,
  before: SheetState | null,
  userCells: Snapshot['userCells'],
): Promise<void> {
  const partial: SheetState = { plan: attempted, chartNames: [], mapping: {}, parameters: {} };
  await undo(context, { sheet, before, after: partial, userCells });
}

export type UndoResponse = { readonly ok: true } | { readonly ok: false; readonly conflicts: readonly string[] };

/** Puts the sheet back as it was before the action of `snapshot`. */
export async function undo(context: Excel.RequestContext, snapshot: Snapshot): Promise<UndoResponse> {
  const sheet = context.workbook.worksheets.getItem(snapshot.sheet);
  const { before, after } = snapshot;
  if (before) {
    // The user's cells are put back inside the render, after IJkpunt's later output is gone.
    const rendered = await renderPlan(context, before.plan, {
      previous: after?.plan ?? null,
      previousCharts: after?.chartNames ?? [],
      userCells: snapshot.userCells,
      alsoWrite: () => saveState(context, snapshot.sheet, before),
    });
    return rendered.ok ? { ok: true } : { ok: false, conflicts: rendered.conflicts };
  }
  if (after) {
    const tables = after.plan.excelTable ? [after.plan.excelTable.name] : [];
    const known = await inspectSheet(context, snapshot.sheet, [], tables);
    const names = after.plan.names.map((n) => n.name).filter((name) => exists(known.names, name));
    const charts = after.chartNames.filter((name) => exists(known.charts, name));
    const setting = context.workbook.settings.getItemOrNullObject(`ijkpunt:${snapshot.sheet}`);
    setting.load('key');
    queueClear(context, after.plan, names, charts, known.tables);
    await context.sync();
    if (!setting.isNullObject) removeState(context, snapshot.sheet);
  }
  for (const cell of snapshot.userCells) sheet.getRange(cell.address).formulas = cell.formulas;
  await context.sync();
  return { ok: true };
}

export interface CellEdit {
  /** A1 address on the sheet, e.g. "B10". */
  readonly address: string;
  readonly value: number | null;
}

/** Writes what-if edits into the user's cells; the snapshot restores their old content. */
export async function applyEdits(
  context: Excel.RequestContext,
  sheetName: string,
  edits: readonly CellEdit[],
): Promise<Snapshot> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const ranges = edits.map((edit) => {
    const range = sheet.getRange(edit.address);
    range.load('formulas');
    return range;
  });
  await context.sync();
  const userCells = ranges.map((range, i) => ({ address: edits[i]?.address ?? '', formulas: range.formulas }));
  edits.forEach((edit, i) => {
    const range = ranges[i];
    if (range) range.values = [[edit.value ?? '']];
  });
  await context.sync();
  return { sheet: sheetName, before: null, after: null, userCells };
}

/**
 * "Uitleg bij cel": puts `text` in the Excel note of one cell, replacing an earlier note there
 * (ExcelApi 1.18; the pane hides the button where notes are not available). Two syncs.
 */
export async function explainCell(
  context: Excel.RequestContext,
  sheetName: string,
  address: string,
  text: string,
): Promise<void> {
  const notes = context.workbook.worksheets.getItem(sheetName).notes;
  const existing = notes.getItemOrNullObject(address);
  existing.load('content');
  await context.sync();
  if (existing.isNullObject) notes.add(address, text);
  else existing.content = text;
  await context.sync();
}

/** The Excel tables of the active sheet, for the pane's table picker. One sync. */
export async function listTables(context: Excel.RequestContext): Promise<string[]> {
  const tables = context.workbook.worksheets.getActiveWorksheet().tables;
  tables.load('items/name');
  await context.sync();
  return tables.items.map((table) => table.name);
}
