/** @jest-environment jsdom */
// A write that Excel refuses half-way (here: the write's batch fails) in the pane, on the typed
// fake: the pane says so in Dutch — nothing changed — and the sheet is indeed as it was, events on.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { TextEncoder } from 'util';
import type { HostInfo, WorkbookPort } from '../../src/studies';
import { App } from '../../src/taskpane/App';
import { exampleGrid } from '../../src/taskpane/preview-workbook';
import { createFake, fakeCells } from '../excel/fake-excel';
import { workbookOn } from '../support/excel-workbook';

// The fake measures each batch in bytes, with the TextEncoder Node has and jsdom lacks.
if (typeof globalThis.TextEncoder === 'undefined') Object.assign(globalThis, { TextEncoder });

const SHEET = 'Benchmark 2017';
const HOST: HostInfo = { kind: 'excel', bodyBackground: null, partitionKey: null, excelApi: '1.14' };

beforeEach(() => localStorage.clear());
jest.setTimeout(60_000);

test('the write fails in Excel: the pane says nothing changed, in Dutch, and nothing did', async () => {
  const { context, fake } = createFake({
    sheets: [{ name: SHEET, cells: fakeCells(exampleGrid()) }],
    active: SHEET,
    selected: 'A5',
    requirementSets: '1.14',
  });
  const port = workbookOn(context);
  let writeSyncs: number | null = null;
  // The write's own batch (the read is already known) fails as Excel would refuse it.
  const failing: WorkbookPort = {
    ...port,
    writeBenchmark: (read, write, options) => {
      writeSyncs = fake.syncs;
      fake.failOnSync(fake.syncs + 1);
      return port.writeBenchmark(read, write, options);
    },
  };
  try {
    render(<App host={HOST} workbook={failing} />);
    await screen.findByRole('heading', { name: 'Kolommen' }, { timeout: 20_000 });
    const before = { cells: fake.sheetFormulas(SHEET), settings: fake.settings, names: fake.names };
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Analyseer en schrijf naar blad' }));
    });
    await screen.findByText(
      'Er ging iets mis bij het schrijven naar het blad. Er is niets veranderd; probeer het opnieuw.',
      undefined,
      { timeout: 20_000 },
    );
    // The batch that failed was the write itself (IJkpunt's columns, names, charts and state).
    const failed = fake.requests[(writeSyncs ?? -2) as number];
    expect(failed?.bytes).toBeGreaterThan(10_000);
    expect({ cells: fake.sheetFormulas(SHEET), settings: fake.settings, names: fake.names }).toEqual(before);
    expect(fake.charts(SHEET)).toEqual([]);
    expect(fake.eventsEnabled).toBe(true);
  } finally {
    fake.dispose();
  }
});
