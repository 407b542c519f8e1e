// Where the pane's chart draws its bars and labels, on DOMAIN §3's worked example: at the
// chart widths of a 320 px and a 450 px pane every label and name stays inside the chart's box,
// rises start at the zero line and go right, falls go left, and the bars keep their proportions.
import { analyse } from '../../src/engine/benchmark/analyse';
import { varianceBars } from '../../src/taskpane/variance-bars';
import { layoutBars, labelWidth } from '../../src/taskpane/variance-layout';
import { heemstedeGrid } from '../fixtures/heemstede';

function costBars() {
  const outcome = analyse({ table: heemstedeGrid() });
  if (!outcome.ok) throw new Error(outcome.message);
  const model = varianceBars(outcome.result, 'nl');
  if (!model) throw new Error('no chart');
  return model.bars;
}

describe('layoutBars', () => {
  test.each([288, 418])('at %i px every label and name stays inside the box', (width) => {
    const layout = layoutBars(costBars(), width);
    for (const p of layout.bars) {
      const w = labelWidth(p.bar.label);
      const [left, right] = p.labelAnchor === 'start' ? [p.labelX, p.labelX + w] : [p.labelX - w, p.labelX];
      expect(left).toBeGreaterThanOrEqual(0);
      expect(right).toBeLessThanOrEqual(width);
      expect(p.nameX + labelWidth(p.shownName)).toBeLessThanOrEqual(width);
      expect(p.barX).toBeGreaterThanOrEqual(0);
      expect(p.barX + p.barWidth).toBeLessThanOrEqual(width);
    }
  });

  test('rises from the zero line to the right, falls to the left, lengths in proportion', () => {
    const layout = layoutBars(costBars(), 288);
    const inkoop = layout.bars[0];
    const financien = layout.bars[6];
    expect(inkoop?.bar.name).toBe('Inkoop');
    expect(inkoop?.barX).toBe(layout.zeroX);
    expect(financien?.bar.name).toBe('Financiën & Control');
    expect((financien?.barX ?? 0) + (financien?.barWidth ?? 0)).toBeCloseTo(layout.zeroX, 6);
    // +€ 109.074 against −€ 106.012.
    expect((inkoop?.barWidth ?? 0) / (financien?.barWidth ?? 1)).toBeCloseTo(109074 / 106012, 6);
    // Rows never overlap: each starts where the one above ends.
    expect(layout.bars.map((p) => p.top)).toEqual(
      [0, 1, 2, 3, 4, 5, 6].map((i) => i * (layout.bars[0]?.rowHeight ?? 0)),
    );
    expect(layout.height).toBe(7 * (layout.bars[0]?.rowHeight ?? 0));
  });

  test('only rises: no room kept left of the zero line', () => {
    const rises = costBars().filter((b) => b.value > 0);
    const layout = layoutBars(rises, 288);
    expect(layout.zeroX).toBe(layout.bars[0]?.nameX);
  });
});
