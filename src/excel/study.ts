// The studies in the open workbook (criteria, year comparison, desired formation): read one or
// more sheets, write several plans — on the input's sheet and on sheets of IJkpunt's own, made
// when missing — in one undoable action, and undo it. Reading takes one sync; a write three
// (what exists, what the target sheets hold, the write), whatever the number of sheets; undo two.
import { inBoxes, parseRange, type RangeBox } from '../engine/core';
import type { WritePlan } from '../plan';
import type { SheetRead, SheetsRead } from '../studies';
import { compactPlan, type CompactPlan } from './compact';
import { contentOf, findEdits } from './edits';
import type { WriteGuard } from './events';
import { stateFrom, usedBox } from './read';
import { supports } from './requirements';
import { readCells } from './read-cells';
import {
  blankTest,
  chartName,
  exists,
  planConflicts,
  queueClear,
  queuePlan,
  syncTurningEventsBackOn,
  type KnownSheet,
  type Palette,
} from './render';
import { movedAlike, movedState, namesOfPlan, ownershipFor } from './ownership';
import {
  hasState,
  queueStateLoad,
  rememberedOf,
  removeState,
  saveState,
  type SheetState,
  type WrittenStates,
} from './state';
import { writeChunks } from './write-chunks';

/**
 * The active sheet (no names given) or the named sheets, as grids: one sync to learn where their
 * cells are, then their cells outside IJkpunt's output, under the response limit (read-cells.ts).
 * IJkpunt's XML part costs one sync more unless `knownPart` gives its id (state.ts queueStateLoad).
 */
export async function readSheets(
  context: Excel.RequestContext,
  names: readonly string[] = [],
  knownPart: string | null = null,
): Promise<SheetsRead> {
  try {
    return await readSheetsWith(context, names, knownPart);
  } catch (error) {
    // IJkpunt's part this session knew is gone: read without it.
    if (!knownPart || (error as { code?: unknown } | null)?.code !== 'ItemNotFound') throw error;
    return readSheetsWith(context, names, null);
  }
}

async function readSheetsWith(
  context: Excel.RequestContext,
  names: readonly string[],
  knownPart: string | null,
): Promise<SheetsRead> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  const active = worksheets.getActiveWorksheet();
  active.load('name');
  const targets = names.length > 0 ? names.map((n) => worksheets.getItem(n)) : [active];
  const ranges = targets.map((ws) => {
    ws.load('name, id');
    // An empty sheet has no used range: getUsedRange would fail the whole batch.
    const used = ws.getUsedRangeOrNullObject(false);
    used.load('rowIndex, columnIndex, rowCount, columnCount');
    return used;
  });
  const settings = context.workbook.settings;
  const statesLoaded = queueStateLoad(context, knownPart);
  const defined = loadNames(context);
  await context.sync();
  await statesLoaded();
  const sheets: SheetRead[] = [];
  for (const [i, ws] of targets.entries()) {
    // Where IJkpunt's output is now, should the user have moved it (ownership.ts).
    const state = movedState(stateFrom(settings, ws.name, ws.id), nameFormulas(defined)).state;
    const used = ranges[i];
    const owned = (state?.plan.owned ?? []).map(parseRange);
    const grid = await readCells(context, ws, ws.name, used ? usedBox(used) : null, owned);
    sheets.push({ sheet: ws.name, grid, remembered: rememberedOf(state) });
  }
  return { names: worksheets.items.map((w) => w.name), active: active.name, sheets };
}

/** The workbook's names, with their references where the host has them (NamedItem.formula: ExcelApi 1.7). */
function loadNames(context: Excel.RequestContext): Excel.NamedItemCollection {
  const names = context.workbook.names;
  names.load(supports('1.7') ? 'items/name, items/formula' : 'items/name');
  return names;
}

function nameFormulas(names: Excel.NamedItemCollection): { name: string; formula: string }[] {
  return supports('1.7') ? names.items.map((n) => ({ name: n.name, formula: String(n.formula) })) : [];
}

export interface StudySnapshot {
  readonly sheets: readonly {
    readonly sheet: string;
    /** The worksheet's id when it existed before the action (a sheet it added is keyed by name). */
    readonly id: string | null;
    readonly before: SheetState | null;
    /** What IJkpunt remembers afterwards (null for a handed-over template). */
    readonly after: SheetState | null;
    /** What this action wrote on the sheet, remembered or not. */
    readonly written: CompactPlan;
  }[];
  /** Sheets this action added: undo removes them when nothing but IJkpunt's cells is on them. */
  readonly created: readonly string[];
}

export type StudyResponse =
  | { readonly kind: 'written'; readonly undo: StudySnapshot }
  | { readonly kind: 'conflict'; readonly sheet: string; readonly cells: readonly string[] }
  /** The user changed cells inside IJkpunt's earlier output on `sheet`: nothing written; ask keep or overwrite. */
  | { readonly kind: 'edited'; readonly sheet: string; readonly cells: readonly string[] };

interface SheetLook {
  readonly used: Excel.Range | null;
  readonly charts: Excel.ChartCollection | null;
}

function knownFrom(range: Excel.Range | null, names: readonly string[], charts: readonly string[]): KnownSheet {
  return { isBlank: blankTest(range ? [range] : []), names, charts, tables: new Map() };
}

/** Loads, for each sheet that exists, its used range and charts (queued; the caller syncs). */
function lookAt(
  context: Excel.RequestContext,
  sheets: readonly string[],
  present: ReadonlySet<string>,
): Map<string, SheetLook> {
  const looks = new Map<string, SheetLook>();
  for (const name of sheets) {
    if (!present.has(name.toLowerCase())) {
      looks.set(name, { used: null, charts: null });
      continue;
    }
    const used = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
    used.load('values, rowIndex, columnIndex');
    const charts = context.workbook.worksheets.getItem(name).charts;
    charts.load('items/name');
    looks.set(name, { used, charts });
  }
  return looks;
}

/**
 * Writes `plans` (one per sheet) in one action. Refuses, writing nothing, when a plan would
 * cover the user's data; otherwise returns what undo needs.
 */
export async function writeStudy(
  context: Excel.RequestContext,
  plans: readonly WritePlan[],
  options: {
    readonly palette?: Palette;
    readonly guard: WriteGuard;
    readonly states?: WrittenStates;
    /** What to do with cells the user changed inside IJkpunt's earlier output (absent: ask first). */
    readonly edits?: 'keep' | 'overwrite';
  },
): Promise<StudyResponse> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name, items/id');
  const names = loadNames(context);
  const settings = context.workbook.settings;
  const statesLoaded = queueStateLoad(context);
  await context.sync();
  await statesLoaded();
  const present = new Set(worksheets.items.map((w) => w.name.toLowerCase()));
  const looks = lookAt(
    context,
    plans.map((p) => p.sheet),
    present,
  );
  await context.sync();

  const existingNames = names.items.map((n) => n.name);
  const formulas = nameFormulas(names);
  // Each sheet's ownership names under a tag of its own: those of sheets before it count as taken.
  const taken = [...existingNames];
  const work = plans.map((plan) => {
    const id = worksheets.items.find((w) => w.name.toLowerCase() === plan.sheet.toLowerCase())?.id ?? null;
    const stored = stateFrom(settings, plan.sheet, id);
    const before = movedState(options.states ? options.states.full(stored) : stored, formulas).state;
    const look = looks.get(plan.sheet);
    const known = knownFrom(look?.used ?? null, existingNames, look?.charts?.items.map((c) => c.name) ?? []);
    // A handed-over template is the user's: no names of IJkpunt's on it.
    const ownership = plan.handOver ? [] : ownershipFor(plan.owned, taken, namesOfPlan(before?.plan));
    taken.push(...ownership.map((o) => o.name));
    return { plan, id, compact: { ...compactPlan(plan), ownership }, before, known };
  });
  for (const w of work) {
    const conflicts = planConflicts(w.compact, { previous: w.before?.plan ?? null }, w.known);
    if (conflicts.length > 0) return { kind: 'conflict', sheet: w.plan.sheet, cells: conflicts };
  }
  // As the benchmark: never silently over what the user typed inside IJkpunt's earlier output.
  const kept = new Map<
    string,
    { readonly cells: readonly string[]; readonly content: Awaited<ReturnType<typeof contentOf>> }
  >();
  for (const w of work) {
    if (!w.before || options.edits === 'overwrite') continue;
    const earlier = w.before.kept ?? [];
    const edited = await findEdits(context, w.plan.sheet, w.before.plan, earlier);
    if (edited.length > 0 && options.edits !== 'keep') return { kind: 'edited', sheet: w.plan.sheet, cells: edited };
    const cells = [...earlier, ...edited];
    if (cells.length > 0) kept.set(w.plan.sheet, { cells, content: await contentOf(context, w.plan.sheet, cells) });
  }
  const created = plans.filter((p) => !present.has(p.sheet.toLowerCase())).map((p) => p.sheet);
  const snapshot: StudySnapshot['sheets'][number][] = [];
  await options.guard.during(async () => {
    try {
      for (const name of created) worksheets.add(name);
      // One budget for all sheets: a study too large for one request goes in chunks (write-chunks.ts).
      const chunks = writeChunks(context);
      for (const w of work) {
        await queuePlan(context, w.compact, {
          palette: options.palette,
          previous: w.before?.plan ?? null,
          previousCharts: w.before?.chartNames ?? [],
          known: w.known,
          chunks,
          keptCells: kept.get(w.plan.sheet)?.content ?? [],
          alsoWrite: (charts) => {
            const keptHere = kept.get(w.plan.sheet)?.cells ?? [];
            // A handed-over template is the user's sheet from now on: nothing to remember.
            const after: SheetState | null = w.plan.handOver
              ? null
              : {
                  plan: w.compact,
                  chartNames: charts,
                  mapping: {},
                  parameters: {},
                  ...(keptHere.length > 0 ? { kept: keptHere } : {}),
                };
            if (after) saveState(context, w.plan.sheet, after, w.id);
            if (after) options.states?.remember(after);
            snapshot.push({ sheet: w.plan.sheet, id: w.id, before: w.before, after, written: w.compact });
          },
        });
      }
      await syncTurningEventsBackOn(context);
    } catch (error) {
      // A chunk (or the last batch) failed: the chunks before it are in the workbook. Undo as if
      // everything had been written (what was not is skipped), then report the failure.
      await undoStudy(context, attempted(work, created), options.guard);
      throw error;
    }
  });
  return { kind: 'written', undo: { sheets: snapshot, created } };
}

/** What undo of the whole write would need, for a write that stopped somewhere. */
function attempted(
  work: readonly {
    readonly plan: WritePlan;
    readonly id: string | null;
    readonly compact: CompactPlan;
    readonly before: SheetState | null;
  }[],
  created: readonly string[],
): StudySnapshot {
  return {
    sheets: work.map((w) => ({
      sheet: w.plan.sheet,
      id: w.id,
      before: w.before,
      after: {
        plan: w.compact,
        chartNames: w.compact.charts.map((_, i) => chartName(w.plan.sheet, i)),
        mapping: {},
        parameters: {},
      },
      written: w.compact,
    })),
    created,
  };
}

/** Puts the workbook back as it was before the study's write. Two syncs. */
export async function undoStudy(
  context: Excel.RequestContext,
  snapshot: StudySnapshot,
  guard: WriteGuard,
): Promise<void> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  const names = loadNames(context);
  const statesLoaded = queueStateLoad(context);
  await context.sync();
  await statesLoaded();
  const present = new Set(worksheets.items.map((w) => w.name.toLowerCase()));
  const looks = lookAt(
    context,
    snapshot.sheets.map((s) => s.sheet),
    present,
  );
  await context.sync();
  const existingNames = names.items.map((n) => n.name);
  const formulas = nameFormulas(names);
  await guard.during(async () => {
    const chunks = writeChunks(context);
    for (const recorded of snapshot.sheets) {
      if (!present.has(recorded.sheet.toLowerCase())) continue;
      // Where the action's output is now, should the user have moved it since (ownership.ts).
      const entry = movedEntry(recorded, formulas);
      const look = looks.get(entry.sheet);
      const charts = look?.charts?.items.map((c) => c.name) ?? [];
      const created = snapshot.created.includes(entry.sheet);
      const owned: (RangeBox | null)[] = entry.written.owned.map(parseRange);
      // A sheet IJkpunt added and nobody wrote on since goes; one the user wrote on stays.
      if (created && onlyWithin(look?.used ?? null, owned)) {
        // Names on a deleted sheet would stay behind as #REF!: they go first.
        for (const name of namesOfPlan(entry.written).filter((n) => exists(existingNames, n)))
          context.workbook.names.getItem(name).delete();
        worksheets.getItem(entry.sheet).delete();
        if (entry.after && hasState(context, entry.sheet, entry.id)) removeState(context, entry.sheet, entry.id);
        continue;
      }
      if (entry.before) {
        const all = knownFrom(null, existingNames, charts);
        await queuePlan(context, entry.before.plan, {
          previous: entry.after?.plan ?? null,
          previousCharts: entry.after?.chartNames ?? [],
          known: all,
          chunks,
          alsoWrite: () => entry.before && saveState(context, entry.sheet, entry.before, entry.id),
        });
      } else {
        const oldNames = namesOfPlan(entry.written).filter((n) => exists(existingNames, n));
        queueClear(
          context,
          entry.written,
          oldNames,
          (entry.after?.chartNames ?? []).filter((n) => exists(charts, n)),
          new Map(),
        );
        if (entry.after && hasState(context, entry.sheet, entry.id)) removeState(context, entry.sheet, entry.id);
      }
    }
    await syncTurningEventsBackOn(context);
  });
}

type SnapshotEntry = StudySnapshot['sheets'][number];

/** A snapshot's entry with its plans where the names say the action's output is now. */
function movedEntry(entry: SnapshotEntry, formulas: readonly { name: string; formula: string }[]): SnapshotEntry {
  const move = movedState({ plan: entry.written, chartNames: [], mapping: {}, parameters: {} }, formulas);
  if (!move.moved || !move.state) return entry;
  const written = move.state.plan;
  return {
    ...entry,
    written,
    after: entry.after ? { ...entry.after, plan: written } : null,
    before: movedAlike(entry.before, move),
  };
}

function onlyWithin(range: Excel.Range | null, boxes: readonly (RangeBox | null)[]): boolean {
  if (!range || range.isNullObject) return true;
  return range.values.every((row, r) =>
    row.every(
      (value, c) => value === '' || value === null || inBoxes(boxes, range.rowIndex + r + 1, range.columnIndex + c),
    ),
  );
}
