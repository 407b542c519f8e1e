// A range's format (font, fill, column width, wrapping) and its list validation (drop-downs).

import { parseRect, quoteSheet, rectAddress, splitSheet } from './addresses';
import { normaliseColor } from './cells';
import { invalidArgument, notImplemented } from './errors';
import type { Host } from './host';
import type { RangeTarget, SheetModel, ValidationModel, WorkbookModel } from './model';
import { ClientObject, type Loadable, type PropertyTable } from './proxy';
import { agreed, DEFAULT_COLUMN_WIDTH, eachCell, FakeRange, forEachKey, rangeArgument } from './ranges';

export class FakeRangeFormat extends ClientObject<RangeTarget> {
  readonly font: FakeRangeFont;
  readonly fill: FakeRangeFill;

  constructor(host: Host, range: FakeRange) {
    super(host, 'RangeFormat', `${range.path}.format`, () => range.resolve());
    this.font = host.make(new FakeRangeFont(host, this));
    this.fill = host.make(new FakeRangeFill(host, this));
  }

  protected override properties(): PropertyTable<RangeTarget> {
    return {
      columnWidth: {
        read: ({ sheet, rect }) => {
          const widths: number[] = [];
          for (let col = rect.left; col <= rect.right; col += 1)
            widths.push(sheet.columnWidths.get(col) ?? DEFAULT_COLUMN_WIDTH);
          return agreed(widths);
        },
      },
      wrapText: {
        read: ({ sheet, rect }) => {
          const wrapped: boolean[] = [];
          forEachKey(rect, (key) => wrapped.push(sheet.wrapped.has(key)));
          return agreed(wrapped);
        },
      },
    };
  }

  protected override child(name: string): Loadable | undefined {
    return name === 'font' ? this.font : name === 'fill' ? this.fill : undefined;
  }

  /** Points; null when the columns differ. Unset columns have Excel's default, DEFAULT_COLUMN_WIDTH. */
  get columnWidth(): number {
    return this.read('columnWidth');
  }
  /** Set on any range, it is the width of the range's whole columns (Excel allows 0 to 255 characters). */
  set columnWidth(value: number) {
    this.assign('columnWidth', value, ({ sheet, rect }) => {
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
        throw invalidArgument('columnWidth must be a number of points, 0 or more', 'RangeFormat.columnWidth');
      for (let col = rect.left; col <= rect.right; col += 1) sheet.columnWidths.set(col, value);
    });
  }

  /** Per cell; null when the cells differ. */
  get wrapText(): boolean {
    return this.read('wrapText');
  }
  set wrapText(value: boolean) {
    this.assign('wrapText', value, ({ sheet, rect }) => {
      if (typeof value !== 'boolean') throw invalidArgument('wrapText must be a boolean', 'RangeFormat.wrapText');
      forEachKey(rect, (key) => (value ? sheet.wrapped.add(key) : sheet.wrapped.delete(key)));
    });
  }

  autofitColumns(): void {
    // Text widths are not measured: the widths stay as they are; the call is still part of the request.
    this.invoke('autofitColumns', [], () => undefined, '1.2');
  }
}

/** Excel keeps a typed list in the file as one string of at most 255 characters. */
const MAX_LIST_SOURCE = 255;

/** A list source as Excel stores it: the literal list, or '=' and a reference (a Range becomes its absolute address). */
function validationSource(source: unknown, sheet: SheetModel, model: WorkbookModel): string {
  const location = 'DataValidation.rule';
  if (source instanceof FakeRange) {
    const target = rangeArgument(source, sheet, location);
    const prefix = target.sheet === sheet ? '' : `${quoteSheet(target.sheet.name)}!`;
    return `=${prefix}${rectAddress(target.rect, true)}`;
  }
  if (typeof source !== 'string' || source.trim() === '')
    throw invalidArgument('a list source must be a Range or a non-empty string', location);
  if (source.startsWith('=')) {
    if (!referenceCells(source, sheet, model))
      throw invalidArgument(`the list source ${source} is not a range`, location);
    return source;
  }
  if (source.length > MAX_LIST_SOURCE)
    throw invalidArgument(`a typed list is limited to ${MAX_LIST_SOURCE} characters; refer to a range`, location);
  return source;
}

/** The cells of a '=Sheet!A1:A3' or '=A1:A3' list source, or null when it names no range. */
export function referenceCells(source: string, sheet: SheetModel, model: WorkbookModel): RangeTarget | null {
  const { sheet: prefix, local } = splitSheet(source.slice(1).trim());
  const owner = prefix === null ? sheet : model.sheet(prefix);
  const rect = parseRect(local);
  return owner && rect ? { sheet: owner, rect } : null;
}

/**
 * Range.dataValidation (ExcelApi 1.8). Only list rules are modelled, per cell: a typed list
 * ('a,b,c', at most 255 characters) or a range ('=$A$1:$A$3', '=Lijsten!$A$1:$A$3' or a Range).
 * Reading `rule` gives the rule when every cell has the same one, else {}; `type` is 'List',
 * 'None' or 'Inconsistent'. Range.clear('All') does not remove validation, as in Excel.
 */
export class FakeDataValidation extends ClientObject<RangeTarget> {
  constructor(host: Host, range: FakeRange) {
    super(host, 'DataValidation', `${range.path}.dataValidation`, () => range.resolve());
  }

  protected override properties(): PropertyTable<RangeTarget> {
    return {
      type: { since: '1.8', read: (target) => validationState(target).type },
      rule: { since: '1.8', read: (target) => validationState(target).rule },
    };
  }

  get type(): string {
    return this.read('type');
  }

  get rule(): Excel.DataValidationRule {
    return this.read('rule');
  }
  /** Replaces any validation of the range's cells. */
  set rule(value: Excel.DataValidationRule) {
    const kinds = Object.keys(value);
    if (kinds.some((kind) => kind !== 'list')) notImplemented(`DataValidation.rule ${kinds.join(', ')}`);
    this.assign(
      'rule',
      value,
      ({ sheet, rect }) => {
        const list = value.list;
        if (!list) throw invalidArgument('a rule needs one kind of criteria', 'DataValidation.rule');
        const rule: ValidationModel = {
          source: validationSource(list.source, sheet, this.host.model),
          inCellDropDown: list.inCellDropDown !== false,
        };
        forEachKey(rect, (key) => sheet.validations.set(key, rule));
      },
      '1.8',
    );
  }

  clear(): void {
    this.invoke('clear', [], ({ sheet, rect }) => forEachKey(rect, (key) => sheet.validations.delete(key)), '1.8');
  }
}

function validationState({ sheet, rect }: RangeTarget): { type: string; rule: Excel.DataValidationRule } {
  const rules: (ValidationModel | undefined)[] = [];
  forEachKey(rect, (key) => rules.push(sheet.validations.get(key)));
  const first = rules[0];
  const same = rules.every((rule) => rule?.source === first?.source && rule?.inCellDropDown === first?.inCellDropDown);
  if (!same) return { type: 'Inconsistent', rule: {} };
  if (!first) return { type: 'None', rule: {} };
  return { type: 'List', rule: { list: { source: first.source, inCellDropDown: first.inCellDropDown } } };
}

class FakeRangeFont extends ClientObject<RangeTarget> {
  constructor(host: Host, format: FakeRangeFormat) {
    super(host, 'RangeFont', `${format.path}.font`, () => format.resolve());
  }

  protected override properties(): PropertyTable<RangeTarget> {
    return {
      bold: { read: ({ sheet, rect }) => sheet.common(rect, (cell) => cell?.bold ?? false) },
      color: { read: ({ sheet, rect }) => sheet.common(rect, (cell) => cell?.fontColor ?? '#000000') },
    };
  }

  get bold(): boolean {
    return this.read('bold');
  }
  set bold(value: boolean) {
    this.assign('bold', value, (target) => {
      if (typeof value !== 'boolean') throw invalidArgument('bold must be a boolean', 'RangeFont.bold');
      eachCell(target, (cell) => {
        cell.bold = value;
      });
    });
  }

  get color(): string {
    return this.read('color');
  }
  set color(value: string) {
    this.assign('color', value, (target) => {
      const color = normaliseColor(value, 'RangeFont.color');
      eachCell(target, (cell) => {
        cell.fontColor = color === '#000000' ? null : color;
      });
    });
  }
}

class FakeRangeFill extends ClientObject<RangeTarget> {
  constructor(host: Host, format: FakeRangeFormat) {
    super(host, 'RangeFill', `${format.path}.fill`, () => format.resolve());
  }

  protected override properties(): PropertyTable<RangeTarget> {
    return { color: { read: ({ sheet, rect }) => sheet.common(rect, (cell) => cell?.fill ?? '#FFFFFF') } };
  }

  get color(): string {
    return this.read('color');
  }
  set color(value: string) {
    this.assign('color', value, (target) => {
      const color = normaliseColor(value, 'RangeFill.color');
      eachCell(target, (cell) => {
        cell.fill = color;
      });
    });
  }

  clear(): void {
    this.invoke('clear', [], (target) =>
      eachCell(target, (cell) => {
        cell.fill = null;
      }),
    );
  }
}
