// Grid helpers shared by the readers (Excel and .xlsx).
import { a1, inBoxes, parseA1, type CellRef, type RangeBox } from './address';
import type { CellGrid, CellValue } from './types';

/** Where `grid.cells[0][0]` sits on the sheet; a grid without a readable address starts at A1. */
export function gridOrigin(grid: Pick<CellGrid, 'topLeft'>): CellRef {
  return parseA1(grid.topLeft) ?? { col: 0, row: 1 };
}

/** The grid with the cells inside `boxes` read as empty: IJkpunt's own output is not input. */
export function withoutCells(grid: CellGrid, boxes: readonly (RangeBox | null)[]): CellGrid {
  if (boxes.length === 0) return grid;
  const origin = gridOrigin(grid);
  const cells = grid.cells.map((row, r) =>
    row.map((cell, c) => (inBoxes(boxes, origin.row + r, origin.col + c) ? null : cell)),
  );
  return { ...grid, cells };
}

/** The cells of `box` (sheet coordinates) out of `grid`; cells beyond the grid read as empty. */
export function sliceGrid(grid: CellGrid, box: RangeBox): CellGrid {
  const origin = gridOrigin(grid);
  const cells: CellValue[][] = [];
  for (let row = box.top; row <= box.bottom; row += 1) {
    const source = grid.cells[row - origin.row] ?? [];
    const out: CellValue[] = [];
    for (let col = box.left; col <= box.right; col += 1) out.push(source[col - origin.col] ?? null);
    cells.push(out);
  }
  return { sheet: grid.sheet, topLeft: a1(box.left, box.top), cells };
}
