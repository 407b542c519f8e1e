// What a registry entry holds (registry.ts lists them), and `defineStudy`, which turns a study
// written with its own types into an entry a front door can use without knowing them.
import type { Language, Warning } from '../engine/core';
import { studyTexts } from '../i18n/study-ui';
import type { WritePlan } from '../plan';
import type { OptionInput, Parsed, Refusal, StudyOption } from './options';
import type { StudyDone, StudyFailure, StudyPreview, StudyRun, StudySheet } from './study';

export type StudyId = 'criteria' | 'compare' | 'wish';

/** One input of a study: a sheet the user picks in the pane, a file on the command line. */
export interface StudyInput {
  /** The pane's sheet field. */
  label(language: Language): string;
  /** The command line's flag naming the sheet in the file; without it every sheet is tried, in order. */
  readonly sheetFlag: string;
}

/** What an action writes, and what to say once it is written. */
export interface ActionPlans {
  readonly plans: readonly WritePlan[];
  readonly paneDone: string;
  /** Said on the command line once the plans are in the new file at `path`. */
  fileDone(path: string): string;
}

/** Something a study offers beside its run, such as criteria's ready-to-fill template. */
export interface StudyAction {
  readonly key: string;
  /** The command line's flag, taking the new file to write: `ijkpunt criteria --template OUT.xlsx`. */
  readonly flag: string;
  /** The pane's button. */
  label(language: Language): string;
  /** The plans, from the study's options as given; a refusal names the bad option. */
  make(given: OptionInput, language: Language): Parsed<ActionPlans>;
}

/** How the command line treats a study's files. */
export interface StudyCli {
  /** Whether --out writes a copy of the (first) input file holding the plans. */
  readonly writesCopy: boolean;
  /** Said when files are missing; absent: the command line's general "give an input file". */
  missingFiles?(language: Language): string;
  /**
   * Said, naming the file, when none of its several sheets holds the study's input. Absent:
   * the first sheet's reason, as the benchmark tells it. A file of one sheet gives its reason.
   */
  notFound?(path: string, language: Language): string;
}

/** A run as a front door shows it, the study's own result hidden behind its reports. */
export interface StudyReport {
  readonly ok: true;
  readonly plans: readonly WritePlan[];
  readonly warnings: readonly Warning[];
  /** Warnings that come with writing the plans (the command line tells them only with --out). */
  readonly planWarnings: readonly Warning[];
  /** The sheet the warnings' cells are on; null: they name no sheet. */
  readonly warningSheet: string | null;
  /** The pane's sentences and tables. */
  preview(): StudyPreview;
  /** The command line's plain-text report. */
  text(): string;
  /** The command line's --json. */
  json(): unknown;
}

export type StudyOutcome = StudyReport | StudyFailure;

/** A study whose options are read: what remains is to give it its sheets. */
export interface PreparedStudy {
  readonly ok: true;
  /** Null, or why `sheet` cannot be input `index`: the command line tries a file's sheets with it. */
  reads(index: number, sheet: StudySheet): StudyFailure | null;
  /** One sheet per input, in the order of `inputs`. */
  run(sheets: readonly StudySheet[]): StudyOutcome;
}

export interface StudyDefinition {
  readonly id: StudyId;
  /** The tab's name and the report's title word. */
  title(language: Language): string;
  /** The pane's line under the title. */
  intro(language: Language): string;
  /** The command line's name for it, then its aliases. */
  readonly commands: readonly string[];
  /** How many inputs, and what each is called. */
  readonly inputs: readonly StudyInput[];
  /** In the order they are read: the first bad value is the one refused. */
  readonly options: readonly StudyOption[];
  readonly actions: readonly StudyAction[];
  readonly cli: StudyCli;
  /** The sheets the pane starts on, one per input. */
  defaultSheets(visible: readonly string[], active: string): string[];
  /** Reads the options as given (a refusal names the first bad one). */
  prepare(given: OptionInput, language: Language): PreparedStudy | Refusal;
}

/** Input `index` as the study reads it — the engine's analysis it builds on — or why it cannot. */
export type SheetReading<Read> = { readonly ok: true; readonly value: Read } | StudyFailure;

/** A sheet and the study's reading of it, as `run` gets each input. */
export interface ReadSheet<Read> {
  readonly sheet: StudySheet;
  readonly read: Read;
}

/** A study as its author writes it, with its own option values, readings and result. */
export interface StudySpec<Values, Read, Result> extends Omit<
  StudyDefinition,
  'title' | 'intro' | 'actions' | 'prepare'
> {
  readonly actions?: readonly StudyAction[];
  values(given: OptionInput, language: Language): Parsed<Values>;
  read(index: number, sheet: StudySheet, values: Values, language: Language): SheetReading<Read>;
  /** One read sheet per input, in the order of `inputs`. */
  run(inputs: readonly ReadSheet<Read>[], values: Values, language: Language): StudyRun<Result>;
  preview(run: StudyDone<Result>, language: Language): StudyPreview;
  text(result: Result, language: Language): string;
  json(result: Result): unknown;
  warningSheet(result: Result): string | null;
}

export function defineStudy<Values, Read, Result>(spec: StudySpec<Values, Read, Result>): StudyDefinition {
  const { values, read, run, preview, text, json, warningSheet, actions = [], ...offered } = spec;
  return {
    ...offered,
    actions,
    title: (language) => studyTexts(language).tabs[spec.id],
    intro: (language) => studyTexts(language).intro[spec.id],
    prepare(given, language) {
      const parsed = values(given, language);
      if (!parsed.ok) return parsed;
      const chosen = parsed.value;
      // A sheet the command line tried with `reads` is not analysed again by `run`.
      const readings = new WeakMap<StudySheet, Map<number, SheetReading<Read>>>();
      const reading = (index: number, sheet: StudySheet): SheetReading<Read> => {
        const known = readings.get(sheet) ?? new Map<number, SheetReading<Read>>();
        readings.set(sheet, known);
        const found = known.get(index) ?? read(index, sheet, chosen, language);
        known.set(index, found);
        return found;
      };
      return {
        ok: true,
        reads: (index, sheet) => {
          const found = reading(index, sheet);
          return found.ok ? null : found;
        },
        run: (sheets) => {
          const inputs: ReadSheet<Read>[] = [];
          for (const [index, sheet] of sheets.entries()) {
            const found = reading(index, sheet);
            if (!found.ok) return found;
            inputs.push({ sheet, read: found.value });
          }
          const done = run(inputs, chosen, language);
          if (!done.ok) return done;
          return {
            ok: true,
            plans: done.plans,
            warnings: done.warnings,
            planWarnings: done.planWarnings,
            warningSheet: warningSheet(done.result),
            preview: () => preview(done, language),
            text: () => text(done.result, language),
            json: () => json(done.result),
          };
        },
      };
    },
  };
}

/** Input `index` of a run; a front door that passes fewer sheets than the study's inputs is wrong. */
export function inputAt<T>(inputs: readonly T[], index: number): T {
  const input = inputs[index];
  if (!input) throw new Error(`A study run needs input ${index + 1}; it was given ${inputs.length}.`);
  return input;
}
