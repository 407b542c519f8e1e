/** @jest-environment jsdom */
// The Zelftest in the pane: in the preview it runs against the in-memory workbook and every line
// is geslaagd; the copy button copies the plain-text report for the helpdesk; a failed line shows
// Excel's error.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { App } from '../../src/taskpane/App';
import { previewWorkbook } from '../../src/taskpane/preview-workbook';
import type { HostInfo, SelfTestReport, WorkbookPort } from '../../src/studies';

const PREVIEW: HostInfo = { kind: 'preview', bodyBackground: null, partitionKey: null, excelApi: null };

beforeEach(() => localStorage.clear());

async function runSelfTest(workbook: WorkbookPort, host: HostInfo = PREVIEW) {
  const view = render(<App host={host} workbook={workbook} />);
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Zelftest' }));
  });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Zelftest uitvoeren' }));
  });
  const list = await screen.findByRole('list', { name: 'Zelftest' });
  return {
    view,
    lines: within(list)
      .getAllByRole('listitem')
      .map((item) => item.textContent),
  };
}

describe('the Zelftest in the pane', () => {
  test('in the preview every capability is geslaagd, and the pane says it tested the example, not Excel', async () => {
    const { view, lines } = await runSelfTest(previewWorkbook());
    expect(lines).toEqual([
      'Tijdelijk werkblad toevoegen en weer verwijderen: geslaagd',
      'Lezen (gebruikt bereik, waarden en soorten): geslaagd',
      'Formules in R1C1, één formule en opmaak naar veel cellen: geslaagd',
      'Gedefinieerde namen: geslaagd',
      'Voorwaardelijke opmaak met prioriteit: geslaagd',
      'Grafieken met eigen reeksen, namen en kleuren: geslaagd',
      'Excel-tabel verbreden: geslaagd',
      'Keuzelijst uit een cellenbereik: geslaagd',
      'Notities (Uitleg bij cel): geslaagd',
      'Wijzigingen volgen, gebeurtenissen uit en weer aan: geslaagd',
      'Eigen wijzigingen herkennen (triggerSource): geslaagd',
      'Onthouden in de werkmap (instellingen): geslaagd',
      'Status in aangepast XML-onderdeel: geslaagd',
      'Exact ongedaan maken (tekst, "0123", "-3 fte", formule): geslaagd',
    ]);
    expect(screen.getByText('14 geslaagd, 0 mislukt, 0 niet beschikbaar').textContent).toBe(
      '14 geslaagd, 0 mislukt, 0 niet beschikbaar',
    );
    expect(screen.getByText(/test de Zelftest het werkgeheugen van het voorbeeld, niet Excel/).textContent).toBe(
      'In de voorbeeldmodus test de Zelftest het werkgeheugen van het voorbeeld, niet Excel. Start hem in Excel om uw Office-versie te controleren.',
    );
    const results = await axe(view.container);
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });

  test('the copy button copies the report: host, platform, Office version, ExcelApi and every line', async () => {
    const writeText = jest.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    try {
      await runSelfTest(previewWorkbook());
      await act(async () => {
        fireEvent.click(screen.getByRole('button', { name: 'Kopieer rapport' }));
      });
      expect(writeText).toHaveBeenCalledTimes(1);
      const text = (writeText.mock.calls[0]?.[0] ?? '').split('\n');
      expect(text.slice(0, 5)).toEqual([
        'IJkpunt Zelftest',
        'Toepassing: preview',
        'Platform: browser',
        'Office-versie: onbekend',
        'ExcelApi: onbekend',
      ]);
      expect(text).toContain('Notities (Uitleg bij cel): geslaagd');
      expect(text.filter((line) => line.endsWith(': geslaagd'))).toHaveLength(14);
      expect(text[text.length - 1]).toBe('14 geslaagd, 0 mislukt, 0 niet beschikbaar');
      expect(screen.queryAllByText('Rapport gekopieerd: plak het in uw melding aan de helpdesk.')).toHaveLength(1);
    } finally {
      Reflect.deleteProperty(navigator, 'clipboard');
    }
  });

  test("a failed line shows Excel's error; where copying is refused the report is shown to copy by hand", async () => {
    const report: SelfTestReport = {
      host: 'Excel',
      platform: 'OfficeOnline',
      officeVersion: '16.0.19822.20000',
      excelApi: '1.17',
      lines: [
        { capability: 'read', requirement: '1.4', outcome: { kind: 'passed' } },
        {
          capability: 'charts',
          requirement: '1.7',
          outcome: { kind: 'failed', code: 'InvalidArgument', message: 'Het argument is ongeldig.' },
        },
        { capability: 'notes', requirement: '1.18', outcome: { kind: 'unavailable' } },
      ],
    };
    const workbook: WorkbookPort = { ...previewWorkbook(), kind: 'excel', selfTest: async () => report };
    const { lines } = await runSelfTest(workbook, { ...PREVIEW, kind: 'excel', excelApi: '1.17' });
    expect(lines).toEqual([
      'Lezen (gebruikt bereik, waarden en soorten): geslaagd',
      'Grafieken met eigen reeksen, namen en kleuren: mislukt: InvalidArgument — Het argument is ongeldig.',
      'Notities (Uitleg bij cel): niet beschikbaar: vereist ExcelApi 1.18',
    ]);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Kopieer rapport' }));
    });
    const shown = (screen.getByRole('textbox', { name: 'Rapport voor de helpdesk' }) as HTMLTextAreaElement).value;
    expect(shown.split('\n').slice(1, 5)).toEqual([
      'Toepassing: Excel',
      'Platform: OfficeOnline',
      'Office-versie: 16.0.19822.20000',
      'ExcelApi: 1.17',
    ]);
    expect(shown).toContain(
      'Grafieken met eigen reeksen, namen en kleuren (ExcelApi 1.7): mislukt: InvalidArgument — Het argument is ongeldig.',
    );
  });
});
