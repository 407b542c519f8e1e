// The criteria scorecard as a write plan beside the user's criteria table: per team and
// indicator the baseline, latest value, change, tolerance and status as live formulas over the
// user's value cells; per team the counts, criteria measured, weighted score and verdict; the
// default tolerance and verdict band as named parameters; a stacked chart of statuses per team;
// the sentences below. A what-if edit of a measured value changes every status that uses it.
import { a1, columnLetters, parseA1, gridOrigin } from '../core';
import type { CriteriaResult, IndicatorResult, TeamResult } from './score';
import { DIRECTION_TEXT, STATUS_TEXT, VERDICT_TEXT } from '../../i18n/criteria';
import { namePrefix } from '../benchmark';
import { NUMBER_FORMATS, type PlanBlockCell, type PlanConditionalFormat, type WritePlan } from '../../plan';
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

export function buildCriteriaPlan({ result, grid, language }: CriteriaPlanInput): CriteriaPlan {
  const t = CRITERIA_PLAN_TEXT[language];
  const status = STATUS_TEXT[language];
  const verdict = VERDICT_TEXT[language];
  const table = result.table;
  const origin = gridOrigin(grid);
  const isNumberCell = (address: string): boolean => {
    const ref = parseA1(address);
    return ref !== null && typeof grid.cells[ref.row - origin.row]?.[ref.col - origin.col] === 'number';
  };
  const warnings: Warning[] = [];
  const warnText = (cell: string) => {
    if (!warnings.some((w) => w.cell === cell)) warnings.push({ cell, message: t.textCell(cell) });
  };
  const prefix = namePrefix(result.sheet);
  const toleranceName = `${prefix}Tolerantie`;
  const bandName = `${prefix}GrensOordeel`;

  const left = table.lastColumn + 2;
  const col = (offset: number) => left + offset;
  const L = (offset: number) => columnLetters(col(offset));
  const cells: PlanBlockCell[] = [];
  const header = table.headerRow;
  t.headers.forEach((h, i) => cells.push(valueCell(header, col(i), h, { bold: true })));

  const indicators = result.teams.flatMap((team) => team.indicators);
  const first = header + 1;
  const last = header + Math.max(1, indicators.length);
  const rows = new Map<IndicatorResult, number>();
  indicators.forEach((ind, i) => {
    const row = first + i;
    rows.set(ind, row);
    const ref = (offset: number) => `${L(offset)}${row}`;
    const euro = ind.cost;
    const amount = euro ? NUMBER_FORMATS.euro : NUMBER_FORMATS.decimal;
    cells.push(valueCell(row, col(C.team), ind.team));
    cells.push(valueCell(row, col(C.criterion), ind.criterion));
    cells.push(valueCell(row, col(C.indicator), ind.indicator));
    cells.push(valueCell(row, col(C.direction), ind.direction ? DIRECTION_TEXT[language][ind.direction] : ''));
    cells.push(valueCell(row, col(C.weight), ind.weight));
    const tolerance = ind.toleranceCell
      ? valueCell(row, col(C.tolerance), ind.tolerance, { numberFormat: NUMBER_FORMATS.pct })
      : formulaCell(row, col(C.tolerance), toleranceName, ind.tolerance, { numberFormat: NUMBER_FORMATS.pct });
    cells.push(tolerance);
    // Baseline and latest: formulas over the user's cells, unless a cell holds a number as text.
    const baselineCells = ind.baselineValues.map((v) => v.cell);
    if (ind.baseline === null) cells.push(valueCell(row, col(C.baseline), null));
    else if (baselineCells.every(isNumberCell))
      cells.push(
        formulaCell(row, col(C.baseline), `AVERAGE(${baselineCells.join(',')})`, ind.baseline, {
          numberFormat: amount,
        }),
      );
    else {
      baselineCells.filter((c) => !isNumberCell(c)).forEach(warnText);
      cells.push(valueCell(row, col(C.baseline), ind.baseline, { numberFormat: amount }));
    }
    cells.push(valueCell(row, col(C.latestYear), ind.latestYear ?? ''));
    if (ind.latestCell === null || ind.latest === null) cells.push(valueCell(row, col(C.latest), null));
    else if (isNumberCell(ind.latestCell))
      cells.push(formulaCell(row, col(C.latest), ind.latestCell, ind.latest, { numberFormat: amount }));
    else {
      warnText(ind.latestCell);
      cells.push(valueCell(row, col(C.latest), ind.latest, { numberFormat: amount }));
    }
    const [b, l, d, tol, ch, pct] = [
      ref(C.baseline),
      ref(C.latest),
      ref(C.direction),
      ref(C.tolerance),
      ref(C.change),
      ref(C.changePct),
    ];
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
    const lower = excelString(DIRECTION_TEXT[language].lower);
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
    if (ind.cost) {
      const notes = ind.noteCells.length > 0 ? ind.noteCells.join('&') : '""';
      cells.push(
        formulaCell(
          row,
          col(C.flag),
          `IF(AND(OR(AND(ISNUMBER(${pct}),${pct}>${tol}+${EPS}),AND(NOT(ISNUMBER(${pct})),ISNUMBER(${ch}),${ch}>0)),LEN(TRIM(${notes}))=0),${excelString(t.yes)},"")`,
          ind.explanationMissing ? t.yes : '',
        ),
      );
    } else cells.push(valueCell(row, col(C.flag), ''));
  });

  // Per team: counts, criteria measured, weighted score and verdict.
  const range = (offset: number) => `$${L(offset)}$${first}:$${L(offset)}$${last}`;
  const teamRange = range(C.team);
  const statusRange = range(C.status);
  const weightRange = range(C.weight);
  const summaryTop = last + 2;
  cells.push(valueCell(summaryTop, col(0), t.summaryTitle, { bold: true }));
  t.summary.forEach((h, i) => cells.push(valueCell(summaryTop + 1, col(i), h, { bold: true })));
  const teamRows = new Map<TeamResult, number>();
  result.teams.forEach((team, i) => {
    const row = summaryTop + 2 + i;
    teamRows.set(team, row);
    summaryRow(team, row);
  });
  function summaryRow(team: TeamResult, row: number) {
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
          `IF(${score}>=${bandName}-${EPS},${excelString(verdict['overwegend verbeterd'])},` +
          `IF(${score}<=-${bandName}+${EPS},${excelString(verdict['overwegend verslechterd'])},${excelString(verdict['per saldo gelijk'])})))`,
        verdict[team.summary.verdict],
      ),
    );
  }

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

  const conditionalFormats: PlanConditionalFormat[] = [];
  const statusTop = `${L(C.status)}${first}`;
  const statusArea = `${L(C.status)}${first}:${L(C.status)}${last}`;
  const tones = [
    [status.verbeterd, 'favourable'],
    [status.verslechterd, 'unfavourable'],
    [status.gelijk, 'similar'],
  ] as const;
  tones.forEach(([word, tone], i) =>
    conditionalFormats.push({
      range: statusArea,
      formula: `$${statusTop}=${excelString(word)}`,
      tone,
      priority: i + 1,
    }),
  );
  const firstTeam = summaryTop + 2;
  const lastTeam = summaryTop + 1 + result.teams.length;
  const charts: WritePlan['charts'] =
    result.teams.length > 0
      ? [
          {
            kind: 'statusStacked',
            title: t.chart,
            categories: `${a1(col(0), firstTeam)}:${a1(col(0), lastTeam)}`,
            series: t.summary.slice(1, 5).map((name, i) => ({
              name,
              values: `${a1(col(1 + i), firstTeam)}:${a1(col(1 + i), lastTeam)}`,
            })),
            pointTones: [],
            seriesTones: ['favourable', 'similar', 'unfavourable', 'missing'],
            anchor: a1(col(WIDTH + 1), header),
            width: 8,
            height: 16,
          },
        ]
      : [];

  const plan = blockPlan({
    sheet: result.sheet,
    language,
    cells,
    headerRow: header,
    warnings,
    extra: {
      names: [
        { name: toleranceName, ref: `$${L(2)}$${paramTop}` },
        { name: bandName, ref: `$${L(2)}$${paramTop + 1}` },
      ],
      conditionalFormats,
      charts,
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

/** Where the results block's cells for an indicator row sit (for the factsheets). */
export const CRITERIA_COLUMNS = C;
