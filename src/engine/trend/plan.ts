// The year comparison on a sheet of IJkpunt's own: per matched cluster both years' relative
// deviation — a reference to the Δ% cell IJkpunt wrote beside that year's table when it did,
// so a what-if edit there flows through — the difference in percentage points and the trend
// word as formulas over a named band; the unmatched clusters and the sentences below.
import { a1, columnLetters } from '../core';
import { namePrefix } from '../benchmark';
import { NUMBER_FORMATS, type PlanBlockCell, type PlanValue, type WritePlan } from '../../plan';
import { blockPlan, excelString, formulaCell, MAX_SHEET_NAME, sheetNamePart, sheetRef, valueCell } from '../../plan';
import { TREND_PLAN_TEXT, TREND_TEXT } from '../../i18n/trend';
import { trendOf } from './compare';
import type { TrendCluster, TrendSide, YearComparison } from './types';
import type { Language, Warning } from '../core';

export interface TrendPlanInput {
  readonly comparison: YearComparison;
  /** IJkpunt's own new sheet, e.g. "Vergelijking 2012-2017". */
  readonly sheet: string;
  readonly language: Language;
  /**
   * Where IJkpunt wrote each year's Δ% column (that year's benchmark WritePlan), so the
   * comparison references those cells live; absent → the engine's values are written.
   */
  readonly sources?: { readonly a?: WritePlan; readonly b?: WritePlan };
}

// One decimal: a change of 15,1 points beyond a 15-point band must not read "+15%".
const CHANGE_FORMAT = '+0.0%;-0.0%;0.0%';

/** "Vergelijking 2012-2017": at most 31 characters, none Excel refuses in a sheet name. */
export function comparisonSheetName(labelA: string, labelB: string, language: Language = 'nl'): string {
  const word = TREND_PLAN_TEXT[language].sheetWord;
  const [a, b] = [sheetNamePart(labelA), sheetNamePart(labelB)];
  let name = `${word} ${a}-${b}`;
  // Long labels (sheet names rather than years): first the word goes, then each label gets an
  // equal share, so the second label is never cut off entirely.
  if (name.length > MAX_SHEET_NAME) name = `${a}-${b}`;
  if (name.length > MAX_SHEET_NAME) {
    const room = Math.floor((MAX_SHEET_NAME - 1) / 2);
    name = `${a.slice(0, room).trim()}-${b.slice(0, room).trim()}`;
  }
  return (
    name
      .slice(0, MAX_SHEET_NAME)
      // Excel also refuses a sheet name that starts or ends with an apostrophe.
      .replace(/^'+|'+$/g, '')
      .trim() || word
  );
}

const BAND_ROW = 2;
const BAND_COL = 1;
const HEADER_ROW = 5;
const COL = { name: 0, iv3: 1, a: 2, b: 3, change: 4, trend: 5 } as const;

export function buildTrendPlan({ comparison: c, sheet, language, sources = {} }: TrendPlanInput): WritePlan {
  const t = TREND_PLAN_TEXT[language];
  const words = TREND_TEXT[language];
  const bandName = `${namePrefix(sheet)}Band`;
  const warnings: Warning[] = [];
  const cells: PlanBlockCell[] = [
    valueCell(1, 0, t.title(c.labelA, c.labelB, t.measure[c.measure]), { bold: true }),
    valueCell(BAND_ROW, 0, t.band, { bold: true }),
    valueCell(BAND_ROW, BAND_COL, c.band, { numberFormat: NUMBER_FORMATS.pct }),
    valueCell(BAND_ROW + 1, 0, t.explain(c.labelA, c.labelB)),
  ];
  t.headers(c.labelA, c.labelB).forEach((h, i) => cells.push(valueCell(HEADER_ROW, i, h, { bold: true })));

  /**
   * One year's Δ% for a cluster: a reference to the cell IJkpunt wrote when that year's plan is
   * given. Its value is what that cell holds per the plan (n.v.t. where the plan wrote text,
   * e.g. an own value typed as text), so the sheet and the plan agree even where the engine,
   * which reads such text as a number, has a figure.
   */
  const deltaCell = (
    plan: WritePlan | undefined,
    s: TrendSide,
    label: string,
    row: number,
    col: number,
  ): { cell: PlanBlockCell; value: number | null } => {
    const format = { numberFormat: NUMBER_FORMATS.pctDelta };
    const column = plan?.columns.find((k) => k.key === `${c.measure}.deltaPct`);
    const source = column?.cells.find((k) => k.row === s.row);
    if (plan && column && source) {
      const ref = sheetRef(plan.sheet, column.col, s.row);
      const value = typeof source.value === 'number' && Number.isFinite(source.value) ? source.value : null;
      if (value === null && s.deltaPct !== null) warnings.push({ cell: null, message: t.asText(s.name, label) });
      return {
        cell: formulaCell(row, col, `IF(ISNUMBER(${ref}),${ref},${excelString(t.na)})`, value ?? t.na, format),
        value,
      };
    }
    return { cell: valueCell(row, col, s.deltaPct ?? t.na, format), value: s.deltaPct };
  };

  const row0 = HEADER_ROW + 1;
  c.clusters.forEach((x: TrendCluster, i) => {
    const row = row0 + i;
    const [A, B, D] = [a1(COL.a, row), a1(COL.b, row), a1(COL.change, row)];
    const a = deltaCell(sources.a, x.a, c.labelA, row, COL.a);
    const b = deltaCell(sources.b, x.b, c.labelB, row, COL.b);
    // The sheet's own figures (which may differ from the engine's only by text cells) decide
    // the cached values of the difference and the trend, as Excel will compute them.
    const change = a.value !== null && b.value !== null ? b.value - a.value : null;
    const changeValue: PlanValue = change ?? t.na;
    cells.push(valueCell(row, COL.name, x.name));
    cells.push(valueCell(row, COL.iv3, x.b.iv3 ?? x.a.iv3 ?? ''));
    cells.push(a.cell, b.cell);
    cells.push(
      formulaCell(
        row,
        COL.change,
        `IF(AND(ISNUMBER(${A}),ISNUMBER(${B})),${B}-${A},${excelString(t.na)})`,
        changeValue,
        { numberFormat: CHANGE_FORMAT },
      ),
    );
    cells.push(
      formulaCell(
        row,
        COL.trend,
        `IF(OR(NOT(ISNUMBER(${A})),NOT(ISNUMBER(${B}))),${excelString(words.onbekend)},` +
          `IF(ABS(${D})<=${bandName}+0.000000001,${excelString(words['redelijk stabiel'])},` +
          `IF(${D}>0,${excelString(words.toename)},${excelString(words.afname)})))`,
        words[trendOf(change, c.band)],
      ),
    );
  });

  let row = row0 + Math.max(1, c.clusters.length) + 1;
  const ambiguousA = new Set(c.ambiguous.a);
  const ambiguousB = new Set(c.ambiguous.b);
  const unmatched = [
    ...c.unmatched.a.map((n) => [n, ambiguousA.has(n) ? t.ambiguous(c.labelA) : t.only(c.labelA)] as const),
    ...c.unmatched.b.map((n) => [n, ambiguousB.has(n) ? t.ambiguous(c.labelB) : t.only(c.labelB)] as const),
  ];
  if (unmatched.length > 0) {
    cells.push(valueCell(row, 0, t.unmatched, { bold: true }));
    row += 1;
    for (const [name, where] of unmatched) {
      cells.push(valueCell(row, COL.name, name));
      cells.push(valueCell(row, COL.iv3, where));
      row += 1;
    }
    row += 1;
  }
  if (c.sentences.length > 0) {
    cells.push(valueCell(row, 0, t.sentences, { bold: true }));
    row += 1;
    // Long lines overflow into the empty cells to their right, which reads better than wrapping
    // them inside the narrow cluster column.
    for (const s of c.sentences) cells.push(valueCell(row++, 0, s));
  }

  const last = row0 + Math.max(1, c.clusters.length) - 1;
  return blockPlan({
    sheet,
    language,
    cells,
    headerRow: HEADER_ROW,
    newSheet: true,
    warnings,
    extra: {
      names: [{ name: bandName, ref: `$${columnLetters(BAND_COL)}$${BAND_ROW}` }],
      conditionalFormats:
        c.clusters.length > 0
          ? [
              {
                range: `${a1(COL.trend, row0)}:${a1(COL.trend, last)}`,
                formula: `$${a1(COL.trend, row0)}=${excelString(words['redelijk stabiel'])}`,
                tone: 'similar',
                priority: 1,
              },
            ]
          : [],
      widths: [
        { col: COL.name, chars: 40 },
        { col: COL.iv3, chars: 18 },
        { col: COL.a, chars: 12 },
        { col: COL.b, chars: 12 },
        { col: COL.change, chars: language === 'nl' ? 22 : 28 },
        { col: COL.trend, chars: 16 },
      ],
    },
  });
}
