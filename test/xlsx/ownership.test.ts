// Ownership that survives the user's edits in an annotated copy: columns and rows inserted
// before, inside and after the table move IJkpunt's output along (hidden defined names), and a
// cell the user typed in IJkpunt's output (a value over a formula, a note in an empty cell, a
// header moved in) stops the re-run with the cells named, unless --overwrite-edits is given.
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { runAnalyse } from '../../src/cli/analyse-command';
import { a1, columnIndex } from '../../src/engine/core';
import type { WritePlan } from '../../src/plan';
import { ownedColumns } from '../../src/xlsx/ownership';
import { readPackage } from '../../src/xlsx/read';
import { EXAMPLES, run } from '../support/cli';
import { insertOnSheet, typeInCell } from '../support/xlsx-edits';

const SHEET = 'Benchmark 2017';
const dir = mkdtempSync(join(tmpdir(), 'ijkpunt-own-'));
let count = 0;

function save(bytes: Uint8Array): string {
  count += 1;
  const path = join(dir, `edit-${count}.xlsx`);
  writeFileSync(path, bytes);
  return path;
}

function cellOf(path: string, ref: string, sheet = SHEET): unknown {
  const grid = readPackage(readFileSync(path)).sheets.find((s) => s.grid.sheet === sheet)?.grid;
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!grid || !m) return undefined;
  return grid.cells[Number(m[2]) - 1]?.[columnIndex(m[1] ?? '')] ?? null;
}

async function analyse(input: string, extra: { overwriteEdits?: boolean } = {}) {
  const out = join(dir, `out-${(count += 1)}.xlsx`);
  const outcome = await runAnalyse({ input, language: 'nl', out, ...extra });
  return { ...outcome, out };
}

async function refusal(input: string): Promise<string> {
  try {
    await analyse(input);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the re-run was not refused');
}

let first: { out: string; plan: WritePlan };

beforeAll(async () => {
  const outcome = await analyse(join(EXAMPLES, 'heemstede-2017.xlsx'));
  if (!outcome.plan) throw new Error('no plan');
  first = { out: outcome.out, plan: outcome.plan };
});

const bytes = () => readFileSync(first.out);

describe('what IJkpunt owns follows inserted columns and rows', () => {
  test('each owned column has a hidden defined name and a fingerprint', () => {
    const read = readPackage(bytes());
    const owned = read.owned.get(SHEET) ?? [];
    expect(owned).toHaveLength(ownedColumns(first.plan).length);
    expect(owned.every((b) => b.left === b.right && b.codes?.length === b.bottom - b.top + 1)).toBe(true);
    expect(read.names.filter((n) => n.name.startsWith('_IJK_own_'))).toHaveLength(owned.length);
    expect(read.edits.size).toBe(0);
    const workbook = new TextDecoder().decode(read.parts['xl/workbook.xml']);
    expect(workbook).toMatch(
      /<definedName name="_IJK_own_1" hidden="1">'Benchmark 2017'!\$F\$4:\$F\$11<\/definedName>/,
    );
  });

  test('a column inserted before the table: the user’s columns stay, the numbers are the same, IJkpunt’s output moves along', async () => {
    const edited = save(insertOnSheet(bytes(), SHEET, { col: 0, row: null }));
    const again = await analyse(edited);
    expect(cellOf(again.out, 'F4')).toBe('Kostennorm referentiegroep');
    expect(cellOf(again.out, 'F5')).toBe(215568);
    const juridisch = again.result.clusters.find((c) => c.name === 'Juridische Zaken');
    expect(juridisch?.costs?.norm).toBe(215568);
    expect(again.plan?.columns[0]?.col).toBe((first.plan.columns[0]?.col ?? 0) + 1);
    // Nothing of the old output is left beside the new: the column right of the block is empty.
    const right = Math.max(...(again.plan?.cells ?? []).map((c) => c.col)) + 1;
    for (let row = 1; row <= 40; row += 1) expect(cellOf(again.out, a1(right, row))).toBeNull();
  });

  test('a column the user inserted inside the table, with a header and notes, is read as the user’s and kept', async () => {
    let edited = insertOnSheet(bytes(), SHEET, { col: 3, row: null });
    edited = typeInCell(edited, SHEET, 'D4', 'Opmerking');
    edited = typeInCell(edited, SHEET, 'D5', 'zie begroting');
    const again = await analyse(save(edited));
    expect(cellOf(again.out, 'D4')).toBe('Opmerking');
    expect(cellOf(again.out, 'D5')).toBe('zie begroting');
    expect(cellOf(again.out, 'F4')).toBe('Kostennorm referentiegroep');
    const juridisch = again.result.clusters.find((c) => c.name === 'Juridische Zaken');
    expect(juridisch?.costs).toMatchObject({ own: 294556, norm: 215568, delta: 78988 });
  });

  test('a column inserted inside IJkpunt’s columns and filled by the user is the user’s: kept, the numbers the same', async () => {
    const at = first.plan.columns[1]?.col ?? 0;
    let edited = insertOnSheet(bytes(), SHEET, { col: at, row: null });
    edited = typeInCell(edited, SHEET, a1(at, 4), 'Mijn kolom');
    edited = typeInCell(edited, SHEET, a1(at, 5), 215000);
    const again = await analyse(save(edited));
    expect(cellOf(again.out, a1(at, 4))).toBe('Mijn kolom');
    expect(cellOf(again.out, a1(at, 5))).toBe(215000);
    const juridisch = again.result.clusters.find((c) => c.name === 'Juridische Zaken');
    expect(juridisch?.costs).toMatchObject({ own: 294556, norm: 215568, delta: 78988 });
    // IJkpunt's columns went right of the user's new column, none over it.
    expect(again.plan?.columns.every((c) => c.col > at)).toBe(true);
  });

  test('a row inserted inside the table: the re-run writes, every cluster as before', async () => {
    const edited = save(insertOnSheet(bytes(), SHEET, { col: null, row: 8 }));
    const again = await analyse(edited);
    expect(again.result.clusters).toHaveLength(7);
    const inkoop = again.result.clusters.find((c) => c.name === 'Inkoop');
    expect(inkoop?.costs).toMatchObject({ own: 179540, norm: 70466, delta: 109074 });
    // The rows below the inserted one got their formulas (Δ fte of Juridische Zaken's neighbours).
    const delta = again.plan?.columns.find((c) => c.key === 'fte.delta');
    expect(delta?.cells.map((c) => c.row)).toContain(12);
  });
});

describe('a cell the user changed inside IJkpunt’s output stops the re-run', () => {
  const formulaCell = () => {
    const column = first.plan.columns.find((c) => c.key === 'fte.delta');
    const cell = column?.cells.find((c) => c.formula !== null);
    return a1(column?.col ?? 0, cell?.row ?? 0);
  };

  test('a value typed over a formula: exit 2 naming the cell; --overwrite-edits writes the formula back', async () => {
    const ref = formulaCell();
    const edited = save(typeInCell(bytes(), SHEET, ref, 1.5));
    const message = await refusal(edited);
    expect(message).toContain(`(${ref})`);
    expect(message).toContain('--overwrite-edits');
    const again = await analyse(edited, { overwriteEdits: true });
    const row = Number(ref.replace(/[A-Z]+/, ''));
    const engine = again.plan?.columns.find((c) => c.key === 'fte.delta')?.cells.find((c) => c.row === row)?.value;
    expect(typeof engine).toBe('number');
    expect(cellOf(again.out, ref)).toBe(engine);
  });

  test('a note typed in an empty cell inside IJkpunt’s block is named', async () => {
    const empty = ownedColumns(first.plan).flatMap((box) =>
      (box.codes ?? []).flatMap((code, i) => (code === '' ? [a1(box.left, box.top + i)] : [])),
    )[0];
    if (!empty) throw new Error('no empty owned cell');
    const message = await refusal(save(typeInCell(bytes(), SHEET, empty, 'navragen bij P&O')));
    expect(message).toContain(`(${empty})`);
  });

  test('a header moved onto another of IJkpunt’s headers is named', async () => {
    const [a, b] = first.plan.columns;
    if (!a || !b) throw new Error('columns missing');
    const ref = a1(a.col, first.plan.headerRow);
    const message = await refusal(save(typeInCell(bytes(), SHEET, ref, b.header)));
    expect(message).toContain(`(${ref})`);
  });

  test('a cell the user emptied is not a conflict: nothing is lost by writing it', async () => {
    const ref = formulaCell();
    const parts = bytes();
    const edited = save(typeInCell(parts, SHEET, ref, ''));
    const again = await analyse(edited);
    expect(again.plan).not.toBeNull();
  });
});

describe('the command line after the user typed in IJkpunt’s output', () => {
  test('exit 2 with a Dutch message naming the cell; --overwrite-edits gives exit 0', async () => {
    const column = first.plan.columns.find((c) => c.key === 'fte.delta');
    if (!column) throw new Error('no Δ fte column');
    const ref = a1(column.col, 7);
    const edited = save(typeInCell(bytes(), SHEET, ref, 3));
    const refused = await run('analyse', edited, '--out', join(dir, 'cli-refused.xlsx'));
    expect(refused.code).toBe(2);
    expect(refused.err).toBe(
      `Er is niets geschreven: op blad ${SHEET} heeft u cellen in IJkpunts eerdere uitvoer gewijzigd (${ref}). Een nieuwe run zou ze overschrijven. Verplaats wat u wilt bewaren buiten IJkpunts kolommen, of gebruik --overwrite-edits om ze te laten overschrijven.\n`,
    );
    const forced = await run('analyse', edited, '--out', join(dir, 'cli-forced.xlsx'), '--overwrite-edits');
    expect(forced.code).toBe(0);
    expect(cellOf(join(dir, 'cli-forced.xlsx'), ref)).not.toBe(3);
  });
});
