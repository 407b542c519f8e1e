// The Zelftest's probes of cells, names, conditional formats, settings and exact undo: each
// writes a little on the temporary sheet, reads it back and says what differs. A probe throws
// what Excel threw; the runner (selftest.ts) turns that into *mislukt* with Excel's code.
import { a1 } from '../engine/core';
import { quotedSheet } from '../plan';
import type { SelfTestCapability } from '../studies';
import { broadcast } from './render';

/** What a probe found that differs from what it wrote (`actual` null: nothing came back). */
export interface Mismatch {
  readonly at: string;
  readonly expected: string;
  readonly actual: string | null;
}

/** The temporary sheet and the names a run may use without touching the user's. */
export interface ProbeScope {
  readonly sheet: string;
  /** A defined name and a settings key that do not exist in the workbook. */
  readonly name: string;
  readonly settingKey: string;
  /** How long to wait for an onChanged event before calling it missing. */
  readonly eventTimeoutMs: number;
}

export interface Probe {
  readonly capability: SelfTestCapability;
  /** Resolves to null when the host did what IJkpunt relies on. */
  run(context: Excel.RequestContext, scope: ProbeScope): Promise<Mismatch | null>;
}

const shown = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

/** The first cell where `actual` differs from `expected`, cells named from `origin` ("A1"). */
export function firstDifference(
  origin: { readonly row: number; readonly col: number },
  expected: readonly (readonly unknown[])[],
  actual: readonly (readonly unknown[])[],
): Mismatch | null {
  for (let r = 0; r < expected.length; r += 1) {
    const want = expected[r] ?? [];
    for (let c = 0; c < want.length; c += 1) {
      const got = actual[r]?.[c];
      if (got !== want[c]) {
        const at = a1(origin.col + c, origin.row + r + 1);
        return { at, expected: shown(want[c]), actual: got === undefined ? null : shown(got) };
      }
    }
  }
  return null;
}

const onSheet = (context: Excel.RequestContext, scope: ProbeScope) => context.workbook.worksheets.getItem(scope.sheet);

/** The used range with values and their types, as src/excel/read.ts reads a sheet. */
const read: Probe = {
  capability: 'read',
  async run(context, scope) {
    const sheet = onSheet(context, scope);
    const cells = [
      ['Cluster', 'Fte', 'Overhead'],
      ['Inkoop', 3.5, true],
      ['Juridische Zaken', -0.25, false],
    ];
    sheet.getRange('A1:C3').values = cells;
    const used = sheet.getUsedRangeOrNullObject(false);
    used.load('address, values, valueTypes');
    await context.sync();
    if (used.isNullObject) return { at: 'A1:C3', expected: 'A1:C3', actual: null };
    const address = used.address.split('!').pop() ?? '';
    if (address !== 'A1:C3') return { at: 'getUsedRange', expected: 'A1:C3', actual: address };
    const types = [
      ['String', 'String', 'String'],
      ['String', 'Double', 'Boolean'],
      ['String', 'Double', 'Boolean'],
    ];
    return (
      firstDifference({ row: 0, col: 0 }, cells, used.values) ??
      firstDifference({ row: 0, col: 0 }, types, used.valueTypes)
    );
  },
};

/** One R1C1 formula and one number format to a whole column run, as the renderer writes them. */
const formulas: Probe = {
  capability: 'formulas',
  async run(context, scope) {
    const sheet = onSheet(context, scope);
    sheet.getRange('E2:F4').values = [
      [1, 2],
      [3, 4],
      [5, 6],
    ];
    const run = sheet.getRange('G2:G4');
    run.formulasR1C1 = broadcast('=RC[-2]+RC[-1]');
    run.numberFormat = broadcast('0.0');
    run.load('formulas, numberFormat');
    await context.sync();
    const written = [['=E2+F2'], ['=E3+F3'], ['=E4+F4']];
    return (
      firstDifference({ row: 1, col: 6 }, written, run.formulas) ??
      firstDifference({ row: 1, col: 6 }, [['0.0'], ['0.0'], ['0.0']], run.numberFormat)
    );
  },
};

/** A defined name on the temporary sheet: added, read back, removed. */
const names: Probe = {
  capability: 'names',
  async run(context, scope) {
    const reference = `=${quotedSheet(scope.sheet)}!$A$1`;
    context.workbook.names.add(scope.name, reference);
    const added = context.workbook.names.getItem(scope.name);
    added.load('formula');
    await context.sync();
    const formula = added.formula;
    added.delete();
    const gone = context.workbook.names.getItemOrNullObject(scope.name);
    gone.load('name');
    await context.sync();
    if (formula !== reference) return { at: scope.name, expected: reference, actual: formula };
    return gone.isNullObject ? null : { at: scope.name, expected: '—', actual: scope.name };
  },
};

/**
 * Two rules on one range, the first added given the top priority and stopIfTrue, as IJkpunt
 * does for *nagenoeg gelijk*: a new rule otherwise goes on top ("ConditionalFormat.priority",
 * https://learn.microsoft.com/javascript/api/excel/excel.conditionalformat#excel-excel-conditionalformat-priority-member).
 */
const conditionalFormats: Probe = {
  capability: 'conditionalFormats',
  async run(context, scope) {
    const range = onSheet(context, scope).getRange('I1:I3');
    range.values = [[0.5], [-2], [3]];
    const near = range.conditionalFormats.add('Custom');
    near.custom.rule.formula = '=ABS(I1)<1';
    near.custom.format.fill.color = '#D9D9D9';
    const higher = range.conditionalFormats.add('Custom');
    higher.custom.rule.formula = '=I1>0';
    higher.custom.format.fill.color = '#F4CCCC';
    near.priority = 0;
    near.stopIfTrue = true;
    near.load('priority, stopIfTrue');
    higher.load('priority');
    await context.sync();
    const found = [[near.priority, near.stopIfTrue, higher.priority]];
    const mismatch = firstDifference({ row: 0, col: 8 }, [[0, true, 1]], found);
    range.conditionalFormats.clearAll();
    await context.sync();
    return mismatch && { ...mismatch, at: 'I1:I3 (priority, stopIfTrue, priority)' };
  },
};

/** IJkpunt's state is a JSON string in workbook.settings: written, read back whole, removed. */
const settings: Probe = {
  capability: 'settings',
  async run(context, scope) {
    // Accents, symbols, quotes and a size like a large sheet's state (about 200 KB).
    const value = JSON.stringify({ tekst: 'Δ € – "citaat" ééN', fte: 162.3, opvulling: 'x'.repeat(200_000) });
    context.workbook.settings.add(scope.settingKey, value);
    const added = context.workbook.settings.getItem(scope.settingKey);
    added.load('value');
    await context.sync();
    const back: unknown = added.value;
    added.delete();
    const gone = context.workbook.settings.getItemOrNullObject(scope.settingKey);
    gone.load('key');
    await context.sync();
    if (back !== value) {
      const actual = typeof back === 'string' ? String(back.length) : shown(back);
      return { at: `${scope.settingKey}.value.length`, expected: String(value.length), actual };
    }
    return gone.isNullObject ? null : { at: scope.settingKey, expected: '—', actual: scope.settingKey };
  },
};

/** The namespace of the Zelftest's temporary part: never IJkpunt's own (state-xml.ts). */
export const SELF_TEST_NAMESPACE = 'urn:ijkpunt:zelftest:1';

/**
 * IJkpunt's state as a custom XML part (ExcelApi 1.5): a temporary part added, read back whole,
 * replaced, read back again and deleted (CustomXmlPartCollection.add, CustomXmlPart.getXml,
 * setXml, delete: https://learn.microsoft.com/javascript/api/excel/excel.customxmlpart).
 */
const customXml: Probe = {
  capability: 'customXml',
  async run(context) {
    const xml = (text: string) =>
      `<ijkpunt xmlns="${SELF_TEST_NAMESPACE}"><sheet id="{0}" name="Blad &amp; &quot;1&quot;">${text}</sheet></ijkpunt>`;
    // Markup, quotes, accents as the state holds them; a size like a large sheet's state (20 KB).
    const first = xml(`{"tekst":"&lt;/sheet&gt; Δ € – ééN","opvulling":"${'x'.repeat(20_000)}"}`);
    const second = xml('{"fte":162.3}');
    const part = context.workbook.customXmlParts.add(first);
    part.load('id, namespaceUri');
    const back = part.getXml();
    await context.sync();
    const namespace = part.namespaceUri;
    part.setXml(second);
    const replaced = part.getXml();
    await context.sync();
    part.delete();
    const gone = context.workbook.customXmlParts.getItemOrNullObject(part.id);
    gone.load('id');
    await context.sync();
    // A ClientResult is filled by the sync that ran its method, not by load().
    const [read, reread] = [back, replaced].map((result) => result.value);
    if (namespace !== SELF_TEST_NAMESPACE)
      return { at: 'namespaceUri', expected: SELF_TEST_NAMESPACE, actual: namespace };
    if (read !== first) return { at: 'getXml().length', expected: String(first.length), actual: String(read?.length) };
    if (reread !== second) return { at: 'setXml', expected: second, actual: reread ?? null };
    return gone.isNullObject ? null : { at: part.id, expected: '—', actual: part.id };
  },
};

/**
 * What to write back to restore a cell exactly. `formulas` gives text as the text itself, so
 * text that looks like a number or a formula ("0123", "-3 fte", "=x") would come back as one:
 * it gets the apostrophe that makes Excel keep it as text (reading `formulas` drops the
 * apostrophe: https://github.com/OfficeDev/office-js/issues/6687).
 * In a cell formatted as text ("@") everything is text already.
 */
export function exactEntry(formula: unknown, value: unknown, type: string, numberFormat: unknown): unknown {
  const isText = type === 'String' && typeof value === 'string';
  if (typeof formula === 'string' && formula.startsWith('=') && !(isText && value === formula)) return formula;
  if (!isText) return formula;
  return numberFormat === '@' ? value : `'${value as string}`;
}

/** Text, numbers-as-text and a formula survive a snapshot, an overwrite and a restore. */
const exactUndo: Probe = {
  capability: 'exactUndo',
  async run(context, scope) {
    const range = onSheet(context, scope).getRange('Z1:Z5');
    range.values = [["''citaat"], ["'-3 fte extra inzet"], ["'0123"], ['=1+2'], ["'=geen formule"]];
    range.load('values, formulas, valueTypes, numberFormat');
    await context.sync();
    const before = { values: range.values, formulas: range.formulas, types: range.valueTypes };
    const formats = range.numberFormat;
    range.values = broadcast('overschreven');
    range.numberFormat = formats;
    range.formulas = before.formulas.map((row, r) =>
      row.map((formula, c) => exactEntry(formula, before.values[r]?.[c], before.types[r]?.[c] ?? '', formats[r]?.[c])),
    );
    range.load('values, formulas, valueTypes');
    await context.sync();
    const origin = { row: 0, col: 25 };
    const wrote = [["'citaat"], ['-3 fte extra inzet'], ['0123'], ['=1+2'], ['=geen formule']];
    return (
      firstDifference(origin, wrote, before.formulas) ??
      firstDifference(origin, before.values, range.values) ??
      firstDifference(origin, before.formulas, range.formulas) ??
      firstDifference(origin, before.types, range.valueTypes)
    );
  },
};

export const CELL_PROBES: readonly Probe[] = [read, formulas, names, conditionalFormats];
export const STATE_PROBES: readonly Probe[] = [settings, customXml, exactUndo];
