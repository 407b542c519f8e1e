/** @jest-environment jsdom */
// One user action, one read: a click of "Analyseer en schrijf naar blad" reads the sheet once,
// runs the benchmark once and analyses nothing again afterwards; the pane then shows the result
// of the run it wrote. Counted on the preview port and on the Excel port over the typed fake.
import { unbrokenFigures } from '../../src/i18n/pane';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { TextEncoder } from 'util';
import { analyseBenchmark, runBenchmark, type HostInfo, type WorkbookPort } from '../../src/studies';
import { App } from '../../src/taskpane/App';
import { exampleGrid, previewWorkbook } from '../../src/taskpane/preview-workbook';
import { createFake, fakeCells } from '../excel/fake-excel';
import { workbookOn } from '../support/excel-workbook';

jest.mock('../../src/studies', () => {
  const actual = jest.requireActual<typeof import('../../src/studies')>('../../src/studies');
  return { ...actual, runBenchmark: jest.fn(actual.runBenchmark), analyseBenchmark: jest.fn(actual.analyseBenchmark) };
});

// The fake measures each batch in bytes, with the TextEncoder Node has and jsdom lacks.
if (typeof globalThis.TextEncoder === 'undefined') Object.assign(globalThis, { TextEncoder });

const PREVIEW: HostInfo = { kind: 'preview', bodyBackground: null, partitionKey: null, excelApi: null };
const BEFORE =
  'De 7 overheadclusters in deze tabel: 2% hogere kosten (+€ 0,1 miljoen) · 13% minder formatie (−5,4 fte).';
const AFTER_EDIT =
  'De 7 overheadclusters in deze tabel: 2% hogere kosten (+€ 0,1 miljoen) · 8% minder formatie (−3,4 fte).';

beforeEach(() => localStorage.clear());

/** The preview port, recording which of its calls the pane makes. */
function countingWorkbook(base: WorkbookPort = previewWorkbook()) {
  const calls: string[] = [];
  const workbook: WorkbookPort = {
    ...base,
    readTable: async (name) => {
      calls.push('readTable');
      return base.readTable(name);
    },
    writeBenchmark: async (read, write, options) => {
      calls.push('writeBenchmark');
      return base.writeBenchmark(read, write, options);
    },
  };
  return { workbook, calls };
}

/** Forgets what the pane did before: from here on the calls of one action are counted. */
function startCounting(calls: string[]) {
  calls.length = 0;
  jest.mocked(runBenchmark).mockClear();
  jest.mocked(analyseBenchmark).mockClear();
}

async function click(name: string) {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
  });
}

describe('one read per user action', () => {
  test('"Analyseer en schrijf naar blad": one read, one run, one write, no second analysis', async () => {
    const { workbook, calls } = countingWorkbook();
    render(<App host={PREVIEW} workbook={workbook} />);
    await screen.findByRole('heading', { name: 'Kolommen' });
    startCounting(calls);
    await click('Analyseer en schrijf naar blad');
    await screen.findByRole('heading', { name: 'Resultaat' });
    expect(screen.getAllByText(BEFORE).length).toBeGreaterThan(0);
    expect(calls).toEqual(['readTable', 'writeBenchmark']);
    expect(jest.mocked(runBenchmark)).toHaveBeenCalledTimes(1);
    expect(jest.mocked(analyseBenchmark)).not.toHaveBeenCalled();
  });

  test('saving an explanation: one read and one run; the pane shows the run, without reading again', async () => {
    const { workbook, calls } = countingWorkbook();
    render(<App host={PREVIEW} workbook={workbook} />);
    await screen.findByRole('heading', { name: 'Kolommen' });
    await click('Analyseer en schrijf naar blad');
    await screen.findByRole('heading', { name: 'Resultaat' });
    await act(async () => {
      fireEvent.click(screen.getByRole('tab', { name: 'Toelichting' }));
    });
    fireEvent.change(screen.getByRole('textbox', { name: 'Toelichting bij Inkoop' }), {
      target: { value: 'inhaalslag inkoopfunctie' },
    });
    startCounting(calls);
    await click('Toelichting opslaan in blad');
    await screen.findByText('De toelichting staat in de kolom Toelichting; de zinnen en aandachtspunten noemen haar.');
    expect((screen.getByRole('textbox', { name: 'Toelichting bij Inkoop' }) as HTMLTextAreaElement).value).toBe(
      'inhaalslag inkoopfunctie',
    );
    expect(calls).toEqual(['readTable', 'writeBenchmark']);
    expect(jest.mocked(runBenchmark)).toHaveBeenCalledTimes(1);
    expect(jest.mocked(analyseBenchmark)).not.toHaveBeenCalled();
  });

  test('after the write the pane shows the result that was written, not its own earlier analysis', async () => {
    let grid = exampleGrid();
    const base = previewWorkbook();
    const workbook: WorkbookPort = {
      ...base,
      readTable: async (name) => ({ ...(await base.readTable(name)), used: grid, table: grid }),
    };
    render(<App host={PREVIEW} workbook={workbook} />);
    await screen.findByRole('heading', { name: 'Kolommen' });
    // The sheet changes while no event reaches the pane: 11,74 fte in B10.
    grid = { ...grid, cells: grid.cells.map((row, r) => (r === 9 ? row.map((v, c) => (c === 1 ? 11.74 : v)) : row)) };
    await click('Analyseer en schrijf naar blad');
    // The pane keeps figures on one line with no-break spaces (i18n/pane.ts).
    expect((await screen.findByText(AFTER_EDIT)).textContent).toBe(unbrokenFigures(AFTER_EDIT));
    expect(screen.queryByText(BEFORE)).toBeNull();
  });

  test('in Excel (the typed fake) the click costs three syncs: two to read, one to write', async () => {
    const { context, fake } = createFake({
      sheets: [{ name: 'Benchmark 2017', cells: fakeCells(exampleGrid()) }],
      active: 'Benchmark 2017',
      selected: 'A5',
      requirementSets: '1.14',
    });
    try {
      const { workbook, calls } = countingWorkbook(workbookOn(context));
      const host: HostInfo = { kind: 'excel', bodyBackground: null, partitionKey: null, excelApi: '1.14' };
      render(<App host={host} workbook={workbook} />);
      await screen.findByRole('heading', { name: 'Kolommen' });
      startCounting(calls);
      const before = fake.syncs;
      await click('Analyseer en schrijf naar blad');
      await screen.findByRole('heading', { name: 'Resultaat' });
      expect(screen.getAllByText(BEFORE).length).toBeGreaterThan(0);
      expect(calls).toEqual(['readTable', 'writeBenchmark']);
      expect(fake.syncs - before).toBe(3);
      expect(fake.cell('Benchmark 2017', 'G4').value).toBe('Norm fte');
      expect(jest.mocked(analyseBenchmark)).not.toHaveBeenCalled();
    } finally {
      fake.dispose();
    }
  });
});
