// The workbook port in a plain browser: the bundled Heemstede 2017 example (DOMAIN §3) in
// memory. "Writing" keeps IJkpunt's plan beside the grid, so analyse, results, what-if and undo
// behave as in Excel, minus the sheet itself.
import type { AnalyseResponse, Snapshot } from '../excel/actions';
import { analyseTable } from '../engine/analyse';
import { buildPlan } from '../engine/plan';
import type { CellGrid, CellValue } from '../engine/types';
import { parseA1 } from '../engine/address';
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
      const outcome = analyseTable({ table: current(), sheet: current() }, options);
      if (!outcome.ok) return { kind: 'fatal', cell: outcome.cell, message: outcome.message };
      const plan = buildPlan({ table: outcome.table, result: outcome.result, grid: current(), options });
      return {
        kind: 'written',
        result: outcome.result,
        warnings: [...outcome.result.warnings, ...plan.warnings],
        undo: { sheet: grid.sheet, before: null, after: null, userCells: [] },
      };
    },
    undo: async (snapshot) => {
      for (const cell of snapshot.userCells) {
        const ref = parseA1(cell.address);
        const row = ref ? cells[ref.row - 1] : undefined;
        if (ref && row) row[ref.col] = (cell.formulas[0]?.[0] as CellValue) ?? null;
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
