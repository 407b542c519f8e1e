// The task pane's initial JavaScript (gzip) and its first render in headless Chromium: median
// of 5 loads of the built page until the start screen's primary button can be clicked.
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { gzipSync } from 'zlib';
import { launch } from '../test/support/browser';
import { buildForTests } from '../test/support/build';
import { serveFolder } from '../test/support/static-server';
import type { Figure } from './results';

export async function runTaskpaneBench(): Promise<Figure[]> {
  const out = buildForTests('dist-bench');
  const html = readFileSync(join(out, 'taskpane.html'), 'utf8');
  // The production page is minified, so attribute quotes may be absent.
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+\.js)"?/g)]
    .map((m) => m[1] ?? '')
    .filter((src) => !src.startsWith('office-js/') && !src.startsWith('http'));
  const gzipBytes = scripts.reduce((sum, src) => sum + gzipSync(readFileSync(join(out, src))).length, 0);
  const figures: Figure[] = [{ name: 'taskpane.bundle.gzipBytes', value: gzipBytes, unit: 'bytes', rows: null }];

  const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
  if (!chromium) {
    console.log('Chromium niet gevonden: taskpane.firstRender.ms overgeslagen.');
    return figures;
  }
  const server = await serveFolder(out);
  const session = await launch(chromium);
  try {
    const times: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const page = await session.context.newPage();
      const start = Date.now();
      await page.goto(`${server.url}taskpane.html`);
      await page.getByRole('button', { name: 'Analyseer en schrijf naar blad' }).waitFor({ state: 'visible' });
      times.push(Date.now() - start);
      await page.close();
    }
    times.sort((a, b) => a - b);
    figures.push({ name: 'taskpane.firstRender.ms', value: times[2] ?? NaN, unit: 'ms', rows: null });
  } finally {
    await session.close();
    await server.close();
  }
  return figures;
}
