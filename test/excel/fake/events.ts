// Worksheet.onChanged and the handler registrations it returns.

import { itemNotFound } from './errors';
import type { Host } from './host';
import type { ChangedHandler, SheetModel } from './model';
import { strict } from './proxy';
import type { FakeWorksheet } from './worksheets';

/** Worksheet.onChanged: handlers take effect, and stop, at the next sync (as in Office.js). */
export class FakeChangedEvent {
  constructor(
    private readonly host: Host,
    private readonly sheet: FakeWorksheet,
  ) {}

  add(handler: ChangedHandler): FakeEventHandlerResult {
    if (typeof handler !== 'function') throw new TypeError('onChanged.add needs a function');
    this.host.enqueue({
      request: { event: `${this.sheet.path}.onChanged`, add: true },
      what: 'Worksheet.onChanged.add',
      since: '1.7',
      apply: () => this.existing().handlers.add(handler),
    });
    return strict(new FakeEventHandlerResult(this.host, () => this.remove(handler)), 'EventHandlerResult');
  }

  private remove(handler: ChangedHandler): void {
    this.host.enqueue({
      request: { event: `${this.sheet.path}.onChanged`, remove: true },
      what: 'EventHandlerResult.remove',
      apply: () => this.existing().handlers.delete(handler),
    });
  }

  private existing(): SheetModel {
    const sheet = this.sheet.resolve();
    if (!sheet) throw itemNotFound('onChanged on a null worksheet', 'Worksheet.onChanged');
    return sheet;
  }
}

class FakeEventHandlerResult {
  constructor(
    private readonly host: Host,
    private readonly onRemove: () => void,
  ) {}

  get context(): Excel.RequestContext {
    return this.host.requestContext;
  }

  remove(): void {
    this.onRemove();
  }
}
