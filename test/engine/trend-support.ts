// What the two-year trend tests share: Heemstede 2012 against 2017 (DOMAIN §3,
// examples/heemstede-2012.json), a benchmark sheet in the examples' shape, and comparisons of them.
import { analyse } from '../../src/engine/benchmark/analyse';
import { compareYears } from '../../src/engine/trend/compare';
import { yearLabel } from '../../src/engine/trend/match';
import type { TrendOptions, YearComparison } from '../../src/engine/trend/types';
import type { AnalysisResult } from '../../src/engine/benchmark/types';
import type { CellGrid, CellValue } from '../../src/engine/core/types';
import example2012 from '../../examples/heemstede-2012.json';
import example2017 from '../../examples/heemstede-2017.json';
import { exampleSheetGrid } from '../../src/taskpane/preview-workbook';

export function resultOf(grid: CellGrid): AnalysisResult {
  const outcome = analyse({ table: grid }, {});
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.result;
}

export const HEADER = [
  'Cluster',
  'Formatie in fte',
  '% van totale formatie',
  'Kosten Heemstede',
  'Kostennorm referentiegroep',
];

/** A benchmark sheet in the examples' shape, with the rows given. */
export function yearGrid(sheet: string, rows: readonly (readonly CellValue[])[], header: readonly string[] = HEADER) {
  const pad = (row: readonly CellValue[]) => [...row, ...Array<CellValue>(header.length - row.length).fill(null)];
  const cells: CellValue[][] = [pad([`Benchmark overhead ${sheet}`]), pad(['Totale formatie (fte)', 160]), pad([])];
  cells.push([...header], ...rows.map(pad));
  return { sheet, topLeft: 'A1', cells } satisfies CellGrid;
}

export const r2012 = resultOf(exampleSheetGrid(example2012));
export const r2017 = resultOf(exampleSheetGrid(example2017));

export function compare(options: TrendOptions = {}): YearComparison {
  return compareYears({ result: r2012, label: '2012' }, { result: r2017, label: '2017' }, options);
}

export function compareGrids(a: CellGrid, b: CellGrid, options: TrendOptions = {}): YearComparison {
  return compareYears(
    { result: resultOf(a), label: yearLabel(a.sheet) ?? a.sheet },
    { result: resultOf(b), label: yearLabel(b.sheet) ?? b.sheet },
    options,
  );
}
