// The Zelftest against the typed fake: every probe passes at the newest API level, the ones
// needing a newer set say "niet beschikbaar" on an older host, a failed request says "mislukt"
// with Excel's error, and in every case the workbook is left as it was.
import { runSelfTest } from '../../src/excel/selftest';
import { exactEntry } from '../../src/excel/selftest-probes';
import { selfTestReportText } from '../../src/i18n/selftest';
import { SELF_TEST_CAPABILITIES, type SelfTestReport } from '../../src/studies';
import { createFake, FakeExcelError, type FakeExcel } from './fake-excel';

const NEWEST = '1.18';

function workbook(requirementSets = NEWEST) {
  return createFake({
    sheets: [
      { name: 'Benchmark 2017', cells: { A1: 'Cluster', B1: 'Fte', A2: 'Inkoop', B2: 3.69, C2: '=B2*2' } },
      { name: 'Blad 2', cells: { A1: "'0123" } },
    ],
    active: 'Benchmark 2017',
    selected: 'B2',
    requirementSets,
  });
}

/** Everything of the workbook a user could notice afterwards. */
function state(fake: FakeExcel) {
  return {
    sheets: fake.sheetNames,
    active: fake.activeSheet,
    names: fake.names,
    settings: fake.settings,
    parts: fake.customXmlParts,
    cells: fake.sheetNames.map((sheet) => fake.sheetFormulas(sheet)),
  };
}

const outcomes = (report: SelfTestReport) =>
  Object.fromEntries(report.lines.map((line) => [line.capability, line.outcome.kind]));

let fakes: FakeExcel[] = [];
afterEach(() => {
  for (const fake of fakes) fake.dispose();
  fakes = [];
});

function made(requirementSets?: string) {
  const made = workbook(requirementSets);
  fakes.push(made.fake);
  return made;
}

describe('the Zelftest on the fake', () => {
  test(`every capability passes at ExcelApi ${NEWEST}, and the workbook is as it was`, async () => {
    const { context, fake } = made();
    const before = state(fake);
    const report = await runSelfTest(context, { eventTimeoutMs: 50 });
    expect(report.lines.map((line) => line.capability)).toEqual([...SELF_TEST_CAPABILITIES]);
    expect(report.lines.filter((line) => line.outcome.kind !== 'passed')).toEqual([]);
    expect(report.excelApi).toBe(NEWEST);
    expect(state(fake)).toEqual(before);
  });

  test('on ExcelApi 1.7 (Office 2019) the newer capabilities say "niet beschikbaar" with their set', async () => {
    const { context, fake } = made('1.7');
    const before = state(fake);
    const report = await runSelfTest(context, { eventTimeoutMs: 50 });
    expect(outcomes(report)).toEqual({
      worksheet: 'passed',
      read: 'passed',
      formulas: 'passed',
      names: 'passed',
      conditionalFormats: 'passed',
      charts: 'passed',
      tableResize: 'unavailable',
      dataValidation: 'unavailable',
      notes: 'unavailable',
      events: 'unavailable',
      triggerSource: 'unavailable',
      settings: 'passed',
      customXml: 'passed',
      exactUndo: 'passed',
    });
    const text = selfTestReportText(report, 'nl').split('\n');
    expect(text).toContain('Notities (Uitleg bij cel) (ExcelApi 1.18): niet beschikbaar: vereist ExcelApi 1.18');
    expect(text).toContain('Excel-tabel verbreden (ExcelApi 1.13): niet beschikbaar: vereist ExcelApi 1.13');
    expect(text).toContain('ExcelApi: 1.7');
    expect(text).toContain('Status in aangepast XML-onderdeel (ExcelApi 1.5): geslaagd');
    expect(text[text.length - 1]).toBe('9 geslaagd, 0 mislukt, 5 niet beschikbaar');
    const english = selfTestReportText(report, 'en').split('\n');
    expect(english).toContain('Notes (Explain cell) (ExcelApi 1.18): not available: needs ExcelApi 1.18');
    expect(english).toContain('Defined names (ExcelApi 1.7): passed');
    expect(english[english.length - 1]).toBe('9 passed, 0 failed, 5 not available');
    expect(state(fake)).toEqual(before);
  });

  test('without custom XML parts (ExcelApi 1.5) its line says "niet beschikbaar"; the others pass', async () => {
    const { context, fake } = made();
    fake.customXmlAvailable = false;
    const before = state(fake);
    const report = await runSelfTest(context, { eventTimeoutMs: 50 });
    expect(report.lines.filter((line) => line.outcome.kind !== 'passed')).toEqual([
      { capability: 'customXml', requirement: '1.5', outcome: { kind: 'unavailable' } },
    ]);
    expect(selfTestReportText(report, 'nl').split('\n')).toContain(
      'Status in aangepast XML-onderdeel (ExcelApi 1.5): niet beschikbaar: vereist ExcelApi 1.5',
    );
    expect(state(fake)).toEqual(before);
  });

  test('a host that gives the part back otherwise says "mislukt" where, and the part is gone', async () => {
    const { context, fake } = made();
    // A host that drops the padding of large documents: the round trip must notice.
    const original = context.workbook.customXmlParts.add.bind(context.workbook.customXmlParts);
    Object.defineProperty(context.workbook.customXmlParts, 'add', {
      value: (xml: string) => original(xml.replace(/x{1000,}/, 'x')),
    });
    const report = await runSelfTest(context, { eventTimeoutMs: 50 });
    expect(report.lines.find((line) => line.capability === 'customXml')?.outcome).toMatchObject({
      kind: 'mismatch',
      at: 'getXml().length',
    });
    expect(fake.customXmlParts).toEqual([]);
  });

  test('on ExcelApi 1.14 only notes are missing', async () => {
    const { context } = made('1.14');
    const report = await runSelfTest(context, { eventTimeoutMs: 50 });
    expect(report.lines.filter((line) => line.outcome.kind !== 'passed')).toEqual([
      { capability: 'notes', requirement: '1.18', outcome: { kind: 'unavailable' } },
    ]);
  });

  test('a refused request at any point says "mislukt" with the error; the workbook is left as it was', async () => {
    const { context, fake } = made();
    await runSelfTest(context, { eventTimeoutMs: 50 });
    const syncs = fake.syncs;
    expect(syncs).toBeGreaterThan(20);
    for (let n = 1; n <= syncs; n += 1) {
      const failing = made();
      const before = state(failing.fake);
      failing.fake.failOnSync(n, new FakeExcelError('GeneralException', 'Er is een interne fout opgetreden.'));
      const report = await runSelfTest(failing.context, { eventTimeoutMs: 50 });
      const failed = report.lines.filter((line) => line.outcome.kind === 'failed');
      // The last two syncs tidy up; a refused one is tried again, so nothing is left to report.
      const tidying = n > syncs - 2;
      expect({ n, failed: failed.length > 0 }).toEqual({ n, failed: !tidying });
      for (const line of failed) {
        expect(line.outcome).toEqual({
          kind: 'failed',
          code: 'GeneralException',
          message: 'Er is een interne fout opgetreden.',
        });
      }
      expect({ n, after: state(failing.fake) }).toEqual({ n, after: before });
      // The pane goes on following edits: events are on again, whatever failed.
      failing.context.runtime.load('enableEvents');
      await failing.context.sync();
      expect({ n, events: failing.context.runtime.enableEvents }).toEqual({ n, events: true });
    }
  });

  test("the report names the failed capability with Excel's code and message", async () => {
    const { context, fake } = made();
    // The second sync of the run adds the temporary sheet; the first of the read probe follows it.
    fake.failOnSync(3, new FakeExcelError('InvalidArgument', 'De argumenten zijn ongeldig.'));
    const report = await runSelfTest(context, { eventTimeoutMs: 50 });
    expect(outcomes(report).read).toBe('failed');
    expect(selfTestReportText(report, 'nl').split('\n')).toContain(
      'Lezen (gebruikt bereik, waarden en soorten) (ExcelApi 1.4): mislukt: InvalidArgument — De argumenten zijn ongeldig.',
    );
    expect(fake.sheetNames).toEqual(['Benchmark 2017', 'Blad 2']);
  });

  test('a host that refuses large requests fails the settings round trip only, naming its error', async () => {
    const { context, fake } = made();
    fake.requestLimitBytes = 100_000;
    const report = await runSelfTest(context, { eventTimeoutMs: 50 });
    expect(report.lines.filter((line) => line.outcome.kind !== 'passed').map((line) => line.capability)).toEqual([
      'settings',
    ]);
    expect(report.lines.find((line) => line.capability === 'settings')?.outcome).toMatchObject({
      kind: 'failed',
      code: 'RequestPayloadSizeLimitExceeded',
    });
    expect(fake.settings).toEqual({});
  });
});

describe('exact undo', () => {
  test.each([
    ['text that looks like a number keeps its apostrophe', '0123', '0123', 'String', 'General', "'0123"],
    ['text that looks like a formula', '=geen formule', '=geen formule', 'String', 'General', "'=geen formule"],
    ['text starting with a minus', '-3 fte extra', '-3 fte extra', 'String', 'General', "'-3 fte extra"],
    ['text in a cell formatted as text is written as it is', '0123', '0123', 'String', '@', '0123'],
    ['a formula stays a formula', '=1+2', 3, 'Double', 'General', '=1+2'],
    ['a number stays a number', 162.3, 162.3, 'Double', 'General', 162.3],
    ['an empty cell stays empty', '', '', 'Empty', 'General', ''],
  ])('%s', (_what, formula, value, type, format, written) => {
    expect(exactEntry(formula, value, type, format)).toBe(written);
  });
});
