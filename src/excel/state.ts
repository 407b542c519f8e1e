// What IJkpunt remembers per sheet, in the workbook itself, so a re-run, a reopened workbook and
// undo know what it wrote: the compact plan it rendered, and the column mapping and parameters
// the user chose. Kept in IJkpunt's custom XML part where the host has ExcelApi 1.5, else in
// workbook.settings (state-xml.ts); a state an older IJkpunt left in the settings is still read,
// and moves to the part at the next write.
import type { Role } from '../engine/benchmark';
import type { Remembered } from '../studies';
import { formulaAreasOf, type CompactPlan } from './compact';
import {
  customXmlSupported,
  findEntry,
  parseStateXml,
  STATE_NAMESPACE,
  stateXml,
  withEntry,
  type XmlEntry,
} from './state-xml';

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
 * The sheet's state: from IJkpunt's XML part when the context's store was loaded (loadStates)
 * with the gate on, else (or when the part does not hold the sheet: an older IJkpunt's workbook)
 * from loaded settings (items/key, items/value): by id, else by name (a state from before ids).
 * Its plan is rebased on the sheet's current name. `key`: where it was found (the id's key for
 * the part, so a write retires no setting twice: saveState moves the sheet's settings itself).
 */
export function findState(
  settings: Excel.SettingCollection,
  sheet: string,
  id: string | null | undefined,
): { readonly state: SheetState | null; readonly key: string | null } {
  const store = stores.get(settings.context);
  const entry = store?.gated ? findEntry(store.entries, sheet, id) : null;
  const inPart = entry ? parseState(entry.json) : null;
  if (inPart) return { state: inPart.plan.sheet === sheet ? inPart : rebased(inPart, sheet), key: stateKey(sheet, id) };
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

/**
 * Queues writing the sheet's state. With the context's store loaded and the gate on: into the
 * XML part (added when there is none), and the sheet's settings from an older IJkpunt removed.
 */
export function saveState(
  context: Excel.RequestContext,
  sheet: string,
  state: SheetState,
  id: string | null = null,
): void {
  const json = JSON.stringify(storedState(state));
  const store = stores.get(context);
  if (!store?.gated) {
    context.workbook.settings.add(stateKey(sheet, id), json);
    store?.settingKeys.add(stateKey(sheet, id));
    return;
  }
  store.entries = withEntry(store.entries, sheet, id, json);
  writePart(context, store);
  retireSettings(context, store, [stateKey(sheet, id), settingKey(sheet)]);
}

/**
 * Queues removing the sheet's state. With a loaded store: wherever it is (the part's entry, the
 * setting), nothing when there is none. Without one: only for a state known to exist in the
 * settings (methods on a null object fail the batch).
 */
export function removeState(context: Excel.RequestContext, sheet: string, id: string | null = null): void {
  const store = stores.get(context);
  if (!store) {
    context.workbook.settings.getItem(stateKey(sheet, id)).delete();
    return;
  }
  if (store.gated && findEntry(store.entries, sheet, id)) {
    store.entries = withEntry(store.entries, sheet, id, null);
    writePart(context, store);
  }
  retireSettings(context, store, [stateKey(sheet, id)]);
}

/** Only for a setting known to exist (with a loaded store: nothing when it is gone already). */
export function removeSetting(context: Excel.RequestContext, key: string): void {
  const store = stores.get(context);
  if (store) retireSettings(context, store, [key]);
  else context.workbook.settings.getItem(key).delete();
}

/** Whether the loaded store holds a state for the sheet (its part's entry or its id's setting). */
export function hasState(context: Excel.RequestContext, sheet: string, id: string | null = null): boolean {
  const store = stores.get(context);
  if (!store) return false;
  return (store.gated && findEntry(store.entries, sheet, id) !== null) || store.settingKeys.has(stateKey(sheet, id));
}

/** Where the workbook's states are, as one context learnt it; carried by a read to its write. */
export interface StoredStates {
  readonly gated: boolean;
  readonly entries: readonly XmlEntry[];
  /** IJkpunt's part (null: none yet) and any more parts in its namespace, merged into the first. */
  readonly partIds: readonly string[];
  readonly settingKeys: readonly string[];
}

interface Store {
  readonly gated: boolean;
  entries: XmlEntry[];
  partIds: string[];
  /** A part this context added: its id is known only after the sync, the proxy serves meanwhile. */
  added: Excel.CustomXmlPart | null;
  readonly settingKeys: Set<string>;
}

/** The store of each request context: proxies belong to the context that made them. */
const stores = new WeakMap<object, Store>();

/**
 * Queues loading the settings (items/key, items/value) and, with ExcelApi 1.5, the ids of the
 * parts in IJkpunt's namespace (CustomXmlPartCollection.getByNamespace). After the caller's
 * sync, `done` reads their XML — one sync more when a part exists — and makes the store the
 * context's. A part's content can be asked for only once the part is known to exist: a method
 * on the null object of getOnlyItemOrNullObject would fail the batch. With `knownPart`, the id
 * this session last saw, its XML comes in the same sync; when that part is gone the sync fails
 * with ItemNotFound (CustomXmlPartCollection.getItem) and the caller reads again without it.
 */
export function queueStateLoad(
  context: Excel.RequestContext,
  knownPart: string | null = null,
): () => Promise<StoredStates> {
  const settings = context.workbook.settings;
  settings.load('items/key, items/value');
  const parts = customXmlSupported() ? context.workbook.customXmlParts.getByNamespace(STATE_NAMESPACE) : null;
  parts?.load('items/id');
  const hinted = parts && knownPart ? context.workbook.customXmlParts.getItem(knownPart).getXml() : null;
  return async () => {
    const settingKeys = settings.items.map((item) => item.key);
    const found = parts ? parts.items : [];
    const early = hinted && found.length === 1 && found[0]?.id === knownPart ? [hinted] : null;
    const xmls = early ?? found.map((part) => part.getXml());
    if (!early && xmls.length > 0) await context.sync();
    const entries: XmlEntry[] = [];
    for (const xml of xmls) {
      for (const entry of parseStateXml(xml.value)) if (!findEntry(entries, entry.name, entry.id)) entries.push(entry);
    }
    const loaded = { gated: parts !== null, entries, partIds: found.map((part) => part.id), settingKeys };
    adoptStates(context, loaded);
    return loaded;
  };
}

/** Loads the store on its own syncs (one, or two when IJkpunt's part exists). */
export async function loadStates(context: Excel.RequestContext): Promise<StoredStates> {
  const done = queueStateLoad(context);
  await context.sync();
  return done();
}

/** Makes a store another context loaded this context's (a read's, for its write). */
export function adoptStates(context: Excel.RequestContext, states: StoredStates): void {
  stores.set(context, {
    gated: states.gated,
    entries: [...states.entries],
    partIds: [...states.partIds],
    added: null,
    settingKeys: new Set(states.settingKeys),
  });
}

/**
 * The id of IJkpunt's part as this context left it, for the next read's `knownPart` (null: no
 * part; undefined: the store was never loaded here, or a part added here is not synced yet).
 */
export function statePartOf(context: Excel.RequestContext): string | null | undefined {
  const store = stores.get(context);
  if (!store?.gated) return undefined;
  if (!store.added) return store.partIds[0] ?? null;
  try {
    return store.added.id;
  } catch {
    return undefined;
  }
}

/** The store as it is now in this context (null: never loaded here). */
export function statesOf(context: Excel.RequestContext): StoredStates | null {
  const store = stores.get(context);
  if (!store) return null;
  const { gated, entries, partIds, settingKeys } = store;
  return { gated, entries, partIds, settingKeys: [...settingKeys] };
}

/** Queues the whole document into IJkpunt's part; the part goes when no sheet has a state left. */
function writePart(context: Excel.RequestContext, store: Store): void {
  const parts = context.workbook.customXmlParts;
  const [first, ...more] = store.partIds;
  const part = store.added ?? (first === undefined ? null : parts.getItem(first));
  for (const extra of more) parts.getItem(extra).delete();
  store.partIds = first === undefined ? [] : [first];
  if (store.entries.length === 0) {
    part?.delete();
    store.partIds = [];
    store.added = null;
  } else if (part) {
    part.setXml(stateXml(store.entries));
  } else {
    store.added = parts.add(stateXml(store.entries));
    store.added.load('id');
  }
}

function retireSettings(context: Excel.RequestContext, store: Store, keys: readonly string[]): void {
  for (const key of new Set(keys)) {
    if (!store.settingKeys.has(key)) continue;
    context.workbook.settings.getItem(key).delete();
    store.settingKeys.delete(key);
  }
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
