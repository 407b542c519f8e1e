/** @jest-environment jsdom */
// The pane after the user deleted one of IJkpunt's columns in Excel (the typed fake): the re-run
// writes nothing and says, in Dutch, which column is gone and what to do.
import { act, configure, fireEvent, render, screen } from '@testing-library/react';
import { TextEncoder } from 'util';
import type { HostInfo } from '../../src/studies';
import { App } from '../../src/taskpane/App';
import { exampleGrid } from '../../src/taskpane/preview-workbook';
import { createFake, fakeCells } from '../excel/fake-excel';
import { deleteColumns } from '../excel/fake-excel';
import { analyseAndWrite, workbookOn } from '../support/excel-workbook';

// The fake measures each batch in bytes, with the TextEncoder Node has and jsdom lacks.
if (typeof globalThis.TextEncoder === 'undefined') Object.assign(globalThis, { TextEncoder });
configure({ asyncUtilTimeout: 20_000 });
jest.setTimeout(60_000);

const SHEET = 'Benchmark 2017';
const HOST: HostInfo = { kind: 'excel', bodyBackground: null, partitionKey: null, excelApi: '1.14' };

test('a deleted column of IJkpunt’s: nothing written, the column named as IJkpunt wrote it', async () => {
  const { context, fake } = createFake({
    sheets: [{ name: SHEET, cells: fakeCells(exampleGrid()) }],
    active: SHEET,
    selected: 'A5',
  });
  try {
    const workbook = workbookOn(context);
    const first = await analyseAndWrite(workbook);
    if (first.kind !== 'written') throw new Error(first.kind);
    const column = first.run.plan.columns.find((c) => c.key === 'fte.delta');
    if (!column) throw new Error('no Δ fte column');
    const letter = String.fromCharCode(65 + column.col);
    deleteColumns(fake, SHEET, letter);
    const before = fake.sheetFormulas(SHEET);
    render(<App host={HOST} workbook={workbook} />);
    await screen.findByRole('heading', { name: 'Kolommen' });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Analyseer en schrijf naar blad' }));
    });
    const box = `${letter}${first.run.plan.headerRow}:${letter}${first.run.plan.lastRow}`;
    await screen.findByText(
      `Er is niets geschreven: u heeft een deel van IJkpunts uitvoer verwijderd (${box} (Δ fte), waar IJkpunt het schreef). Zet het terug met Ongedaan maken in Excel, of verwijder ook de rest van IJkpunts uitvoer en analyseer opnieuw.`,
    );
    expect(fake.sheetFormulas(SHEET)).toEqual(before);
  } finally {
    fake.dispose();
  }
});
