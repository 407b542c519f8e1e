// The pane talks to "a workbook": Excel through the adapter, or — in a plain browser — an
// in-memory workbook holding the bundled example, so the whole flow can be previewed and
// tested without Office.
import type { AnalyseRequest, AnalyseResponse, CellEdit, Snapshot, UndoResponse } from '../excel/actions';
import type { ReadResult } from '../excel/read';

export interface WorkbookPort {
  readonly kind: 'excel' | 'preview';
  /** The table under the selection (or the named table) and the sheet around it. */
  read(tableName?: string): Promise<ReadResult>;
  /** The Excel tables on the active sheet, to pick one instead of the selection. */
  listTables(): Promise<string[]>;
  analyseAndWrite(request: AnalyseRequest): Promise<AnalyseResponse>;
  undo(snapshot: Snapshot): Promise<UndoResponse>;
  applyEdits(sheet: string, edits: readonly CellEdit[]): Promise<Snapshot>;
  /** Calls `onEdit` after the user edits cells of `input` on `sheet`; resolves to a stop function. */
  watch(sheet: string, input: string, onEdit: () => void): Promise<() => Promise<void>>;
}
