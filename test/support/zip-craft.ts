// Zip packages made byte by byte for the hostile-input suites: entries whose declared sizes
// lie, that inflate to a gigabyte, or that sit behind ZIP64 records.
import { readFileSync } from 'fs';
import { join } from 'path';
import { constants, crc32, deflateRawSync } from 'zlib';

export interface CraftedEntry {
  readonly name: string;
  /** The bytes as stored (already deflated when method is 8). */
  readonly data: Uint8Array;
  readonly size: number;
  readonly crc?: number;
  readonly method?: 0 | 8;
}

export function deflated(name: string, content: string | Uint8Array): CraftedEntry {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return { name, data: deflateRawSync(bytes), size: bytes.length, crc: crc32(bytes) };
}

/**
 * `megabytes` MB of one repeated byte as a deflate stream, made in milliseconds: one
 * megabyte deflated with a sync flush (non-final blocks), repeated, then a final empty block.
 */
export function deflatedRepeat(megabytes: number, byte = 0x20): Buffer {
  const block = deflateRawSync(Buffer.alloc(1024 * 1024, byte), { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
  return Buffer.concat([...Array<Buffer>(megabytes).fill(block), Buffer.from([0x03, 0x00])]);
}

/** A zip of `entries`; with `zip64` every size and offset sits in ZIP64 extra fields and records. */
export function craftZip(entries: readonly CraftedEntry[], zip64 = false): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const extra = Buffer.alloc(zip64 ? 28 : 0);
    if (zip64) {
      extra.writeUInt16LE(1, 0);
      extra.writeUInt16LE(24, 2);
      extra.writeBigUInt64LE(BigInt(entry.size), 4);
      extra.writeBigUInt64LE(BigInt(entry.data.length), 12);
      extra.writeBigUInt64LE(BigInt(offset), 20);
    }
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(zip64 ? 45 : 20, 4);
    local.writeUInt16LE(entry.method ?? 8, 8);
    local.writeUInt32LE(entry.crc ?? 0, 14);
    local.writeUInt32LE(zip64 ? 0xffffffff : entry.data.length, 18);
    local.writeUInt32LE(zip64 ? 0xffffffff : Math.min(entry.size, 0xffffffff), 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    chunks.push(local, name, Buffer.from(entry.data));
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(45, 4);
    record.writeUInt16LE(zip64 ? 45 : 20, 6);
    record.writeUInt16LE(entry.method ?? 8, 10);
    record.writeUInt32LE(entry.crc ?? 0, 16);
    record.writeUInt32LE(zip64 ? 0xffffffff : entry.data.length, 20);
    record.writeUInt32LE(zip64 ? 0xffffffff : Math.min(entry.size, 0xffffffff), 24);
    record.writeUInt16LE(name.length, 28);
    record.writeUInt16LE(extra.length, 30);
    record.writeUInt32LE(zip64 ? 0xffffffff : offset, 42);
    central.push(record, name, extra);
    offset += 30 + name.length + entry.data.length;
  }
  const directory = Buffer.concat(central);
  const tail: Buffer[] = [];
  if (zip64) {
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeBigUInt64LE(BigInt(entries.length), 24);
    record.writeBigUInt64LE(BigInt(entries.length), 32);
    record.writeBigUInt64LE(BigInt(directory.length), 40);
    record.writeBigUInt64LE(BigInt(offset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(offset + directory.length), 8);
    locator.writeUInt32LE(1, 16);
    tail.push(record, locator);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(zip64 ? 0xffff : entries.length, 8);
  end.writeUInt16LE(zip64 ? 0xffff : entries.length, 10);
  end.writeUInt32LE(zip64 ? 0xffffffff : directory.length, 12);
  end.writeUInt32LE(zip64 ? 0xffffffff : offset, 16);
  return Buffer.concat([...chunks, directory, ...tail, end]);
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The parts of a minimal workbook around `sheetXml` (its <sheetData> content), plus `extra` entries. */
export function workbookEntries(
  sheetData: string,
  options: { styles?: string | null; strings?: string } = {},
): CraftedEntry[] {
  const entries: CraftedEntry[] = [
    deflated(
      '[Content_Types].xml',
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>${options.styles ? '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' : ''}${options.strings ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : ''}</Types>`,
    ),
    deflated(
      '_rels/.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    deflated(
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    deflated(
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>${options.styles ? `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/>` : ''}${options.strings ? `<Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : ''}</Relationships>`,
    ),
    deflated(
      'xl/worksheets/sheet1.xml',
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${sheetData}</sheetData></worksheet>`,
    ),
  ];
  if (options.styles) entries.push(deflated('xl/styles.xml', options.styles));
  if (options.strings) entries.push(deflated('xl/sharedStrings.xml', options.strings));
  return entries;
}

/** Heemstede 2017 (examples/heemstede-2017.csv) as sheetData rows: numbers as numbers, texts inline. */
export function benchmarkRows(): string {
  const csv = readFileSync(join(__dirname, '..', '..', 'examples', 'heemstede-2017.csv'), 'utf8');
  return csv
    .split('\n')
    .filter((line) => line !== '')
    .map((line, r) => {
      const cells = line.split(';').map((value, c) => {
        const ref = `${String.fromCharCode(65 + c)}${r + 1}`;
        if (value === '') return '';
        const number = Number(value.replace('%', '').replace(',', '.'));
        if (Number.isFinite(number)) return `<c r="${ref}"><v>${value.endsWith('%') ? number / 100 : number}</v></c>`;
        return `<c r="${ref}" t="inlineStr"><is><t>${value.replace(/&/g, '&amp;')}</t></is></c>`;
      });
      return `<row r="${r + 1}">${cells.join('')}</row>`;
    })
    .join('');
}
