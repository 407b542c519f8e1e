// The workbook port in a plain browser: the bundled Heemstede 2017 example (DOMAIN §3) in
// memory. "Writing" keeps IJkpunt's plan beside the grid, so analyse, results, what-if and undo
// behave as in Excel, minus the sheet itself.
import { deltaColumnsOf, type AnalyseResponse, type Snapshot } from '../excel/actions';
import { buildPlan } from '../engine/plan';
import type { CellGrid, CellValue } from '../engine/types';
import { a1, parseA1 } from '../engine/address';
import { analyseWithColumns, withWrites } from '../engine/user-columns';
import example from '../../examples/heemstede-2017.json';
import type { WorkbookPort } from './workbook';

export function exampleGrid(): CellGrid {
  const width = example.header.length;
  const pad = (row: CellValue[]): CellValue[] => [...row, ...Array<CellValue>(width - row.length).fill(null)];
  const cells: CellValue[][] = [
    pad([example.title]),
    pad(['Totale formatie (fte)', example.totalFte]),
    pad([]),
    [...example.header],
    ...example.rows.map((row): CellValue[] => [...row]),
  ];
  return { sheet: example.sheet, topLeft: 'A1', cells };
}

export function previewWorkbook(grid: CellGrid = exampleGrid()): WorkbookPort {
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
