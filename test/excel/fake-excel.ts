// A typed in-memory stand-in for the part of the Excel JavaScript API that src/excel/ uses. It keeps
// Excel's proxy/batch model, so a test fails where real Excel would:
//  * Proxies hold no data. A property is readable only once the sync that fulfils its load() has
//    completed (or after the code assigned it itself, as in Office.js); otherwise PropertyNotLoaded.
//    Stricter than Office.js: a second load() makes the old value unreadable until its sync.
//  * Writes, method calls and loads are queued and run in order at context.sync(): a load sees the
//    writes queued before it. An operation that fails rejects the sync after the earlier
//    operations of that batch were applied, as in Excel; loads of a failed batch stay unreadable;
//    fake.failOnSync(n) rejects the n-th sync applying nothing (a rejected request).
//  * Calling a method or setting a property on a null object (…OrNullObject) fails the batch.
//  * Every sync is counted and its queued operations are measured as JSON (fake.requests).
//  * Features above the host's ExcelApi version fail the batch with ApiNotFound.
//  * Members the fake does not model throw "not implemented in fake: …" rather than silently
//    accepting a write to a property real Excel would interpret.
// Formulas are stored, never evaluated: tests evaluate fake.sheetFormulas with HyperFormula.
//
// The parts live in test/excel/fake/ (one module per area of the API: proxy.ts holds the proxy/batch
// model, host.ts the wire, test-side.ts the FakeExcel handle, create.ts createFake); this file is
// the door every test and bench imports, with the same names as before the split.

export { FakeExcelError } from './fake/errors';
export { a1ToR1C1, r1c1ToA1 } from './fake/r1c1';
export { DEFAULT_COLUMN_WIDTH } from './fake/ranges';
export type { RequestRecord } from './fake/host';
export {
  FakeExcel,
  type CellSnapshot,
  type ChartRecord,
  type ChartSeriesRecord,
  type ConditionalFormatRecord,
  type TableRecord,
} from './fake/test-side';
export { createFake, DEFAULT_EXCEL_API, fakeCells, type FakeSheetInit, type FakeWorkbookInit } from './fake/create';
export { deleteColumns, deleteRows, insertColumns, insertRows } from './fake/structure';
export { rootNamespace } from './fake/custom-xml-part';
