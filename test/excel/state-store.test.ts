// Where IJkpunt keeps its state (src/excel/state.ts, state-xml.ts): with the gate on (ExcelApi
// 1.5) in one custom XML part of its own namespace, off in the settings. Each action — run,
// re-run, undo, a renamed sheet, a workbook an older IJkpunt wrote — with the gate on and off:
// the re-run finds IJkpunt's output and rewrites it in place, undo puts the workbook back exactly.
import { STATE_NAMESPACE } from '../../src/excel/state-xml';
import { analyseAndWrite, heemstedeOnFake, workbookOn } from '../support/excel-workbook';
import { statesIn } from '../support/states';

const SHEET = 'Benchmark';

let opened: { dispose(): void }[] = [];
afterEach(() => {
  for (const fake of opened) fake.dispose();
  opened = [];
});

function heemstede(gate: boolean) {
  const made = heemstedeOnFake(SHEET);
  made.fake.customXmlAvailable = gate;
  opened.push(made.fake);
  return made;
}

type Fake = ReturnType<typeof heemstede>['fake'];

/** Where the states are: the XML part's sheets, the settings' keys. */
function placeOf(fake: Fake) {
  const parts = fake.customXmlParts.filter((p) => p.namespaceUri === STATE_NAMESPACE);
  return { parts: parts.length, settings: Object.keys(fake.settings) };
}

function workbookOf(fake: Fake) {
  return { formulas: fake.sheetFormulas(SHEET), names: fake.names, charts: fake.charts(SHEET), states: statesIn(fake) };
}

describe.each([
  ['on', true],
  ['off', false],
])('the gate %s', (_label, gate) => {
  const expectedPlace = () =>
    gate
      ? { parts: 1, settings: [] }
      : { parts: 0, settings: [expect.stringMatching(/^ijkpunt:id:\{/) as unknown as string] };

  test('a run keeps one state, keyed by the worksheet’s id, where the gate says', async () => {
    const { fake, workbook } = heemstede(gate);
    expect((await analyseAndWrite(workbook)).kind).toBe('written');
    expect(placeOf(fake)).toEqual(expectedPlace());
    const [key] = Object.keys(statesIn(fake));
    expect(key).toMatch(/^ijkpunt:id:\{/);
    if (gate) expect(fake.customXmlParts[0]?.xml).toContain(`name="${SHEET}"`);
  });

  test('a re-run finds its output and rewrites it in place, in as many syncs with the gate on as off', async () => {
    const { fake, workbook } = heemstede(gate);
    await analyseAndWrite(workbook);
    const first = workbookOf(fake);
    const syncs = fake.syncs;
    const again = await analyseAndWrite(workbook);
    expect(again.kind).toBe('written');
    // Where the cells are (the part's XML along), the cells, the edit check (ExcelApi 1.9), the write.
    expect(fake.syncs - syncs).toBe(4);
    expect(workbookOf(fake)).toEqual(first);
    expect(placeOf(fake)).toEqual(expectedPlace());
  });

  test('a new session (another pane) finds the output from the workbook alone', async () => {
    const { context, fake, workbook } = heemstede(gate);
    await analyseAndWrite(workbook);
    const first = workbookOf(fake);
    const fresh = workbookOn(context);
    const syncs = fake.syncs;
    await fresh.readTable();
    // It does not know the part's id yet: the part's XML comes one sync after its id.
    expect(fake.syncs - syncs).toBe(gate ? 3 : 2);
    const again = await analyseAndWrite(fresh);
    expect(again.kind).toBe('written');
    expect(workbookOf(fake)).toEqual(first);
  });

  test('undo of the first run leaves the workbook as it was: no state, no part, no setting', async () => {
    const { fake, workbook } = heemstede(gate);
    const before = workbookOf(fake);
    const run = await analyseAndWrite(workbook);
    if (run.kind !== 'written') throw new Error(run.kind);
    expect(await workbook.undo(run.undo)).toEqual({ ok: true });
    expect(workbookOf(fake)).toEqual(before);
    expect(fake.customXmlParts).toEqual([]);
    expect(fake.settings).toEqual({});
  });

  test('undo of a re-run with other parameters gives back the first run and its state exactly', async () => {
    const { fake, workbook } = heemstede(gate);
    await analyseAndWrite(workbook);
    const first = workbookOf(fake);
    const second = await analyseAndWrite(workbook, { options: { totalFte: 200 } });
    if (second.kind !== 'written') throw new Error(second.kind);
    expect(statesIn(fake)).not.toEqual(first.states);
    expect(await workbook.undo(second.undo)).toEqual({ ok: true });
    expect(workbookOf(fake)).toEqual(first);
    expect(placeOf(fake)).toEqual(expectedPlace());
  });

  test('after a rename the re-run still finds its output (by id), and the part names the sheet anew', async () => {
    const { fake, workbook } = heemstede(gate);
    await analyseAndWrite(workbook);
    const written = fake.sheetFormulas(SHEET);
    fake.renameSheet(SHEET, 'Begroting & "2025"');
    const again = await analyseAndWrite(workbook);
    expect(again.kind).toBe('written');
    const after = fake.sheetFormulas('Begroting & "2025"');
    expect(after.length).toBe(written.length);
    expect(after[3]).toEqual(written[3]);
    expect(Object.keys(statesIn(fake))).toHaveLength(1);
    if (gate) expect(fake.customXmlParts[0]?.xml).toContain('name="Begroting &amp; &quot;2025&quot;"');
  });

  test('a workbook an older IJkpunt wrote (state in the settings) is read; the next write moves it', async () => {
    const { context, fake, workbook } = heemstede(gate);
    // The older IJkpunt: settings only, under the sheet's name.
    fake.customXmlAvailable = false;
    await analyseAndWrite(workbook);
    const [key] = Object.keys(fake.settings);
    const value = fake.settings[key ?? ''] as string;
    context.workbook.settings.getItem(key ?? '').delete();
    context.workbook.settings.add(`ijkpunt:${SHEET}`, value);
    await context.sync();
    const old = workbookOf(fake);
    fake.customXmlAvailable = gate;
    const again = await analyseAndWrite(workbook);
    if (again.kind !== 'written') throw new Error(again.kind);
    expect(fake.sheetFormulas(SHEET)).toEqual(old.formulas);
    expect(placeOf(fake)).toEqual(expectedPlace());
    // Undo gives back the output and the state the older IJkpunt kept (now under the id).
    expect(await workbook.undo(again.undo)).toEqual({ ok: true });
    expect(fake.sheetFormulas(SHEET)).toEqual(old.formulas);
    expect(Object.values(statesIn(fake))).toEqual([value]);
    expect(placeOf(fake)).toEqual(expectedPlace());
  });
});

test('a part IJkpunt knew that someone removed since: the read notices (ItemNotFound) and reads without it', async () => {
  const { context, fake, workbook } = heemstede(true);
  await analyseAndWrite(workbook);
  const [part] = fake.customXmlParts;
  context.workbook.customXmlParts.getItem(part?.id ?? '').delete();
  await context.sync();
  const syncs = fake.syncs;
  const read = await workbook.readTable();
  expect(read.remembered).toBeNull();
  // The refused first sync, then the read as without a part (two syncs).
  expect(fake.syncs - syncs).toBe(3);
});

test('the studies’ read gets the part’s XML in its first sync too, once the session knows the part', async () => {
  const { fake, workbook } = heemstede(true);
  await analyseAndWrite(workbook);
  const syncs = fake.syncs;
  const read = await workbook.readSheets();
  // Where the cells are (the part's XML along), then the cells: as without a part.
  expect(fake.syncs - syncs).toBe(2);
  expect(read.sheets[0]?.remembered?.columns.length).toBeGreaterThan(0);
});
