// The parts of an .xlsx package, inflated (codec.ts: Node's native zlib on the command line,
// fflate in the browser) only when IJkpunt reads them: a part it never reads (an image, a 1 GB
// blob, a zip bomb) is carried into the copy still compressed, byte for byte. What it does read
// is inflated with a cap per part and per package, so a hostile file costs bounded time and
// memory (README, "Grenzen"). Read through a DataView, so the same code runs in a browser.
import { crc32, inflateRaw } from './codec';
import type { Parts } from './package-xml';
import { PackageError } from './package-error';

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const ENCRYPTED = 0x0001;
/** Sizes and offsets that say "look in the ZIP64 record". */
const ZIP64 = 0xffffffff;
const ZIP64_EXTRA = 0x0001;
/** An OLE compound file: how Office stores a password-encrypted workbook (MS-OFFCRYPTO §2.3.4). */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** "EncryptionInfo" as the compound file's directory spells it (UTF-16LE). */
const ENCRYPTION_INFO = [...'EncryptionInfo'].flatMap((ch) => [ch.charCodeAt(0), 0]);
const NAME_DECODER = new TextDecoder();

/** The most one part may inflate to, and a whole package: far above a 200 000-row sheet. */
export const PART_LIMIT = 256 * 1024 * 1024;
export const PACKAGE_LIMIT = 768 * 1024 * 1024;

/**
 * Parts inflated at once: those the reader reads, and small ones (cheap, and plain bytes for
 * code that looks at them). A large part nobody reads stays compressed.
 */
const READ_PARTS = /^(?:\[Content_Types\]\.xml|xl\/workbook\.xml|xl\/_rels\/[^/]+\.rels|xl\/worksheets\/[^/]+\.xml)$/;
const SMALL_PART = 1024 * 1024;

interface Budget {
  left: number;
}

/** A part as the zip holds it: compressed, inflated the first time it is read. */
export class ZippedPart extends Uint8Array {
  method = DEFLATED;
  crc = 0;
  size = 0;
  name = '';
  budget: Budget = { left: PACKAGE_LIMIT };
  private content: Uint8Array | null = null;

  /** The part's bytes; throws a PackageError naming the part when it is too large or damaged. */
  inflated(): Uint8Array {
    if (this.content) return this.content;
    const content = this.inflatedOnce();
    this.budget.left -= content.length;
    this.content = content;
    return content;
  }

  /** Throws a PackageError naming the part unless it inflates to its recorded size and CRC-32; keeps nothing. */
  check(): void {
    if (crc32(this.inflatedOnce()) !== this.crc) throw new PackageError('damaged', this.name);
  }

  private inflatedOnce(): Uint8Array {
    if (this.size > PART_LIMIT || this.size > this.budget.left) throw new PackageError('tooLarge', this.name);
    let content: Uint8Array;
    try {
      content = this.method === STORED ? new Uint8Array(this) : inflateRaw(this, this.size + 1);
    } catch {
      throw new PackageError('damaged', this.name);
    }
    if (content.length !== this.size) throw new PackageError('damaged', this.name);
    return content;
  }
}

/** A part's bytes, inflating it when it is still compressed. */
export function partBytes(parts: Parts, name: string): Uint8Array | undefined {
  const part = parts[name];
  return part instanceof ZippedPart ? part.inflated() : part;
}

/** The zip's bytes with little-endian reads (the format's byte order), as Buffer offered them. */
class ZipBytes {
  readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  get length(): number {
    return this.bytes.length;
  }
  u16(at: number): number {
    return this.view.getUint16(at, true);
  }
  u32(at: number): number {
    return this.view.getUint32(at, true);
  }
  u64(at: number): bigint {
    return this.view.getBigUint64(at, true);
  }
  text(from: number, to: number): string {
    return NAME_DECODER.decode(this.bytes.subarray(from, to));
  }
  startsWith(pattern: readonly number[]): boolean {
    return pattern.every((byte, i) => this.bytes[i] === byte);
  }
  includes(pattern: readonly number[]): boolean {
    const first = pattern[0];
    for (let at = this.bytes.indexOf(first ?? 0); at >= 0; at = this.bytes.indexOf(first ?? 0, at + 1)) {
      if (pattern.every((byte, i) => this.bytes[at + i] === byte)) return true;
    }
    return false;
  }
}

function endOfDirectory(zip: ZipBytes): number {
  // The record is 22 bytes plus a comment of at most 65 535.
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at -= 1) {
    if (zip.u32(at) === END_OF_DIRECTORY) return at;
  }
  if (zip.length >= 8 && zip.startsWith(CFB_MAGIC)) {
    // An encrypted package names its stream "EncryptionInfo" (UTF-16 in the directory).
    throw new PackageError(zip.includes(ENCRYPTION_INFO) ? 'encrypted' : 'oldFormat');
  }
  throw new PackageError('notZip');
}

function readU64(zip: ZipBytes, at: number): number {
  if (at + 8 > zip.length) throw new PackageError('notZip');
  const value = zip.u64(at);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new PackageError('notZip');
  return Number(value);
}

/** Entry count and directory offset, from the ZIP64 record when the classic one says so. */
function directoryStart(zip: ZipBytes, end: number): { count: number; at: number } {
  const count = zip.u16(end + 10);
  const at = zip.u32(end + 16);
  if (count !== 0xffff && at !== ZIP64) return { count, at };
  const locator = end - 20;
  if (locator < 0 || zip.u32(locator) !== ZIP64_LOCATOR) throw new PackageError('notZip');
  const record = readU64(zip, locator + 8);
  if (record + 56 > zip.length || zip.u32(record) !== ZIP64_END) throw new PackageError('notZip');
  return { count: readU64(zip, record + 32), at: readU64(zip, record + 48) };
}

/** Sizes and offset, the ones marked 0xffffffff taken from the ZIP64 extra field (APPNOTE 4.5.3). */
function zip64Fields(zip: ZipBytes, extra: number, extraEnd: number, fields: number[]): number[] {
  const out = [...fields];
  for (let at = extra; at + 4 <= extraEnd;) {
    const id = zip.u16(at);
    const length = zip.u16(at + 2);
    if (id === ZIP64_EXTRA) {
      let field = at + 4;
      for (let i = 0; i < out.length; i += 1) {
        if (out[i] !== ZIP64) continue;
        out[i] = readU64(zip, field);
        field += 8;
      }
      return out;
    }
    at += 4 + length;
  }
  return out;
}

function readDirectory(zip: ZipBytes, lazy = false): Parts {
  const { count, at: start } = directoryStart(zip, endOfDirectory(zip));
  const budget: Budget = { left: PACKAGE_LIMIT };
  const parts: Parts = {};
  let at = start;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > zip.length || zip.u32(at) !== DIRECTORY_ENTRY) throw new PackageError('notZip');
    const flags = zip.u16(at + 8);
    const method = zip.u16(at + 10);
    const crc = zip.u32(at + 16);
    const nameLength = zip.u16(at + 28);
    const extraLength = zip.u16(at + 30);
    const commentLength = zip.u16(at + 32);
    const name = zip.text(at + 46, at + 46 + nameLength);
    const extra = at + 46 + nameLength;
    const [size = 0, compressedSize = 0, offset = 0] = zip64Fields(zip, extra, extra + extraLength, [
      zip.u32(at + 24),
      zip.u32(at + 20),
      zip.u32(at + 42),
    ]);
    at = extra + extraLength + commentLength;
    if (name.endsWith('/')) continue; // a folder entry
    if (flags & ENCRYPTED) throw new PackageError('encrypted');
    if (method !== STORED && method !== DEFLATED) throw new PackageError('unsupported', name);
    if (offset + 30 > zip.length || zip.u32(offset) !== LOCAL_HEADER) throw new PackageError('damaged', name);
    // The local header repeats the name, and may carry a different extra field.
    const dataStart = offset + 30 + zip.u16(offset + 26) + zip.u16(offset + 28);
    if (dataStart + compressedSize > zip.length) throw new PackageError('damaged', name);
    const part = new ZippedPart(zip.bytes.buffer as ArrayBuffer, zip.bytes.byteOffset + dataStart, compressedSize);
    part.method = method;
    part.crc = crc;
    part.size = size;
    part.name = name;
    part.budget = budget;
    parts[name] = !lazy && (size <= SMALL_PART || READ_PARTS.test(name)) ? part.inflated() : part;
  }
  return parts;
}

/** The package's files by path (folder entries left out); throws a PackageError when `bytes` are no zip. */
export function unzipParts(bytes: Uint8Array): Parts {
  const zip = new ZipBytes(bytes);
  if (zip.length < 22) throw new PackageError('notZip');
  return readDirectory(zip);
}

/**
 * Checks a package as the zip it is: its directory, and every part a read would inflate
 * inflating to its recorded size and CRC-32, one part at a time (a written copy's read-back: a 200 000-row sheet is
 * never parsed again, nor held inflated beside the others). Throws a PackageError naming the
 * first part that fails; returns the parts' names.
 */
export function checkZip(bytes: Uint8Array): string[] {
  const zip = new ZipBytes(bytes);
  if (zip.length < 22) throw new PackageError('notZip');
  const parts = readDirectory(zip, true);
  // The parts a read inflates; a large one nobody reads went over from the input untouched.
  for (const part of Object.values(parts))
    if (part instanceof ZippedPart && (part.size <= SMALL_PART || READ_PARTS.test(part.name))) part.check();
  return Object.keys(parts);
}
