/** @jest-environment jsdom */
// Jaren vergelijken in the pane: what the comparison leaves unpaired is a choice per cluster of
// year A (issue 13, item 8). The 2012 and 2017 tables of REPORT-TABLES.md as printed, with
// 2012's "Communicatie en Kwaliteitszorg" typed the other way round, so nothing pairs it.
import { act, configure, fireEvent, render, screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import type { CellGrid } from '../../src/engine/core/types';
import type { HostInfo } from '../../src/studies';
import { App } from '../../src/taskpane/App';
import { previewWorkbook } from '../../src/taskpane/preview-workbook';
import { grid2012, grid2017 } from '../fixtures/report-tables/tables';

configure({ asyncUtilTimeout: 20_000 });
jest.setTimeout(120_000);

const HOST: HostInfo = { kind: 'preview', bodyBackground: null, partitionKey: null, excelApi: null };

beforeEach(() => localStorage.clear());

function typedOtherWayRound(): CellGrid {
  const grid = grid2012({ label: 'Totale formatie Heemstede (fte)', value: '165,95' });
  const cells = grid.cells.map((row) =>
    row[0] === 'Communicatie en Kwaliteitszorg' ? ['Kwaliteitszorg en Communicatie', ...row.slice(1)] : [...row],
  );
  return { ...grid, cells };
}

async function click(name: string, role: 'tab' | 'button' = 'button') {
  await act(async () => {
    fireEvent.click(screen.getByRole(role, { name }));
  });
}

/** The sentences under "Zinnen"/"Sentences", with the pane's no-break spaces as plain ones. */
async function sentences(heading = 'Zinnen'): Promise<string[]> {
  const title = await screen.findByRole('heading', { name: heading });
  const list = title.nextElementSibling as HTMLElement;
  return within(list)
    .getAllByRole('listitem')
    .map((item) => (item.textContent ?? '').replace(/[\u00a0\u2011]/g, (c) => (c === '\u2011' ? '-' : ' ')));
}

async function openComparison() {
  const workbook = previewWorkbook(typedOtherWayRound(), [grid2017()]);
  const view = render(<App host={HOST} workbook={workbook} />);
  await click('Jaren vergelijken', 'tab');
  await screen.findAllByRole('option');
  return view;
}

function options(select: HTMLElement): string[] {
  return within(select)
    .getAllByRole('option')
    .map((o) => o.textContent ?? '');
}

describe('Jaren vergelijken: a choice for what stays unpaired', () => {
  test('2012 → 2017: pick Communicatie for the unpaired 2012 cluster; the sentence names the pairing', async () => {
    const { container } = await openComparison();
    await click('Lees en bekijk');
    const before = await sentences();
    expect(before[before.length - 1]).toBe(
      'Niet te vergelijken: Inkoop (alleen 2017); Communicatie (alleen 2017); Kwaliteitszorg en Communicatie (alleen 2012).',
    );
    const picker = screen.getByRole('combobox', { name: 'Kwaliteitszorg en Communicatie (2012) koppelen aan' });
    expect(options(picker)).toEqual(['niet koppelen', 'Inkoop (2017)', 'Communicatie (2017)']);
    expect((picker as HTMLSelectElement).value).toBe('');

    await act(async () => {
      fireEvent.change(picker, { target: { value: 'Communicatie' } });
    });
    const after = await screen.findByText(/^Zelf gekoppeld/);
    expect(after.textContent).toBe('Zelf gekoppeld: Communicatie (2017) met Kwaliteitszorg en Communicatie (2012).');
    const shown = await sentences();
    expect(shown[shown.length - 1]).toBe('Niet te vergelijken: Inkoop (alleen 2017).');
    // The pair is the same as --pair's: it stands in the field, and the comparison has its row.
    expect((screen.getByRole('textbox', { name: /Zelf koppelen/ }) as HTMLInputElement).value).toBe(
      'Kwaliteitszorg en Communicatie=Communicatie',
    );
    const table = screen.getByRole('table', { name: 'Jaren vergelijken' });
    const rows = within(table)
      .getAllByRole('row')
      .map((r) => r.textContent ?? '');
    // 2012: 2,80 against 2,0% × 165,95 = 3,32 fte is −16%; 2017: 2,76 against 2,76 + 0,9 = 3,66
    // is −25%; 9,0 points apart, within the 15 of "redelijk stabiel".
    expect(rows.find((r) => r.startsWith('Communicatie'))).toBe('Communicatie−16%−25%−9,0redelijk stabiel');
    // The hand pair can be undone from the same choice.
    const again = screen.getByRole('combobox', { name: 'Kwaliteitszorg en Communicatie (2012) koppelen aan' });
    expect((again as HTMLSelectElement).value).toBe('Communicatie');
    expect((await axe(container)).violations).toEqual([]);
    await act(async () => {
      fireEvent.change(again, { target: { value: '' } });
    });
    await screen.findByText(/Kwaliteitszorg en Communicatie \(alleen 2012\)/);
    expect(screen.queryByText(/^Zelf gekoppeld/)).toBeNull();
    expect((screen.getByRole('textbox', { name: /Zelf koppelen/ }) as HTMLInputElement).value).toBe('');
  });

  test('in English: the choice and its options in the pane’s language', async () => {
    await openComparison();
    fireEvent.click(screen.getByRole('switch', { name: 'English' }));
    await click('Compare years', 'tab');
    await screen.findAllByRole('option');
    await click('Read and preview');
    const picker = await screen.findByRole('combobox', { name: 'Pair Kwaliteitszorg en Communicatie (2012) with' });
    expect(options(picker)).toEqual(['do not pair', 'Inkoop (2017)', 'Communicatie (2017)']);
    await act(async () => {
      fireEvent.change(picker, { target: { value: 'Inkoop' } });
    });
    const paired = await screen.findByText(/^Paired by hand/);
    expect(paired.textContent).toBe('Paired by hand: Inkoop (2017) with Kwaliteitszorg en Communicatie (2012).');
  });
});
