// A sheet the command line tried for a study (`reads`) is not analysed again when the study
// runs on it: the engine scores a criteria table once per command.
import type { CellGrid } from '../../src/engine/core';
import { STUDY, type StudySheet } from '../../src/studies';
import { samenwerkingGrid } from '../fixtures/samenwerking';

const scored: CellGrid[] = [];
jest.mock('../../src/engine/criteria', () => {
  const actual = jest.requireActual<typeof import('../../src/engine/criteria')>('../../src/engine/criteria');
  return {
    ...actual,
    scoreCriteria: (grid: CellGrid, options: Parameters<typeof actual.scoreCriteria>[1]) => {
      scored.push(grid);
      return actual.scoreCriteria(grid, options);
    },
  };
});

test('reads, then run on the same sheet: one analysis', () => {
  const prepared = STUDY.criteria.prepare({}, 'nl');
  if (!prepared.ok) throw new Error(prepared.fieldMessage);
  const sheet: StudySheet = { sheet: 'Toetsingscriteria', grid: samenwerkingGrid() };
  expect(prepared.reads(0, sheet)).toBeNull();
  const outcome = prepared.run([sheet]);
  expect(outcome.ok).toBe(true);
  expect(scored).toHaveLength(1);
  // Another sheet object is another reading.
  expect(prepared.run([{ ...sheet }]).ok).toBe(true);
  expect(scored).toHaveLength(2);
});
