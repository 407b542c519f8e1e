// `ijkpunt analyse IN …`: read the file, find (or take) the table, analyse, report.
import { analyse } from '../engine/analyse';
import { parseNumber } from '../engine/numbers';
import type { AnalysisOptions, AnalysisResult, CellGrid, Language } from '../engine/types';
import { loadInput, pickSheet, sliceRange, UsageError } from './input';
import { overridesFor, parseMap } from './map';
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
  const entries = args.map !== undefined ? parseMap(args.map, args.language) : [];
  let firstFailure: { sheet: string; cell: string | null; message: string } | null = null;
  for (const sheet of sheets) {
    const table = args.range !== undefined ? sliceRange(sheet, args.range, args.language) : sheet;
    const mapping = entries.length > 0 ? overridesFor(table, entries, args.language) : null;
    const outcome = analyse(
      { table, sheet },
      mapping ? { ...base, overrides: mapping.overrides, headerRow: mapping.headerRow } : base,
    );
    if (outcome.ok) return { result: outcome.result, sheet };
    firstFailure ??= { sheet: sheet.sheet, cell: outcome.cell, message: outcome.message };
  }
  if (firstFailure) {
    throw new UsageError(`${t.where(args.input, firstFailure.sheet, firstFailure.cell)}: ${firstFailure.message}`);
  }
  throw new UsageError(t.noTable(args.input));
}
