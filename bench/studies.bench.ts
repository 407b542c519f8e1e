// The studies at scale: the criteria scorecard of 6 teams × up to 250 indicators × 6 years (9 000
// measurements) through the engine and its write plan, and in Excel (the typed fake) the syncs
// and largest request of writing it with a factsheet per team — three syncs whatever the size.
import { performance } from 'perf_hooks';
import { a1 } from '../src/engine/core/address';
import { scoreCriteria } from '../src/engine/criteria/score';
import { buildCriteriaPlan } from '../src/engine/criteria/plan';
import { SHARED_TEAMS } from '../src/engine/criteria/template';
import { buildFactsheetPlans } from '../src/engine/criteria/factsheet';
import type { CellGrid, CellValue } from '../src/engine/core/types';
import { createFake } from '../test/excel/fake-excel';
import { workbookOn } from '../test/support/excel-workbook';
import type { Figure } from './results';

const YEARS = [
  'Jaarrekening 2018',
  'Jaarrekening 2019',
  'Begroting 2020',
  'Begroting 2021',
  'Jaarrekening 2021',
  'Begroting 2022',
];

export function criteriaGrid(indicatorsPerTeam: number): CellGrid {
  const cells: CellValue[][] = [
    ['Team', 'Criterium', 'Indicator', 'Jaar', 'Waarde', 'Richting', 'Gewicht', 'Toelichting'],
  ];
  SHARED_TEAMS.forEach((team, t) => {
    for (let i = 0; i < indicatorsPerTeam; i += 1) {
      YEARS.forEach((year, y) => {
        const value = 100_000 + ((t * 7919 + i * 31 + y * 1013) % 50_000);
        cells.push([team, `${1 + (i % 4)}. Criterium`, `Kosten ${i + 1}`, year, value, null, null, null]);
      });
    }
  });
  return { sheet: 'Toetsingscriteria', topLeft: 'A1', cells };
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export async function runStudiesBench(): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const perTeam of [10, 50, 150]) {
    const grid = criteriaGrid(perTeam);
    const rows = grid.cells.length - 1;
    const samples: number[] = [];
    for (let run = 0; run < 5; run += 1) {
      const start = performance.now();
      const outcome = scoreCriteria(grid);
      if (!outcome.ok) throw new Error(outcome.message);
      const criteria = buildCriteriaPlan({ result: outcome.result, grid, language: 'nl' });
      buildFactsheetPlans(outcome.result, criteria, 'nl');
      samples.push(performance.now() - start);
    }
    figures.push({ name: 'criteria.scoreAndPlan.ms', value: median(samples), unit: 'ms', rows });

    const cells: Record<string, number | string> = {};
    grid.cells.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null && typeof value !== 'object' && typeof value !== 'boolean') cells[a1(c, r + 1)] = value;
      }),
    );
    const { context, fake } = createFake({
      sheets: [{ name: 'Toetsingscriteria', cells }],
      active: 'Toetsingscriteria',
    });
    const outcome = scoreCriteria(grid);
    if (!outcome.ok) throw new Error(outcome.message);
    const criteria = buildCriteriaPlan({ result: outcome.result, grid, language: 'nl' });
    const response = await workbookOn(context).writeStudy([
      criteria.plan,
      ...buildFactsheetPlans(outcome.result, criteria, 'nl'),
    ]);
    if (response.kind !== 'written') throw new Error(`bench: ${response.kind}`);
    figures.push({ name: 'excel.criteria.syncs', value: fake.syncs, unit: 'syncs', rows });
    figures.push({ name: 'excel.criteria.maxRequestBytes', value: fake.maxRequestBytes, unit: 'bytes', rows });
    fake.dispose();
  }
  return figures;
}
