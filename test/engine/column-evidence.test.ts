// Column evidence skips the number parser for cells that cannot be numbers (a speed-up at
// 100 000 rows); it must still count every figure the parser reads, as reports print them.
import { columnEvidence } from '../../src/engine/benchmark/table-cells';
import { parseNumber } from '../../src/engine/core/numbers';

const PRINTED = [
  '€ 2.028.168*',
  '+ € 78.988',
  '−0,9',
  '– 1,4',
  '(1.234)',
  '1,6%',
  '12,5¹',
  '3,69 (a)',
  '.5',
  ',5',
  'eur 5',
  'EUR 1.000',
  'euro 12',
  ' 43.500',
  '\u00a0€ 5',
  '+ 1,1 fte / 43%',
  '−€ 0,2 miljoen',
  '3,69 fte',
  '€ 294.556,-',
  '1.234,56',
];

describe('column evidence', () => {
  test('counts every printed figure the parser reads as a number, and no name or category', () => {
    const cells = [['Kop'], ...PRINTED.map((text) => [text]), ['Cluster 12'], ['Overhead'], ['0.4 Overhead'], [43.5]];
    const readable = PRINTED.filter((text) => parseNumber(text).kind === 'number' || text.includes('/')).length;
    expect(readable).toBe(PRINTED.length);
    const [evidence] = columnEvidence(cells, 1, 1, undefined);
    expect(evidence?.numbers).toBe(PRINTED.length + 1);
    // '1,6%'; the pair '+ 1,1 fte / 43%' counts by its first part, with '3,69 fte' as fte.
    expect(evidence?.percents).toBe(1);
    expect(evidence?.fte).toBe(2);
    expect(evidence?.maxAbs).toBe(2_028_168);
  });
});
