// The user's own cells, at the user's request: what-if values typed into the input (undoable
// like any action) and "Uitleg bij cel", a note on one of IJkpunt's cells.
import type { CellEdit } from '../studies';
import type { Snapshot } from './benchmark';
import { entriesOf } from './entries';

/** Writes what-if values into the user's cells; the snapshot restores their old content. Two syncs. */
export async function writeCellEdits(
  context: Excel.RequestContext,
  sheetName: string,
  edits: readonly CellEdit[],
): Promise<Snapshot> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const ranges = edits.map((edit) => {
    const range = sheet.getRange(edit.address);
    range.load('formulas, values, valueTypes, numberFormat');
    return range;
  });
  await context.sync();
  const userCells = ranges.map((range, i) => ({ address: edits[i]?.address ?? '', formulas: entriesOf(range) }));
  edits.forEach((edit, i) => {
    const range = ranges[i];
    if (range) range.values = [[edit.value ?? '']];
  });
  await context.sync();
  return { sheet: sheetName, before: null, after: null, userCells };
}

/**
 * "Uitleg bij cel": puts `text` in the Excel note of one cell, replacing an earlier note there
 * (ExcelApi 1.18; the pane hides the button where notes are not available). Two syncs.
 */
export async function explainCell(
  context: Excel.RequestContext,
  sheetName: string,
  address: string,
  text: string,
): Promise<void> {
  const notes = context.workbook.worksheets.getItem(sheetName).notes;
  const existing = notes.getItemOrNullObject(address);
  existing.load('content');
  await context.sync();
  if (existing.isNullObject) notes.add(address, text);
  else existing.content = text;
  await context.sync();
}
