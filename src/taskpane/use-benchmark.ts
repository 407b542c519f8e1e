// The benchmark tab's hold on the sheet: the table the pane read, what it analyses (that read,
// or the grids a run left in the sheet once it was written), the run it wrote and its undo.
// One read per user action: after a write the pane shows that run's result and keeps the
// run's `after` as its sheet, so explanations and scenarios need no re-read; a user's edit of
// the input is a new action and is read again.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { AnalysisOptions, TableOutcome, UserColumns } from '../engine/benchmark';
import { paneTexts } from '../i18n/pane';
import type { UiTexts } from '../i18n/ui';
import type { Palette } from '../plan';
import {
  analyseBenchmark,
  type BenchmarkInput,
  type EditChoice,
  type TableRead,
  type UndoPoint,
  type WorkbookPort,
} from '../studies';
import { analyseAndWrite, type BenchmarkOutcome, type DeltaColumns, type WrittenRun } from './benchmark-action';
import type { Notice } from './Notices';
import { usePaneTask, type PaneTask } from './use-pane-task';

export interface Written {
  readonly run: WrittenRun;
  readonly undo: UndoPoint;
  readonly deltaColumns: DeltaColumns;
  /** The pane's options of the run: while they stand, the run's result is the pane's analysis. */
  readonly options: AnalysisOptions;
}

/** What an undo takes back: a run (first or again, with explanations or a scenario) or what-if values. */
export type UndoKind = 'run' | 'whatif' | 'notes' | 'scenario';

interface UndoStep {
  readonly kind: UndoKind;
  readonly point: UndoPoint;
  /** The written run the pane showed before this action (none: back to the start screen). */
  readonly before: Written | null;
}

interface SheetView {
  /** Where the table is (its sheet, its Excel table), as last read. */
  readonly read: TableRead;
  /** What the pane analyses: the read's grids, or the `after` of the run it wrote since. */
  readonly input: BenchmarkInput;
  /** The run the pane shows as written. */
  readonly written: Written | null;
  /** The actions undo takes back, the last one first. */
  readonly steps: readonly UndoStep[];
}

export interface Benchmark extends PaneTask {
  readonly read: TableRead | null;
  readonly analysis: TableOutcome | null;
  readonly written: Written | null;
  readonly tables: readonly string[];
  readonly tableName: string | undefined;
  readonly chooseTable: (name: string | undefined) => void;
  /** Reads the table again (after the pane itself changed the sheet's input). */
  readonly reload: () => Promise<void>;
  /** Read → analyse → write; with `userColumns`, the advisor's explanations or scenario go along. */
  readonly analyse: (userColumns?: UserColumns, done?: string, kind?: UndoKind) => Promise<void>;
  /** Takes back exactly the last action; the pane stays on the analysis unless that was the first run. */
  readonly undo: () => Promise<void>;
  /** What undo would take back now, to name it on the button. */
  readonly lastUndo: UndoKind | null;
  /** Back to the start screen, with the table as it is now. */
  readonly again: () => void;
  /** What-if values went into the sheet: undo now takes them back first. */
  readonly pushUndo: (kind: UndoKind, undo: UndoPoint) => void;
  /** Cells the user changed inside IJkpunt's earlier output, while the pane asks what to do. */
  readonly edited: readonly string[] | null;
  /** The answer: keep them as the user's, overwrite them (confirmed), or null to leave it. */
  readonly resolveEdits: (choice: EditChoice | null) => Promise<void>;
}

/** A write that stopped at the user's edits, to run again once they answered. */
interface PendingEdits {
  readonly cells: readonly string[];
  readonly userColumns?: UserColumns;
  readonly done?: string;
  readonly kind: UndoKind;
}

export interface BenchmarkSettings {
  readonly options: AnalysisOptions;
  readonly palette: Palette;
  readonly t: UiTexts;
}

function failureNotice(outcome: Exclude<BenchmarkOutcome, { kind: 'written' | 'edited' }>, t: UiTexts): Notice {
  if (outcome.kind === 'conflict') return { intent: 'error', text: t.conflict(outcome.cells.slice(0, 8).join(', ')) };
  if (outcome.kind === 'gone') return { intent: 'error', text: t.gone(outcome.cells.slice(0, 8).join(', ')) };
  if (outcome.kind === 'changed') return { intent: 'error', text: t.changed(outcome.cells.slice(0, 8).join(', ')) };
  return {
    intent: 'error',
    title: t.fatalTitle,
    text: `${outcome.cell ? t.cellHint(outcome.cell) : ''}${outcome.message}`,
  };
}

export function useBenchmark(workbook: WorkbookPort, { options, palette, t }: BenchmarkSettings): Benchmark {
  const [view, setView] = useState<SheetView | null>(null);
  const [tableName, setTableName] = useState<string | undefined>(undefined);
  const pane = usePaneTask(t.failed);
  const { task, setNotices } = pane;

  // A fresh read replaces what the pane analyses; what it wrote stays undoable.
  const showRead = useCallback(
    (read: TableRead) => {
      setView((v) => ({
        read,
        input: { table: read.table, sheet: read.used },
        written: v?.written ?? null,
        steps: v?.steps ?? [],
      }));
      if ((read.selectionAreas ?? 1) > 1) setNotices([{ intent: 'warning', text: t.multiArea(read.selection) }]);
    },
    [setNotices, t],
  );
  const reload = async () => showRead(await workbook.readTable(tableName));
  const tables = useFirstRead(workbook, tableName, showRead);
  const analysis = useMemo(() => paneAnalysis(view, options), [view, options]);
  const tableRange = analysis?.ok ? analysis.result.table.range : null;
  useSheetWatch(workbook, view?.read.sheet ?? null, tableRange, tableName, showRead);

  const [pending, setPending] = useState<PendingEdits | null>(null);
  const analyse = async (userColumns?: UserColumns, done?: string, kind: UndoKind = 'run', edits?: EditChoice) => {
    setNotices([]);
    setPending(null);
    await task(async () => {
      const request = {
        options,
        tableName,
        palette,
        onStep: pane.setStep,
        ...(userColumns ? { userColumns } : {}),
        ...(edits ? { edits } : {}),
      };
      const outcome = await analyseAndWrite(workbook, request);
      if (outcome.kind === 'edited') {
        setPending({ cells: outcome.cells, kind, ...(userColumns ? { userColumns } : {}), ...(done ? { done } : {}) });
        return;
      }
      if (outcome.kind !== 'written') {
        setNotices([failureNotice(outcome, t)]);
        return;
      }
      const { read, run, undo, deltaColumns } = outcome;
      setView((v) => {
        const written = { run, undo, deltaColumns, options };
        const step: UndoStep = { kind, point: undo, before: v?.written ?? null };
        return { read, input: run.after, written, steps: [...(v?.steps ?? []), step] };
      });
      // The run's warnings follow its results (WrittenView), grouped per kind.
      setNotices([{ intent: 'success', text: done ?? (workbook.kind === 'excel' ? t.written : t.writtenPreview) }]);
    });
  };

  const forgetWritten = () => setView((v) => v && { ...v, written: null, steps: [] });
  const steps = view?.steps ?? [];
  const last = steps[steps.length - 1] ?? null;
  const undo = async () => {
    if (!last) return;
    await task(async () => {
      const outcome = await workbook.undo(last.point);
      if (!outcome.ok) {
        setNotices([{ intent: 'error', text: t.undoEdited(outcome.conflicts.slice(0, 8).join(', ')) }]);
        return;
      }
      setView((v) => v && { ...v, written: last.before, steps: v.steps.slice(0, -1) });
      setNotices([
        { intent: 'info', text: last.kind === 'whatif' ? paneTexts(options.language ?? 'nl').whatIfUndone : t.undone },
      ]);
      await reload();
    });
  };
  const again = () => {
    forgetWritten();
    setNotices([]);
    reload().catch(() => setNotices([{ intent: 'error', text: t.failed }]));
  };

  return {
    ...pane,
    read: view?.read ?? null,
    analysis,
    written: view?.written ?? null,
    tables,
    tableName,
    chooseTable: setTableName,
    reload,
    analyse,
    undo,
    lastUndo: last?.kind ?? null,
    again,
    pushUndo: (kind, point) => setView((v) => v && { ...v, steps: [...v.steps, { kind, point, before: v.written }] }),
    edited: pending?.cells ?? null,
    resolveEdits: async (choice) => {
      if (!pending) return;
      if (choice === null) {
        setPending(null);
        return;
      }
      await analyse(pending.userColumns, pending.done, pending.kind, choice);
    },
  };
}

/**
 * What the pane shows: the written run's own result while the pane holds what that run left in
 * the sheet and the options it ran with; otherwise the engine's analysis of what the pane holds.
 */
function paneAnalysis(view: SheetView | null, options: AnalysisOptions): TableOutcome | null {
  if (!view) return null;
  const { input, written } = view;
  if (written && written.run.after === input && written.options === options) {
    return { ok: true, table: written.run.table, result: written.run.result };
  }
  return analyseBenchmark(input, options);
}

/** The table when the pane opens (and when the user picks another), and the sheet's Excel tables. */
function useFirstRead(
  workbook: WorkbookPort,
  tableName: string | undefined,
  show: (read: TableRead) => void,
): readonly string[] {
  const [tables, setTables] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    void workbook.readTable(tableName).then((read) => {
      if (live) show(read);
    });
    void workbook.listTables().then((names) => {
      if (live) setTables(names);
    });
    return () => {
      live = false;
    };
  }, [workbook, tableName, show]);
  return tables;
}

/** The pane follows the sheet: a user's edit of the input table is read again (a new action). */
function useSheetWatch(
  workbook: WorkbookPort,
  sheet: string | null,
  range: string | null,
  tableName: string | undefined,
  show: (read: TableRead) => void,
): void {
  useEffect(() => {
    if (!sheet || !range) return undefined;
    let stop: (() => Promise<void>) | null = null;
    let live = true;
    void workbook
      .watch(sheet, range, () => {
        void workbook.readTable(tableName).then((next) => {
          if (live) show(next);
        });
      })
      .then((remove) => {
        stop = remove;
        if (!live) void remove();
      })
      .catch(() => undefined);
    return () => {
      live = false;
      if (stop) void stop();
    };
  }, [workbook, sheet, range, tableName, show]);
}
