// Conditional formats of a range: only custom (formula) rules with a fill and font colour.

import { subtract } from './addresses';
import { normaliseColor } from './cells';
import { invalidArgument, itemNotFound, notImplemented } from './errors';
import type { Host } from './host';
import type { ConditionalFormatModel, RangeTarget, SheetModel } from './model';
import { ClientObject, Created, type Loadable, type PropertyTable } from './proxy';
import type { FakeRange } from './ranges';

export class FakeConditionalFormatCollection extends ClientObject<RangeTarget> {
  constructor(host: Host, range: FakeRange) {
    super(host, 'ConditionalFormatCollection', `${range.path}.conditionalFormats`, () => {
      host.requireApi('1.6', 'Range.conditionalFormats');
      return range.resolve();
    });
  }

  /**
   * "Adds a new conditional format to the collection at the first/top priority"
   * (https://learn.microsoft.com/javascript/api/excel/excel.conditionalformatcollection#excel-excel-conditionalformatcollection-add-member(1)):
   * rules added one after another end up in reverse order. The sheet's list is in priority
   * order, index 0 first; stopIfTrue starts false, as in Excel's dialog.
   */
  add(type: string): FakeConditionalFormat {
    if (type !== 'Custom') notImplemented(`ConditionalFormatCollection.add('${type}')`);
    const created = new Created<ConditionalFormatModel>('a conditional format');
    this.invoke('add', [type], ({ sheet, rect }) => {
      created.model = {
        id: this.host.model.newId(),
        type: 'Custom',
        stopIfTrue: false,
        areas: [rect],
        formula: null,
        fill: null,
        fontColor: null,
        deleted: false,
      };
      sheet.conditionalFormats.unshift(created.model);
    });
    return this.host.make(new FakeConditionalFormat(this.host, `${this.path}.add('Custom')`, () => created.get()));
  }

  /** Removes the conditional formats from the range's cells; formats reaching outside keep the rest. */
  clearAll(): void {
    this.invoke('clearAll', [], ({ sheet, rect }) => {
      for (const format of sheet.conditionalFormats)
        format.areas = format.areas.flatMap((area) => subtract(area, rect));
      for (const format of sheet.conditionalFormats.filter((f) => f.areas.length === 0)) format.deleted = true;
      const kept = sheet.conditionalFormats.filter((f) => !f.deleted);
      sheet.conditionalFormats.splice(0, sheet.conditionalFormats.length, ...kept);
    });
  }
}

class FakeConditionalFormat extends ClientObject<ConditionalFormatModel> {
  readonly custom: FakeCustomConditionalFormat;

  constructor(host: Host, path: string, resolver: () => ConditionalFormatModel) {
    super(host, 'ConditionalFormat', path, resolver);
    this.custom = host.make(new FakeCustomConditionalFormat(host, this));
  }

  protected override properties(): PropertyTable<ConditionalFormatModel> {
    return {
      type: { read: (format) => format.type },
      priority: { read: (format) => this.sheetOf(format).conditionalFormats.indexOf(format) },
      stopIfTrue: { read: (format) => format.stopIfTrue },
    };
  }

  protected override child(name: string): Loadable | undefined {
    return name === 'custom' ? this.custom : undefined;
  }

  get type(): string {
    return this.read('type');
  }

  get priority(): number {
    return this.read('priority');
  }
  /**
   * "Changing this also changes other conditional formats' priorities ... Use a negative priority
   * to begin from the back. Priorities greater than the bounds will get and set to the maximum"
   * (https://learn.microsoft.com/javascript/api/excel/excel.conditionalformat#excel-excel-conditionalformat-priority-member).
   */
  set priority(value: number) {
    this.assign('priority', value, (format) => {
      if (!Number.isInteger(value)) throw invalidArgument('priority must be an integer', 'ConditionalFormat.priority');
      const list = this.sheetOf(format).conditionalFormats;
      list.splice(list.indexOf(format), 1);
      const at = value < 0 ? Math.max(0, list.length + 1 + value) : Math.min(value, list.length);
      list.splice(at, 0, format);
    });
  }

  get stopIfTrue(): boolean {
    return this.read('stopIfTrue');
  }
  /** https://learn.microsoft.com/javascript/api/excel/excel.conditionalformat#excel-excel-conditionalformat-stopiftrue-member */
  set stopIfTrue(value: boolean) {
    this.assign('stopIfTrue', value, (format) => {
      if (typeof value !== 'boolean')
        throw invalidArgument('stopIfTrue must be a boolean', 'ConditionalFormat.stopIfTrue');
      format.stopIfTrue = value;
    });
  }

  private sheetOf(format: ConditionalFormatModel): SheetModel {
    const sheet = this.host.model.sheets.find((each) => each.conditionalFormats.includes(format));
    if (!sheet) throw itemNotFound('the conditional format was deleted', 'ConditionalFormat');
    return sheet;
  }
}

class FakeCustomConditionalFormat extends ClientObject<ConditionalFormatModel> {
  readonly rule: FakeConditionalFormatRule;
  readonly format: FakeConditionalRangeFormat;

  constructor(host: Host, parent: FakeConditionalFormat) {
    super(host, 'CustomConditionalFormat', `${parent.path}.custom`, () => parent.resolve());
    this.rule = host.make(new FakeConditionalFormatRule(host, this));
    this.format = host.make(new FakeConditionalRangeFormat(host, this));
  }

  protected override child(name: string): Loadable | undefined {
    return name === 'rule' ? this.rule : name === 'format' ? this.format : undefined;
  }
}

class FakeConditionalFormatRule extends ClientObject<ConditionalFormatModel> {
  constructor(host: Host, parent: FakeCustomConditionalFormat) {
    super(host, 'ConditionalFormatRule', `${parent.path}.rule`, () => parent.resolve());
  }

  protected override properties(): PropertyTable<ConditionalFormatModel> {
    return { formula: { read: (format) => format.formula ?? '' } };
  }

  get formula(): string {
    return this.read('formula');
  }
  set formula(value: string) {
    this.assign('formula', value, (format) => {
      if (typeof value !== 'string') throw invalidArgument('formula must be a string', 'ConditionalFormatRule.formula');
      format.formula = value;
    });
  }
}

class FakeConditionalRangeFormat extends ClientObject<ConditionalFormatModel> {
  readonly fill: FakeConditionalColor;
  readonly font: FakeConditionalColor;

  constructor(host: Host, parent: FakeCustomConditionalFormat) {
    super(host, 'ConditionalRangeFormat', `${parent.path}.format`, () => parent.resolve());
    this.fill = host.make(new FakeConditionalColor(host, this, 'fill'));
    this.font = host.make(new FakeConditionalColor(host, this, 'font'));
  }

  protected override child(name: string): Loadable | undefined {
    return name === 'fill' ? this.fill : name === 'font' ? this.font : undefined;
  }
}

/** ConditionalRangeFill or ConditionalRangeFont: only their colour is modelled. */
class FakeConditionalColor extends ClientObject<ConditionalFormatModel> {
  constructor(
    host: Host,
    parent: FakeConditionalRangeFormat,
    private readonly part: 'fill' | 'font',
  ) {
    super(host, part === 'fill' ? 'ConditionalRangeFill' : 'ConditionalRangeFont', `${parent.path}.${part}`, () =>
      parent.resolve(),
    );
  }

  protected override properties(): PropertyTable<ConditionalFormatModel> {
    return { color: { read: (format) => (this.part === 'fill' ? format.fill : format.fontColor) } };
  }

  get color(): string {
    return this.read('color');
  }
  set color(value: string) {
    this.assign('color', value, (format) => {
      const color = normaliseColor(value, `${this.typeName}.color`);
      if (this.part === 'fill') format.fill = color;
      else format.fontColor = color;
    });
  }
}
