/** @jest-environment jsdom */
// The study tabs of the task pane on the preview workbook (the bundled examples): read →
// preview → write → undo for Samenwerking, Jaren vergelijken and Formatiewens, the new criteria
// sheet, a bad option named in Dutch, English, and no accessibility violations.
import { act, configure, fireEvent, render, screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import type { WritePlan } from '../../src/plan/format';
import type { HostInfo, WorkbookPort } from '../../src/studies';
import { App } from '../../src/taskpane/App';
import { previewWorkbook } from '../../src/taskpane/preview-workbook';
import { SAMENWERKING_FACTSHEETS } from '../fixtures/samenwerking';

// The machine running the suites may be busy: rendering a result can take seconds.
configure({ asyncUtilTimeout: 20_000 });
jest.setTimeout(120_000);

const HOST: HostInfo = { kind: 'preview', bodyBackground: null, partitionKey: null, excelApi: null };

beforeEach(() => localStorage.clear());

function recording() {
  const base = previewWorkbook();
  const writes: (readonly WritePlan[])[] = [];
  let undone = 0;
  const workbook: WorkbookPort = {
    ...base,
    writeStudy: async (plans, options) => {
      writes.push(plans);
      return base.writeStudy(plans, options);
    },
    undo: async (point) => {
      undone += 1;
      return base.undo(point);
    },
  };
  return { workbook, writes, undone: () => undone };
}

async function click(name: string, role: 'tab' | 'button' = 'button') {
  await act(async () => {
    fireEvent.click(screen.getByRole(role, { name }));
  });
}

/** The sentences the pane shows under "Zinnen" / "Sentences", in order, once they are there. */
async function sentences(heading = 'Zinnen'): Promise<string[]> {
  const title = await screen.findByRole('heading', { name: heading });
  const list = title.nextElementSibling;
  return list
    ? within(list as HTMLElement)
        .getAllByRole('listitem')
        .map((item) => item.textContent ?? '')
    : [];
}

/** The texts of the message bars (notices) now shown, in order. */
function messages(): string[] {
  return [...document.querySelectorAll('.fui-MessageBar')].map((bar) => bar.textContent ?? '');
}

async function openStudy(tab: string, workbook: WorkbookPort) {
  const view = render(<App host={HOST} workbook={workbook} />);
  await click(tab, 'tab');
  await screen.findByRole('heading', { name: tab });
  // The sheet list arrives from the workbook.
  await screen.findAllByRole('option');
  return view;
}

describe('Samenwerking', () => {
  test('read → preview → write (scorecard and six factsheets) → undo', async () => {
    const { workbook, writes, undone } = recording();
    const { container } = await openStudy('Samenwerking', workbook);
    expect((screen.getByRole('combobox', { name: 'Blad' }) as HTMLSelectElement).value).toBe('Toetsingscriteria');
    await click('Lees en bekijk');
    const shown = await sentences();
    expect(shown).toHaveLength(13);
    expect(shown[0]).toBe(
      "Informatisering: personeelskosten +6% t.o.v. nul-lijn 2018\u20112020 (verslechterd); inhuur −46% (verbeterd); formatie (fte) +2% (gelijk); MTO: samenwerking met collega's van de andere gemeente +11% (verbeterd).",
    );
    const teams = screen.getByRole('table', { name: 'Samenwerking' });
    expect(within(teams).getAllByRole('row')[1]?.textContent).toBe('Informatisering2110overwegend verbeterd');
    // The missing explanation is a warning naming the cell.
    expect(messages()).toContain(
      'Let opCel E7: Informatisering, Personeelskosten: +6% t.o.v. de nul-lijn zonder toelichting. De raad vraagt een toelichting wanneer het takenpakket groeide.',
    );
    await click('Schrijf naar blad');
    expect(writes[0]?.map((p) => p.sheet)).toEqual(['Toetsingscriteria', ...SAMENWERKING_FACTSHEETS]);
    expect(messages()).toContain(
      'Voorbeeld: in Excel schrijft IJkpunt dit in het blad, als formules en met opmaak, met een factsheet per team.',
    );
    await click('Ongedaan maken');
    expect(undone()).toBe(1);
    expect(messages()).toContain('Ongedaan gemaakt.');
    expect((await axe(container)).violations).toEqual([]);
  });

  test('another baseline and no factsheets; a bad baseline is refused in Dutch', async () => {
    const { workbook, writes } = recording();
    await openStudy('Samenwerking', workbook);
    fireEvent.change(screen.getByRole('textbox', { name: /Jaren van de nul-lijn/ }), {
      target: { value: 'vorig jaar' },
    });
    await click('Lees en bekijk');
    expect(messages()).toContain('Geef de jaren van de nul-lijn als 2018, 2019, 2020 of 2018-2020.');
    expect(writes).toEqual([]);
    fireEvent.change(screen.getByRole('textbox', { name: /Jaren van de nul-lijn/ }), {
      target: { value: '2019-2020' },
    });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Ook een factsheet per team' }));
    await click('Lees en bekijk');
    expect((await sentences())[0]).toMatch(
      /^Informatisering: personeelskosten \+4% t\.o\.v\. nul-lijn 2019\u20112020 \(gelijk\)/,
    );
    await click('Schrijf naar blad');
    expect(writes[0]?.map((p) => p.sheet)).toEqual(['Toetsingscriteria']);
  });

  test('"Nieuw toetsingskader" writes the template sheet', async () => {
    const { workbook, writes } = recording();
    await openStudy('Samenwerking', workbook);
    await click('Nieuw toetsingskader');
    expect(writes[0]).toHaveLength(1);
    expect(writes[0]?.[0]).toMatchObject({ sheet: 'Toetsingskader', handOver: true });
    expect(messages()).toContain(
      'Blad Toetsingskader toegevoegd: zes teams, vier criteria met voorgestelde indicatoren en keuzelijsten. Vul de waarden in en kies daarna dat blad.',
    );
  });
});

describe('Jaren vergelijken', () => {
  test('2012 against 2017 by default: trends, unmatched clusters, the comparison sheet', async () => {
    const { workbook, writes } = recording();
    const { container } = await openStudy('Jaren vergelijken', workbook);
    expect((screen.getByRole('combobox', { name: 'Eerste jaar (A)' }) as HTMLSelectElement).value).toBe(
      'Benchmark 2012',
    );
    expect((screen.getByRole('combobox', { name: 'Tweede jaar (B)' }) as HTMLSelectElement).value).toBe(
      'Benchmark 2017',
    );
    await click('Lees en bekijk');
    const shown = await sentences();
    expect(shown[shown.length - 1]).toBe(
      'Niet te vergelijken: Inkoop (alleen 2017); Documentaire informatievoorziening (alleen 2012).',
    );
    const table = screen.getByRole('table', { name: 'Jaren vergelijken' });
    expect(within(table).getAllByRole('row')[1]?.textContent).toBe('Juridische Zaken+20%+37%+16,7toename');
    await click('Schrijf naar blad');
    expect(writes[0]?.map((p) => p.sheet)).toEqual(['Vergelijking 2012-2017']);
    expect((await axe(container)).violations).toEqual([]);
  });

  test('the same sheet twice is refused', async () => {
    const { workbook } = recording();
    await openStudy('Jaren vergelijken', workbook);
    fireEvent.change(screen.getByRole('combobox', { name: 'Eerste jaar (A)' }), {
      target: { value: 'Benchmark 2017' },
    });
    await click('Lees en bekijk');
    expect(messages()).toContain('Kies twee verschillende bladen.');
    expect(screen.queryByRole('heading', { name: 'Zinnen' })).toBeNull();
  });
});

describe('Formatiewens', () => {
  test('gaps per theme and in total, in English too', async () => {
    const { workbook, writes } = recording();
    await openStudy('Formatiewens', workbook);
    await click('Lees en bekijk');
    const shown = await sentences();
    expect([shown[0], shown[shown.length - 1]]).toEqual([
      'Sociaal domein – strategisch beleid: 5\u20116\u00a0fte gewenst, 2,0 aanwezig: tekort 3\u20114\u00a0fte.',
      'Totaal: 17\u201122\u00a0fte gewenst, 12,6 aanwezig: tekort 4,4\u20119,4\u00a0fte.',
    ]);
    await click('Schrijf naar blad');
    expect(writes[0]?.[0]?.columns.map((c) => c.header)).toEqual([
      'Gewenst laag (fte)',
      'Gewenst hoog (fte)',
      'Lacune laag (fte)',
      'Lacune hoog (fte)',
      'Beoordeling',
    ]);
    fireEvent.click(screen.getByRole('switch', { name: 'English' }));
    await click('Desired staffing', 'tab');
    await screen.findAllByRole('option');
    await click('Read and preview');
    const english = await sentences('Sentences');
    expect(english[english.length - 1]).toBe(
      'Total: 17\u201122\u00a0FTE desired, 12.6 present: shortage 4.4\u20119.4\u00a0FTE.',
    );
  });
});
