// The preview's own file, on the codec the browser bundle gets (fflate, no Node zlib): a CSV
// and an .xlsx read by the command line's reader, the benchmark run on them in the preview
// workbook, and the annotated copy written by the same writer and read back by the reader.
import { readFileSync } from 'fs';
import { join } from 'path';
import { crc32 as zlibCrc32 } from 'zlib';
import { readPackage } from '../../src/xlsx/read';
import { crc32 } from '../../src/xlsx/codec.browser';
import { analyseAndWrite } from '../../src/taskpane/benchmark-action';
import { annotatedCopy, readOwnFile, type OwnFile } from '../../src/taskpane/own-file';
import { previewWorkbook } from '../../src/taskpane/preview-workbook';
import { ROOT } from '../support/build';

jest.mock('../../src/xlsx/codec', () => jest.requireActual('../../src/xlsx/codec.browser'));

const example = (name: string) => new Uint8Array(readFileSync(join(ROOT, 'examples', name)));

async function analysedCopy(file: OwnFile, sheet = 0) {
  const active = file.sheets[sheet];
  if (!active) throw new Error('no sheet');
  const workbook = previewWorkbook(
    active,
    file.sheets.filter((s) => s !== active),
  );
  const outcome = await analyseAndWrite(workbook, { options: { language: 'nl' } });
  if (outcome.kind !== 'written') throw new Error(outcome.kind);
  return { outcome, workbook, copy: annotatedCopy(file, workbook.written()) };
}

/** The cell texts of one row of a read-back sheet. */
function rowOf(bytes: Uint8Array, sheet: string, row: number) {
  const grid = readPackage(bytes).sheets.find((s) => s.grid.sheet === sheet)?.grid;
  return grid?.cells[row - 1] ?? [];
}

describe('the preview opens the user’s own file', () => {
  test('the browser codec’s CRC-32 is zip’s (as Node’s zlib computes it)', () => {
    const bytes = new TextEncoder().encode('IJkpunt — Heemstede 2017; € 89.483');
    expect(crc32(bytes)).toBe(zlibCrc32(bytes));
    expect(crc32(new Uint8Array())).toBe(0);
  });

  test('a Dutch CSV: read, analysed, and the copy read back with IJkpunt’s columns and formulas', async () => {
    const read = readOwnFile('heemstede-2017.csv', example('heemstede-2017.csv'));
    if (!read.ok) throw new Error(read.problem);
    expect(read.file.kind).toBe('csv');
    expect(read.file.sheets[0]?.cells[3]?.slice(0, 2)).toEqual(['Juridische Zaken', 3.69]);
    const { outcome, copy } = await analysedCopy(read.file);
    expect(outcome.run.result.sentences[0]).toBe(
      'De 7 overheadclusters in deze tabel: 2% hogere kosten (+€ 0,1 miljoen) · 13% minder formatie (−5,4 fte).',
    );
    if (!copy.ok) throw new Error(copy.cells.join(','));
    expect(copy.name).toBe('heemstede-2017-ijkpunt.xlsx');
    const back = readPackage(copy.bytes);
    expect(back.sheets.map((s) => s.grid.sheet)).toEqual(['heemstede-2017']);
    // The user's cells are there as they were, IJkpunt's header beside the table.
    const header = rowOf(copy.bytes, 'heemstede-2017', 3);
    expect(header.slice(0, 5)).toEqual([
      'Cluster',
      'Formatie in fte',
      '% van totale formatie',
      'Kosten Heemstede',
      'Kostennorm referentiegroep',
    ]);
    expect(header.slice(5, 9)).toEqual(['Categorie', 'Norm fte', 'Δ fte', 'Δ% fte']);
    expect(back.owned.get('heemstede-2017')?.length).toBeGreaterThan(0);
    const sheetXml = new TextDecoder().decode(back.parts['xl/worksheets/sheet1.xml']);
    expect(sheetXml).toContain('<f>');
  });

  test('an .xlsx: every sheet read; what-if values put into the sheet go into the copy too', async () => {
    const read = readOwnFile('heemstede-2017.xlsx', example('heemstede-2017.xlsx'));
    if (!read.ok) throw new Error(read.problem);
    const { workbook, copy } = await analysedCopy(read.file);
    if (!copy.ok) throw new Error(copy.cells.join(','));
    const sheet = read.file.sheets[0]?.sheet ?? '';
    expect(rowOf(copy.bytes, sheet, 4).slice(5, 7)).toEqual(['Categorie', 'Norm fte']);
    // Toepassen in blad: 11,74 fte for Informatisering en Automatisering (B10).
    await workbook.editCells(sheet, [{ address: 'B10', value: 11.74 }]);
    const edited = annotatedCopy(read.file, workbook.written());
    if (!edited.ok) throw new Error(edited.cells.join(','));
    expect(rowOf(edited.bytes, sheet, 10).slice(0, 2)).toEqual(['Informatisering en Automatisering', 11.74]);
    // The copy is a new file: the user's own bytes are untouched.
    expect(readPackage(example('heemstede-2017.xlsx')).sheets[0]?.grid.cells[9]?.[1]).toBe(9.74);
  });

  test('IJkpunt refuses to write over the user’s cells in the copy, and names them', async () => {
    const read = readOwnFile('heemstede-2017.csv', example('heemstede-2017.csv'));
    if (!read.ok) throw new Error(read.problem);
    const { workbook } = await analysedCopy(read.file);
    const { plans } = workbook.written();
    const grid = read.file.sheets[0];
    if (!grid) throw new Error('no sheet');
    // The user had typed something where the Categorie column goes (F5).
    const cells = grid.cells.map((row, r) => (r === 4 ? [...row, 'mijn notitie'] : row));
    const file = { ...read.file, sheets: [{ ...grid, cells }] };
    const copy = annotatedCopy(file, { plans, active: { ...grid, cells } });
    expect(copy).toEqual({ ok: false, sheet: 'heemstede-2017', cells: ['F5'] });
  });

  test('a file that is not what its name says is refused, never thrown', () => {
    expect(readOwnFile('begroting.xlsx', new TextEncoder().encode('geen zip'))).toEqual({ ok: false, problem: 'xlsx' });
    expect(readOwnFile('begroting.pdf', new Uint8Array([1, 2, 3]))).toEqual({ ok: false, problem: 'extension' });
  });
});
