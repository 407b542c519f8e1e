// The cooperation criteria's input: missing and bad data, and the wide template format.
import { scoreCriteria } from '../../src/engine/criteria/score';
import { readCriteriaTable } from '../../src/engine/criteria/input';
import {
  BUSINESS_CRITERIA,
  buildCriteriaTemplate,
  SHARED_TEAMS,
  SUGGESTED_INDICATORS,
} from '../../src/engine/criteria/template';
import type { CellGrid, CellValue } from '../../src/engine/core/types';
import { indicator, longGrid, score } from './criteria-support';

describe('missing and bad data', () => {
  test('a bad value, year, weight and direction are warnings naming the cell', () => {
    const result = score(
      longGrid([
        ['P&O', '2. Kosten', 'Personeelskosten', 2018, 'veel'],
        ['P&O', '2. Kosten', 'Personeelskosten', 'vorig jaar', 100],
        ['P&O', '2. Kosten', 'Personeelskosten', 2019, 100, 'omhoog', 'zwaar'],
        ['P&O', '2. Kosten', 'Personeelskosten', 2021, '110'],
      ]),
    );
    expect(result.warnings.map((w) => w.cell)).toEqual(['E2', 'D3', 'F4', 'G4', 'E5']);
    expect(result.warnings[0]?.message).toBe('Cel E2: "veel" is geen getal; deze meting telt niet mee.');
    expect(result.warnings[2]?.message).toBe(
      'Cel F4: richting "omhoog" is niet herkend; gebruik "hoger is beter" of "lager is beter".',
    );
    // The baseline is 2019 alone; the rise of 10 % on costs has no explanation.
    expect(result.teams[0]?.indicators[0]).toMatchObject({ baseline: 100, latest: 110, status: 'verslechterd' });
  });

  test('annual accounts over a budget for the same year; a second value of the same kind is named', () => {
    const result = score(
      longGrid([
        ['ICT', '2', 'Inhuur', 'Begroting 2021', 90],
        ['ICT', '2', 'Inhuur', 'Jaarrekening 2021', 80],
        ['ICT', '2', 'Inhuur', 2019, 100],
        ['ICT', '2', 'Inhuur', 2019, 120],
      ]),
    );
    expect(result.teams[0]?.indicators[0]).toMatchObject({
      baseline: 120,
      latest: 80,
      latestYear: 'Jaarrekening 2021',
    });
    expect(result.warnings[0]?.cell).toBe('E5');
  });

  test('no criteria table: one clear message', () => {
    const outcome = scoreCriteria({
      sheet: 'Leeg',
      topLeft: 'A1',
      cells: [
        ['Cluster', 'Formatie in fte'],
        ['P&O', 3],
      ],
    });
    expect(outcome).toEqual({
      ok: false,
      cell: null,
      message:
        'Op blad \'Leeg\' staat geen tabel met criteria: IJkpunt zoekt kolommen Team, Indicator en Jaar met Waarde (of een kolom per jaar, zoals "2018" of "Begroting 2020").',
    });
  });
});

describe('the template', () => {
  const template = buildCriteriaTemplate();

  test('six teams × ten suggested indicators, year columns, drop-downs, handed over to the user', () => {
    const header = template.cells.filter((c) => c.row === 4).map((c) => c.value);
    expect(header).toEqual([
      'Team',
      'Criterium',
      'Indicator',
      'Richting',
      'Gewicht',
      'Tolerantie',
      'Jaarrekening 2018',
      'Jaarrekening 2019',
      'Begroting 2020',
      'Begroting 2021',
      'Jaarrekening 2021',
      'Begroting 2022',
      'Jaarrekening 2022',
      'Begroting 2023',
      'Jaarrekening 2023',
      'Toelichting',
      // The drop-downs' lists, one item per cell (a typed list would split on its commas).
      'Keuzelijst (niet wijzigen)',
      'Keuzelijst (niet wijzigen)',
      'Keuzelijst (niet wijzigen)',
    ]);
    expect(template.validations?.map((v) => v.source)).toEqual(['$R$5:$R$10', '$S$5:$S$8', '$T$5:$T$6']);
    const criteria = template.cells.filter((c) => c.col === 18 && c.row > 4).map((c) => c.value);
    expect(criteria).toEqual([...BUSINESS_CRITERIA]);
    const teams = template.cells.filter((c) => c.col === 0 && c.row > 4).map((c) => c.value);
    expect(teams).toHaveLength(SHARED_TEAMS.length * SUGGESTED_INDICATORS.length);
    expect(new Set(teams)).toEqual(new Set(SHARED_TEAMS));
    expect(template.validations?.map((v) => [v.range, v.list.length])).toEqual([
      ['A5:A104', 6],
      ['B5:B104', 4],
      ['D5:D104', 2],
    ]);
    expect(template).toMatchObject({ newSheet: true, handOver: true, sheet: 'Toetsingskader' });
  });

  test('filled in, it is read as a wide criteria table', () => {
    const rows = new Map<number, CellValue[]>();
    for (const cell of template.cells) {
      const row = rows.get(cell.row) ?? [];
      rows.set(cell.row, row);
      row[cell.col] = cell.value;
    }
    const cells: CellValue[][] = [...rows.keys()]
      .sort((a, b) => a - b)
      .map((r) => Array.from({ length: 16 }, (_, c) => rows.get(r)?.[c] ?? null));
    // Informatisering's personnel costs (row 47 of the sheet): baseline years and 2021 accounts.
    const row = cells.findIndex((r) => r[0] === 'Informatisering' && r[2] === 'Personeelskosten');
    const filled = cells.map((r, i) =>
      i === row ? r.map((v, c) => ({ 6: 1e6, 7: 1.05e6, 8: 1.1e6, 10: 1.113e6 })[c] ?? v) : r,
    );
    const grid: CellGrid = { sheet: 'Toetsingskader', topLeft: 'A1', cells: filled };
    const table = readCriteriaTable(grid);
    expect(table.ok && table.table.format).toBe('wide');
    const result = score(grid);
    const personnel = indicator(result, 'Informatisering', 'Personeelskosten');
    expect(personnel).toMatchObject({ baseline: 1_050_000, latestYear: 'Jaarrekening 2021', status: 'verslechterd' });
    expect(personnel.latestCell).toBe(`K${row + 1}`);
    // The unfilled rows are there, with insufficient data.
    expect(result.teams).toHaveLength(6);
    expect(result.teams.find((t) => t.team === 'Communicatie')?.summary.verdict).toBe('onvoldoende gegevens');
  });
});
