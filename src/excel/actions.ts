// What the task pane asks of the workbook, one Excel.run per user action: analyse the table
// under the selection and write IJkpunt's output next to it; undo the last write; apply
// what-if edits to the user's cells. Every write returns what undo needs to restore it.
import { analyseTable } from '../engine/analyse';
import { buildPlan } from '../engine/plan';
import type { AnalysisOptions, AnalysisResult, Warning } from '../engine/types';
import { compactPlan, type CompactPlan } from './compact';
import { whileWriting } from './events';
import { readSelection } from './read';
import { queueClear, renderPlan, type Palette } from './render';
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
    }
  | { readonly kind: 'fatal'; readonly cell: string | null; readonly message: string }
  | { readonly kind: 'conflict'; readonly cells: readonly string[]; readonly result: AnalysisResult };

export interface AnalyseRequest {
  readonly options?: AnalysisOptions;
  readonly palette?: Palette;
  /** An Excel table to analyse instead of the selection. */
  readonly tableName?: string;
  /** Named steps for the pane's progress display on long tables. */
  readonly onStep?: (step: AnalyseStep) => void;
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
  const outcome = analyseTable({ table: read.table, sheet: read.used }, options);
  if (!outcome.ok) return { kind: 'fatal', cell: outcome.cell, message: outcome.message };
  const plan = buildPlan({ table: outcome.table, result: outcome.result, grid: read.table, options });
  const compact = compactPlan(plan);
  request.onStep?.('write');
  const before = read.state;
  let after: SheetState | null = null;
  try {
    const rendered = await whileWriting(() =>
      renderPlan(context, compact, {
        palette: request.palette,
        previous: before?.plan ?? null,
        previousCharts: before?.chartNames ?? [],
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
    await restoreAfterFailure(context, read.sheet, compact, before);
    throw error;
  }
  return {
    kind: 'written',
    result: outcome.result,
    warnings: [...outcome.result.warnings, ...plan.warnings],
    undo: { sheet: read.sheet, before, after, userCells: [] },
  };
}

async function restoreAfterFailure(
  context: Excel.RequestContext,
  sheet: string,
  attempted: CompactPlan,
  before: SheetState | null,
): Promise<void> {
  const partial: SheetState = { plan: attempted, chartNames: [], mapping: {}, parameters: {} };
  await undo(context, { sheet, before, after: partial, userCells: [] });
}

export type UndoResponse = { readonly ok: true } | { readonly ok: false; readonly conflicts: readonly string[] };

/** Puts the sheet back as it was before the action of `snapshot`. */
export async function undo(context: Excel.RequestContext, snapshot: Snapshot): Promise<UndoResponse> {
  const sheet = context.workbook.worksheets.getItem(snapshot.sheet);
  for (const cell of snapshot.userCells) sheet.getRange(cell.address).formulas = cell.formulas;
  const { before, after } = snapshot;
  if (before) {
    const rendered = await renderPlan(context, before.plan, {
      previous: after?.plan ?? null,
      previousCharts: after?.chartNames ?? [],
      alsoWrite: () => saveState(context, snapshot.sheet, before),
    });
    return rendered.ok ? { ok: true } : { ok: false, conflicts: rendered.conflicts };
  }
  if (after) {
    const names = after.plan.names.map((n) => context.workbook.names.getItemOrNullObject(n.name));
    const charts = after.chartNames.map((name) => sheet.charts.getItemOrNullObject(name));
    const setting = context.workbook.settings.getItemOrNullObject(`ijkpunt:${snapshot.sheet}`);
    for (const item of [...names, ...charts, setting]) item.load('isNullObject');
    await context.sync();
    queueClear(context, after.plan, names, charts);
    if (!setting.isNullObject) removeState(context, snapshot.sheet);
  }
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

/** The Excel tables of the active sheet, for the pane's table picker. One sync. */
export async function listTables(context: Excel.RequestContext): Promise<string[]> {
  const tables = context.workbook.worksheets.getActiveWorksheet().tables;
  tables.load('items/name');
  await context.sync();
  return tables.items.map((table) => table.name);
}
