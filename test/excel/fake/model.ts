// Excel's side of the workbook: sheets, cells, tables, charts, names, settings, as plain data.

import { MAX_COLUMNS, MAX_ROWS, parseRect, type Rect, splitSheet } from './addresses';
import { type CellModel, emptyCell, hasContent, isEmptyCell } from './cells';
import { invalidArgument, notImplemented } from './errors';
import { CustomXmlModel } from './custom-xml-part';

export type ChangedHandler = (args: Excel.WorksheetChangedEventArgs) => unknown;

export interface Deletable {
  deleted: boolean;
}

export interface NoteModel extends Deletable {
  /** The cell, as "H7". */
  readonly cell: string;
  content: string;
}

/** A drop-down: the literal list ('a,b,c') or a reference ('=Lijsten!$A$1:$A$3') as Excel keeps it. */
export interface ValidationModel {
  readonly source: string;
  readonly inCellDropDown: boolean;
}

export class SheetModel implements Deletable {
  readonly cells = new Map<number, CellModel>();
  /** Notes (the classic yellow comments) by cell address. */
  readonly notes = new Map<string, NoteModel>();
  readonly tables: TableModel[] = [];
  readonly charts: ChartModel[] = [];
  readonly conditionalFormats: ConditionalFormatModel[] = [];
  readonly handlers = new Set<ChangedHandler>();
  /** List validations by cell key. Range.clear('All') leaves them, as in Excel (it clears contents and formats). */
  readonly validations = new Map<number, ValidationModel>();
  /** Column widths in points by 0-based column (unset: Excel's default). */
  readonly columnWidths = new Map<number, number>();
  /** Cells with wrapped text, by cell key. */
  readonly wrapped = new Set<number>();
  chartCount = 0;
  /** Set by Worksheet.delete: proxies that still point here fail with ItemNotFound. */
  deleted = false;

  constructor(
    /** Changed by Worksheet.name (a rename); the id stays. */
    public name: string,
    readonly id: string,
  ) {}

  cell(row: number, col: number): CellModel | undefined {
    return this.cells.get(row * MAX_COLUMNS + col);
  }

  update(row: number, col: number, change: (cell: CellModel) => void): void {
    const key = row * MAX_COLUMNS + col;
    const cell = this.cells.get(key) ?? emptyCell();
    change(cell);
    if (isEmptyCell(cell)) this.cells.delete(key);
    else this.cells.set(key, cell);
  }

  /** Smallest rectangle holding every cell with content (and, unless valuesOnly, formats). */
  used(valuesOnly: boolean): Rect | null {
    let top = MAX_ROWS;
    let left = MAX_COLUMNS;
    let bottom = -1;
    let right = -1;
    for (const [key, cell] of this.cells) {
      if (valuesOnly && !hasContent(cell)) continue;
      const row = Math.floor(key / MAX_COLUMNS);
      const col = key % MAX_COLUMNS;
      top = Math.min(top, row);
      left = Math.min(left, col);
      bottom = Math.max(bottom, row);
      right = Math.max(right, col);
    }
    return bottom < 0 ? null : { top, left, bottom, right };
  }

  grid<V>(rect: Rect, read: (cell: CellModel | undefined, row: number, col: number) => V): V[][] {
    const rows: V[][] = [];
    for (let row = rect.top; row <= rect.bottom; row += 1) {
      const line: V[] = [];
      for (let col = rect.left; col <= rect.right; col += 1) line.push(read(this.cell(row, col), row, col));
      rows.push(line);
    }
    return rows;
  }

  /** The common value of a format property over a range, or null when the cells differ. */
  common<V>(rect: Rect, read: (cell: CellModel | undefined) => V): V | null {
    let first: { value: V } | null = null;
    for (let row = rect.top; row <= rect.bottom; row += 1) {
      for (let col = rect.left; col <= rect.right; col += 1) {
        const value = read(this.cell(row, col));
        if (first === null) first = { value };
        else if (first.value !== value) return null;
      }
    }
    return first ? first.value : null;
  }
}

export interface TableModel extends Deletable {
  readonly id: string;
  readonly name: string;
  readonly sheet: SheetModel;
  rect: Rect;
}

export type SeriesBy = 'Auto' | 'Columns' | 'Rows';

export interface ChartModel extends Deletable {
  readonly id: string;
  name: string;
  readonly type: string;
  readonly sheet: SheetModel;
  readonly sourceSheet: SheetModel;
  readonly source: Rect;
  readonly seriesBy: SeriesBy;
  title: string | null;
  position: { startCell: string; endCell: string | null } | null;
  legendVisible: boolean;
  readonly series: ChartSeriesModel[];
  /** ChartAxis.reversePlotOrder of the category axis (ExcelApi 1.7). */
  reversePlotOrder: boolean;
}

export interface ChartSeriesModel {
  name: string;
  values: RangeTarget | null;
  xValues: RangeTarget | null;
  color: string | null;
  overlap: number | null;
  gapWidth: number | null;
  hasDataLabels: boolean;
  labelFormat: string | null;
  readonly pointColors: Map<number, string>;
}

export interface ConditionalFormatModel extends Deletable {
  readonly id: string;
  readonly type: 'Custom';
  /** Whether lower-priority rules are skipped for a cell where this one holds. */
  stopIfTrue: boolean;
  areas: Rect[];
  formula: string | null;
  fill: string | null;
  fontColor: string | null;
}

export interface NameModel extends Deletable {
  readonly name: string;
  /** Rewritten to '=#REF!$A$1' when the sheet it refers to is deleted. */
  formula: string;
  readonly comment: string;
}

export interface SettingModel extends Deletable {
  readonly key: string;
  json: string;
}

export interface RangeTarget {
  readonly sheet: SheetModel;
  readonly rect: Rect;
  /** Only on a selection: all its areas when the user selected several (Ctrl+click). */
  readonly areas?: readonly Rect[];
}

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  /** Keyed by the name in lower case: Excel's names are case-insensitive. */
  readonly names = new Map<string, NameModel>();
  readonly settings = new Map<string, SettingModel>();
  /** Workbook.customXmlParts (custom-xml.ts). */
  readonly customXml = new CustomXmlModel();
  enableEvents = true;
  private ids = 0;

  constructor(
    public active: SheetModel | null = null,
    public selection: RangeTarget | null = null,
  ) {}

  newId(): string {
    this.ids += 1;
    return `{00000000-0000-0000-0000-${this.ids.toString(16).toUpperCase().padStart(12, '0')}}`;
  }

  sheet(key: string): SheetModel | null {
    const lower = key.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower || s.id === key) ?? null;
  }
}

/** Resolves "A1", "A1:B2" or "Sheet!A1:B2" on `sheet`. */
export function rangeOn(sheet: SheetModel, address: string, location: string): RangeTarget {
  const { sheet: prefix, local } = splitSheet(address);
  if (prefix !== null && prefix.toLowerCase() !== sheet.name.toLowerCase()) {
    throw invalidArgument(`the address ${address} is not on sheet ${sheet.name}`, location);
  }
  const rect = parseRect(local);
  if (rect) return { sheet, rect };
  if (/^\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}$|^\$?\d+:\$?\d+$/.test(local))
    notImplemented(`whole rows or columns ('${address}')`);
  throw invalidArgument(`the address '${address}' is not valid`, location);
}
