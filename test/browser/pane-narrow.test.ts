// The pane in Chromium at a task pane's widths (320 and 450 px), on every tab and sub-tab: the
// page never scrolls sideways, no table cell overlaps its neighbour or cuts its text, axe finds
// nothing. The preview opens a CSV and an .xlsx made here and downloads the annotated copy,
// which IJkpunt's own reader reads back. Analyse, what-if and undo by keyboard alone.
import { readFileSync } from 'fs';
import { join } from 'path';
import type { Page } from 'playwright-core';
import { packageFromCells } from '../../src/xlsx/new-package';
import { readPackage } from '../../src/xlsx/read';
import { zipParts } from '../../src/xlsx/zip';
import { exampleGrid } from '../../src/taskpane/preview-workbook';
import { buildForTests, ROOT } from '../support/build';
import { guard, launch, type Session } from '../support/browser';
import { serveFolder, type StaticServer } from '../support/static-server';
import { CHROMIUM, describeWithProgram } from '../support/system';

jest.setTimeout(240_000);

/** What is wrong with the layout now: sideways scrolling, cells over each other or cut off. */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) problems.push(`page ${root.scrollWidth} > ${root.clientWidth}`);
    for (const row of document.querySelectorAll('tr')) {
      const cells = [...row.children] as HTMLElement[];
      cells.forEach((cell, i) => {
        const style = getComputedStyle(cell);
        const clips = style.overflow !== 'visible' || style.textOverflow === 'ellipsis';
        if (clips && cell.scrollWidth > cell.clientWidth + 1) problems.push(`cut: ${cell.textContent}`);
        const box = cell.getBoundingClientRect();
        if (box.right > root.clientWidth + 1) problems.push(`outside: ${cell.textContent}`);
        const next = cells[i + 1]?.getBoundingClientRect();
        if (!next) return;
        const overlapX = Math.min(box.right, next.right) - Math.max(box.left, next.left);
        const overlapY = Math.min(box.bottom, next.bottom) - Math.max(box.top, next.top);
        if (overlapX > 1 && overlapY > 1) problems.push(`over: ${cell.textContent} / ${cells[i + 1]?.textContent}`);
      });
    }
    return problems;
  });
}

/**
 * What is wrong with the variance chart now: a name or value label reaching past the chart's
 * box, a label drawn over its own bar instead of beside its end, or rows over each other.
 */
async function chartProblems(page: Page): Promise<string[]> {
  return page.getByTestId('variance-chart').evaluate((root) => {
    const problems: string[] = [];
    const svg = root.querySelector('svg');
    if (!svg) return ['no chart'];
    const box = svg.getBoundingClientRect();
    const rows = [...svg.querySelectorAll('[role="listitem"]')];
    if (rows.length === 0) problems.push('no bars');
    let above = box.top;
    for (const row of rows) {
      const name = row.querySelector('[data-part="name"]')?.getBoundingClientRect();
      const label = row.querySelector('[data-part="label"]');
      const text = label?.getBoundingClientRect();
      const bar = row.querySelector('rect[fill]')?.getBoundingClientRect();
      if (!name || !text || !bar) {
        problems.push(`incomplete: ${row.getAttribute('aria-label')}`);
        continue;
      }
      for (const [what, r] of [
        ['name', name],
        ['label', text],
      ] as const) {
        if (
          r.left < box.left - 0.5 ||
          r.right > box.right + 0.5 ||
          r.top < box.top - 0.5 ||
          r.bottom > box.bottom + 0.5
        )
          problems.push(
            `${what} outside the chart: ${row.getAttribute('aria-label')} (${r.left}–${r.right} of ${box.left}–${box.right})`,
          );
      }
      const rise = label?.getAttribute('text-anchor') === 'start';
      if (rise ? text.left < bar.right - 0.5 : text.right > bar.left + 0.5)
        problems.push(`label over its bar: ${label?.textContent}`);
      if (name.top < above - 0.5) problems.push(`rows overlap at ${row.getAttribute('aria-label')}`);
      above = Math.max(text.bottom, bar.bottom);
    }
    return problems;
  });
}

const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/**
 * Every axe rule runs on the whole pane, the variance chart included. One kind of node is left
 * out by name: the focus sentinels Fluent's tabster puts around focus groups (<i tabindex="0"
 * aria-hidden="true" data-tabster-dummy>), which axe's aria-hidden-focus flags. Fluent closed
 * that report "by design" (microsoft/fluentui#27517), and Microsoft's own axe-based checker
 * drops exactly these nodes for that rule (microsoft/accessibility-insights-web#7605). The rule
 * stays on for everything else.
 */
function isTabsterSentinel(rule: string, html: string): boolean {
  return rule === 'aria-hidden-focus' && /^<i [^>]*data-tabster-dummy/.test(html);
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    type Node = { target: string[]; html: string; failureSummary?: string };
    const axe = (
      window as unknown as {
        axe: { run: (c: unknown) => Promise<{ violations: { id: string; nodes: Node[] }[] }> };
      }
    ).axe;
    const result = await axe.run(document);
    return result.violations.flatMap((v) =>
      v.nodes.map((n) => ({ id: v.id, html: n.html, where: n.target.join(' '), why: n.failureSummary ?? '' })),
    );
  });
  return violations
    .filter((v) => !isTabsterSentinel(v.id, v.html))
    .map((v) => `${v.id}: ${v.where} ${v.html.slice(0, 300)} (${v.why.replace(/\s+/g, ' ')})`);
}

/** Checks the screen now shows at `where`; collects the problems under its name. */
async function check(page: Page, where: string, found: Record<string, string[]>) {
  const problems = [...(await layoutProblems(page)), ...(await axeViolations(page))];
  if (problems.length > 0) found[where] = problems;
}

describeWithProgram('task pane at 320 and 450 px in Chromium', CHROMIUM, (chromiumPath) => {
  let server: StaticServer;
  let session: Session;

  beforeAll(async () => {
    server = await serveFolder(buildForTests('dist-narrow-test'));
    session = await launch(chromiumPath);
  }, 900_000);

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  test.each([320, 450])(
    'every tab and sub-tab at %i px: no overflow, overlap or cut text; axe clean',
    async (width) => {
      const page = await session.context.newPage();
      await page.setViewportSize({ width, height: 800 });
      const { consoleErrors, offMachine } = await guard(page);
      const found: Record<string, string[]> = {};
      await page.goto(`${server.url}taskpane.html`);
      await page.getByRole('button', { name: 'Analyseer en schrijf naar blad' }).click({ timeout: 60_000 });
      await page.getByRole('heading', { name: 'Afwijkingen per cluster' }).waitFor();
      await check(page, 'Resultaat', found);
      const chart = await chartProblems(page);
      await page.getByRole('radiogroup', { name: 'Grafiek in' }).getByRole('radio', { name: 'fte' }).click();
      chart.push(...(await chartProblems(page)));
      if (chart.length > 0) found['Grafiek'] = chart;
      await check(page, 'Resultaat in fte', found);
      await page.getByRole('tab', { name: 'Wat als' }).click();
      await check(page, 'Wat als', found);
      await page.getByRole('tab', { name: 'Toelichting' }).click();
      await check(page, 'Toelichting', found);
      for (const study of ['Samenwerking', 'Jaren vergelijken', 'Formatiewens']) {
        await page.getByRole('tab', { name: study }).click();
        await page.getByRole('button', { name: 'Lees en bekijk' }).click();
        await page.getByRole('heading', { name: 'Zinnen' }).waitFor();
        await check(page, study, found);
      }
      expect(found).toEqual({});
      expect(consoleErrors).toEqual([]);
      expect(offMachine).toEqual([]);
      await page.close();
    },
  );

  test('the preview opens a CSV and an .xlsx made here, and the downloaded copy reads back', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 360, height: 800 });
    const { consoleErrors, offMachine } = await guard(page);
    await page.goto(`${server.url}taskpane.html`);
    const input = page.getByTestId('own-file-input');

    const csv = readFileSync(join(ROOT, 'examples', 'heemstede-2017.csv'));
    await input.setInputFiles({ name: 'mijn-gemeente.csv', mimeType: 'text/csv', buffer: csv });
    await page.getByText('mijn-gemeente.csv is geopend (blad mijn-gemeente).').waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Analyseer en schrijf naar blad' }).click();
    await page
      .getByText(
        'De 7 overheadclusters in deze tabel: 2% hogere kosten (+€\u00a00,1\u00a0miljoen) · 13% minder formatie (−5,4\u00a0fte).',
      )
      .waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download de geannoteerde kopie' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('mijn-gemeente-ijkpunt.xlsx');
    const copy = readPackage(new Uint8Array(readFileSync(await download.path())));
    const sheet = copy.sheets[0]?.grid;
    expect(sheet?.sheet).toBe('mijn-gemeente');
    expect(sheet?.cells[2]?.slice(5, 8)).toEqual(['Categorie', 'Norm fte', 'Δ fte']);

    // An .xlsx made here: the example's sheet, written by IJkpunt's own package code.
    const grid = { ...exampleGrid(), sheet: 'Formatie 2017' };
    const xlsx = Buffer.from(zipParts(packageFromCells(grid)));
    await input.setInputFiles({ name: 'formatie.xlsx', mimeType: 'application/octet-stream', buffer: xlsx });
    await page.getByText('formatie.xlsx is geopend (blad Formatie 2017).').waitFor();
    await page.getByRole('button', { name: 'Analyseer en schrijf naar blad' }).click();
    await page.getByText('Inkoop: +€\u00a0109.074 (+155%)').waitFor();
    const [second] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download de geannoteerde kopie' }).click(),
    ]);
    const back = readPackage(new Uint8Array(readFileSync(await second.path())));
    expect(back.sheets[0]?.grid.cells[3]?.slice(5, 7)).toEqual(['Categorie', 'Norm fte']);
    expect([...back.owned.keys()]).toEqual(['Formatie 2017']);

    expect(consoleErrors).toEqual([]);
    expect(offMachine).toEqual([]);
    await page.close();
  });

  test('keyboard only: analyse, what-if, undo; focus follows each outcome', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`${server.url}taskpane.html`);
    const focusedStatus = () =>
      page.evaluate(() => {
        const active = document.activeElement;
        return active?.getAttribute('role') === 'status'
          ? (active.textContent ?? '')
          : `not a status: ${active?.tagName}`;
      });
    const analyse = page.getByRole('button', { name: 'Analyseer en schrijf naar blad' });
    await analyse.waitFor({ timeout: 60_000 });
    await analyse.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Resultaat' }).waitFor();
    expect(await focusedStatus()).toMatch(/^Voorbeeld/);

    await page.getByRole('tab', { name: 'Wat als' }).focus();
    await page.keyboard.press('Enter');
    const spin = page.getByRole('spinbutton', { name: 'Formatie Informatisering en Automatisering (fte)' });
    await spin.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('11,74');
    await page.keyboard.press('Enter');
    await page
      .getByText(
        'De 7 overheadclusters in deze tabel: 2% hogere kosten (+€\u00a00,1\u00a0miljoen) · 8% minder formatie (−3,4\u00a0fte).',
      )
      .first()
      .waitFor();
    await page.getByRole('button', { name: 'Toepassen in blad' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText(/De wijzigingen staan in het blad/).waitFor();
    expect(await focusedStatus()).toMatch(/De wijzigingen staan in het blad/);

    await page.getByRole('button', { name: 'Wat als ongedaan maken' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('De Wat-als-wijziging is ongedaan gemaakt; de analyse blijft staan.').waitFor();
    expect(await focusedStatus()).toMatch(/de analyse blijft staan/);
    expect(await page.getByRole('heading', { name: 'Resultaat' }).count()).toBe(1);
    await page.close();
  });
});
