// `analyse --out`: the copy holds the sentences block, read back by the project's own reader.
import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { EXAMPLES, run } from '../support/cli';
import { readPackage } from '../../src/xlsx/read';

test('the annotated copy has the sentences beside the summary, as the text report says them', async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'ijkpunt-sentences-')), 'copy.xlsx');
  const written = await run('analyse', join(EXAMPLES, 'heemstede-2017.xlsx'), '--out', out);
  expect(written.code).toBe(0);
  const report = await run('analyse', join(EXAMPLES, 'heemstede-2017.xlsx'));
  const sentences = report.out
    .split('\n')
    .filter((line) => line.startsWith('• '))
    .map((line) => line.slice(2));
  expect(sentences.length).toBeGreaterThan(3);
  const sheet = readPackage(readFileSync(out)).sheets.find((s) => s.grid.sheet === 'Benchmark 2017');
  const cells = sheet?.grid.cells ?? [];
  const at = cells
    .flatMap((row, r) => row.map((value, c) => ({ value, r, c })))
    .find((x) => x.value === 'Zinnen en aandachtspunten IJkpunt');
  expect(at).toBeDefined();
  const below = sentences.map((_, i) => cells[(at?.r ?? 0) + 1 + i]?.[at?.c ?? 0]);
  expect(below).toEqual(sentences);
  expect(cells[at?.r ?? 0]?.includes('Samenvatting IJkpunt')).toBe(true);
});
