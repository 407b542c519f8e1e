// What each study tab computes from the sheets it read, in the pane: the preview (sentences,
// tables) and the plans "Schrijf naar blad" writes. The engine does the work; this only
// chooses the plans and turns results into rows of text.
import { analyseTable } from '../engine/benchmark';
import { scoreCriteria } from '../engine/criteria';
import { buildCriteriaPlan } from '../engine/criteria';
import { indicatorFigures, STATUS_TEXT, VERDICT_TEXT } from '../engine/criteria';
import { buildFactsheetPlans } from '../engine/criteria';
import { analyseFormationWish } from '../engine/formation-wish';
import { buildFormationWishPlan } from '../engine/formation-wish';
import { buildPlan } from '../engine/benchmark';
import { type WritePlan } from '../plan';
import { compareYears, TREND_TEXT, yearLabel } from '../engine/trend';
import { buildTrendPlan, comparisonSheetName } from '../engine/trend';
import type { CellGrid, Language, Warning } from '../engine/core';
import type { SheetRead } from '../studies';
import { formatFteRange, formatNumber, formatPercent, formatPoints } from '../i18n/format';
import { studyTexts } from '../i18n/study-ui';

export type StudyKind = 'criteria' | 'compare' | 'wish';

export interface PreviewTable {
  readonly caption: string;
  readonly head: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

export type StudyRun =
  | {
      readonly ok: true;
      readonly sentences: readonly string[];
      readonly tables: readonly PreviewTable[];
      readonly plans: readonly WritePlan[];
      readonly warnings: readonly Warning[];
    }
  | { readonly ok: false; readonly cell: string | null; readonly message: string };

const pct = (v: number | null, language: Language) => (v === null ? '' : formatPercent(v, language, { sign: true }));

export function runCriteria(
  grid: CellGrid,
  options: { language: Language; baselineYears?: readonly number[]; tolerance?: number; factsheets: boolean },
): StudyRun {
  const s = studyTexts(options.language);
  const outcome = scoreCriteria(grid, {
    language: options.language,
    ...(options.baselineYears ? { baselineYears: options.baselineYears } : {}),
    ...(options.tolerance !== undefined ? { tolerance: options.tolerance } : {}),
  });
  if (!outcome.ok) return outcome;
  const result = outcome.result;
  const status = STATUS_TEXT[options.language];
  const criteria = buildCriteriaPlan({ result, grid, language: options.language });
  const plans = [criteria.plan, ...(options.factsheets ? buildFactsheetPlans(result, criteria, options.language) : [])];
  return {
    ok: true,
    sentences: result.sentences,
    tables: [
      {
        caption: s.tabs.criteria,
        head: s.teamsHead,
        rows: result.teams.map((t) => [
          t.team,
          String(t.summary.counts.verbeterd),
          String(t.summary.counts.gelijk),
          String(t.summary.counts.verslechterd),
          String(t.summary.counts['onvoldoende gegevens']),
          VERDICT_TEXT[options.language][t.summary.verdict],
        ]),
      },
      {
        caption: s.criteriaHead[1] ?? '',
        head: s.criteriaHead,
        rows: result.teams.flatMap((t) =>
          t.indicators.map((i) => {
            const figures = indicatorFigures(i, options.language);
            return [t.team, i.indicator, figures.baseline, figures.latest, figures.change, status[i.status]];
          }),
        ),
      },
    ],
    plans,
    warnings: [...result.warnings, ...criteria.plan.warnings],
  };
}

/** IJkpunt's benchmark plan for a sheet it wrote, so the comparison can point at its Δ% cells. */
function writtenPlan(
  read: SheetRead,
  language: Language,
): { plan: WritePlan | undefined; outcome: ReturnType<typeof analyseTable> } {
  const outcome = analyseTable({ table: read.grid, sheet: read.grid }, { language });
  if (!outcome.ok || !read.remembered) return { plan: undefined, outcome };
  const plan = buildPlan({ table: outcome.table, result: outcome.result, grid: read.grid, options: { language } });
  // Only when the columns are where IJkpunt wrote them last time.
  const same = plan.columns.every((c) =>
    read.remembered?.columns.some((k) => k.col === c.col && k.header === c.header),
  );
  return { plan: same ? plan : undefined, outcome };
}

export function runCompare(a: SheetRead, b: SheetRead, options: { language: Language; band?: number }): StudyRun {
  const s = studyTexts(options.language);
  const first = writtenPlan(a, options.language);
  const second = writtenPlan(b, options.language);
  if (!first.outcome.ok) return first.outcome;
  if (!second.outcome.ok) return second.outcome;
  let labelA = yearLabel(a.sheet) ?? a.sheet;
  let labelB = yearLabel(b.sheet) ?? b.sheet;
  if (labelA === labelB) [labelA, labelB] = [a.sheet, b.sheet];
  const comparison = compareYears(
    { result: first.outcome.result, label: labelA },
    { result: second.outcome.result, label: labelB },
    { language: options.language, ...(options.band !== undefined ? { band: options.band } : {}) },
  );
  const plan = buildTrendPlan({
    comparison,
    sheet: comparisonSheetName(labelA, labelB, options.language),
    language: options.language,
    sources: { ...(first.plan ? { a: first.plan } : {}), ...(second.plan ? { b: second.plan } : {}) },
  });
  return {
    ok: true,
    sentences: comparison.sentences,
    tables: [
      {
        caption: s.tabs.compare,
        head: s.compareHead(labelA, labelB),
        rows: comparison.clusters.map((x) => [
          x.name,
          pct(x.a.deltaPct, options.language),
          pct(x.b.deltaPct, options.language),
          x.change === null ? '' : formatPoints(x.change, options.language),
          TREND_TEXT[options.language][x.trend],
        ]),
      },
    ],
    plans: [plan],
    warnings: comparison.warnings,
  };
}

export function runWish(grid: CellGrid, options: { language: Language }): StudyRun {
  const s = studyTexts(options.language);
  const outcome = analyseFormationWish(grid, { language: options.language });
  if (!outcome.ok) return outcome;
  const wish = outcome.wish;
  const plan = buildFormationWishPlan(wish, grid, options.language);
  // The assessment as the sheet shows it (the plan's Beoordeling column).
  const assessment = (row: number) => String(plan.columns[4]?.cells.find((c) => c.row === row)?.value ?? '');
  return {
    ok: true,
    sentences: wish.sentences,
    tables: [
      {
        caption: s.tabs.wish,
        head: s.wishHead,
        rows: wish.themes.map((g) => [
          g.theme,
          formatFteRange(g.desired, options.language),
          formatNumber(g.current, 1, options.language),
          formatFteRange(g.gap, options.language, { sign: true }),
          assessment(g.row),
        ]),
      },
    ],
    plans: [plan],
    warnings: wish.warnings,
  };
}

/** The sheets a user can pick: IJkpunt's own record (_IJkpunt) is not one of them. */
export function visibleSheets(names: readonly string[]): string[] {
  return names.filter((n) => !n.startsWith('_'));
}

/** The sheet a study starts on: one whose name says so, else the active one. */
export function defaultSheets(kind: StudyKind, visible: readonly string[], active: string): [string, string] {
  const find = (pattern: RegExp) => visible.find((n) => pattern.test(n));
  if (kind === 'criteria') {
    const sheet = find(/toets|criteri|samenwerk/i) ?? active;
    return [sheet, sheet];
  }
  if (kind === 'wish') {
    const sheet = find(/wens|lacune|desired/i) ?? active;
    return [sheet, sheet];
  }
  const years = visible
    .map((n) => ({ n, y: yearLabel(n) }))
    .filter((x): x is { n: string; y: string } => x.y !== null && !/vergelijk|comparison/i.test(x.n))
    .sort((x, y) => Number(x.y) - Number(y.y));
  const last = years[years.length - 1]?.n ?? active;
  const before = years[years.length - 2]?.n ?? visible.find((n) => n !== last) ?? last;
  return [before, last];
}
