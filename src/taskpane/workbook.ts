// The pane talks to "a workbook": Excel through the adapter, or — in a plain browser — an
// in-memory workbook holding the bundled example, so the whole flow can be previewed and
// tested without Office.
import type { AnalyseRequest, AnalyseResponse, CellEdit, Snapshot, UndoResponse } from '../excel/actions';
import type { ReadResult } from '../excel/read';
import type { SheetsRead, StudyResponse, StudySnapshot } from '../excel/study';
import type { WritePlan } from '../plan';
import type { Palette } from '../plan';

export interface WorkbookPort {
  readonly kind: 'excel' | 'preview';
  /** The table under the selection (or the named table) and the sheet around it. */
  read(tableName?: string): Promise<ReadResult>;
  /** The Excel tables on the active sheet, to pick one instead of the selection. */
  listTables(): Promise<string[]>;
  analyseAndWrite(request: AnalyseRequest): Promise<AnalyseResponse>;
  undo(snapshot: Snapshot): Promise<UndoResponse>;
  applyEdits(sheet: string, edits: readonly CellEdit[]): Promise<Snapshot>;
  /** Whether "Uitleg bij cel" can put a note on a cell here (ExcelApi 1.18). */
  readonly canExplain: boolean;
  /** Puts `text` in the note of `address` on `sheet`, replacing an earlier one. */
  explain(sheet: string, address: string, text: string): Promise<void>;
  /** The workbook's sheet names and the named sheets (none: the active sheet) as grids. */
  readSheets(names?: readonly string[]): Promise<SheetsRead>;
  /** A study's plans, one per sheet, in one undoable action. */
  writeStudy(plans: readonly WritePlan[], options?: { palette?: Palette }): Promise<StudyResponse>;
  undoStudy(snapshot: StudySnapshot): Promise<void>;
  /** Calls `onEdit` after the user edits cells of `input` on `sheet`; resolves to a stop function. */
  watch(sheet: string, input: string, onEdit: () => void): Promise<() => Promise<void>>;
}
