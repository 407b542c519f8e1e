// Builds the pages once into a test folder, with office.js served locally (no internet here).
import { execFileSync } from 'child_process';
import { existsSync } from 'fs';
import { dirname, join } from 'path';

/** The repository root, from the sources (test/support) or from compiled code (build/…). */
function findRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) return start;
    dir = up;
  }
  return dir;
}

export const ROOT = findRoot(__dirname);

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
