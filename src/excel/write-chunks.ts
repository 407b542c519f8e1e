// A large write in several requests. Excel on the web refuses a request above 5 MB
// (RequestPayloadSizeLimitExceeded: "Excel add-ins: payload size limit for requests and responses
// is 5 MB" — https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins),
// and a refused request writes nothing at all. The writers estimate what each queued operation
// adds and send the batch before it would pass a budget well under the limit; the rows of a
// large block are split across requests. A plan that fits the budget goes in the caller's one
// sync, so small plans keep their number of syncs.
import { supports } from './requirements';

/**
 * What one request may carry by the writers' estimate. The megabyte below the limit covers what
 * is counted per operation rather than per byte (chart settings, the state, the request's own
 * envelope).
 */
export const WRITE_BUDGET_BYTES = 4_000_000;

/**
 * What an operation adds besides its value: the object's path and the property or method
 * ("worksheets.getItem(…).getRange(…).formulas" and the JSON around it), generously.
 */
export const OPERATION_BYTES = 160;

export interface WriteChunks {
  /**
   * Call before queueing operations of about `bytes`: when they would take the queued batch past
   * the budget, the batch is sent first (calculation suspended again for the next one).
   */
  room(bytes: number): Promise<void>;
  /**
   * Queues a block of rows, split where the batch would pass the budget: `write(offset, rows)`
   * writes `rows` starting `offset` rows into the block. One call for a block that fits.
   */
  rows<T>(rows: readonly T[], write: (offset: number, rows: readonly T[]) => void): Promise<void>;
  /** Requests sent so far besides the caller's own last sync. */
  readonly sent: number;
}

/** UTF-8 size of a value's JSON, as it travels in the request. */
export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value);
  if (json === undefined) return 0;
  let bytes = json.length;
  for (let i = 0; i < json.length; i += 1) {
    const code = json.charCodeAt(i);
    // Surrogate pairs count 2 + 2: four bytes in UTF-8, as they should.
    if (code >= 0x80) bytes += code >= 0x800 && (code < 0xd800 || code > 0xdfff) ? 2 : 1;
  }
  return bytes;
}

/** The write chunks of one action on `context`; `budget` only smaller in tests of the splitting itself. */
export function writeChunks(context: Excel.RequestContext, budget = WRITE_BUDGET_BYTES): WriteChunks {
  let queued = 0;
  let sent = 0;
  const send = async (): Promise<void> => {
    queued = 0;
    sent += 1;
    await syncTurningEventsBackOn(context);
    // Suspension lasts until the next sync; the next chunk is written as suspended as the first.
    context.application.suspendApiCalculationUntilNextSync();
  };
  const room = async (bytes: number): Promise<void> => {
    if (queued > 0 && queued + bytes > budget) await send();
    queued += bytes;
  };
  return {
    room,
    async rows<T>(rows: readonly T[], write: (offset: number, rows: readonly T[]) => void): Promise<void> {
      let start = 0;
      while (start < rows.length) {
        let bytes = OPERATION_BYTES;
        let end = start;
        while (end < rows.length) {
          const next = jsonBytes(rows[end]) + 1;
          // Never an empty slice: a single row above the budget still goes (and Excel judges it).
          if (end > start && queued + bytes + next > budget) break;
          bytes += next;
          end += 1;
        }
        if (queued > 0 && queued + bytes > budget) {
          await send();
          continue;
        }
        queued += bytes;
        write(start, rows.slice(start, end));
        start = end;
      }
    },
    get sent() {
      return sent;
    },
  };
}

/**
 * Syncs a batch the writers filled. A batch that fails half-way never reaches its last operation,
 * which switches events back on, and runtime.enableEvents lasts the session
 * (https://learn.microsoft.com/javascript/api/excel/excel.runtime#excel-excel-runtime-enableevents-member):
 * a failure switches them on in a sync of its own before the error goes on. Every chunk of a
 * write is sent this way, so whichever fails, events come back on.
 */
export async function syncTurningEventsBackOn(context: Excel.RequestContext): Promise<void> {
  let failed = true;
  try {
    await context.sync();
    failed = false;
  } finally {
    if (failed && supports('1.8')) {
      context.runtime.enableEvents = true;
      await context.sync().catch(() => undefined); // the first failure is the one to report
    }
  }
}
