// The year comparison on a sheet of IJkpunt's own: per matched cluster both years' relative
// deviation — a reference to the Δ% cell IJkpunt wrote beside that year's table when it did,
// so an edit there flows through — the difference in percentage points and the trend word as
// formulas over a named band; the unmatched clusters and the sentences below.
import { namePrefix, NUMBER_FORMATS, type PlanBlockCell, type WritePlan } from './plan';
import { blockPlan, excelString, formulaCell, sheetRef, valueCell } from './plan-kit';
import { TREND_TEXT, type TrendSide, type YearComparison } from './trend';
import type { Language } from './types';

export interface TrendPlanInput {
  readonly comparison: YearComparison;
  /** IJkpunt's own new sheet, e.g. "Vergelijking 2012-2017". */
  readonly sheet: string;
  readonly language: Language;
  /** Each year's benchmark plan, when IJkpunt wrote it: the comparison then references its Δ% cells. */
  readonly sources?: { readonly a?: WritePlan; readonly b?: WritePlan };
}

const FORBIDDEN = /[:\\/?*[\]]/g;

export function comparisonSheetName(labelA: string, labelB: string, language: Language = 'nl'): string {
  const word = language === 'nl' ? 'Vergelijking' : 'Comparison';
  return `${word} ${labelA}-${labelB}`.replace(FORBIDDEN, ' ').slice(0, 31).trim();
}

const TEXT = {
  nl: {
    title: (a: string, b: string, measure: string) =>
      `Vergelijking benchmark ${a} en ${b}: afwijking ${measure} van de referentiegroep (IJkpunt)`,
    band: 'Band redelijk stabiel (procentpunt)',
    headers: (a: string, b: string) => ['Cluster', 'Iv3', `Δ% ${a}`, `Δ% ${b}`, 'Verschil (procentpunt)', 'Trend'],
    only: (label: string) => `alleen in ${label}`,
    unmatched: 'Niet gekoppeld',
    measure: { fte: 'formatie', costs: 'kosten' },
  },
  en: {
    title: (a: string, b: string, measure: string) =>
      `Benchmark ${a} and ${b}: ${measure} deviation from the reference group (IJkpunt)`,
    band: 'Band fairly stable (percentage points)',
    headers: (a: string, b: string) => ['Cluster', 'Iv3', `Δ% ${a}`, `Δ% ${b}`, 'Difference (points)', 'Trend'],
    only: (label: string) => `only in ${label}`,
    unmatched: 'Not matched',
    measure: { fte: 'formation', costs: 'costs' },
  },
};

export function buildTrendPlan({ comparison: c, sheet, language, sources = {} }: TrendPlanInput): WritePlan {
  const t = TEXT[language];
  const words = TREND_TEXT[language];
  const bandName = `${namePrefix(sheet)}Band`;
  const cells: PlanBlockCell[] = [
    valueCell(1, 0, t.title(c.labelA, c.labelB, t.measure[c.measure]), { bold: true }),
    valueCell(2, 0, t.band, { bold: true }),
    valueCell(2, 2, c.band, { numberFormat: NUMBER_FORMATS.pct }),
  ];
  const header = 4;
  t.headers(c.labelA, c.labelB).forEach((h, i) => cells.push(valueCell(header, i, h, { bold: true })));
  const deltaCell = (plan: WritePlan | undefined, s: TrendSide, row: number, col: number): PlanBlockCell => {
    const column = plan?.columns.find((k) => k.key === `${c.measure}.deltaPct`);
    const source = column?.cells.find((k) => k.row === s.row);
    if (plan && column && source?.formula)
      return formulaCell(
        row,
        col,
        `IF(ISNUMBER(${sheetRef(plan.sheet, column.col, s.row)}),${sheetRef(plan.sheet, column.col, s.row)},"")`,
        s.deltaPct ?? '',
        {
          numberFormat: NUMBER_FORMATS.pctDelta,
        },
      );
    return valueCell(row, col, s.deltaPct, { numberFormat: NUMBER_FORMATS.pctDelta });
  };
  c.clusters.forEach((x, i) => {
    const row = header + 1 + i;
    const [A, B, D] = ['C', 'D', 'E'].map((l) => `${l}${row}`) as [string, string, string];
    cells.push(valueCell(row, 0, x.name));
    cells.push(valueCell(row, 1, x.b.iv3 ?? x.a.iv3 ?? ''));
    cells.push(deltaCell(sources.a, x.a, row, 2));
    cells.push(deltaCell(sources.b, x.b, row, 3));
    cells.push(
      formulaCell(row, 4, `IF(AND(ISNUMBER(${A}),ISNUMBER(${B})),${B}-${A},"")`, x.change ?? '', {
        numberFormat: NUMBER_FORMATS.pctDelta,
      }),
    );
    cells.push(
      formulaCell(
        row,
        5,
        `IF(NOT(ISNUMBER(${D})),${excelString(words.onbekend)},IF(ABS(${D})<=${bandName}+0.000000001,${excelString(words['redelijk stabiel'])},IF(${D}>0,${excelString(words.toename)},${excelString(words.afname)})))`,
        words[x.trend],
      ),
    );
  });
  let row = header + Math.max(1, c.clusters.length) + 2;
  const unmatched = [
    ...c.unmatched.a.map((n) => [n, t.only(c.labelA)] as const),
    ...c.unmatched.b.map((n) => [n, t.only(c.labelB)] as const),
  ];
  if (unmatched.length > 0) {
    cells.push(valueCell(row, 0, t.unmatched, { bold: true }));
    row += 1;
    for (const [name, where] of unmatched) {
      cells.push(valueCell(row, 0, name));
      cells.push(valueCell(row, 1, where));
      row += 1;
    }
    row += 1;
  }
  for (const s of c.sentences) {
    cells.push(valueCell(row, 0, s));
    row += 1;
  }
  const trendArea = `F${header + 1}:F${header + Math.max(1, c.clusters.length)}`;
  return blockPlan({
    sheet,
    language,
    cells,
    headerRow: header,
    newSheet: true,
    extra: {
      names: [{ name: bandName, ref: '$C$2' }],
      conditionalFormats: [
        {
          range: trendArea,
          formula: `$F${header + 1}=${excelString(words['redelijk stabiel'])}`,
          tone: 'similar',
          priority: 1,
        },
      ],
      widths: [{ col: 0, chars: 40 }, ...[1, 2, 3, 4, 5].map((col) => ({ col, chars: col === 4 ? 22 : 14 }))],
    },
  });
}
