// The command as a shell runs it (bin/ijkpunt.js, built by npm ci's `prepare`): a reader that
// closes the pipe early, as `ijkpunt analyse … | head` does, ends it quietly — no stack trace.
import { spawn } from 'child_process';
import { join } from 'path';
import { EXAMPLES } from '../support/cli';

const BIN = join(__dirname, '..', '..', 'bin', 'ijkpunt.js');

test('a pipe closed before the first line ends the command without a stack trace', async () => {
  const child = spawn(process.execPath, [BIN, 'analyse', join(EXAMPLES, 'heemstede-2017.xlsx')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // The reader is gone before the command writes anything.
  child.stdout.destroy();
  let err = '';
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  expect(err).toBe('');
  expect(code).toBe(0);
});
