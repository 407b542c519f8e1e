/** @jest-environment jsdom */
// Toelichting, "Uitleg bij cel" and "Bewaren als scenario" in the task pane, on the preview
// workbook (DOMAIN §3): what the advisor types reaches the sheet, the sentences and the
// aandachtspunten; a scenario never touches the original numbers.
import { act, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { App } from '../../src/taskpane/App';
import { exampleGrid, previewWorkbook } from '../../src/taskpane/preview-workbook';
import type { HostInfo, WorkbookPort } from '../../src/studies';

// The machine running the suites may be busy: rendering a result can take seconds.
configure({ asyncUtilTimeout: 20_000 });
jest.setTimeout(300_000);

const HOST: HostInfo = { kind: 'preview', bodyBackground: null, partitionKey: null, excelApi: null };

beforeEach(() => localStorage.clear());

/** The preview workbook, with its sheet's cells visible to the test and notes recorded. */
function recordingWorkbook(canExplain = false) {
  const base = previewWorkbook();
  const notes: { sheet: string; address: string; text: string }[] = [];
  const workbook: WorkbookPort = {
    ...base,
    canExplain,
    explain: async (sheet, address, text) => {
      notes.push({ sheet, address, text });
    },
  };
  /** The active sheet's cells as the workbook holds them now. */
  const sheetCells = async () => (await base.readTable()).used.cells;
  return { workbook, notes, sheetCells };
}

/** Fluent's tabs animate their indicator after a click: let that settle inside act. */
async function clickTab(name: string) {
  await act(async () => {
    fireEvent.click(screen.getByRole('tab', { name }));
  });
}

async function analysed(workbook: WorkbookPort) {
  const view = render(<App host={HOST} workbook={workbook} />);
  fireEvent.click(await screen.findByRole('button', { name: 'Analyseer en schrijf naar blad' }));
  await screen.findByRole('heading', { name: 'Resultaat' });
  return view;
}

describe('Toelichting', () => {
  test('an explanation is saved into a new Toelichting column and travels into the sentences', async () => {
    const { workbook, sheetCells } = recordingWorkbook();
    const { container } = await analysed(workbook);
    await clickTab('Toelichting');
    const field = screen.getByRole('textbox', { name: 'Toelichting bij Inkoop' });
    fireEvent.change(field, { target: { value: 'inhaalslag inkoopfunctie' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Toelichting opslaan in blad' }));
    });
    await screen.findByText('De toelichting staat in de kolom Toelichting; de zinnen en aandachtspunten noemen haar.');
    const cells = await sheetCells();
    expect(cells[3]?.[5]).toBe('Toelichting');
    expect(cells[6]?.[5]).toBe('inhaalslag inkoopfunctie');
    await clickTab('Resultaat');
    const higher = screen.getByRole('heading', { name: 'Aandachtspunten: hoger dan de referentie' }).parentElement;
    expect(
      within(higher as HTMLElement).getByText('Inkoop: +€ 109.074 (+155%) — toelichting: inhaalslag inkoopfunctie')
        .textContent,
    ).toContain('inhaalslag');
    expect(screen.getAllByText(/Inkoop \(\+€ 109\.074; \+155%; toelichting: inhaalslag inkoopfunctie\)/).length).toBe(
      1,
    );
    expect((await axe(container)).violations).toEqual([]);
  });

  test('undo takes the explanation out of the sheet again', async () => {
    const { workbook, sheetCells } = recordingWorkbook();
    await analysed(workbook);
    await clickTab('Toelichting');
    fireEvent.change(screen.getByRole('textbox', { name: 'Toelichting bij Inkoop' }), { target: { value: 'x' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Toelichting opslaan in blad' }));
    });
    await screen.findByText(/De toelichting staat in de kolom Toelichting/);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Toelichting ongedaan maken' }));
    });
    await screen.findByText('De laatste wijziging is ongedaan gemaakt.');
    const cells = await sheetCells();
    expect([cells[3]?.[5] ?? null, cells[6]?.[5] ?? null]).toEqual([null, null]);
  });

  test('"Uitleg bij cel" is hidden where notes are unavailable, and writes the computation where they are', async () => {
    const hidden = recordingWorkbook(false);
    const first = await analysed(hidden.workbook);
    await clickTab('Toelichting');
    expect(screen.queryByRole('button', { name: /Uitleg bij cel/ })).toBeNull();
    first.unmount();

    const { workbook, notes } = recordingWorkbook(true);
    await analysed(workbook);
    await clickTab('Toelichting');
    await act(async () => {
      fireEvent.click(
        screen.getByRole('button', {
          name: 'Uitleg bij cel: zet in een notitie hoe de afwijking van Inkoop is berekend',
        }),
      );
    });
    expect(notes).toHaveLength(1);
    expect(notes[0]?.text.split('\n')[0]).toBe(
      'Afwijking kosten (€) Inkoop = eigen − norm = 179.540 − 70.466 = +109.074.',
    );
    expect((await screen.findByText(/^Cel [A-Z]+7 heeft nu een notitie met de berekening\.$/)).textContent).toContain(
      notes[0]?.address ?? '?',
    );
  });
});

describe('Bewaren als scenario', () => {
  test('the tried formation becomes a scenario column; the original fte cells stay as they were', async () => {
    const { workbook, sheetCells } = recordingWorkbook();
    await analysed(workbook);
    await clickTab('Wat als');
    const spin = screen.getByRole('spinbutton', { name: 'Formatie Informatisering en Automatisering (fte)' });
    await act(async () => {
      fireEvent.change(spin, { target: { value: '11,74' } });
      fireEvent.blur(spin);
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Bewaren als scenario' }));
    });
    await screen.findByText(
      'Scenario 1 staat als nieuwe kolom naast de tabel; de oorspronkelijke cijfers zijn niet veranderd.',
    );
    const cells = await sheetCells();
    expect(cells[3]?.[5]).toBe('Scenario 1: fte');
    expect(cells[9]?.[5]).toBe(11.74);
    expect(cells[9]?.[1]).toBe(exampleGrid().cells[9]?.[1]);
    await waitFor(() =>
      expect(
        screen.getAllByText(
          'De 7 overheadclusters in deze tabel: 2% hogere kosten (+€ 0,1 miljoen) · 13% minder formatie (−5,4 fte).',
        ).length,
      ).toBe(1),
    );
  });
});

describe('the Excel table under the selection', () => {
  test('the start screen names it and says IJkpunt adds its columns to it', async () => {
    const base = previewWorkbook();
    const workbook: WorkbookPort = {
      ...base,
      readTable: async (name) => ({ ...(await base.readTable(name)), excelTable: 'Overhead2017' }),
    };
    render(<App host={HOST} workbook={workbook} />);
    expect(
      (await screen.findByText('Tabel Overhead2017 onder de selectie: IJkpunt voegt zijn kolommen aan deze tabel toe.'))
        .textContent,
    ).toContain('Overhead2017');
  });
});
