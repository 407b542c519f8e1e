// "Uitleg bij cel": the words for one written deviation, checked on DOMAIN §3's worked example.
import { analyse } from '../../src/engine/benchmark/analyse';
import { explainDeviation } from '../../src/engine/benchmark/explain';
import { heemstedeGrid } from '../fixtures/heemstede';
import { grid2017 } from '../fixtures/report-tables/tables';

function heemstede() {
  const outcome = analyse({ table: heemstedeGrid() });
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.result;
}

describe('explainDeviation', () => {
  test('Inkoop fte: own cell, share × total formation, the numbers, percentage and class', () => {
    const result = heemstede();
    const inkoop = result.clusters.find((c) => c.name === 'Inkoop');
    if (!inkoop) throw new Error('Inkoop');
    expect(explainDeviation(result, inkoop, 'fte', 'nl')?.split('\n')).toEqual([
      'Afwijking formatie (fte) Inkoop = eigen − norm = 0,40 − 0,49 = −0,09.',
      'Eigen (B7) = 0,40. De norm is het aandeel van de referentiegroep (C7) × de totale formatie (162,3) = 0,49.',
      'Procentueel: afwijking / norm = −18%.',
      'Klasse: lager (nagenoeg gelijk binnen ±5%, ruim vanaf ±30%).',
    ]);
  });

  test('costs against a given norm, in English, with the advisor’s explanation', () => {
    const result = heemstede();
    const juridisch = result.clusters.find((c) => c.row === 5);
    if (!juridisch) throw new Error('row 5');
    const text = explainDeviation(result, { ...juridisch, note: 'extra capaciteit' }, 'costs', 'en') ?? '';
    expect(text).toContain('Deviation in costs (€) Juridische Zaken = own − norm = 294,556 − 215,568 = +78,988.');
    expect(text).toContain("The norm is the reference group's norm (E5) = 215,568.");
    expect(text).toContain('As a percentage: deviation / norm = +37%.');
    expect(text).toContain('Class: much higher');
    expect(text).toContain('Explanation: extra capaciteit');
  });

  test('no norm: no explanation; a zero norm says why there is no percentage', () => {
    const result = heemstede();
    const first = result.clusters[0];
    if (!first?.fte) throw new Error('fte');
    expect(explainDeviation(result, { ...first, fte: { ...first.fte, norm: null } }, 'fte', 'nl')).toBeNull();
    const zero = { ...first, fte: { ...first.fte, norm: 0, delta: first.fte.own, deltaPct: null, class: null } };
    expect(explainDeviation(result, zero, 'fte', 'nl')).toContain(
      'Geen percentage: de norm is 0 of ontbreekt (n.v.t.).',
    );
  });
});

describe('explainDeviation of a norm derived from the printed deviation (2017 as printed)', () => {
  function printed2017(grid = grid2017({ groupRow: true })) {
    const outcome = analyse({ table: grid });
    if (!outcome.ok) throw new Error(outcome.message);
    const result = outcome.result;
    const juridisch = result.clusters.find((c) => c.name === 'Juridische Zaken');
    if (!juridisch) throw new Error('Juridische Zaken');
    return { result, juridisch };
  }

  test('fte: own − the printed deviation of the combined cell, not share × total', () => {
    const { result, juridisch } = printed2017();
    expect(juridisch.row).toBe(5);
    expect(explainDeviation(result, juridisch, 'fte', 'nl')?.split('\n')).toEqual([
      'Afwijking formatie (fte) Juridische Zaken = eigen − norm = 3,69 − 2,59 = +1,10.',
      'Eigen (B5) = 3,69. Norm = eigen formatie − afwijking uit de tabel (cel E5): 3,69 − 1,10 = 2,59 fte.',
      'Procentueel: afwijking / norm = +42%.',
      'Klasse: ruim hoger (nagenoeg gelijk binnen ±5%, ruim vanaf ±30%).',
    ]);
  });

  test('costs in English: own − the printed € deviation (€ 294.556 − € 78.988 = € 215.568)', () => {
    const { result, juridisch } = printed2017();
    const lines = explainDeviation(result, juridisch, 'costs', 'en')?.split('\n') ?? [];
    expect(lines[0]).toBe('Deviation in costs (€) Juridische Zaken = own − norm = 294,556 − 215,568 = +78,988.');
    expect(lines[1]).toBe(
      'Own (F5) = 294,556. Norm = own costs − deviation from the table (cell G5): 294,556 − 78,988 = € 215,568.',
    );
    expect(lines.join(' ')).not.toContain('share');
  });

  test('only a printed percentage: the norm is own / (1 + Δ%), naming the % cell', () => {
    const grid = grid2017({ groupRow: true });
    // Without the € deviation column, the cost norm can only come from "+ 37%" in column H → G.
    const cells = grid.cells.map((row) => row.filter((_cell, i) => i !== 6));
    const { result, juridisch } = printed2017({ ...grid, cells });
    expect(juridisch.costs?.normFrom).toBe('deviation');
    expect(juridisch.costs?.norm).toBeCloseTo(294556 / 1.37, 6);
    expect(explainDeviation(result, juridisch, 'costs', 'nl')?.split('\n')[1]).toBe(
      'Eigen (F5) = 294.556. Norm = eigen kosten / (1 + afwijking in % uit de tabel (cel G5)): 294.556 / (1 + 37%) = € 215.004.',
    );
  });
});
