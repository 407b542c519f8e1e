// "Nieuw toetsingskader": a ready-to-fill criteria sheet for the six shared teams and the four
// business-operation criteria of the council memo (DOMAIN §5), with their suggested indicators,
// a column per baseline and follow-up year, the direction of each indicator and drop-downs. It
// is handed over: once written it is the user's sheet (IJkpunt does not claim its cells), so the
// scorecard can read it like any criteria table.
import { a1, columnLetters, parseRange } from '../core';
import { DIRECTION_TEXT } from '../../i18n/criteria';
import { DEFAULT_BASELINE_YEARS } from './score';
import type { WritePlan } from '../../plan';
import { blockPlan, valueCell } from '../../plan';
import type { PlanBlockCell } from '../../plan';
import type { Language } from '../core';
import { CRITERIA_TEMPLATE_TEXT } from '../../i18n/criteria';

export const SHARED_TEAMS: readonly string[] = [
  'Communicatie',
  'Personeel & Organisatie',
  'Facilitaire Zaken',
  'Financiële Administratie',
  'Informatisering',
  'Handhaving',
];

export const BUSINESS_CRITERIA: readonly string[] = [
  '1. Kwaliteit dienstverlening',
  '2. Efficiency, flexibiliteit, kosten',
  '3. Specifieke kennis of specialisten',
  '4. Ontwikkelingsmogelijkheden personeel',
];

/** The memo's measures per criterion, with their direction and the unit they are kept in. */
export const SUGGESTED_INDICATORS: readonly {
  readonly criterion: number;
  readonly indicator: string;
  readonly direction: 'higher' | 'lower';
  readonly unit: 'euro' | 'fte' | 'score' | 'count';
}[] = [
  {
    criterion: 0,
    indicator: 'Waardering dienstverlening (waarstaatjegemeente.nl)',
    direction: 'higher',
    unit: 'score',
  },
  { criterion: 0, indicator: 'Quick scan lokale democratie', direction: 'higher', unit: 'score' },
  { criterion: 1, indicator: 'Personeelskosten', direction: 'lower', unit: 'euro' },
  { criterion: 1, indicator: 'Materiële kosten', direction: 'lower', unit: 'euro' },
  { criterion: 1, indicator: 'Afschrijvingen', direction: 'lower', unit: 'euro' },
  { criterion: 1, indicator: 'Formatie (fte)', direction: 'lower', unit: 'fte' },
  { criterion: 1, indicator: 'Inhuur', direction: 'lower', unit: 'euro' },
  { criterion: 2, indicator: 'Projecten vertraagd door gebrek aan kennis (aantal)', direction: 'lower', unit: 'count' },
  {
    criterion: 3,
    indicator: "MTO: samenwerking met collega's van de andere gemeente",
    direction: 'higher',
    unit: 'score',
  },
  { criterion: 3, indicator: 'MTO: toegevoegde waarde van de samenwerking', direction: 'higher', unit: 'score' },
];

const FORMAT = { euro: '#,##0', fte: '0.0', score: '0.0', count: '0' } as const;

export interface TemplateOptions {
  readonly sheet?: string;
  readonly language?: Language;
  readonly baselineYears?: readonly number[];
  /** How many years after the baseline get a budget and an accounts column. */
  readonly followUpYears?: number;
}

export const TEMPLATE_SHEET = 'Toetsingskader';

/** Extra rows with drop-downs below the suggested ones, for the user's own indicators. */
const SPARE_ROWS = 40;

export function buildCriteriaTemplate(options: TemplateOptions = {}): WritePlan {
  const language = options.language ?? 'nl';
  const t = CRITERIA_TEMPLATE_TEXT[language];
  const years = [...new Set(options.baselineYears ?? DEFAULT_BASELINE_YEARS)].sort((a, b) => a - b);
  const lastBaseline = years[years.length - 1] ?? 2020;
  // The memo's baseline: annual accounts of the earlier years, the budget of the last.
  const yearLabels = [
    ...years.map((y) => (y === lastBaseline ? `${t.budget} ${y}` : `${t.accounts} ${y}`)),
    ...Array.from({ length: options.followUpYears ?? 3 }, (_, i) => lastBaseline + 1 + i).flatMap((y) => [
      `${t.budget} ${y}`,
      `${t.accounts} ${y}`,
    ]),
  ];
  const headerRow = 4;
  const headers = [...t.headers, ...yearLabels, t.note];
  const cells: PlanBlockCell[] = [
    valueCell(1, 0, t.title, { bold: true }),
    valueCell(2, 0, t.help(years.join(', '))),
    ...headers.map((h, c) => valueCell(headerRow, c, h, { bold: true })),
  ];
  const firstYearCol = t.headers.length;
  let row = headerRow + 1;
  for (const team of SHARED_TEAMS) {
    for (const s of SUGGESTED_INDICATORS) {
      cells.push(valueCell(row, 0, team));
      cells.push(valueCell(row, 1, BUSINESS_CRITERIA[s.criterion] ?? ''));
      cells.push(valueCell(row, 2, s.indicator));
      cells.push(valueCell(row, 3, DIRECTION_TEXT.nl[s.direction]));
      yearLabels.forEach((_, i) =>
        cells.push(valueCell(row, firstYearCol + i, null, { numberFormat: FORMAT[s.unit] })),
      );
      row += 1;
    }
  }
  const lastFilled = row - 1;
  const validated = lastFilled + SPARE_ROWS;
  const column = (c: number) => `${columnLetters(c)}${headerRow + 1}:${columnLetters(c)}${validated}`;
  // A typed list source is split on its commas ("2. Efficiency, flexibiliteit, kosten" would be
  // three items), so each drop-down refers to its items in cells, right of the table.
  const lists = [SHARED_TEAMS, BUSINESS_CRITERIA, [DIRECTION_TEXT.nl.higher, DIRECTION_TEXT.nl.lower]];
  const firstListCol = firstYearCol + yearLabels.length + 2;
  lists.forEach((items, i) => {
    cells.push(valueCell(headerRow, firstListCol + i, t.listHeader, { bold: true }));
    items.forEach((item, r) => cells.push(valueCell(headerRow + 1 + r, firstListCol + i, item)));
  });
  const listSource = (i: number) => {
    const letters = columnLetters(firstListCol + i);
    return `$${letters}$${headerRow + 1}:$${letters}$${headerRow + (lists[i]?.length ?? 1)}`;
  };
  return blockPlan({
    sheet: options.sheet ?? TEMPLATE_SHEET,
    language,
    cells,
    headerRow,
    newSheet: true,
    handOver: true,
    extra: {
      validations: [
        { range: column(0), list: SHARED_TEAMS, source: listSource(0) },
        { range: column(1), list: BUSINESS_CRITERIA, source: listSource(1) },
        { range: column(3), list: [DIRECTION_TEXT.nl.higher, DIRECTION_TEXT.nl.lower], source: listSource(2) },
      ],
      widths: [
        { col: 0, chars: 24 },
        { col: 1, chars: 36 },
        { col: 2, chars: 50 },
        { col: 3, chars: 16 },
        ...yearLabels.map((_, i) => ({ col: firstYearCol + i, chars: 17 })),
        { col: firstYearCol + yearLabels.length, chars: 50 },
      ],
    },
  });
}

/** Where the template's table is, for messages ("vul A5:P64 in"). */
export function templateRange(plan: WritePlan): string {
  // The drop-downs' own lists, right of the table, are not part of what the user fills in.
  const listCols = new Set((plan.validations ?? []).map((v) => (v.source ? parseRange(v.source)?.left : undefined)));
  const table = plan.cells.filter((c) => !listCols.has(c.col));
  const cols = table.map((c) => c.col);
  const rows = table.map((c) => c.row);
  return `${a1(Math.min(...cols), plan.headerRow)}:${a1(Math.max(...cols), Math.max(...rows))}`;
}
