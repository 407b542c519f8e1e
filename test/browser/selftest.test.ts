// The Zelftest in real Chromium, in the preview: it runs against the in-memory workbook, every
// line is geslaagd, and the copy button puts the plain-text report on the clipboard. No console
// errors; no request off this machine.
import { buildForTests } from '../support/build';
import { guard, launch, type Session } from '../support/browser';
import { serveFolder, type StaticServer } from '../support/static-server';
import { CHROMIUM, describeWithProgram } from '../support/system';

describeWithProgram('the Zelftest in Chromium', CHROMIUM, (chromiumPath) => {
  let server: StaticServer;
  let session: Session;

  beforeAll(async () => {
    server = await serveFolder(buildForTests('dist-selftest-test'));
    session = await launch(chromiumPath);
  }, 300_000);

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  test('run it in the preview and copy the report', async () => {
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const page = await session.context.newPage();
    const { consoleErrors, offMachine } = await guard(page);

    await page.goto(`${server.url}taskpane.html`);
    await page.getByRole('button', { name: 'Zelftest' }).click();
    await page.getByRole('button', { name: 'Zelftest uitvoeren' }).click();
    // Thirteen probes, each with its own waits: a busy CI machine needs more than Playwright's 30 s.
    await page.getByText('14 geslaagd, 0 mislukt, 0 niet beschikbaar').waitFor({ timeout: 100_000 });
    const lines = await page.getByRole('list', { name: 'Zelftest' }).getByRole('listitem').allTextContents();
    expect(lines).toHaveLength(14);
    expect(lines.filter((line) => line.endsWith(': geslaagd'))).toHaveLength(14);

    await page.getByRole('button', { name: 'Kopieer rapport' }).click();
    await page.getByText('Rapport gekopieerd: plak het in uw melding aan de helpdesk.').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.split('\n').slice(0, 2)).toEqual(['IJkpunt Zelftest', 'Toepassing: preview']);
    expect(copied.split('\n').pop()).toBe('14 geslaagd, 0 mislukt, 0 niet beschikbaar');

    expect(consoleErrors).toEqual([]);
    expect(offMachine).toEqual([]);
  }, 180_000);
});
