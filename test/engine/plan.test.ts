// The write plan's formulas, evaluated by a real formula engine (HyperFormula), give the
// engine's numbers cell by cell — on the worked example, after a what-if edit, and with a
// zero norm — and the plan's parts sit one below another, each after the one above.
import { a1 } from '../../src/engine/core/address';
import { compute, prepare } from '../../src/engine/benchmark/analyse';
import { buildPlan } from '../../src/engine/benchmark/plan';
import { type WritePlan } from '../../src/plan/format';
import type { AnalysisResult } from '../../src/engine/benchmark/types';
import type { CellGrid, CellValue } from '../../src/engine/core/types';
import { evaluatePlan } from '../support/hyperformula';
import { HEEMSTEDE_HEADER, HEEMSTEDE_ROWS, heemstedeGrid } from '../fixtures/heemstede';

function planFor(grid: CellGrid, options = {}): { plan: WritePlan; result: AnalysisResult } {
  const prepared = prepare({ table: grid }, options);
  if (!prepared.ok) throw new Error(prepared.message);
  const result = compute(prepared.table, options);
  return { plan: buildPlan({ table: prepared.table, result, grid, options }), result };
}

function expectSame(actual: unknown, expected: unknown) {
  if (expected === '#N/A') {
    // A chart's series cell that holds no bar: the error value, which charts do not draw.
    expect((actual as { value?: unknown } | null)?.value).toBe('#N/A');
  } else if (typeof expected === 'number') {
    expect(typeof actual).toBe('number');
    // HyperFormula rounds results to about ten significant digits.
    expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
  } else {
    expect(actual).toEqual(expected);
  }
}

/** Every planned cell evaluates to the value the engine put in the plan. */
function checkAll(grid: CellGrid, plan: WritePlan, blocks = true) {
  const sheet = evaluatePlan(grid, plan);
  try {
    for (const column of plan.columns) {
      for (const cell of column.cells) expectSame(sheet.value(a1(column.col, cell.row)), cell.value ?? null);
    }
    for (const cell of blocks ? plan.cells : []) {
      if (cell.formula) expectSame(sheet.value(a1(cell.col, cell.row)), cell.value);
    }
  } finally {
    sheet.destroy();
  }
}

describe('write plan on the worked example', () => {
  const grid = heemstedeGrid();
  const { plan, result } = planFor(grid);

  test('columns sit right of the table, with Dutch headers and invariant number formats', () => {
    expect(plan.columns.map((c) => [a1(c.col, plan.headerRow), c.header, c.numberFormat])).toEqual([
      ['F4', 'Categorie', null],
      ['G4', 'Norm fte', '0.0'],
      ['H4', 'Δ fte', '+0.0;-0.0;0.0'],
      ['I4', 'Δ% fte', '+0%;-0%;0%'],
      ['J4', 'Klasse fte', null],
      ['K4', 'Norm kosten', '#,##0'],
      ['L4', 'Δ kosten', '+#,##0;-#,##0;0'],
      ['M4', 'Δ% kosten', '+0%;-0%;0%'],
      ['N4', 'Klasse kosten', null],
      ['O4', 'Kosten per fte', '#,##0'],
      ['P4', 'Norm kosten per fte', '#,##0'],
    ]);
  });

  test('formulas are traceable: over the input cells and the named parameters', () => {
    const norm = plan.columns.find((c) => c.key === 'fte.norm');
    expect(norm?.cells[0]).toEqual({
      row: 5,
      formula: 'IF(ISNUMBER(C5),C5*IJK_Benchmark_TotaleFormatie,"")',
      value: expect.closeTo(2.5968, 4),
    });
    expect(plan.names.find((n) => n.name === 'IJK_Benchmark_TotaleFormatie')).toEqual({
      name: 'IJK_Benchmark_TotaleFormatie',
      ref: '$S$6',
    });
    // The total formation came from the labelled cell B2: the parameter block points at it.
    expect(plan.cells.find((c) => c.row === 6 && c.col === 18)).toMatchObject({ formula: 'B2', value: 162.3 });
  });

  test('the variance chart reads a block sorted by Δ €, a named series per sign coloured by its tone', () => {
    const variance = plan.charts.find((c) => c.kind === 'varianceBar');
    expect(variance?.title).toBe('Afwijking kosten per cluster (€)');
    expect(variance?.categories).toBe('R21:R27');
    expect(variance?.series).toEqual([
      { name: 'Hoger dan norm', nameRef: 'V20', values: 'V21:V27' },
      { name: 'Lager dan norm', nameRef: 'W20', values: 'W21:W27' },
      { name: 'Nagenoeg gelijk', nameRef: 'X20', values: 'X21:X27' },
    ]);
    // Costs: higher is unfavourable (red), lower favourable (green), about equal grey.
    expect(variance?.seriesTones).toEqual(['unfavourable', 'favourable', 'similar']);
    expect(variance?.labelFormat).toBe('+#,##0;-#,##0;0');
    const header = (address: string) => plan.cells.find((c) => a1(c.col, c.row) === address)?.value;
    expect(['V20', 'W20', 'X20'].map(header)).toEqual(['Hoger dan norm', 'Lager dan norm', 'Nagenoeg gelijk']);
    const names = plan.cells.filter((c) => c.col === 17 && c.row >= 21 && c.row <= 27).map((c) => c.value);
    expect(names).toEqual([
      'Inkoop',
      'Juridische Zaken',
      'Informatisering en Automatisering',
      'Facilitaire dienst',
      'Personeel & Organisatie',
      'Communicatie',
      'Financiën & Control',
    ]);
    const percent = plan.charts.find((c) => c.kind === 'percentBar');
    expect(percent?.series.map((s) => s.values)).toEqual(['Y21:Y27', 'Z21:Z27', 'AA21:AA27']);
    expect(plan.charts.map((c) => c.kind)).toEqual(['varianceBar', 'percentBar', 'ownVsNorm']);
    expect(plan.charts[2]?.series).toEqual([
      { name: 'Kosten', nameRef: 'W14', values: 'W15:W15' },
      { name: 'Norm', nameRef: 'X14', values: 'X15:X15' },
    ]);
  });

  test('the chart block follows an edit: +2 % becoming +12 % moves the bar to the top and from grey to red', () => {
    const sheet = evaluatePlan(grid, plan);
    const bar = (row: number) => ['R', 'S', 'V', 'W', 'X'].map((c) => sheet.value(`${c}${row}`));
    const na = expect.objectContaining({ value: '#N/A' });
    // Informatisering en Automatisering: +€ 47.548 (+2 %), nagenoeg gelijk, third.
    expect(bar(23)).toEqual(['Informatisering en Automatisering', 47548, na, na, 47548]);
    sheet.set('D10', 2_028_168 + 200_000);
    expect(sheet.value('M10')).toBeCloseTo(247_548 / 1_980_620, 9);
    expect(bar(21)).toEqual(['Informatisering en Automatisering', 247548, 247548, na, na]);
    expect(bar(22)).toEqual(['Inkoop', 109074, 109074, na, na]);
    expect(sheet.value('R27')).toBe('Financiën & Control');
    // A cluster whose deviation can no longer be computed leaves the chart: the last row empties.
    sheet.set('D6', 'onbekend');
    expect(['R27', 'S27'].map((a) => sheet.value(a))).toEqual(['', '']);
    expect(sheet.value('X27')).toEqual(na);
    sheet.destroy();
  });

  test('equal deviations keep table order instead of sharing a rank', () => {
    const sheet = evaluatePlan(grid, plan);
    // Communicatie's Δ becomes +€ 78.988, exactly Juridische Zaken's (row 5, above it).
    sheet.set('D8', 193_683 + 78_988);
    sheet.set('E8', 193_683);
    const names = [21, 22, 23, 24, 25, 26, 27].map((r) => sheet.value(`R${r}`));
    expect(names.slice(0, 3)).toEqual(['Inkoop', 'Juridische Zaken', 'Communicatie']);
    expect(new Set(names).size).toBe(7);
    sheet.destroy();
  });

  test('a real formula engine computes exactly the engine numbers, cell by cell', () => {
    checkAll(grid, plan);
  });

  test('the summary block sums the overhead clusters', () => {
    const sheet = evaluatePlan(grid, plan);
    const overheadRow = plan.cells.find((c) => c.value === 'De 7 overheadclusters in deze tabel')?.row ?? 0;
    expect(plan.cells.some((c) => c.value === 'Primair proces' || c.value === 'Totaal')).toBe(false);
    expect(sheet.value(a1(18, overheadRow))).toBeCloseTo(result.totals.overhead?.fte?.own ?? NaN, 9);
    expect(sheet.value(a1(24, overheadRow))).toBeCloseTo(89483, 6);
    sheet.destroy();
  });

  test('a what-if edit of an fte cell recalculates the deviation, class and summary natively', () => {
    const sheet = evaluatePlan(grid, plan);
    sheet.set('B10', 11.74); // Informatisering en Automatisering +2 fte
    expect(sheet.value('H10')).toBeCloseTo(11.74 - 0.069 * 162.3, 9);
    expect(sheet.value('J10')).toBe('nagenoeg gelijk');
    const overheadRow = plan.cells.find((c) => c.value === 'De 7 overheadclusters in deze tabel')?.row ?? 0;
    expect(sheet.value(a1(20, overheadRow))).toBeCloseTo((result.totals.overhead?.fte?.delta ?? NaN) + 2, 9);
    sheet.destroy();
  });
});

describe('write plan edge cases', () => {
  test('a zero norm shows n.v.t. instead of an error, in the plan and in the formula engine', () => {
    const cells: CellValue[][] = [
      ['Cluster', 'Formatie', 'Norm fte'],
      ['Nieuw team', 2, 0],
      ['Inkoop', 3, 2.5],
    ];
    const grid: CellGrid = { sheet: 'Blad 1', topLeft: 'A1', cells };
    const { plan } = planFor(grid);
    const pct = plan.columns.find((c) => c.key === 'fte.deltaPct');
    expect(pct?.cells.map((c) => c.value)).toEqual(['n.v.t.', expect.closeTo(0.2, 12)]);
    checkAll(grid, plan);
  });

  test('sections and total rows get no formulas; groups are summed by category', () => {
    const cells: CellValue[][] = [
      ['Cluster', 'Formatie', 'Norm fte', 'Kosten', 'Kostennorm'],
      ['Primair proces', null, null, null, null],
      ['Sociaal domein', 20, 22, 2_000_000, 2_400_000],
      ['Openbare ruimte', 15, 14, 1_500_000, 1_400_000],
      ['Overhead', null, null, null, null],
      ['Financiën', 8, 9, 700_000, 800_000],
      ['Totaal', 43, 45, 4_200_000, 4_600_000],
    ];
    const grid: CellGrid = { sheet: 'S', topLeft: 'B3', cells };
    const { plan, result } = planFor(grid);
    const delta = plan.columns.find((c) => c.key === 'costs.delta');
    expect(delta?.cells.map((c) => c.formula === null)).toEqual([true, false, false, true, false, true]);
    expect(result.totals.primair?.costs?.delta).toBe(-300_000);
    checkAll(grid, plan);
  });

  test('English headers and class labels when the user chose English', () => {
    const grid = heemstedeGrid();
    const { plan } = planFor(grid, { language: 'en' });
    expect(plan.columns[1]?.header).toBe('Norm FTE');
    expect(plan.columns.find((c) => c.key === 'costs.class')?.cells[2]?.value).toBe('much higher');
    checkAll(grid, plan);
  });

  test('numbers typed as text: a warning naming the cell; the columns show what the formulas compute', () => {
    const cells: CellValue[][] = [
      ['Cluster', 'Formatie', '% van totale formatie'],
      ['Inkoop', '0,4', 0.003],
      ['Communicatie', 2.76, 0.023],
    ];
    const grid: CellGrid = { sheet: 'S', topLeft: 'A1', cells };
    const { plan } = planFor(grid, { totalFte: 162.3 });
    expect(plan.warnings).toEqual([{ cell: 'B2', message: expect.stringContaining('Cel B2 bevat tekst ("0,4")') }]);
    // The summary's cached figures are the engine's (which reads "0,4"); Excel recalculates
    // them without that cell, which is what the warning tells the user.
    checkAll(grid, plan, false);
    expect(plan.columns.find((c) => c.key === 'fte.delta')?.cells[0]?.value).toBe('');
  });
});

describe('write plan layout', () => {
  /** The worked example with only some of its columns (cluster first), as a table from `topLeft`. */
  function columnsOf(cols: readonly number[], topLeft: string, sheet: string): CellGrid {
    const pick = (row: readonly CellValue[]) => cols.map((c) => row[c] ?? null);
    return { sheet, topLeft, cells: [pick(HEEMSTEDE_HEADER), ...HEEMSTEDE_ROWS.map(pick)] };
  }

  test('only costs: four deviation columns, a summary of one measure, the charts side by side below', () => {
    const grid = columnsOf([0, 3, 4], 'C3', "Kost'en");
    const { plan } = planFor(grid);
    expect(plan.columns.map((c) => [c.key, a1(c.col, plan.headerRow)])).toEqual([
      ['category', 'F3'],
      ['costs.norm', 'G3'],
      ['costs.delta', 'H3'],
      ['costs.deltaPct', 'I3'],
      ['costs.class', 'J3'],
    ]);
    expect(plan.names[0]).toEqual({ name: 'IJK_Kost_en_Inwoners', ref: '$M$4' });
    const summary = plan.cells.filter((c) => c.row === 13).map((c) => [a1(c.col, c.row), c.value]);
    expect(summary).toEqual([
      ['L13', 'Samenvatting IJkpunt'],
      ['M13', 'Kosten'],
      ['N13', 'Norm'],
      ['O13', 'Δ'],
      ['P13', 'Δ%'],
      // The sentences block beside the summary, one blank column between.
      ['R13', 'Zinnen en aandachtspunten IJkpunt'],
    ]);
    expect(plan.charts.map((c) => [c.kind, c.anchor, c.categories, c.series.map((s) => s.values)])).toEqual([
      ['varianceBar', 'L28', 'L20:L26', ['P20:P26', 'Q20:Q26', 'R20:R26']],
      ['percentBar', 'U28', 'L20:L26', ['S20:S26', 'T20:T26', 'U20:U26']],
      ['ownVsNorm', 'AD28', 'L14:L14', ['M14:M14', 'N14:N14']],
    ]);
    // The chart block has a box of its own: the cells right of the summary and sentences stay the user's.
    expect(plan.owned).toEqual(['F3:J10', 'L3:R17', 'L19:Y26']);
    checkAll(grid, plan);
  });

  test('only fte: the charts show fte; no costs per fte', () => {
    const grid = columnsOf([0, 1, 2], 'A1', 'Alleen fte');
    const { plan } = planFor(grid, { totalFte: 162.3 });
    expect(plan.columns.map((c) => c.key)).toEqual(['category', 'fte.norm', 'fte.delta', 'fte.deltaPct', 'fte.class']);
    expect(plan.charts[0]).toMatchObject({ title: 'Δ fte', categories: 'J18:J24' });
    expect(plan.charts[0]?.series.map((s) => s.values)).toEqual(['N18:N24', 'O18:O24', 'P18:P24']);
    // fte has no direction by default: every bar grey.
    expect(plan.charts[0]?.seriesTones).toEqual(['similar', 'similar', 'similar']);
    expect(plan.owned).toEqual(['D1:H8', 'J1:P15', 'J17:W24']);
    checkAll(grid, plan);
  });

  test('the blocks’ label column is wide enough to read its labels', () => {
    const { plan } = planFor(heemstedeGrid());
    expect(plan.widths).toEqual([{ col: 17, chars: 26 }]);
    expect(plan.cells.filter((c) => c.col === 17).every((c) => c.row >= plan.headerRow)).toBe(true);
  });

  test('at most 30 bars: the largest deviations, largest first; the block reserves every row', () => {
    const cells: CellValue[][] = [['Cluster', 'Formatie', 'Norm fte', 'Kosten', 'Kostennorm']];
    for (let i = 0; i < 45; i += 1) cells.push([`Cluster ${i}`, 2, 2, 1000 + i * 10, 1000]);
    const grid: CellGrid = { sheet: 'Veel', topLeft: 'A1', cells };
    const { plan } = planFor(grid);
    const variance = plan.charts.find((c) => c.kind === 'varianceBar');
    expect(variance?.categories).toBe('R16:R45');
    const names = plan.cells.filter((c) => c.col === 17 && c.row >= 16).map((c) => c.value);
    expect(names).toEqual(Array.from({ length: 30 }, (_, i) => `Cluster ${44 - i}`));
    expect(plan.owned.slice(1)).toEqual(['R1:AB13', 'R15:AE45']);
    expect(variance?.anchor).toBe('R47');
  });

  test('without any Δ to chart, the chart-data block keeps one empty row', () => {
    const cells: CellValue[][] = [
      ['Cluster', 'Formatie', 'Norm fte', 'Kosten', 'Kostennorm'],
      ['A', 2, 2, 'x', 90],
      ['B', 1, 1, null, 210],
    ];
    const { plan } = planFor({ sheet: 'S', topLeft: 'A1', cells });
    expect(plan.cells.filter((c) => c.row >= 15).map((c) => [a1(c.col, c.row), c.value])).toEqual(
      [
        'Grafiekgegevens (gesorteerd)',
        'Δ kosten',
        'Δ% kosten',
        'Teken',
        'Hoger dan norm',
        'Lager dan norm',
        'Nagenoeg gelijk',
        'Hoger dan norm (%)',
        'Lager dan norm (%)',
        'Nagenoeg gelijk (%)',
        'Per cluster (tabelvolgorde)',
        'Δ kosten',
        'Δ% kosten',
        'Rang',
      ].map((h, i) => [a1(17 + i, 15), h]),
    );
    expect(plan.charts[0]).toMatchObject({ categories: 'R16:R16', anchor: 'R18' });
    expect(plan.owned.slice(1)).toEqual(['R1:AB13', 'R15:AE16']);
  });

  test('a total too long for one Excel formula is written as the engine’s figure', () => {
    const cells: CellValue[][] = [['Cluster', 'Formatie', 'Norm fte']];
    for (let i = 0; i < 1600; i += 1)
      cells.push([i % 2 === 0 ? 'Primair proces' : 'Overhead', null, null], [`C${i}`, 1, 1]);
    const { plan, result } = planFor({ sheet: 'Groot', topLeft: 'A1', cells });
    const total = plan.cells.find((c) => a1(c.col, c.row) === 'K3');
    expect(total).toMatchObject({ formula: null, value: result.parameters.totalFte });
    expect(result.parameters.sources.totalFte).toEqual({ kind: 'sumOfFte' });
  });
});

describe('the charts cover none of the user’s cells', () => {
  test('a note where the charts would go moves them below it; without it they stay', () => {
    const grid = heemstedeGrid();
    const { plan } = planFor(grid);
    const variance = plan.charts.find((c) => c.kind === 'varianceBar');
    const anchor = /^([A-Z]+)(\d+)$/.exec(variance?.anchor ?? '');
    const [col, row] = [anchor?.[1] ?? '', Number(anchor?.[2])];
    // The user's note three rows into where the Δ% chart would be (grid rows are 1-based: row − 1).
    const noteRow = row + 3;
    const noteCol = (plan.charts[1] ? /^([A-Z]+)/.exec(plan.charts[1].anchor)?.[1] : col) ?? col;
    const colIndex = [...noteCol].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const cells = grid.cells.map((r) => [...r]);
    while (cells.length < noteRow) cells.push([]);
    const target = cells[noteRow - 1] as CellValue[];
    while (target.length <= colIndex) target.push(null);
    target[colIndex] = 'Navragen bij P&O';
    const moved = planFor({ ...grid, cells }).plan.charts;
    for (const chart of moved) {
      const top = Number(/\d+$/.exec(chart.anchor)?.[0]);
      expect(top).toBeGreaterThan(noteRow);
    }
    expect(moved.map((c) => c.anchor.replace(/\d+$/, ''))).toEqual(
      plan.charts.map((c) => c.anchor.replace(/\d+$/, '')),
    );
  });
});
