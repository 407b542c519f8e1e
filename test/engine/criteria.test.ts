// The cooperation criteria (DOMAIN §5): the council memo's example with a constructed baseline
// 2018–2020, the MTO figures of the memo, status boundaries, missing data, Dutch numbers, the
// wide template format, and the write plan evaluated by a real formula engine.
import { a1 } from '../../src/engine/core/address';
import {
  inferDirection,
  scoreCriteria,
  statusOf,
  verdictOf,
  type CriteriaResult,
} from '../../src/engine/criteria/score';
import { parseYearLabel, parseYearList, readCriteriaTable } from '../../src/engine/criteria/input';
import { buildCriteriaPlan } from '../../src/engine/criteria/plan';
import {
  BUSINESS_CRITERIA,
  buildCriteriaTemplate,
  SHARED_TEAMS,
  SUGGESTED_INDICATORS,
} from '../../src/engine/criteria/template';
import { buildFactsheetPlans, factsheetSheetName, headingOf } from '../../src/engine/criteria/factsheet';
import type { WritePlan } from '../../src/plan/format';
import type { CellGrid, CellValue } from '../../src/engine/core/types';
import { SAMENWERKING_FACTSHEETS, samenwerkingGrid, samenwerkingNumericGrid } from '../fixtures/samenwerking';
import { evaluatePlan, evaluatePlans } from '../support/hyperformula';

function score(grid: CellGrid, options = {}): CriteriaResult {
  const outcome = scoreCriteria(grid, options);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.result;
}

function indicator(result: CriteriaResult, team: string, name: string) {
  const found = result.teams.find((t) => t.team === team)?.indicators.find((i) => i.indicator === name);
  if (!found) throw new Error(`${team} / ${name} missing`);
  return found;
}

const HEADER = ['Team', 'Criterium', 'Indicator', 'Jaar', 'Waarde', 'Richting', 'Gewicht', 'Toelichting'];

function longGrid(rows: CellValue[][], sheet = 'Criteria'): CellGrid {
  return { sheet, topLeft: 'A1', cells: [HEADER, ...rows.map((r) => [...r, ...Array(8 - r.length).fill(null)])] };
}

describe('the council memo example (baseline 2018–2020, measured 2021)', () => {
  const result = score(samenwerkingGrid());

  test('Informatisering: the sentence of the issue, from Dutch numbers typed as text', () => {
    const personnel = indicator(result, 'Informatisering', 'Personeelskosten');
    expect(personnel.baseline).toBe(1_050_000);
    expect(personnel.latest).toBe(1_113_000);
    expect(personnel.latestYear).toBe('Jaarrekening 2021');
    expect(personnel.change).toBe(63_000);
    expect(personnel.changePct).toBeCloseTo(0.06, 10);
    expect(personnel.direction).toBe('lower');
    expect(personnel.status).toBe('verslechterd');
    const hired = indicator(result, 'Informatisering', 'Inhuur');
    expect(hired.baseline).toBe(250_000);
    expect(hired.changePct).toBeCloseTo(-0.46, 10);
    expect(hired.status).toBe('verbeterd');
    expect(result.sentences[0]).toBe(
      'Informatisering: personeelskosten +6% t.o.v. nul-lijn 2018–2020 (verslechterd); inhuur −46% (verbeterd); ' +
        "formatie (fte) +2% (gelijk); MTO: samenwerking met collega's van de andere gemeente +11% (verbeterd).",
    );
  });

  test('per team: counts, criteria measured, weighted score and verdict', () => {
    const summary = (team: string) => result.teams.find((t) => t.team === team)?.summary;
    expect(summary('Informatisering')).toEqual({
      counts: { verbeterd: 2, gelijk: 1, verslechterd: 1, 'onvoldoende gegevens': 0 },
      criteria: 2,
      criteriaMeasured: 2,
      score: 0.25,
      verdict: 'overwegend verbeterd',
      explanationsMissing: 1,
    });
    expect(summary('Personeel & Organisatie')?.verdict).toBe('per saldo gelijk');
    // Only the baseline is there: no status, and no verdict without evidence.
    expect(summary('Communicatie')).toMatchObject({
      counts: { 'onvoldoende gegevens': 2 },
      criteriaMeasured: 0,
      score: null,
      verdict: 'onvoldoende gegevens',
    });
    // The weight 2 on Handhaving's measured indicator does not matter alone: the score is +1.
    expect(summary('Handhaving')).toMatchObject({ criteria: 2, criteriaMeasured: 1, score: 1 });
    expect(result.sentences).toContain(
      'Informatisering: 2 verbeterd, 1 gelijk, 1 verslechterd; 2 van 2 criteria gemeten, score +0,25: overwegend verbeterd.',
    );
    expect(result.sentences).toContain(
      'Communicatie: 0 van 2 criteria gemeten: onvoldoende gegevens voor een oordeel.',
    );
  });

  test('exactly 5 % is "gelijk"; the baseline is the mean of the years present', () => {
    const po = indicator(result, 'Personeel & Organisatie', 'Personeelskosten');
    expect(po.changePct).toBeCloseTo(0.05, 12);
    expect(po.status).toBe('gelijk');
    const hired = indicator(result, 'Personeel & Organisatie', 'Inhuur');
    expect(hired.baselineValues.map((v) => v.label)).toEqual(['Begroting 2020']);
    expect(hired.baseline).toBe(60_000);
    expect(hired.status).toBe('verbeterd');
  });

  test('a cost rise beyond the tolerance without an explanation is flagged, with the cell', () => {
    expect(indicator(result, 'Informatisering', 'Personeelskosten').explanationMissing).toBe(true);
    // Materiële kosten of P&O rose 25 % but carry an explanation.
    const material = indicator(result, 'Personeel & Organisatie', 'Materiële kosten');
    expect(material.status).toBe('verslechterd');
    expect(material.explanationMissing).toBe(false);
    expect(material.notes).toEqual(['Nieuw e-HRM-systeem voor beide gemeenten (eenmalig)']);
    expect(result.warnings).toContainEqual({
      cell: 'E7',
      message:
        'Informatisering, Personeelskosten: +6% t.o.v. de nul-lijn zonder toelichting. De raad vraagt een toelichting wanneer het takenpakket groeide.',
    });
    expect(result.sentences[result.sentences.length - 1]).toBe(
      'Toelichting gevraagd bij kostenstijgingen boven de tolerantie: Informatisering (personeelskosten).',
    );
  });

  test('an indicator whose direction cannot be inferred asks for the Richting column', () => {
    const checks = indicator(result, 'Handhaving', 'Aantal controles');
    expect(checks.status).toBe('onvoldoende gegevens');
    expect(checks.missing).toBe('direction');
    expect(result.warnings.some((w) => w.message.startsWith('Handhaving, Aantal controles (F48)'))).toBe(true);
  });

  test('lower-is-better inferred for a lead time; higher stated in the table for a percentage', () => {
    expect(indicator(result, 'Financiële Administratie', 'Doorlooptijd facturen (dagen)')).toMatchObject({
      direction: 'lower',
      status: 'verslechterd',
    });
    const handled = indicator(result, 'Handhaving', 'Meldingen binnen termijn afgehandeld');
    expect(handled.directionStated).toBe(true);
    expect(handled.weight).toBe(2);
    expect(handled.baseline).toBeCloseTo((0.82 + 0.85 + 0.84) / 3, 12);
  });
});

describe('the MTO figures of the council memo (scale 1–10)', () => {
  // "samenwerking met collega's van de andere gemeente" 5,7 (2016) → 6,66 (2017, all staff);
  // "toegevoegde waarde van de samenwerking" 5,1 → 6,36; baseline 2016.
  const grid = longGrid([
    [
      'Bedrijfsvoering',
      '4. Ontwikkelingsmogelijkheden personeel',
      "Samenwerking met collega's van de andere gemeente",
      2016,
      '5,7',
    ],
    [
      'Bedrijfsvoering',
      '4. Ontwikkelingsmogelijkheden personeel',
      "Samenwerking met collega's van de andere gemeente",
      2017,
      '6,66',
    ],
    [
      'Bedrijfsvoering',
      '4. Ontwikkelingsmogelijkheden personeel',
      'Toegevoegde waarde van de samenwerking',
      2016,
      '5,1',
    ],
    [
      'Bedrijfsvoering',
      '4. Ontwikkelingsmogelijkheden personeel',
      'Toegevoegde waarde van de samenwerking',
      2017,
      '6,36',
    ],
  ]);

  test('both scores improved beyond the tolerance', () => {
    const result = score(grid, { baselineYears: [2016] });
    const together = result.teams[0]?.indicators[0];
    expect(together?.changePct).toBeCloseTo(0.96 / 5.7, 10);
    expect(together?.status).toBe('verbeterd');
    expect(result.teams[0]?.indicators[1]?.changePct).toBeCloseTo(1.26 / 5.1, 10);
    expect(result.sentences[0]).toBe(
      "Bedrijfsvoering: samenwerking met collega's van de andere gemeente +17% t.o.v. nul-lijn 2016 (verbeterd); toegevoegde waarde van de samenwerking +25% (verbeterd).",
    );
  });

  test('with the default baseline 2018–2020 there is no baseline: insufficient data, no verdict', () => {
    const result = score(grid);
    expect(result.teams[0]?.indicators.map((i) => [i.status, i.missing])).toEqual([
      ['onvoldoende gegevens', 'baseline'],
      ['onvoldoende gegevens', 'baseline'],
    ]);
    expect(result.teams[0]?.summary.verdict).toBe('onvoldoende gegevens');
  });

  test('in English', () => {
    const result = score(grid, { baselineYears: [2016], language: 'en' });
    expect(result.sentences[1]).toBe(
      'Bedrijfsvoering: 2 improved; 1 of 1 criterion measured, score +1.00: mostly improved.',
    );
  });
});

describe('status boundaries and the rules behind them', () => {
  test.each([
    [100, 104.9, 'lower', 'gelijk'],
    [100, 105, 'lower', 'gelijk'],
    [100, 105.1, 'lower', 'verslechterd'],
    [100, 94.9, 'lower', 'verbeterd'],
    [100, 95, 'higher', 'gelijk'],
    [100, 94.9, 'higher', 'verslechterd'],
    [0, 0, 'lower', 'gelijk'],
    [0, 3, 'lower', 'verslechterd'],
    [-200, -180, 'higher', 'verbeterd'],
  ] as const)('baseline %p → %p (%s is better): %s', (baseline, latest, direction, expected) => {
    expect(statusOf(baseline, latest, direction, 0.05).status).toBe(expected);
  });

  test('a zero baseline has no relative change', () => {
    expect(statusOf(0, 3, 'lower', 0.05)).toMatchObject({ change: 3, changePct: null });
  });

  test('verdict: fewer than half the criteria measured gives none; the band is inclusive', () => {
    expect(verdictOf(1, 3, 1)).toBe('onvoldoende gegevens');
    expect(verdictOf(1, 2, 1)).toBe('overwegend verbeterd');
    expect(verdictOf(0.25, 2, 2)).toBe('overwegend verbeterd');
    expect(verdictOf(0.24, 2, 2)).toBe('per saldo gelijk');
    expect(verdictOf(-0.25, 2, 2)).toBe('overwegend verslechterd');
  });

  test('directions inferred from the indicator', () => {
    expect(inferDirection('Inhuur derden')).toBe('lower');
    expect(inferDirection('Formatie (fte)')).toBe('lower');
    expect(inferDirection('Materiële lasten')).toBe('lower');
    expect(inferDirection('MTO-score')).toBe('higher');
    expect(inferDirection('Klanttevredenheid')).toBe('higher');
    expect(inferDirection('Aantal controles')).toBeNull();
  });

  test('year labels', () => {
    expect(parseYearLabel('Begroting 2020')).toEqual({ year: 2020, kind: 'begroting', label: 'Begroting 2020' });
    expect(parseYearLabel('Jaarrekening 2021')).toMatchObject({ year: 2021, kind: 'jaarrekening' });
    expect(parseYearLabel('2020 (begroting)')).toMatchObject({ year: 2020, kind: 'begroting' });
    expect(parseYearLabel(2019)).toMatchObject({ year: 2019, kind: 'plain' });
    expect(parseYearLabel('Kwartaal 3 2020')).toBeNull();
    expect(parseYearLabel('12')).toBeNull();
  });

  test('baseline years as typed in an option or a field', () => {
    expect(parseYearList('2018, 2019, 2020')).toEqual([2018, 2019, 2020]);
    expect(parseYearList('2018–2020')).toEqual([2018, 2019, 2020]);
    expect(parseYearList('2016')).toEqual([2016]);
    expect(parseYearList('2020-2018')).toBeNull();
    expect(parseYearList('vorig jaar')).toBeNull();
    expect(parseYearList('')).toBeNull();
  });
});

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

function expectSameValue(actual: unknown, expected: unknown, where: string) {
  if (typeof expected === 'number') {
    expect([where, typeof actual]).toEqual([where, 'number']);
    expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(expected)));
  } else expect([where, actual]).toEqual([where, expected ?? '']);
}

function checkPlan(grid: CellGrid, plan: WritePlan) {
  const sheet = evaluatePlan(grid, plan);
  try {
    for (const cell of plan.cells)
      if (cell.formula) expectSameValue(sheet.value(a1(cell.col, cell.row)), cell.value, a1(cell.col, cell.row));
  } finally {
    sheet.destroy();
  }
}

const numericGrid = samenwerkingNumericGrid;

describe('the write plan beside the criteria table', () => {
  const grid = numericGrid();
  const result = score(grid);
  const { plan, rows } = buildCriteriaPlan({ result, grid, language: 'nl' });

  test('results block right of the table, one row per team and indicator', () => {
    expect(plan.cells.filter((c) => c.row === 3).map((c) => [a1(c.col, c.row), c.value])).toEqual([
      ['J3', 'Team'],
      ['K3', 'Criterium'],
      ['L3', 'Indicator'],
      ['M3', 'Richting'],
      ['N3', 'Gewicht'],
      ['O3', 'Tolerantie'],
      ['P3', 'Nul-lijn'],
      ['Q3', 'Laatste jaar'],
      ['R3', 'Laatste waarde'],
      ['S3', 'Verandering'],
      ['T3', 'Verandering %'],
      ['U3', 'Status'],
      ['V3', 'Toelichting ontbreekt'],
    ]);
    const personnel = indicator(result, 'Informatisering', 'Personeelskosten');
    expect(rows.get(personnel)).toBe(4);
    const at = (address: string) => plan.cells.find((c) => a1(c.col, c.row) === address);
    expect(at('P4')).toMatchObject({ formula: 'AVERAGE(E4,E5,E6)', value: 1_050_000 });
    expect(at('R4')).toMatchObject({ formula: 'E7', value: 1_113_000 });
    expect(at('O4')?.formula).toBe('IJK_Toetsingscriteria_Tolerantie');
    expect(plan.warnings).toEqual([]);
    expect(plan.owned).toEqual(['J3:V45']);
    expect(plan.charts[0]).toMatchObject({
      kind: 'statusStacked',
      categories: 'J22:J27',
      seriesTones: ['favourable', 'similar', 'unfavourable', 'missing'],
    });
  });

  test('every formula evaluates to the engine value (HyperFormula)', () => {
    checkPlan(grid, plan);
    const english = buildCriteriaPlan({ result: score(grid, { language: 'en' }), grid, language: 'en' }).plan;
    checkPlan(grid, english);
  });

  test('a what-if edit of a measured value changes status, counts, score and verdict', () => {
    const sheet = evaluatePlan(grid, plan);
    try {
      expect([sheet.value('U4'), sheet.value('V4'), sheet.value('K22'), sheet.value('R22')]).toEqual([
        'verslechterd',
        'ja',
        2,
        'overwegend verbeterd',
      ]);
      sheet.set('E7', 1_060_000); // personnel costs 2021: +1 % instead of +6 %
      expect([sheet.value('U4'), sheet.value('V4'), sheet.value('L22'), sheet.value('M22')]).toEqual([
        'gelijk',
        '',
        2,
        0,
      ]);
      expect(sheet.value('Q22')).toBeCloseTo(0.5, 10);
      sheet.set('H7', 'Uitbreiding informatiebeveiliging');
      sheet.set('E7', 1_200_000);
      expect([sheet.value('U4'), sheet.value('V4')]).toEqual(['verslechterd', '']);
    } finally {
      sheet.destroy();
    }
  });

  test('numbers typed as text are written as values, with a warning naming the cell', () => {
    const textual = samenwerkingGrid();
    const withText = buildCriteriaPlan({ result: score(textual), grid: textual, language: 'nl' }).plan;
    expect(withText.warnings[0]?.cell).toBe('E5');
    expect(withText.cells.find((c) => a1(c.col, c.row) === 'P4')).toMatchObject({ formula: null, value: 1_050_000 });
    checkPlan(textual, withText);
  });
});

describe('factsheets', () => {
  const grid = numericGrid();
  const result = score(grid);
  const criteria = buildCriteriaPlan({ result, grid, language: 'nl' });
  const sheets = buildFactsheetPlans(result, criteria, 'nl');

  test('a sheet per team with headings A–F, within Excel’s sheet-name limits', () => {
    expect(sheets.map((s) => s.sheet)).toEqual(SAMENWERKING_FACTSHEETS);
    expect(factsheetSheetName('Ruimte/Wonen: [beleid]')).toBe('Factsheet Ruimte Wonen beleid');
    const headings = sheets[0]?.cells.filter((c) => c.col === 0 && c.bold && /^[A-F]\. /.test(String(c.value)));
    expect(headings?.map((c) => c.value)).toEqual([
      'A. Mate van integratie',
      'B. Kwalitatieve opbrengst',
      'C. Kwantitatieve opbrengst',
      'D. Kosten',
      'E. Vooruitblik',
      'F. Wat het inwoners oplevert',
    ]);
  });

  test('measured results under their heading, explanations carried over, advisor rows left free', () => {
    const info = sheets[0] as WritePlan;
    const kosten = info.cells.filter((c) => c.col === 0 && !c.bold && c.formula?.includes("'Toetsingscriteria'!"));
    expect(kosten.map((c) => c.value)).toEqual([
      "MTO: samenwerking met collega's van de andere gemeente",
      'Formatie (fte)',
      'Personeelskosten',
      'Inhuur',
    ]);
    expect(headingOf(indicator(result, 'Informatisering', 'Inhuur'))).toBe('D');
    const hired = info.cells.find(
      (c) => c.col === 5 && c.value === 'Vaste formatie vervult nu de functioneel beheerders',
    );
    expect(hired?.formula).toBe("TRIM('Toetsingscriteria'!$H$11)");
    // Owned: only the rows IJkpunt writes; the three rows under each heading are the advisor's.
    expect(info.owned).toContain('A5:A5');
    expect(info.owned.some((r) => r.startsWith('A6:') || r.startsWith('A7:'))).toBe(false);
    expect(info.cells[2]).toMatchObject({ value: 'Oordeel IJkpunt: overwegend verbeterd' });
  });

  test('every reference evaluates to the scorecard across sheets, and follows an edit', () => {
    const book = evaluatePlans([grid], [criteria.plan, ...sheets]);
    try {
      for (const plan of sheets)
        for (const cell of plan.cells)
          if (cell.formula)
            expectSameValue(
              book.value(plan.sheet, a1(cell.col, cell.row)),
              cell.value,
              `${plan.sheet}!${a1(cell.col, cell.row)}`,
            );
      book.set('Toetsingscriteria', 'E7', 1_060_000);
      expect(book.value('Factsheet Informatisering', 'A3')).toBe('Oordeel IJkpunt: overwegend verbeterd');
      const personnelRow = (sheets[0] as WritePlan).cells.find(
        (c) => c.col === 0 && c.value === 'Personeelskosten',
      )?.row;
      expect(book.value('Factsheet Informatisering', `E${personnelRow}`)).toBe('gelijk');
    } finally {
      book.destroy();
    }
  });
});
