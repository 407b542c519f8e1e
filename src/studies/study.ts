// What every study's use case takes and gives, whichever front door runs it: sheets as grids
// in; the engine's result, the plans IJkpunt writes and the warnings out, or the one reason
// an input cannot be read.
import type { CellGrid, DecimalStyle, Language, Warning } from '../engine/core';
import { studyTexts } from '../i18n/study-ui';
import type { WritePlan } from '../plan';
import type { Remembered } from './port';

/** One input of a study: a sheet of the open workbook, or a sheet of a file on the command line. */
export interface StudySheet {
  readonly sheet: string;
  readonly grid: CellGrid;
  /** Where IJkpunt's columns were after its last run on the sheet (a workbook remembers; a file does not). */
  readonly remembered?: Pick<Remembered, 'columns'> | null;
  /** How the file writes its decimals (a CSV's dialect); absent: each number as it is typed. */
  readonly decimal?: DecimalStyle;
  /** The file's name without folder and extension, when the sheet came from one: it may hold the year. */
  readonly fileName?: string;
}

export interface StudyFailure {
  readonly ok: false;
  /** Which input could not be read (0: the first). */
  readonly input: number;
  readonly cell: string | null;
  readonly message: string;
}

export interface StudyDone<Result> {
  readonly ok: true;
  readonly result: Result;
  /** Everything "write" puts in the workbook, one plan per sheet. */
  readonly plans: readonly WritePlan[];
  /** The analysis's warnings. */
  readonly warnings: readonly Warning[];
  /** Warnings that come with writing the plans (the command line tells them only with --out). */
  readonly planWarnings: readonly Warning[];
}

export type StudyRun<Result> = StudyDone<Result> | StudyFailure;

/** A table of the pane's preview. */
export interface PreviewTable {
  readonly caption: string;
  readonly head: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/**
 * What a study leaves unpaired between its two inputs, offered in the pane as one choice per
 * cluster of the first input: pair it with one of the second input's unpaired clusters, or not.
 * A choice becomes the text of the study's pair option (`option`), as `--pair` takes it.
 */
export interface PairingChoice {
  readonly option: string;
  readonly labelA: string;
  readonly labelB: string;
  /** The first input's clusters left unmatched, or paired by hand (`partner`, so it can be undone). */
  readonly rows: readonly { readonly name: string; readonly partner: string | null }[];
  /** The second input's clusters left unmatched. */
  readonly candidates: readonly string[];
}

/** What the pane shows of a run before it is written. */
export interface StudyPreview {
  readonly sentences: readonly string[];
  readonly tables: readonly PreviewTable[];
  readonly pairing?: PairingChoice;
}

export function failed(
  input: number,
  reason: { readonly cell: string | null; readonly message: string },
): StudyFailure {
  return { ok: false, input, cell: reason.cell, message: reason.message };
}

/** The sheets a user can pick: IJkpunt's own record (_IJkpunt) is not one of them. */
export function visibleSheets(names: readonly string[]): string[] {
  return names.filter((n) => !n.startsWith('_'));
}

/** The sheet whose name matches `pattern`, else the active one. */
export function sheetNamed(pattern: RegExp, visible: readonly string[], active: string): string {
  return visible.find((n) => pattern.test(n)) ?? active;
}

/** The pane's refusal when one sheet is picked for two inputs (a year compared with itself), else null. */
export function repeatedSheet(sheets: readonly string[], language: Language): string | null {
  return new Set(sheets).size < sheets.length ? studyTexts(language).sameSheet : null;
}
