// The sentences and aandachtspunten as a block of the write plan, beside the summary block.
import { analyseTable } from '../../src/engine/benchmark/analyse';
import { buildPlan } from '../../src/engine/benchmark/plan';
import { inBoxes, parseRange } from '../../src/engine/core';
import type { CellGrid, CellValue } from '../../src/engine/core/types';
import { heemstedeGrid } from '../fixtures/heemstede';

function planOf(grid: CellGrid, language: 'nl' | 'en' = 'nl') {
  const outcome = analyseTable({ table: grid }, { language });
  if (!outcome.ok) throw new Error(outcome.message);
  return {
    result: outcome.result,
    plan: buildPlan({ table: outcome.table, result: outcome.result, grid, options: { language } }),
  };
}

describe('the sentences block', () => {
  test('beside the summary: a title, then every sentence in the engine’s order, inside what IJkpunt owns', () => {
    const { result, plan } = planOf(heemstedeGrid());
    const summaryTitle = plan.cells.find((c) => c.value === 'Samenvatting IJkpunt');
    const title = plan.cells.find((c) => c.value === 'Zinnen en aandachtspunten IJkpunt');
    expect(summaryTitle?.value).toBe('Samenvatting IJkpunt');
    expect(title?.value).toBe('Zinnen en aandachtspunten IJkpunt');
    expect(title?.row).toBe(summaryTitle?.row);
    expect(title?.bold).toBe(true);
    const col = title?.col ?? -1;
    const top = title?.row ?? 0;
    // The block's own rows; the chart-data block starts below it, in the same columns.
    const rows = plan.cells
      .filter((c) => c.col === col && c.row > top && c.row <= top + result.sentences.length)
      .sort((x, y) => x.row - y.row);
    expect(rows.map((c) => c.value)).toEqual(result.sentences);
    expect(rows[0]?.value).toBe(
      'De 7 overheadclusters in deze tabel: 2% hogere kosten (+€ 0,1 miljoen) · 13% minder formatie (−5,4 fte).',
    );
    expect(
      rows.some((c) => String(c.value).startsWith('Aandachtspunten met hogere kosten: Inkoop (+€ 109.074; +155%)')),
    ).toBe(true);
    expect(rows.every((c) => c.formula === null)).toBe(true);
    // Every sentence is inside what IJkpunt owns, so a re-run and undo take them too.
    const owned = plan.owned.map((range) => parseRange(range)).filter((box) => box !== null);
    expect(rows.every((c) => inBoxes(owned, c.row, c.col))).toBe(true);
  });

  test('the sentences the guard put in place are what is written', () => {
    const grid = heemstedeGrid();
    const cells = grid.cells.map((row, r): CellValue[] =>
      r < 4
        ? [...row]
        : [
            row[0] ?? null,
            row[1] ?? null,
            row[2] ?? null,
            row[3] ?? null,
            [78988, -5378, 109074, -47555, -106012, 47548, 12818][r - 4] ?? null,
          ],
    );
    const { plan } = planOf({ ...grid, cells });
    const texts = plan.cells.map((c) => String(c.value));
    expect(texts.some((t) => t.startsWith('Geen conclusie over de kosten van Personeel & Organisatie'))).toBe(true);
    expect(texts.some((t) => /5\.710%/.test(t))).toBe(false);
  });

  test('in English with an English title', () => {
    const { plan } = planOf(heemstedeGrid(), 'en');
    expect(plan.cells.some((c) => c.value === 'IJkpunt sentences and points of attention')).toBe(true);
    expect(
      plan.cells.some(
        (c) =>
          c.value ===
          'The 7 overhead clusters in this table: 2% higher costs (+€0.1 million) · 13% less staffing (−5.4 FTE).',
      ),
    ).toBe(true);
  });
});
