// What the cooperation-criteria tests share: scoring a grid, finding one indicator, and a long
// criteria table from its rows.
import { scoreCriteria, type CriteriaResult } from '../../src/engine/criteria/score';
import type { CellGrid, CellValue } from '../../src/engine/core/types';

export function score(grid: CellGrid, options = {}): CriteriaResult {
  const outcome = scoreCriteria(grid, options);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.result;
}

export function indicator(result: CriteriaResult, team: string, name: string) {
  const found = result.teams.find((t) => t.team === team)?.indicators.find((i) => i.indicator === name);
  if (!found) throw new Error(`${team} / ${name} missing`);
  return found;
}

export const HEADER = ['Team', 'Criterium', 'Indicator', 'Jaar', 'Waarde', 'Richting', 'Gewicht', 'Toelichting'];

export function longGrid(rows: CellValue[][], sheet = 'Criteria'): CellGrid {
  return { sheet, topLeft: 'A1', cells: [HEADER, ...rows.map((r) => [...r, ...Array(8 - r.length).fill(null)])] };
}
