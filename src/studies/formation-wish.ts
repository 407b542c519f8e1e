// The desired formation as one use case: a table of desired against current fte per theme in;
// the gap per theme and in total, and the plan with the gaps as formulas beside the table out.
import type { Language } from '../engine/core';
import { analyseFormationWish, buildFormationWishPlan, type FormationWish } from '../engine/formation-wish';
import { formatFteRange, formatNumber } from '../i18n/format';
import { studyTexts } from '../i18n/study-ui';
import type { ReadSheet } from './definition';
import { type StudyDone, type StudyPreview, type StudyRun, type StudySheet } from './study';
import { textTable } from './text-table';

/** The gaps alone, without the plan: how the study reads a sheet. */
export function readFormationWish(input: StudySheet, language: Language): ReturnType<typeof analyseFormationWish> {
  return analyseFormationWish(input.grid, { language, ...(input.decimal ? { decimal: input.decimal } : {}) });
}

/** The plan with the gaps as formulas beside the table. */
export function formationWishPlans(input: ReadSheet<FormationWish>, language: Language): StudyRun<FormationWish> {
  const wish = input.read;
  const plan = buildFormationWishPlan(wish, input.sheet.grid, language);
  return { ok: true, result: wish, plans: [plan], warnings: wish.warnings, planWarnings: plan.warnings };
}

export function formationWishPreview(run: StudyDone<FormationWish>, language: Language): StudyPreview {
  const s = studyTexts(language);
  const wish = run.result;
  // The assessment as the sheet shows it (the plan's Beoordeling column).
  const kinds = run.plans[0]?.columns.find((c) => c.key === 'gap.kind');
  const assessment = (row: number) => String(kinds?.cells.find((c) => c.row === row)?.value ?? '');
  return {
    sentences: wish.sentences,
    tables: [
      {
        caption: s.tabs.wish,
        head: s.wishHead,
        rows: wish.themes.map((g) => [
          g.theme,
          formatFteRange(g.desired, language),
          formatNumber(g.current, 1, language),
          formatFteRange(g.gap, language, { sign: true }),
          assessment(g.row),
        ]),
      },
    ],
  };
}

export function formationWishText(wish: FormationWish, language: Language): string {
  const words = studyTexts(language).report;
  const head = words.wishHead;
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
  const title = words.wishTitle(wish.sheet);
  return `${[title, ...wish.sentences.map((s) => `• ${s}`), '', ...table].join('\n')}\n`;
}
