// The workbook port inside Excel: one Excel.run per user action.
import { analyseAndWrite, applyEdits, explainCell, listTables, undo } from '../excel/actions';
import { supports } from '../excel/requirements';
import { watchInput } from '../excel/events';
import { readSelection } from '../excel/read';
import { readSheets, undoStudy, writeStudy } from '../excel/study';
import type { WorkbookPort } from './workbook';

export const excelWorkbook: WorkbookPort = {
  kind: 'excel',
  get canExplain() {
    return supports('1.18');
  },
  explain: (sheet, address, text) => Excel.run((context) => explainCell(context, sheet, address, text)),
  read: (tableName) => Excel.run((context) => readSelection(context, tableName)),
  listTables: () => Excel.run((context) => listTables(context)),
  analyseAndWrite: (request) => Excel.run((context) => analyseAndWrite(context, request)),
  undo: (snapshot) => Excel.run((context) => undo(context, snapshot)),
  applyEdits: (sheet, edits) => Excel.run((context) => applyEdits(context, sheet, edits)),
  readSheets: (names) => Excel.run((context) => readSheets(context, names)),
  writeStudy: (plans, options) => Excel.run((context) => writeStudy(context, plans, options)),
  undoStudy: (snapshot) => Excel.run((context) => undoStudy(context, snapshot)),
  watch: (sheet, input, onEdit) =>
    Excel.run((context) => watchInput(context, sheet, { input, onUserEdit: () => onEdit() })),
};
