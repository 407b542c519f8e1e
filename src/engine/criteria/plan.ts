// The criteria scorecard as a write plan beside the user's criteria table: per team and
// indicator the baseline, latest value, change, tolerance and status as live formulas over the
// user's value cells; per team the counts, criteria measured, weighted score and verdict; the
// default tolerance and verdict band as named parameters; a stacked chart of statuses per team;
// the sentences below. A what-if edit of a measured value changes every status that uses it.
import { a1, columnLetters, parseA1, gridOrigin } from '../core';
import type { CriteriaResult, IndicatorResult, TeamResult } from './score';
import { DIRECTION_TEXT, STATUS_TEXT, VERDICT_TEXT } from '../../i18n/criteria';
import { namePrefix } from '../benchmark';
import {
  NUMBER_FORMATS,
  type PlanBlockCell,
  type PlanChart,
  type PlanConditionalFormat,
  type WritePlan,
} from '../../plan';
import { blockPlan, excelString, formulaCell, valueCell } from '../../plan';
import type { CellGrid, Language, Warning } from '../core';
import { CRITERIA_PLAN_TEXT } from '../../i18n/criteria';

/** Results block columns, relative to its first column. */
const C = {
  team: 0,
  criterion: 1,
  indicator: 2,
  direction: 3,
  weight: 4,
  tolerance: 5,
  baseline: 6,
  latestYear: 7,
  latest: 8,
  change: 9,
  changePct: 10,
  status: 11,
  flag: 12,
} as const;

const WIDTH = 13;
// Written out: some engines do not parse 1E-9 in a formula.
const EPS = '0.000000001';

export interface CriteriaPlanInput {
  readonly result: CriteriaResult;
  /** The sheet as read, to tell numbers typed as text (a formula cannot use them). */
  readonly grid: CellGrid;
  readonly language: Language;
}

export interface CriteriaPlan {
  readonly plan: WritePlan;
  /** Where each indicator's row of the results block is, for the factsheets' references. */
  readonly rows: ReadonlyMap<IndicatorResult, number>;
  /** 0-based sheet column of the results block's first column. */
  readonly firstCol: number;
  /** Each team's row in the summary block, and the column of its verdict. */
  readonly teamRows: ReadonlyMap<TeamResult, number>;
  readonly verdictCol: number;
}

/** What every part of the scorecard's plan shares: its words, its columns and its cells. */
interface Scorecard {
  readonly t: (typeof CRITERIA_PLAN_TEXT)['nl'];
  readonly status: (typeof STATUS_TEXT)['nl'];
  readonly verdict: (typeof VERDICT_TEXT)['nl'];
  readonly language: Language;
  /** The sheet column of a results-block offset, and its letters. */
  readonly col: (offset: number) => number;
  readonly L: (offset: number) => string;
  readonly cells: PlanBlockCell[];
  readonly toleranceName: string;
  readonly bandName: string;
  /** Whether a user's cell holds a number (a formula cannot use a number typed as text). */
  readonly isNumberCell: (address: string) => boolean;
  /** Warns once that a cell holds a number as text. */
  readonly warnText: (cell: string) => void;
}

export function buildCriteriaPlan({ result, grid, language }: CriteriaPlanInput): CriteriaPlan {
  const t = CRITERIA_PLAN_TEXT[language];
  const table = result.table;
  const origin = gridOrigin(grid);
  const warnings: Warning[] = [];
  const prefix = namePrefix(result.sheet);
  const left = table.lastColumn + 2;
  const sc: Scorecard = {
    t,
    status: STATUS_TEXT[language],
    verdict: VERDICT_TEXT[language],
    language,
    col: (offset) => left + offset,
    L: (offset) => columnLetters(left + offset),
    cells: [],
    toleranceName: `${prefix}Tolerantie`,
    bandName: `${prefix}GrensOordeel`,
    isNumberCell: (address) => {
      const ref = parseA1(address);
      return ref !== null && typeof grid.cells[ref.row - origin.row]?.[ref.col - origin.col] === 'number';
    },
    warnText: (cell) => {
      if (!warnings.some((w) => w.cell === cell)) warnings.push({ cell, message: t.textCell(cell) });
    },
  };
  const { col, L, cells } = sc;
  const header = table.headerRow;
  t.headers.forEach((h, i) => cells.push(valueCell(header, col(i), h, { bold: true })));

  const indicators = result.teams.flatMap((team) => team.indicators);
  const first = header + 1;
  const last = header + Math.max(1, indicators.length);
  const rows = new Map<IndicatorResult, number>();
  indicators.forEach((ind, i) => {
    rows.set(ind, first + i);
    indicatorRow(sc, ind, first + i);
  });

  // Per team: counts, criteria measured, weighted score and verdict.
  const range = (offset: number) => `$${L(offset)}$${first}:$${L(offset)}$${last}`;
  const summaryTop = last + 2;
  cells.push(valueCell(summaryTop, col(0), t.summaryTitle, { bold: true }));
  t.summary.forEach((h, i) => cells.push(valueCell(summaryTop + 1, col(i), h, { bold: true })));
  const teamRows = new Map<TeamResult, number>();
  result.teams.forEach((team, i) => {
    teamRows.set(team, summaryTop + 2 + i);
    summaryRow(sc, team, summaryTop + 2 + i, range);
  });

  // The parameters the formulas name, then the sentences.
  const paramTop = summaryTop + 3 + result.teams.length;
  cells.push(valueCell(paramTop, col(0), t.tolerance, { bold: true }));
  cells.push(valueCell(paramTop, col(2), result.tolerance, { numberFormat: NUMBER_FORMATS.pct }));
  cells.push(valueCell(paramTop + 1, col(0), t.band, { bold: true }));
  cells.push(valueCell(paramTop + 1, col(2), result.verdictBand, { numberFormat: NUMBER_FORMATS.decimal }));
  cells.push(valueCell(paramTop + 2, col(0), t.baseline, { bold: true }));
  cells.push(valueCell(paramTop + 2, col(2), result.baselineYears.join(', ')));
  const sentenceTop = paramTop + 4;
  result.sentences.forEach((s, i) => cells.push(valueCell(sentenceTop + i, col(0), s)));

  const plan = blockPlan({
    sheet: result.sheet,
    language,
    cells,
    headerRow: header,
    warnings,
    extra: {
      names: [
        { name: sc.toleranceName, ref: `$${L(2)}$${paramTop}` },
        { name: sc.bandName, ref: `$${L(2)}$${paramTop + 1}` },
      ],
      conditionalFormats: statusFormats(sc, first, last),
      charts: statusChart(sc, result.teams.length, summaryTop + 2, header),
      widths: [
        { col: col(C.team), chars: 24 },
        { col: col(C.criterion), chars: 30 },
        { col: col(C.indicator), chars: 34 },
        { col: col(C.status), chars: 20 },
      ],
    },
  });
  return { plan, rows, firstCol: left, teamRows, verdictCol: col(8) };
}

/** A value cell, or — where every source cell holds a number — a formula over the user's cells. */
function sourcedCell(
  sc: Scorecard,
  row: number,
  col: number,
  value: number | null,
  sources: readonly string[] | null,
  formula: (sources: readonly string[]) => string,
  numberFormat: string,
): PlanBlockCell {
  if (value === null || sources === null) return valueCell(row, col, null);
  if (sources.every(sc.isNumberCell)) return formulaCell(row, col, formula(sources), value, { numberFormat });
  sources.filter((c) => !sc.isNumberCell(c)).forEach(sc.warnText);
  return valueCell(row, col, value, { numberFormat });
}

/** One indicator's row of the results block: its figures as formulas, its status and flag. */
function indicatorRow(sc: Scorecard, ind: IndicatorResult, row: number): void {
  const { t, status, col, cells } = sc;
  const ref = (offset: number) => `${sc.L(offset)}${row}`;
  const euro = ind.cost;
  const amount = euro ? NUMBER_FORMATS.euro : NUMBER_FORMATS.decimal;
  cells.push(valueCell(row, col(C.team), ind.team));
  cells.push(valueCell(row, col(C.criterion), ind.criterion));
  cells.push(valueCell(row, col(C.indicator), ind.indicator));
  cells.push(valueCell(row, col(C.direction), ind.direction ? DIRECTION_TEXT[sc.language][ind.direction] : ''));
  cells.push(valueCell(row, col(C.weight), ind.weight));
  cells.push(
    ind.toleranceCell
      ? valueCell(row, col(C.tolerance), ind.tolerance, { numberFormat: NUMBER_FORMATS.pct })
      : formulaCell(row, col(C.tolerance), sc.toleranceName, ind.tolerance, { numberFormat: NUMBER_FORMATS.pct }),
  );
  // Baseline and latest: formulas over the user's cells, unless a cell holds a number as text.
  const baselineCells = ind.baselineValues.map((v) => v.cell);
  cells.push(
    sourcedCell(sc, row, col(C.baseline), ind.baseline, baselineCells, (c) => `AVERAGE(${c.join(',')})`, amount),
  );
  cells.push(valueCell(row, col(C.latestYear), ind.latestYear ?? ''));
  const latestCells = ind.latestCell === null ? null : [ind.latestCell];
  cells.push(sourcedCell(sc, row, col(C.latest), ind.latest, latestCells, (c) => c.join(''), amount));
  const [b, l, d, tol, ch, pct] = [C.baseline, C.latest, C.direction, C.tolerance, C.change, C.changePct].map(ref);
  cells.push(
    formulaCell(row, col(C.change), `IF(AND(ISNUMBER(${b}),ISNUMBER(${l})),${l}-${b},"")`, ind.change ?? '', {
      numberFormat: euro ? NUMBER_FORMATS.euroDelta : NUMBER_FORMATS.decimalDelta,
    }),
  );
  cells.push(
    formulaCell(row, col(C.changePct), `IF(AND(ISNUMBER(${ch}),${b}<>0),${ch}/ABS(${b}),"")`, ind.changePct ?? '', {
      numberFormat: NUMBER_FORMATS.pctDelta,
    }),
  );
  const lower = excelString(DIRECTION_TEXT[sc.language].lower);
  cells.push(
    formulaCell(
      row,
      col(C.status),
      `IF(OR(NOT(ISNUMBER(${b})),NOT(ISNUMBER(${l})),${d}=""),${excelString(status['onvoldoende gegevens'])},` +
        `IF(IF(ISNUMBER(${pct}),ABS(${pct})<=${tol}+${EPS},${ch}=0),${excelString(status.gelijk)},` +
        `IF(${ch}*IF(${d}=${lower},-1,1)>0,${excelString(status.verbeterd)},${excelString(status.verslechterd)})))`,
      status[ind.status],
    ),
  );
  if (!ind.cost) {
    cells.push(valueCell(row, col(C.flag), ''));
    return;
  }
  const notes = ind.noteCells.length > 0 ? ind.noteCells.join('&') : '""';
  cells.push(
    formulaCell(
      row,
      col(C.flag),
      `IF(AND(OR(AND(ISNUMBER(${pct}),${pct}>${tol}+${EPS}),AND(NOT(ISNUMBER(${pct})),ISNUMBER(${ch}),${ch}>0)),LEN(TRIM(${notes}))=0),${excelString(t.yes)},"")`,
      ind.explanationMissing ? t.yes : '',
    ),
  );
}

/** One team's row of the summary block: counts, criteria measured, weighted score and verdict. */
function summaryRow(sc: Scorecard, team: TeamResult, row: number, range: (offset: number) => string): void {
  const { status, verdict, col, L, cells } = sc;
  const teamRange = range(C.team);
  const statusRange = range(C.status);
  const weightRange = range(C.weight);
  const name = `$${L(0)}${row}`;
  const eq = `"="&${name}`;
  cells.push(valueCell(row, col(0), team.team));
  (['verbeterd', 'gelijk', 'verslechterd', 'onvoldoende gegevens'] as const).forEach((s, i) => {
    cells.push(
      formulaCell(
        row,
        col(1 + i),
        `COUNTIFS(${teamRange},${eq},${statusRange},${excelString(status[s])})`,
        team.summary.counts[s],
      ),
    );
  });
  cells.push(valueCell(row, col(5), team.summary.criteria));
  const criteria = [...new Map(team.indicators.map((i) => [i.criterion.toLowerCase(), i.criterion])).values()];
  const measured =
    criteria.length === 0
      ? '0'
      : criteria
          .map(
            (c) =>
              `(COUNTIFS(${teamRange},${eq},${range(C.criterion)},${excelString(`=${c}`)},${statusRange},${excelString(`<>${status['onvoldoende gegevens']}`)})>0)`,
          )
          .join('+');
  cells.push(formulaCell(row, col(6), `0+${measured}`, team.summary.criteriaMeasured));
  const sum = (extra: string) => `SUMIFS(${weightRange},${teamRange},${eq}${extra})`;
  const by = (s: string) => `,${statusRange},${excelString(s)}`;
  const denominator = `(${sum('')}-${sum(by(status['onvoldoende gegevens']))})`;
  cells.push(
    formulaCell(
      row,
      col(7),
      `IF(${denominator}=0,"",(${sum(by(status.verbeterd))}-${sum(by(status.verslechterd))})/${denominator})`,
      team.summary.score ?? '',
      { numberFormat: NUMBER_FORMATS.decimalDelta },
    ),
  );
  const [score, crit, meas] = [`${L(7)}${row}`, `${L(5)}${row}`, `${L(6)}${row}`];
  cells.push(
    formulaCell(
      row,
      col(8),
      `IF(OR(NOT(ISNUMBER(${score})),${crit}=0,${meas}*2<${crit}),${excelString(verdict['onvoldoende gegevens'])},` +
        `IF(${score}>=${sc.bandName}-${EPS},${excelString(verdict['overwegend verbeterd'])},` +
        `IF(${score}<=-${sc.bandName}+${EPS},${excelString(verdict['overwegend verslechterd'])},${excelString(verdict['per saldo gelijk'])})))`,
      verdict[team.summary.verdict],
    ),
  );
}

/** The status column coloured by its word (IBCS). */
function statusFormats(sc: Scorecard, first: number, last: number): PlanConditionalFormat[] {
  const top = `${sc.L(C.status)}${first}`;
  const area = `${sc.L(C.status)}${first}:${sc.L(C.status)}${last}`;
  const tones = [
    [sc.status.verbeterd, 'favourable'],
    [sc.status.verslechterd, 'unfavourable'],
    [sc.status.gelijk, 'similar'],
  ] as const;
  return tones.map(([word, tone], i) => ({
    range: area,
    formula: `$${top}=${excelString(word)}`,
    tone,
    priority: i + 1,
  }));
}

/** One stacked bar of statuses per team, beside the results block. */
function statusChart(sc: Scorecard, teams: number, firstTeam: number, header: number): PlanChart[] {
  if (teams === 0) return [];
  const { col, t } = sc;
  const lastTeam = firstTeam + teams - 1;
  return [
    {
      kind: 'statusStacked',
      title: t.chart,
      categories: `${a1(col(0), firstTeam)}:${a1(col(0), lastTeam)}`,
      series: t.summary.slice(1, 5).map((name, i) => ({
        name,
        // The summary's header row, just above the first team.
        nameRef: a1(col(1 + i), firstTeam - 1),
        values: `${a1(col(1 + i), firstTeam)}:${a1(col(1 + i), lastTeam)}`,
      })),
      pointTones: [],
      seriesTones: ['favourable', 'similar', 'unfavourable', 'missing'],
      labelFormat: '0;-0;',
      anchor: a1(col(WIDTH + 1), header),
      width: 8,
      height: 16,
    },
  ];
}

/** Where the results block's cells for an indicator row sit (for the factsheets). */
export const CRITERIA_COLUMNS = C;
