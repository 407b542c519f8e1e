/** @jest-environment jsdom */
// A study's re-run in Excel (the typed fake) after the user typed over IJkpunt's output in the
// year comparison: the pane names the cell and asks; keeping it leaves the user's value and
// writes the rest, overwriting (after a second confirmation) brings IJkpunt's formula back.
import { act, configure, fireEvent, render, screen } from '@testing-library/react';
import { TextEncoder } from 'util';
import type { HostInfo } from '../../src/studies';
import { App } from '../../src/taskpane/App';
import { exampleGrid, exampleSheetGrid } from '../../src/taskpane/preview-workbook';
import example2012 from '../../examples/heemstede-2012.json';
import { createFake, fakeCells, type FakeExcel } from '../excel/fake-excel';
import { workbookOn } from '../support/excel-workbook';

// The fake measures each batch in bytes, with the TextEncoder Node has and jsdom lacks.
if (typeof globalThis.TextEncoder === 'undefined') Object.assign(globalThis, { TextEncoder });
configure({ asyncUtilTimeout: 20_000 });
jest.setTimeout(120_000);

const HOST: HostInfo = { kind: 'excel', bodyBackground: null, partitionKey: null, excelApi: '1.14' };
const OUT = 'Vergelijking 2012-2017';

let fake: FakeExcel | null = null;
beforeEach(() => localStorage.clear());
afterEach(() => fake?.dispose());

async function click(name: string, role: 'tab' | 'button' = 'button') {
  await act(async () => {
    fireEvent.click(screen.getByRole(role, { name }));
  });
}

function messages(): string[] {
  return [...document.querySelectorAll('.fui-MessageBar')].map((bar) => bar.textContent ?? '');
}

/** The first formula IJkpunt wrote on the comparison sheet, row by row. */
function firstFormulaCell(f: FakeExcel): string {
  const rows = f.sheetFormulas(OUT);
  for (const [r, row] of rows.entries())
    for (const [c, value] of row.entries())
      if (typeof value === 'string' && value.startsWith('=')) return `${String.fromCharCode(65 + c)}${r + 1}`;
  throw new Error('no formula on the comparison sheet');
}

/** Both years in a fake Excel, the comparison written once from the pane, then a value typed over it. */
async function typedOverComparison() {
  const y2012 = exampleSheetGrid(example2012);
  const y2017 = exampleGrid();
  const made = createFake({
    sheets: [
      { name: y2017.sheet, cells: fakeCells(y2017) },
      { name: y2012.sheet, cells: fakeCells(y2012) },
    ],
    active: y2017.sheet,
  });
  fake = made.fake;
  render(<App host={HOST} workbook={workbookOn(made.context)} />);
  await click('Jaren vergelijken', 'tab');
  await screen.findByRole('heading', { name: 'Jaren vergelijken' });
  await screen.findAllByRole('option');
  await click('Lees en bekijk');
  await screen.findByRole('heading', { name: 'Zinnen' });
  await click('Schrijf naar blad');
  expect(made.fake.sheetNames).toContain(OUT);
  const cell = firstFormulaCell(made.fake);
  const formula = made.fake.cell(OUT, cell).formula;
  made.fake.edit(OUT, cell, 'zelf ingevuld');
  await click('Schrijf naar blad');
  return { fake: made.fake, cell, formula };
}

test('the re-run names the typed cell and asks; keeping it writes the rest around it', async () => {
  const { fake, cell } = await typedOverComparison();
  const question = `Er is niets geschreven: ${cell} houden niet meer wat IJkpunt er schreef. Een nieuwe run zou ze overschrijven. Wat wilt u?`;
  expect(messages()).toEqual([
    `U heeft in IJkpunts uitvoer getypt${question}Behouden als eigen kolom/cellenOverschrijven`,
  ]);
  expect(fake.cell(OUT, cell).value).toBe('zelf ingevuld');
  await click('Behouden als eigen kolom/cellen');
  expect(screen.queryByRole('button', { name: 'Overschrijven' })).toBeNull();
  expect(messages()).toEqual([`Geschreven op blad ${OUT}.`]);
  expect(fake.cell(OUT, cell)).toMatchObject({ value: 'zelf ingevuld', formula: null });
});

test('overwrite, after a second confirmation, brings IJkpunt’s formula back', async () => {
  const { fake, cell, formula } = await typedOverComparison();
  await click('Overschrijven');
  expect(messages()).toEqual([
    `U heeft in IJkpunts uitvoer getyptWeet u het zeker? Wat u typte in ${cell} gaat verloren.Ja, overschrijvenAnnuleren`,
  ]);
  expect(fake.cell(OUT, cell).value).toBe('zelf ingevuld');
  await click('Ja, overschrijven');
  expect(fake.cell(OUT, cell).formula).toBe(formula);
});
