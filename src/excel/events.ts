// The pane follows the sheet: a user's edit of the input table (an fte number, a cost) triggers
// a fresh analysis; the sheet itself already recalculated through IJkpunt's formulas.
// IJkpunt's own writes are ignored: they land outside the input range (only what-if edits,
// which the user asked for, touch it), triggerSource says so from ExcelApi 1.14, and older
// hosts also get a write guard. Pastes are debounced; multi-cell edits carry no details and are
// handled by address alone.
import { boxesOverlap, parseRange } from '../engine/core';
import { supports } from './requirements';

/**
 * Whether IJkpunt itself is writing, for hosts without triggerSource. One guard per workbook
 * port: its writers hold it while they write and its watcher asks it, so two ports (or two
 * tests) never see each other's writes.
 */
export interface WriteGuard {
  readonly writing: boolean;
  /** Runs `work` with the guard held (nested calls allowed). */
  during<T>(work: () => Promise<T>): Promise<T>;
}

/**
 * Excel delivers change events asynchronously, after the sync that caused them has resolved
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events), so the guard stays
 * held for `settleMs` after a write ends: its own events still find it writing. A user's edit
 * in that moment goes unnoticed on hosts without triggerSource (ExcelApi 1.14 needs no guard).
 */
export function createWriteGuard(settleMs = 250): WriteGuard {
  let depth = 0;
  return {
    get writing() {
      return depth > 0;
    },
    async during<T>(work: () => Promise<T>): Promise<T> {
      depth += 1;
      try {
        return await work();
      } finally {
        setTimeout(() => {
          depth -= 1;
        }, settleMs);
      }
    },
  };
}

export interface WatchOptions {
  /** A1 range of the input table (header to last row). */
  readonly input: string;
  readonly debounceMs?: number;
  /** Called once per burst of user edits inside the input range. */
  readonly onUserEdit: (addresses: readonly string[]) => void;
  /** The guard IJkpunt's writers on this workbook hold. */
  readonly guard: WriteGuard;
}

function overlaps(a: string, b: string): boolean {
  const x = parseRange(a);
  const y = parseRange(b);
  return x !== null && y !== null && boxesOverlap(x, y);
}

/** Registers the handler; returns a function that removes it (in its own batch). */
export async function watchInput(
  context: Excel.RequestContext,
  sheetName: string,
  options: WatchOptions,
): Promise<() => Promise<void>> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const checkTrigger = supports('1.14');
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: string[] = [];
  const registration = sheet.onChanged.add(async (event: Excel.WorksheetChangedEventArgs) => {
    if (checkTrigger ? event.triggerSource === 'ThisLocalAddin' : options.guard.writing) return;
    if (!overlaps(event.address, options.input)) return;
    pending.push(event.address);
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      const addresses = pending;
      pending = [];
      options.onUserEdit(addresses);
    }, options.debounceMs ?? 300);
  });
  await context.sync();
  return async () => {
    if (timer !== null) clearTimeout(timer);
    registration.remove();
    await registration.context.sync();
  };
}
