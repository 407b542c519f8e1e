// The tables of ../shared/REPORT-TABLES.md as the reports print them (issue 13): deviation
// columns as input, values deciding with headers, a group row, the total formation under the
// report's own labels, footnote marks, aggregate tables and what a table of some overhead
// clusters may be said to cover. Figures are asserted to the report's rounding.
import { analyse, analyseTable } from '../../src/engine/benchmark/analyse';
import { buildPlan } from '../../src/engine/benchmark/plan';
import { whatIf } from '../../src/engine/benchmark/whatif';
import type { AnalysisOptions, AnalysisResult } from '../../src/engine/benchmark/types';
import type { CellGrid, CellValue } from '../../src/engine/core/types';
import { heemstedeGrid } from '../fixtures/heemstede';
import {
  aggregateGrid,
  CLUSTERS_2017,
  COST_NORMS_2017,
  grid2012,
  grid2017,
  PUBLISHED_2012,
  PUBLISHED_2017,
  ROWS_2012_PRINTED,
} from '../fixtures/report-tables/tables';
import { evaluatePlan } from '../support/hyperformula';

function ok(grid: CellGrid, options: AnalysisOptions = {}): AnalysisResult {
  const outcome = analyse({ table: grid }, options);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.result;
}

/** Nothing a council must never read: four-digit percentages, negative norms, a class against the sign. */
function expectNothingAbsurd(result: AnalysisResult): void {
  for (const sentence of result.sentences) expect(sentence).not.toMatch(/\d\.\d{3}%|\d{4,}%/);
  for (const c of result.clusters) {
    for (const m of [c.fte, c.costs]) {
      if (!m || m.norm === null || m.delta === null) continue;
      expect(m.norm).toBeGreaterThan(0);
      if (m.class === 'ruim lager' || m.class === 'lager') expect(m.delta).toBeLessThan(0);
      if (m.class === 'ruim hoger' || m.class === 'hoger') expect(m.delta).toBeGreaterThan(0);
      expect(Math.abs(m.deltaPct ?? 0)).toBeLessThan(3);
    }
  }
}

describe('2017 as printed: deviation columns are the input, the norm is derived from them', () => {
  test.each([
    ['with the group row', grid2017({ groupRow: true })],
    ['without it', grid2017()],
  ])('%s: every cost norm is own − the printed deviation, exactly', (_name, grid) => {
    const result = ok(grid);
    expect(result.columns.map((c) => c.role)).toEqual([
      null,
      'fte',
      null,
      'fte.share',
      'fte.delta',
      'costs',
      'costs.delta',
      'costs.deltaPct',
    ]);
    expect(result.clusters.map((c) => c.name)).toEqual([...CLUSTERS_2017]);
    for (const cluster of result.clusters) {
      const [dFte, dFtePct, dCosts, dCostsPct] = PUBLISHED_2017[cluster.name] ?? [NaN, NaN, NaN, NaN];
      expect(cluster.costs).toMatchObject({
        norm: COST_NORMS_2017[cluster.name],
        delta: dCosts,
        normFrom: 'deviation',
      });
      expect(cluster.costs?.basis).toBeNull();
      expect(Math.abs((cluster.costs?.deltaPct ?? NaN) - dCostsPct)).toBeLessThanOrEqual(0.005 + 0.005);
      // No total formation on the sheet: the fte norm, too, is own − the printed 1,1 fte.
      expect(cluster.fte?.normFrom).toBe('deviation');
      expect(cluster.fte?.delta).toBeCloseTo(dFte, 9);
      expect(Math.abs((cluster.fte?.deltaPct ?? NaN) - dFtePct)).toBeLessThanOrEqual(0.03);
    }
    expect(result.clusters[0]?.costs?.norm).toBe(294556 - 78988);
    expectNothingAbsurd(result);
    // The old reading: "Overhead: 5.710% hogere kosten", a norm of −€ 5.378, "−718%".
    expect(result.sentences.join(' ')).not.toMatch(/5\.710%|718%/);
    expect(result.clusters.some((c) => c.costs?.norm === -5378)).toBe(false);
    expect(result.warnings).toContainEqual({
      cell: `G${result.table.headerRow}`,
      message: expect.stringContaining('de norm is afgeleid uit de afgedrukte afwijking'),
    });
  });

  test('footnote stars are read as the number, the mark kept; the footnote line is not a cluster', () => {
    const result = ok(grid2017({ groupRow: true }));
    const ia = result.clusters.find((c) => c.name === 'Informatisering en Automatisering');
    expect(ia?.costs?.own).toBe(2028168);
    expect(ia?.footnotes).toEqual([{ cell: `F${ia?.row}`, mark: '*' }]);
    expect(result.clusters.find((c) => c.name === 'Facilitaire dienst')?.costs?.own).toBe(627522);
    expect(result.clusters).toHaveLength(7);
    expect(result.warnings.some((w) => w.message.includes('geen getal'))).toBe(false);
    // The table ends with its last cluster row, not with the source lines under it.
    expect(result.table.range).toBe('A4:H11');
  });

  test('the written norm columns are formulas over the deviation cells; HyperFormula agrees', () => {
    const grid = grid2017({ numbers: 'real', groupRow: true });
    const outcome = analyseTable({ table: grid });
    if (!outcome.ok) throw new Error(outcome.message);
    const plan = buildPlan({ table: outcome.table, result: outcome.result, grid });
    const norm = plan.columns.find((c) => c.key === 'costs.norm');
    const jz = outcome.result.clusters[0];
    const cell = norm?.cells.find((c) => c.row === jz?.row);
    expect(cell?.formula).toBe(`IF(AND(ISNUMBER(F${jz?.row}),ISNUMBER(G${jz?.row})),F${jz?.row}-G${jz?.row},"")`);
    const sheet = evaluatePlan(grid, plan);
    for (const c of outcome.result.clusters) {
      const normCell = norm?.cells.find((x) => x.row === c.row);
      expect(sheet.value(`${String.fromCharCode(65 + (norm?.col ?? 0))}${normCell?.row}`)).toBeCloseTo(
        COST_NORMS_2017[c.name] ?? NaN,
        6,
      );
    }
    // No primary process in the table: the summary block has no row for it.
    expect(plan.cells.some((c) => c.value === 'Primair proces')).toBe(false);
    sheet.destroy();
  });

  test('what-if keeps a derived norm: +2 fte moves the deviation by 2 fte', () => {
    const outcome = analyseTable({ table: grid2017({ groupRow: true }) });
    if (!outcome.ok) throw new Error(outcome.message);
    const ia = outcome.result.clusters[5];
    const { result } = whatIf(outcome.table, outcome.result, [{ row: ia?.row ?? 0, measure: 'fte', value: 11.74 }]);
    expect(result.clusters[5]?.fte?.norm).toBeCloseTo(ia?.fte?.norm ?? NaN, 9);
    expect(result.clusters[5]?.fte?.delta).toBeCloseTo(0.5, 9);
  });
});

describe('2017 with the total formation under the report’s labels: norms from the shares, deviations cross-checked', () => {
  const labels: [string, CellValue, 'beside' | 'further' | 'below'][] = [
    ['Totale formatie Heemstede (fte)', '162,3', 'beside'],
    ['Totale formatie gemeente', 162.3, 'further'],
    ['Bruto omvang ambtelijk apparaat', '162,3 fte', 'below'],
    ['Formatie totaal', 162.3, 'beside'],
    ['Totale formatie per 1-1-2017', 162.3, 'beside'],
  ];
  test.each(labels)('"%s" (%s, %s)', (label, value, at) => {
    for (const numbers of ['printed', 'real'] as const) {
      const result = ok(grid2017({ numbers, groupRow: true, total: { label, value, at } }));
      expect(result.parameters.totalFte).toBe(162.3);
      expect(result.parameters.sources.totalFte).toMatchObject({ kind: 'cell', label });
      for (const cluster of result.clusters) {
        const [dFte, dFtePct] = PUBLISHED_2017[cluster.name] ?? [NaN, NaN];
        expect(cluster.fte?.normFrom).toBe('reference');
        expect(cluster.fte?.basis).toBe('share');
        // Published from unrounded shares: ±0,1 fte and a few percentage points (DOMAIN §3).
        expect(Math.abs((cluster.fte?.delta ?? NaN) - dFte)).toBeLessThanOrEqual(0.1 + 1e-9);
        expect(Math.abs((cluster.fte?.deltaPct ?? NaN) - dFtePct)).toBeLessThanOrEqual(0.03);
      }
      // Every printed deviation reconciles with the computed one to the report's rounding.
      expect(result.warnings.filter((w) => w.message.includes('afgedrukte afwijking in'))).toEqual([]);
      expectNothingAbsurd(result);
    }
  });

  test('a printed deviation that does not reconcile is warned about, naming its cell', () => {
    const grid = grid2017({ numbers: 'real', total: { label: 'Totale formatie (fte)', value: 162.3 } });
    const cells = grid.cells.map((row) => [...row]);
    const jzRow = cells.findIndex((row) => row[0] === 'Juridische Zaken');
    (cells[jzRow] as CellValue[])[4] = 2.1; // printed +2,1 fte where 3,69 − 1,6 % × 162,3 = +1,1
    const result = ok({ ...grid, cells });
    const mismatch = result.warnings.filter((w) => w.message.startsWith('De afgedrukte afwijking'));
    expect(mismatch).toEqual([
      { cell: `E${jzRow + 1}`, message: expect.stringContaining('Juridische Zaken: +2,10 fte') },
    ]);
    // The guard (plausibility.ts) draws no conclusion from it, and the cell is named once.
    expect(result.plausibility).toContainEqual(
      expect.objectContaining({ rule: 'printedMismatch', measure: 'fte', cells: [`E${jzRow + 1}`] }),
    );
    expect(result.warnings.filter((w) => w.cell === `E${jzRow + 1}`)).toHaveLength(1);
    expect(result.sentences.filter((s) => s.startsWith('Geen conclusie'))).toEqual([
      expect.stringContaining('Juridische Zaken'),
    ]);
  });
});

describe('2012 as printed: "Gemiddelde formatie in referentiegroep" holds shares', () => {
  test('read as a share (less surely, with a warning), never as an fte norm of 0,017', () => {
    const result = ok(grid2012());
    const avg = result.columns[3];
    expect(avg).toMatchObject({ role: 'fte.share', confidence: 0.7, byValues: 'shares' });
    expect(result.warnings).toContainEqual({ cell: 'D3', message: expect.stringContaining('bevat percentages') });
    expect(result.columns[2]?.role).toBeNull();
    expectNothingAbsurd(result);
    expect(result.sentences.join(' ')).not.toContain('17.253%');
  });

  test.each(['Bruto omvang van het ambtelijk apparaat (fte)', 'Totale formatie Heemstede (fte)'])(
    'with the total under "%s": norms are share × 165,95 and match the published deviations',
    (label) => {
      const result = ok(grid2012({ label, value: '165,95' }));
      expect(result.parameters.totalFte).toBe(165.95);
      result.clusters.forEach((cluster, i) => {
        const [dFte, dFtePct] = PUBLISHED_2012[i] ?? [NaN, NaN];
        expect(cluster.fte?.basis).toBe('share');
        expect(Math.abs((cluster.fte?.delta ?? NaN) - dFte)).toBeLessThanOrEqual(0.1 + 1e-9);
        expect(Math.abs((cluster.fte?.deltaPct ?? NaN) - dFtePct)).toBeLessThanOrEqual(0.03);
      });
      expect(result.clusters[0]?.fte?.norm).toBeCloseTo(0.017 * 165.95, 9);
      expect(result.warnings.filter((w) => w.message.includes('afgedrukte afwijking'))).toEqual([]);
      expect(result.clusters).toHaveLength(ROWS_2012_PRINTED.length);
    },
  );
});

describe('a share of the total needs the organisation’s total', () => {
  test('a table of overhead clusters without it is refused, saying what to enter', () => {
    const grid = heemstedeGrid();
    const cells = grid.cells.filter((row) => row[0] !== 'Totale formatie (fte)');
    const outcome = analyse({ table: { ...grid, cells } });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.cell).toBe('C3');
    expect(outcome.message).toContain('De totale formatie van de organisatie ontbreekt');
    expect(outcome.message).toContain('35,96 fte');
    expect(outcome.message).toContain('--total-fte');
  });

  test('with primary-process rows the table is the organisation: its sum is the total, and says so', () => {
    const result = ok({
      sheet: 'S',
      topLeft: 'A1',
      cells: [
        ['Cluster', 'Formatie', '% van totale formatie referentie'],
        ['Sociaal domein', 60, 0.55],
        ['Financiën', 40, 0.4],
      ],
    });
    expect(result.parameters.sources.totalFte).toEqual({ kind: 'sumOfFte' });
    expect(result.coverage).toBe('organisation');
  });
});

describe('aggregate tables: the 2023 presentation’s sentences', () => {
  test('rows Primair proces / Overhead / Totaal are the aggregates, per driver', () => {
    const result = ok(aggregateGrid());
    expect(result.coverage).toBe('aggregates');
    expect(result.clusters.map((c) => [c.name, c.category])).toEqual([
      ['Primair proces', 'primair'],
      ['Overhead', 'overhead'],
    ]);
    // The Totaal row is checked against the two, not counted as a third.
    expect(result.totals.total?.costs?.ownAll).toBe(43_920_000);
    expect(result.warnings).toEqual([]);
    expect(result.sentences.slice(0, 4)).toEqual([
      'De totale apparaatskosten per inwoner wijken 0% af van het gemiddelde van de referentiegroep (−€ 0,1 miljoen).',
      'Primair proces per inwoner: 5% lagere kosten (−€ 1,7 miljoen) · 1% minder formatie (−2,1 fte) · iets meer taken belegd bij derden (45%) dan gemiddeld (44%).',
      'Overhead per inwoner: 17% hogere kosten (+€ 1,7 miljoen) · 8% meer formatie (+5,9 fte) · minder taken belegd bij derden (3%) dan gemiddeld (8%).',
      'Overhead per fte: 14% hogere kosten (+€ 1,5 miljoen) · 6% meer formatie (+4,9 fte).',
    ]);
    // The rows are the groups: no list of aandachtspunten naming "Overhead".
    expect(result.sentences.some((s) => s.startsWith('Aandachtspunten'))).toBe(false);
  });

  test('a total row named for a category makes the rows it sums that category', () => {
    const result = ok({
      sheet: 'S',
      topLeft: 'A1',
      cells: [
        ['Cluster', 'Formatie', 'Norm fte'],
        ['Team Alfa', 4, 5],
        ['Team Beta', 6, 5],
        ['Totaal overhead', 10, 10],
        ['Sociaal domein', 50, 48],
      ],
    });
    expect(result.clusters.map((c) => c.category)).toEqual(['overhead', 'overhead', 'primair']);
    expect(result.coverage).toBe('organisation');
  });
});

describe('say only what the table covers', () => {
  test.each([
    'Bestuurszaken en bestuursondersteuning',
    'HRM',
    'P&O',
    'ICT',
    'I&A',
    'Informatievoorziening',
    'DIV',
    'Documentaire informatievoorziening',
    'F&C',
    'Directie',
    'Management',
  ])('%s is overhead', (name) => {
    const result = ok({
      sheet: 'S',
      topLeft: 'A1',
      cells: [
        ['Cluster', 'Formatie', 'Norm fte'],
        [name, 4, 5],
      ],
    });
    expect(result.clusters[0]?.category).toBe('overhead');
    expect(result.coverage).toBe('someOverhead');
    expect(result.sentences[0]).toBe('Het overheadcluster in deze tabel: 20% minder formatie (−1,0 fte).');
  });

  test('a table declared as the overhead (a section row) is "the" overhead', () => {
    const result = ok({
      sheet: 'S',
      topLeft: 'A1',
      cells: [
        ['Cluster', 'Formatie', 'Norm fte'],
        ['Overhead', null, null],
        ['P&O', 4, 5],
        ['Financiën', 6, 5],
      ],
    });
    expect(result.coverage).toBe('overhead');
    expect(result.sentences[0]).toBe('Overhead: nagenoeg gelijke formatie (0,0 fte).');
  });
});

describe('two-row headers: names above, units below', () => {
  test('the unit row names the measure and is not read as a cluster', () => {
    const result = ok({
      sheet: 'S',
      topLeft: 'A1',
      cells: [
        ['Totale formatie (fte)', 162.3, null, null],
        [null, null, null, null],
        ['Cluster', 'Formatie', 'Referentiegroep', 'Afwijking'],
        [null, '(fte)', '(% van totaal)', '(fte)'],
        ['Juridische Zaken', 3.69, 0.016, 1.1],
        ['Communicatie', 2.76, 0.023, -0.9],
      ],
    });
    expect(result.columns.map((c) => c.role)).toEqual(['cluster', 'fte', 'fte.share', 'fte.delta']);
    expect(result.clusters.map((c) => c.name)).toEqual(['Juridische Zaken', 'Communicatie']);
    expect(result.clusters[0]?.fte?.norm).toBeCloseTo(0.016 * 162.3, 9);
    expect(result.warnings.filter((w) => w.message.includes('geen getal'))).toEqual([]);
  });
});
