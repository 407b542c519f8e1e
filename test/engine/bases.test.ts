// Every driver of DOMAIN §3, parameters from labelled cells, and third-party shares.
import { analyse } from '../../src/engine/benchmark/analyse';
import type { AnalysisOptions, AnalysisResult } from '../../src/engine/benchmark/types';
import type { CellGrid, CellValue } from '../../src/engine/core/types';

function grid(cells: CellValue[][], topLeft = 'A1'): CellGrid {
  return { sheet: 'Blad1', topLeft, cells };
}

function ok(table: CellGrid, options: AnalysisOptions = {}, sheet?: CellGrid): AnalysisResult {
  const outcome = analyse({ table, ...(sheet ? { sheet } : {}) }, options);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.result;
}

describe('norm = reference rate × driver', () => {
  test('per inhabitant, with the inhabitants from a labelled cell above the table', () => {
    const result = ok(
      grid([
        ['Inwoners', '43.500', null],
        [null, null, null],
        ['Taakveld', 'Kosten', 'Kosten per inwoner referentiegroep'],
        ['Sociaal domein', '€ 9.000.000', '€ 190'],
        ['Openbare ruimte', 3_000_000, 75],
      ]),
    );
    expect(result.parameters.inhabitants).toBe(43500);
    expect(result.parameters.sources.inhabitants).toEqual({ kind: 'cell', cell: 'B1', label: 'Inwoners' });
    expect(result.clusters[0]?.costs?.norm).toBe(190 * 43500);
    expect(result.clusters[0]?.costs?.delta).toBe(9_000_000 - 8_265_000);
    expect(result.clusters[1]?.costs?.deltaPct).toBeCloseTo((3_000_000 - 3_262_500) / 3_262_500, 12);
    expect(result.sentences[0]).toBe(
      'De totale apparaatskosten per inwoner wijken 4% af van het gemiddelde van de referentiegroep (+€ 0,5 miljoen).',
    );
  });

  test('per 1.000 inhabitants; an explicit parameter wins over the sheet', () => {
    const table = grid([
      ['Inwoners', 50000],
      ['Cluster', 'Formatie', 'fte per 1.000 inwoners referentie'],
      ['Burgerzaken', 6, 0.1],
    ]);
    const fromSheet = ok(table);
    expect(fromSheet.clusters[0]?.fte?.norm).toBeCloseTo(5, 12);
    const explicit = ok(table, { inhabitants: 60000 });
    expect(explicit.clusters[0]?.fte?.norm).toBeCloseTo(6, 12);
    expect(explicit.parameters.sources.inhabitants).toEqual({ kind: 'explicit' });
  });

  test('per fte served: defaults to the total formation and says so', () => {
    const result = ok(
      grid([
        ['Cluster', 'Formatie', 'Overhead fte per fte referentie'],
        ['P&O', 4, 0.025],
        ['Sociaal domein', 96, null],
      ]),
    );
    expect(result.parameters.totalFte).toBe(100);
    expect(result.parameters.sources.totalFte).toEqual({ kind: 'sumOfFte' });
    expect(result.parameters.sources.fteServed).toEqual({ kind: 'totalFte' });
    expect(result.clusters[0]?.fte?.norm).toBeCloseTo(2.5, 12);
    expect(result.clusters[1]?.fte?.norm).toBeNull();
    const served = ok(
      grid([
        ['Bediende fte', 80],
        ['Cluster', 'Formatie', 'Overhead fte per fte referentie'],
        ['P&O', 4, 0.025],
      ]),
    );
    expect(served.clusters[0]?.fte?.norm).toBeCloseTo(2, 12);
    expect(served.parameters.sources.fteServed).toEqual({ kind: 'cell', cell: 'B1', label: 'Bediende fte' });
  });

  test('per workload unit, and a missing workload is named by its cell', () => {
    const result = ok(
      grid(
        [
          ['Cluster', 'Formatie', 'Werklast', 'fte per eenheid referentie'],
          ['Wegen', 12, 240, 0.05],
          ['Groen', 8, null, 0.04],
        ],
        'B2',
      ),
    );
    expect(result.clusters[0]?.fte?.norm).toBeCloseTo(12, 12);
    expect(result.clusters[0]?.fte?.basis).toBe('perUnit');
    expect(result.clusters[1]?.fte?.norm).toBeNull();
    expect(result.warnings).toEqual([
      { cell: 'D4', message: 'Geen werklast voor Groen: de norm per eenheid is niet berekend.' },
    ]);
  });

  test('several references: the given norm is primary, the others are alternatives', () => {
    const result = ok(
      grid([
        ['Cluster', 'Formatie', 'Gemiddelde formatie in referentiegroep', '% van totale formatie'],
        ['Inkoop', 2, 1.5, 0.01],
      ]),
      { totalFte: 150 },
    );
    const fte = result.clusters[0]?.fte;
    expect(fte?.basis).toBe('norm');
    expect(fte?.norm).toBe(1.5);
    expect(fte?.alternatives).toEqual([{ basis: 'share', norm: 1.5, delta: 0.5, deltaPct: 0.5 / 1.5 }]);
  });

  test('a norm of 0 gives Δ but no Δ% and no class — never NaN or Infinity', () => {
    const result = ok(
      grid([
        ['Cluster', 'Formatie', 'Norm fte'],
        ['Nieuw', 2, 0],
        ['Oud', 3, 3],
      ]),
    );
    expect(result.clusters[0]?.fte).toMatchObject({ own: 2, norm: 0, delta: 2, deltaPct: null, class: null });
  });

  test('parameters below the table are parameters, not clusters', () => {
    const result = ok(
      grid([
        ['Cluster', 'Formatie', '% van totale formatie'],
        ['Inkoop', 2, 0.01],
        ['Communicatie', 3, 0.02],
        [null, null, null],
        ['Totale formatie (fte)', '165,95', null],
      ]),
    );
    expect(result.clusters.map((c) => c.name)).toEqual(['Inkoop', 'Communicatie']);
    expect(result.parameters.totalFte).toBe(165.95);
    expect(result.parameters.sources.totalFte).toEqual({ kind: 'cell', cell: 'B5', label: 'Totale formatie (fte)' });
  });

  test('parameters elsewhere on the sheet are found through the sheet grid', () => {
    const table = grid(
      [
        ['Cluster', 'Formatie', '% van totale formatie'],
        ['Inkoop', 2, 0.01],
      ],
      'C5',
    );
    const sheet = grid(
      [
        ['Totale formatie', 200, null, null, null],
        [null, null, null, null, null],
        [null, null, null, null, null],
        [null, null, null, null, null],
        [null, null, 'Cluster', 'Formatie', '% van totale formatie'],
        [null, null, 'Inkoop', 2, 0.01],
      ],
      'A1',
    );
    const result = ok(table, {}, sheet);
    expect(result.clusters[0]?.fte?.norm).toBe(2);
    expect(result.parameters.sources.totalFte).toEqual({ kind: 'cell', cell: 'B1', label: 'Totale formatie' });
  });
});

describe('third parties and group sentences in the style of DOMAIN §3', () => {
  const table = grid(
    [
      ['Inwoners', 80000, null, null, null, null, null],
      [
        'Cluster',
        'Categorie',
        'Kosten',
        'Kosten per inwoner referentie',
        'Formatie',
        'fte per 1.000 inwoners referentie',
        'Taken belegd bij derden',
        'Taken belegd bij derden referentiegroep',
      ],
      ['Sociaal domein', 'Primair proces', 30_000_000, 400, 200, 2.6, 0.45, 0.44],
      ['Overhead', 'Overhead', 11_700_000, 125, 80, 0.925, 0.03, 0.08],
    ].map((row) => [...row, ...Array(8 - row.length).fill(null)] as CellValue[]),
  );

  test('per-inhabitant sentences with third-party shares', () => {
    const result = ok(table);
    expect(result.sentences).toContain(
      'Primair proces per inwoner: 6% lagere kosten (−€ 2,0 miljoen) · 4% minder formatie (−8,0 fte) · iets meer taken belegd bij derden (45%) dan gemiddeld (44%).',
    );
    expect(result.sentences).toContain(
      'Overhead per inwoner: 17% hogere kosten (+€ 1,7 miljoen) · 8% meer formatie (+6,0 fte) · minder taken belegd bij derden (3%) dan gemiddeld (8%).',
    );
    expect(result.sentences).toContain(
      'De totale apparaatskosten per inwoner wijken 1% af van het gemiddelde van de referentiegroep (−€ 0,3 miljoen).',
    );
    expect(result.sentences).toContain(
      'Formatie ten opzichte van de referentiegroep: primair proces −8,0 fte, overhead +6,0 fte; totaal 2,0 fte lager dan gemiddeld.',
    );
  });
});
