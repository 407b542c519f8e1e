// The package parts besides the sheet: defined names, recalculation on open (the calculation
// chain goes), the very hidden ownership sheet, and the zip container around them.
import {
  addSheet,
  readPart,
  recalculateOnOpen,
  setDefinedNames,
  sheetsOf,
  type Parts,
} from '../../src/xlsx/package-xml';
import { unzipParts } from '../../src/xlsx/unzip';
import { zipParts } from '../../src/xlsx/zip';
import { zipSync } from 'fflate';
import { crc32 } from 'zlib';

const text = (xml: string) => new TextEncoder().encode(xml);

const WORKBOOK_NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

function workbook(afterSheets = '', extra = ''): Parts {
  return {
    '[Content_Types].xml': text(
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        `${extra === '' ? '' : '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/>'}</Types>`,
    ),
    'xl/workbook.xml': text(
      `<workbook ${WORKBOOK_NS}><workbookPr/><bookViews><workbookView/></bookViews><sheets><sheet name="Blad &amp; 1" sheetId="3" r:id="rId1"/></sheets>${afterSheets}</workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': text(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/>' +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
        `${extra === '' ? '' : '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/>'}</Relationships>`,
    ),
    'xl/worksheets/sheet1.xml': text('<worksheet><sheetData/></worksheet>'),
    ...(extra === '' ? {} : { 'xl/calcChain.xml': text(extra) }),
  };
}

const part = (parts: Parts, name: string) => readPart(parts, name) ?? '';

describe('the workbook part', () => {
  test('sheets resolve absolute and relative targets; names are unescaped', () => {
    expect(sheetsOf(workbook())).toEqual([
      { name: 'Blad & 1', sheetId: 3, rid: 'rId1', path: 'xl/worksheets/sheet1.xml' },
    ]);
  });

  test('defined names: IJkpunt’s own are replaced (whatever their case), the user’s kept; a new block goes before calcPr', () => {
    const parts = workbook(
      '<definedNames><definedName name="Mijn_naam">\'Blad 1\'!$A$1</definedName><definedName name="ijk_blad_inwoners">\'Blad 1\'!$Z$9</definedName></definedNames><calcPr calcId="191029"/>',
    );
    setDefinedNames(parts, new Set(['IJK_Blad_Inwoners']), [{ name: 'IJK_Blad_Inwoners', ref: "'Blad & 1'!$S$5" }]);
    expect(part(parts, 'xl/workbook.xml')).toContain(
      '<definedNames><definedName name="Mijn_naam">\'Blad 1\'!$A$1</definedName><definedName name="IJK_Blad_Inwoners">\'Blad &amp; 1\'!$S$5</definedName></definedNames><calcPr',
    );
    const bare = workbook('<calcPr calcId="191029"/><extLst/>');
    setDefinedNames(bare, new Set(['A']), [{ name: 'A', ref: 'Blad1!$A$1' }]);
    expect(part(bare, 'xl/workbook.xml')).toContain(
      '</sheets><definedNames><definedName name="A">Blad1!$A$1</definedName></definedNames><calcPr calcId="191029"/><extLst/>',
    );
    // A sheet name ending in $ makes "$'", which String.replace would read as a pattern.
    const dollar = workbook('<definedNames><definedName name="B">Blad1!$B$1</definedName></definedNames>');
    setDefinedNames(dollar, new Set(['A']), [{ name: 'A', ref: "'Kosten$'!$A$1" }]);
    expect(part(dollar, 'xl/workbook.xml')).toContain(
      '<definedName name="B">Blad1!$B$1</definedName><definedName name="A">\'Kosten$\'!$A$1</definedName></definedNames></workbook>',
    );
    const empty = workbook('<definedNames/>');
    setDefinedNames(empty, new Set(['A']), [{ name: 'A', ref: 'Blad1!$A$1' }]);
    expect(part(empty, 'xl/workbook.xml')).toContain(
      '<definedNames><definedName name="A">Blad1!$A$1</definedName></definedNames>',
    );
  });

  test('recalculation on open: calcPr gets fullCalcOnLoad (or is added in its place); the calculation chain goes everywhere', () => {
    const parts = workbook('<calcPr calcId="191029" fullCalcOnLoad="0"/>', '<calcChain><c r="A1" i="1"/></calcChain>');
    recalculateOnOpen(parts);
    expect(part(parts, 'xl/workbook.xml')).toContain('<calcPr calcId="191029" fullCalcOnLoad="1"/>');
    expect(parts['xl/calcChain.xml']).toBeUndefined();
    expect(part(parts, 'xl/_rels/workbook.xml.rels')).not.toContain('calcChain');
    expect(part(parts, '[Content_Types].xml')).not.toContain('calcChain');
    expect(part(parts, 'xl/_rels/workbook.xml.rels')).toContain('styles.xml');

    const without = workbook('<fileRecoveryPr/>');
    recalculateOnOpen(without);
    expect(part(without, 'xl/workbook.xml')).toContain('</sheets><calcPr fullCalcOnLoad="1"/><fileRecoveryPr/>');
  });

  test('the ownership sheet is a new, very hidden worksheet with its own part, relationship and content type', () => {
    const parts = workbook();
    parts['xl/worksheets/sheet2.xml'] = text('<worksheet/>'); // a part nothing refers to: not reused
    const path = addSheet(parts, '_IJkpunt', '<worksheet><sheetData/></worksheet>');
    expect(path).toBe('xl/worksheets/sheet3.xml');
    expect(part(parts, path)).toBe('<worksheet><sheetData/></worksheet>');
    expect(part(parts, 'xl/workbook.xml')).toContain(
      '<sheet name="_IJkpunt" sheetId="4" state="veryHidden" r:id="rId3"/></sheets>',
    );
    expect(part(parts, 'xl/_rels/workbook.xml.rels')).toContain(
      'Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet3.xml"',
    );
    expect(part(parts, '[Content_Types].xml')).toContain('<Override PartName="/xl/worksheets/sheet3.xml"');
    expect(sheetsOf(parts).map((s) => [s.name, s.path])).toEqual([
      ['Blad & 1', 'xl/worksheets/sheet1.xml'],
      ['_IJkpunt', 'xl/worksheets/sheet3.xml'],
    ]);
  });
});

/** A ZIP64 archive of stored entries (as a zip of more than 4 GB would be): the fallback's case. */
function zip64(files: Record<string, Uint8Array>): Uint8Array {
  const FULL = 0xffffffff;
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of Object.entries(files)) {
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30 + nameBytes.length + 20);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(45, 4);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(FULL, 18);
    local.writeUInt32LE(FULL, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(20, 28);
    nameBytes.copy(local, 30);
    local.writeUInt16LE(1, 30 + nameBytes.length);
    local.writeUInt16LE(16, 32 + nameBytes.length);
    local.writeBigUInt64LE(BigInt(data.length), 34 + nameBytes.length);
    local.writeBigUInt64LE(BigInt(data.length), 42 + nameBytes.length);
    const entry = Buffer.alloc(46 + nameBytes.length + 28);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(45, 4);
    entry.writeUInt16LE(45, 6);
    entry.writeUInt32LE(crc32(data), 16);
    entry.writeUInt32LE(FULL, 20);
    entry.writeUInt32LE(FULL, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt16LE(28, 30);
    entry.writeUInt32LE(FULL, 42);
    nameBytes.copy(entry, 46);
    entry.writeUInt16LE(1, 46 + nameBytes.length);
    entry.writeUInt16LE(24, 48 + nameBytes.length);
    entry.writeBigUInt64LE(BigInt(data.length), 50 + nameBytes.length);
    entry.writeBigUInt64LE(BigInt(data.length), 58 + nameBytes.length);
    entry.writeBigUInt64LE(BigInt(offset), 66 + nameBytes.length);
    chunks.push(local, Buffer.from(data));
    central.push(entry);
    offset += local.length + data.length;
  }
  const directory = Buffer.concat(central);
  const count = BigInt(central.length);
  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x06064b50, 0);
  record.writeBigUInt64LE(44n, 4);
  record.writeUInt16LE(45, 12);
  record.writeUInt16LE(45, 14);
  record.writeBigUInt64LE(count, 24);
  record.writeBigUInt64LE(count, 32);
  record.writeBigUInt64LE(BigInt(directory.length), 40);
  record.writeBigUInt64LE(BigInt(offset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(offset + directory.length), 8);
  locator.writeUInt32LE(1, 16);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(0xffff, 8);
  end.writeUInt16LE(0xffff, 10);
  end.writeUInt32LE(FULL, 12);
  end.writeUInt32LE(FULL, 16);
  return new Uint8Array(Buffer.concat([...chunks, directory, record, locator, end]));
}

describe('the zip container', () => {
  test('parts survive a round trip byte for byte, [Content_Types].xml first; folder entries are no parts', () => {
    const parts = workbook();
    parts['xl/media/image1.png'] = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 255, 7]);
    const zipped = zipParts(parts);
    expect(new TextDecoder().decode(zipped.subarray(30, 30 + '[Content_Types].xml'.length))).toBe(
      '[Content_Types].xml',
    );
    const back = unzipParts(zipped);
    expect(Object.keys(back).sort()).toEqual(Object.keys(parts).sort());
    for (const name of Object.keys(parts))
      expect(Buffer.from(back[name] ?? []).equals(Buffer.from(parts[name] ?? []))).toBe(true);

    const withFolders = zipSync({
      'xl/': new Uint8Array(),
      'xl/a.xml': text('<a/>'),
      'b.bin': [new Uint8Array([1, 2]), { level: 0 }],
    });
    expect(Object.keys(unzipParts(withFolders)).sort()).toEqual(['b.bin', 'xl/a.xml']);
  });

  test('a ZIP64 package is read from its ZIP64 records', () => {
    const parts = unzipParts(zip64({ 'xl/workbook.xml': text('<workbook/>'), 'a.bin': new Uint8Array([0, 1, 2]) }));
    expect(readPart(parts, 'xl/workbook.xml')).toBe('<workbook/>');
    expect([...(parts['a.bin'] ?? [])]).toEqual([0, 1, 2]);
  });

  test('bytes that are no zip are refused', () => {
    expect(() => unzipParts(text('geen zip'))).toThrow();
  });
});
