// Files other programs wrote and files made to hurt: each is read (or refused with its reason)
// in bounded work, and a copy IJkpunt writes binds every prefix it uses.
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { readPackage, GRID_CELL_LIMIT } from '../../src/xlsx/read';
import { readPart } from '../../src/xlsx/package-xml';
import { PackageError } from '../../src/xlsx/package-error';
import { unzipParts, ZippedPart } from '../../src/xlsx/unzip';
import { run } from '../support/cli';
import {
  benchmarkRows,
  craftZip,
  deflated,
  deflatedRepeat,
  workbookEntries,
  type CraftedEntry,
} from '../support/zip-craft';

const dir = mkdtempSync(join(tmpdir(), 'ijkpunt-hostile-'));

function file(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

function problemOf(bytes: Uint8Array): { problem: string; part: string | null } {
  try {
    readPackage(bytes);
  } catch (error) {
    if (error instanceof PackageError) return { problem: error.problem, part: error.part };
    throw error;
  }
  throw new Error('read without complaint');
}

function replaced(entries: CraftedEntry[], name: string, content: string): CraftedEntry[] {
  return entries.map((e) => (e.name === name ? deflated(name, content) : e));
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

describe('a reader that follows the format', () => {
  test('openpyxl declares r: on each <sheet>: the copy binds r: at the workbook root', async () => {
    const entries = replaced(
      workbookEntries(benchmarkRows()),
      'xl/workbook.xml',
      `<workbook xmlns="${MAIN}"><sheets><sheet xmlns:r="${REL}" name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    );
    const input = file('openpyxl-achtig.xlsx', craftZip(entries));
    const out = join(dir, 'openpyxl-achtig-ijkpunt.xlsx');
    const { code, err } = await run('analyse', input, '--out', out);
    expect(err).toBe('');
    expect(code).toBe(0);
    const workbook = readPart(unzipParts(readFileSync(out)), 'xl/workbook.xml') ?? '';
    expect(workbook).toMatch(new RegExp(`^[\\s\\S]*?<workbook[^>]*\\sxmlns:r="${REL}"`));
    // rId2 went to the styles part the writer added.
    expect(workbook).toContain('<sheet name="_IJkpunt" sheetId="2" state="veryHidden" r:id="rId3"/>');
  });

  test('prefixed SpreadsheetML (<x:workbook>, <s:worksheet>, <x:sst>) reads as any workbook', async () => {
    const base = workbookEntries('', { strings: 'x' });
    const entries = replaced(
      replaced(
        replaced(
          base,
          'xl/workbook.xml',
          `<x:workbook xmlns:x="${MAIN}" xmlns:r="${REL}"><x:sheets><x:sheet name="Blad1" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`,
        ),
        'xl/worksheets/sheet1.xml',
        `<s:worksheet xmlns:s="${MAIN}"><s:sheetData><s:row r="1"><s:c r="A1" t="s"><s:v>0</s:v></s:c><s:c r="B1"><s:v>3.69</s:v></s:c></s:row></s:sheetData></s:worksheet>`,
      ),
      'xl/sharedStrings.xml',
      `<x:sst xmlns:x="${MAIN}" count="1"><x:si><x:r><x:t>Juridische </x:t></x:r><x:r><x:t>Zaken</x:t></x:r></x:si></x:sst>`,
    );
    const read = readPackage(craftZip(entries));
    expect(read.sheets[0]?.grid.cells).toEqual([['Juridische Zaken', 3.69]]);
  });

  test('a workbook without a styles part is read and written, the writer adding the part', async () => {
    const input = file('zonder-stijlen.xlsx', craftZip(workbookEntries(benchmarkRows())));
    const out = join(dir, 'zonder-stijlen-ijkpunt.xlsx');
    const { code, err } = await run('analyse', input, '--out', out);
    expect(err).toBe('');
    expect(code).toBe(0);
    const parts = unzipParts(readFileSync(out));
    const styles = readPart(parts, 'xl/styles.xml') ?? '';
    // Excel's reserved fills 0 and 1 come first; IJkpunt's header fill is the third.
    expect(styles).toMatch(
      /<fills count="3"><fill><patternFill patternType="none"\/><\/fill><fill><patternFill patternType="gray125"\/>/,
    );
    expect(readPart(parts, '[Content_Types].xml')).toContain('PartName="/xl/styles.xml"');
    expect(readPart(parts, 'xl/_rels/workbook.xml.rels')).toMatch(/relationships\/styles" Target="styles.xml"/);
    expect(readPackage(readFileSync(out)).sheets[0]?.grid.cells[3]?.[0]).toBe('Juridische Zaken');
  });

  test('a self-closed <styleSheet/> is opened and completed', async () => {
    const styles = `<styleSheet xmlns="${MAIN}"/>`;
    const input = file('leeg-stijlblad.xlsx', craftZip(workbookEntries(benchmarkRows(), { styles })));
    const out = join(dir, 'leeg-stijlblad-ijkpunt.xlsx');
    const { code } = await run('analyse', input, '--out', out);
    expect(code).toBe(0);
    const written = readPart(unzipParts(readFileSync(out)), 'xl/styles.xml') ?? '';
    expect(written).toContain('<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/>');
    expect(written).toMatch(/<\/styleSheet>$/);
  });

  test('a password-encrypted workbook (OLE container with EncryptionInfo) is named as encrypted', async () => {
    const ole = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    Buffer.from('EncryptionInfo', 'utf16le').copy(ole, 1024);
    const { code, err } = await run('analyse', file('geheim.xlsx', ole));
    expect(code).toBe(2);
    expect(err).toContain('is met een wachtwoord versleuteld');
    const old = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(old);
    expect((await run('analyse', file('oud.xlsx', old))).err).toContain('is een oud Excel-bestand (.xls)');
  });

  test('a real password-protected workbook (calamine’s pass_protected.xlsx) is named as encrypted', async () => {
    const fixture = join(__dirname, '..', 'fixtures', 'third-party', 'calamine', 'pass_protected.xlsx');
    const { code, err } = await run('analyse', fixture, '--lang', 'en');
    expect(code).toBe(2);
    expect(err).toContain('is encrypted with a password; IJkpunt cannot read it.');
  });

  test('a zip without a workbook, and a damaged part, are named', async () => {
    expect(problemOf(craftZip([deflated('word/document.xml', '<w:document/>')]))).toEqual({
      problem: 'notWorkbook',
      part: null,
    });
    const lying = workbookEntries(benchmarkRows()).map((e) =>
      e.name === 'xl/worksheets/sheet1.xml' ? { ...e, size: e.size + 10 } : e,
    );
    expect(problemOf(craftZip(lying))).toEqual({ problem: 'damaged', part: 'xl/worksheets/sheet1.xml' });
    const { err } = await run('analyse', file('kapot-blad.xlsx', craftZip(lying)));
    expect(err).toContain('is beschadigd: onderdeel xl/worksheets/sheet1.xml is niet te lezen');
  });
});

describe('bounded work', () => {
  test('60 000 unclosed <row> and 100 000 unclosed <si> are refused as damaged, naming the part', () => {
    const rows = '<row r="1"><c r="A1"><v>1</v></c>'.repeat(60_000);
    expect(problemOf(craftZip(workbookEntries(rows)))).toEqual({
      problem: 'damaged',
      part: 'xl/worksheets/sheet1.xml',
    });
    const strings = `<sst xmlns="${MAIN}">${'<si><t>a</t>'.repeat(100_000)}</sst>`;
    expect(problemOf(craftZip(workbookEntries(benchmarkRows(), { strings })))).toEqual({
      problem: 'damaged',
      part: 'xl/sharedStrings.xml',
    });
  });

  test('a row number beyond Excel’s 1 048 576 rows, or a column beyond XFD, is refused', () => {
    const far = '<row r="231999999999940"><c r="A231999999999940"><v>1</v></c></row>';
    expect(problemOf(craftZip(workbookEntries(far)))).toEqual({
      problem: 'outOfRange',
      part: 'xl/worksheets/sheet1.xml',
    });
    const wide = '<row r="1"><c r="XFE1"><v>1</v></c></row>';
    expect(problemOf(craftZip(workbookEntries(wide))).problem).toBe('outOfRange');
  });

  test('text in XFD1048576 does not allocate the grid: the table is found, the stray kept as content', async () => {
    const stray = '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>ver weg</t></is></c></row>';
    const bytes = craftZip(workbookEntries(benchmarkRows() + stray));
    const read = readPackage(bytes);
    const grid = read.sheets[0]?.grid.cells ?? [];
    expect(grid.length * (grid[0]?.length ?? 0)).toBeLessThan(GRID_CELL_LIMIT);
    expect(grid.length).toBe(10);
    expect(read.sheets[0]?.emptyFormulas.has('XFD1048576')).toBe(true);
    const input = file('ver-weg.xlsx', bytes);
    const out = join(dir, 'ver-weg-ijkpunt.xlsx');
    expect((await run('analyse', input, '--out', out)).code).toBe(0);
    // The stray cell is in the copy, untouched.
    expect(readPart(unzipParts(readFileSync(out)), 'xl/worksheets/sheet1.xml')).toContain(
      '<c r="XFD1048576" t="inlineStr"><is><t>ver weg</t></is></c>',
    );
  });

  test('a worksheet that inflates beyond 256 MB (a ZIP64 bomb) is refused without inflating it', async () => {
    const bomb = deflatedRepeat(300);
    const entries = workbookEntries(benchmarkRows()).map((e) =>
      e.name === 'xl/worksheets/sheet1.xml' ? { ...e, data: bomb, size: 300 * 1024 * 1024 } : e,
    );
    expect(problemOf(craftZip(entries, true))).toEqual({ problem: 'tooLarge', part: 'xl/worksheets/sheet1.xml' });
    // The same bomb with a size that lies: inflating stops at the size it claims.
    const lying = entries.map((e) => (e.name === 'xl/worksheets/sheet1.xml' ? { ...e, size: 1000 } : e));
    expect(problemOf(craftZip(lying, true))).toEqual({ problem: 'damaged', part: 'xl/worksheets/sheet1.xml' });
  });

  test('six unused parts of 1 GB each are never inflated, and go into the copy still compressed', async () => {
    const gigabyte = deflatedRepeat(1024);
    const blobs: CraftedEntry[] = Array.from({ length: 6 }, (_, i) => ({
      name: `xl/media/blob${i + 1}.bin`,
      data: gigabyte,
      size: 1024 * 1024 * 1024,
      crc: 0,
    }));
    const input = file('groot.xlsx', craftZip([...workbookEntries(benchmarkRows()), ...blobs]));
    const parts = readPackage(readFileSync(input)).parts;
    expect(parts['xl/media/blob1.bin']).toBeInstanceOf(ZippedPart);
    const out = join(dir, 'groot-ijkpunt.xlsx');
    expect((await run('analyse', input, '--out', out)).code).toBe(0);
    const copy = readFileSync(out);
    // The copy carries the input's compressed bytes as they were.
    expect(Buffer.from(unzipParts(copy)['xl/media/blob1.bin'] ?? []).equals(gigabyte)).toBe(true);
    expect(copy.length).toBeLessThan(readFileSync(input).length + 100_000);
    expect((unzipParts(copy)['xl/media/blob6.bin'] as ZippedPart).size).toBe(1024 * 1024 * 1024);
  });
});
