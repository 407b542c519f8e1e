// One study tab's flow, whichever study it is: the sheets to pick from, the options as typed,
// read → preview → write → undo, and the study's own actions (criteria's template). What the
// study computes and how its options read, only its registry entry knows.
import { useEffect, useState } from 'react';
import type { Language } from '../engine/core';
import { studyTexts } from '../i18n/study-ui';
import type { Palette, WritePlan } from '../plan';
import {
  repeatedSheet,
  visibleSheets,
  withPair,
  type EditChoice,
  type StudyAction,
  type StudyDefinition,
  type StudyPreview,
  type UndoPoint,
  type WorkbookPort,
} from '../studies';
import type { Warning } from '../engine/core';
import type { Notice } from './Notices';
import { usePaneTask } from './use-pane-task';

/** What "Schrijf naar blad" writes and the pane shows of it. */
export interface StudyShown {
  readonly preview: StudyPreview;
  readonly plans: readonly WritePlan[];
}

export type OptionValues = Readonly<Record<string, string | boolean>>;

export interface StudyTab {
  /** The sheets a user can pick. */
  readonly names: readonly string[];
  /** The sheet picked for each input. */
  readonly sheets: readonly string[];
  readonly pickSheet: (input: number, sheet: string) => void;
  readonly values: OptionValues;
  readonly setValue: (key: string, value: string | boolean) => void;
  readonly shown: StudyShown | null;
  readonly canUndo: boolean;
  readonly busy: boolean;
  readonly notices: readonly Notice[];
  /** The engine's warnings on what is shown, grouped after it. */
  readonly warnings: readonly Warning[];
  readonly readAndPreview: () => void;
  /** A pairing chosen in the pane: the pair option's text changed and the preview made again. */
  readonly choosePair: (option: string, name: string, partner: string | null) => void;
  readonly write: () => void;
  readonly undo: () => void;
  readonly act: (action: StudyAction) => void;
  /** Cells the user changed inside IJkpunt's earlier output, while the pane asks keep or overwrite. */
  readonly edited: readonly string[] | null;
  /** The answer to that question (null: neither, nothing written). */
  readonly resolveEdits: (choice: EditChoice | null) => void;
}

const initialValues = (study: StudyDefinition): OptionValues =>
  Object.fromEntries(study.options.map((option) => [option.key, option.initial]));

export function useStudy(
  study: StudyDefinition,
  workbook: WorkbookPort,
  language: Language,
  palette: Palette,
): StudyTab {
  const s = studyTexts(language);
  const [names, setNames] = useState<readonly string[]>([]);
  const [sheets, setSheets] = useState<readonly string[]>([]);
  const [values, setValues] = useState<OptionValues>(() => initialValues(study));
  const [shown, setShown] = useState<StudyShown | null>(null);
  const [undoPoint, setUndoPoint] = useState<UndoPoint | null>(null);
  const [warnings, setWarnings] = useState<readonly Warning[]>([]);
  const { busy, notices, setNotices, task } = usePaneTask(s.failed);
  const [pending, setPending] = useState<{
    readonly plans: readonly WritePlan[];
    readonly done?: string;
    readonly cells: readonly string[];
  } | null>(null);

  useEffect(() => {
    let live = true;
    void workbook
      .readSheets()
      .then((read) => {
        if (!live) return;
        const visible = visibleSheets(read.names);
        setNames(visible);
        setSheets(study.defaultSheets(visible, read.active));
      })
      .catch(() => setNotices([{ intent: 'error', text: s.failed }]));
    return () => {
      live = false;
    };
  }, [workbook, study]); // eslint-disable-line react-hooks/exhaustive-deps

  const error = (text: string) => setNotices([{ intent: 'error', text }]);

  const previewWith = (given: OptionValues) => {
    const prepared = study.prepare(given, language);
    if (!prepared.ok) return error(prepared.fieldMessage);
    const repeated = repeatedSheet(sheets, language);
    if (repeated !== null) return error(repeated);
    void task(async () => {
      setNotices([]);
      setWarnings([]);
      const read = await workbook.readSheets(sheets);
      // A sheet renamed or deleted since the list was read: nothing to preview.
      if (read.sheets.length < study.inputs.length) return setShown(null);
      const outcome = prepared.run(read.sheets);
      if (!outcome.ok) {
        setShown(null);
        return error(`${outcome.cell ? s.cellHint(outcome.cell) : ''}${outcome.message}`);
      }
      setShown({ preview: outcome.preview(), plans: outcome.plans });
      setWarnings([...outcome.warnings, ...outcome.planWarnings]);
    });
  };

  const choosePair = (option: string, name: string, partner: string | null) => {
    const given = { ...values, [option]: withPair(String(values[option] ?? ''), name, partner) };
    setValues(given);
    previewWith(given);
  };

  const writePlans = (plans: readonly WritePlan[], done?: string, edits?: EditChoice) =>
    task(async () => {
      if (plans.length === 0) return;
      setPending(null);
      const response = await workbook.writeStudy(plans, { palette, ...(edits ? { edits } : {}) });
      // The user typed inside IJkpunt's earlier output: ask (EditedChoice) before anything is written.
      if (response.kind === 'edited') {
        setNotices([]);
        return setPending({ plans, ...(done ? { done } : {}), cells: response.cells });
      }
      if (response.kind !== 'written') return error(s.conflict(response.sheet, response.cells.slice(0, 8).join(', ')));
      setUndoPoint(response.undo);
      const sheetsWritten = [...new Set(plans.map((p) => p.sheet))];
      const text = done ?? (workbook.kind === 'excel' ? s.written(sheetsWritten) : s.writtenPreview(plans.length > 1));
      setNotices([{ intent: 'success', text }]);
    });

  const undo = () => {
    if (!undoPoint) return;
    void task(async () => {
      await workbook.undo(undoPoint);
      setUndoPoint(null);
      setNotices([{ intent: 'info', text: s.undone }]);
    });
  };

  const act = (action: StudyAction) => {
    const made = action.make(values, language);
    if (!made.ok) return error(made.fieldMessage);
    void writePlans(made.value.plans, made.value.paneDone)
      .then(() => workbook.readSheets())
      .then((read) => setNames(visibleSheets(read.names)))
      // The plans are written either way; a list that did not refresh is only a stale list.
      .catch(() => undefined);
  };

  return {
    names,
    sheets,
    pickSheet: (input, sheet) => setSheets((all) => all.map((name, i) => (i === input ? sheet : name))),
    values,
    setValue: (key, value) => setValues((all) => ({ ...all, [key]: value })),
    shown,
    canUndo: undoPoint !== null,
    busy,
    notices,
    warnings,
    readAndPreview: () => previewWith(values),
    choosePair,
    write: () => void writePlans(shown?.plans ?? []),
    undo,
    act,
    edited: pending?.cells ?? null,
    resolveEdits: (choice) => {
      if (!pending) return;
      if (choice === null) return setPending(null);
      void writePlans(pending.plans, pending.done, choice);
    },
  };
}
