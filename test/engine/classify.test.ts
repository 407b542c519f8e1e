import { analyse } from '../../src/engine/benchmark/analyse';
import { classify, colourTone } from '../../src/engine/benchmark/classify';
import type { CellValue } from '../../src/engine/core/types';

const BANDS = { similar: 0.05, large: 0.3 };

describe('classes of a deviation', () => {
  test.each<[number, string]>([
    [0.02, 'nagenoeg gelijk'],
    [-0.0499, 'nagenoeg gelijk'],
    [0.05, 'hoger'],
    [-0.13, 'lager'],
    [-0.2999, 'lager'],
    [0.3, 'ruim hoger'],
    [-0.36, 'ruim lager'],
  ])('Δ%% %p → %s (default bands)', (pct, expected) => {
    expect(classify(pct * 100, pct, BANDS, 0)).toBe(expected);
  });

  test('no class without a percentage', () => {
    expect(classify(2, null, BANDS, 0)).toBeNull();
  });

  test('materiality: a small absolute deviation counts as nagenoeg gelijk', () => {
    expect(classify(0.4, 0.8, BANDS, 0.5)).toBe('nagenoeg gelijk');
    expect(classify(0.6, 0.8, BANDS, 0.5)).toBe('ruim hoger');
  });

  test('bands and materiality through analyse', () => {
    const cells: CellValue[][] = [
      ['Cluster', 'Formatie', 'Norm fte', 'Kosten', 'Kostennorm'],
      ['Inkoop', 0.4, 0.487, 179540, 70466],
      ['Juridische Zaken', 3.69, 2.6, 294556, 215568],
    ];
    const outcome = analyse(
      { table: { sheet: 'S', topLeft: 'A1', cells } },
      { bands: { similar: 0.1, large: 0.5 }, materiality: { fte: 0.2, costs: 100_000 } },
    );
    if (!outcome.ok) throw new Error(outcome.message);
    const [inkoop, jz] = outcome.result.clusters;
    expect(inkoop?.fte?.class).toBe('nagenoeg gelijk'); // −0,09 fte is below 0,2 fte
    expect(inkoop?.costs?.class).toBe('ruim hoger'); // +€ 109.074 is above € 100.000
    expect(jz?.fte?.class).toBe('hoger'); // +42 %: between 10 % and 50 %
    expect(jz?.costs?.class).toBe('nagenoeg gelijk'); // +€ 78.988 is below € 100.000
  });
});

describe('tone for colouring (IBCS), never a judgement', () => {
  test('costs: more is unfavourable; fte neutral unless chosen', () => {
    expect(colourTone('ruim hoger', 'higherIsUnfavourable')).toBe('unfavourable');
    expect(colourTone('lager', 'higherIsUnfavourable')).toBe('favourable');
    // A measure without a direction is grey, like "about equal".
    expect(colourTone('hoger', 'neutral')).toBe('similar');
    expect(colourTone('ruim lager', 'neutral')).toBe('similar');
    expect(colourTone('lager', 'lowerIsUnfavourable')).toBe('unfavourable');
    expect(colourTone('nagenoeg gelijk', 'higherIsUnfavourable')).toBe('similar');
    expect(colourTone(null, 'higherIsUnfavourable')).toBe('similar');
  });
});
