// The desired formation's words (src/engine/formation-wish composes them), Dutch and English side by side.
import type { GapKind } from '../engine/formation-wish';

/** Words of src/engine/formation-wish/wish.ts. */
export const WISH_TEXT = {
  nl: {
    noTable: (sheet: string) =>
      `Op blad '${sheet}' staat geen tabel met een formatiewens: IJkpunt zoekt kolommen Thema, Gewenste formatie (bijvoorbeeld "5 á 6 fte") en Huidige formatie.`,
    badDesired: (cell: string, text: string) =>
      `Cel ${cell}: "${text}" is geen aantal fte of bereik (zoals "5 á 6 fte" of "1-2"); dit thema telt niet mee.`,
    badCurrent: (cell: string, text: string) => `Cel ${cell}: "${text}" is geen aantal fte; dit thema telt niet mee.`,
    missingCurrent: (cell: string) => `Cel ${cell}: de huidige formatie ontbreekt; dit thema telt niet mee.`,
    missingDesired: (cell: string) => `Cel ${cell}: de gewenste formatie ontbreekt; dit thema telt niet mee.`,
    total: 'Totaal',
    unit: 'fte',
    desired: 'gewenst',
    present: 'aanwezig',
    kinds: { tekort: 'tekort', overschot: 'overschot', 'binnen wens': 'binnen de wens' } as Record<GapKind, string>,
  },
  en: {
    noTable: (sheet: string) =>
      `Sheet '${sheet}' holds no desired-formation table: IJkpunt looks for columns Theme, Desired staffing (e.g. "5 á 6 fte") and Current staffing.`,
    badDesired: (cell: string, text: string) =>
      `Cell ${cell}: "${text}" is not an FTE number or range (such as "5 á 6 fte" or "1-2"); this theme is left out.`,
    badCurrent: (cell: string, text: string) => `Cell ${cell}: "${text}" is not an FTE number; this theme is left out.`,
    missingCurrent: (cell: string) => `Cell ${cell}: the current staffing is missing; this theme is left out.`,
    missingDesired: (cell: string) => `Cell ${cell}: the desired staffing is missing; this theme is left out.`,
    total: 'Total',
    unit: 'FTE',
    desired: 'desired',
    present: 'present',
    kinds: { tekort: 'shortage', overschot: 'surplus', 'binnen wens': 'within the wish' } as Record<GapKind, string>,
  },
};

/** Words of src/engine/formation-wish/plan.ts. */
export const WISH_PLAN_TEXT = {
  nl: {
    headers: ['Gewenst laag (fte)', 'Gewenst hoog (fte)', 'Lacune laag (fte)', 'Lacune hoog (fte)', 'Beoordeling'],
    total: 'Totaal (IJkpunt)',
    kinds: { tekort: 'tekort', overschot: 'overschot', 'binnen wens': 'binnen wens' } as Record<GapKind, string>,
  },
  en: {
    headers: ['Desired low (FTE)', 'Desired high (FTE)', 'Gap low (FTE)', 'Gap high (FTE)', 'Assessment'],
    total: 'Total (IJkpunt)',
    kinds: { tekort: 'shortage', overschot: 'surplus', 'binnen wens': 'within the wish' } as Record<GapKind, string>,
  },
};
