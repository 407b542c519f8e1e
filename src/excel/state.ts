// What IJkpunt remembers per sheet, in the workbook itself (workbook.settings), so a re-run, a
// reopened workbook and undo know what it wrote: the compact plan it rendered, and the column
// mapping and parameters the user chose.
import type { Role } from '../engine/benchmark';
import type { Remembered } from '../studies';
import { formulaAreasOf, type CompactPlan } from './compact';

export interface SheetState {
  readonly plan: CompactPlan;
  readonly mapping: Readonly<Record<number, Role | null>>;
  readonly parameters: Readonly<{ inhabitants?: number; totalFte?: number; fteServed?: number }>;
  readonly chartNames: readonly string[];
  /** Cells inside IJkpunt's output the user chose to keep as their own (A1), not asked about again. */
  readonly kept?: readonly string[];
}

/** The key of a state written before states were keyed by the sheet's id (found by name only). */
export function settingKey(sheet: string): string {
  return `ijkpunt:${sheet}`;
}

/**
 * The key of the sheet's state: its worksheet id, which "remains the same even when the worksheet
 * is renamed or moved" (https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-id-member),
 * so a renamed sheet still knows IJkpunt's output. Without an id, the name.
 */
export function stateKey(sheet: string, id: string | null | undefined): string {
  return id ? `ijkpunt:id:${id}` : settingKey(sheet);
}

/**
 * The sheet's state from loaded settings (items/key, items/value): by id, else by name (a state
 * from before ids). Its plan is rebased on the sheet's current name. `key`: where it was found.
 */
export function findState(
  settings: Excel.SettingCollection,
  sheet: string,
  id: string | null | undefined,
): { readonly state: SheetState | null; readonly key: string | null } {
  for (const key of id ? [stateKey(sheet, id), settingKey(sheet)] : [settingKey(sheet)]) {
    const state = parseState(settings.items.find((item) => item.key === key)?.value);
    if (state) return { state: state.plan.sheet === sheet ? state : rebased(state, sheet), key };
  }
  return { state: null, key: null };
}

function rebased(state: SheetState, sheet: string): SheetState {
  return { ...state, plan: { ...state.plan, sheet } };
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

export function saveState(
  context: Excel.RequestContext,
  sheet: string,
  state: SheetState,
  id: string | null = null,
): void {
  context.workbook.settings.add(stateKey(sheet, id), JSON.stringify(storedState(state)));
}

/** Only for a state known to exist (methods on a null object fail the batch). */
export function removeState(context: Excel.RequestContext, sheet: string, id: string | null = null): void {
  context.workbook.settings.getItem(stateKey(sheet, id)).delete();
}

/** Only for a setting known to exist. */
export function removeSetting(context: Excel.RequestContext, key: string): void {
  context.workbook.settings.getItem(key).delete();
}

/**
 * The state as the workbook keeps it: what cannot be recomputed from the sheet. The values of
 * IJkpunt's plain-value columns and its block cells are on the sheet itself, so they stay out:
 * at 50 000 rows the state is some kilobytes instead of most of a megabyte, far below the point
 * where settings fail (about 1 MB: https://github.com/OfficeDev/office-js/issues/3957). Clearing
 * IJkpunt's output needs only where it is (`owned`), its names, charts and table.
 */
export function storedState(state: SheetState): SheetState {
  const plan = state.plan;
  const lean = plan.columns.some((c) => c.values !== null) || plan.cells.length > 0;
  if (!lean) return state;
  return {
    ...state,
    plan: {
      ...plan,
      columns: plan.columns.map((c) => (c.values === null ? c : { ...c, values: [] })),
      cells: [],
      ...(plan.cells.length > 0 ? { formulaAreas: formulaAreasOf(plan.cells) } : {}),
    },
  };
}

/**
 * The full states this session wrote, so that undo of a re-run redraws the earlier output
 * exactly: the workbook keeps only the stored (lean) form. Keyed by that form's JSON.
 */
export interface WrittenStates {
  remember(state: SheetState): void;
  /** The full state behind a stored one read back, when this session wrote it; else the stored one. */
  full(stored: SheetState | null): SheetState | null;
}

export function writtenStates(): WrittenStates {
  const byStored = new Map<string, SheetState>();
  return {
    remember: (state) => byStored.set(JSON.stringify(storedState(state)), state),
    full: (stored) => (stored ? (byStored.get(JSON.stringify(stored)) ?? stored) : null),
  };
}
