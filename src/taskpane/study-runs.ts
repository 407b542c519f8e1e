// The pane's study tabs over the use cases in src/studies, which now hold what this file
// computed (the runs, the preview tables, the default sheets). An adapter in the pane's old
// terms, until the pane runs the studies through their registry.
import type { CellGrid, Language, Warning } from '../engine/core';
import type { WritePlan } from '../plan';
import {
  criteriaPreview,
  formationWishPreview,
  runCriteria as runCriteriaStudy,
  runFormationWish,
  runYearComparison,
  STUDY,
  yearComparisonPreview,
  type PreviewTable,
  type StudyDone,
  type StudyId,
  type StudyPreview,
  type StudyRun as UseCaseRun,
  type SheetRead,
  type StudySheet,
} from '../studies';

export { visibleSheets } from '../studies';
export type { PreviewTable };
export type StudyKind = StudyId;

export type StudyRun =
  | (StudyPreview & {
      readonly ok: true;
      readonly plans: readonly WritePlan[];
      readonly warnings: readonly Warning[];
    })
  | { readonly ok: false; readonly cell: string | null; readonly message: string };

function forPane<R>(run: UseCaseRun<R>, preview: (done: StudyDone<R>) => StudyPreview): StudyRun {
  if (!run.ok) return { ok: false, cell: run.cell, message: run.message };
  return { ok: true, ...preview(run), plans: run.plans, warnings: [...run.warnings, ...run.planWarnings] };
}

export function runCriteria(
  grid: CellGrid,
  options: { language: Language; baselineYears?: readonly number[]; tolerance?: number; factsheets: boolean },
): StudyRun {
  return forPane(runCriteriaStudy({ sheet: grid.sheet, grid }, options), (done) =>
    criteriaPreview(done, options.language),
  );
}

/** The workbook's record of a sheet, as much of it as the comparison needs. */
function year(read: SheetRead): StudySheet {
  return { sheet: read.sheet, grid: read.grid, remembered: read.remembered };
}

export function runCompare(a: SheetRead, b: SheetRead, options: { language: Language; band?: number }): StudyRun {
  return forPane(runYearComparison(year(a), year(b), options), (done) => yearComparisonPreview(done, options.language));
}

export function runWish(grid: CellGrid, options: { language: Language }): StudyRun {
  return forPane(runFormationWish({ sheet: grid.sheet, grid }, options), (done) =>
    formationWishPreview(done, options.language),
  );
}

/** The sheet(s) a study starts on; a study of one input names it twice. */
export function defaultSheets(kind: StudyKind, visible: readonly string[], active: string): [string, string] {
  const [first = active, second = first] = STUDY[kind].defaultSheets(visible, active);
  return [first, second];
}
