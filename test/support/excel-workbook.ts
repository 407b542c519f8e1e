// The Excel workbook port on a fake context, and the pane's read → run → write through it, for
// the adapter's tests and the bench: what the pane does in Excel, without Office.
import { createWriteGuard, type WriteGuard } from '../../src/excel/events';
import { excelWorkbook } from '../../src/excel/workbook-port';
import type { WorkbookPort } from '../../src/studies';
import {
  analyseAndWrite as paneAnalyseAndWrite,
  type BenchmarkOutcome,
  type BenchmarkRequest,
} from '../../src/taskpane/benchmark-action';

/** The port the pane gets in Excel, each Excel.run replaced by a batch on `context`. */
export function workbookOn(context: Excel.RequestContext, guard: WriteGuard = createWriteGuard()): WorkbookPort {
  return excelWorkbook((batch) => batch(context), guard);
}

/** One click of "Analyseer en schrijf naar blad" (options: none but what the sheet remembers). */
export function analyseAndWrite(
  workbook: WorkbookPort,
  request: Partial<BenchmarkRequest> = {},
): Promise<BenchmarkOutcome> {
  return paneAnalyseAndWrite(workbook, { options: {}, ...request });
}
