/** @jest-environment jsdom */
// Every ARIA reference in the pane points at an element that is there: a MessageBar without a
// title used to name itself by a title id that was never rendered (axe: aria-valid-attr-value,
// which jest-axe only lists as "incomplete" in jsdom; Chromium's axe reports it, see
// test/browser/pane-narrow.test.ts).
import { configure, fireEvent, render, screen } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { previewWorkbook } from '../../src/taskpane/preview-workbook';
import type { HostInfo } from '../../src/studies';

configure({ asyncUtilTimeout: 20_000 });
jest.setTimeout(300_000);

const HOST: HostInfo = { kind: 'preview', bodyBackground: null, partitionKey: null, excelApi: null };
const REFERENCES = ['aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'aria-activedescendant'];

/** The references on the page whose id is not in the document: "div[aria-labelledby=fui-r2]". */
function dangling(): string[] {
  const missing: string[] = [];
  for (const attribute of REFERENCES) {
    for (const element of document.querySelectorAll(`[${attribute}]`)) {
      for (const id of (element.getAttribute(attribute) ?? '').split(/\s+/).filter(Boolean)) {
        if (!document.getElementById(id)) missing.push(`${element.tagName.toLowerCase()}[${attribute}=${id}]`);
      }
    }
  }
  return missing;
}

beforeEach(() => localStorage.clear());

test('on the start screen and the results, every aria reference resolves', async () => {
  render(<App host={HOST} workbook={previewWorkbook()} />);
  await screen.findByRole('heading', { name: 'Kolommen' });
  // The preview's own notice (a MessageBar without a title) is on screen.
  expect(document.querySelectorAll('.fui-MessageBar').length).toBeGreaterThan(0);
  expect(dangling()).toEqual([]);
  fireEvent.click(screen.getByRole('button', { name: 'Analyseer en schrijf naar blad' }));
  await screen.findByRole('heading', { name: 'Resultaat' });
  await screen.findByRole('figure', { name: 'Afwijking in kosten per cluster (€)' });
  expect(dangling()).toEqual([]);
});
