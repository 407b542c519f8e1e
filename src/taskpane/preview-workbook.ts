// The workbook port in a plain browser: the bundled Heemstede 2017 example (DOMAIN §3) in
// memory. "Writing" keeps IJkpunt's plan beside the grid, so analyse, results, what-if and undo
// behave as in Excel, minus the sheet itself.
import { deltaColumnsOf, type AnalyseResponse, type Snapshot } from '../excel/actions';
import { buildPlan } from '../engine/benchmark';
import type { CellGrid, CellValue } from '../engine/core';
import { a1, parseA1 } from '../engine/core';
import { analyseWithColumns, withWrites } from '../engine/benchmark';
import example from '../../examples/heemstede-2017.json';
import example2012 from '../../examples/heemstede-2012.json';
import criteriaExample from '../../examples/samenwerking.json';
import wishExample from '../../examples/formatiewens.json';
import type { SheetsRead } from '../excel/study';
import type { WorkbookPort } from './workbook';

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

export function previewWorkbook(
  grid: CellGrid = exampleGrid(),
  others: readonly CellGrid[] = exampleSheets(),
): WorkbookPort {
  let cells = grid.cells.map((row) => [...row]);
  const current = (): CellGrid => ({ ...grid, cells });
  return {
    kind: 'preview',
    // A plain browser has no cells to put a note on.
    canExplain: false,
    explain: async () => undefined,
    listTables: async () => [],
    read: async () => ({
      sheet: grid.sheet,
      used: current(),
      table: current(),
      selection: 'A5',
      state: null,
      excelTable: null,
      existing: { names: [], charts: [] },
    }),
    analyseAndWrite: async (request): Promise<AnalyseResponse> => {
      const options = request.options ?? {};
      request.onStep?.('analyse');
      const analysed = analyseWithColumns(current(), current(), options, request.userColumns);
      if (analysed.kind === 'fatal') return { kind: 'fatal', cell: analysed.cell, message: analysed.message };
      if (analysed.kind === 'changed') return analysed;
      const { outcome, writes } = analysed;
      const userCells = writes.map((w) => ({
        address: a1(w.col, w.row),
        formulas: [[cells[w.row - 1]?.[w.col] ?? '']],
      }));
      cells = withWrites(current(), writes).cells.map((row) => [...row]);
      const plan = buildPlan({ table: outcome.table, result: outcome.result, grid: current(), options });
      return {
        kind: 'written',
        result: outcome.result,
        warnings: [...outcome.result.warnings, ...plan.warnings],
        undo: { sheet: grid.sheet, before: null, after: null, userCells },
        deltaColumns: deltaColumnsOf(plan),
      };
    },
    undo: async (snapshot) => {
      for (const cell of snapshot.userCells) {
        const ref = parseA1(cell.address);
        const row = ref ? cells[ref.row - 1] : undefined;
        const previous = cell.formulas[0]?.[0];
        if (ref && row) row[ref.col] = previous === '' || previous === undefined ? null : (previous as CellValue);
      }
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
          return found ? [{ sheet: name, grid: found, state: null }] : [];
        }),
      };
    },
    // The preview has no sheets to write into: the pane shows what Excel would get.
    writeStudy: async (plans) => ({
      kind: 'written',
      undo: { sheets: [], created: plans.filter((p) => p.newSheet).map((p) => p.sheet) },
    }),
    undoStudy: async () => undefined,
    // Nobody else edits the in-memory example.
    watch: async () => async () => undefined,
    applyEdits: async (sheet, edits): Promise<Snapshot> => {
      const userCells = edits.map((edit) => {
        const ref = parseA1(edit.address);
        const before = ref ? (cells[ref.row - 1]?.[ref.col] ?? null) : null;
        return { address: edit.address, formulas: [[before]] };
      });
      cells = cells.map((row) => [...row]);
      for (const edit of edits) {
        const ref = parseA1(edit.address);
        const row = ref ? cells[ref.row - 1] : undefined;
        if (ref && row) row[ref.col] = edit.value;
      }
      return { sheet, before: null, after: null, userCells };
    },
  };
}
