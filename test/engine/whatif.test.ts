import { compute, prepare } from '../../src/engine/benchmark/analyse';
import { whatIf } from '../../src/engine/benchmark/whatif';
import { heemstedeGrid } from '../fixtures/heemstede';

function prepared() {
  const outcome = prepare({ table: heemstedeGrid() });
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.table;
}

describe('what-if on the worked example', () => {
  const table = prepared();
  const base = compute(table);

  test('Informatisering +2 fte: its deviation, the overhead total and the sentences follow', () => {
    const edit = { row: 10, measure: 'fte' as const, value: 11.74 };
    const { result, changes, changedSentences, unknownRows } = whatIf(table, base, [edit]);
    const ia = result.clusters.find((c) => c.name === 'Informatisering en Automatisering');
    expect(ia?.fte?.own).toBe(11.74);
    expect(ia?.fte?.delta).toBeCloseTo(11.74 - 0.069 * 162.3, 10);
    expect(ia?.fte?.class).toBe('nagenoeg gelijk');
    expect(result.totals.overhead?.fte?.delta).toBeCloseTo((base.totals.overhead?.fte?.delta ?? NaN) + 2, 10);
    expect(changes).toEqual([
      {
        name: 'Informatisering en Automatisering',
        row: 10,
        measure: 'fte',
        before: { own: 9.74, delta: expect.closeTo(-1.4587, 4), deltaPct: expect.closeTo(-0.1303, 4) },
        after: { own: 11.74, delta: expect.closeTo(0.5413, 4), deltaPct: expect.closeTo(0.0483, 4) },
      },
    ]);
    expect(changedSentences).toContain(
      'De 7 overheadclusters in deze tabel: 2% hogere kosten (+€ 0,1 miljoen) · 8% minder formatie (−3,4 fte).',
    );
    expect(unknownRows).toEqual([]);
    // The base is untouched.
    expect(base.clusters[5]?.fte?.own).toBe(9.74);
  });

  test('a cost edit moves the aandachtspunten', () => {
    const { result } = whatIf(table, base, [{ row: 7, measure: 'costs', value: 70_466 }]);
    expect(result.attention.higher.map((p) => p.name)).toEqual(['Juridische Zaken']);
  });

  test('an edit for a row that is no cluster is reported, not applied', () => {
    const { changes, unknownRows } = whatIf(table, base, [{ row: 99, measure: 'fte', value: 1 }]);
    expect(changes).toEqual([]);
    expect(unknownRows).toEqual([99]);
  });
});
