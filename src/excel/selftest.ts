// The Zelftest in Excel: every capability IJkpunt uses, tried on a temporary sheet of the
// workbook that is open, one line per capability. The temporary sheet, and any name or setting
// a probe left after a failure, are removed in a `finally`; the active sheet and the events
// switch are put back. Each probe runs on its own syncs, unlike IJkpunt's actions: a probe that
// fails must not take the others' answers with it, and a helpdesk needs to know which one it was.
import type { SelfTestCapability, SelfTestLine, SelfTestOutcome, SelfTestReport } from '../studies';
import { highestExcelApi } from './host';
import { SELF_TEST_REQUIREMENTS, supports } from './requirements';
import { FEATURE_PROBES } from './selftest-features';
import { CELL_PROBES, SELF_TEST_NAMESPACE, STATE_PROBES, type Probe, type ProbeScope } from './selftest-probes';

const PROBES: readonly Probe[] = [...CELL_PROBES, ...FEATURE_PROBES, ...STATE_PROBES];
/** In the order of the port's SELF_TEST_CAPABILITIES (src/excel may not import src/studies at run time; a test compares them). */
const CAPABILITIES = Object.keys(SELF_TEST_REQUIREMENTS) as SelfTestCapability[];
const SHEET_PREFIX = 'IJkpunt zelftest';
/** A capability without a probe is never reported as passed. */
const NO_PROBE: SelfTestOutcome = {
  kind: 'failed',
  code: 'NoProbe',
  message: 'IJkpunt has no probe for this capability',
};
const NAME_PREFIX = 'IJK_Zelftest';
const SETTING_PREFIX = 'ijkpunt:zelftest';

export interface SelfTestOptions {
  /** How long a probe waits for an onChanged event (default 5 s). */
  readonly eventTimeoutMs?: number;
}

/** Excel's error as OfficeExtension.Error gives it: its code, and the message without the code. */
export function excelError(error: unknown): { kind: 'failed'; code: string; message: string } {
  const found = error as { code?: unknown; message?: unknown; debugInfo?: { message?: unknown } } | null;
  const code = typeof found?.code === 'string' ? found.code : error instanceof Error ? error.name : 'Error';
  const message = found?.debugInfo?.message ?? found?.message ?? String(error);
  return { kind: 'failed', code, message: String(message) };
}

/** The first of `base`, `base 2`, `base 3` … that is not in `taken` (compared as Excel does, ignoring case). */
function free(base: string, taken: readonly string[], join: string): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  let candidate = base;
  for (let n = 2; lower.has(candidate.toLowerCase()); n += 1) candidate = `${base}${join}${n}`;
  return candidate;
}

interface Before {
  readonly active: string;
  readonly names: readonly string[];
  readonly settings: readonly string[];
  readonly enableEvents: boolean | null;
}

/** What the workbook holds before the Zelftest, so it can leave it as it found it. One sync. */
async function look(context: Excel.RequestContext): Promise<Before & { readonly sheets: readonly string[] }> {
  const active = context.workbook.worksheets.getActiveWorksheet();
  active.load('name');
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  const names = context.workbook.names;
  names.load('items/name');
  const settings = context.workbook.settings;
  settings.load('items/key');
  const events = supports('1.8') ? context.runtime : null;
  events?.load('enableEvents');
  await context.sync();
  return {
    active: active.name,
    sheets: sheets.items.map((s) => s.name),
    names: names.items.map((n) => n.name),
    settings: settings.items.map((s) => s.key),
    enableEvents: events ? events.enableEvents : null,
  };
}

/** Removes the temporary sheet and what probes left behind; restores the active sheet and events. Two syncs. */
async function tidy(context: Excel.RequestContext, scope: ProbeScope, before: Before): Promise<void> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(scope.sheet);
  sheet.load('name');
  const names = context.workbook.names;
  names.load('items/name');
  const settings = context.workbook.settings;
  settings.load('items/key');
  // Only the Zelftest's namespace: a part of its own a failed probe may have left.
  const parts = supports('1.5') ? context.workbook.customXmlParts.getByNamespace(SELF_TEST_NAMESPACE) : null;
  parts?.load('items/id');
  await context.sync();
  for (const part of parts?.items ?? []) part.delete();
  const isNew = (known: readonly string[]) => (item: string) => !known.includes(item);
  for (const name of names.items.map((n) => n.name).filter(isNew(before.names))) {
    if (name.startsWith(NAME_PREFIX)) context.workbook.names.getItem(name).delete();
  }
  for (const key of settings.items.map((s) => s.key).filter(isNew(before.settings))) {
    if (key.startsWith(SETTING_PREFIX)) context.workbook.settings.getItem(key).delete();
  }
  context.workbook.worksheets.getItem(before.active).activate();
  if (!sheet.isNullObject) sheet.delete();
  if (before.enableEvents !== null) context.runtime.enableEvents = before.enableEvents;
  await context.sync();
}

/** Each probe on its own. */
async function probeAll(context: Excel.RequestContext, scope: ProbeScope): Promise<Map<string, SelfTestOutcome>> {
  const outcomes = new Map<string, SelfTestOutcome>();
  for (const probe of PROBES) {
    if (!supports(SELF_TEST_REQUIREMENTS[probe.capability])) {
      outcomes.set(probe.capability, { kind: 'unavailable' });
      continue;
    }
    try {
      const mismatch = await probe.run(context, scope);
      outcomes.set(probe.capability, mismatch ? { kind: 'mismatch', ...mismatch } : { kind: 'passed' });
    } catch (error) {
      outcomes.set(probe.capability, excelError(error));
    }
  }
  return outcomes;
}

/** Runs the Zelftest in one Excel.run; never throws for what the host refuses. */
export async function runSelfTest(
  context: Excel.RequestContext,
  options: SelfTestOptions = {},
): Promise<SelfTestReport> {
  const outcomes = new Map<string, SelfTestOutcome>();
  let before: (Before & { readonly sheets: readonly string[] }) | null = null;
  let scope: ProbeScope | null = null;
  try {
    before = await look(context);
    scope = {
      sheet: free(SHEET_PREFIX, before.sheets, ' '),
      name: free(NAME_PREFIX, before.names, '_'),
      settingKey: free(SETTING_PREFIX, before.settings, ':'),
      eventTimeoutMs: options.eventTimeoutMs ?? 5000,
    };
    context.workbook.worksheets.add(scope.sheet);
    await context.sync();
    for (const [capability, outcome] of await probeAll(context, scope)) outcomes.set(capability, outcome);
  } catch (error) {
    outcomes.set('worksheet', excelError(error));
  } finally {
    if (before && scope) {
      // Leaving a sheet in the user's workbook is worse than one more request: try twice.
      const tidied = await tidy(context, scope, before).then(
        () => null,
        () => tidy(context, scope as ProbeScope, before as Before).then(() => null, excelError),
      );
      if (tidied) outcomes.set('worksheet', tidied);
    }
  }
  const sheetOutcome = outcomes.get('worksheet');
  const lines: SelfTestLine[] = CAPABILITIES.map((capability) => ({
    capability,
    requirement: SELF_TEST_REQUIREMENTS[capability],
    outcome:
      capability === 'worksheet'
        ? (sheetOutcome ?? { kind: 'passed' })
        : // Without the temporary sheet no probe ran: they share its failure.
          (outcomes.get(capability) ?? sheetOutcome ?? NO_PROBE),
  }));
  return { ...environment(), lines };
}

/** Host, platform and version as Office reports them (Office.context.diagnostics), for the helpdesk. */
function environment(): Omit<SelfTestReport, 'lines'> {
  const office = typeof Office === 'undefined' ? undefined : Office.context;
  const diagnostics = office?.diagnostics;
  return {
    host: String(diagnostics?.host ?? 'Excel'),
    platform: String(diagnostics?.platform ?? office?.platform ?? '—'),
    officeVersion: diagnostics?.version ?? null,
    excelApi: typeof Office === 'undefined' ? null : highestExcelApi(),
  };
}
