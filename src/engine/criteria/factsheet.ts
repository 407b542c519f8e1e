// A factsheet per shared team (DOMAIN §5) with the fixed headings A–F, pre-filled with the
// measured results as references to the scorecard, so the sheet follows every edit of a
// measurement. The rows under each heading stay free for the advisors: IJkpunt owns only the
// rows it writes, so completing the factsheet never conflicts with a re-run of the same layout.
import { a1, parseA1 } from '../core';
import type { CriteriaResult, IndicatorResult, TeamResult } from './score';
import { CRITERIA_COLUMNS, type CriteriaPlan } from './plan';
import { STATUS_TEXT, VERDICT_TEXT } from '../../i18n/criteria';
import { yearsText } from './text';
import { normaliseLabel } from '../core';
import { NUMBER_FORMATS, type PlanBlockCell, type WritePlan } from '../../plan';
import { excelString, formulaCell, MAX_SHEET_NAME, sheetNamePart, sheetRef, valueCell } from '../../plan';
import type { Language } from '../core';
import { FACTSHEET_TEXT } from '../../i18n/criteria';

export type Heading = 'A' | 'B' | 'C' | 'D' | 'E' | 'F';
const HEADINGS: readonly Heading[] = ['A', 'B', 'C', 'D', 'E', 'F'];

/** Rows left free for the advisor under each heading. */
const ADVISOR_ROWS = 3;

/** Which heading a measured indicator belongs under. */
export function headingOf(indicator: IndicatorResult): Heading {
  const criterion = normaliseLabel(indicator.criterion);
  if (/kwaliteit|dienstverlening|inwoner/.test(criterion)) return 'F';
  if (indicator.cost) return 'D';
  if (/efficien|flexib|kosten/.test(criterion)) return 'C';
  return 'B';
}

/** Excel's limits: at most 31 characters, none of : \ / ? * [ ]. */
export function factsheetSheetName(team: string): string {
  const clean = sheetNamePart(team);
  const full = `Factsheet ${clean}`;
  return full.length <= MAX_SHEET_NAME ? full : `FS ${clean}`.slice(0, MAX_SHEET_NAME).trim();
}

export function buildFactsheetPlans(result: CriteriaResult, criteria: CriteriaPlan, language: Language): WritePlan[] {
  return result.teams.map((team) => factsheet(result, team, criteria, language));
}

function factsheet(result: CriteriaResult, team: TeamResult, criteria: CriteriaPlan, language: Language): WritePlan {
  const t = FACTSHEET_TEXT[language];
  const sheet = factsheetSheetName(team.team);
  const source = result.sheet;
  const cells: PlanBlockCell[] = [];
  const owned: string[] = [];
  const own = (row: number, from: number, to: number) => owned.push(`${a1(from, row)}:${a1(to, row)}`);
  const width = t.columns.length;

  cells.push(valueCell(1, 0, t.title(team.team), { bold: true }));
  cells.push(valueCell(2, 0, t.intro(yearsText(result.baselineYears, language), source)));
  // The verdict cell of this team's row in the scorecard's summary block.
  const verdictRow = criteria.teamRows.get(team);
  cells.push(
    verdictRow === undefined
      ? valueCell(3, 0, `${t.verdict}${VERDICT_TEXT[language][team.summary.verdict]}`, { bold: true })
      : formulaCell(
          3,
          0,
          `${excelString(t.verdict)}&${sheetRef(source, criteria.verdictCol, verdictRow)}`,
          `${t.verdict}${VERDICT_TEXT[language][team.summary.verdict]}`,
          { bold: true },
        ),
  );
  for (const row of [1, 2, 3]) own(row, 0, 0);

  let row = 5;
  for (const heading of HEADINGS) {
    cells.push(valueCell(row, 0, t.headings[heading], { bold: true }));
    own(row, 0, 0);
    row += 1;
    const measured = team.indicators.filter((ind) => headingOf(ind) === heading);
    if (measured.length > 0) {
      t.columns.forEach((h, c) => cells.push(valueCell(row, c, h, { bold: true })));
      own(row, 0, width - 1);
      row += 1;
      for (const ind of measured) {
        const at = criteria.rows.get(ind);
        if (at === undefined) continue;
        const ref = (offset: number) => sheetRef(source, criteria.firstCol + offset, at);
        const amount = ind.cost ? NUMBER_FORMATS.euro : NUMBER_FORMATS.decimal;
        cells.push(formulaCell(row, 0, ref(CRITERIA_COLUMNS.indicator), ind.indicator));
        cells.push(blankable(row, 1, ref(CRITERIA_COLUMNS.baseline), ind.baseline, amount));
        cells.push(blankable(row, 2, ref(CRITERIA_COLUMNS.latest), ind.latest, amount));
        cells.push(blankable(row, 3, ref(CRITERIA_COLUMNS.changePct), ind.changePct, NUMBER_FORMATS.pctDelta));
        cells.push(formulaCell(row, 4, ref(CRITERIA_COLUMNS.status), STATUS_TEXT[language][ind.status]));
        const notes = ind.noteCells.flatMap((c) => {
          const at = parseA1(c);
          return at ? [sheetRef(source, at.col, at.row)] : [];
        });
        cells.push(
          notes.length > 0
            ? formulaCell(row, 5, `TRIM(${notes.join('&" "&')})`, ind.notes.join(' '), { wrap: true })
            : valueCell(row, 5, ''),
        );
        own(row, 0, width - 1);
        row += 1;
      }
    }
    row += ADVISOR_ROWS + 1;
  }
  return {
    sheet,
    language,
    headerRow: 1,
    firstRow: 2,
    lastRow: 2,
    columns: [],
    names: [],
    cells,
    conditionalFormats: [],
    charts: [],
    owned,
    warnings: [],
    newSheet: true,
    widths: [
      { col: 0, chars: 46 },
      { col: 1, chars: 14 },
      { col: 2, chars: 14 },
      { col: 3, chars: 14 },
      { col: 4, chars: 20 },
      { col: 5, chars: 50 },
    ],
  };
}

/** A reference to a number cell of the scorecard that may be empty: show empty, not 0. */
function blankable(row: number, col: number, ref: string, value: number | null, numberFormat: string): PlanBlockCell {
  return formulaCell(row, col, `IF(ISNUMBER(${ref}),${ref},"")`, value ?? '', { numberFormat });
}
