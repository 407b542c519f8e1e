/** @jest-environment jsdom */
// "Kopieer zinnen" in the benchmark's results on the preview workbook: the sentences and
// aandachtspunten go to a mocked clipboard as plain text and as an HTML list for Word; without
// the Clipboard API (Office on the web may refuse it) the copy command is used instead.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { previewWorkbook } from '../../src/taskpane/preview-workbook';
import type { HostInfo } from '../../src/studies';

const HOST: HostInfo = { kind: 'preview', bodyBackground: null, partitionKey: null, excelApi: null };

/** What a ClipboardItem was given, per type. */
class RecordedItem {
  constructor(readonly items: Record<string, Blob>) {}
}

function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });
}

/** A busy machine (CI) may take seconds for the first read and the run. */
const SLOW = { timeout: 20_000 };

async function results() {
  render(<App host={HOST} workbook={previewWorkbook()} />);
  fireEvent.click(await screen.findByRole('button', { name: 'Analyseer en schrijf naar blad' }, SLOW));
  await screen.findByRole('heading', { name: 'Resultaat' }, SLOW);
}

/** The sentences as the pane shows them, its no-break spaces (no line break in a figure) as plain ones. */
const shownSentences = () =>
  Array.from(document.querySelectorAll('section[aria-labelledby="ijk-results"] li')).map((li) =>
    (li.textContent ?? '').replace(/\u00a0/g, ' '),
  );

beforeEach(() => localStorage.clear());
afterEach(() => {
  Reflect.deleteProperty(navigator, 'clipboard');
  Reflect.deleteProperty(window, 'ClipboardItem');
});

test('copies plain text and an HTML list with the sentences and aandachtspunten', async () => {
  const written: RecordedItem[][] = [];
  Object.defineProperty(window, 'ClipboardItem', { value: RecordedItem, configurable: true, writable: true });
  Object.defineProperty(navigator, 'clipboard', {
    value: { write: async (items: RecordedItem[]) => void written.push(items) },
    configurable: true,
  });
  await results();
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Kopieer zinnen' }));
  });
  // Its own live region says so (the pane's status region holds the run's outcome).
  const copiedText = 'De zinnen en aandachtspunten staan op het klembord; plak ze in Word of een e-mail.';
  const regions = await screen.findAllByRole('status');
  expect(regions.map((region) => region.textContent)).toContain(copiedText);
  const item = written[0]?.[0];
  const plain = await blobText(item?.items['text/plain'] as Blob);
  const html = await blobText(item?.items['text/html'] as Blob);
  const sentences = shownSentences();
  expect(sentences[0]).toBe(
    'De 7 overheadclusters in deze tabel: 2% hogere kosten (+€ 0,1 miljoen) · 13% minder formatie (−5,4 fte).',
  );
  for (const sentence of sentences) expect(plain).toContain(`• ${sentence}\n`);
  expect(plain.split('\n')[0]).toBe('Benchmark 2017: zinnen en aandachtspunten (IJkpunt)');
  expect(plain).toContain('• Inkoop: +€ 109.074 (+155%)');
  expect(html).toContain(
    '<ul><li>De 7 overheadclusters in deze tabel: 2% hogere kosten (+€ 0,1 miljoen) · 13% minder formatie (−5,4 fte).</li>',
  );
  expect(html).toContain('<li>Inkoop: +€ 109.074 (+155%)</li>');
  expect(html).toContain('Financiën &amp; Control (−€ 106.012; −14%)');
});

test('without the Clipboard API: the copy command on a selected text area, and a message if that fails too', async () => {
  const copied: string[] = [];
  const execCommand = jest.fn((command: string) => {
    const area = document.querySelector('textarea');
    if (command === 'copy' && area) copied.push(area.value);
    return copied.length === 1;
  });
  Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
  await results();
  const button = screen.getByRole('button', { name: 'Kopieer zinnen' });
  await act(async () => {
    fireEvent.click(button);
  });
  expect(execCommand).toHaveBeenCalledWith('copy');
  expect(copied[0]).toContain(`• ${shownSentences()[0]}`);
  expect(document.querySelector('textarea')).toBeNull();
  await act(async () => {
    fireEvent.click(button);
  });
  const failed = 'Kopiëren lukte niet. Selecteer de zinnen hierboven en kopieer ze met Ctrl+C.';
  expect(screen.getByText(failed).textContent).toBe(failed);
});
