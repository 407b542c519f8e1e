// A sheet written by an earlier version of IJkpunt: the plan it remembered in the workbook's
// settings (version 1, exactly as that version stored it) is still understood — a re-run
// replaces that output in place, and undoing the re-run redraws it.
import { columnLetters } from '../../src/engine/core/address';
import { settingKey } from '../../src/excel/state';
import stored from '../fixtures/benchmark-state-v1.json';
import { heemstedeGrid } from '../fixtures/heemstede';
import { analyseAndWrite, workbookOn } from '../support/excel-workbook';
import { createFake, fakeCells } from './fake-excel';

const SHEET = 'Benchmark';

test('a remembered version-1 plan is replaced by a re-run and redrawn by undo', async () => {
  const { context, fake } = createFake({
    sheets: [{ name: SHEET, cells: fakeCells(heemstedeGrid()) }],
    active: SHEET,
    selected: 'A6',
  });
  const workbook = workbookOn(context);
  const input = fake.sheetFormulas(SHEET);
  // The earlier version wrote the same cells; what it remembered is the fixture.
  const first = await analyseAndWrite(workbook);
  if (first.kind !== 'written') throw new Error(first.kind);
  const written = fake.sheetFormulas(SHEET);
  const names = fake.names;
  // Version 1 wrote no sentences block beside the summary: take it out, as that version left the sheet.
  const grid = fake.sheetFormulas(SHEET);
  const row = grid.findIndex((cells) => cells.includes('Zinnen en aandachtspunten IJkpunt'));
  const col = grid[row]?.indexOf('Zinnen en aandachtspunten IJkpunt') ?? -1;
  const last = grid.reduce((found, cells, r) => (cells[col] != null ? r : found), row);
  context.workbook.worksheets
    .getItem(SHEET)
    .getRange(`${columnLetters(col)}${row + 1}:${columnLetters(col)}${last + 1}`)
    .clear();
  await context.sync();
  const byVersion1 = fake.sheetFormulas(SHEET);
  const remembered = JSON.stringify(stored);
  context.workbook.settings.add(settingKey(SHEET), remembered);
  await context.sync();

  const again = await analyseAndWrite(workbook);
  if (again.kind !== 'written') throw new Error(again.kind);
  expect(fake.sheetFormulas(SHEET)).toEqual(written);
  expect(fake.names).toEqual(names);

  expect(await workbook.undo(again.undo)).toEqual({ ok: true });
  expect(fake.sheetFormulas(SHEET)).toEqual(byVersion1);
  expect(fake.names).toEqual(names);
  expect(fake.settings[settingKey(SHEET)]).toBe(remembered);

  expect(await workbook.undo(first.undo)).toEqual({ ok: true });
  expect(fake.sheetFormulas(SHEET)).toEqual(input);
  expect(fake.names).toEqual({});
});
