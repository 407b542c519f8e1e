// The cooperation criteria as one use case: a criteria table in; the scorecard per team and
// indicator, the scorecard's plan beside the table and (on request) a factsheet per team out.
// Below it what each front door shows of it: the pane's tables, the terminal's text, the JSON.
import {
  buildCriteriaPlan,
  buildFactsheetPlans,
  indicatorFigures,
  scoreCriteria,
  type CriteriaResult,
} from '../engine/criteria';
import type { Language } from '../engine/core';
import { STATUS_TEXT, VERDICT_TEXT } from '../i18n/criteria';
import { studyTexts } from '../i18n/study-ui';
import type { ReadSheet } from './definition';
import { type StudyDone, type StudyPreview, type StudyRun, type StudySheet } from './study';
import { textTable } from './text-table';

export interface CriteriaRunOptions {
  readonly language: Language;
  /** Absent: the engine's 2018, 2019, 2020. */
  readonly baselineYears?: readonly number[];
  /** Absent: the engine's 5%. */
  readonly tolerance?: number;
  /** Also a factsheet (A–F) per team, each on a sheet of its own. */
  readonly factsheets: boolean;
}

/** The scorecard alone, without plans: how the study reads a sheet. */
export function readCriteria(
  input: StudySheet,
  options: Omit<CriteriaRunOptions, 'factsheets'>,
): ReturnType<typeof scoreCriteria> {
  return scoreCriteria(input.grid, {
    language: options.language,
    ...(input.decimal ? { decimal: input.decimal } : {}),
    ...(options.baselineYears ? { baselineYears: options.baselineYears } : {}),
    ...(options.tolerance !== undefined ? { tolerance: options.tolerance } : {}),
  });
}

/** The scorecard's plan beside the criteria table, and the factsheets when asked for. */
export function criteriaPlans(
  input: ReadSheet<CriteriaResult>,
  options: Pick<CriteriaRunOptions, 'language' | 'factsheets'>,
): StudyRun<CriteriaResult> {
  const { language } = options;
  const result = input.read;
  const criteria = buildCriteriaPlan({ result, grid: input.sheet.grid, language });
  const plans = [criteria.plan, ...(options.factsheets ? buildFactsheetPlans(result, criteria, language) : [])];
  return { ok: true, result, plans, warnings: result.warnings, planWarnings: plans.flatMap((p) => p.warnings) };
}

export function criteriaPreview(run: StudyDone<CriteriaResult>, language: Language): StudyPreview {
  const s = studyTexts(language);
  const { result } = run;
  const status = STATUS_TEXT[language];
  return {
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
          VERDICT_TEXT[language][t.summary.verdict],
        ]),
      },
      {
        caption: s.criteriaHead[1] ?? '',
        head: s.criteriaHead,
        rows: result.teams.flatMap((t) =>
          t.indicators.map((i) => {
            const figures = indicatorFigures(i, language);
            return [t.team, i.indicator, figures.baseline, figures.latest, figures.change, status[i.status]];
          }),
        ),
      },
    ],
  };
}

/** The JSON of the issue: per team its indicators and summary, the sentences and warnings. */
export function criteriaJson(result: CriteriaResult): unknown {
  return {
    sheet: result.sheet,
    baselineYears: result.baselineYears,
    tolerance: result.tolerance,
    teams: result.teams.map((team) => ({
      team: team.team,
      indicators: team.indicators.map((i) => ({
        criterion: i.criterion,
        indicator: i.indicator,
        direction: i.direction,
        baseline: i.baseline,
        baselineYears: i.baselineValues.map((v) => v.label),
        latest: i.latest,
        latestYear: i.latestYear,
        change: i.change,
        changePct: i.changePct,
        tolerance: i.tolerance,
        weight: i.weight,
        status: i.status,
        explanationMissing: i.explanationMissing,
        notes: i.notes,
      })),
      summary: team.summary,
    })),
    sentences: result.sentences,
    warnings: result.warnings,
  };
}

export function criteriaText(result: CriteriaResult, language: Language): string {
  const status = STATUS_TEXT[language];
  const words = studyTexts(language).report;
  const head = words.criteriaHead;
  const lines: string[] = [words.criteriaTitle(result.sheet)];
  for (const s of result.sentences) lines.push(`• ${s}`);
  for (const team of result.teams) {
    lines.push('', team.team);
    const rows = [
      head,
      ...team.indicators.map((i) => {
        const figures = indicatorFigures(i, language);
        return [i.indicator, figures.baseline, figures.latest, i.latestYear ?? '', figures.change, status[i.status]];
      }),
    ];
    lines.push(...textTable(rows, [0, 3, 4, 5]));
  }
  return `${lines.join('\n')}\n`;
}
