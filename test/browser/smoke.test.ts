// The built task pane opens in a real browser outside Office: office.js loads from the local
// copy, Office.onReady resolves without a host, the page renders the preview, and nothing
// is requested from anywhere but this machine.
import { mkdirSync } from 'fs';
import { join } from 'path';
import { buildForTests, ROOT } from '../support/build';
import { guard, launch, type Session } from '../support/browser';
import { serveFolder, type StaticServer } from '../support/static-server';
import { CHROMIUM, describeWithProgram } from '../support/system';

describeWithProgram('task pane in Chromium (smoke)', CHROMIUM, (chromiumPath) => {
  let server: StaticServer;
  let session: Session;

  beforeAll(async () => {
    server = await serveFolder(buildForTests());
    session = await launch(chromiumPath);
  }, 180_000);

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  test('renders the preview with no console errors and no request off localhost', async () => {
    const page = await session.context.newPage();
    const { consoleErrors, offMachine } = await guard(page);

    await page.goto(`${server.url}taskpane.html`);
    await page.getByRole('heading', { name: 'IJkpunt' }).waitFor({ timeout: 30_000 });
    await page.getByText('Voorbeeldmodus: geen Excel gevonden').waitFor();

    // office.js loaded from the local copy, and outside Office it reports no host.
    const officeReady = await page.evaluate(async () => {
      const info = await Office.onReady();
      return { host: info.host, officeLoaded: typeof Office.onReady === 'function' };
    });
    expect(officeReady).toEqual({ host: null, officeLoaded: true });

    mkdirSync(join(ROOT, 'test-artifacts'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'test-artifacts', 'smoke-taskpane.png'), fullPage: true });

    expect(consoleErrors).toEqual([]);
    expect(offMachine).toEqual([]);
  });
});
