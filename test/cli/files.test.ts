// The command line's files: CSV in the encodings Excel and others write, and an --out that is
// written whole or not at all — never over the input, never half.
import { spawnSync } from 'child_process';
import { linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { decodeCsv, parseCsv } from '../../src/xlsx/csv';
import { textTable } from '../../src/studies';
import { EXAMPLES, run } from '../support/cli';

// A disk that fills up: every write fails with ENOSPC while the flag is set.
let mockDiskFull = false;
jest.mock('fs', () => {
  const real = jest.requireActual<typeof import('fs')>('fs');
  return {
    ...real,
    writeSync: (...args: Parameters<typeof real.writeSync>) => {
      if (mockDiskFull) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      return real.writeSync(...args);
    },
  };
});

const dir = mkdtempSync(join(tmpdir(), 'ijkpunt-files-'));
const HEEMSTEDE = readFileSync(join(EXAMPLES, 'heemstede-2017.csv'), 'utf8');

function file(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

describe('CSV encodings', () => {
  const text = 'Cluster;Kosten\nFinanciën & Control;€ 294.556\n';

  test.each([
    ['UTF-8', Buffer.from(text, 'utf8')],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])],
    ['Windows-1252', Buffer.from(text.replace('€', '\u0080'), 'latin1')],
  ])('%s reads "Financiën" and "€" as written', (_name, bytes) => {
    expect(decodeCsv(bytes)).toBe(text);
  });

  test('a Windows-1252 file analyses with its cluster names intact', async () => {
    const path = file('latin.csv', Buffer.from(HEEMSTEDE, 'latin1'));
    const { code, out } = await run('analyse', path);
    expect(code).toBe(0);
    expect(out).toContain('Financiën & Control');
    expect(out).not.toContain('\uFFFD');
  });

  test('a UTF-16 file analyses like its UTF-8 twin', async () => {
    const utf16 = file('utf16.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(HEEMSTEDE, 'utf16le')]));
    const utf8 = file('utf8.csv', HEEMSTEDE);
    const a = await run('analyse', utf16, '--json');
    const b = await run('analyse', utf8, '--json');
    expect(a.code).toBe(0);
    expect(JSON.parse(a.out).clusters).toEqual(JSON.parse(b.out).clusters);
  });

  test('binary bytes are refused as no text file', async () => {
    const { code, err } = await run('analyse', file('binair.csv', Buffer.from([0x50, 0x4b, 0, 3, 4, 0, 0, 1, 2, 3])));
    expect(code).toBe(2);
    expect(err).toContain('is geen tekstbestand (CSV)');
  });

  test('a quoted field with a line break is one field, not a separator mix-up', () => {
    const { grid } = parseCsv(
      'Cluster;Toelichting\n"Inkoop";"regel 1\nregel 2; met puntkomma"\nCommunicatie;kort\n',
      'x',
    );
    expect(grid.cells).toEqual([
      ['Cluster', 'Toelichting'],
      ['Inkoop', 'regel 1\nregel 2; met puntkomma'],
      ['Communicatie', 'kort'],
    ]);
  });

  test('"1e308" gets one warning, not two that contradict each other', async () => {
    const path = file('e308.csv', HEEMSTEDE.replace('294556', '1e308'));
    const out = join(dir, 'e308.xlsx');
    const { code, err } = await run('analyse', path, '--out', out);
    expect(code).toBe(0);
    const lines = err.split('\n').filter((line) => line.includes('!D4'));
    expect(lines).toEqual([
      'Waarschuwing e308!D4: "1e308" is geen getal (Juridische Zaken). Deze waarde telt niet mee; vul een getal in zoals 3,69 of € 294.556.',
    ]);
  });

  test('a CSV of 200 000 rows is parsed, and a report table of 200 000 rows laid out', () => {
    const lines = ['Cluster;Formatie'];
    for (let i = 0; i < 200_000; i += 1) lines.push(`Cluster ${i};${i % 50},5`);
    const { grid } = parseCsv(lines.join('\n'), 'groot');
    expect(grid.cells.length).toBe(200_001);
    expect(grid.cells[200_000]).toEqual(['Cluster 199999', '49,5']);
    const table = textTable(
      grid.cells.map((row) => row.map(String)),
      [0],
    );
    expect(table[200_000]).toBe('Cluster 199999      49,5');
  });
});

describe('safe output', () => {
  const input = join(EXAMPLES, 'heemstede-2017.xlsx');

  test('an --out that is a symlink or a hard link to the input is refused, even with --force', async () => {
    const copy = file('invoer.xlsx', readFileSync(input));
    const before = readFileSync(copy);
    const symlink = join(dir, 'link.xlsx');
    symlinkSync(copy, symlink);
    const hardLink = join(dir, 'harde-link.xlsx');
    linkSync(copy, hardLink);
    for (const out of [symlink, hardLink]) {
      const { code, err } = await run('analyse', copy, '--out', out, '--force');
      expect(code).toBe(2);
      expect(err).toContain('is het invoerbestand zelf');
    }
    expect(readFileSync(copy).equals(before)).toBe(true);
  });

  test('a folder as --out: exit 2 naming the cause', async () => {
    const folder = join(dir, 'map.xlsx');
    mkdirSync(folder);
    const { code, err } = await run('analyse', input, '--out', folder, '--force');
    expect(code).toBe(2);
    expect(err).toContain('dat is een map, geen bestand');
  });

  test('a disk that fills up half-way leaves the earlier copy as it was, and no temporary file', async () => {
    const folder = mkdtempSync(join(dir, 'vol-'));
    const out = join(folder, 'uit.xlsx');
    writeFileSync(out, 'de vorige kopie');
    mockDiskFull = true;
    try {
      const { code, err } = await run('analyse', input, '--out', out, '--force');
      expect(code).toBe(2);
      expect(err).toContain(`Er is niets geschreven naar ${out}: de schijf is vol.`);
    } finally {
      mockDiskFull = false;
    }
    expect(readFileSync(out, 'utf8')).toBe('de vorige kopie');
    expect(readdirSync(folder)).toEqual(['uit.xlsx']);
  });

  test('a file size limit (ulimit -f) gives EFBIG in Dutch, exit 2, the earlier copy intact', () => {
    const folder = mkdtempSync(join(dir, 'efbig-'));
    const out = join(folder, 'uit.xlsx');
    writeFileSync(out, 'de vorige kopie');
    const bin = join(__dirname, '..', '..', 'bin', 'ijkpunt.js');
    // 8 blocks of 1 KB: far less than the copy. Node ignores SIGXFSZ, so the write fails with EFBIG.
    const result = spawnSync(
      '/bin/sh',
      ['-c', `ulimit -f 8; exec "${process.execPath}" "${bin}" analyse "${input}" --out "${out}" --force`],
      {
        encoding: 'utf8',
      },
    );
    expect(result.stderr).toContain('het bestand wordt groter dan hier is toegestaan (bestandsgrootte-limiet)');
    expect(result.status).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('de vorige kopie');
    expect(readdirSync(folder)).toEqual(['uit.xlsx']);
  });
});
