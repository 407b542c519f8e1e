// The advisor's columns next to the table: where they go, what must be in the way, and the
// grid as the engine will read it afterwards.
import { analyseTable } from '../../src/engine/benchmark/analyse';
import { userColumnConflicts, userColumnWrites, withWrites } from '../../src/engine/benchmark/user-columns';
import { heemstedeGrid } from '../fixtures/heemstede';

function prepared(grid = heemstedeGrid()) {
  const outcome = analyseTable({ table: grid });
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome;
}

describe('userColumnWrites', () => {
  test('no note column yet: a Toelichting header right of the table, then the explanations', () => {
    const { table } = prepared();
    const writes = userColumnWrites(table, { notes: [{ row: 7, text: '  inhaalslag ', previous: null }] }, 'nl');
    expect(writes).toEqual([
      { row: 4, col: 5, value: 'Toelichting', expect: 'blank' },
      { row: 7, col: 5, value: 'inhaalslag', expect: 'blank' },
    ]);
  });

  test('an existing note column is written in place, expecting what the pane showed; a scenario goes after it', () => {
    const grid = withWrites(heemstedeGrid(), [
      { row: 4, col: 5, value: 'Toelichting', expect: 'blank' },
      { row: 7, col: 5, value: 'oud', expect: 'blank' },
    ]);
    const { table, result } = prepared(grid);
    expect(result.clusters.find((c) => c.row === 7)?.note).toBe('oud');
    const writes = userColumnWrites(
      table,
      {
        notes: [{ row: 7, text: '', previous: 'oud' }],
        scenario: { name: 'krimp', values: [{ row: 5, value: 3.5 }] },
      },
      'en',
    );
    expect(writes).toEqual([
      { row: 7, col: 5, value: null, expect: { text: 'oud' } },
      { row: 4, col: 6, value: 'Scenario krimp: FTE', expect: 'blank' },
      { row: 5, col: 6, value: 3.5, expect: 'blank' },
    ]);
    expect(userColumnConflicts(grid, writes)).toEqual([]);
    expect(userColumnConflicts(grid, [{ row: 7, col: 5, value: 'x', expect: { text: 'anders' } }])).toEqual(['F7']);
    expect(userColumnConflicts(grid, [{ row: 5, col: 0, value: 'x', expect: 'blank' }])).toEqual(['A5']);
  });

  test('a scenario column is never read as the fte column: the results stay the same', () => {
    const base = prepared();
    const grid = withWrites(heemstedeGrid(), [
      { row: 4, col: 5, value: 'Scenario 1: fte', expect: 'blank' },
      ...base.result.clusters.map((c) => ({ row: c.row, col: 5, value: 99, expect: 'blank' as const })),
    ]);
    const after = prepared(grid);
    expect(after.result.columns[5]?.role).toBeNull();
    expect(after.result.totals).toEqual(base.result.totals);
  });
});
