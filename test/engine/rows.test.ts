// The "Value parsing" and "Rows" cases of the engine issue: each bad value becomes a warning
// naming its cell, and the rest of the table is still analysed.
import { analyse } from '../../src/engine/benchmark/analyse';
import type { AnalysisResult } from '../../src/engine/benchmark/types';
import type { CellValue } from '../../src/engine/core/types';

const HEADER: CellValue[] = ['Cluster', 'Formatie in fte', '% van totale formatie', 'Kosten', 'Kostennorm'];

function run(rows: CellValue[][], options: Parameters<typeof analyse>[1] = {}, topLeft = 'A1'): AnalysisResult {
  const outcome = analyse(
    { table: { sheet: 'Blad1', topLeft, cells: [HEADER, ...rows] } },
    { totalFte: 100, ...options },
  );
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.result;
}

function cluster(result: AnalysisResult, name: string) {
  const found = result.clusters.find((c) => c.name === name);
  if (!found) throw new Error(`no cluster ${name}`);
  return found;
}

describe('Dutch text numbers in cells', () => {
  test.each<[string, CellValue, number]>([
    ['euro sign and thousands dot', '€ 294.556', 294556],
    ['decimal comma', '3,69', 3.69],
    ['unit after the number', '3,69 fte', 3.69],
    ['Unicode minus', '\u22120,9', -0.9],
    ['accounting brackets', '(1.234)', -1234],
  ])('%s: %p', (_label, written, expected) => {
    const result = run([['A', written, 0.05, 100, 100]]);
    expect(cluster(result, 'A').fte?.own).toBeCloseTo(expected, 10);
  });

  test('a share as 1,6% text, as 0,016 and as 1,6 in a percent-point column mean the same', () => {
    const asText = run([['A', 3, '1,6%', null, null]]);
    const asFraction = run([['A', 3, 0.016, null, null]]);
    const asPoints = run([
      ['A', 3, 1.6, null, null],
      ['B', 2, 6.7, null, null],
    ]);
    for (const result of [asText, asFraction, asPoints]) {
      expect(cluster(result, 'A').fte?.norm).toBeCloseTo(1.6, 10);
    }
  });

  test.each<[CellValue]>([['n.v.t.'], ['-'], ['']])('%p is empty: no warning, no norm', (empty) => {
    const result = run([
      ['A', 3, empty, 100, 100],
      ['B', 2, 0.02, 100, 90],
    ]);
    expect(cluster(result, 'A').fte?.norm).toBeNull();
    expect(cluster(result, 'A').fte?.deltaPct).toBeNull();
    expect(result.warnings).toEqual([]);
  });

  test('an unreadable cell makes that one value unknown, warns with its address, keeps the rest', () => {
    const result = run(
      [
        ['Juridische zaken', 3.69, 0.016, 294556, 215568],
        ['Inkoop', 'ongeveer 4', 0.003, 179540, 70466],
        ['Communicatie', 2.76, 0.023, 'veel', 241238],
      ],
      {},
      'A7',
    );
    expect(result.warnings).toEqual([
      { cell: 'B9', message: expect.stringContaining('"ongeveer 4" is geen getal (Inkoop)') },
      { cell: 'D10', message: expect.stringContaining('"veel" is geen getal (Communicatie)') },
    ]);
    expect(cluster(result, 'Inkoop').fte?.own).toBeNull();
    expect(cluster(result, 'Inkoop').costs?.delta).toBe(109074);
    expect(cluster(result, 'Communicatie').costs?.own).toBeNull();
    expect(cluster(result, 'Communicatie').fte?.delta).toBeCloseTo(2.76 - 2.3, 10);
    expect(cluster(result, 'Juridische zaken').costs?.delta).toBe(78988);
  });

  test('an Excel error value in a cell is named with its address', () => {
    const result = run([
      ['A', { error: '#DIV/0!' }, 0.02, 10, 10],
      ['B', 1, 0.02, 10, 10],
    ]);
    expect(result.warnings[0]?.cell).toBe('B2');
    expect(result.warnings[0]?.message).toContain('#DIV/0!');
  });

  test('English messages when the user chose English', () => {
    const result = run([['A', 'lots', 0.02, 10, 10]], { language: 'en' });
    expect(result.warnings[0]).toEqual({ cell: 'B2', message: expect.stringContaining('"lots" is not a number (A)') });
  });
});

describe('rows: blank, sections, totals, categories', () => {
  const rows: CellValue[][] = [
    ['Primair proces', null, null, null, null],
    ['Sociaal domein', 20, 0.22, 2_000_000, 2_400_000],
    [null, null, null, null, null],
    ['Openbare ruimte', 15, 0.14, 1_500_000, 1_400_000],
    ['Subtotaal primair proces', 35, null, 3_500_000, null],
    ['Overhead', null, null, null, null],
    ['Juridische zaken', 3, 0.02, 300_000, 250_000],
    ['Financiën', 8, 0.09, 700_000, 800_000],
    ['Totaal overhead', 11, null, 1_000_000, null],
    ['Totaal', 47, null, 4_500_000, null],
  ];

  test('section rows set the category; blank rows are skipped; totals are not clusters', () => {
    const result = run(rows);
    expect(result.clusters.map((c) => [c.name, c.category, c.row])).toEqual([
      ['Sociaal domein', 'primair', 3],
      ['Openbare ruimte', 'primair', 5],
      ['Juridische zaken', 'overhead', 8],
      ['Financiën', 'overhead', 9],
    ]);
  });

  test('aggregates per group and in total, norms summed too', () => {
    const result = run(rows);
    expect(result.totals.primair?.fte?.own).toBe(35);
    expect(result.totals.primair?.fte?.norm).toBeCloseTo(36, 10);
    expect(result.totals.overhead?.costs?.norm).toBe(1_050_000);
    expect(result.totals.total?.costs?.delta).toBe(4_500_000 - 4_850_000);
    expect(result.totals.total?.costs?.deltaPct).toBeCloseTo(-350_000 / 4_850_000, 12);
    const share = result.overheadShare.find((s) => s.measure === 'fte');
    expect(share?.definition).toBe('shareOfFormation');
    expect(share?.own).toBeCloseTo(11 / 46, 12);
    expect(share?.norm).toBeCloseTo(11 / 47, 12);
  });

  test('a total row that disagrees with the clusters is reported at its cell', () => {
    const result = run(rows);
    // "Totaal" says 47 fte; the clusters add up to 46.
    expect(result.warnings).toEqual([
      {
        cell: 'B11',
        message: expect.stringContaining(
          'De totaalregel "Totaal" noemt 47,00 fte, maar de som van de clusters is 46,00',
        ),
      },
    ]);
  });

  test('mixed-table sentences: total, groups and formation', () => {
    const result = run(rows);
    expect(result.sentences).toContain(
      'De totale apparaatskosten wijken 7% af van het gemiddelde van de referentiegroep (−€ 0,4 miljoen).',
    );
    expect(result.sentences).toContain(
      'Primair proces: 8% lagere kosten (−€ 0,3 miljoen) · 3% minder formatie (−1,0 fte).',
    );
    expect(result.sentences).toContain(
      'Overhead: 5% lagere kosten (−€ 0,1 miljoen) · nagenoeg gelijke formatie (0,0 fte).',
    );
    expect(result.sentences).toContain(
      'Formatie ten opzichte van de referentiegroep: primair proces −1,0 fte, overhead 0,0 fte; totaal 1,0 fte lager dan gemiddeld.',
    );
    expect(result.sentences).toContain(
      'Aandachtspunten met lagere kosten: Sociaal domein (−€ 400.000; −17%), Financiën (−€ 100.000; −13%).',
    );
  });

  test('a category column wins over sections and known names', () => {
    const outcome = analyse(
      {
        table: {
          sheet: 'B',
          topLeft: 'C3',
          cells: [
            ['Taakveld', 'Categorie', 'Formatie', 'Norm fte'],
            ['Inkoop', 'PP', 2, 1],
            ['Burgerzaken', 'Overhead', 3, 3],
            ['Wegen', 'iets anders', 4, 4],
          ],
        },
      },
      {},
    );
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.result.clusters.map((c) => c.category)).toEqual(['primair', 'overhead', null]);
    expect(outcome.result.warnings).toEqual([
      { cell: 'D6', message: expect.stringContaining('Categorie "iets anders"') },
    ]);
  });

  test('known overhead clusters and Iv3 0.4 mark overhead in a table without sections; the rest is primary', () => {
    const result = run([
      ['0.4 Overhead', 30, 0.3, null, null],
      ['6.1 Samenkracht en burgerparticipatie', 10, 0.1, null, null],
      ['Communicatie', 2, 0.02, null, null],
    ]);
    expect(result.clusters.map((c) => [c.category, c.iv3])).toEqual([
      ['overhead', '0.4'],
      ['primair', '6.1'],
      ['overhead', null],
    ]);
  });

  test('Iv3 sub-codes roll up to their parent code', () => {
    const result = run([
      ['6.71a Huishoudelijke hulp', 4, 0.04, null, null],
      ['Inkoop', 1, 0.01, null, null],
    ]);
    expect(result.clusters[0]?.iv3).toBe('6.71');
  });
});

describe('fatal only when nothing can be analysed', () => {
  test.each<[string, CellValue[][], string]>([
    ['empty selection', [[null, null]], 'Het geselecteerde bereik is leeg'],
    [
      'no header row',
      [
        ['abc', 'def'],
        ['ghi', 'jkl'],
      ],
      'Geen kopregel gevonden',
    ],
    ['no rows with figures', [HEADER, ['A', null, null, null, null]], 'Onder de kopregel staan geen rijen met cijfers'],
    [
      'no reference column',
      [
        ['Cluster', 'Formatie in fte'],
        ['A', 3],
      ],
      'geen referentiekolom herkend',
    ],
  ])('%s', (_name, cells, message) => {
    const outcome = analyse({ table: { sheet: 'S', topLeft: 'A1', cells } });
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.message).toContain(message);
  });

  test('a per-inhabitant table without inhabitants says which parameter is missing and where', () => {
    const outcome = analyse({
      table: {
        sheet: 'S',
        topLeft: 'A1',
        cells: [
          ['Cluster', 'Kosten', 'Kosten per inwoner referentie'],
          ['Sociaal domein', 1000, 0.5],
        ],
      },
    });
    expect(outcome).toEqual({
      ok: false,
      fatal: true,
      cell: 'C1',
      message: expect.stringContaining('Het aantal inwoners ontbreekt'),
    });
  });
});
