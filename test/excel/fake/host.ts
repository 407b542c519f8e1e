// Excel's side of the wire: the request queue, sync(), payload limits, API versions, events.

import { PAYLOAD_LIMIT_BYTES } from '../fake-rules';
import { type Rect, rectAddress } from './addresses';
import { BatchRun, byteLength, compareVersions, type Operation } from './batch';
import { emptyCell, type Scalar, valueOf, valueTypeOf } from './cells';
import { FakeExcelError } from './errors';
import type { SheetModel, WorkbookModel } from './model';
import { strict } from './proxy';
import { FakeRequestContext } from './workbook';

export interface RequestRecord {
  /** Size of the JSON of the batch's queued operations (a stand-in for the request payload). */
  readonly bytes: number;
  readonly operations: number;
  /** Size of the JSON of what the batch's loads returned (the response payload); 0 when refused. */
  readonly responseBytes: number;
}

/** Excel's side of the wire plus the request queue of the one RequestContext. */
export class Host {
  readonly requestContext: Excel.RequestContext;
  readonly requestLog: RequestRecord[] = [];
  readonly eventErrors: unknown[] = [];
  /** Excel on the web refuses requests above 5 MB (see PAYLOAD_LIMIT_BYTES). */
  requestLimitBytes = PAYLOAD_LIMIT_BYTES;
  /** …and responses above 5 MB. */
  responseLimitBytes = PAYLOAD_LIMIT_BYTES;
  /** onChanged calls waiting for the sync that raised them to have resolved. */
  private undelivered: (() => void)[] = [];
  syncCount = 0;
  suspendedBatches = 0;
  private queue: Operation[] = [];
  private readonly failures = new Map<number, unknown>();

  constructor(
    readonly model: WorkbookModel,
    public version: string,
  ) {
    this.requestContext = strict(new FakeRequestContext(this), 'RequestContext') as unknown as Excel.RequestContext;
  }

  make<O extends { readonly typeName: string }>(object: O): O {
    return strict(object, object.typeName);
  }

  supports(version: string): boolean {
    return compareVersions(this.version, version) >= 0;
  }

  requireApi(since: string | undefined, what: string): void {
    if (since !== undefined && !this.supports(since)) {
      throw new FakeExcelError(
        'ApiNotFound',
        `${what} needs ExcelApi ${since}; this host has ExcelApi ${this.version}`,
        what,
      );
    }
  }

  enqueue(operation: Operation): void {
    this.queue.push(operation);
  }

  failOn(sync: number, error: unknown): void {
    if (!Number.isInteger(sync) || sync <= this.syncCount) {
      throw new Error(`fake: sync ${sync} has already run (${this.syncCount} so far)`);
    }
    this.failures.set(sync, error);
  }

  /** Sends the queued batch: measured now, applied after a tick, in order, then loads become readable. */
  async sync(): Promise<void> {
    const operations = this.queue;
    this.queue = [];
    this.syncCount += 1;
    const number = this.syncCount;
    const bytes = byteLength(JSON.stringify(operations.map((operation) => operation.request)));
    const record = { bytes, operations: operations.length, responseBytes: 0 };
    this.requestLog.push(record);
    await Promise.resolve();
    if (this.failures.has(number)) {
      const failure = this.failures.get(number);
      this.failures.delete(number);
      throw failure;
    }
    if (bytes > this.requestLimitBytes) {
      throw new FakeExcelError(
        'RequestPayloadSizeLimitExceeded',
        `the request is ${bytes} bytes; the limit is ${this.requestLimitBytes}`,
      );
    }
    const run = new BatchRun(this);
    try {
      for (const operation of operations) {
        this.requireApi(operation.since, operation.what);
        operation.apply(run);
      }
      // Strict reading: the operations ran, but the answer cannot come back, so no load lands.
      if (run.responseBytes > this.responseLimitBytes) {
        throw new FakeExcelError(
          'ResponsePayloadSizeLimitExceeded',
          `the response is ${run.responseBytes} bytes; the limit is ${this.responseLimitBytes}`,
        );
      }
      record.responseBytes = run.responseBytes;
      for (const commit of run.commits) commit();
    } finally {
      if (run.calculationSuspended) this.suspendedBatches += 1;
      this.scheduleEvents(run);
    }
  }

  /**
   * Events are raised by Excel after the batch and reach the add-in asynchronously: never inside
   * the sync that caused them, so a flag an add-in clears right after its sync does not hide its
   * own writes (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events —
   * "events are asynchronous"; triggerSource, ExcelApi 1.14, tells them apart). Delivered on the
   * next macrotask, or by fake.flushEvents().
   */
  private scheduleEvents(run: BatchRun): void {
    const calls = [...run.changes.values()].map((change) =>
      this.prepareDispatch(change.sheet, change.rect, 'ThisLocalAddin', change.before),
    );
    if (calls.length === 0) return;
    this.undelivered.push(...calls);
    setTimeout(() => this.flushEvents(), 0);
  }

  /** Delivers the events of completed syncs that are still on their way. */
  flushEvents(): void {
    const calls = this.undelivered;
    this.undelivered = [];
    for (const call of calls) call();
  }

  /** Calls the sheet's onChanged handlers; returns what they threw synchronously. */
  dispatch(sheet: SheetModel, rect: Rect, trigger: 'ThisLocalAddin' | 'Unknown', before: Scalar | null): unknown[] {
    return this.prepareDispatch(sheet, rect, trigger, before)();
  }

  /** The event's arguments as of now, and a call of the handlers registered when it is delivered. */
  private prepareDispatch(
    sheet: SheetModel,
    rect: Rect,
    trigger: 'ThisLocalAddin' | 'Unknown',
    before: Scalar | null,
  ): () => unknown[] {
    const single = rect.top === rect.bottom && rect.left === rect.right;
    const after = sheet.cell(rect.top, rect.left);
    const details =
      single && this.supports('1.9')
        ? {
            valueBefore: before,
            valueAfter: valueOf(after),
            valueTypeBefore:
              before === '' || before === null ? 'Empty' : valueTypeOf({ ...emptyCell(), value: before }),
            valueTypeAfter: valueTypeOf(after),
          }
        : undefined;
    const address = rectAddress(rect);
    const args: Record<string, unknown> = {
      type: 'WorksheetChanged',
      address,
      worksheetId: sheet.id,
      changeType: 'RangeEdited',
      source: 'Local',
      details,
      getRange: (ctx: Excel.RequestContext) => ctx.workbook.worksheets.getItem(sheet.id).getRange(address),
      getRangeOrNullObject: (ctx: Excel.RequestContext) => ctx.workbook.worksheets.getItem(sheet.id).getRange(address),
    };
    if (this.supports('1.14')) args.triggerSource = trigger;
    return () => {
      const errors: unknown[] = [];
      for (const handler of [...sheet.handlers]) {
        try {
          const result = handler(args as unknown as Excel.WorksheetChangedEventArgs);
          if (result instanceof Promise) result.catch((error: unknown) => this.eventErrors.push(error));
        } catch (error) {
          errors.push(error);
          this.eventErrors.push(error);
        }
      }
      return errors;
    };
  }
}
