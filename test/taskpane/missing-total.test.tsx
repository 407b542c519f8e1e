/** @jest-environment jsdom */
// A table of overhead clusters with a share-of-total column and no total formation: the pane
// refuses (issue 13: no silent sum of the fte column), marks the field, and analyses once the
// user enters the total there.
import { fireEvent, render, screen } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { exampleGrid, previewWorkbook } from '../../src/taskpane/preview-workbook';
import type { HostInfo } from '../../src/studies';

const HOST: HostInfo = { kind: 'preview', bodyBackground: null, partitionKey: null, excelApi: null };
const SLOW = { timeout: 20_000 };

beforeEach(() => localStorage.clear());

test('the total formation field is marked, and entering it there analyses the table', async () => {
  const grid = exampleGrid();
  const withoutTotal = {
    ...grid,
    cells: grid.cells.map((row) => (row[0] === 'Totale formatie (fte)' ? row.map(() => null) : row)),
  };
  render(<App host={HOST} workbook={previewWorkbook(withoutTotal)} />);
  expect(
    (await screen.findByText(/De totale formatie van de organisatie ontbreekt/, undefined, SLOW)).textContent,
  ).toContain('35,96 fte');
  const field = screen.getByRole('textbox', { name: 'Totale formatie (fte)' });
  expect(field.getAttribute('aria-invalid')).toBe('true');
  expect(screen.getByText(/Vul de totale formatie van de hele organisatie in/).textContent).toContain(
    'overheadclusters',
  );
  fireEvent.change(field, { target: { value: '162,3' } });
  await screen.findByRole('heading', { name: 'Kolommen' }, SLOW);
  expect(screen.queryByText(/De totale formatie van de organisatie ontbreekt/)).toBeNull();
}, 60_000);
