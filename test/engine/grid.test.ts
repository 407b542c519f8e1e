import { sliceGrid, withoutCells } from '../../src/engine/core/grid';
import type { CellGrid } from '../../src/engine/core/types';

const grid: CellGrid = {
  sheet: 'S',
  topLeft: 'B3',
  cells: [
    ['a', 'b', 'c'],
    ['d', 'e', 'f'],
  ],
};

describe('grid helpers', () => {
  test('sliceGrid cuts sheet coordinates out of a grid that does not start at A1', () => {
    expect(sliceGrid(grid, { top: 4, bottom: 5, left: 2, right: 4 })).toEqual({
      sheet: 'S',
      topLeft: 'C4',
      cells: [
        ['e', 'f', null],
        [null, null, null],
      ],
    });
  });

  test('withoutCells empties the cells inside the boxes, in sheet coordinates', () => {
    expect(withoutCells(grid, [{ top: 3, bottom: 4, left: 2, right: 2 }, null]).cells).toEqual([
      ['a', null, 'c'],
      ['d', null, 'f'],
    ]);
  });
});
