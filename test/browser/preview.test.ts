// The preview flow in real Chromium, outside Office: analyse the bundled example, read the
// Dutch results with the worked example's numbers, change one fte in "Wat als" and see the
// numbers follow. No console errors; no request off this machine. The screenshot is the one
// in the README.
import { copyFileSync, mkdirSync } from 'fs';
import { join } from 'path';
import { buildForTests, ROOT } from '../support/build';
import { guard, launch, type Session } from '../support/browser';
import { serveFolder, type StaticServer } from '../support/static-server';
import { CHROMIUM, describeWithProgram } from '../support/system';

describeWithProgram('task pane preview flow in Chromium', CHROMIUM, (chromiumPath) => {
  let server: StaticServer;
  let session: Session;

  beforeAll(async () => {
    server = await serveFolder(buildForTests('dist-preview-test'));
    session = await launch(chromiumPath);
  }, 180_000);

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  test('analyse → results → what-if', async () => {
    const page = await session.context.newPage();
    const { consoleErrors, offMachine } = await guard(page);

    await page.goto(`${server.url}taskpane.html`);
    await page.getByRole('button', { name: 'Analyseer en schrijf naar blad' }).click();
    await page
      .getByText(
        'De 7 overheadclusters in deze tabel: 2% hogere kosten (+€ 0,1 miljoen) · 13% minder formatie (−5,4 fte).',
      )
      .waitFor();
    await page.getByText('Inkoop: +€ 109.074 (+155%)').waitFor();

    // The variance chart, loaded as its own chunk: seven bars, the IBCS colours from top to bottom.
    const chart = page.getByTestId('variance-chart');
    await chart.locator('svg rect[fill]').first().waitFor();
    const fills = await chart.evaluate((root) =>
      [...root.querySelectorAll('svg rect[fill]')]
        .map((rect) => ({ y: Number(rect.getBoundingClientRect().top), fill: rect.getAttribute('fill') ?? '' }))
        .filter((bar) => bar.fill.startsWith('#'))
        .sort((a, b) => a.y - b.y)
        .map((bar) => bar.fill.toUpperCase()),
    );
    expect(fills).toEqual(['#C0392B', '#C0392B', '#A6A6A6', '#A6A6A6', '#A6A6A6', '#2E8B57', '#2E8B57']);

    await page.getByRole('tab', { name: 'Wat als' }).click();
    const spin = page.getByRole('spinbutton', { name: 'Formatie Informatisering en Automatisering (fte)' });
    await spin.fill('11,74');
    await spin.press('Enter');
    await page
      .getByText(
        'De 7 overheadclusters in deze tabel: 2% hogere kosten (+€ 0,1 miljoen) · 8% minder formatie (−3,4 fte).',
      )
      .first()
      .waitFor();

    // Works at 320 px: the pane never scrolls sideways.
    await page.setViewportSize({ width: 320, height: 720 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    // Every study tab is on screen at 320 px (they wrap rather than being cut off).
    for (const name of ['Benchmark', 'Samenwerking', 'Jaren vergelijken', 'Formatiewens']) {
      const box = await page.getByRole('tab', { name }).boundingBox();
      expect({ name, inside: box !== null && box.x >= 0 && box.x + box.width <= 320 }).toEqual({ name, inside: true });
    }
    await page.setViewportSize({ width: 360, height: 720 });

    const artifacts = join(ROOT, 'test-artifacts');
    mkdirSync(artifacts, { recursive: true });
    await page.getByRole('tab', { name: 'Resultaat' }).click();
    await page.screenshot({ path: join(artifacts, 'taskpane-preview.png'), fullPage: true });
    copyFileSync(join(artifacts, 'taskpane-preview.png'), join(ROOT, 'assets', 'screenshot-taskpane.png'));

    // The cooperation criteria on the bundled example, in the real bundle.
    await page.getByRole('tab', { name: 'Samenwerking' }).click();
    await page.getByRole('button', { name: 'Lees en bekijk' }).click();
    await page
      .getByText(/^Informatisering: personeelskosten \+6% t\.o\.v\. nul-lijn 2018\u20112020 \(verslechterd\)/)
      .waitFor();
    await page.getByRole('button', { name: 'Schrijf naar blad' }).click();
    await page.getByText(/^Voorbeeld: in Excel schrijft IJkpunt dit in het blad/).waitFor();

    expect(consoleErrors).toEqual([]);
    expect(offMachine).toEqual([]);
  });
});
