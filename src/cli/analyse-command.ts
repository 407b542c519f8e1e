// `ijkpunt analyse IN …`: read the file, find (or take) the table, analyse, report.
import { analyseTable } from '../engine/benchmark';
import { buildPlan } from '../engine/benchmark';
import { type WritePlan } from '../plan';
import type { PreparedTable } from '../engine/benchmark';
import { parseNumber } from '../engine/core';
import type { AnalysisOptions, AnalysisResult } from '../engine/benchmark';
import type { CellGrid, Language } from '../engine/core';
import { loadInput, pickSheet, sliceRange, UsageError, type LoadedInput } from './input';
import { overridesFor, parseMap } from './map';
import { checkOut, writePlans } from './output';
import { cliTexts } from './texts';

export interface AnalyseArgs {
  readonly input: string;
  readonly sheet?: string;
  readonly range?: string;
  readonly map?: string;
  readonly inwoners?: string;
  readonly totalFte?: string;
  readonly fteServed?: string;
  readonly language: Language;
  readonly out?: string;
  readonly force?: boolean;
}

function positive(option: string, value: string | undefined, language: Language): number | undefined {
  if (value === undefined) return undefined;
  const parsed = parseNumber(value);
  if (parsed.kind !== 'number' || !(parsed.value > 0))
    throw new UsageError(cliTexts(language).badNumber(option, value));
  return parsed.value;
}

export interface AnalyseOutcome {
  readonly result: AnalysisResult;
  readonly sheet: CellGrid;
  readonly plan: WritePlan | null;
  readonly written: string | null;
}

export async function runAnalyse(args: AnalyseArgs): Promise<AnalyseOutcome> {
  const t = cliTexts(args.language);
  const loaded = await loadInput(args.input, args.language);
  const sheets = pickSheet(loaded.sheets, args.sheet, args.input, args.language);
  const base: AnalysisOptions = {
    language: args.language,
    decimal: loaded.decimal,
    inhabitants: positive('--inwoners', args.inwoners, args.language),
    totalFte: positive('--total-fte', args.totalFte, args.language),
    fteServed: positive('--fte-served', args.fteServed, args.language),
  };
  checkOut(args.out, [args.input], args.force === true, args.language);
  const entries = args.map !== undefined ? parseMap(args.map, args.language) : [];
  let firstFailure: { sheet: string; cell: string | null; message: string } | null = null;
  for (const sheet of sheets) {
    const table = args.range !== undefined ? sliceRange(sheet, args.range, args.language) : sheet;
    const mapping = entries.length > 0 ? overridesFor(table, entries, args.language) : null;
    const options = mapping ? { ...base, overrides: mapping.overrides, headerRow: mapping.headerRow } : base;
    const outcome = analyseTable({ table, sheet }, options);
    if (outcome.ok) {
      if (args.out === undefined) return { result: outcome.result, sheet, plan: null, written: null };
      const plan = await writeAnnotated(
        args,
        loaded,
        { table: outcome.table, result: outcome.result, grid: table },
        options,
      );
      return { result: outcome.result, sheet, plan, written: args.out };
    }
    firstFailure ??= { sheet: sheet.sheet, cell: outcome.cell, message: outcome.message };
  }
  if (firstFailure) {
    throw new UsageError(`${t.where(args.input, firstFailure.sheet, firstFailure.cell)}: ${firstFailure.message}`);
  }
  throw new UsageError(t.noTable(args.input));
}

/** The annotated copy: refuses (writing nothing) when a target cell holds the user's data. */
async function writeAnnotated(
  args: AnalyseArgs,
  loaded: LoadedInput,
  analysed: { table: PreparedTable; result: AnalysisResult; grid: CellGrid },
  options: AnalysisOptions,
): Promise<WritePlan> {
  const plan = buildPlan({ table: analysed.table, result: analysed.result, grid: analysed.grid, options });
  await writePlans(loaded, [plan], args.out ?? '', args.language);
  return plan;
}
