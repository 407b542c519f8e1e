// Worksheets: the collection (add, getItem…) and one sheet (rename, delete, used range…).

import { quoteSheet } from './addresses';
import { FakeChartCollection } from './charts';
import { FakeExcelError, invalidArgument, itemNotFound, notImplemented } from './errors';
import { FakeChangedEvent } from './events';
import type { Host } from './host';
import { rangeOn, SheetModel, type WorkbookModel } from './model';
import { SIMPLE_REFERENCE } from './names';
import { FakeNoteCollection } from './notes';
import { ClientObject, Collection, Created, type Loadable, type PropertyTable, strict } from './proxy';
import { FakeRange } from './ranges';
import { FakeTableCollection } from './tables';
import type { FakeWorkbook } from './workbook';

function validSheetName(name: string): boolean {
  return name.length > 0 && name.length <= 31 && !/[:\\/?*[\]]/.test(name) && !/^'|'$/.test(name);
}

/** Defined names that point at a deleted sheet: Excel rewrites '=Blad2!$A$1' as '=#REF!$A$1'. */
function invalidateNames(model: WorkbookModel, sheet: SheetModel): void {
  const lower = sheet.name.toLowerCase();
  for (const item of model.names.values()) {
    const match = SIMPLE_REFERENCE.exec(item.formula);
    const target = match && (match[1] !== undefined ? match[1].replace(/''/g, "'") : (match[2] ?? ''));
    if (match?.[3] && target?.toLowerCase() === lower) item.formula = `=#REF!${match[3]}`;
  }
}

/** `text` with every reference to sheet `from` ("Blad1!", "'Blad 1'!") pointing at `to`. */
function retarget(text: string, from: string, to: string): string {
  const pattern = new RegExp(
    `(^|[^\\p{L}\\p{N}_.'])(?:'${escapeRegExp(from.replace(/'/g, "''"))}'|${escapeRegExp(from)})!`,
    'giu',
  );
  return text.replace(pattern, (_match, before: string) => `${before}${quoteSheet(to)}!`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Renaming a sheet keeps its id (https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-id-member:
 * "the identifier ... value remains the same even when the worksheet is renamed or moved") and, as
 * in Excel, defined names, formulas and list sources that refer to it follow the new name. The
 * name must be valid and not taken by another sheet.
 */
export function renameSheet(model: WorkbookModel, sheet: SheetModel, to: unknown): void {
  const location = 'Worksheet.name';
  if (typeof to !== 'string' || !validSheetName(to))
    throw invalidArgument(`'${String(to)}' is not a valid sheet name`, location);
  const other = model.sheet(to);
  if (other && other !== sheet) throw new FakeExcelError('ItemAlreadyExists', `a sheet named '${to}' exists`, location);
  const from = sheet.name;
  for (const item of model.names.values()) item.formula = retarget(item.formula, from, to);
  for (const each of model.sheets) {
    for (const cell of each.cells.values()) if (cell.formula) cell.formula = retarget(cell.formula, from, to);
    for (const [key, rule] of each.validations)
      if (rule.source.startsWith('=')) each.validations.set(key, { ...rule, source: retarget(rule.source, from, to) });
  }
  sheet.name = to;
}

export class FakeWorksheetCollection extends Collection<FakeWorksheet, SheetModel, WorkbookModel> {
  constructor(host: Host, workbook: FakeWorkbook) {
    super(host, 'WorksheetCollection', `${workbook.path}.worksheets`, () => host.model);
  }

  protected list(model: WorkbookModel): readonly SheetModel[] {
    return model.sheets;
  }

  protected wrap(sheet: SheetModel): FakeWorksheet {
    return this.host.make(new FakeWorksheet(this.host, `${this.path}[${sheet.id}]`, () => sheet));
  }

  protected sampleItemProperties(): readonly string[] {
    return ['name', 'id', 'position'];
  }

  getItem(key: string): FakeWorksheet {
    return this.host.make(
      new FakeWorksheet(this.host, `${this.path}.getItem(${JSON.stringify(key)})`, () => {
        const sheet = this.host.model.sheet(key);
        if (!sheet) throw itemNotFound(`the worksheet '${key}' does not exist`, 'WorksheetCollection.getItem');
        return sheet;
      }),
    );
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return this.host.make(
      new FakeWorksheet(this.host, `${this.path}.getItemOrNullObject(${JSON.stringify(key)})`, () => {
        this.host.requireApi('1.4', 'WorksheetCollection.getItemOrNullObject');
        return this.host.model.sheet(key);
      }),
    );
  }

  /**
   * ExcelApi 1.1. Appends the sheet after the others without activating it (as Excel does); the
   * proxy is usable in the same batch. A name taken in any case fails the sync with
   * ItemAlreadyExists; an empty name, one over 31 characters, with any of : \ / ? * [ ] or
   * starting or ending with an apostrophe, with InvalidArgument.
   */
  add(name?: string): FakeWorksheet {
    const created = new Created<SheetModel>('a worksheet');
    this.invoke('add', [name ?? null], (model) => {
      let sheetName = name;
      if (sheetName === undefined) {
        let n = model.sheets.length + 1;
        while (model.sheet(`Sheet${n}`)) n += 1;
        sheetName = `Sheet${n}`;
      }
      if (typeof sheetName !== 'string' || !validSheetName(sheetName))
        throw invalidArgument(`'${String(sheetName)}' is not a valid sheet name`, 'WorksheetCollection.add');
      if (model.sheet(sheetName))
        throw new FakeExcelError('ItemAlreadyExists', `a sheet named '${sheetName}' exists`, 'WorksheetCollection.add');
      const sheet = new SheetModel(sheetName, model.newId());
      model.sheets.push(sheet);
      created.model = sheet;
    });
    return this.host.make(
      new FakeWorksheet(this.host, `${this.path}.add(${JSON.stringify(name)})`, () => created.get()),
    );
  }

  getActiveWorksheet(): FakeWorksheet {
    return this.host.make(
      new FakeWorksheet(this.host, `${this.path}.getActiveWorksheet()`, () => {
        const active = this.host.model.active;
        if (!active) throw itemNotFound('there is no active worksheet');
        return active;
      }),
    );
  }
}

export class FakeWorksheet extends ClientObject<SheetModel> {
  readonly tables: FakeTableCollection;
  readonly charts: FakeChartCollection;
  readonly notes: FakeNoteCollection;
  readonly onChanged: FakeChangedEvent;

  constructor(host: Host, path: string, resolver: () => SheetModel | null) {
    super(host, 'Worksheet', path, resolver);
    this.tables = host.make(new FakeTableCollection(host, this));
    this.charts = host.make(new FakeChartCollection(host, this));
    this.notes = host.make(new FakeNoteCollection(host, this));
    this.onChanged = strict(new FakeChangedEvent(host, this), 'EventHandlers');
  }

  protected override properties(): PropertyTable<SheetModel> {
    return {
      name: { read: (sheet) => sheet.name },
      id: { read: (sheet) => sheet.id },
      position: { read: (sheet) => this.host.model.sheets.indexOf(sheet) },
    };
  }

  protected override child(name: string): Loadable | undefined {
    return name === 'tables' ? this.tables : name === 'charts' ? this.charts : undefined;
  }

  get name(): string {
    return this.read('name');
  }

  set name(value: string) {
    this.assign('name', value, (sheet) => renameSheet(this.host.model, sheet, value));
  }

  get id(): string {
    return this.read('id');
  }

  get position(): number {
    return this.read('position');
  }

  getRange(address?: string): FakeRange {
    if (address === undefined) notImplemented('Worksheet.getRange() without an address');
    return this.host.make(
      new FakeRange(this.host, `${this.path}.getRange(${JSON.stringify(address)})`, () => {
        const sheet = this.resolve();
        return sheet && rangeOn(sheet, address, 'Worksheet.getRange');
      }),
    );
  }

  /**
   * ExcelApi 1.1. The sheet goes with its cells, tables, charts, notes, conditional formats and
   * drop-downs; proxies still pointing at it (or at anything on it) fail with ItemNotFound. The
   * last sheet cannot go (hidden sheets are not modelled: Excel refuses to delete the last
   * visible one). When it was active, the sheet to its right (or else its left) becomes active,
   * with A1 selected. Defined names with a simple reference to it become '=#REF!$A$1', as in
   * Excel; formulas elsewhere that refer to it are left as written (they are never evaluated).
   */
  delete(): void {
    this.invoke('delete', [], (sheet) => {
      const model = this.host.model;
      if (model.sheets.length <= 1)
        throw new FakeExcelError('InvalidOperation', 'a workbook must keep at least one sheet', 'Worksheet.delete');
      const index = model.sheets.indexOf(sheet);
      model.sheets.splice(index, 1);
      sheet.deleted = true;
      for (const chart of sheet.charts) chart.deleted = true;
      for (const table of sheet.tables) table.deleted = true;
      for (const note of sheet.notes.values()) note.deleted = true;
      for (const format of sheet.conditionalFormats) format.deleted = true;
      invalidateNames(model, sheet);
      if (model.active === sheet || model.selection?.sheet === sheet) {
        const next = model.sheets[Math.min(index, model.sheets.length - 1)] ?? null;
        model.active = next;
        model.selection = next && { sheet: next, rect: { top: 0, left: 0, bottom: 0, right: 0 } };
      }
    });
  }

  /** ExcelApi 1.1. The sheet becomes the active one; the selection moves to it (A1: per-sheet selections are not kept). */
  activate(): void {
    this.invoke('activate', [], (sheet) => {
      const model = this.host.model;
      model.active = sheet;
      if (model.selection?.sheet !== sheet) model.selection = { sheet, rect: { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    return this.usedRange('getUsedRange', valuesOnly, false);
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return this.usedRange('getUsedRangeOrNullObject', valuesOnly, true);
  }

  private usedRange(method: string, valuesOnly: boolean | undefined, orNull: boolean): FakeRange {
    return this.host.make(
      new FakeRange(this.host, `${this.path}.${method}(${valuesOnly === true})`, () => {
        if (valuesOnly !== undefined) this.host.requireApi('1.2', `Worksheet.${method}(valuesOnly)`);
        if (orNull) this.host.requireApi('1.4', `Worksheet.${method}`);
        const sheet = this.resolve();
        if (!sheet) return null;
        const rect = sheet.used(valuesOnly === true);
        if (rect) return { sheet, rect };
        return orNull ? null : { sheet, rect: { top: 0, left: 0, bottom: 0, right: 0 } };
      }),
    );
  }
}
