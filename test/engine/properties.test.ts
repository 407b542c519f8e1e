import fc from 'fast-check';
import { analyse } from '../../src/engine/benchmark/analyse';
import type { AnalysisResult } from '../../src/engine/benchmark/types';
import type { CellValue } from '../../src/engine/core/types';

const cellArb: fc.Arbitrary<CellValue> = fc.oneof(
  fc.double(),
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.string(),
  fc.constantFrom(
    'Cluster',
    'Formatie in fte',
    '% van totale formatie',
    'Kosten',
    'Kostennorm',
    'n.v.t.',
    '€ 1.234',
    'Totaal',
    'Overhead',
  ),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom({ error: '#DIV/0!' }, { error: '#N/A' }),
);

function cents(x: number): number {
  return Math.round(x * 100) / 100;
}

interface Row {
  name: string;
  fte: number;
  share: number;
  costs: number;
  norm: number;
  overhead: boolean;
}

const rowArb: fc.Arbitrary<Row> = fc.record({
  name: fc.constant(''),
  fte: fc.double({ min: 0, max: 500, noNaN: true }),
  share: fc.double({ min: 0, max: 0.5, noNaN: true }),
  // Euros as budgets hold them: no sub-cent amounts that underflow when scaled.
  costs: fc.double({ min: 0, max: 5e7, noNaN: true }).map(cents),
  norm: fc.double({ min: 0, max: 5e7, noNaN: true }).map(cents),
  overhead: fc.boolean(),
});

const tableArb = fc
  .array(rowArb, { minLength: 1, maxLength: 40 })
  .map((rows) => rows.map((r, i) => ({ ...r, name: `Cluster ${i + 1}` })));

function analyseRows(rows: readonly Row[], euroFactor = 1): AnalysisResult {
  const cells: CellValue[][] = [
    ['Cluster', 'Categorie', 'Formatie in fte', '% van totale formatie', 'Kosten', 'Kostennorm'],
    ...rows.map((r) => [
      r.name,
      r.overhead ? 'Overhead' : 'Primair proces',
      r.fte,
      r.share,
      r.costs * euroFactor,
      r.norm * euroFactor,
    ]),
  ];
  const outcome = analyse({ table: { sheet: 'P', topLeft: 'A1', cells } }, { totalFte: 250 });
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.result;
}

const close = (a: number, b: number, scale: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(scale));

describe('engine properties', () => {
  test('never throws on arbitrary cell grids, and never yields NaN or Infinity', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cellArb, { maxLength: 8 }), { maxLength: 12 }), (cells) => {
        const outcome = analyse({ table: { sheet: 'X', topLeft: 'B2', cells } });
        const json = JSON.stringify(outcome);
        return !/NaN|Infinity/.test(json) && typeof outcome.ok === 'boolean';
      }),
      { numRuns: 400 },
    );
  });

  test('a non-finite number in a cell is named #NUM! in the warning, never "-Infinity" (found by the property above)', () => {
    const cells = [['Kostennorm', '', 'Kosten'], ['€ 1.234'], ['', 'Cluster', Number.NEGATIVE_INFINITY]];
    const outcome = analyse({ table: { sheet: 'X', topLeft: 'B2', cells } });
    expect(outcome.ok && outcome.result.warnings).toEqual([
      {
        cell: 'D4',
        message: '"#NUM!" is geen getal (rij 4). Deze waarde telt niet mee; vul een getal in zoals 3,69 of € 294.556.',
      },
    ]);
    expect(JSON.stringify(outcome)).not.toMatch(/NaN|Infinity/);
  });

  test('the sum of cluster deltas equals the total delta', () => {
    fc.assert(
      fc.property(tableArb, (rows) => {
        const result = analyseRows(rows);
        const costs = result.clusters.reduce((s, c) => s + (c.costs?.delta ?? 0), 0);
        const fte = result.clusters.reduce((s, c) => s + (c.fte?.delta ?? 0), 0);
        const total = result.totals.total;
        return (
          close(total?.costs?.delta ?? NaN, costs, 5e7 * rows.length) &&
          close(total?.fte?.delta ?? NaN, fte, 500 * rows.length)
        );
      }),
    );
  });

  test('volume + price = Δ€, per cluster and per group', () => {
    fc.assert(
      fc.property(tableArb, (rows) => {
        const result = analyseRows(rows);
        const groups = [result.totals.primair, result.totals.overhead, result.totals.total];
        for (const item of [...result.clusters, ...groups]) {
          if (!item?.split || !item.costs) continue;
          const delta = item.costs.delta ?? NaN;
          // Exact in arithmetic; in floating point within one rounding of the larger part.
          const scale = Math.max(Math.abs(item.split.volume), Math.abs(delta), 1);
          if (Math.abs(item.split.volume + item.split.price - delta) > scale * 4 * Number.EPSILON) return false;
        }
        return true;
      }),
    );
  });

  test('multiplying all euros by k multiplies Δ€ by k and keeps Δ%', () => {
    fc.assert(
      fc.property(tableArb, fc.double({ min: 0.001, max: 1000, noNaN: true }), (rows, k) => {
        const base = analyseRows(rows);
        const scaled = analyseRows(rows, k);
        return base.clusters.every((c, i) => {
          const s = scaled.clusters[i];
          const d = c.costs?.delta ?? 0;
          const pctBase = c.costs?.deltaPct ?? null;
          const pctScaled = s?.costs?.deltaPct ?? null;
          const pctSame =
            pctBase === null
              ? pctScaled === null
              : pctScaled !== null && Math.abs(pctBase - pctScaled) <= 1e-9 * Math.max(1, Math.abs(pctBase));
          return close(s?.costs?.delta ?? NaN, d * k, 5e7 * k) && pctSame;
        });
      }),
    );
  });

  test('row order does not change totals', () => {
    fc.assert(
      fc.property(
        tableArb.chain((rows) =>
          fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length })),
        ),
        ([rows, shuffled]) => {
          const a = analyseRows(rows).totals;
          const b = analyseRows(shuffled).totals;
          return (['primair', 'overhead', 'total'] as const).every((key) => {
            const x = a[key];
            const y = b[key];
            if (x === null || y === null) return x === y;
            return (
              close(x.costs?.delta ?? 0, y.costs?.delta ?? 0, 5e7 * rows.length) &&
              close(x.fte?.norm ?? 0, y.fte?.norm ?? 0, 500 * rows.length)
            );
          });
        },
      ),
    );
  });
});
