// The parts of an .xlsx package, inflated by codec.ts (Node's native zlib on the command line,
// fflate in the browser). A package this reader does not expect (ZIP64, encryption, another
// compression method) goes to fflate's own unzip.
import { unzipSync } from 'fflate';
import { inflateRaw } from './codec';
import type { Parts } from './package-xml';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const ENCRYPTED = 0x0001;
/** Sizes and offsets that say "look in the ZIP64 record". */
const ZIP64 = 0xffffffff;

class Unusual extends Error {}

const NAME_DECODER = new TextDecoder();

function endOfDirectory(zip: DataView): number {
  // The record is 22 bytes plus a comment of at most 65 535.
  for (let at = zip.byteLength - 22; at >= Math.max(0, zip.byteLength - 22 - 0xffff); at -= 1) {
    if (zip.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  throw new Error('not a zip file');
}

function readDirectory(bytes: Uint8Array): Parts {
  const zip = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = endOfDirectory(zip);
  const count = zip.getUint16(end + 10, true);
  let at = zip.getUint32(end + 16, true);
  if (count === 0xffff || at === ZIP64) throw new Unusual();
  const parts: Parts = {};
  for (let i = 0; i < count; i += 1) {
    if (zip.getUint32(at, true) !== DIRECTORY_ENTRY) throw new Error('broken zip directory');
    const flags = zip.getUint16(at + 8, true);
    const method = zip.getUint16(at + 10, true);
    const compressedSize = zip.getUint32(at + 20, true);
    const size = zip.getUint32(at + 24, true);
    const nameLength = zip.getUint16(at + 28, true);
    const extraLength = zip.getUint16(at + 30, true);
    const commentLength = zip.getUint16(at + 32, true);
    const offset = zip.getUint32(at + 42, true);
    const name = NAME_DECODER.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
    if (flags & ENCRYPTED || (method !== STORED && method !== DEFLATED)) throw new Unusual();
    if (compressedSize === ZIP64 || size === ZIP64 || offset === ZIP64) throw new Unusual();
    if (zip.getUint32(offset, true) !== LOCAL_HEADER) throw new Error('broken zip entry');
    // The local header repeats the name, and may carry a different extra field.
    const start = offset + 30 + zip.getUint16(offset + 26, true) + zip.getUint16(offset + 28, true);
    const data = bytes.subarray(start, start + compressedSize);
    if (name.endsWith('/')) continue; // a folder entry
    const content = method === STORED ? new Uint8Array(data) : inflateRaw(data);
    if (content.length !== size) throw new Error(`zip entry ${name} has the wrong size`);
    parts[name] = content;
  }
  return parts;
}

/** The package's files by path (folder entries left out); throws when `bytes` are no zip. */
export function unzipParts(bytes: Uint8Array): Parts {
  try {
    return readDirectory(bytes);
  } catch (error) {
    if (!(error instanceof Unusual)) throw error;
    const parts = unzipSync(bytes);
    for (const name of Object.keys(parts)) if (name.endsWith('/')) delete parts[name];
    return parts;
  }
}
