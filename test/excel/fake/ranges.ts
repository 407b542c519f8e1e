// Excel.Range: values, formulas, number formats, and the writes behind them.

import { cellName, insideGrid, MAX_COLUMNS, quoteSheet, type Rect, rectAddress, rectSize } from './addresses';
import type { BatchRun } from './batch';
import { type CellModel, contentOf, GENERAL, hasContent, type Scalar, valueOf, valueTypeOf } from './cells';
import { FakeConditionalFormatCollection } from './conditional-formats';
import { DIMENSION_MISMATCH, invalidArgument, itemNotFound, notImplemented } from './errors';
import type { Host } from './host';
import { rangeOn, type RangeTarget, type SheetModel } from './model';
import { argumentJson, ClientObject, type Loadable, type PropertyTable } from './proxy';
import { a1ToR1C1, type CompiledR1C1, compileR1C1, renderR1C1 } from './r1c1';
import { FakeDataValidation, FakeRangeFormat } from './range-format';
import { FakeRangeTableCollection } from './tables';
import { FakeRangeAreas } from './workbook';
import { FakeWorksheet } from './worksheets';

type ContentKind = 'values' | 'formulas' | 'formulasR1C1';

/** The value to write at (r, c) of a range of rows × cols: a scalar for all, or a matching 2-D array. */
function inputGrid(input: unknown, rows: number, cols: number, location: string): (r: number, c: number) => unknown {
  if (!Array.isArray(input)) {
    if (input === null || input === undefined)
      throw invalidArgument('null is not a valid value for a whole range', location);
    return () => input;
  }
  const lines: readonly unknown[] = input;
  const matches =
    lines.length === rows && lines.every((line) => Array.isArray(line) && (line as readonly unknown[]).length === cols);
  if (!matches) throw invalidArgument(DIMENSION_MISMATCH, location);
  return (r, c) => (lines[r] as readonly unknown[])[c];
}

/** Writes values, formulas or R1C1 formulas into a range; null entries leave a cell as it is. */
export function writeContent(
  run: BatchRun | null,
  target: RangeTarget,
  kind: ContentKind,
  input: unknown,
  location: string,
): void {
  const { sheet, rect } = target;
  const { rows, cols } = rectSize(rect);
  const at = inputGrid(input, rows, cols, location);
  const contents: { row: number; col: number; value: Scalar | null; formula: string | null }[] = [];
  const compiled = new Map<string, CompiledR1C1>();
  for (let r = 0; r < rows; r += 1) {
    for (let c = 0; c < cols; c += 1) {
      const raw = at(r, c);
      if (raw === null && Array.isArray(input)) continue;
      const row = rect.top + r;
      const col = rect.left + c;
      const textFormat = sheet.cell(row, col)?.numberFormat === '@';
      const r1c1 = kind === 'formulasR1C1' && typeof raw === 'string' && raw.startsWith('=') && !textFormat;
      let content: { value: Scalar | null; formula: string | null };
      if (r1c1) {
        const formula = compiled.get(raw) ?? compileR1C1(raw);
        compiled.set(raw, formula);
        content = { value: null, formula: renderR1C1(formula, row, col) };
      } else {
        content = contentOf(raw, textFormat);
      }
      contents.push({ row, col, ...content });
    }
  }
  run?.contentChanging(sheet, rect);
  for (const { row, col, value, formula } of contents) {
    sheet.update(row, col, (cell) => {
      cell.value = value;
      cell.formula = formula;
    });
  }
  renameEmptyHeaders(sheet);
}

/**
 * Excel never leaves a table header cell empty: a header emptied by a write or clear comes
 * back as "Column<n>". Modelled so that clearing before shrinking a table shows up in tests.
 */
export function renameEmptyHeaders(sheet: SheetModel): void {
  for (const table of sheet.tables) {
    if (table.deleted) continue;
    for (let col = table.rect.left; col <= table.rect.right; col += 1) {
      if (!hasContent(sheet.cell(table.rect.top, col)))
        sheet.update(table.rect.top, col, (cell) => {
          cell.value = `Column${col - table.rect.left + 1}`;
        });
    }
  }
}

function writeNumberFormat(target: RangeTarget, input: unknown, location: string): void {
  const { sheet, rect } = target;
  const { rows, cols } = rectSize(rect);
  const at = inputGrid(input, rows, cols, location);
  for (let r = 0; r < rows; r += 1) {
    for (let c = 0; c < cols; c += 1) {
      const format = at(r, c);
      if (format === null && Array.isArray(input)) continue;
      if (typeof format !== 'string') throw invalidArgument('a number format must be a string', location);
      sheet.update(rect.top + r, rect.left + c, (cell) => {
        cell.numberFormat = format === '' ? GENERAL : format;
      });
    }
  }
}

/** The cell keys (row * MAX_COLUMNS + col) of a rectangle. */
export function forEachKey(rect: Rect, visit: (key: number) => void): void {
  for (let row = rect.top; row <= rect.bottom; row += 1)
    for (let col = rect.left; col <= rect.right; col += 1) visit(row * MAX_COLUMNS + col);
}

/** One value when every item agrees, else null (how Excel reads a format over a mixed range). */
export function agreed<V>(values: readonly V[]): V | null {
  const first = values[0];
  return first !== undefined && values.every((value) => value === first) ? first : null;
}

/** Excel's default column width in points (8.43 characters of Calibri 11, 64 pixels). */
export const DEFAULT_COLUMN_WIDTH = 48;

export function eachCell(target: RangeTarget, change: (cell: CellModel) => void): void {
  const { sheet, rect } = target;
  for (let row = rect.top; row <= rect.bottom; row += 1) {
    for (let col = rect.left; col <= rect.right; col += 1) sheet.update(row, col, change);
  }
}

export class FakeRange extends ClientObject<RangeTarget> {
  readonly format: FakeRangeFormat;
  readonly conditionalFormats: FakeConditionalFormatCollection;
  readonly dataValidation: FakeDataValidation;
  private worksheetProxy: FakeWorksheet | undefined = undefined;

  constructor(host: Host, path: string, resolver: () => RangeTarget | null) {
    super(host, 'Range', path, resolver);
    this.format = host.make(new FakeRangeFormat(host, this));
    this.conditionalFormats = host.make(new FakeConditionalFormatCollection(host, this));
    this.dataValidation = host.make(new FakeDataValidation(host, this));
  }

  protected override properties(): PropertyTable<RangeTarget> {
    return {
      address: { read: ({ sheet, rect }) => `${quoteSheet(sheet.name)}!${rectAddress(rect)}` },
      rowIndex: { read: ({ rect }) => rect.top },
      columnIndex: { read: ({ rect }) => rect.left },
      rowCount: { read: ({ rect }) => rectSize(rect).rows },
      columnCount: { read: ({ rect }) => rectSize(rect).cols },
      cellCount: { read: ({ rect }) => rectSize(rect).rows * rectSize(rect).cols },
      values: { read: ({ sheet, rect }) => sheet.grid(rect, valueOf) },
      valueTypes: { read: ({ sheet, rect }) => sheet.grid(rect, valueTypeOf) },
      formulas: { read: ({ sheet, rect }) => sheet.grid(rect, (cell) => cell?.formula ?? cell?.value ?? '') },
      formulasR1C1: {
        since: '1.2',
        read: ({ sheet, rect }) =>
          sheet.grid(rect, (cell, row, col) =>
            cell?.formula ? a1ToR1C1(cell.formula, cellName(row, col)) : (cell?.value ?? ''),
          ),
      },
      numberFormat: { read: ({ sheet, rect }) => sheet.grid(rect, (cell) => cell?.numberFormat ?? GENERAL) },
    };
  }

  protected override child(name: string): Loadable | undefined {
    return name === 'format' ? this.format : name === 'worksheet' ? this.worksheet : undefined;
  }

  get address(): string {
    return this.read('address');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get cellCount(): number {
    return this.read('cellCount');
  }
  get valueTypes(): string[][] {
    return this.read('valueTypes');
  }

  get values(): unknown[][] {
    return this.read('values');
  }
  set values(input: unknown) {
    this.assign('values', input, (target, run) => writeContent(run, target, 'values', input, 'Range.values'));
  }

  get formulas(): unknown[][] {
    return this.read('formulas');
  }
  set formulas(input: unknown) {
    this.assign('formulas', input, (target, run) => writeContent(run, target, 'formulas', input, 'Range.formulas'));
  }

  get formulasR1C1(): unknown[][] {
    return this.read('formulasR1C1');
  }
  set formulasR1C1(input: unknown) {
    this.assign(
      'formulasR1C1',
      input,
      (target, run) => writeContent(run, target, 'formulasR1C1', input, 'Range.formulasR1C1'),
      '1.2',
    );
  }

  get numberFormat(): unknown[][] {
    return this.read('numberFormat');
  }
  set numberFormat(input: unknown) {
    this.assign('numberFormat', input, (target) => writeNumberFormat(target, input, 'Range.numberFormat'));
  }

  get worksheet(): FakeWorksheet {
    this.worksheetProxy ??= this.host.make(
      new FakeWorksheet(this.host, `${this.path}.worksheet`, () => this.resolve()?.sheet ?? null),
    );
    return this.worksheetProxy;
  }

  private derived(method: string, args: readonly unknown[], derive: (target: RangeTarget) => RangeTarget): FakeRange {
    return this.host.make(
      new FakeRange(
        this.host,
        `${this.path}.${method}(${args.map((a) => JSON.stringify(argumentJson(a))).join(',')})`,
        () => {
          const target = this.resolve();
          if (!target) return null;
          const next = derive(target);
          if (!insideGrid(next.rect) || next.rect.bottom < next.rect.top || next.rect.right < next.rect.left) {
            throw invalidArgument(`Range.${method} leaves the worksheet`, `Range.${method}`);
          }
          return next;
        },
      ),
    );
  }

  getCell(row: number, column: number): FakeRange {
    return this.derived('getCell', [row, column], ({ sheet, rect }) => {
      const top = rect.top + row;
      const left = rect.left + column;
      return { sheet, rect: { top, left, bottom: top, right: left } };
    });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derived('getResizedRange', [deltaRows, deltaColumns], ({ sheet, rect }) => {
      this.host.requireApi('1.2', 'Range.getResizedRange');
      return { sheet, rect: { ...rect, bottom: rect.bottom + deltaRows, right: rect.right + deltaColumns } };
    });
  }

  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derived('getOffsetRange', [rowOffset, columnOffset], ({ sheet, rect }) => ({
      sheet,
      rect: {
        top: rect.top + rowOffset,
        bottom: rect.bottom + rowOffset,
        left: rect.left + columnOffset,
        right: rect.right + columnOffset,
      },
    }));
  }

  getBoundingRect(anotherRange: unknown): FakeRange {
    return this.derived('getBoundingRect', [anotherRange], ({ sheet, rect }) => {
      const other = rangeArgument(anotherRange, sheet, 'Range.getBoundingRect');
      if (other.sheet !== sheet) throw invalidArgument('the ranges are on different sheets', 'Range.getBoundingRect');
      return {
        sheet,
        rect: {
          top: Math.min(rect.top, other.rect.top),
          left: Math.min(rect.left, other.rect.left),
          bottom: Math.max(rect.bottom, other.rect.bottom),
          right: Math.max(rect.right, other.rect.right),
        },
      };
    });
  }

  /**
   * The cells of the range holding constants (a value, not a formula), as a RangeAreas; a null
   * object when there are none (ExcelApi 1.9). Only `constants` is modelled. Per
   * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getspecialcellsornullobject-member(1)
   */
  getSpecialCellsOrNullObject(cellType: string): FakeRangeAreas {
    if (cellType !== 'Constants') notImplemented(`Range.getSpecialCellsOrNullObject('${cellType}')`);
    return this.host.make(
      new FakeRangeAreas(this.host, `${this.path}.getSpecialCellsOrNullObject(${cellType})`, () => {
        this.host.requireApi('1.9', 'Range.getSpecialCellsOrNullObject');
        const target = this.resolve();
        if (!target) return null;
        const { sheet, rect } = target;
        // Excel merges the cells into rectangles; column runs are enough to name each cell once.
        const areas: Rect[] = [];
        for (let col = rect.left; col <= rect.right; col += 1) {
          let start: number | null = null;
          for (let row = rect.top; row <= rect.bottom + 1; row += 1) {
            const cell = row <= rect.bottom ? sheet.cell(row, col) : undefined;
            const constant = !!cell && cell.formula === null && cell.value !== null && cell.value !== '';
            if (constant && start === null) start = row;
            if (!constant && start !== null) {
              areas.push({ top: start, bottom: row - 1, left: col, right: col });
              start = null;
            }
          }
        }
        return areas.length > 0 ? { sheet, rects: areas } : null;
      }),
    );
  }

  /** The tables that intersect the range (or, with `fullyContained`, lie inside it). */
  getTables(fullyContained?: boolean): FakeRangeTableCollection {
    return this.host.make(new FakeRangeTableCollection(this.host, this, fullyContained ?? false));
  }

  clear(applyTo: string = 'All'): void {
    if (applyTo !== 'All' && applyTo !== 'Contents' && applyTo !== 'Formats')
      notImplemented(`Range.clear('${applyTo}')`);
    this.invoke('clear', [applyTo], (target, run) => {
      if (applyTo !== 'Formats') {
        run.contentChanging(target.sheet, target.rect);
        eachCell(target, (cell) => {
          cell.value = null;
          cell.formula = null;
        });
        renameEmptyHeaders(target.sheet);
      }
      if (applyTo !== 'Contents') {
        eachCell(target, (cell) => {
          Object.assign(cell, { numberFormat: GENERAL, bold: false, fill: null, fontColor: null });
        });
        // Wrapped text is a format; column widths and data validation are not, and stay (as in Excel).
        forEachKey(target.rect, (key) => target.sheet.wrapped.delete(key));
      }
    });
  }
}

/** A Range argument (a fake Range or an address on `sheet`), resolved inside the batch. */
export function rangeArgument(arg: unknown, sheet: SheetModel, location: string): RangeTarget {
  if (arg instanceof FakeRange) {
    const target = arg.resolve();
    if (!target) throw itemNotFound('the range argument is a null object', location);
    return target;
  }
  if (typeof arg === 'string') return rangeOn(sheet, arg, location);
  throw invalidArgument('expected a Range or an address', location);
}
