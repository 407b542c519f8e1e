// The engine is pure (ARCHITECTURE.md): the lint rule must catch I/O, Office and DOM there,
// and must leave the adapters alone.
import { spawnSync } from 'child_process';
import { join } from 'path';

const ROOT = join(__dirname, '..', '..');

// ESLint's flat config is an ES module, which jest's VM cannot import: run the real CLI.
async function ruleIds(code: string, file: string): Promise<string[]> {
  const run = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/eslint/bin/eslint.js'), '--stdin', '--stdin-filename', file, '--format', 'json'],
    { cwd: ROOT, input: code, encoding: 'utf8' },
  );
  const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string | null }[] }[];
  return (result?.messages ?? []).map((m) => m.ruleId ?? 'fatal');
}

describe('engine purity lint rule', () => {
  test.each([
    ["import { readFileSync } from 'fs';\nexport const x = readFileSync;\n", 'no-restricted-imports'],
    ["import ExcelJS from 'exceljs';\nexport const x = ExcelJS;\n", 'no-restricted-imports'],
    ["import { run } from '../excel/host';\nexport const x = run;\n", 'no-restricted-imports'],
    ['export const x = () => Excel.run(async () => undefined);\n', 'no-restricted-globals'],
    ["export const x = () => document.getElementById('root');\n", 'no-restricted-globals'],
  ])('flags %p in src/engine', async (code, rule) => {
    expect(await ruleIds(code, 'src/engine/probe.ts')).toContain(rule);
  });

  test('allows the same import in an adapter', async () => {
    const ids = await ruleIds(
      "import { readFileSync } from 'fs';\nexport const x = readFileSync;\n",
      'src/cli/probe.ts',
    );
    expect(ids).not.toContain('no-restricted-imports');
  });
});
