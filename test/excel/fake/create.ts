// createFake: a fake workbook from a short description of its sheets.

import { cellName, parseCell, parseRect } from './addresses';
import { Host } from './host';
import { rangeOn, SheetModel, WorkbookModel } from './model';
import { attachOfficeStub } from './office-stub';
import { FakeExcel } from './test-side';

/** A grid's cells as a sheet's initial contents (A1 → value), blanks and errors left out. */
export function fakeCells(grid: {
  readonly cells: readonly (readonly unknown[])[];
}): Record<string, number | string | boolean> {
  const cells: Record<string, number | string | boolean> = {};
  grid.cells.forEach((row, r) =>
    row.forEach((value, c) => {
      if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean')
        cells[cellName(r, c)] = value;
    }),
  );
  return cells;
}

export interface FakeSheetInit {
  readonly name: string;
  /** A1 → value; a string starting with '=' is a formula. */
  readonly cells?: Readonly<Record<string, number | string | boolean>>;
  readonly tables?: readonly { readonly name: string; readonly range: string }[];
}

export interface FakeWorkbookInit {
  readonly sheets: readonly FakeSheetInit[];
  /** The active sheet (default: the first). */
  readonly active?: string;
  /** The selected range on the active sheet (default: A1). */
  readonly selected?: string;
  /** The highest ExcelApi requirement set the host supports (default: 1.14). */
  readonly requirementSets?: string;
  /** Workbook.customXmlParts available (default true; see FakeExcel.customXmlAvailable). */
  readonly customXmlParts?: boolean;
}

export const DEFAULT_EXCEL_API = '1.14';

function buildSheet(model: WorkbookModel, init: FakeSheetInit): SheetModel {
  if (model.sheet(init.name)) throw new Error(`fake: duplicate sheet '${init.name}'`);
  const sheet = new SheetModel(init.name, model.newId());
  for (const [address, value] of Object.entries(init.cells ?? {})) {
    const at = parseCell(address);
    if (!at) throw new Error(`fake: not a cell address: ${address}`);
    const formula = typeof value === 'string' && value.startsWith('=') ? value : null;
    sheet.update(at.row, at.col, (cell) => {
      cell.value = formula === null && value !== '' ? value : null;
      cell.formula = formula;
    });
  }
  for (const table of init.tables ?? []) {
    const rect = parseRect(table.range);
    if (!rect || rect.bottom === rect.top)
      throw new Error(`fake: a table needs a header and a data row: ${table.range}`);
    sheet.tables.push({ id: model.newId(), name: table.name, sheet, rect, deleted: false });
  }
  return sheet;
}

/**
 * A fake workbook: `context` for the adapter (typed as Excel.RequestContext), `fake` for the test.
 * Installs a global `Office` with context.requirements.isSetSupported when there is none.
 */
export function createFake(initial?: FakeWorkbookInit): { context: Excel.RequestContext; fake: FakeExcel } {
  const init: FakeWorkbookInit = initial ?? { sheets: [{ name: 'Blad1' }] };
  const model = new WorkbookModel();
  for (const sheet of init.sheets) model.sheets.push(buildSheet(model, sheet));
  const active = init.active === undefined ? model.sheets[0] : model.sheet(init.active);
  if (!active) throw new Error(`fake: no active sheet '${init.active ?? ''}'`);
  model.active = active;
  model.selection = rangeOn(active, init.selected ?? 'A1', 'createFake');
  model.customXml.available = init.customXmlParts ?? true;
  const host = new Host(model, init.requirementSets ?? DEFAULT_EXCEL_API);
  const fake = new FakeExcel(host);
  attachOfficeStub(fake);
  return { context: host.requestContext, fake };
}
