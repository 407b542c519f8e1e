// The house's shape (docs/architecture.md), checked on the source itself: rooms with a door,
// one direction of flow without circles, adapters that do no analysis, and a pane that knows
// Excel in one file only. File and function sizes are ESLint's (max-lines, max-lines-per-function).
import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import { dirname, join, relative, resolve, sep } from 'path';

const SRC = join(__dirname, '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const FILES = sourceFiles(SRC);
const rel = (file: string) => relative(SRC, file).split(sep).join('/');

function resolveModule(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  const found = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((p) => existsSync(p));
  return found ?? null;
}

/**
 * The project files a file imports at run time. `import type` and `export type` are left out:
 * TypeScript erases them, so they cannot make a module wait for another at run time.
 */
function runtimeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s+'(\.[^']+)'/g)) {
    const [, , typeOnly, what = '', spec = ''] = m;
    const names = what.split(',').filter((p) => p.replace(/[{}\s]/g, '') !== '');
    const allTypes = /^\{[^}]*\}$/.test(what.trim()) && names.every((p) => /^\s*\{?\s*type\s/.test(p));
    if (!typeOnly && !allTypes) specs.push(spec);
  }
  for (const m of text.matchAll(/import\('(\.[^']+)'\)/g)) specs.push(m[1] ?? '');
  for (const m of text.matchAll(/(?:^|\n)import\s+'(\.[^']+)'/g)) specs.push(m[1] ?? '');
  return specs.map((s) => resolveModule(file, s)).filter((p): p is string => p !== null && p.startsWith(SRC));
}

describe('the house', () => {
  test('no import circle among the source files', () => {
    const graph = new Map(FILES.map((f) => [f, runtimeImports(f)]));
    const state = new Map<string, 'open' | 'done'>();
    const circles: string[] = [];
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        circles.push([...path.slice(path.indexOf(file)), file].map(rel).join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of FILES) visit(file, []);
    expect(circles).toEqual([]);
  });

  test('the engine is rooms, not a flat folder', () => {
    const engine = join(SRC, 'engine');
    const entries = readdirSync(engine);
    const files = entries.filter((e) => statSync(join(engine, e)).isFile());
    const rooms = entries.filter((e) => existsSync(join(engine, e, 'index.ts')));
    expect(files.length).toBeLessThanOrEqual(10);
    expect(rooms).toEqual(expect.arrayContaining(['core', 'benchmark', 'criteria', 'trend', 'formation-wish']));
  });

  test.each(['plan', 'studies', 'engine/core', 'engine/benchmark', 'engine/criteria', 'engine/trend'])(
    'room %s has a door (index.ts)',
    (room) => {
      expect(existsSync(join(SRC, room, 'index.ts'))).toBe(true);
    },
  );

  test('one pane file knows src/excel', () => {
    const knowing = FILES.filter((f) => rel(f).startsWith('taskpane/')).filter((f) =>
      [...readFileSync(f, 'utf8').matchAll(/from\s+'(\.[^']+)'/g)].some((m) =>
        rel(resolveModule(f, m[1] ?? '') ?? '').startsWith('excel/'),
      ),
    );
    expect(knowing.map(rel)).toEqual(['taskpane/index.tsx']);
  });

  test('the renderers and readers run no analysis', () => {
    const analysing = /^(engine\/(benchmark|criteria|trend|formation-wish)|studies)\//;
    const offenders = FILES.filter((f) => /^(excel|xlsx)\//.test(rel(f))).flatMap((f) =>
      runtimeImports(f)
        .map(rel)
        .filter((target) => analysing.test(target))
        .map((target) => `${rel(f)} → ${target}`),
    );
    expect(offenders).toEqual([]);
  });
});
