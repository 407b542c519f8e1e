// Renders a compact plan into the sheet with Office.js: check the target cells (never over
// the user's data) and learn which of IJkpunt's old names, charts and tables exist — from what
// the caller just read, or with one sync of its own — then write everything in one batch with
// calculation and events suspended; a plan too large for one request goes in chunks
// (write-chunks.ts), events off from the first to the last.
import { a1, columnLetters, inBoxes, parseRange, type RangeBox } from '../engine/core';
import { quotedSheet, TONE_COLOURS, type Palette } from '../plan';
import type { Tone } from '../plan';
import { cellAddress, rangeBox, type CompactPlan } from './compact';
import { absoluteBox, namesOfPlan } from './ownership';
import { drawCells, writeEntries } from './render-cells';
import { drawChart } from './render-chart';
import { supports } from './requirements';
import { OPERATION_BYTES, syncTurningEventsBackOn, writeChunks, type WriteChunks } from './write-chunks';

export { syncTurningEventsBackOn };
export { broadcast, drawCells } from './render-cells';

export type { Palette };

/** What a write needs to know of the sheet before it starts. */
export interface KnownSheet {
  /** True when the cell holds nothing the user wrote (IJkpunt's earlier output counts as nothing). */
  readonly isBlank: (row: number, col: number) => boolean;
  /** Defined names of the workbook and charts of the sheet that exist now. */
  readonly names: readonly string[];
  readonly charts: readonly string[];
  /** The current range of each Excel table involved, by name. */
  readonly tables: ReadonlyMap<string, RangeBox>;
}

export interface SheetRenderOptions {
  readonly palette?: Palette;
  /** IJkpunt's plan from the previous run on this sheet: its cells are not the user's. */
  readonly previous: CompactPlan | null;
  /** Names of charts IJkpunt drew on this sheet before. */
  readonly previousCharts: readonly string[];
  /** Queues more writes (the remembered state) into the same final batch. */
  readonly alsoWrite?: (charts: readonly string[]) => void;
  /** The sheet as the caller just read it; without it the renderer looks first (one more sync). */
  readonly known?: KnownSheet;
  /**
   * The user's own cells this action writes (the advisor's columns, or their old content on
   * undo): written after IJkpunt's old output is cleared and before the new is drawn, and not
   * counted as the user's data in the way of the plan.
   */
  readonly userCells?: readonly { readonly address: string; readonly formulas: unknown[][] }[];
  /**
   * Cells inside IJkpunt's output the user chose to keep as their own (edits.ts): written back
   * as they were after the plan is drawn, so the plan's formulas do not replace them.
   */
  readonly keptCells?: readonly { readonly address: string; readonly formulas: unknown[][] }[];
}

export type RenderOutcome =
  | { readonly ok: true; readonly charts: readonly string[] }
  | { readonly ok: false; readonly conflicts: readonly string[] };

function isBlankValue(value: unknown): boolean {
  return value === null || value === undefined || value === '';
}

/** Whether a cell is blank, from loaded ranges (values, rowIndex, columnIndex; null objects hold nothing). */
export function blankTest(ranges: readonly Excel.Range[]): KnownSheet['isBlank'] {
  const filled = new Set<string>();
  for (const range of ranges) {
    if (range.isNullObject) continue;
    range.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (!isBlankValue(value)) filled.add(`${range.rowIndex + r + 1}:${range.columnIndex + c}`);
      }),
    );
  }
  return (row, col) => !filled.has(`${row}:${col}`);
}

/** The Excel tables a plan and its predecessor extend. */
function tablesOf(...plans: (CompactPlan | null | undefined)[]): string[] {
  return [...new Set(plans.flatMap((plan) => (plan?.excelTable ? [plan.excelTable.name] : [])))];
}

/**
 * One sync (two when Excel tables are involved: their ranges are known once they are): what is
 * in `targets`, which names, charts and tables exist.
 */
export async function inspectSheet(
  context: Excel.RequestContext,
  sheetName: string,
  targets: readonly string[],
  tableNames: readonly string[],
): Promise<KnownSheet> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const ranges = targets.map((address) => {
    const range = sheet.getRange(address);
    range.load('values, rowIndex, columnIndex');
    return range;
  });
  const names = context.workbook.names;
  names.load('items/name');
  const charts = context.workbook.worksheets.getItem(sheetName).charts;
  charts.load('items/name');
  const tables = context.workbook.tables;
  if (tableNames.length > 0) tables.load('items/name');
  await context.sync();

  const isBlank = blankTest(ranges);
  const boxes = new Map<string, RangeBox>();
  const present = tableNames.length > 0 ? new Set(tables.items.map((t) => t.name.toLowerCase())) : new Set();
  const tableRanges = tableNames
    .filter((name) => present.has(name.toLowerCase()))
    .map((name) => {
      const range = tables.getItem(name).getRange();
      range.load('rowIndex, columnIndex, rowCount, columnCount');
      return { name, range };
    });
  if (tableRanges.length > 0) {
    await context.sync();
    for (const { name, range } of tableRanges) {
      boxes.set(name, rangeBox(range));
    }
  }
  return {
    isBlank,
    names: names.items.map((n) => n.name),
    charts: charts.items.map((c) => c.name),
    tables: boxes,
  };
}

/** Writes `plan`; refuses, writing nothing, if a target cell holds data IJkpunt did not write. */
export async function renderPlan(
  context: Excel.RequestContext,
  plan: CompactPlan,
  options: SheetRenderOptions,
): Promise<RenderOutcome> {
  const known =
    options.known ?? (await inspectSheet(context, plan.sheet, plan.owned, tablesOf(plan, options.previous)));
  const outcome = await queuePlan(context, plan, { ...options, known });
  if (outcome.ok) await syncTurningEventsBackOn(context);
  return outcome;
}

/** The cells of `plan` that hold the user's data (not IJkpunt's earlier output, not `userCells`). */
export function planConflicts(
  plan: CompactPlan,
  options: Pick<SheetRenderOptions, 'previous' | 'userCells'>,
  known: KnownSheet,
): string[] {
  const userCells = options.userCells ?? [];
  const previousBoxes = [...(options.previous?.owned ?? []), ...userCells.map((c) => c.address)].map(parseRange);
  const conflicts: string[] = [];
  for (const box of plan.owned.map(parseRange)) {
    if (!box) continue;
    for (let row = box.top; row <= box.bottom; row += 1) {
      for (let col = box.left; col <= box.right; col += 1) {
        if (!known.isBlank(row, col) && !inBoxes(previousBoxes, row, col)) conflicts.push(cellAddress({ row, col }));
      }
    }
  }
  // A name that exists and is not IJkpunt's own from the previous run here (another sheet's,
  // "Blad 1" and "Blad-1" alike, or the user's) would fail names.add with ItemAlreadyExists
  // half-way through the batch (https://learn.microsoft.com/javascript/api/excel/excel.nameditemcollection#excel-excel-nameditemcollection-add-member(1)):
  // refused before anything is written, the name listed with the cells.
  const previousNames = namesOfPlan(options.previous);
  for (const name of namesOfPlan(plan)) {
    if (exists(known.names, name) && !exists(previousNames, name)) conflicts.push(name);
  }
  return conflicts;
}

/**
 * Queues everything `plan` writes — after clearing the previous plan's output — with calculation
 * and events suspended, leaving the last sync to the caller: several plans (a study's sheets)
 * go in one batch. `chunks` (shared by those plans) sends the batch early where it would pass
 * the request budget; a failure there has switched events back on and goes to the caller.
 */
export async function queuePlan(
  context: Excel.RequestContext,
  plan: CompactPlan,
  options: SheetRenderOptions & { readonly known: KnownSheet; readonly chunks?: WriteChunks },
): Promise<RenderOutcome> {
  const sheet = context.workbook.worksheets.getItem(plan.sheet);
  const known = options.known;
  const userCells = options.userCells ?? [];
  const conflicts = planConflicts(plan, options, known);
  if (conflicts.length > 0) return { ok: false, conflicts };

  const chunks = options.chunks ?? writeChunks(context);
  context.application.suspendApiCalculationUntilNextSync();
  if (supports('1.8')) context.runtime.enableEvents = false;
  let tables = known.tables;
  if (options.previous) {
    const oldCharts = options.previousCharts.filter((name) => exists(known.charts, name));
    const oldNames = namesOfPlan(options.previous).filter((name) => exists(known.names, name));
    await chunks.room(OPERATION_BYTES * (2 * options.previous.owned.length + oldCharts.length + oldNames.length + 2));
    tables = queueClear(context, options.previous, oldNames, oldCharts, tables);
  }
  await writeEntries(sheet, userCells, chunks);
  await drawCells(sheet, plan, chunks);
  await writeEntries(sheet, options.keptCells ?? [], chunks);
  // Names, formats, drop-downs, widths, charts and the state: counted per operation, far below a chunk.
  await chunks.room(
    OPERATION_BYTES *
      (plan.names.length +
        (plan.ownership?.length ?? 0) +
        5 * plan.conditionalFormats.length +
        40 * plan.charts.length),
  );
  for (const name of plan.names) {
    context.workbook.names.add(name.name, `=${quotedSheet(plan.sheet)}!${name.ref}`);
  }
  for (const column of plan.ownership ?? []) {
    context.workbook.names.add(column.name, `=${quotedSheet(plan.sheet)}!${absoluteBox(column.box)}`);
  }
  const tones = TONE_COLOURS[options.palette ?? 'standard'];
  queueConditionalFormats(sheet, plan, tones);
  // Drop-downs need ExcelApi 1.8; without them the template is still a fillable sheet.
  if (supports('1.8')) {
    for (const v of plan.validations ?? []) {
      // ListDataValidation.source: a Range reference, or a comma-separated list (split on its commas:
      // https://learn.microsoft.com/javascript/api/excel/excel.listdatavalidation#excel-excel-listdatavalidation-source-member).
      const source = v.source ? `=${v.source}` : v.list.join(',');
      sheet.getRange(v.range).dataValidation.rule = { list: { inCellDropDown: true, source } };
    }
  }
  for (const w of plan.widths ?? []) {
    // A width set on one cell is its whole column's.
    sheet.getRange(`${columnLetters(w.col)}1`).format.columnWidth = pointsForChars(w.chars);
  }
  growTable(context, plan, tables);
  const charts = plan.charts.map((spec, i) => drawChart(sheet, spec, chartName(plan.sheet, i), tones));
  options.alsoWrite?.(charts);
  if (supports('1.8')) context.runtime.enableEvents = true;
  return { ok: true, charts };
}

/**
 * `conditionalFormats.add` puts each new rule at the top priority
 * (https://learn.microsoft.com/javascript/api/excel/excel.conditionalformatcollection#excel-excel-conditionalformatcollection-add-member(1)),
 * so the plan's rules go in from its lowest priority to its highest: the plan's first rule
 * (*nagenoeg gelijk*) ends on top, as the .xlsx writer's priority="1". stopIfTrue (ExcelApi 1.6,
 * like conditional formats themselves) keeps a lower rule from adding its colours where a higher
 * one holds, as stopIfTrue="1" does in the file.
 */
function queueConditionalFormats(
  sheet: Excel.Worksheet,
  plan: CompactPlan,
  tones: Record<Tone, { fill: string; font: string }>,
): void {
  const lowestFirst = [...plan.conditionalFormats].sort((a, b) => b.priority - a.priority);
  for (const cf of lowestFirst) {
    const format = sheet.getRange(cf.range).conditionalFormats.add('Custom');
    format.custom.rule.formula = `=${cf.formula}`;
    format.custom.format.fill.color = tones[cf.tone].fill;
    format.custom.format.font.color = tones[cf.tone].font;
    format.stopIfTrue = true;
  }
}

/** Excel's default column (8,43 characters) is 48 points wide. */
function pointsForChars(chars: number): number {
  return Math.round(chars * 5.7 + 5);
}

/** Excel's names are case-insensitive. */
export function exists(list: readonly string[], name: string): boolean {
  const lower = name.toLowerCase();
  return list.some((item) => item.toLowerCase() === lower);
}

/** A Range, not an address: a bare address could be read on the active sheet instead of the plan's. */
function resizeTable(context: Excel.RequestContext, sheet: string, name: string, box: RangeBox): void {
  const range = context.workbook.worksheets
    .getItem(sheet)
    .getRange(`${a1(box.left, box.top)}:${a1(box.right, box.bottom)}`);
  context.workbook.tables.getItem(name).resize(range);
}

/** Makes IJkpunt's columns new columns of the input's Excel table (ExcelApi 1.13). */
function growTable(context: Excel.RequestContext, plan: CompactPlan, tables: ReadonlyMap<string, RangeBox>): void {
  const name = plan.excelTable?.name;
  const box = name ? tables.get(name) : undefined;
  const last = plan.columns[plan.columns.length - 1]?.col;
  if (!name || !box || last === undefined || !supports('1.13')) return;
  if (box.top !== plan.headerRow || last <= box.right) return;
  resizeTable(context, plan.sheet, name, { ...box, right: last, bottom: Math.max(box.bottom, plan.lastRow) });
}

/**
 * Gives an Excel table back its own columns before IJkpunt's are cleared: an emptied header
 * cell inside a table would come back as "Column1". Returns the tables' ranges afterwards.
 */
function shrinkTable(
  context: Excel.RequestContext,
  plan: CompactPlan,
  tables: ReadonlyMap<string, RangeBox>,
): ReadonlyMap<string, RangeBox> {
  const name = plan.excelTable?.name;
  const box = name ? tables.get(name) : undefined;
  const first = plan.columns[0]?.col;
  if (!name || !box || first === undefined || first <= box.left || first > box.right || !supports('1.13'))
    return tables;
  const mine = { ...box, right: first - 1 };
  resizeTable(context, plan.sheet, name, mine);
  return new Map([...tables, [name, mine]]);
}

/** Chart names are unique per workbook in Excel's UI; the sheet keeps them apart. */
export function chartName(sheet: string, index: number): string {
  return `IJkpunt ${sheet} ${index + 1}`;
}

/**
 * Removes everything a plan drew: its columns from the Excel table, cells and formats, the
 * names and charts that still exist. Queues only; returns the tables' ranges afterwards.
 */
export function queueClear(
  context: Excel.RequestContext,
  plan: CompactPlan,
  existingNames: readonly string[],
  existingCharts: readonly string[],
  tables: ReadonlyMap<string, RangeBox>,
): ReadonlyMap<string, RangeBox> {
  const sheet = context.workbook.worksheets.getItem(plan.sheet);
  const after = shrinkTable(context, plan, tables);
  for (const address of plan.owned) {
    const range = sheet.getRange(address);
    range.conditionalFormats.clearAll();
    range.clear('All');
  }
  for (const name of existingNames) context.workbook.names.getItem(name).delete();
  for (const name of existingCharts) sheet.charts.getItem(name).delete();
  return after;
}
