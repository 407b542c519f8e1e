// Writes larger than Excel on the web's 5 MB request limit, against the typed fake (which refuses
// a request above 5 MB whole): they go in chunks, each request under the limit, and the formulas
// come out right; a chunk that fails after others went in leaves the workbook exactly as it was
// (values, formulas, text behind an apostrophe, state, names, sheets) with events back on.
import { a1 } from '../../src/engine/core/address';
import { scoreCriteria } from '../../src/engine/criteria/score';
import { buildCriteriaPlan } from '../../src/engine/criteria/plan';
import { buildFactsheetPlans } from '../../src/engine/criteria/factsheet';
import type { WritePlan } from '../../src/plan/format';
import type { WorkbookPort } from '../../src/studies';
import { criteriaGrid } from '../../bench/studies.bench';
import { sheetCells } from '../../bench/excel.bench';
import { createWriteGuard, watchInput } from '../../src/excel/events';
import { jsonBytes, OPERATION_BYTES, writeChunks } from '../../src/excel/write-chunks';
import { analyseAndWrite, workbookOn } from '../support/excel-workbook';
import { evaluateSheet } from '../support/hyperformula';
import { createFake, FakeExcelError, type FakeExcel } from './fake-excel';

const LIMIT = 5_000_000;
const CRITERIA = 'Toetsingscriteria';
const BENCHMARK = 'Benchmark';

/** The criteria sheet of 6 teams × `perTeam` indicators × 6 years, with the advisors' text in H. */
function criteriaWorkbook(perTeam: number) {
  const cells: Record<string, number | string> = {};
  criteriaGrid(perTeam).cells.forEach((row, r) =>
    row.forEach((value, c) => {
      if (typeof value === 'number' || typeof value === 'string') cells[a1(c, r + 1)] = value;
    }),
  );
  const { context, fake } = createFake({
    sheets: [{ name: CRITERIA, cells }],
    active: CRITERIA,
    requirementSets: '1.14',
  });
  // Typed as a user would: text behind an apostrophe, which must stay text.
  fake.edit(CRITERIA, 'H2', "'-3 fte minder dan begroot");
  fake.edit(CRITERIA, 'H3', "'0123");
  fake.edit(CRITERIA, 'H4', "'=geen formule");
  return { fake, port: workbookOn(context) };
}

async function criteriaPlans(port: WorkbookPort): Promise<WritePlan[]> {
  const read = await port.readSheets();
  const grid = read.sheets[0]?.grid;
  if (!grid) throw new Error('nothing read');
  const outcome = scoreCriteria(grid);
  if (!outcome.ok) throw new Error(outcome.message);
  const criteria = buildCriteriaPlan({ result: outcome.result, grid, language: 'nl' });
  return [criteria.plan, ...buildFactsheetPlans(outcome.result, criteria, 'nl')];
}

/** Everything a user could see change in the workbook. */
function workbookState(fake: FakeExcel) {
  return {
    sheets: fake.sheetNames,
    cells: Object.fromEntries(fake.sheetNames.map((s) => [s, fake.sheetFormulas(s)])),
    values: Object.fromEntries(fake.sheetNames.map((s) => [s, fake.sheetValues(s)])),
    charts: Object.fromEntries(fake.sheetNames.map((s) => [s, fake.charts(s).map((c) => c.name)])),
    formats: Object.fromEntries(fake.sheetNames.map((s) => [s, fake.conditionalFormats(s).length])),
    names: fake.names,
    settings: fake.settings,
  };
}

/** The requests of syncs `from`.. (1-based) that carried a large write. */
function writeChunksOf(fake: FakeExcel, from: number) {
  return fake.requests.slice(from - 1).filter((r) => r.bytes > 100_000);
}

describe('a criteria write above 5 MB (20 160 measurements) goes in chunks', () => {
  test('every request under 5 MB, together more than one request could carry; the formulas evaluate right', async () => {
    const { fake, port } = criteriaWorkbook(560);
    const plans = await criteriaPlans(port);
    const readSyncs = fake.syncs;
    const response = await port.writeStudy(plans);
    expect(response.kind).toBe('written');
    const chunks = writeChunksOf(fake, readSyncs + 1);
    expect(chunks.length).toBeGreaterThanOrEqual(2);
    expect(chunks.reduce((sum, r) => sum + r.bytes, 0)).toBeGreaterThan(LIMIT);
    expect(fake.maxRequestBytes).toBeLessThanOrEqual(LIMIT);
    expect(fake.eventsEnabled).toBe(true);

    const plan = plans[0];
    if (!plan) throw new Error('no plan');
    const evaluated = evaluateSheet(CRITERIA, fake.sheetFormulas(CRITERIA), plan.names);
    try {
      // Rows from every chunk: the first rows, the middle and the last, in every formula column.
      const sample = plan.columns.flatMap((column) =>
        column.cells
          .filter((cell, i) => cell.formula !== null && i % 997 === 0)
          .map((cell) => ({ ...cell, col: column.col })),
      );
      const last = plan.columns.flatMap((column) => {
        const cell = column.cells[column.cells.length - 1];
        return cell?.formula ? [{ ...cell, col: column.col }] : [];
      });
      const blocks = plan.cells.filter((cell) => cell.formula !== null);
      const checked = [...sample, ...last, ...blocks];
      expect(checked.length).toBeGreaterThan(100);
      for (const cell of checked) {
        const at = a1(cell.col, cell.row);
        const value = evaluated.value(at);
        if (typeof cell.value === 'number')
          expect([at, Math.abs((value as number) - cell.value) < 1e-9 * Math.max(1, Math.abs(cell.value))]).toEqual([
            at,
            true,
          ]);
        else expect([at, value]).toEqual([at, cell.value]);
      }
    } finally {
      evaluated.destroy();
    }
    expect(fake.cell(CRITERIA, 'H2')).toMatchObject({ value: '-3 fte minder dan begroot', formula: null });
  }, 300_000);

  test('a failure in the second chunk puts back what the first wrote: the workbook is exactly as before', async () => {
    const { fake, port } = criteriaWorkbook(560);
    const plans = await criteriaPlans(port);
    const before = workbookState(fake);
    // The write: what exists, what the target sheets hold, then its chunks.
    const firstChunk = fake.syncs + 3;
    fake.failOnSync(firstChunk + 1, new FakeExcelError('GeneralException', 'injected failure in chunk 2'));
    await expect(port.writeStudy(plans)).rejects.toThrow('injected failure in chunk 2');
    // The first chunk did go in (factsheet sheets added, half the scorecard) before the failure.
    expect(fake.requests[firstChunk - 1]?.bytes).toBeGreaterThan(1_000_000);
    expect(fake.requests[firstChunk]?.bytes).toBeGreaterThan(1_000_000);
    expect(workbookState(fake)).toEqual(before);
    expect(fake.cell(CRITERIA, 'H3')).toMatchObject({ value: '0123', formula: null });
    expect(fake.cell(CRITERIA, 'H4')).toMatchObject({ value: '=geen formule', formula: null });
    expect(fake.eventsEnabled).toBe(true);
    expect(fake.maxRequestBytes).toBeLessThanOrEqual(LIMIT);
  }, 300_000);
});

/** A benchmark table of `rows` clusters from row 4, with a Toelichting column in G. */
function benchmarkCells(rows: number): Record<string, number | string> {
  return { ...sheetCells(rows), G3: 'Toelichting' };
}

const ROWS = 300;

function benchmarkWorkbook(version = '1.14') {
  const { context, fake } = createFake({
    sheets: [{ name: BENCHMARK, cells: benchmarkCells(ROWS) }],
    active: BENCHMARK,
    selected: 'A4',
    requirementSets: version,
  });
  fake.edit(BENCHMARK, 'G4', "'-3 fte minder, vacature");
  fake.edit(BENCHMARK, 'G5', "'0123");
  fake.edit(BENCHMARK, 'G6', "'+ inhuur");
  return { context, fake, workbook: workbookOn(context) };
}

/** The advisor's explanations for every cluster, 20 000 characters each: 6 MB for the write. */
function longNotes(fake: FakeExcel, words = 'inhaalslag na reorganisatie; ') {
  return Array.from({ length: ROWS }, (_, i) => {
    const row = 4 + i;
    const previous = fake.cell(BENCHMARK, `G${row}`).value;
    const text = `Toelichting ${row}: ${words.repeat(Math.ceil(20_000 / words.length))}`.slice(0, 20_000);
    return { row, text, previous: typeof previous === 'string' ? previous : null };
  });
}

describe('an analysis whose write is above 5 MB (the advisor’s explanations) goes in chunks', () => {
  test('written in chunks under 5 MB each; a re-run of the same size too', async () => {
    const { fake, workbook } = benchmarkWorkbook();
    const first = await analyseAndWrite(workbook);
    expect(first.kind).toBe('written');
    const start = fake.syncs;
    const response = await analyseAndWrite(workbook, { userColumns: { notes: longNotes(fake) } });
    expect(response.kind).toBe('written');
    const chunks = writeChunksOf(fake, start + 1);
    expect(chunks.length).toBeGreaterThanOrEqual(2);
    expect(chunks.reduce((sum, r) => sum + r.bytes, 0)).toBeGreaterThan(LIMIT);
    expect(fake.maxRequestBytes).toBeLessThanOrEqual(LIMIT);
    expect(fake.cell(BENCHMARK, 'G303').value).toMatch(/^Toelichting 303: inhaalslag/);
    expect(fake.cell(BENCHMARK, 'G303').value).toHaveLength(20_000);
    expect(fake.eventsEnabled).toBe(true);
  }, 300_000);

  test('6 MB of explanations over 6 MB of earlier ones: their snapshot is read in parts, undo writes them back in chunks', async () => {
    const { fake, workbook } = benchmarkWorkbook();
    await analyseAndWrite(workbook);
    const first = await analyseAndWrite(workbook, { userColumns: { notes: longNotes(fake) } });
    expect(first.kind).toBe('written');
    const before = workbookState(fake);
    const start = fake.syncs;
    const second = await analyseAndWrite(workbook, {
      userColumns: { notes: longNotes(fake, 'herziening formatie; ') },
    });
    if (second.kind !== 'written') throw new Error(second.kind);
    // The old explanations (12 MB as formulas and values) came back in parts, each under 5 MB.
    expect(fake.requests.slice(start).filter((r) => r.responseBytes > 1_000_000).length).toBeGreaterThanOrEqual(3);
    expect(fake.maxResponseBytes).toBeLessThanOrEqual(LIMIT);
    expect(fake.cell(BENCHMARK, 'G100').value).toMatch(/^Toelichting 100: herziening formatie; /);
    const undo = await workbook.undo(second.undo);
    expect(undo).toEqual({ ok: true });
    expect(workbookState(fake)).toEqual(before);
    expect(fake.maxRequestBytes).toBeLessThanOrEqual(LIMIT);
  }, 300_000);

  test('a failure in a later chunk restores the sheet exactly: IJkpunt’s earlier output, the user’s text, the state', async () => {
    // The same action on a twin workbook tells which sync carries the second chunk.
    const twin = benchmarkWorkbook();
    await analyseAndWrite(twin.workbook);
    const twinStart = twin.fake.syncs;
    await analyseAndWrite(twin.workbook, { userColumns: { notes: longNotes(twin.fake) } });
    const large = twin.fake.requests
      .map((r, i) => ({ sync: i + 1, bytes: r.bytes }))
      .filter((r) => r.sync > twinStart && r.bytes > 1_000_000);
    const second = large[1]?.sync;
    if (second === undefined) throw new Error('the twin wrote in one chunk');

    const { fake, workbook } = benchmarkWorkbook();
    const first = await analyseAndWrite(workbook);
    expect(first.kind).toBe('written');
    expect(fake.syncs).toBe(twinStart);
    const before = workbookState(fake);
    fake.failOnSync(second, new FakeExcelError('GeneralException', 'injected failure in chunk 2'));
    await expect(analyseAndWrite(workbook, { userColumns: { notes: longNotes(fake) } })).rejects.toThrow(
      'injected failure in chunk 2',
    );
    expect(workbookState(fake)).toEqual(before);
    expect(fake.cell(BENCHMARK, 'G4')).toMatchObject({ value: '-3 fte minder, vacature', formula: null });
    expect(fake.cell(BENCHMARK, 'G5')).toMatchObject({ value: '0123', formula: null });
    expect(fake.cell(BENCHMARK, 'G6')).toMatchObject({ value: '+ inhuur', formula: null });
    expect(fake.eventsEnabled).toBe(true);
    expect(fake.maxRequestBytes).toBeLessThanOrEqual(LIMIT);
    // The workbook works on: the same write now goes through.
    const again = await analyseAndWrite(workbook, { userColumns: { notes: longNotes(fake) } });
    expect(again.kind).toBe('written');
  }, 300_000);
});

describe('events across the chunks', () => {
  test('off from the first chunk to the last: a watcher without triggerSource or guard sees none of IJkpunt’s writes, then the user’s edit', async () => {
    // ExcelApi 1.13: no triggerSource; the watcher's own guard is never held, so only
    // enableEvents = false keeps IJkpunt's writes (the notes in the input's column G) from it.
    const { context, fake, workbook } = benchmarkWorkbook('1.13');
    await analyseAndWrite(workbook);
    const seen: string[][] = [];
    const stop = await watchInput(context, BENCHMARK, {
      input: `A3:G${3 + ROWS}`,
      guard: createWriteGuard(0),
      debounceMs: 0,
      onUserEdit: (addresses) => seen.push([...addresses]),
    });
    const start = fake.syncs;
    const response = await analyseAndWrite(workbook, { userColumns: { notes: longNotes(fake) } });
    expect(response.kind).toBe('written');
    expect(writeChunksOf(fake, start + 1).length).toBeGreaterThanOrEqual(2);
    fake.flushEvents();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(seen).toEqual([]);
    expect(fake.eventsEnabled).toBe(true);
    fake.edit(BENCHMARK, 'C10', 12);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(seen).toEqual([['C10']]);
    await stop();
  }, 300_000);
});

describe('the splitting itself (a small budget)', () => {
  test('a block of rows goes in slices that fill each request up to the budget, every row once, in order', async () => {
    const { context, fake } = createFake({ sheets: [{ name: 'Blad1' }] });
    const rows = Array.from({ length: 1_000 }, (_, i) => [`rij ${i + 1}`]);
    const written: { offset: number; count: number }[] = [];
    const budget = 2_000;
    const chunks = writeChunks(context, budget);
    await chunks.room(500);
    await chunks.rows(rows, (offset, slice) => {
      written.push({ offset, count: slice.length });
      context.workbook.worksheets.getItem('Blad1').getRange(`A${offset + 1}:A${offset + slice.length}`).values = [
        ...slice,
      ];
    });
    await context.sync();
    expect(written.map((w) => w.offset)).toEqual(
      written.map((_, i) => written.slice(0, i).reduce((n, w) => n + w.count, 0)),
    );
    expect(written.reduce((n, w) => n + w.count, 0)).toBe(1_000);
    // The first slice fills what the 500 bytes queued before it left over.
    const firstSlice = rows.slice(0, written[0]?.count ?? 0);
    expect(500 + OPERATION_BYTES + firstSlice.reduce((n, row) => n + jsonBytes(row) + 1, 0)).toBeLessThanOrEqual(
      budget,
    );
    expect(chunks.sent).toBe(written.length - 1);
    expect(fake.syncs).toBe(written.length);
    expect(fake.cell('Blad1', 'A1000').value).toBe('rij 1000');
    expect(fake.cell('Blad1', 'A1').value).toBe('rij 1');
  });

  test('what fits the budget goes in the caller’s one sync', async () => {
    const { context, fake } = createFake({ sheets: [{ name: 'Blad1' }] });
    const chunks = writeChunks(context);
    await chunks.room(3_000_000);
    await chunks.rows([['a'], ['b']], (offset, slice) => {
      context.workbook.worksheets.getItem('Blad1').getRange(`A${offset + 1}:A${offset + slice.length}`).values = [
        ...slice,
      ];
    });
    await context.sync();
    expect([chunks.sent, fake.syncs]).toEqual([0, 1]);
  });

  test('sizes in UTF-8 as the request carries them', () => {
    expect(jsonBytes('abc')).toBe(5);
    expect(jsonBytes('€')).toBe(5);
    expect(jsonBytes('Eén')).toBe(6);
    expect(jsonBytes('😀')).toBe(6);
    expect(jsonBytes([[1, 'x']])).toBe(9);
  });
});
