// The Excel workbook port on a fake context, and the pane's read → run → write through it, for
// the adapter's tests and the bench: what the pane does in Excel, without Office.
import { createWriteGuard, type WriteGuard } from '../../src/excel/events';
import { createFake, fakeCells } from '../excel/fake-excel';
import { heemstedeGrid } from '../fixtures/heemstede';
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

/** The worked example on a fake Excel at ExcelApi `version`, its table under the selection, and its port. */
export function heemstedeOnFake(sheet: string, version = '1.14') {
  const { context, fake } = createFake({
    sheets: [{ name: sheet, cells: fakeCells(heemstedeGrid()) }],
    active: sheet,
    selected: 'A6',
    requirementSets: version,
  });
  return { context, fake, workbook: workbookOn(context) };
}
