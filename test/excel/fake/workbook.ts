// The request context and its workbook, selection, runtime and application.

import { quoteSheet, type Rect, rectAddress } from './addresses';
import { jsonBytes } from '../fake-rules';
import { FakeCustomXmlPartCollection } from './custom-xml';
import { FakeExcelError, invalidArgument } from './errors';
import type { Host } from './host';
import type { SheetModel, WorkbookModel } from './model';
import { FakeNamedItemCollection } from './names';
import { ClientObject, type PropertyTable } from './proxy';
import { FakeRange } from './ranges';
import { FakeSettingCollection } from './settings';
import { FakeTableCollection } from './tables';
import { FakeWorksheetCollection } from './worksheets';

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  readonly runtime: FakeRuntime;
  readonly application: FakeApplication;

  constructor(private readonly host: Host) {
    this.workbook = host.make(new FakeWorkbook(host));
    this.runtime = host.make(new FakeRuntime(host));
    this.application = host.make(new FakeApplication(host));
  }

  async sync<T>(passThroughValue?: T): Promise<T | undefined> {
    await this.host.sync();
    return passThroughValue;
  }
}

export class FakeWorkbook extends ClientObject<WorkbookModel> {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  readonly settings: FakeSettingCollection;
  readonly tables: FakeTableCollection;
  readonly customXmlParts: FakeCustomXmlPartCollection;

  constructor(host: Host) {
    super(host, 'Workbook', 'workbook', () => host.model);
    this.worksheets = host.make(new FakeWorksheetCollection(host, this));
    this.tables = host.make(new FakeTableCollection(host, this));
    this.names = host.make(new FakeNamedItemCollection(host, this));
    this.settings = host.make(new FakeSettingCollection(host, this));
    this.customXmlParts = host.make(
      new FakeCustomXmlPartCollection(
        {
          model: host.model.customXml,
          enqueue: (operation) => host.enqueue(operation),
          requireApi: (since, what) => host.requireApi(since, what),
          fail: (code, message, location) => new FakeExcelError(code, message, location),
          jsonBytes,
        },
        `${this.path}.customXmlParts`,
      ),
    );
  }

  /**
   * "If multiple ranges are selected, this method will throw an error"
   * (https://learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-getselectedrange-member(1)).
   */
  getSelectedRange(): FakeRange {
    return this.host.make(
      new FakeRange(this.host, `${this.path}.getSelectedRange()`, () => {
        const selection = this.host.model.selection;
        if (!selection) throw new FakeExcelError('InvalidSelection', 'nothing is selected');
        if ((selection.areas?.length ?? 1) > 1)
          throw new FakeExcelError(
            'InvalidSelection',
            'The current selection is invalid for this operation.',
            'Workbook.getSelectedRange',
          );
        return { sheet: selection.sheet, rect: selection.rect };
      }),
    );
  }

  /** ExcelApi 1.9: the selection's areas, one or several (https://learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-getselectedranges-member(1)). */
  getSelectedRanges(): FakeRangeAreas {
    return this.host.make(
      new FakeRangeAreas(this.host, `${this.path}.getSelectedRanges()`, () => {
        this.host.requireApi('1.9', 'Workbook.getSelectedRanges');
        const selection = this.host.model.selection;
        if (!selection) throw new FakeExcelError('InvalidSelection', 'nothing is selected');
        return { sheet: selection.sheet, rects: selection.areas ?? [selection.rect] };
      }),
    );
  }
}

interface AreasTarget {
  readonly sheet: SheetModel;
  readonly rects: readonly Rect[];
}

/** Excel.RangeAreas: only its address ("Blad1!A1:B2,Blad1!D4") and areaCount are modelled. */
export class FakeRangeAreas extends ClientObject<AreasTarget> {
  constructor(host: Host, path: string, resolver: () => AreasTarget | null) {
    super(host, 'RangeAreas', path, resolver);
  }

  protected override properties(): PropertyTable<AreasTarget> {
    return {
      address: {
        read: ({ sheet, rects }) => rects.map((rect) => `${quoteSheet(sheet.name)}!${rectAddress(rect)}`).join(','),
      },
      areaCount: { read: ({ rects }) => rects.length },
    };
  }

  get address(): string {
    return this.read('address');
  }

  get areaCount(): number {
    return this.read('areaCount');
  }
}

class FakeRuntime extends ClientObject<WorkbookModel> {
  constructor(host: Host) {
    super(host, 'Runtime', 'runtime', () => {
      host.requireApi('1.5', 'context.runtime');
      return host.model;
    });
  }

  protected override properties(): PropertyTable<WorkbookModel> {
    return { enableEvents: { read: (model) => model.enableEvents, since: '1.8' } };
  }

  get enableEvents(): boolean {
    return this.read('enableEvents');
  }

  set enableEvents(value: boolean) {
    this.assign(
      'enableEvents',
      value,
      (model) => {
        if (typeof value !== 'boolean') throw invalidArgument('enableEvents must be a boolean', 'Runtime.enableEvents');
        model.enableEvents = value;
      },
      '1.8',
    );
  }
}

class FakeApplication extends ClientObject<WorkbookModel> {
  constructor(host: Host) {
    super(host, 'Application', 'application', () => host.model);
  }

  suspendApiCalculationUntilNextSync(): void {
    this.invoke(
      'suspendApiCalculationUntilNextSync',
      [],
      (_model, run) => {
        run.calculationSuspended = true;
      },
      '1.6',
    );
  }
}
