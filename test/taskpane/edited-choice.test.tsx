/** @jest-environment jsdom */
// The pane's question after the user typed inside IJkpunt's output (Excel, on the typed fake):
// the cells are named, "Behouden als eigen kolom/cellen" keeps them, "Overschrijven" needs a
// second confirmation and then writes IJkpunt's formula back.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { TextEncoder } from 'util';
import { a1 } from '../../src/engine/core';
import type { HostInfo } from '../../src/studies';
import { App } from '../../src/taskpane/App';
import { exampleGrid } from '../../src/taskpane/preview-workbook';
import { createFake, fakeCells } from '../excel/fake-excel';
import { analyseAndWrite, workbookOn } from '../support/excel-workbook';

// The fake measures each batch in bytes, with the TextEncoder Node has and jsdom lacks.
if (typeof globalThis.TextEncoder === 'undefined') Object.assign(globalThis, { TextEncoder });

const SHEET = 'Benchmark 2017';
const HOST: HostInfo = { kind: 'excel', bodyBackground: null, partitionKey: null, excelApi: '1.14' };

beforeEach(() => localStorage.clear());
jest.setTimeout(60_000);

/** A first run through the port, then the user types 1,5 over one of IJkpunt's Δ fte formulas. */
async function editedSheet() {
  const { context, fake } = createFake({
    sheets: [{ name: SHEET, cells: fakeCells(exampleGrid()) }],
    active: SHEET,
    selected: 'A5',
    requirementSets: '1.14',
  });
  const workbook = workbookOn(context);
  const first = await analyseAndWrite(workbook);
  if (first.kind !== 'written') throw new Error(first.kind);
  const column = first.run.plan.columns.find((c) => c.key === 'fte.delta');
  if (!column) throw new Error('no Δ fte column');
  const cell = a1(column.col, 5);
  fake.edit(SHEET, cell, 1.5);
  render(<App host={HOST} workbook={workbook} />);
  await screen.findByRole('heading', { name: 'Kolommen' }, { timeout: 20_000 });
  await click('Analyseer en schrijf naar blad');
  return { fake, cell };
}

async function click(name: string) {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
  });
}

test('the re-run names the cell and asks; keeping it leaves the user’s value and writes the rest', async () => {
  const { fake, cell } = await editedSheet();
  try {
    const question = `Er is niets geschreven: ${cell} houden niet meer wat IJkpunt er schreef. Een nieuwe run zou ze overschrijven. Wat wilt u?`;
    // The notice: its title, then the question naming the cell.
    expect(screen.getByText(question).textContent).toBe(`U heeft in IJkpunts uitvoer getypt${question}`);
    expect(fake.cell(SHEET, cell).value).toBe(1.5);
    await click('Behouden als eigen kolom/cellen');
    await screen.findByRole('heading', { name: 'Resultaat' }, { timeout: 20_000 });
    expect(fake.cell(SHEET, cell)).toMatchObject({ value: 1.5, formula: null });
    expect(screen.queryByRole('button', { name: 'Overschrijven' })).toBeNull();
  } finally {
    fake.dispose();
  }
});

test('overwriting needs a second confirmation; then IJkpunt’s formula is back', async () => {
  const { fake, cell } = await editedSheet();
  try {
    await click('Overschrijven');
    const confirm = `Weet u het zeker? Wat u typte in ${cell} gaat verloren.`;
    expect(screen.getByText(confirm).textContent).toBe(`U heeft in IJkpunts uitvoer getypt${confirm}`);
    expect(fake.cell(SHEET, cell).value).toBe(1.5);
    await click('Ja, overschrijven');
    await screen.findByRole('heading', { name: 'Resultaat' }, { timeout: 20_000 });
    expect(String(fake.cell(SHEET, cell).formula)).toMatch(/^=/);
  } finally {
    fake.dispose();
  }
});
