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

/** Separators outside quotes on one line. */
function countOutsideQuotes(line: string, separator: string): number {
  let count = 0;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === separator) count += 1;
  }
  return count;
}

/**
 * The separator is the one that gives every non-empty line the same field count. A file
 * where lines disagree (some ';', some ',') is refused rather than guessed.
 */
export function detectDialect(text: string): CsvDialect {
  const lines = text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .slice(0, 50);
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
  const rows = records(clean, dialect.separator).map((row) => row.map(cellOf));
  const width = Math.max(0, ...rows.map((row) => row.length));
  const cells = rows.map((row) => [...row, ...Array<CellValue>(width - row.length).fill(null)]);
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
