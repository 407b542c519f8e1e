// "Uitleg bij cel": the words for one written deviation, checked on DOMAIN §3's worked example.
import { analyse } from '../../src/engine/benchmark/analyse';
import { explainDeviation } from '../../src/engine/benchmark/explain';
import { heemstedeGrid } from '../fixtures/heemstede';

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
