// The copy is written next to its target under a temporary name, read back by IJkpunt's own
// reader, and only then renamed over the target: a write that fails half-way (disk full, a
// file size limit, no permission) leaves the previous file as it was, and never the input.
// The read-back checks the zip part by part (unzip.ts, checkZip).
import {
  closeSync,
  fstatSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'fs';
import { basename, dirname, join, resolve } from 'path';
import { PackageError } from './package-error';
import { checkZip } from './unzip';

/** Why the copy could not be written: the system's error code (ENOSPC, EACCES, EISDIR, …). */
export class WriteFailure extends Error {
  constructor(readonly code: string) {
    super(`write failed: ${code}`);
  }
}

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : 'EIO';
}

/** Is `out` the same file as one of `inputs`: a symlink, a hard link, or another spelling on a case-folding disk. */
export function sameFile(out: string, inputs: readonly string[]): boolean {
  let target;
  try {
    target = statSync(out);
  } catch {
    return inputs.some((input) => resolve(input) === resolve(out));
  }
  return inputs.some((input) => {
    try {
      const source = statSync(input);
      return source.dev === target.dev && source.ino === target.ino;
    } catch {
      return resolve(input) === resolve(out);
    }
  });
}

function writeAll(path: string, bytes: Uint8Array): void {
  const fd = openSync(path, 'wx', 0o644);
  try {
    for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at, bytes.length - at);
    fsyncSync(fd);
    if (fstatSync(fd).size !== bytes.length) throw new WriteFailure('EIO');
  } finally {
    closeSync(fd);
  }
}

/** Writes `bytes` (an .xlsx package) to `out` whole or not at all; throws WriteFailure. */
export function safeWriteWorkbook(out: string, bytes: Uint8Array): void {
  const target = resolve(out);
  const folder = dirname(target);
  try {
    mkdirSync(folder, { recursive: true });
    if (statSync(target, { throwIfNoEntry: false })?.isDirectory()) throw new WriteFailure('EISDIR');
  } catch (error) {
    throw error instanceof WriteFailure ? error : new WriteFailure(codeOf(error));
  }
  const temporary = join(folder, `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    writeAll(temporary, bytes);
    const back = readFileSync(temporary);
    if (!back.equals(bytes)) throw new WriteFailure('EIO');
    // The bytes are IJkpunt's own writer's: what the disk may spoil is the container, so each
    // part is inflated and its CRC checked, not the whole workbook parsed again.
    if (!checkZip(back).includes('xl/workbook.xml')) throw new PackageError('notWorkbook');
    renameSync(temporary, target);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // never made, or already gone
    }
    if (error instanceof WriteFailure) throw error;
    throw new WriteFailure(codeOf(error));
  }
}
