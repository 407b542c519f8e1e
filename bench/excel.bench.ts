// The pane's workbook port in Excel against the typed fake, one click of "Analyseer en schrijf naar
// blad" each and the re-read after it: syncs per click (the same for 10 and 10 000 rows, at most 3:
// where the cells are, the cells, the write), the largest request and response at 50 000 rows
// (Excel on the web refuses either above 5 MB), the state IJkpunt keeps in the workbook (its custom
// XML part, ExcelApi 1.5; settings without it), and the largest request of the criteria write at
// 5 400 measurements. Writes above the request budget go in chunks (src/excel/write-chunks.ts):
// the criteria write at 20 160 measurements and an analysis carrying the advisor's explanations
// (300 × 20 000 characters), each over 5 MB in all.
import { a1 } from '../src/engine/core/address';
import { STATE_NAMESPACE } from '../src/excel/state-xml';
import { createFake } from '../test/excel/fake-excel';
import { analyseAndWrite, workbookOn } from '../test/support/excel-workbook';
import { scoreCriteria } from '../src/engine/criteria/score';
import { buildCriteriaPlan } from '../src/engine/criteria/plan';
import { buildFactsheetPlans } from '../src/engine/criteria/factsheet';
import type { Figure } from './results';
import { criteriaGrid } from './studies.bench';

/** A benchmark table of `rows` synthetic clusters from row 4, its total formation in B1. */
export function sheetCells(rows: number): Record<string, number | string> {
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
    // The shares add up to about 97 % of B1, as a reference group's do: above 100 % the guard
    // would flag every row, and the bench would measure that refusal instead of an analysis.
    cells[a1(3, row)] = (fte / (rows * 20)) * 0.93;
    cells[a1(4, row)] = costs;
    cells[a1(5, row)] = Math.round(costs * 0.97);
  }
  return cells;
}

type Fake = ReturnType<typeof createFake>['fake'];

/** The size of IJkpunt's states in the workbook: its XML part (UTF-8) and any settings of its own (JSON). */
function stateBytes(fake: Fake): number {
  const inSettings = Object.entries(fake.settings)
    .filter(([key]) => key.startsWith('ijkpunt:'))
    .reduce((sum, [, value]) => sum + Buffer.byteLength(typeof value === 'string' ? value : JSON.stringify(value)), 0);
  const inPart = fake.customXmlParts
    .filter((part) => part.namespaceUri === STATE_NAMESPACE)
    .reduce((sum, part) => sum + Buffer.byteLength(part.xml), 0);
  return inSettings + inPart;
}

/**
 * The criteria scorecard of 6 teams × `perTeam` indicators × 6 years written with its
 * factsheets: the largest request, the syncs, and the write's requests in all (chunks).
 */
async function criteriaWrite(
  perTeam: number,
  names: { readonly bytes: string; readonly syncs: string },
): Promise<Figure[]> {
  const grid = criteriaGrid(perTeam);
  const cells: Record<string, number | string> = {};
  grid.cells.forEach((row, r) =>
    row.forEach((value, c) => {
      if (typeof value === 'number' || typeof value === 'string') cells[a1(c, r + 1)] = value;
    }),
  );
  const { context, fake } = createFake({ sheets: [{ name: 'Toetsingscriteria', cells }], active: 'Toetsingscriteria' });
  const outcome = scoreCriteria(grid);
  if (!outcome.ok) throw new Error(outcome.message);
  const criteria = buildCriteriaPlan({ result: outcome.result, grid, language: 'nl' });
  const plans = [criteria.plan, ...buildFactsheetPlans(outcome.result, criteria, 'nl')];
  const response = await workbookOn(context).writeStudy(plans);
  if (response.kind !== 'written') throw new Error(`bench: ${response.kind}`);
  const rows = grid.cells.length - 1;
  fake.dispose();
  return [
    { name: names.bytes, value: fake.maxRequestBytes, unit: 'bytes', rows },
    { name: names.syncs, value: fake.syncs, unit: 'syncs', rows },
  ];
}

/** An analysis whose write carries the advisor's explanations: 20 000 characters for each of 300 clusters. */
async function analyseWithNotes(): Promise<Figure[]> {
  const rows = 300;
  const { context, fake } = createFake({
    sheets: [{ name: 'Benchmark', cells: { ...sheetCells(rows), G3: 'Toelichting' } }],
    active: 'Benchmark',
    selected: 'A4',
    requirementSets: '1.14',
  });
  const workbook = workbookOn(context);
  const notes = Array.from({ length: rows }, (_, i) => ({
    row: 4 + i,
    text: `Toelichting ${4 + i}: ${'inhaalslag na reorganisatie; '.repeat(700)}`.slice(0, 20_000),
    previous: null,
  }));
  const start = fake.syncs;
  const response = await analyseAndWrite(workbook, { userColumns: { notes } });
  if (response.kind !== 'written') throw new Error(`bench: ${response.kind}`);
  const write = fake.requests.slice(start);
  fake.dispose();
  return [
    { name: 'excel.analyse.notes.maxRequestBytes', value: fake.maxRequestBytes, unit: 'bytes', rows },
    {
      name: 'excel.analyse.notes.totalRequestBytes',
      value: write.reduce((sum, r) => sum + r.bytes, 0),
      unit: 'bytes',
      rows,
    },
    { name: 'excel.analyse.notes.syncs', value: write.length, unit: 'syncs', rows },
  ];
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
    const workbook = workbookOn(context);
    const response = await analyseAndWrite(workbook);
    if (response.kind !== 'written') throw new Error(`bench: ${response.kind}`);
    const syncs = fake.syncs;
    // The re-read after the write: the pane reads again when the user edits the input.
    await workbook.readTable();
    if (rows <= 10_000) figures.push({ name: 'excel.analyse.syncs', value: syncs, unit: 'syncs', rows });
    figures.push({ name: 'excel.analyse.maxRequestBytes', value: fake.maxRequestBytes, unit: 'bytes', rows });
    figures.push({ name: 'excel.analyse.maxResponseBytes', value: fake.maxResponseBytes, unit: 'bytes', rows });
    figures.push({ name: 'excel.state.bytes', value: stateBytes(fake), unit: 'bytes', rows });
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
  figures.push(
    ...(await criteriaWrite(150, {
      bytes: 'excel.criteria.write.maxRequestBytes',
      syncs: 'excel.criteria.write.syncs',
    })),
  );
  // 20 160 measurements: more than 5 MB to write, in chunks.
  figures.push(
    ...(await criteriaWrite(560, {
      bytes: 'excel.criteria.write.chunked.maxRequestBytes',
      syncs: 'excel.criteria.write.chunked.syncs',
    })),
  );
  return [...figures, ...(await analyseWithNotes())];
}
