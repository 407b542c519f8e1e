// Builds the pages once into a test folder, with office.js served locally (no internet here).
import { execFileSync } from 'child_process';
import { existsSync } from 'fs';
import { join, resolve } from 'path';

export const ROOT = resolve(__dirname, '..', '..');

export function buildForTests(folder = 'dist-test'): string {
  const out = join(ROOT, folder);
  execFileSync(process.execPath, [join(ROOT, 'node_modules/webpack-cli/bin/cli.js'), '--mode', 'production'], {
    cwd: ROOT,
    env: { ...process.env, IJKPUNT_OUT: folder, IJKPUNT_OFFICE_JS: 'local', IJKPUNT_QUIET: '1' },
    stdio: 'pipe',
  });
  if (!existsSync(join(out, 'taskpane.html'))) {
    throw new Error(`build wrote no ${folder}/taskpane.html`);
  }
  return out;
}
