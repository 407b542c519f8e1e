// `ijkpunt analyse IN …`: read the file, find (or take) the table, run the benchmark, report.
import { uniqueNamePrefix, type AnalysisOptions, type AnalysisResult } from '../engine/benchmark';
import { parseNumber, type CellGrid, type Language } from '../engine/core';
import type { WritePlan } from '../plan';
import { runBenchmark } from '../studies';
import { loadInput, pickSheet, sliceRange, UsageError } from './input';
import { reportWarnings, type Io } from './io';
import { overridesFor, parseMap } from './map';
import { checkOut, writePlans } from './output';
import { jsonReport, textReport } from './report';
import { cliTexts } from '../i18n/cli';

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
  /** Overwrite cells the user changed inside IJkpunt's earlier output (else the write is refused). */
  readonly overwriteEdits?: boolean;
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
  /** The plan written with --out; null without it. */
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
    // Defined names per sheet, never another sheet's (Benchmark 2017 / Benchmark-2017).
    const named = { ...base, namePrefix: uniqueNamePrefix(sheet.sheet, loaded.names) };
    const options = mapping ? { ...named, overrides: mapping.overrides, headerRow: mapping.headerRow } : named;
    // No advisor's columns on the command line: a run is ok or fatal, never 'changed'.
    const run = runBenchmark({ table, sheet }, options);
    if (run.kind === 'ok') {
      if (args.out === undefined) return { result: run.result, sheet, plan: null, written: null };
      // The annotated copy: refused (nothing written) when a target cell holds the user's data.
      await writePlans(loaded, [run.plan], args.out, args.language, args.overwriteEdits === true);
      return { result: run.result, sheet, plan: run.plan, written: args.out };
    }
    if (run.kind === 'fatal') firstFailure ??= { sheet: sheet.sheet, cell: run.cell, message: run.message };
  }
  if (firstFailure) {
    throw new UsageError(`${t.where(args.input, firstFailure.sheet, firstFailure.cell)}: ${firstFailure.message}`);
  }
  throw new UsageError(t.noTable(args.input));
}

/** `ijkpunt analyse`'s output: warnings (the plan's only with --out), then the report. */
export async function analyseCommand(args: AnalyseArgs, json: boolean, io: Io): Promise<number> {
  const { result, plan, written } = await runAnalyse(args);
  reportWarnings(io, args.language, result.table.sheet, [...result.warnings, ...(plan?.warnings ?? [])]);
  io.stdout(json ? jsonReport(result) : textReport(result, args.language));
  if (written && !json) io.stdout(`${cliTexts(args.language).writtenTo(written)}\n`);
  return 0;
}
