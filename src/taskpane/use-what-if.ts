// "Wat als": fte values the advisor tries on the written run, computed at once in the pane,
// then put into the sheet's own cells or saved as a scenario column beside the table.
import { useMemo, useState } from 'react';
import { whatIf, type AnalysisOptions, type WhatIfResult } from '../engine/benchmark';
import { a1 } from '../engine/core';
import type { UiTexts } from '../i18n/ui';
import type { WorkbookPort } from '../studies';
import type { Benchmark, Written } from './use-benchmark';

/** Sheet row → the fte tried there. */
export type TriedFte = Readonly<Record<number, number>>;

const NOTHING_TRIED: TriedFte = {};

export interface WhatIf {
  readonly edits: TriedFte;
  readonly preview: WhatIfResult | null;
  readonly edit: (row: number, fte: number | null) => void;
  /** Writes the tried values into the user's fte cells (undoable). */
  readonly apply: () => Promise<void>;
  /** Writes the tried formation as a new scenario column; the original numbers stay. */
  readonly saveScenario: () => Promise<void>;
}

export function useWhatIf(workbook: WorkbookPort, benchmark: Benchmark, options: AnalysisOptions, t: UiTexts): WhatIf {
  const { analysis, written } = benchmark;
  // Tried values belong to the run they were tried on: undo or a new run starts afresh.
  const [tried, setTried] = useState<{ readonly on: Written | null; readonly edits: TriedFte }>({
    on: null,
    edits: NOTHING_TRIED,
  });
  const edits = tried.on === written ? tried.edits : NOTHING_TRIED;
  const clear = () => setTried({ on: written, edits: NOTHING_TRIED });

  const preview = useMemo(() => {
    if (!analysis?.ok || Object.keys(edits).length === 0) return null;
    const list = Object.entries(edits).map(([row, value]) => ({ row: Number(row), measure: 'fte' as const, value }));
    // The pane's analysis already computed the base with the same options.
    return whatIf(analysis.table, analysis.result, list, options);
  }, [analysis, edits, options]);

  const edit = (row: number, fte: number | null) =>
    setTried((now) => {
      const next = { ...(now.on === written ? now.edits : NOTHING_TRIED) };
      if (fte === null) delete next[row];
      else next[row] = fte;
      return { on: written, edits: next };
    });

  const apply = async () => {
    const read = benchmark.read;
    if (!read || !analysis?.ok) return;
    const fteColumn = analysis.table.roleColumns.fte;
    if (fteColumn === undefined) return;
    await benchmark.task(async () => {
      const cellEdits = Object.entries(edits).map(([row, value]) => ({ address: a1(fteColumn, Number(row)), value }));
      const undo = await workbook.editCells(read.sheet, cellEdits);
      clear();
      await benchmark.reload();
      benchmark.pushUndo('whatif', undo);
      benchmark.setNotices([{ intent: 'success', text: t.applied }]);
    });
  };

  const saveScenario = async () => {
    if (!analysis?.ok) return;
    const taken = analysis.result.columns.filter((c) => /^scenario\b/i.test(c.header)).length;
    const name = String(taken + 1);
    const values = analysis.result.clusters.map((c) => ({ row: c.row, value: edits[c.row] ?? c.fte?.own ?? null }));
    await benchmark.analyse({ scenario: { name, values } }, t.scenarioSaved(name), 'scenario');
    clear();
  };

  return { edits, preview, edit, apply, saveScenario };
}
