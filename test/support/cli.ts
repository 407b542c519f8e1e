// The command line run in-process, its output captured: for the CLI suites.
import { join } from 'path';
import { main } from '../../src/cli/main';

export const EXAMPLES = join(__dirname, '..', '..', 'examples');

export async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}
