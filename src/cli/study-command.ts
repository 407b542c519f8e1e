// `ijkpunt <study> FILE…` for every study in the registry: the files' sheets in, the study's
// report out, and with --out a copy of the input holding its plans. Only what belongs to the
// command line is here — files, sheets, --out, what goes to stdout and stderr; the study,
// its options and its reports are the registry's.
import { basename, extname } from 'path';
import type { Language, Warning } from '../engine/core';
import type { OptionInput, PreparedStudy, StudyAction, StudyDefinition, StudyReport, StudySheet } from '../studies';
import { annotatedPackage } from '../xlsx/write';
import { loadInput, packageFromGrid, pickSheet, UsageError, type LoadedInput } from './input';
import { flagName, flagText, reportWarnings, type Flags, type Io } from './io';
import { checkOut, writeOut, writePlans } from './output';
import { cliTexts } from '../i18n/cli';

export interface StudyArgs {
  /** One file per input of the study. */
  readonly files: readonly string[];
  /** Per input, the sheet its flag names; absent: the first sheet the study can read. */
  readonly sheets: readonly (string | undefined)[];
  readonly given: OptionInput;
  readonly language: Language;
  readonly out?: string;
  readonly force?: boolean;
  readonly overwriteEdits?: boolean;
}

export interface StudyCommandOutcome {
  readonly report: StudyReport;
  /** What stderr tells: the plans' warnings too once they are written. */
  readonly warnings: readonly Warning[];
  readonly written: string | null;
}

/** One file on the command line, as input `index` of a study. */
interface InputFile {
  readonly index: number;
  readonly path: string;
  readonly loaded: LoadedInput;
  /** The sheet its flag names; absent: every sheet, in order. */
  readonly sheet: string | undefined;
}

/** The first of a file's sheets the study can read; else the reason, naming the file. */
function firstReadable(
  study: StudyDefinition,
  prepared: PreparedStudy,
  file: InputFile,
  language: Language,
): StudySheet {
  const t = cliTexts(language);
  const candidates = pickSheet(file.loaded.sheets, file.sheet, file.path, language);
  const fileName = basename(file.path, extname(file.path));
  let reason: string | null = null;
  for (const grid of candidates) {
    const sheet: StudySheet = { sheet: grid.sheet, grid, decimal: file.loaded.decimal, fileName };
    const failure = prepared.reads(file.index, sheet);
    if (!failure) return sheet;
    reason ??= `${t.where(file.path, grid.sheet, failure.cell)}: ${failure.message}`;
  }
  const notFound = study.cli.notFound;
  if (reason !== null && (candidates.length === 1 || !notFound)) throw new UsageError(reason);
  throw new UsageError(notFound ? notFound(file.path, language) : t.noTable(file.path));
}

export async function runStudyCommand(study: StudyDefinition, args: StudyArgs): Promise<StudyCommandOutcome> {
  const { language } = args;
  const prepared = study.prepare(args.given, language);
  if (!prepared.ok) throw new UsageError(prepared.flagMessage);
  const out = study.cli.writesCopy ? args.out : undefined;
  checkOut(out, args.files, args.force === true, language);
  // File by file: a file none of whose sheets can be read is told before the next is opened.
  const files: InputFile[] = [];
  const sheets: StudySheet[] = [];
  for (const [index, path] of args.files.entries()) {
    const file = { index, path, loaded: await loadInput(path, language), sheet: args.sheets[index] };
    files.push(file);
    sheets.push(firstReadable(study, prepared, file, language));
  }
  const report = prepared.run(sheets);
  if (!report.ok) {
    const failed = files[report.input];
    const where = cliTexts(language).where(failed?.path ?? '', sheets[report.input]?.sheet ?? '', report.cell);
    throw new UsageError(`${where}: ${report.message}`);
  }
  const copied = files[0]?.loaded;
  if (out === undefined || !copied) return { report, warnings: report.warnings, written: null };
  await writePlans(copied, report.plans, out, language, args.overwriteEdits === true);
  return { report, warnings: [...report.warnings, ...report.planWarnings], written: out };
}

/** An action's plans in a new workbook at `path`; what to say once it is written. */
export async function runStudyAction(
  action: StudyAction,
  path: string,
  options: { readonly given: OptionInput; readonly language: Language; readonly force?: boolean },
): Promise<string> {
  checkOut(path, [], options.force === true, options.language);
  const made = action.make(options.given, options.language);
  if (!made.ok) throw new UsageError(made.flagMessage);
  const { plans } = made.value;
  const parts = await packageFromGrid({ sheet: plans[0]?.sheet ?? '', topLeft: 'A1', cells: [] });
  writeOut(path, annotatedPackage(parts, plans, new Map()), options.language);
  return made.value.fileDone(path);
}

/** The options as the flags give them, by the study's keys. */
function givenOptions(study: StudyDefinition, flags: Flags): OptionInput {
  return Object.fromEntries(
    study.options.flatMap((option) => (option.flag ? [[option.key, flags[flagName(option.flag)]]] : [])),
  );
}

/** `ijkpunt <study> …` from parsed flags to the exit code: 0 once the report is out. */
export async function studyCommand(
  study: StudyDefinition,
  flags: Flags,
  files: readonly string[],
  language: Language,
  io: Io,
): Promise<number> {
  const given = givenOptions(study, flags);
  const force = flags.force === true;
  for (const action of study.actions) {
    const path = flagText(flags, action.flag);
    if (path === undefined) continue;
    io.stdout(`${await runStudyAction(action, path, { given, language, force })}\n`);
    return 0;
  }
  if (files.length < study.inputs.length)
    throw new UsageError(study.cli.missingFiles?.(language) ?? cliTexts(language).missingInput);
  const { report, warnings, written } = await runStudyCommand(study, {
    files: files.slice(0, study.inputs.length),
    sheets: study.inputs.map((input) => flagText(flags, input.sheetFlag)),
    given,
    language,
    out: flagText(flags, '--out'),
    force,
    overwriteEdits: flags['overwrite-edits'] === true,
  });
  reportWarnings(io, language, report.warningSheet, warnings);
  const json = flags.json === true;
  io.stdout(json ? `${JSON.stringify(report.json(), null, 2)}\n` : report.text());
  if (written && !json) io.stdout(`${cliTexts(language).writtenTo(written)}\n`);
  return 0;
}
