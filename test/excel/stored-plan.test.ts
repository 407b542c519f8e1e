// A sheet written by an earlier version of IJkpunt: the plan it remembered in the workbook's
// settings (version 1, exactly as that version stored it) is still understood — a re-run
// replaces that output in place, and undoing the re-run redraws it.
import type { CompactPlan } from '../../src/excel/compact';
import { renderPlan } from '../../src/excel/render';
import { settingKey, storedState, type SheetState } from '../../src/excel/state';
import stored from '../fixtures/benchmark-state-v1.json';
import { heemstedeGrid } from '../fixtures/heemstede';
import { analyseAndWrite, workbookOn } from '../support/excel-workbook';
import { createFake, fakeCells } from './fake-excel';
import { statesIn } from '../support/states';

const SHEET = 'Benchmark';

test('a remembered version-1 plan is replaced by a re-run and redrawn by undo', async () => {
  const { context, fake } = createFake({
    sheets: [{ name: SHEET, cells: fakeCells(heemstedeGrid()) }],
    active: SHEET,
    selected: 'A6',
  });
  const workbook = workbookOn(context);
  // What the earlier version wrote (its chart block ended at column Z, its series were one
  // column of references), and what it remembered: the fixture.
  const plan = stored.plan as unknown as CompactPlan;
  const drawn = await renderPlan(context, plan, { previous: null, previousCharts: [] });
  if (!drawn.ok) throw new Error('conflict');
  const remembered = JSON.stringify(stored);
  context.workbook.settings.add(settingKey(SHEET), remembered);
  await context.sync();
  const old = fake.sheetFormulas(SHEET);
  const oldNames = fake.names;

  const again = await analyseAndWrite(workbook);
  if (again.kind !== 'written') throw new Error(again.kind);
  // R21 (row 21, column R): the chart block of this version, sorted by formula.
  expect(fake.sheetFormulas(SHEET)[20]?.[17]).toBe('=IFERROR(INDEX($AB$21:$AB$27,MATCH(1,$AE$21:$AE$27,0)),"")');
  // The same names, and now one per owned column as well, so the output is found where it moves.
  const names = Object.entries(fake.names);
  expect(Object.fromEntries(names.filter(([n]) => !n.startsWith('_IJK_pane_')))).toEqual(oldNames);
  expect(names.filter(([n]) => n.startsWith('_IJK_pane_1_')).length).toBeGreaterThan(0);
  expect(fake.charts(SHEET)).toHaveLength(3);

  expect(await workbook.undo(again.undo)).toEqual({ ok: true });
  expect(fake.sheetFormulas(SHEET)).toEqual(old);
  expect(fake.names).toEqual(oldNames);
  // What it remembered comes back, now under the worksheet's id and in the lean stored form
  // (src/excel/state.ts: no per-row values, no block cells), in IJkpunt's XML part: the setting
  // the earlier version wrote is gone.
  const lean = JSON.stringify(storedState(stored as unknown as SheetState));
  expect(Object.entries(statesIn(fake))).toEqual([[expect.stringMatching(/^ijkpunt:id:/), lean]]);
  expect(fake.settings).toEqual({});
});
