// `ijkpunt formatiewens IN`: desired against current formation per theme, and with --out a
// copy with the gaps as formulas beside the table.
import { analyseFormationWish, type FormationWish } from '../engine/formation-wish';
import { buildFormationWishPlan } from '../engine/formation-wish';
import type { Language, Warning } from '../engine/core';
import { formatFteRange, formatNumber } from '../i18n/format';
import { loadInput, pickSheet, UsageError } from './input';
import { checkOut, writePlans } from './output';
import { textTable } from './report';
import { cliTexts } from './texts';

export interface WishArgs {
  readonly input: string;
  readonly sheet?: string;
  readonly language: Language;
  readonly out?: string;
  readonly force?: boolean;
}

export async function runFormationWish(
  args: WishArgs,
): Promise<{ wish: FormationWish; warnings: readonly Warning[]; written: string | null }> {
  const t = cliTexts(args.language);
  checkOut(args.out, [args.input], args.force === true, args.language);
  const loaded = await loadInput(args.input, args.language);
  const sheets = pickSheet(loaded.sheets, args.sheet, args.input, args.language);
  let failure: string | null = null;
  for (const grid of sheets) {
    const outcome = analyseFormationWish(grid, { language: args.language, decimal: loaded.decimal });
    if (!outcome.ok) {
      failure ??= `${t.where(args.input, grid.sheet, outcome.cell)}: ${outcome.message}`;
      continue;
    }
    const wish = outcome.wish;
    if (args.out === undefined) return { wish, warnings: wish.warnings, written: null };
    const plan = buildFormationWishPlan(wish, grid, args.language);
    await writePlans(loaded, [plan], args.out, args.language);
    return { wish, warnings: wish.warnings, written: args.out };
  }
  throw new UsageError(sheets.length === 1 && failure ? failure : t.noWish(args.input));
}

export function wishReport(wish: FormationWish, language: Language): string {
  const head = language === 'nl' ? ['Thema', 'Gewenst', 'Aanwezig', 'Lacune'] : ['Theme', 'Desired', 'Present', 'Gap'];
  const rows = [
    head,
    ...wish.themes.map((g) => [
      g.theme,
      formatFteRange(g.desired, language),
      formatNumber(g.current, 1, language),
      formatFteRange(g.gap, language, { sign: true }),
    ]),
  ];
  const table = textTable(rows, [0]);
  const title = language === 'nl' ? `Formatiewens — ${wish.sheet}` : `Desired formation — ${wish.sheet}`;
  return `${[title, ...wish.sentences.map((s) => `• ${s}`), '', ...table].join('\n')}\n`;
}
