// FakeExcel, the test's side of the fake workbook: inspect state, count requests, inject
// failures, act as the user.

import { typedListItems } from '../fake-rules';
import { MAX_COLUMNS, parseCell, quoteSheet, rectAddress } from './addresses';
import { type CellModel, emptyCell, type Scalar, valueOf } from './cells';
import { FakeExcelError } from './errors';
import type { Host, RequestRecord } from './host';
import { rangeOn, type RangeTarget, type SeriesBy, type SheetModel, type WorkbookModel } from './model';
import { releaseOfficeStub } from './office-stub';
import { referenceCells } from './range-format';
import { writeContent } from './ranges';
import { renameSheet } from './worksheets';

export interface CellSnapshot {
  /** The stored value: null for an empty cell and for a formula (formulas are not evaluated). */
  readonly value: Scalar | null;
  readonly formula: string | null;
  readonly numberFormat: string;
  readonly bold: boolean;
  readonly fill: string | null;
  readonly fontColor: string | null;
}

export interface ChartRecord {
  readonly name: string;
  readonly type: string;
  /** The source data's address, with the sheet only when it is another sheet. */
  readonly source: string;
  readonly seriesBy: SeriesBy;
  readonly title: string | null;
  readonly position: { readonly startCell: string; readonly endCell: string | null } | null;
  readonly legendVisible: boolean;
  readonly seriesColors: readonly { readonly series: number; readonly color: string }[];
  readonly pointColors: readonly { readonly series: number; readonly point: number; readonly color: string }[];
  readonly series: readonly ChartSeriesRecord[];
  /**
   * Where the first category is drawn. Bar charts count their categories from the axis origin,
   * at the bottom, unless the category axis is reversed (Excel's long-standing behaviour:
   * https://peltiertech.com/bar-chart-categories-backwards/; ChartAxis.reversePlotOrder).
   */
  readonly firstCategory: 'top' | 'bottom' | 'left' | 'right';
}

export interface ChartSeriesRecord {
  readonly name: string;
  /** Addresses, with the sheet only when it is not the chart's. */
  readonly values: string | null;
  readonly xValues: string | null;
  readonly color: string | null;
  readonly overlap: number | null;
  readonly gapWidth: number | null;
  readonly dataLabels: { readonly numberFormat: string | null } | null;
}

export interface ConditionalFormatRecord {
  /** "H5:I11"; several areas are joined with commas. */
  readonly address: string;
  readonly type: 'Custom';
  /** 0 is evaluated first; the list is in this order. */
  readonly priority: number;
  readonly stopIfTrue: boolean;
  readonly formula: string | null;
  readonly fill: string | null;
  readonly fontColor: string | null;
}

export interface TableRecord {
  readonly name: string;
  readonly address: string;
}

/** The test's side of the fake workbook: inspect state, count requests, inject failures, act as the user. */
export class FakeExcel {
  constructor(private readonly host: Host) {}

  /** Number of context.sync() calls so far. */
  get syncs(): number {
    return this.host.syncCount;
  }

  /** One entry per sync, in order. */
  get requests(): readonly RequestRecord[] {
    return [...this.host.requestLog];
  }

  get maxRequestBytes(): number {
    return this.host.requestLog.reduce((max, request) => Math.max(max, request.bytes), 0);
  }

  /** The largest response of a sync so far (what its loads returned, as JSON). */
  get maxResponseBytes(): number {
    return this.host.requestLog.reduce((max, request) => Math.max(max, request.responseBytes), 0);
  }

  /** Syncs whose response is above this size are refused with ResponsePayloadSizeLimitExceeded (default 5 MB). */
  get responseLimitBytes(): number {
    return this.host.responseLimitBytes;
  }
  set responseLimitBytes(bytes: number) {
    this.host.responseLimitBytes = bytes;
  }

  /** context.runtime.enableEvents as Excel holds it (it lasts the whole session, across Excel.run calls). */
  get eventsEnabled(): boolean {
    return this.host.model.enableEvents;
  }

  /** Delivers now the onChanged events of finished syncs (they arrive on the next macrotask otherwise). */
  flushEvents(): void {
    this.host.flushEvents();
  }

  /** Syncs above this size are refused with RequestPayloadSizeLimitExceeded (default 5 MB). */
  get requestLimitBytes(): number {
    return this.host.requestLimitBytes;
  }
  set requestLimitBytes(bytes: number) {
    this.host.requestLimitBytes = bytes;
  }

  /** Batches that called application.suspendApiCalculationUntilNextSync(). */
  get calculationSuspendedBatches(): number {
    return this.host.suspendedBatches;
  }

  /** Errors thrown or rejected by onChanged handlers the fake called. */
  get eventErrors(): readonly unknown[] {
    return [...this.host.eventErrors];
  }

  /** Defined names: name → formula ("='Blad 1'!$S$6"). */
  get names(): Record<string, string> {
    return Object.fromEntries([...this.host.model.names.values()].map((item) => [item.name, item.formula]));
  }

  /** workbook.settings: key → value. */
  get settings(): Record<string, unknown> {
    return Object.fromEntries(
      [...this.host.model.settings.values()].map((setting): [string, unknown] => [
        setting.key,
        JSON.parse(setting.json),
      ]),
    );
  }

  cell(sheetName: string, address: string): CellSnapshot {
    const sheet = this.sheet(sheetName);
    const at = parseCell(address);
    if (!at) throw new Error(`fake: not a cell address: ${address}`);
    const cell = sheet.cell(at.row, at.col) ?? emptyCell();
    return {
      value: cell.value,
      formula: cell.formula,
      numberFormat: cell.numberFormat,
      bold: cell.bold,
      fill: cell.fill,
      fontColor: cell.fontColor,
    };
  }

  /** The sheet from A1 to its last cell with content: values, formulas as '=…' text, null when empty. */
  sheetValues(sheetName: string): (Scalar | null)[][] {
    return this.sheetGrid(sheetName, (cell) => cell?.value ?? cell?.formula ?? null);
  }

  /** Like sheetValues, with the formula wherever a cell has one (what HyperFormula should evaluate). */
  sheetFormulas(sheetName: string): (Scalar | null)[][] {
    return this.sheetGrid(sheetName, (cell) => cell?.formula ?? cell?.value ?? null);
  }

  charts(sheetName: string): ChartRecord[] {
    const sheet = this.sheet(sheetName);
    return sheet.charts.map((chart) => ({
      name: chart.name,
      type: chart.type,
      source:
        chart.sourceSheet === sheet
          ? rectAddress(chart.source)
          : `${quoteSheet(chart.sourceSheet.name)}!${rectAddress(chart.source)}`,
      seriesBy: chart.seriesBy,
      title: chart.title,
      position: chart.position && { ...chart.position },
      legendVisible: chart.legendVisible,
      seriesColors: chart.series.flatMap((series, i) => (series.color ? [{ series: i, color: series.color }] : [])),
      pointColors: chart.series.flatMap((series, i) =>
        [...series.pointColors].sort(([a], [b]) => a - b).map(([point, color]) => ({ series: i, point, color })),
      ),
      series: chart.series.map((series) => {
        const where = (target: RangeTarget | null) =>
          target === null
            ? null
            : target.sheet === sheet
              ? rectAddress(target.rect)
              : `${quoteSheet(target.sheet.name)}!${rectAddress(target.rect)}`;
        return {
          name: series.name,
          values: where(series.values),
          xValues: where(series.xValues),
          color: series.color,
          overlap: series.overlap,
          gapWidth: series.gapWidth,
          dataLabels: series.hasDataLabels ? { numberFormat: series.labelFormat } : null,
        };
      }),
      firstCategory: chart.type.includes('Bar')
        ? chart.reversePlotOrder
          ? 'top'
          : 'bottom'
        : chart.reversePlotOrder
          ? 'right'
          : 'left',
    }));
  }

  conditionalFormats(sheetName: string): ConditionalFormatRecord[] {
    return this.sheet(sheetName).conditionalFormats.map((format, priority) => ({
      address: format.areas.map((area) => rectAddress(area)).join(','),
      type: format.type,
      priority,
      stopIfTrue: format.stopIfTrue,
      formula: format.formula,
      fill: format.fill,
      fontColor: format.fontColor,
    }));
  }

  /** The notes of a sheet, by cell. */
  notes(sheetName: string): Record<string, string> {
    const notes: Record<string, string> = {};
    for (const note of this.sheet(sheetName).notes.values()) if (!note.deleted) notes[note.cell] = note.content;
    return notes;
  }

  /** The sheets of the workbook, in order. */
  get sheetNames(): string[] {
    return this.host.model.sheets.map((sheet) => sheet.name);
  }

  /**
   * The drop-down of one cell, or null. A typed list is split at its commas; a list that refers
   * to a range gives that range's non-empty cells now, as text (a formula cell gives its formula).
   */
  validation(sheetName: string, address: string): { list: string[]; inCellDropDown: boolean } | null {
    const at = parseCell(address);
    if (!at) throw new Error(`fake: not a cell address: ${address}`);
    const sheet = this.sheet(sheetName);
    const rule = sheet.validations.get(at.row * MAX_COLUMNS + at.col);
    if (!rule) return null;
    if (!rule.source.startsWith('=')) return { list: typedListItems(rule.source), inCellDropDown: rule.inCellDropDown };
    const cells = referenceCells(rule.source, sheet, this.host.model);
    if (!cells) throw new Error(`fake: the list source ${rule.source} of ${address} no longer refers to a range`);
    const list = cells.sheet
      .grid(cells.rect, (cell) => cell?.value ?? cell?.formula ?? null)
      .flat()
      .filter((value): value is Scalar => value !== null)
      .map((value) => (typeof value === 'boolean' ? String(value).toUpperCase() : String(value)));
    return { list, inCellDropDown: rule.inCellDropDown };
  }

  /** The active sheet's name. */
  get activeSheet(): string | null {
    return this.host.model.active?.name ?? null;
  }

  /** A column's width in points (0-based column), or null when never set. */
  columnWidth(sheetName: string, col: number): number | null {
    return this.sheet(sheetName).columnWidths.get(col) ?? null;
  }

  wrapText(sheetName: string, address: string): boolean {
    const at = parseCell(address);
    if (!at) throw new Error(`fake: not a cell address: ${address}`);
    return this.sheet(sheetName).wrapped.has(at.row * MAX_COLUMNS + at.col);
  }

  tables(sheetName: string): TableRecord[] {
    return this.sheet(sheetName).tables.map((table) => ({ name: table.name, address: rectAddress(table.rect) }));
  }

  /** Makes the n-th context.sync() (1-based, counted from the start) reject with `error`, applying nothing. */
  failOnSync(n: number, error: unknown = new FakeExcelError('GeneralException', 'injected failure')): void {
    this.host.failOn(n, error);
  }

  /**
   * The user types `value` into `address` (a scalar for every cell, or a 2-D array; '=…' is a
   * formula, null or '' clears), then onChanged fires: triggerSource 'Unknown' from ExcelApi
   * 1.14, details for a single cell from 1.9. Errors thrown by handlers are rethrown.
   */
  edit(sheetName: string, address: string, value: Scalar | null | readonly (readonly (Scalar | null)[])[]): void {
    const sheet = this.sheet(sheetName);
    const target = rangeOn(sheet, address, 'fake.edit');
    const before = valueOf(sheet.cell(target.rect.top, target.rect.left));
    const input = value === null ? '' : value;
    writeContent(null, target, 'values', input, 'fake.edit');
    // runtime.enableEvents = false silences every event to the add-in, the user's edits included.
    const errors = this.host.model.enableEvents ? this.host.dispatch(sheet, target.rect, 'Unknown', before) : [];
    if (errors.length > 0) throw errors[0];
  }

  /** Moves the selection (and the active sheet) as the user would; 'A1:B3,D5' selects two areas. */
  select(sheetName: string, address: string): void {
    const sheet = this.sheet(sheetName);
    this.host.model.active = sheet;
    const areas = address.split(',').map((part) => rangeOn(sheet, part.trim(), 'fake.select').rect);
    const first = areas[0];
    if (!first) throw new Error(`fake: no address to select: ${address}`);
    this.host.model.selection = areas.length > 1 ? { sheet, rect: first, areas } : { sheet, rect: first };
  }

  /** The user renames a sheet (its id stays; names, formulas and list sources follow). */
  renameSheet(from: string, to: string): void {
    renameSheet(this.host.model, this.sheet(from), to);
  }

  /** The host's highest ExcelApi requirement set, e.g. '1.7'. */
  setSupported(version: string): void {
    this.host.version = version;
  }

  /** The workbook's data itself, for the user's structural edits (structure.ts). */
  get workbookModel(): WorkbookModel {
    return this.host.model;
  }

  /** The workbook's custom XML parts (deleted ones left out), in the order added. */
  get customXmlParts(): { readonly id: string; readonly namespaceUri: string; readonly xml: string }[] {
    return this.host.model.customXml.live().map(({ id, namespaceUri, xml }) => ({ id, namespaceUri, xml }));
  }

  /** The gate of custom XML parts: off, isSetSupported('ExcelApi', '1.5') is false and customXmlParts fails. */
  set customXmlAvailable(available: boolean) {
    this.host.model.customXml.available = available;
  }

  isSetSupported(name: string, version?: string): boolean {
    if (name.toLowerCase() !== 'excelapi') return false;
    if (version === '1.5' && !this.host.model.customXml.available) return false;
    return version === undefined || this.host.supports(version);
  }

  /** Removes the global Office stub when this was the last fake using it. */
  dispose(): void {
    releaseOfficeStub(this);
  }

  private sheet(name: string): SheetModel {
    const sheet = this.host.model.sheet(name);
    if (!sheet) throw new Error(`fake: no sheet '${name}'`);
    return sheet;
  }

  private sheetGrid(sheetName: string, read: (cell: CellModel | undefined) => Scalar | null): (Scalar | null)[][] {
    const sheet = this.sheet(sheetName);
    const used = sheet.used(true);
    if (!used) return [];
    return sheet.grid({ top: 0, left: 0, bottom: used.bottom, right: used.right }, read);
  }
}
