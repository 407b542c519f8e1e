// `npm run build` for production: the pages load office.js from Microsoft's CDN, and the
// manifest in dist/ points at the configured public URL, with no localhost left.
import { execFileSync } from 'child_process';
import { readFileSync } from 'fs';
import { join } from 'path';
import { ROOT } from './support/build';

describe('production build', () => {
  const out = join(ROOT, 'dist-prod-test');

  beforeAll(() => {
    execFileSync(process.execPath, [join(ROOT, 'node_modules/webpack-cli/bin/cli.js'), '--mode', 'production'], {
      cwd: ROOT,
      env: {
        ...process.env,
        IJKPUNT_OUT: 'dist-prod-test',
        IJKPUNT_PUBLIC_URL: 'https://ijkpunt.example.nl/addin',
        IJKPUNT_OFFICE_JS: '',
      },
      stdio: 'pipe',
    });
  }, 180_000);

  test('pages load office.js from the Office CDN', () => {
    const html = readFileSync(join(out, 'taskpane.html'), 'utf8');
    // The production page is minified: attribute quotes are dropped.
    expect(html).toMatch(/<script src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"?>/);
    expect(html).not.toContain('office-js/office.js');
    expect(readFileSync(join(out, 'commands.html'), 'utf8')).toContain(
      'appsforoffice.microsoft.com/lib/1/hosted/office.js',
    );
  });

  test('the manifest points at the public URL', () => {
    const manifest = readFileSync(join(out, 'manifest.xml'), 'utf8');
    expect(manifest).not.toContain('localhost');
    expect(manifest).toContain('<SourceLocation DefaultValue="https://ijkpunt.example.nl/addin/taskpane.html"');
    expect(manifest).toContain('<Id>42abdb20-848b-44e5-bbc2-67f68bfb11f8</Id>');
  });
});
