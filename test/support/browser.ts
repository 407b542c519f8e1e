// Debian's Chromium driven by playwright-core, with the flags this sandbox needs.
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export interface Session {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

export async function launch(executablePath: string): Promise<Session> {
  const profile = mkdtempSync(join(tmpdir(), 'ijkpunt-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 360, height: 720 },
  });
  // A busy CI machine (2 cores, the other suites running) can take longer than Playwright's 30 s.
  context.setDefaultTimeout(60_000);
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * office.js, loaded outside an Office host (the preview), opens Microsoft's telemetry frame by
 * itself a few seconds after it starts (OfficeDev/office-js#696 and #1627 show the same frame):
 * whether a test's flow outlasts that delay is a matter of machine load, not of IJkpunt's code.
 */
const OFFICE_TELEMETRY_HOST = 'telemetryservice.firstpartyapps.oaspapps.com';

/**
 * Collects console errors and stops every request that would leave this machine; the
 * assertions then show exactly what went wrong. office.js's own telemetry frame gets an empty
 * local page instead (nothing leaves the machine, no load error) and is listed apart.
 */
export async function guard(
  page: Page,
): Promise<{ consoleErrors: string[]; offMachine: string[]; officeTelemetry: string[] }> {
  const consoleErrors: string[] = [];
  const offMachine: string[] = [];
  const officeTelemetry: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.hostname === 'localhost') return route.continue();
    if (url.hostname === OFFICE_TELEMETRY_HOST) {
      officeTelemetry.push(url.href);
      return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title></title>' });
    }
    offMachine.push(url.href);
    return route.abort();
  });
  return { consoleErrors, offMachine, officeTelemetry };
}
