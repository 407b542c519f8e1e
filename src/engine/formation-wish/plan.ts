// The desired-formation gaps beside the user's table: the wish's low and high end, the gap per
// end as a formula over the current-formation cell (so a what-if edit of the fte present moves
// the gap), the verdict per theme, a total row under the table and the sentences below it.
import { a1, columnLetters, gridOrigin } from '../core';
import type { FormationWish, ThemeGap } from './wish';
import { NUMBER_FORMATS, type PlanBlockCell, type PlanCell, type PlanColumn, type WritePlan } from '../../plan';
import { blockPlan, excelString, formulaCell, valueCell } from '../../plan';
import type { CellGrid, Language } from '../core';
import { WISH_PLAN_TEXT } from '../../i18n/formation-wish';

const KEYS = ['wish.low', 'wish.high', 'gap.low', 'gap.high', 'gap.kind'] as const;

export function buildFormationWishPlan(wish: FormationWish, grid: CellGrid, language: Language): WritePlan {
  const t = WISH_PLAN_TEXT[language];
  const origin = gridOrigin(grid);
  const raw = (col: number | null, row: number) =>
    col === null ? null : (grid.cells[row - origin.row]?.[col - origin.col] ?? null);
  const first = wish.lastColumn + 1;
  const byRow = new Map<number, ThemeGap>(wish.themes.map((g) => [g.row, g]));
  const letter = (i: number) => columnLetters(first + i);
  // A what-if that types text over a number blanks the gap; the verdict then stays blank too, not
  // #WAARDE! — ISNUMBER rather than IFERROR, since some engines take ROUND("") for 0.
  const kindFormula = (low: string, high: string) =>
    `IF(AND(ISNUMBER(${low}),ISNUMBER(${high})),IF(ROUND(${low},2)>0,${excelString(t.kinds.tekort)},IF(ROUND(${high},2)<0,${excelString(t.kinds.overschot)},${excelString(t.kinds['binnen wens'])})),"")`;
  const currentOf = (g: ThemeGap) => currentTerm(raw(wish.columns.current, g.row), a1(wish.columns.current, g.row), g);

  const cellFor = (i: number, g: ThemeGap): Omit<PlanCell, 'row'> => {
    const row = g.row;
    const c = wish.columns;
    const current = currentOf(g);
    switch (i) {
      case 0:
      case 1: {
        const value = i === 0 ? g.desired.low : g.desired.high;
        if (c.desired !== null && typeof raw(c.desired, row) === 'number')
          return { formula: a1(c.desired, row), value };
        if (c.desiredLow !== null && c.desiredHigh !== null) {
          const [l, h] = [raw(c.desiredLow, row), raw(c.desiredHigh, row)];
          if (typeof l === 'number' && typeof h === 'number')
            return { formula: `${i === 0 ? 'MIN' : 'MAX'}(${a1(c.desiredLow, row)},${a1(c.desiredHigh, row)})`, value };
        }
        // Text such as "5 á 6 fte" has no Excel formula: the engine's reading is written.
        return { formula: null, value };
      }
      case 2:
      case 3: {
        const wishCell = `${letter(i - 2)}${row}`;
        const value = i === 2 ? g.gap.low : g.gap.high;
        if (current === null) return { formula: null, value };
        return { formula: `IFERROR(${wishCell}-${current.includes('(') ? `(${current})` : current},"")`, value };
      }
      default:
        return { formula: kindFormula(`${letter(2)}${row}`, `${letter(3)}${row}`), value: t.kinds[g.kind] };
    }
  };

  const formats = [NUMBER_FORMATS.fte, NUMBER_FORMATS.fte, NUMBER_FORMATS.fteDelta, NUMBER_FORMATS.fteDelta, null];
  const columns: PlanColumn[] = KEYS.map((key, i) => {
    const cells: PlanCell[] = [];
    for (let row = wish.headerRow + 1; row <= wish.lastRow; row += 1) {
      const g = byRow.get(row);
      cells.push(g ? { row, ...cellFor(i, g) } : { row, formula: null, value: null });
    }
    return { key, header: t.headers[i] ?? '', col: first + i, numberFormat: formats[i] ?? null, cells };
  });

  // The total row under the table: sums over the theme rows only.
  const totalRow = wish.lastRow + 2;
  const rows = wish.themes.map((g) => g.row);
  const sumOf = (col: number) => (rows.length > 0 ? `SUM(${rows.map((r) => a1(col, r)).join(',')})` : '0');
  // SUM skips text, so a current formation typed as "2,0" is added as its own term; one the
  // sheet cannot read ("2,0 fte") follows from its row's wish and gap, still a formula.
  const plainCurrent: string[] = [];
  const otherCurrent: string[] = [];
  for (const g of wish.themes) {
    const term = currentOf(g);
    if (term === a1(wish.columns.current, g.row)) plainCurrent.push(term);
    else otherCurrent.push(term ?? `(${letter(0)}${g.row}-${letter(2)}${g.row})`);
  }
  const currentSum =
    [...(plainCurrent.length > 0 ? [`SUM(${plainCurrent.join(',')})`] : []), ...otherCurrent].join('+') || '0';
  const blocks: PlanBlockCell[] = [
    valueCell(totalRow, wish.columns.theme, t.total, { bold: true }),
    formulaCell(totalRow, wish.columns.current, currentSum, wish.total.current, {
      numberFormat: NUMBER_FORMATS.fte,
      bold: true,
    }),
  ];
  const totals = [wish.total.desired.low, wish.total.desired.high, wish.total.gap.low, wish.total.gap.high];
  totals.forEach((value, i) =>
    blocks.push(
      formulaCell(totalRow, first + i, sumOf(first + i), value, { numberFormat: formats[i] ?? null, bold: true }),
    ),
  );
  blocks.push(
    formulaCell(
      totalRow,
      first + 4,
      kindFormula(`${letter(2)}${totalRow}`, `${letter(3)}${totalRow}`),
      t.kinds[wish.total.kind],
      {
        bold: true,
      },
    ),
  );
  wish.sentences.forEach((s, i) => blocks.push(valueCell(totalRow + 2 + i, wish.columns.theme, s)));

  const kindRange = `${letter(4)}${wish.headerRow + 1}:${letter(4)}${totalRow}`;
  const top = `$${letter(4)}${wish.headerRow + 1}`;
  return blockPlan({
    sheet: wish.sheet,
    language,
    cells: blocks,
    columns,
    headerRow: wish.headerRow,
    extra: {
      conditionalFormats: [
        { range: kindRange, formula: `${top}=${excelString(t.kinds.tekort)}`, tone: 'unfavourable', priority: 1 },
        { range: kindRange, formula: `${top}=${excelString(t.kinds['binnen wens'])}`, tone: 'similar', priority: 2 },
      ],
      widths: columns.map((c) => ({ col: c.col, chars: 18 })),
    },
  });
}

/**
 * The current formation as a formula term: the cell itself when it holds a number; for a Dutch
 * number typed as text ("2,0", "0,5") an expression that reads it whatever Excel's locale — only
 * digits reach VALUE, and the comma's position gives the power of ten. Null when the text is
 * more than a number ("2,0 fte"), so no formula could reproduce the engine's reading.
 */
function currentTerm(content: unknown, ref: string, g: ThemeGap): string | null {
  if (typeof content === 'number') return ref;
  if (typeof content !== 'string' || !/^\d+(?:,\d+)?$/.test(content)) return null;
  if (Number(content.replace(',', '.')) !== g.current) return null;
  return `VALUE(SUBSTITUTE(${ref},",",""))/10^(LEN(${ref})-IFERROR(FIND(",",${ref}),LEN(${ref})))`;
}
