// One context.sync(): the queued operations and the state of their run.

import { type Rect, rectAddress } from './addresses';
import { type Scalar, valueOf } from './cells';
import type { Host } from './host';
import type { SheetModel } from './model';

export interface Operation {
  /** What goes over the wire (measured as JSON). */
  readonly request: Readonly<Record<string, unknown>>;
  /** Type.member, for error messages. */
  readonly what: string;
  readonly since?: string;
  apply(run: BatchRun): void;
}

interface PendingChange {
  readonly sheet: SheetModel;
  readonly rect: Rect;
  readonly before: Scalar | null;
}

/** The state of one context.sync() while its operations are applied. */
export class BatchRun {
  readonly commits: (() => void)[] = [];
  readonly changes = new Map<string, PendingChange>();
  calculationSuspended = false;
  /** JSON size of what the batch's loads return (the response payload). */
  responseBytes = 0;

  constructor(readonly host: Host) {}

  /** Call before changing cell contents: records an onChanged event unless events are off. */
  contentChanging(sheet: SheetModel, rect: Rect): void {
    if (!this.host.model.enableEvents) return;
    const key = `${sheet.id}!${rectAddress(rect)}`;
    if (!this.changes.has(key))
      this.changes.set(key, { sheet, rect, before: valueOf(sheet.cell(rect.top, rect.left)) });
  }
}

/** Reads the requirement-set version "1.14" as comparable numbers. */
export function compareVersions(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i += 1) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}
