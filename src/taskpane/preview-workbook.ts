// The workbook port in a plain browser: the bundled Heemstede 2017 example (DOMAIN §3), or the
// user's own file, in memory. "Writing" puts the advisor's cells (explanations, a scenario) into the grid and keeps
// the plan as what IJkpunt remembers of the sheet, as Excel would; what IJkpunt's own columns
// hold the pane shows from the run. It analyses nothing: the pane runs src/studies, as in Excel.
import type { CellWrite } from '../engine/benchmark';
import type { CellGrid, CellValue } from '../engine/core';
import { a1, parseA1 } from '../engine/core';
import { withWrites } from '../engine/benchmark';
import type { WritePlan } from '../plan';
import type { Remembered, SheetsRead, TableRead, UndoPoint, WorkbookPort } from '../studies';
import example from '../../examples/heemstede-2017.json';
import example2012 from '../../examples/heemstede-2012.json';
import criteriaExample from '../../examples/samenwerking.json';
import wishExample from '../../examples/formatiewens.json';
import { previewSelfTest } from './preview-selftest';

/** An example as its sheet holds it: a title, an optional labelled total formation, a blank row, the table. */
export function exampleSheetGrid(data: {
  sheet: string;
  title: string;
  totalFte?: number;
  header: readonly string[];
  rows: readonly (readonly (string | number | null)[])[];
}): CellGrid {
  const width = data.header.length;
  const pad = (row: CellValue[]): CellValue[] => [...row, ...Array<CellValue>(width - row.length).fill(null)];
  const cells: CellValue[][] = [
    pad([data.title]),
    ...(data.totalFte !== undefined ? [pad(['Totale formatie (fte)', data.totalFte])] : []),
    pad([]),
    [...data.header],
    ...data.rows.map((row) => pad([...row])),
  ];
  return { sheet: data.sheet, topLeft: 'A1', cells };
}

/** The bundled Heemstede 2017 example (DOMAIN §3), the preview's active sheet. */
export function exampleGrid(): CellGrid {
  return exampleSheetGrid(example);
}

/** The bundled examples of the other studies, each on its own sheet (the preview's workbook). */
export function exampleSheets(): CellGrid[] {
  return [exampleSheetGrid(example2012), exampleSheetGrid(criteriaExample), exampleSheetGrid(wishExample)];
}

/** What one action changed, to take it back. */
interface PreviewUndo {
  /** The cells it wrote (A1 addresses on the active sheet) with what they held before. */
  readonly cells: readonly { readonly address: string; readonly before: CellValue }[];
  /** What IJkpunt remembered before it, when the action changed that. */
  readonly remembered?: { readonly before: Remembered | null };
  /** The plans in force before it, when the action wrote plans. */
  readonly plans?: { readonly before: PlansInForce };
}

/** The plans in force, by what wrote them ("benchmark", or a study's sheet): a rewrite replaces. */
type PlansInForce = Readonly<Record<string, readonly WritePlan[]>>;

/** What an annotated copy of the preview's workbook holds. */
export interface PreviewWritten {
  /** Every plan in force, in the order written. */
  readonly plans: readonly WritePlan[];
  /** The active sheet as it is now, the advisor's edits (what-if, explanations) in it. */
  readonly active: CellGrid;
}

export interface PreviewWorkbook extends WorkbookPort {
  readonly written: () => PreviewWritten;
}

export function previewWorkbook(
  grid: CellGrid = exampleGrid(),
  others: readonly CellGrid[] = exampleSheets(),
): PreviewWorkbook {
  // The active sheet's grid starts at A1: sheet row r is cells[r - 1].
  let cells = grid.cells.map((row) => [...row]);
  let remembered: Remembered | null = null;
  let plans: PlansInForce = {};
  const undos = new WeakMap<object, PreviewUndo>();
  const current = (): CellGrid => ({ ...grid, cells });
  const valueAt = (address: string): CellValue => {
    const ref = parseA1(address);
    return (ref ? cells[ref.row - 1]?.[ref.col] : undefined) ?? null;
  };
  const put = (address: string, value: CellValue) => {
    const ref = parseA1(address);
    const row = ref ? cells[ref.row - 1] : undefined;
    if (ref && row) row[ref.col] = value;
  };
  const undoPoint = (sheet: string, undo: PreviewUndo): UndoPoint => {
    const kept = Object.freeze({});
    undos.set(kept, undo);
    return { sheet, kept };
  };
  const writeCells = (writes: readonly CellWrite[]): PreviewUndo['cells'] => {
    const before = writes.map((w) => {
      const address = a1(w.col, w.row);
      return { address, before: valueAt(address) };
    });
    cells = withWrites(current(), writes).cells.map((row) => [...row]);
    return before;
  };
  return {
    kind: 'preview',
    // A plain browser has no cells to put a note on.
    canExplain: false,
    explain: async () => undefined,
    listTables: async () => [],
    readTable: async (): Promise<TableRead> => ({
      sheet: grid.sheet,
      used: current(),
      table: current(),
      selection: 'A5',
      excelTable: null,
      remembered,
      kept: null,
    }),
    writeBenchmark: async (_read, write) => {
      const before = remembered;
      const written = writeCells(write.writes);
      const { mapping, parameters } = write.remember;
      remembered = { mapping, parameters, columns: write.plan.columns.map(({ col, header }) => ({ col, header })) };
      const plansBefore = plans;
      plans = { ...plans, benchmark: [write.plan] };
      return {
        kind: 'written',
        undo: undoPoint(grid.sheet, { cells: written, remembered: { before }, plans: { before: plansBefore } }),
      };
    },
    editCells: async (sheet, edits) => {
      const before = edits.map((edit) => ({ address: edit.address, before: valueAt(edit.address) }));
      cells = cells.map((row) => [...row]);
      for (const edit of edits) put(edit.address, edit.value);
      return undoPoint(sheet, { cells: before });
    },
    undo: async (point) => {
      const undo = typeof point.kept === 'object' && point.kept !== null ? undos.get(point.kept) : undefined;
      if (!undo) return { ok: true };
      cells = cells.map((row) => [...row]);
      for (const cell of undo.cells) put(cell.address, cell.before);
      if (undo.remembered) remembered = undo.remembered.before;
      if (undo.plans) plans = undo.plans.before;
      return { ok: true };
    },
    readSheets: async (names): Promise<SheetsRead> => {
      const all = [current(), ...others];
      const wanted = names && names.length > 0 ? names : [grid.sheet];
      return {
        names: all.map((g) => g.sheet),
        active: grid.sheet,
        sheets: wanted.flatMap((name) => {
          const found = all.find((g) => g.sheet === name);
          return found ? [{ sheet: name, grid: found, remembered: name === grid.sheet ? remembered : null }] : [];
        }),
      };
    },
    // The pane shows what Excel would get; the plans go into a downloaded copy.
    writeStudy: async (studyPlans) => {
      const before = plans;
      plans = { ...plans, [`study:${studyPlans.map((p) => p.sheet).join('|')}`]: studyPlans };
      return { kind: 'written', undo: undoPoint(studyPlans[0]?.sheet ?? grid.sheet, { cells: [], plans: { before } }) };
    },
    // Nobody else edits the in-memory example.
    watch: async () => async () => undefined,
    // On a workbook of its own: the example stays as it is.
    selfTest: () => previewSelfTest((temporary) => previewWorkbook(temporary, [])),

    written: () => ({ plans: Object.values(plans).flat(), active: current() }),
  };
}
