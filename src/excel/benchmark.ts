// The benchmark's plan into the sheet it was read from, in one undoable action, and undo of a
// sheet action (that write, or what-if edits). The plan comes from src/studies: this file
// analyses nothing. What the read already learnt (IJkpunt's state, the sheet's names, charts
// and Excel table) spares the write a sync of its own: two syncs in all with the read, three
// when the input is an Excel table, one more when the advisor's cells go along.
import { a1, gridOrigin, type RangeBox } from '../engine/core';
import type { CellWrite } from '../engine/benchmark';
import type { BenchmarkWrite } from '../studies';
import { compactPlan, type CompactPlan } from './compact';
import { entriesOf } from './entries';
import { movedAlike, movedState, namesOfPlan, ownershipFor } from './ownership';
import { contentOf, findEdits } from './edits';
import type { WriteGuard } from './events';
import type { ReadResult } from './read';
import { chartName, exists, inspectSheet, queueClear, renderPlan, type KnownSheet, type Palette } from './render';
import { writeEntries } from './render-cells';
import { supports } from './requirements';
import {
  hasState,
  loadStates,
  removeSetting,
  removeState,
  saveState,
  stateKey,
  adoptStates,
  type SheetState,
  type WrittenStates,
} from './state';
import { writeChunks } from './write-chunks';

/** What undo needs to put one sheet back as it was before an action. */
export interface Snapshot {
  readonly sheet: string;
  /** The worksheet's id, the key of its state (absent: keyed by name). */
  readonly sheetId?: string | null;
  /** IJkpunt's state on the sheet before the action (null: it had written nothing). */
  readonly before: SheetState | null;
  /** IJkpunt's state after the action. */
  readonly after: SheetState | null;
  /** The user's own cells an action changed (advisor's columns, what-if), with their previous formulas. */
  readonly userCells: readonly UserCell[];
}

export interface UserCell {
  readonly address: string;
  /** Entries for `formulas` that give the cell back exactly (text behind an apostrophe: see entries.ts). */
  readonly formulas: unknown[][];
}

export type BenchmarkWriteOutcome =
  | { readonly kind: 'written'; readonly snapshot: Snapshot }
  /** The user's data is where the plan would go: nothing was written. */
  | { readonly kind: 'conflict'; readonly cells: readonly string[] }
  /** The user changed cells inside IJkpunt's earlier output: nothing was written; ask what to do. */
  | { readonly kind: 'edited'; readonly cells: readonly string[] }
  /** The user deleted part of IJkpunt's earlier output (`cells`: where it was): nothing was written. */
  | { readonly kind: 'gone'; readonly cells: readonly string[] };

/** What to do with cells the user changed inside IJkpunt's earlier output (absent: ask first). */
export type EditChoice = 'keep' | 'overwrite';

export interface BenchmarkWriteOptions {
  readonly palette?: Palette;
  readonly guard: WriteGuard;
  readonly edits?: EditChoice;
  /** The full states this session wrote (the workbook keeps a lean form). */
  readonly states?: WrittenStates;
}

/** Writes the plan (and the advisor's cells) beside the table `read` came from. */
export async function writeBenchmark(
  context: Excel.RequestContext,
  read: ReadResult,
  write: BenchmarkWrite,
  options: BenchmarkWriteOptions,
): Promise<BenchmarkWriteOutcome> {
  // The read learnt where the states are: the write's context needs no sync of its own for it.
  if (read.states) adoptStates(context, read.states);
  const before = beforeOf(read, options.states);
  // A part of IJkpunt's output the user deleted is their change, as a typed value is: refused,
  // naming what is gone, unless all of it is gone (then nothing of IJkpunt's is left to keep).
  const gone = read.gone ?? [];
  const everything = (before?.plan.owned.length ?? 0) === 0;
  if (gone.length > 0 && !everything && options.edits !== 'overwrite')
    return { kind: 'gone', cells: gone.map((g) => (g.header ? `${g.box} (${g.header})` : g.box)) };
  const compact: CompactPlan = {
    ...compactPlan(write.plan, intoTable(read, write.plan.headerRow)),
    ownership: ownershipFor(write.plan.owned, read.existing.names, namesOfPlan(before?.plan)),
  };
  // Never silently over the user's edits inside IJkpunt's output: ask, keep them, or overwrite.
  let kept = options.edits === 'overwrite' ? [] : (before?.kept ?? []);
  if (before && options.edits !== 'overwrite') {
    const edited = await findEdits(context, read.sheet, before.plan, kept);
    if (edited.length > 0 && options.edits !== 'keep') return { kind: 'edited', cells: edited };
    kept = [...kept, ...edited];
  }
  const keptCells = await contentOf(context, read.sheet, kept);
  const userCells = await currentContent(context, read.sheet, write.writes);
  let after: SheetState | null = null;
  try {
    const rendered = await options.guard.during(() =>
      renderPlan(context, compact, {
        palette: options.palette,
        previous: before?.plan ?? null,
        previousCharts: before?.chartNames ?? [],
        known: knownFrom(read),
        userCells: write.writes.map((w) => ({ address: a1(w.col, w.row), formulas: [[asEntered(w.value)]] })),
        keptCells,
        alsoWrite: (charts) => {
          const { mapping, parameters } = write.remember;
          after = { plan: compact, chartNames: charts, mapping, parameters, ...(kept.length > 0 ? { kept } : {}) };
          options.states?.remember(after);
          saveState(context, read.sheet, after, read.sheetId);
          // A state found under the sheet's name (before ids) moves to the id's key.
          const key = stateKey(read.sheet, read.sheetId);
          if (read.stateKey !== null && read.stateKey !== key) removeSetting(context, read.stateKey);
        },
      }),
    );
    if (!rendered.ok) return { kind: 'conflict', cells: rendered.conflicts };
  } catch (error) {
    // A batch that failed half-way, or a chunk of a large plan after others went in
    // (write-chunks.ts), may have written part of the plan: put back what was there.
    await options.guard.during(() =>
      restoreAfterFailure(context, read.sheet, read.sheetId, { plan: compact, kept }, before, userCells),
    );
    throw error;
  }
  return { kind: 'written', snapshot: { sheet: read.sheet, sheetId: read.sheetId, before, after, userCells } };
}

/** IJkpunt's state before this write: the full one this session wrote when known, moved as the read found it. */
function beforeOf(read: ReadResult, states: WrittenStates | undefined): SheetState | null {
  if (!states || read.recorded === undefined) return states ? states.full(read.state) : read.state;
  const full = states.full(read.recorded);
  return full === read.recorded ? read.state : movedState(full, read.nameFormulas ?? []).state;
}

/** An explanation starting with "=", "+", "-" or "@" is text, not a formula Excel should parse. */
function asEntered(value: string | number | null): string | number {
  if (typeof value === 'string' && /^[=+\-@]/.test(value)) return `'${value}`;
  return value ?? '';
}

/**
 * What the cells about to be written hold now (formulas included), for undo. One sync, if any;
 * long texts (the advisor's explanations) can make the answer too large for Excel on the web
 * (5 MB, see write-chunks.ts): then each half is asked for on its own. Only loads are queued,
 * so asking again changes nothing.
 */
async function currentContent(
  context: Excel.RequestContext,
  sheetName: string,
  writes: readonly CellWrite[],
): Promise<UserCell[]> {
  if (writes.length === 0) return [];
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const addresses = writes.map((w) => a1(w.col, w.row));
  const ranges = addresses.map((address) => sheet.getRange(address).load('formulas, values, valueTypes, numberFormat'));
  try {
    await context.sync();
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code !== 'ResponsePayloadSizeLimitExceeded' || writes.length < 2)
      throw error;
    const half = Math.ceil(writes.length / 2);
    return [
      ...(await currentContent(context, sheetName, writes.slice(0, half))),
      ...(await currentContent(context, sheetName, writes.slice(half))),
    ];
  }
  return ranges.map((range, i) => ({ address: addresses[i] ?? '', formulas: entriesOf(range) }));
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
  sheetId: string | null,
  attempted: { readonly plan: CompactPlan; readonly kept: readonly string[] },
  before: SheetState | null,
  userCells: readonly UserCell[],
): Promise<void> {
  const partial: SheetState = {
    plan: attempted.plan,
    // Charts the failed write may have drawn (those that do not exist are skipped).
    chartNames: attempted.plan.charts.map((_, i) => chartName(sheet, i)),
    mapping: {},
    parameters: {},
    kept: attempted.kept,
  };
  await restoreSnapshot(context, { sheet, sheetId, before, after: partial, userCells });
}

export type SheetUndoOutcome = { readonly ok: true } | { readonly ok: false; readonly conflicts: readonly string[] };

/**
 * Puts the sheet back as it was before the action of `snapshot` — unless the user typed inside
 * IJkpunt's output since: undo would put IJkpunt's old output over those cells, so it refuses,
 * naming them (nothing changed).
 */
export async function undoSnapshot(context: Excel.RequestContext, snapshot: Snapshot): Promise<SheetUndoOutcome> {
  const moved = await movedSnapshot(context, snapshot);
  // A part of IJkpunt's output the user deleted since: undo would draw over what moved in.
  if (moved.gone.length > 0) return { ok: false, conflicts: moved.gone };
  const { after } = moved.snapshot;
  const edited = after ? await findEdits(context, snapshot.sheet, after.plan, after.kept ?? []) : [];
  if (edited.length > 0) return { ok: false, conflicts: edited };
  return restoreSnapshot(context, moved.snapshot);
}

/**
 * The snapshot where IJkpunt's output is now: the user may have inserted or deleted columns or
 * rows since the action (ownership.ts). One sync for the names, only when they say where.
 */
async function movedSnapshot(
  context: Excel.RequestContext,
  snapshot: Snapshot,
): Promise<{ readonly snapshot: Snapshot; readonly gone: readonly string[] }> {
  const after = snapshot.after;
  if (!after?.plan.ownership?.length || !supports('1.7')) return { snapshot, gone: [] };
  const names = context.workbook.names;
  names.load('items/name, items/formula');
  await context.sync();
  const move = movedState(
    after,
    names.items.map((n) => ({ name: n.name, formula: String(n.formula) })),
  );
  if (!move.moved) return { snapshot, gone: [] };
  return {
    snapshot: { ...snapshot, after: move.state, before: movedAlike(snapshot.before, move) },
    gone: move.gone.map((g) => g.box),
  };
}

async function restoreSnapshot(context: Excel.RequestContext, snapshot: Snapshot): Promise<SheetUndoOutcome> {
  // Afresh: after a failed batch the store this context held may say more than the workbook does.
  await loadStates(context);
  const sheet = context.workbook.worksheets.getItem(snapshot.sheet);
  const { before, after } = snapshot;
  if (before) {
    // The user's cells are put back inside the render, after IJkpunt's later output is gone;
    // the cells they kept as their own inside IJkpunt's output stay as they are.
    const kept = [...new Set([...(before.kept ?? []), ...(after?.kept ?? [])])];
    const keptCells = await contentOf(context, snapshot.sheet, kept);
    const rendered = await renderPlan(context, before.plan, {
      previous: after?.plan ?? null,
      previousCharts: after?.chartNames ?? [],
      userCells: snapshot.userCells,
      keptCells,
      alsoWrite: () => saveState(context, snapshot.sheet, before, snapshot.sheetId ?? null),
    });
    return rendered.ok ? { ok: true } : { ok: false, conflicts: rendered.conflicts };
  }
  if (after) {
    const tables = after.plan.excelTable ? [after.plan.excelTable.name] : [];
    const known = await inspectSheet(context, snapshot.sheet, [], tables);
    const names = namesOfPlan(after.plan).filter((name) => exists(known.names, name));
    const charts = after.chartNames.filter((name) => exists(known.charts, name));
    queueClear(context, after.plan, names, charts, known.tables);
    await context.sync();
    if (hasState(context, snapshot.sheet, snapshot.sheetId ?? null))
      removeState(context, snapshot.sheet, snapshot.sheetId ?? null);
  }
  // The user's cells as they were: many long explanations may need more than one request.
  await writeEntries(sheet, snapshot.userCells, writeChunks(context));
  await context.sync();
  return { ok: true };
}
