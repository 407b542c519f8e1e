// Evaluates a write plan with a real formula engine: the input grid plus everything the plan
// writes, the defined names as named expressions. Tests compare the results with the engine.
import { HyperFormula, type RawCellContent } from 'hyperformula';
import { parseA1 } from '../../src/engine/address';
import type { CellGrid } from '../../src/engine/types';
import type { WritePlan } from '../../src/engine/plan';

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
  const origin = parseA1(grid.topLeft) ?? { col: 0, row: 1 };
  grid.cells.forEach((cells, r) =>
    cells.forEach((cell, c) =>
      put(origin.row + r, origin.col + c, typeof cell === 'object' && cell !== null ? null : cell),
    ),
  );
  for (const column of plan.columns) {
    put(plan.headerRow, column.col, column.header);
    for (const cell of column.cells) put(cell.row, column.col, cell.formula ? `=${cell.formula}` : cell.value);
  }
  for (const cell of [...plan.parameters, ...plan.summary])
    put(cell.row, cell.col, cell.formula ? `=${cell.formula}` : cell.value);
  return evaluateSheet(plan.sheet, data, plan.names);
}
