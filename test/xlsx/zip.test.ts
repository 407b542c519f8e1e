// The zip writer's streamed parts: a sheet given as text pieces is encoded and deflated batch
// by batch (sync-flushed raw deflate), and must inflate — by Node's zlib, an independent
// implementation of RFC 1951 — to exactly the joined text, with the CRC-32 zlib computes.
// The read-back check (checkZip) passes such a copy and names a damaged part.
import { crc32, inflateRawSync } from 'zlib';
import { deflateRawPieces as browserDeflatePieces, crc32 as browserCrc32 } from '../../src/xlsx/codec.browser';
import { PackageError } from '../../src/xlsx/package-error';
import { checkZip, partBytes, unzipParts } from '../../src/xlsx/unzip';
import { zipParts } from '../../src/xlsx/zip';

/** 120 000 rows of sheet XML as the writer's pieces, a two-byte character (Δ) and a euro sign among them. */
function sheetPieces(): string[] {
  const pieces = ['<?xml version="1.0"?><worksheet><sheetData>'];
  for (let r = 1; r <= 120_000; r += 1)
    pieces.push(
      `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>Cluster ${r} Δ €</t></is></c><c r="B${r}"><f t="shared" si="0"/><v>${r * 7}</v></c></row>`,
    );
  pieces.push('</sheetData></worksheet>');
  return pieces;
}

/** The local entry's compressed bytes and recorded CRC of `name` in a zip written by zipParts. */
function entryOf(zip: Uint8Array, name: string): { data: Uint8Array; crc: number; size: number } {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let at = 0; view.getUint32(at, true) === 0x04034b50;) {
    const compressed = view.getUint32(at + 18, true);
    const nameLength = view.getUint16(at + 26, true);
    const entry = new TextDecoder().decode(zip.subarray(at + 30, at + 30 + nameLength));
    const start = at + 30 + nameLength + view.getUint16(at + 28, true);
    if (entry === name)
      return {
        data: zip.subarray(start, start + compressed),
        crc: view.getUint32(at + 14, true),
        size: view.getUint32(at + 22, true),
      };
    at = start + compressed;
  }
  throw new Error(`${name} not in the zip`);
}

describe('a part written from text pieces', () => {
  const pieces = sheetPieces();
  const expected = Buffer.from(pieces.join(''), 'utf8');
  const zip = zipParts(
    { '[Content_Types].xml': new TextEncoder().encode('<Types/>'), 'xl/worksheets/sheet1.xml': new Uint8Array() },
    new Map([['xl/worksheets/sheet1.xml', pieces]]),
  );

  test('is more than one batch, and inflates by zlib to exactly the joined text with its CRC-32', () => {
    expect(expected.length).toBeGreaterThan(3 * (1 << 22));
    const entry = entryOf(zip, 'xl/worksheets/sheet1.xml');
    expect(entry.size).toBe(expected.length);
    expect(entry.crc).toBe(crc32(expected));
    expect(Buffer.from(inflateRawSync(entry.data)).equals(expected)).toBe(true);
  });

  test('reads back through the reader and passes the read-back check', () => {
    expect(checkZip(zip).sort()).toEqual(['[Content_Types].xml', 'xl/worksheets/sheet1.xml']);
    const read = partBytes(unzipParts(zip), 'xl/worksheets/sheet1.xml');
    expect(Buffer.from(read ?? []).equals(expected)).toBe(true);
  });

  test('a flipped byte in the compressed sheet is named by the read-back check', () => {
    const damaged = new Uint8Array(zip);
    const entry = entryOf(damaged, 'xl/worksheets/sheet1.xml');
    const at = entry.data.byteOffset + Math.floor(entry.data.length / 2);
    damaged[at] = (damaged[at] ?? 0) ^ 0xff;
    let caught: unknown = null;
    try {
      checkZip(damaged);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PackageError);
    expect((caught as PackageError).part).toBe('xl/worksheets/sheet1.xml');
  });
});

describe("the browser's codec", () => {
  test('fflate’s streaming deflate over pieces inflates by zlib to the whole; its CRC continues over pieces', () => {
    const encoder = new TextEncoder();
    const batches = sheetPieces()
      .slice(0, 20_000)
      .map((p) => encoder.encode(p));
    const whole = Buffer.concat(batches);
    const compressed = Buffer.concat([...browserDeflatePieces(batches)]);
    expect(Buffer.from(inflateRawSync(compressed)).equals(whole)).toBe(true);
    const continued = batches.reduce((crc, b) => browserCrc32(b, crc), 0);
    expect(continued).toBe(crc32(whole));
  });
});
