/** @jest-environment jsdom */
// The task pane in the preview workbook: the numbers and sentences a user sees on each screen,
// and no accessibility violations (jest-axe).
import { act, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { App } from '../../src/taskpane/App';
import { exampleGrid, previewWorkbook } from '../../src/taskpane/preview-workbook';
import type { HostInfo, WorkbookPort } from '../../src/studies';

// The machine running the suites may be busy: rendering a result can take seconds.
configure({ asyncUtilTimeout: 20_000 });
jest.setTimeout(300_000);

const HOST: HostInfo = { kind: 'preview', bodyBackground: null, partitionKey: null, excelApi: null };

async function noViolations(container: HTMLElement) {
  const results = await axe(container);
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function startScreen() {
  const view = render(<App host={HOST} workbook={previewWorkbook()} />);
  await screen.findByRole('heading', { name: 'Kolommen' });
  return view;
}

beforeEach(() => localStorage.clear());

describe('start screen', () => {
  test('shows the recognised roles and the parameters with their source', async () => {
    const { container } = await startScreen();
    expect(screen.getByText('Tabel: Benchmark 2017!A4:E11').textContent).toBe('Tabel: Benchmark 2017!A4:E11');
    expect(screen.getByRole('combobox', { name: 'Rol van kolom "Formatie in fte"' }).textContent).toBe(
      'Formatie (fte)',
    );
    expect(screen.getByRole('combobox', { name: 'Rol van kolom "% van totale formatie"' }).textContent).toBe(
      'Norm fte: % van totale formatie',
    );
    expect(screen.getByRole('combobox', { name: 'Rol van kolom "Kostennorm referentiegroep"' }).textContent).toBe(
      'Kostennorm (bedrag)',
    );
    // The value in use stands in the field itself, its source as a badge beside it.
    expect((screen.getByRole('textbox', { name: 'Totale formatie (fte)' }) as HTMLInputElement).value).toBe('162,30');
    expect(screen.getByText('uit cel B2').className).toContain('fui-Badge');
    await noViolations(container);
  });

  test('an invalid parameter is named and blocks the analysis', async () => {
    await startScreen();
    fireEvent.change(screen.getByRole('textbox', { name: 'Inwoners' }), { target: { value: 'veel' } });
    expect((await screen.findByText('Vul een positief getal in, bijvoorbeeld 43.500 of 162,3.')).textContent).toBe(
      'Vul een positief getal in, bijvoorbeeld 43.500 of 162,3.',
    );
    expect(screen.getByRole('button', { name: 'Analyseer en schrijf naar blad' }).hasAttribute('disabled')).toBe(true);
  });

  test('a typed total formation is used instead of the cell', async () => {
    await startScreen();
    fireEvent.change(screen.getByRole('textbox', { name: 'Totale formatie (fte)' }), { target: { value: '200' } });
    expect((await screen.findByText('ingevoerd')).textContent).toBe('ingevoerd');
  });
});

describe('advanced settings', () => {
  test('a materiality threshold in euros changes the aandachtspunten; the panel is accessible', async () => {
    const { container } = await startScreen();
    fireEvent.click(screen.getByRole('button', { name: 'Geavanceerd' }));
    fireEvent.change(await screen.findByRole('textbox', { name: /Materialiteit €/ }), { target: { value: '100.000' } });
    await noViolations(container);
    fireEvent.click(screen.getByRole('button', { name: 'Analyseer en schrijf naar blad' }));
    expect(
      (await screen.findByText('Aandachtspunten met hogere kosten: Inkoop (+€ 109.074; +155%).')).textContent,
    ).toBe('Aandachtspunten met hogere kosten: Inkoop (+€\u00a0109.074; +155%).');
  });
});

describe('results and what-if', () => {
  async function analysed() {
    const view = await startScreen();
    fireEvent.click(screen.getByRole('button', { name: 'Analyseer en schrijf naar blad' }));
    await screen.findByRole('heading', { name: 'Resultaat' });
    return view;
  }

  test('the results show the Dutch sentences, aandachtspunten and the table', async () => {
    const { container } = await analysed();
    expect(
      screen.getByText(
        'De 7 overheadclusters in deze tabel: 2% hogere kosten (+€ 0,1 miljoen) · 13% minder formatie (−5,4 fte).',
      ).textContent,
    ).toBe(
      'De 7 overheadclusters in deze tabel: 2% hogere kosten (+€\u00a00,1\u00a0miljoen) · 13% minder formatie (−5,4\u00a0fte).',
    );
    const higher = screen.getByRole('heading', { name: 'Aandachtspunten: hoger dan de referentie' }).parentElement;
    expect(within(higher as HTMLElement).getByText('Inkoop: +€ 109.074 (+155%)').textContent).toBe(
      'Inkoop: +€\u00a0109.074 (+155%)',
    );
    const table = screen.getByRole('table', { name: 'Afwijkingen per cluster' });
    const firstRow = within(table).getAllByRole('row')[1];
    expect(firstRow?.textContent).toBe('Inkoop−0,1\u00a0fte−18%+€\u00a0109.074+155%');
    await noViolations(container);
  });

  test('what-if: one fte change updates the numbers and sentences at once', async () => {
    const { container } = await analysed();
    fireEvent.click(screen.getByRole('tab', { name: 'Wat als' }));
    const spin = screen.getByRole('spinbutton', { name: 'Formatie Informatisering en Automatisering (fte)' });
    await act(async () => {
      fireEvent.change(spin, { target: { value: '11,74' } });
      fireEvent.blur(spin);
    });
    await waitFor(() =>
      expect(
        screen.getAllByText(
          'De 7 overheadclusters in deze tabel: 2% hogere kosten (+€ 0,1 miljoen) · 8% minder formatie (−3,4 fte).',
        ).length,
      ).toBeGreaterThan(0),
    );
    const table = screen.getByRole('table', { name: 'Afwijkingen per cluster' });
    expect(within(table).getByText('+0,5 fte').textContent).toBe('+0,5\u00a0fte');
    await noViolations(container);
  });

  test('English when the user switches, and the choice is remembered', async () => {
    await analysed();
    fireEvent.click(screen.getByRole('switch', { name: 'English' }));
    expect(
      (
        await screen.findByText(
          'The 7 overhead clusters in this table: 2% higher costs (+€0.1 million) · 13% less staffing (−5.4 FTE).',
        )
      ).textContent,
    ).toBe(
      'The 7 overhead clusters in this table: 2% higher costs (+€0.1\u00a0million) · 13% less staffing (−5.4\u00a0FTE).',
    );
    expect(localStorage.getItem('ijkpunt:language')).toBe('en');
  });
});

describe('the pane follows the sheet', () => {
  test('a user edit of an fte cell in the sheet refreshes the results', async () => {
    let grid = exampleGrid();
    let notify: (() => void) | null = null;
    const base = previewWorkbook();
    const workbook: WorkbookPort = {
      ...base,
      readTable: async () => ({
        sheet: grid.sheet,
        used: grid,
        table: grid,
        selection: 'A5',
        excelTable: null,
        remembered: null,
        kept: null,
      }),
      watch: async (_sheet, input, onEdit) => {
        expect(input).toBe('A4:E11');
        notify = onEdit;
        return async () => undefined;
      },
    };
    render(<App host={HOST} workbook={workbook} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Analyseer en schrijf naar blad' }));
    await screen.findByText(
      'De 7 overheadclusters in deze tabel: 2% hogere kosten (+€ 0,1 miljoen) · 13% minder formatie (−5,4 fte).',
    );
    // The user types 11,74 into B10 (Informatisering en Automatisering) in Excel.
    grid = { ...grid, cells: grid.cells.map((row, r) => (r === 9 ? row.map((v, c) => (c === 1 ? 11.74 : v)) : row)) };
    await act(async () => notify?.());
    expect(
      (
        await screen.findByText(
          'De 7 overheadclusters in deze tabel: 2% hogere kosten (+€ 0,1 miljoen) · 8% minder formatie (−3,4 fte).',
        )
      ).textContent,
    ).toBe(
      'De 7 overheadclusters in deze tabel: 2% hogere kosten (+€\u00a00,1\u00a0miljoen) · 8% minder formatie (−3,4\u00a0fte).',
    );
  });
});

describe('tables on the sheet', () => {
  test('the pane lists the Excel tables and analyses the one picked', async () => {
    const requested: (string | undefined)[] = [];
    const base = previewWorkbook();
    const workbook: WorkbookPort = {
      ...base,
      listTables: async () => ['Overhead2017'],
      readTable: async (tableName) => {
        requested.push(tableName);
        return base.readTable(tableName);
      },
    };
    const { container } = render(<App host={HOST} workbook={workbook} />);
    const picker = await screen.findByRole('combobox', { name: 'Excel-tabel' });
    expect(picker.textContent).toBe('De tabel bij de selectie');
    await noViolations(container);
    fireEvent.click(picker);
    fireEvent.click(await screen.findByRole('option', { name: 'Overhead2017' }));
    await waitFor(() => expect(requested).toContain('Overhead2017'));
  });
});
