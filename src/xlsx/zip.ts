// A zip container for the written package, compressed by Node's native zlib: the large
// worksheet part is most of the bytes, and native deflate takes a tenth of the time a
// JavaScript one does. Parts keep the order they are given in ([Content_Types].xml first).
// A part read from the input and never inflated goes over still compressed.
import { crc32, deflateRawSync } from 'zlib';
import { ZippedPart } from './unzip';

/** 1980-01-01 00:00 in MS-DOS format: a fixed date keeps the output reproducible. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const UTF8_NAMES = 0x0800;

export function zipParts(parts: Readonly<Record<string, Uint8Array>>): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  const names = Object.keys(parts).sort((a, b) =>
    a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : 0,
  );
  for (const name of names) {
    const data = parts[name] ?? new Uint8Array();
    const nameBytes = Buffer.from(name, 'utf8');
    const raw = data instanceof ZippedPart;
    const compressed = raw ? data : deflateRawSync(data, { level: 1 });
    const crc = raw ? data.crc : crc32(data);
    const size = raw ? data.size : data.length;
    const method = raw ? data.method : 8;
    if (offset > 0xffffffff - compressed.length - 30 - nameBytes.length || size > 0xffffffff)
      throw new Error('xlsx: the copy would need ZIP64');
    // The local header and the central directory entry share these fields.
    const common = (buffer: Buffer, at: number) => {
      buffer.writeUInt16LE(UTF8_NAMES, at);
      buffer.writeUInt16LE(method, at + 2);
      buffer.writeUInt16LE(DOS_TIME, at + 4);
      buffer.writeUInt16LE(DOS_DATE, at + 6);
      buffer.writeUInt32LE(crc, at + 8);
      buffer.writeUInt32LE(compressed.length, at + 12);
      buffer.writeUInt32LE(size, at + 16);
      buffer.writeUInt16LE(nameBytes.length, at + 20);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    common(local, 6);
    chunks.push(local, nameBytes, Buffer.from(compressed.buffer, compressed.byteOffset, compressed.length));
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    common(entry, 8);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, nameBytes);
    offset += local.length + nameBytes.length + compressed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(names.length, 8);
  end.writeUInt16LE(names.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, directory, end]);
}
