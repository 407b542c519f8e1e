// CSV as finance staff export it: Dutch (';' between fields, decimal comma, thousands dot) or
// English (',' with a decimal point). The separator is detected, and with it the decimal style.
import { parseNumber, type CellGrid, type CellValue } from '../engine/core';

export type CsvDialect = { readonly separator: ';' | ',' | '\t'; readonly decimal: ',' | '.' };

export class CsvError extends Error {}

/** Split into records, honouring quotes ("a;b", doubled "" inside quotes) and CRLF. */
function records(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') {
        quoted = false;
      } else {
        field += ch;
      }
    } else if (ch === '"' && field === '') {
      quoted = true;
    } else if (ch === separator) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += ch;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * The first `limit` non-empty records, split at line ends outside quotes: a quoted field may
 * hold a line break (an address, a note) without starting a record.
 */
function firstRecords(text: string, limit: number): string[] {
  const found: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i <= text.length && found.length < limit; i += 1) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (i === text.length || (!quoted && (ch === '\n' || ch === '\r'))) {
      const record = text.slice(start, i);
      if (record.trim() !== '') found.push(record);
      start = i + 1;
    }
  }
  return found;
}

/** Separators outside quotes in one record. */
function countOutsideQuotes(line: string, separator: string): number {
  let count = 0;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === separator) count += 1;
  }
  return count;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });
/**
 * Windows-1252, what Excel's "CSV" writes on a Dutch Windows ("Financiën" as EB, "€" as 80):
 * Latin-1 but for 80–9F, mapped here because Node's decoder without full ICU reads those as
 * control characters.
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function windows1252(bytes: Uint8Array): string {
  const chars: string[] = [];
  for (let at = 0; at < bytes.length; at += 8192) {
    const chunk = bytes.subarray(at, at + 8192);
    chars.push(
      String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b))),
    );
  }
  return chars.join('');
}
const UTF16LE = new TextDecoder('utf-16le');

function swapped(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length - (bytes.length % 2));
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1] ?? 0;
    out[i + 1] = bytes[i] ?? 0;
  }
  return out;
}

/**
 * The file's text, its encoding detected: UTF-8 (with or without BOM), UTF-16 LE/BE (with
 * BOM, or without when every other byte is zero), else Windows-1252 — never a silent
 * replacement character. Bytes that are no text at all (NUL bytes) are refused.
 */
export function decodeCsv(bytes: Uint8Array): string {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) return decodeUtf8OrLatin(bytes.subarray(3));
  if (b0 === 0xff && b1 === 0xfe) return UTF16LE.decode(bytes.subarray(2));
  if (b0 === 0xfe && b1 === 0xff) return UTF16LE.decode(swapped(bytes.subarray(2)));
  const sample = bytes.subarray(0, 4096);
  let evenZeros = 0;
  let oddZeros = 0;
  sample.forEach((byte, i) => {
    if (byte === 0) {
      if (i % 2 === 0) evenZeros += 1;
      else oddZeros += 1;
    }
  });
  const half = sample.length / 2;
  if (oddZeros > half * 0.9 && evenZeros === 0) return UTF16LE.decode(bytes);
  if (evenZeros > half * 0.9 && oddZeros === 0) return UTF16LE.decode(swapped(bytes));
  if (evenZeros + oddZeros > 0) throw new CsvError('binair');
  return decodeUtf8OrLatin(bytes);
}

function decodeUtf8OrLatin(bytes: Uint8Array): string {
  try {
    return UTF8.decode(bytes);
  } catch {
    return windows1252(bytes);
  }
}

/**
 * The separator is the one that gives every non-empty line the same field count. A file
 * where lines disagree (some ';', some ',') is refused rather than guessed.
 */
export function detectDialect(text: string): CsvDialect {
  const lines = firstRecords(text, 50);
  if (lines.length === 0) throw new CsvError('leeg');
  const candidates = (['\t', ';', ','] as const).map((separator) => ({
    separator,
    counts: lines.map((line) => countOutsideQuotes(line, separator)),
  }));
  const consistent = candidates.filter(
    ({ counts }) => counts[0] !== undefined && counts[0] > 0 && counts.every((c) => c === counts[0]),
  );
  const chosen = consistent[0];
  if (!chosen) {
    const used = candidates.filter(({ counts }) => counts.some((c) => c > 0)).map(({ separator }) => separator);
    throw new CsvError(used.length > 1 ? 'gemengd' : 'onregelmatig');
  }
  return { separator: chosen.separator, decimal: chosen.separator === ',' ? '.' : ',' };
}

function cellOf(raw: string): CellValue {
  return raw.trim() === '' ? null : raw;
}

export function parseCsv(text: string, sheet: string): { grid: CellGrid; dialect: CsvDialect } {
  const clean = text.replace(/^\uFEFF/, '');
  const dialect = detectDialect(clean);
  const rows = records(clean, dialect.separator);
  // A loop, not Math.max(...rows): 200 000 arguments overflow the call stack.
  let width = 0;
  for (const row of rows) if (row.length > width) width = row.length;
  const cells = rows.map((row) => {
    const cellsOfRow = row.map(cellOf);
    while (cellsOfRow.length < width) cellsOfRow.push(null);
    return cellsOfRow;
  });
  return { grid: { sheet, topLeft: 'A1', cells }, dialect };
}

/** A CSV has no types: its numbers become numbers, so written formulas can use them. */
export function typedCsvGrid(grid: CellGrid, decimal: ',' | '.'): CellGrid {
  const cells = grid.cells.map((row) =>
    row.map((cell): CellValue => {
      if (typeof cell !== 'string') return cell;
      const parsed = parseNumber(cell, decimal);
      return parsed.kind === 'number' ? parsed.value : cell;
    }),
  );
  return { ...grid, cells };
}
