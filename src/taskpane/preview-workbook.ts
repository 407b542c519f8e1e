// The workbook port in a plain browser: the bundled Heemstede 2017 example (DOMAIN §3) in
// memory. "Writing" keeps IJkpunt's plan beside the grid, so analyse, results, what-if and undo
// behave as in Excel, minus the sheet itself.
import type { AnalyseResponse, Snapshot } from '../excel/actions';
import { analyseTable } from '../engine/analyse';
import { buildPlan } from '../engine/plan';
import type { CellGrid, CellValue } from '../engine/types';
import { parseA1 } from '../engine/address';
import type { WorkbookPort } from './workbook';

const EXAMPLE_ROWS: readonly (readonly [string, number, number, number, number])[] = [
  ['Juridische Zaken', 3.69, 0.016, 294556, 215568],
  ['Personeel & Organisatie', 4.93, 0.029, 369042, 374420],
  ['Inkoop', 0.4, 0.003, 179540, 70466],
  ['Communicatie', 2.76, 0.023, 193683, 241238],
  ['Financiën & Control', 9.41, 0.067, 654903, 760915],
  ['Informatisering en Automatisering', 9.74, 0.069, 2028168, 1980620],
  ['Facilitaire dienst', 5.03, 0.048, 627522, 614704],
];

export function exampleGrid(): CellGrid {
  const cells: CellValue[][] = [
    ['Benchmark overhead Heemstede 2017', null, null, null, null],
    ['Totale formatie (fte)', 162.3, null, null, null],
    [null, null, null, null, null],
    ['Cluster', 'Formatie in fte', '% van totale formatie', 'Kosten Heemstede', 'Kostennorm referentiegroep'],
    ...EXAMPLE_ROWS.map((row): CellValue[] => [...row]),
  ];
  return { sheet: 'Benchmark 2017', topLeft: 'A1', cells };
}

export function previewWorkbook(grid: CellGrid = exampleGrid()): WorkbookPort {
  let cells = grid.cells.map((row) => [...row]);
  const current = (): CellGrid => ({ ...grid, cells });
  return {
    kind: 'preview',
    read: async () => ({ sheet: grid.sheet, used: current(), table: current(), selection: 'A5', state: null }),
    analyseAndWrite: async (request): Promise<AnalyseResponse> => {
      const options = request.options ?? {};
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
