// codec.ts for the browser (the preview opening the user's own file): fflate's JavaScript
// deflate and inflate, and a table-driven CRC-32, instead of Node's zlib, which a browser lacks.
import { Deflate, deflateSync, inflateSync } from 'fflate';

/**
 * Inflates into a buffer of `limit` bytes: fflate does not grow a buffer it is given, so a part
 * larger than it says comes back cut short, which the caller's size check then refuses.
 */
export function inflateRaw(data: Uint8Array, limit: number): Uint8Array {
  return inflateSync(data, { out: new Uint8Array(limit) });
}

export function deflateRaw(data: Uint8Array): Uint8Array {
  return deflateSync(data, { level: 1 });
}

/** One raw deflate stream over `pieces`, pushed one at a time into fflate's streaming deflate. */
export function* deflateRawPieces(pieces: Iterable<Uint8Array>): Generator<Uint8Array> {
  const out: Uint8Array[] = [];
  const deflate = new Deflate({ level: 1 }, (chunk) => out.push(chunk));
  for (const piece of pieces) {
    deflate.push(piece, false);
    yield* out.splice(0);
  }
  deflate.push(new Uint8Array(0), true);
  yield* out.splice(0);
}

function crcTable(): Uint32Array {
  const made = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    made[n] = c >>> 0;
  }
  return made;
}

const CRC_TABLE = crcTable();

/** CRC-32 as zip uses it (ISO 3309, polynomial 0xEDB88320). */
export function crc32(data: Uint8Array, previous = 0): number {
  const t = CRC_TABLE;
  let c = (previous ^ 0xffffffff) >>> 0;
  for (let i = 0; i < data.length; i += 1) c = (t[(c ^ (data[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
