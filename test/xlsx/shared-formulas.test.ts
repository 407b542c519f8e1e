// Shared formulas: a run of rows shares one formula only when every row's formula is the
// first one moved down, exactly as Excel will read it; anything the scanner is unsure of is
// written in full.
import { analyseTable } from '../../src/engine/benchmark/analyse';
import { buildPlan } from '../../src/engine/benchmark/plan';
import { toR1C1 } from '../../src/engine/core/r1c1';
import type { CellGrid } from '../../src/engine/core/types';
import {
  formulaTemplate,
  isShifted,
  sharedRuns,
  shiftedFormula,
  type FormulaCell,
} from '../../src/xlsx/shared-formulas';

describe('formulaTemplate', () => {
  test.each<[string, string[], number[]]>([
    ['B5-G5', ['B', '-G', ''], [5, 5]],
    ['$B5+B$5+$C$6', ['$B', '+B$5+$C$6'], [5]],
    ['IF(H5=0,"n.v.t. A1 ""B2""",H5)', ['IF(H', '=0,"n.v.t. A1 ""B2""",H', ')'], [5, 5]],
    ['LOG10(A1)+ATAN2(1,2)', ['LOG10(A', ')+ATAN2(1,2)'], [1]],
    ['C5*IJK_Blad_Q1_TotaleFormatie', ['C', '*IJK_Blad_Q1_TotaleFormatie'], [5]],
    ['1E5+2.5E-3+.5*b7', ['1E5+2.5E-3+.5*b', ''], [7]],
    ['SUM(A5:A9)', ['SUM(A', ':A', ')'], [5, 9]],
    ['XFE1+TRUE', ['XFE1+TRUE'], []],
    ['SUM(A:A)', ['SUM(A:A)'], []],
  ])('%s', (formula, texts, rows) => {
    expect(formulaTemplate(formula)).toEqual({ texts, rows });
  });

  test.each(["'Blad 1'!A5", 'Blad1!A5', 'Tabel1[Kosten]', 'SUM({1,2})', 'SUM(5:5)', 'A1 (B1:C1)', '"open'])(
    'is unsure of %s: written in full',
    (formula) => {
      expect(formulaTemplate(formula)).toBeNull();
    },
  );
});

describe('isShifted and shiftedFormula', () => {
  const template = formulaTemplate('IF(ISNUMBER(C5),C5*$B$2,"")');
  if (!template) throw new Error('no template');

  test('the same formula moved down matches; anything else does not', () => {
    expect(isShifted(template, 'IF(ISNUMBER(C5),C5*$B$2,"")', 0)).toBe(true);
    expect(isShifted(template, 'IF(ISNUMBER(C12),C12*$B$2,"")', 7)).toBe(true);
    expect(isShifted(template, 'IF(ISNUMBER(C12),C12*$B$2,"")', 6)).toBe(false);
    expect(isShifted(template, 'IF(ISNUMBER(C12),C13*$B$2,"")', 7)).toBe(false);
    expect(isShifted(template, 'IF(ISNUMBER(C12),C12*$B$3,"")', 7)).toBe(false);
    expect(isShifted(template, 'IF(ISNUMBER(C012),C12*$B$2,"")', 7)).toBe(false);
    expect(isShifted(template, 'IF(ISNUMBER(C120),C12*$B$2,"")', 7)).toBe(false);
    expect(isShifted(template, 'IF(ISNUMBER(C12),C12*$B$2,"")+1', 7)).toBe(false);
  });

  test('shiftedFormula writes the moved formula', () => {
    expect(shiftedFormula(template, 95)).toBe('IF(ISNUMBER(C100),C100*$B$2,"")');
  });
});

describe('sharedRuns', () => {
  const f = (row: number, formula: string | null): FormulaCell => ({ row, formula });

  test('runs need consecutive rows and the same formula moved down; single cells are no run', () => {
    const cells = [
      f(5, 'B5*2'),
      f(6, 'B6*2'),
      f(7, 'B7*2'),
      f(9, 'B9*2'), // a gap: a new run starts
      f(10, 'B10*2'),
      f(11, 'B11*3'), // another formula
      f(12, null),
      f(13, 'B13*2'),
      f(14, "'Blad 1'!B14"), // unsure
      f(15, "'Blad 1'!B15"),
    ];
    expect(sharedRuns(cells)).toEqual([
      { start: 0, end: 3 },
      { start: 3, end: 5 },
    ]);
  });

  test('on a real plan, rows share a formula exactly when their R1C1 formulas are equal (as the add-in writes them)', () => {
    const cells: CellGrid['cells'] = [
      ['Totale formatie (fte)', 100, null, null, null],
      [null, null, null, null, null],
      ['Cluster', 'Formatie in fte', '% van totale formatie', 'Kosten', 'Kostennorm'],
      ...Array.from({ length: 30 }, (_, i) => [
        `Cluster ${i + 1}`,
        1 + (i % 7),
        0.01 * (1 + (i % 5)),
        70_000 * (1 + (i % 3)),
        75_000,
      ]),
    ];
    const grid: CellGrid = { sheet: 'Blad1', topLeft: 'A1', cells };
    const outcome = analyseTable({ table: grid, sheet: grid });
    if (!outcome.ok) throw new Error(outcome.message);
    const plan = buildPlan({ table: outcome.table, result: outcome.result, grid });
    let checked = 0;
    for (const column of plan.columns) {
      const inRuns = new Set<number>();
      for (const run of sharedRuns(column.cells)) {
        const first = column.cells[run.start];
        for (let i = run.start; i < run.end; i += 1) {
          const cell = column.cells[i];
          if (!first?.formula || !cell?.formula) throw new Error('a run without formulas');
          expect(toR1C1(cell.formula, cell.row, column.col)).toBe(toR1C1(first.formula, first.row, column.col));
          inRuns.add(i);
          checked += 1;
        }
      }
      // Every formula row outside a run differs from the row above it.
      column.cells.forEach((cell, i) => {
        const above = column.cells[i - 1];
        if (inRuns.has(i) || !cell.formula || !above?.formula || above.row !== cell.row - 1) return;
        expect(toR1C1(cell.formula, cell.row, column.col)).not.toBe(toR1C1(above.formula, above.row, column.col));
      });
    }
    expect(checked).toBeGreaterThan(200);
  });
});
