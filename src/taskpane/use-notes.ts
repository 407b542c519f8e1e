// Toelichting: the advisor's explanations saved into the table's own column (a run of the
// benchmark with them as input), and "Uitleg bij cel", the computation of one written deviation
// in an Excel note.
import { explainDeviation, type AnalysisOptions, type ClusterResult, type NoteEdit } from '../engine/benchmark';
import { a1, type Language } from '../engine/core';
import type { UiTexts } from '../i18n/ui';
import type { WorkbookPort } from '../studies';
import type { Benchmark } from './use-benchmark';

export interface Notes {
  readonly save: (notes: readonly NoteEdit[]) => Promise<void>;
  /** Absent where the host cannot put a note on a cell. */
  readonly explain?: (cluster: ClusterResult) => Promise<void>;
}

export function useNotes(
  workbook: WorkbookPort,
  benchmark: Benchmark,
  settings: { readonly options: AnalysisOptions; readonly language: Language; readonly t: UiTexts },
): Notes {
  const { options, language, t } = settings;
  const save = (notes: readonly NoteEdit[]) => benchmark.analyse({ notes }, t.notesSaved, 'notes');

  const explain = async (cluster: ClusterResult) => {
    const { read, written } = benchmark;
    if (!read || !written) return;
    const measure = written.deltaColumns.costs !== undefined && cluster.costs?.delta != null ? 'costs' : 'fte';
    const col = written.deltaColumns[measure];
    const text = explainDeviation(written.run.result, cluster, measure, language, options.bands);
    if (col === undefined || text === null) return;
    const address = a1(col, cluster.row);
    await benchmark.task(async () => {
      await workbook.explain(read.sheet, address, text);
      benchmark.setNotices([{ intent: 'success', text: t.explained(address) }]);
    });
  };

  return { save, ...(workbook.canExplain ? { explain } : {}) };
}
