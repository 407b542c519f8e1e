// The plausibility guard, rule by rule: a table that trips it (the absurd outputs of issue #13)
// and one that must not (DOMAIN §3's worked example).
import { analyse } from '../../src/engine/benchmark/analyse';
import { checkPlausibility, type PrintedDeviation } from '../../src/engine/benchmark/plausibility';
import type { AnalysisOptions, AnalysisResult, ClusterResult } from '../../src/engine/benchmark/types';
import type { CellGrid, CellValue } from '../../src/engine/core/types';
import { heemstedeGrid, HEEMSTEDE_ROWS } from '../fixtures/heemstede';

function run(grid: CellGrid, options: AnalysisOptions = {}): AnalysisResult {
  const outcome = analyse({ table: grid }, options);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.result;
}

/** The Heemstede table with one column's values replaced (the cells a misreading would take). */
function withColumn(column: number, header: string, values: readonly number[]): CellGrid {
  const grid = heemstedeGrid();
  const cells = grid.cells.map((row, r): CellValue[] => {
    const copy = [...row];
    if (r === 3) copy[column] = header;
    if (r >= 4) copy[column] = values[r - 4] ?? null;
    return copy;
  });
  return { ...grid, cells };
}

/** 2017 as printed: "Kosten Heemstede t.o.v. referentiegroep" holds the deviation, read as the norm. */
const PRINTED_COST_DEVIATIONS = [78988, -5378, 109074, -47555, -106012, 47548, 12818];

const rules = (result: AnalysisResult) => result.plausibility.map((f) => `${f.rule}:${f.measure}:${f.cells.join(',')}`);

describe('the worked example trips no rule', () => {
  const result = run(heemstedeGrid());

  test('no finding, no guard warning, the usual sentences', () => {
    expect(result.plausibility).toEqual([]);
    expect(result.warnings.some((w) => /geen conclusie/.test(w.message))).toBe(false);
    expect(result.sentences[0]).toBe(
      'De 7 overheadclusters in deze tabel: 2% hogere kosten (+€ 0,1 miljoen) · 13% minder formatie (−5,4 fte).',
    );
    expect(result.sentences.some((s) => s.startsWith('Geen conclusie'))).toBe(false);
  });
});

describe('a deviation column read as the cost norm (2017 as printed)', () => {
  const result = run(withColumn(4, 'Kostennorm referentiegroep', PRINTED_COST_DEVIATIONS));

  test('negative norms are warnings naming the cell and the amount', () => {
    const negatives = result.plausibility.filter((f) => f.rule === 'negativeNorm');
    expect(negatives.map((f) => f.cells[0])).toEqual(['E6', 'E8', 'E9']);
    const po = result.warnings.find((w) => w.cell === 'E6' && /negatief/.test(w.message));
    expect(po?.message).toContain('Personeel & Organisatie: de norm voor de kosten is negatief (−€ 5.378)');
  });

  test('a class against the sign of Δ is flagged (ruim lager beside +€ 760.915)', () => {
    const fc = result.clusters.find((c) => c.name === 'Financiën & Control');
    expect(fc?.costs?.class).toBe('ruim lager');
    expect(fc?.costs?.delta).toBe(760915);
    expect(rules(result)).toContain('classSign:costs:E9');
    const warning = result.warnings.find((w) => w.cell === 'E9' && /klasse/.test(w.message));
    expect(warning?.message).toContain('de klasse "ruim lager" voor de kosten spreekt de afwijking +€ 760.915 tegen');
  });

  test('|Δ%| beyond 300 % is flagged, naming own and reference cell', () => {
    expect(rules(result)).toEqual(
      expect.arrayContaining(['extremeDeviation:costs:D10,E10', 'extremeDeviation:costs:D11,E11']),
    );
    // Juridische Zaken: +273 % stays under the limit.
    expect(rules(result).some((r) => r.includes('D5'))).toBe(false);
  });

  test('no sentence states an absurd cost figure; the fte conclusions stand', () => {
    const text = result.sentences.join('\n');
    expect(text).not.toMatch(/5\.710%|hogere kosten|lagere kosten|−718%/);
    expect(result.sentences).toContain('De 7 overheadclusters in deze tabel: 13% minder formatie (−5,4 fte).');
    expect(result.sentences).toContain(
      'Geen conclusie over de kosten van Personeel & Organisatie, Communicatie en Financiën & Control: de norm is negatief (cellen E6, E8 en E9); vermoedelijk staat in die kolom de afwijking en niet de norm.',
    );
    // The aandachtspunten rank the formation instead: the cost column is suspect as a whole.
    expect(result.attention.higher.map((p) => [p.name, p.measure])).toEqual([['Juridische Zaken', 'fte']]);
    expect(text).not.toMatch(/Aandachtspunten met (hogere|lagere) kosten/);
  });

  test('in English too', () => {
    const en = run(withColumn(4, 'Kostennorm referentiegroep', PRINTED_COST_DEVIATIONS), { language: 'en' });
    expect(en.sentences[0]).toBe(
      'No conclusion on the costs of Personeel & Organisatie, Communicatie and Financiën & Control: the norm is negative (cells E6, E8 and E9); that column probably holds the deviation, not the norm.',
    );
  });
});

describe('shares read as an fte norm (2012: "Gemiddelde formatie in referentiegroep" holds 1,7%)', () => {
  const shares = [0.017, 0.027, 0.02, 0.065, 0.03, 0.093, 0.05];
  const result = run(withColumn(2, 'Gemiddelde formatie in referentiegroep (fte)', shares));

  test('the norms are a tiny fraction of the own values: one warning naming the range', () => {
    expect(result.clusters[0]?.fte?.basis).toBe('norm');
    const tiny = result.plausibility.find((f) => f.rule === 'tinyNorms');
    expect(tiny?.range).toBe('C5:C11');
    const warning = result.warnings.find((w) => w.cell === 'C5' && /twintigste/.test(w.message));
    expect(warning?.message).toContain('De normen uit C5:C11 zijn bij 7 van 7 clusters minder dan een twintigste');
  });

  test('"+17.253%" is never said', () => {
    expect(result.clusters[0]?.fte?.deltaPct).toBeGreaterThan(100);
    const text = result.sentences.join('\n');
    expect(text).not.toMatch(/meer formatie|minder formatie|\d\.\d{3}%/);
    expect(text).toContain('Geen conclusie over de formatie van');
    // A reason ending in a question gets no full stop after its question mark.
    expect(text).toContain('in plaats van een aantal?');
    expect(text).not.toMatch(/[?!.]\./);
    // The costs, read right, still get their sentence.
    expect(result.sentences).toContain('De 7 overheadclusters in deze tabel: 2% hogere kosten (+€ 0,1 miljoen).');
  });
});

describe('shares that add up beyond 100 %', () => {
  // The Δ% column read as a share of total formation.
  const deltas = [0.43, 0.04, 0.18, 0.25, 0.13, 0.13, 0.36];
  const result = run(withColumn(2, '% van totale formatie', deltas));

  test('trips with the sum, naming the range; the same column as real shares does not', () => {
    const over = result.plausibility.find((f) => f.rule === 'sharesOver100');
    expect(over?.range).toBe('C5:C11');
    expect(result.warnings.find((w) => w.cell === 'C5')?.message).toContain('De aandelen in C5:C11 tellen op tot 152%');
    expect(result.sentences.join('\n')).not.toMatch(/formatie \(/);
    const real = run(heemstedeGrid());
    expect(real.plausibility.some((f) => f.rule === 'sharesOver100')).toBe(false);
  });
});

describe('rules over a result (class words, printed deviations)', () => {
  const base = run(heemstedeGrid());
  const columns = { cluster: 0, fte: 1, 'fte.share': 2, costs: 3, 'costs.norm': 4 } as const;
  const edit = (name: string, change: (c: ClusterResult) => ClusterResult) => ({
    ...base,
    clusters: base.clusters.map((c) => (c.name === name ? change(c) : c)),
  });

  test('a class word against the sign trips; the published classes do not', () => {
    const contradicting = edit('Inkoop', (c) => ({ ...c, costs: c.costs && { ...c.costs, class: 'ruim lager' } }));
    expect(checkPlausibility(contradicting, columns).map((f) => [f.rule, f.cells])).toEqual([['classSign', ['E7']]]);
    expect(checkPlausibility(base, columns)).toEqual([]);
  });

  test('a printed deviation that does not reconcile trips; one within the rounding does not', () => {
    const printed = (delta: number, pct: number) =>
      edit('Juridische Zaken', (c) => ({
        ...c,
        costs:
          c.costs && ({ ...c.costs, printedDelta: delta, printedDeltaPct: pct } as typeof c.costs & PrintedDeviation),
        fte: c.fte && ({ ...c.fte, printedDelta: 1.1, printedDeltaPct: 0.43 } as typeof c.fte & PrintedDeviation),
      }));
    expect(checkPlausibility(printed(78988, 0.37), columns)).toEqual([]);
    const wrong = checkPlausibility(printed(-5378, -0.01), columns);
    expect(wrong.map((f) => [f.rule, f.measure, f.rows])).toEqual([['printedMismatch', 'costs', [5]]]);
    expect(HEEMSTEDE_ROWS[0]?.[0]).toBe('Juridische Zaken');
  });
});
