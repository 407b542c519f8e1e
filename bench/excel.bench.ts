// The pane's workbook port in Excel against the typed fake, one click of "Analyseer en schrijf naar
// blad" each: syncs per click (the same for 10 and 10 000 rows, at most 3: read and write, plus one
// for the range of an Excel table) and the largest request at 50 000 rows (Excel on the web refuses
// > 5 MB).
import { a1 } from '../src/engine/core/address';
import { createFake } from '../test/excel/fake-excel';
import { analyseAndWrite, workbookOn } from '../test/support/excel-workbook';
import type { Figure } from './results';

function sheetCells(rows: number): Record<string, number | string> {
  const cells: Record<string, number | string> = {
    A1: 'Totale formatie (fte)',
    B1: rows * 20,
    A3: 'Cluster',
    B3: 'Categorie',
    C3: 'Formatie in fte',
    D3: '% van totale formatie',
    E3: 'Kosten',
    F3: 'Kostennorm',
  };
  for (let i = 0; i < rows; i += 1) {
    const row = 4 + i;
    const fte = 1 + ((i * 7919) % 400) / 10;
    const costs = Math.round(fte * 78_000 * (0.9 + ((i * 31) % 23) / 100));
    cells[a1(0, row)] = `Cluster ${i + 1}`;
    cells[a1(1, row)] = i % 3 === 0 ? 'Overhead' : 'Primair proces';
    cells[a1(2, row)] = fte;
    cells[a1(3, row)] = fte / (rows * 20);
    cells[a1(4, row)] = costs;
    cells[a1(5, row)] = Math.round(costs * 0.97);
  }
  return cells;
}

export async function runExcelBench(): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const rows of [10, 10_000, 50_000]) {
    const { context, fake } = createFake({
      sheets: [{ name: 'Benchmark', cells: sheetCells(rows) }],
      active: 'Benchmark',
      selected: 'A4',
      requirementSets: '1.14',
    });
    const response = await analyseAndWrite(workbookOn(context));
    if (response.kind !== 'written') throw new Error(`bench: ${response.kind}`);
    if (rows <= 10_000) figures.push({ name: 'excel.analyse.syncs', value: fake.syncs, unit: 'syncs', rows });
    figures.push({ name: 'excel.analyse.maxRequestBytes', value: fake.maxRequestBytes, unit: 'bytes', rows });
    fake.dispose();
  }
  // The same table as an Excel table: one more sync, to learn the table's range.
  for (const rows of [10, 10_000]) {
    const { context, fake } = createFake({
      sheets: [
        { name: 'Benchmark', cells: sheetCells(rows), tables: [{ name: 'Clusters', range: `A3:F${rows + 3}` }] },
      ],
      active: 'Benchmark',
      selected: 'B5',
      requirementSets: '1.14',
    });
    const response = await analyseAndWrite(workbookOn(context));
    if (response.kind !== 'written') throw new Error(`bench: ${response.kind}`);
    figures.push({ name: 'excel.analyse.syncs.excelTable', value: fake.syncs, unit: 'syncs', rows });
    fake.dispose();
  }
  return figures;
}
