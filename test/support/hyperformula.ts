// Evaluates a write plan with a real formula engine: the input grid plus everything the plan
// writes, the defined names as named expressions. Tests compare the results with the engine.
import { HyperFormula, type RawCellContent } from 'hyperformula';
import { parseA1 } from '../../src/engine/core/address';
import { gridOrigin } from '../../src/engine/core/grid';
import type { CellGrid } from '../../src/engine/core/types';
import type { WritePlan } from '../../src/plan/format';

export interface Evaluated {
  /** Value at an A1 address on the plan's sheet. */
  value(address: string): unknown;
  set(address: string, value: RawCellContent): void;
  destroy(): void;
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** A sheet given as rows of raw contents ('=…' for formulas), with defined names. */
export function evaluateSheet(
  sheetName: string,
  rows: readonly (readonly RawCellContent[])[],
  names: readonly { name: string; ref: string }[],
): Evaluated {
  const hf = HyperFormula.buildFromSheets(
    { [sheetName]: rows.map((row) => [...row]) },
    { licenseKey: 'gpl-v3', maxRows: 200_000 },
    names.map((n) => ({
      name: n.name,
      expression: n.ref.startsWith('=') ? n.ref : `=${quoteSheet(sheetName)}!${n.ref}`,
    })),
  );
  const sheet = hf.getSheetId(sheetName) ?? 0;
  const at = (address: string) => {
    const ref = parseA1(address);
    if (!ref) throw new Error(`bad address ${address}`);
    return { sheet, col: ref.col, row: ref.row - 1 };
  };
  return {
    value: (address) => hf.getCellValue(at(address)),
    set: (address, value) => {
      hf.setCellContents(at(address), [[value]]);
    },
    destroy: () => hf.destroy(),
  };
}

export function evaluatePlan(grid: CellGrid, plan: WritePlan): Evaluated {
  const data: RawCellContent[][] = [];
  const put = (row: number, col: number, content: RawCellContent) => {
    while (data.length < row) data.push([]);
    const line = data[row - 1] ?? [];
    data[row - 1] = line;
    while (line.length <= col) line.push(null);
    line[col] = content;
  };
  const origin = gridOrigin(grid);
  grid.cells.forEach((cells, r) =>
    cells.forEach((cell, c) =>
      put(origin.row + r, origin.col + c, typeof cell === 'object' && cell !== null ? null : cell),
    ),
  );
  for (const column of plan.columns) {
    put(plan.headerRow, column.col, column.header);
    for (const cell of column.cells) put(cell.row, column.col, cell.formula ? `=${cell.formula}` : cell.value);
  }
  for (const cell of plan.cells) put(cell.row, cell.col, cell.formula ? `=${cell.formula}` : cell.value);
  return evaluateSheet(plan.sheet, data, plan.names);
}

export interface EvaluatedBook {
  /** Value at an A1 address on `sheet`. */
  value(sheet: string, address: string): unknown;
  set(sheet: string, address: string, value: RawCellContent): void;
  destroy(): void;
}

/**
 * Several sheets (the user's grids) plus several plans (each on its own sheet, possibly one
 * IJkpunt creates), with cross-sheet references: the studies that write factsheets or compare
 * two benchmark years.
 */
export function evaluatePlans(grids: readonly CellGrid[], plans: readonly WritePlan[]): EvaluatedBook {
  const sheets = new Map<string, RawCellContent[][]>();
  const put = (sheetName: string, row: number, col: number, content: RawCellContent) => {
    const data = sheets.get(sheetName) ?? [];
    sheets.set(sheetName, data);
    while (data.length < row) data.push([]);
    const line = data[row - 1] ?? [];
    data[row - 1] = line;
    while (line.length <= col) line.push(null);
    line[col] = content;
  };
  for (const grid of grids) {
    const origin = gridOrigin(grid);
    if (!sheets.has(grid.sheet)) sheets.set(grid.sheet, []);
    grid.cells.forEach((cells, r) =>
      cells.forEach((cell, c) =>
        put(grid.sheet, origin.row + r, origin.col + c, typeof cell === 'object' && cell !== null ? null : cell),
      ),
    );
  }
  const names: { name: string; expression: string }[] = [];
  for (const plan of plans) {
    for (const column of plan.columns) {
      put(plan.sheet, plan.headerRow, column.col, column.header);
      for (const cell of column.cells)
        put(plan.sheet, cell.row, column.col, cell.formula ? `=${cell.formula}` : cell.value);
    }
    for (const cell of plan.cells) put(plan.sheet, cell.row, cell.col, cell.formula ? `=${cell.formula}` : cell.value);
    for (const n of plan.names) names.push({ name: n.name, expression: `=${quoteSheet(plan.sheet)}!${n.ref}` });
  }
  const hf = HyperFormula.buildFromSheets(
    Object.fromEntries([...sheets].map(([name, rows]) => [name, rows.map((row) => [...row])])),
    { licenseKey: 'gpl-v3', maxRows: 200_000 },
    names,
  );
  const at = (sheetName: string, address: string) => {
    const ref = parseA1(address);
    const sheet = hf.getSheetId(sheetName);
    if (!ref || sheet === undefined) throw new Error(`bad address ${sheetName}!${address}`);
    return { sheet, col: ref.col, row: ref.row - 1 };
  };
  return {
    value: (sheetName, address) => hf.getCellValue(at(sheetName, address)),
    set: (sheetName, address, value) => {
      hf.setCellContents(at(sheetName, address), [[value]]);
    },
    destroy: () => hf.destroy(),
  };
}
