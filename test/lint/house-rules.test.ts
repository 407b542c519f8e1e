// The house rules that lint enforces (docs/architecture.md): the engine is pure — the rule must
// catch I/O, Office and DOM there and leave the adapters alone — and a room is entered only
// through its index.ts.
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

describe('room doors lint rule', () => {
  const deep = 'no-restricted-imports';
  test.each([
    ['src/engine/criteria/probe.ts', '../benchmark/table'],
    ['src/engine/trend/probe.ts', '../core/address'],
    ['src/cli/probe.ts', '../engine/benchmark/table'],
    ['src/taskpane/probe.ts', '../plan/format'],
    ['src/excel/probe.ts', '../studies/benchmark'],
    ['src/engine/criteria/probe.ts', '../../plan/kit'],
  ])('flags a deep import from %p into %p', async (file, from) => {
    expect(await ruleIds(`import { x } from '${from}';\nexport const y = x;\n`, file)).toContain(deep);
  });

  test.each([
    ['src/cli/probe.ts', '../engine/benchmark'],
    ['src/engine/criteria/probe.ts', '../../plan'],
    ['src/engine/benchmark/probe.ts', './table'],
    ['src/engine/criteria/probe.ts', './plan'],
  ])('allows %p to import %p', async (file, from) => {
    expect(await ruleIds(`import { x } from '${from}';\nexport const y = x;\n`, file)).not.toContain(deep);
  });
});
