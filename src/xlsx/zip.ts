// A zip container for the written package, compressed by codec.ts (Node's native zlib on the
// command line: the worksheet part is most of the bytes and native deflate takes a tenth of
// the time; fflate in the browser). Parts keep the order they are given in
// ([Content_Types].xml first). Plain Uint8Array and DataView, so the same code runs in both.
// A part read from the input and never inflated goes over still compressed.
import { crc32, deflateRaw, deflateRawPieces } from './codec';
import { ZippedPart } from './unzip';

/** 1980-01-01 00:00 in MS-DOS format: a fixed date keeps the output reproducible. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const UTF8_NAMES = 0x0800;

const NAME_ENCODER = new TextEncoder();

/** A little-endian writer over a fresh buffer of `size` bytes. */
function header(size: number): {
  bytes: Uint8Array;
  u16: (at: number, v: number) => void;
  u32: (at: number, v: number) => void;
} {
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  return { bytes, u16: (at, v) => view.setUint16(at, v, true), u32: (at, v) => view.setUint32(at, v >>> 0, true) };
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, c) => sum + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Text pieces joined into batches of about this many characters before they are encoded. */
const BATCH = 1 << 22;

/** `pieces` as UTF-8 batches: one batch's string and bytes at a time, never the whole part's. */
function* encodedBatches(pieces: readonly string[]): Generator<Uint8Array> {
  let batch: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    batch.push(piece);
    length += piece.length;
    if (length >= BATCH) {
      yield NAME_ENCODER.encode(batch.join(''));
      batch = [];
      length = 0;
    }
  }
  if (batch.length > 0) yield NAME_ENCODER.encode(batch.join(''));
}

/** A part given as text pieces, encoded and deflated batch by batch: compressed bytes, CRC and size. */
function deflatedText(pieces: readonly string[]): { compressed: Uint8Array; crc: number; size: number } {
  let crc = 0;
  let size = 0;
  const counted = function* () {
    for (const bytes of encodedBatches(pieces)) {
      crc = crc32(bytes, crc);
      size += bytes.length;
      yield bytes;
    }
  };
  const compressed = concat([...deflateRawPieces(counted())]);
  return { compressed, crc, size };
}

/** The part's compressed bytes, CRC, size and method: carried over, deflated whole, or deflated by pieces. */
function entryOf(data: Uint8Array, pieces: readonly string[] | undefined) {
  if (pieces) return { ...deflatedText(pieces), method: 8 };
  if (data instanceof ZippedPart)
    return { compressed: data as Uint8Array, crc: data.crc, size: data.size, method: data.method };
  return { compressed: deflateRaw(data), crc: crc32(data), size: data.length, method: 8 };
}

/**
 * The zip of `parts`; a part named in `texts` is written from its text pieces instead (a
 * 200 000-row sheet: its XML is never joined into one string or one buffer).
 */
export function zipParts(
  parts: Readonly<Record<string, Uint8Array>>,
  texts: ReadonlyMap<string, readonly string[]> = new Map(),
): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  const names = Object.keys(parts).sort((a, b) =>
    a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : 0,
  );
  for (const name of names) {
    const data = parts[name] ?? new Uint8Array();
    const nameBytes = NAME_ENCODER.encode(name);
    const { compressed, crc, size, method } = entryOf(data, texts.get(name));
    if (offset > 0xffffffff - compressed.length - 30 - nameBytes.length || size > 0xffffffff)
      throw new Error('xlsx: the copy would need ZIP64');
    // The local header and the central directory entry share these fields.
    const common = (buffer: ReturnType<typeof header>, at: number) => {
      buffer.u16(at, UTF8_NAMES);
      buffer.u16(at + 2, method);
      buffer.u16(at + 4, DOS_TIME);
      buffer.u16(at + 6, DOS_DATE);
      buffer.u32(at + 8, crc);
      buffer.u32(at + 12, compressed.length);
      buffer.u32(at + 16, size);
      buffer.u16(at + 20, nameBytes.length);
    };
    const local = header(30);
    local.u32(0, 0x04034b50);
    local.u16(4, 20);
    common(local, 6);
    chunks.push(local.bytes, nameBytes, compressed);
    const entry = header(46);
    entry.u32(0, 0x02014b50);
    entry.u16(4, 20);
    entry.u16(6, 20);
    common(entry, 8);
    entry.u32(42, offset);
    central.push(entry.bytes, nameBytes);
    offset += local.bytes.length + nameBytes.length + compressed.length;
  }
  const directory = concat(central);
  const end = header(22);
  end.u32(0, 0x06054b50);
  end.u16(8, names.length);
  end.u16(10, names.length);
  end.u32(12, directory.length);
  end.u32(16, offset);
  return concat([...chunks, directory, end.bytes]);
}
