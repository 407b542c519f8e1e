// What IJkpunt remembers per sheet, in the workbook itself (workbook.settings), so a re-run, a
// reopened workbook and undo know what it wrote: the compact plan it rendered, and the column
// mapping and parameters the user chose.
import type { Role } from '../engine/benchmark';
import type { Remembered } from '../studies';
import type { CompactPlan } from './compact';

export interface SheetState {
  readonly plan: CompactPlan;
  readonly mapping: Readonly<Record<number, Role | null>>;
  readonly parameters: Readonly<{ inhabitants?: number; totalFte?: number; fteServed?: number }>;
  readonly chartNames: readonly string[];
  /** Cells inside IJkpunt's output the user chose to keep as their own (A1), not asked about again. */
  readonly kept?: readonly string[];
}

export function settingKey(sheet: string): string {
  return `ijkpunt:${sheet}`;
}

export function parseState(value: unknown): SheetState | null {
  if (typeof value !== 'string' || value === '') return null;
  try {
    const parsed = JSON.parse(value) as Partial<SheetState>;
    return parsed && parsed.plan && parsed.plan.version === 1 ? (parsed as SheetState) : null;
  } catch {
    return null;
  }
}

/** The state as the pane sees it: the user's choices and where IJkpunt's columns are. */
export function rememberedOf(state: SheetState | null): Remembered | null {
  if (!state) return null;
  return {
    mapping: state.mapping,
    parameters: state.parameters,
    columns: state.plan.columns.map(({ col, header }) => ({ col, header })),
  };
}

export function saveState(context: Excel.RequestContext, sheet: string, state: SheetState): void {
  context.workbook.settings.add(settingKey(sheet), JSON.stringify(state));
}

/** Only for a state known to exist (methods on a null object fail the batch). */
export function removeState(context: Excel.RequestContext, sheet: string): void {
  context.workbook.settings.getItem(settingKey(sheet)).delete();
}
