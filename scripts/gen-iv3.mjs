#!/usr/bin/env node
// Generates src/engine/core/iv3-data.ts from the Iv3 taakvelden list (CSV: code,naam,hoofdtaak).
// The engine does no I/O and a fresh clone may lack ../shared, so the list is compiled into
// a committed TypeScript module instead of being read at run time.
//
//   node scripts/gen-iv3.mjs                 reads ../shared/iv3-taakvelden.csv (relative to the repo root)
//   node scripts/gen-iv3.mjs path/to/list.csv

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const source = process.argv[2]
  ? resolve(process.cwd(), process.argv[2])
  : resolve(repoRoot, '../shared/iv3-taakvelden.csv');
const target = resolve(repoRoot, 'src/engine/core/iv3-data.ts');

/** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        field += ch;
      }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += ch;
    }
  }
  if (quoted) throw new Error('Unterminated quoted field at end of file');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((cell) => cell.trim() !== ''));
}

function toFields(rows) {
  const [header, ...body] = rows;
  const expected = ['code', 'naam', 'hoofdtaak'];
  const names = (header ?? []).map((h) => h.trim().toLowerCase());
  if (names.join() !== expected.join()) {
    throw new Error(`Expected header "${expected.join(',')}", got "${header?.join(',') ?? ''}"`);
  }
  const seen = new Set();
  return body.map((cells, index) => {
    const line = index + 2;
    if (cells.length !== 3) throw new Error(`Line ${line}: expected 3 fields, got ${cells.length}`);
    const [code, name, mainTask] = cells.map((c) => c.trim());
    // Codes stay strings: "0.10" (Mutaties reserves) is not "0.1" (Bestuur).
    if (!/^\d{1,2}\.\d{1,3}$/.test(code)) throw new Error(`Line ${line}: "${code}" is not an Iv3 code`);
    if (seen.has(code)) throw new Error(`Line ${line}: duplicate code ${code}`);
    if (!name || !mainTask) throw new Error(`Line ${line}: empty name or main task`);
    seen.add(code);
    return { code, name, mainTask };
  });
}

function quote(text) {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function render(fields, sourceName) {
  const lines = fields.map((f) => {
    const props = [`code: ${quote(f.code)}`, `name: ${quote(f.name)}`, `mainTask: ${quote(f.mainTask)}`];
    const oneLine = `  Object.freeze({ ${props.join(', ')} }),`;
    // Same layout Prettier (printWidth 120) would choose, so a format run leaves the file alone.
    return oneLine.length <= 120
      ? oneLine
      : ['  Object.freeze({', ...props.map((p) => `    ${p},`), '  }),'].join('\n');
  });
  return [
    '// GENERATED FILE: do not edit by hand.',
    `// Source: ${sourceName}`,
    '// Regenerate from the repo root with `node scripts/gen-iv3.mjs [path/to/iv3-taakvelden.csv]`',
    '// (default ../shared/iv3-taakvelden.csv). Compiled in because the engine does no I/O.',
    '',
    "import type { Iv3Field } from './iv3';",
    '',
    '/** The national Iv3 taakvelden (2017-2024 list), in the order of the source. */',
    'export const IV3_FIELDS: readonly Iv3Field[] = Object.freeze([',
    ...lines,
    ']);',
    '',
  ].join('\n');
}

const fields = toFields(parseCsv(readFileSync(source, 'utf8').replace(/^\uFEFF/, '')));
const sourceName = relative(repoRoot, source).split('\\').join('/');
writeFileSync(target, render(fields, sourceName), 'utf8');
console.log(`Wrote ${fields.length} taakvelden to ${relative(process.cwd(), target)}`);
