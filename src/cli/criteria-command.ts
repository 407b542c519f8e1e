// `ijkpunt criteria IN …`: the cooperation scorecard of a criteria table, as text or JSON, and
// with --out a copy holding the scorecard as formulas and a factsheet per team;
// `ijkpunt criteria --template OUT.xlsx`: an empty criteria sheet to fill in.
import { scoreCriteria, type CriteriaResult } from '../engine/criteria';
import { parseYearList } from '../engine/criteria';
import { buildCriteriaPlan } from '../engine/criteria';
import { indicatorFigures, STATUS_TEXT } from '../engine/criteria';
import { buildCriteriaTemplate, templateRange, TEMPLATE_SHEET } from '../engine/criteria';
import { buildFactsheetPlans } from '../engine/criteria';
import type { Language, Warning } from '../engine/core';
import { loadInput, packageFromGrid, pickSheet, UsageError } from './input';
import { checkOut, fraction, writeOut, writePlans } from './output';
import { textTable } from './report';
import { cliTexts } from './texts';
import { annotatedPackage } from '../xlsx/write';

export interface CriteriaArgs {
  readonly input: string;
  readonly sheet?: string;
  readonly baseline?: string;
  readonly tolerance?: string;
  readonly language: Language;
  readonly out?: string;
  readonly force?: boolean;
}

/** "2018,2019,2020", "2018-2020" or "2018–2020". */
export function parseYears(value: string, language: Language): number[] {
  const years = parseYearList(value);
  if (!years) throw new UsageError(cliTexts(language).badYears(value));
  return years;
}

export interface CriteriaOutcome {
  readonly result: CriteriaResult;
  readonly warnings: readonly Warning[];
  readonly written: string | null;
}

export async function runCriteria(args: CriteriaArgs): Promise<CriteriaOutcome> {
  const t = cliTexts(args.language);
  const baselineYears = args.baseline !== undefined ? parseYears(args.baseline, args.language) : undefined;
  const tolerance = fraction('--tolerance', args.tolerance, args.language);
  checkOut(args.out, [args.input], args.force === true, args.language);
  const loaded = await loadInput(args.input, args.language);
  const sheets = pickSheet(loaded.sheets, args.sheet, args.input, args.language);
  let firstFailure: { sheet: string; cell: string | null; message: string } | null = null;
  for (const grid of sheets) {
    const outcome = scoreCriteria(grid, {
      language: args.language,
      decimal: loaded.decimal,
      ...(baselineYears ? { baselineYears } : {}),
      ...(tolerance !== undefined ? { tolerance } : {}),
    });
    if (!outcome.ok) {
      firstFailure ??= { sheet: grid.sheet, ...outcome };
      continue;
    }
    const result = outcome.result;
    if (args.out === undefined) return { result, warnings: result.warnings, written: null };
    const criteria = buildCriteriaPlan({ result, grid, language: args.language });
    const factsheets = buildFactsheetPlans(result, criteria, args.language);
    await writePlans(loaded, [criteria.plan, ...factsheets], args.out, args.language);
    return { result, warnings: [...result.warnings, ...criteria.plan.warnings], written: args.out };
  }
  if (sheets.length === 1 && firstFailure)
    throw new UsageError(`${t.where(args.input, firstFailure.sheet, firstFailure.cell)}: ${firstFailure.message}`);
  throw new UsageError(t.noCriteria(args.input));
}

/** A new workbook holding only the template sheet. */
export async function writeTemplate(
  out: string,
  options: { baseline?: string; language: Language; force?: boolean },
): Promise<string> {
  checkOut(out, [], options.force === true, options.language);
  const baselineYears = options.baseline !== undefined ? parseYears(options.baseline, options.language) : undefined;
  const plan = buildCriteriaTemplate({ language: options.language, ...(baselineYears ? { baselineYears } : {}) });
  const parts = await packageFromGrid({ sheet: TEMPLATE_SHEET, topLeft: 'A1', cells: [] });
  writeOut(out, annotatedPackage(parts, [plan], new Map()));
  return templateRange(plan);
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

export function criteriaReport(result: CriteriaResult, language: Language): string {
  const status = STATUS_TEXT[language];
  const head =
    language === 'nl'
      ? ['Indicator', 'Nul-lijn', 'Laatste', 'Jaar', 'Δ%', 'Status']
      : ['Indicator', 'Baseline', 'Latest', 'Year', 'Δ%', 'Status'];
  const lines: string[] = [language === 'nl' ? `Toetsing — ${result.sheet}` : `Criteria — ${result.sheet}`];
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
