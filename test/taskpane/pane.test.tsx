/** @jest-environment jsdom */
// The pane as issue 17 asks: Wat als refuses a negative or unreadable formation, undo takes back
// exactly the last action and names it, focus goes to the outcome (a live region), controls are
// labelled in Dutch, <html lang> follows the language, the value in use stands in its field,
// and warnings come grouped after the results.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { previewWorkbook } from '../../src/taskpane/preview-workbook';
import type { HostInfo } from '../../src/studies';

jest.setTimeout(90_000);

const HOST: HostInfo = { kind: 'preview', bodyBackground: null, partitionKey: null, excelApi: null };
const WAIT = { timeout: 20_000 };

beforeEach(() => localStorage.clear());

async function click(name: string, role: 'tab' | 'button' = 'button') {
  await act(async () => {
    fireEvent.click(screen.getByRole(role, { name }));
  });
}

async function analysed() {
  const workbook = previewWorkbook();
  const view = render(<App host={HOST} workbook={workbook} />);
  await screen.findByRole('heading', { name: 'Kolommen' }, WAIT);
  await click('Analyseer en schrijf naar blad');
  await screen.findByRole('heading', { name: 'Resultaat' }, WAIT);
  return { ...view, workbook };
}

async function typeFte(name: string, text: string) {
  const spin = screen.getByRole('spinbutton', { name: `Formatie ${name} (fte)` });
  await act(async () => {
    fireEvent.change(spin, { target: { value: text } });
    fireEvent.blur(spin);
  });
  return spin;
}

describe('Wat als', () => {
  test('−3 fte is refused with a Dutch message and cannot be applied', async () => {
    await analysed();
    await click('Wat als', 'tab');
    await typeFte('Inkoop', '-3');
    expect(screen.getByText('Vul een formatie van 0 fte of meer in.').textContent).toBe(
      'Vul een formatie van 0 fte of meer in.',
    );
    expect(screen.getByRole('button', { name: 'Toepassen in blad' }).hasAttribute('disabled')).toBe(true);
    await typeFte('Inkoop', 'veel');
    expect(screen.getByText('Vul een getal in, bijvoorbeeld 11,74.').textContent).toBe(
      'Vul een getal in, bijvoorbeeld 11,74.',
    );
    // A good value clears the message and is tried at once.
    await typeFte('Informatisering en Automatisering', '11,74');
    await typeFte('Inkoop', '0,3');
    expect(screen.queryByText('Vul een getal in, bijvoorbeeld 11,74.')).toBeNull();
    expect(screen.getByRole('button', { name: 'Toepassen in blad' }).hasAttribute('disabled')).toBe(false);
  });

  test('the spin buttons say in Dutch what they do', async () => {
    await analysed();
    await click('Wat als', 'tab');
    expect(screen.getByRole('button', { name: 'Inkoop: 0,1 fte meer' }).tagName).toBe('BUTTON');
    expect(screen.getByRole('button', { name: 'Inkoop: 0,1 fte minder' }).tagName).toBe('BUTTON');
    expect(screen.queryByRole('button', { name: /Increment value|Decrement value/ })).toBeNull();
  });

  test('undo after Toepassen in blad takes back only the what-if values; the analysis stays', async () => {
    const { workbook } = await analysed();
    await click('Wat als', 'tab');
    await typeFte('Informatisering en Automatisering', '11,74');
    await click('Toepassen in blad');
    const applied = await screen.findByText(/De wijzigingen staan in het blad/, undefined, WAIT);
    // Focus went to the outcome, in a live region (not to the page body).
    const status = applied.closest('[role="status"]');
    expect(status?.getAttribute('aria-live')).toBe('polite');
    expect(document.activeElement).toBe(status);
    const fteCell = async () => (await workbook.readTable()).table.cells[9]?.[1];
    expect(await fteCell()).toBe(11.74);

    await click('Wat als ongedaan maken');
    await screen.findByText('De Wat-als-wijziging is ongedaan gemaakt; de analyse blijft staan.', undefined, WAIT);
    expect(await fteCell()).toBe(9.74);
    // Still on the analysis: its results and the run's own undo.
    expect(screen.getByRole('heading', { name: 'Resultaat' }).textContent).toBe('Resultaat');
    expect(
      screen.getAllByText(
        'De 7 overheadclusters in deze tabel: 2% hogere kosten (+€ 0,1 miljoen) · 13% minder formatie (−5,4 fte).',
      ).length,
    ).toBeGreaterThan(0);
    await click('Analyse ongedaan maken');
    await screen.findByRole('heading', { name: 'Kolommen' }, WAIT);
  });
});

describe('focus, language and values in use', () => {
  test('after analysing, the focus is on the announced outcome', async () => {
    await analysed();
    const status = document.activeElement as HTMLElement;
    expect(status.getAttribute('role')).toBe('status');
    expect(status.textContent).toContain('Voorbeeld');
  });

  test('<html lang> follows the pane language', async () => {
    render(<App host={HOST} workbook={previewWorkbook()} />);
    await screen.findByRole('heading', { name: 'Kolommen' }, WAIT);
    expect(document.documentElement.lang).toBe('nl');
    await act(async () => {
      fireEvent.click(screen.getByRole('switch', { name: 'English' }));
    });
    expect(document.documentElement.lang).toBe('en');
  });

  test('Totale formatie shows 162,30 in the field, with "uit cel B2" as its badge', async () => {
    render(<App host={HOST} workbook={previewWorkbook()} />);
    await screen.findByRole('heading', { name: 'Kolommen' }, WAIT);
    const field = screen.getByRole('textbox', { name: 'Totale formatie (fte)' }) as HTMLInputElement;
    expect(field.value).toBe('162,30');
    expect(screen.getByText('uit cel B2').className).toContain('fui-Badge');
    fireEvent.change(field, { target: { value: '200' } });
    expect(field.value).toBe('200');
    expect((await screen.findByText('ingevoerd')).className).toContain('fui-Badge');
  });
});

describe('warnings grouped', () => {
  test('Samenwerking: three notices (one of 17 cells) after the sentences, not 19 before them', async () => {
    render(<App host={HOST} workbook={previewWorkbook()} />);
    await click('Samenwerking', 'tab');
    await screen.findAllByRole('option', undefined, WAIT);
    await click('Lees en bekijk');
    const heading = await screen.findByRole('heading', { name: 'Zinnen' }, WAIT);
    const bars = [...document.querySelectorAll('.fui-MessageBar')].filter((bar) =>
      bar.textContent?.startsWith('Let op'),
    );
    expect(bars).toHaveLength(3);
    const grouped = bars.find((bar) => bar.textContent?.startsWith('Let op (17×)'));
    expect(grouped?.textContent).toContain('Cel … bevat een getal als tekst');
    expect(within(grouped as HTMLElement).getByText('Toon de 17 cellen').tagName).toBe('SUMMARY');
    expect(within(grouped as HTMLElement).getAllByRole('listitem', { hidden: true })[0]?.textContent).toBe('E5');
    // Each warning after the results it qualifies.
    for (const bar of bars)
      expect(heading.compareDocumentPosition(bar) & Node.DOCUMENT_POSITION_FOLLOWING).toBe(
        Node.DOCUMENT_POSITION_FOLLOWING,
      );
    // One warning alone keeps its cell once: no "Cel E7: Cel E7 …".
    expect(bars.some((bar) => /Cel (E\d+): Cel \1/.test(bar.textContent ?? ''))).toBe(false);
  });
});
