// Formula references: R1C1 to A1 and back, as Excel converts `formulasR1C1` for each cell.

import { columnIndex, columnLetters } from '../../../src/engine/core/address';
import { MAX_COLUMNS, MAX_ROWS, parseCell } from './addresses';
import { invalidArgument } from './errors';

const WORD_CHAR = /[\p{L}\p{N}_.\\?$]/u;

interface FormulaToken {
  readonly ref: boolean;
  readonly text: string;
}

function isWordChar(ch: string): boolean {
  return ch !== '' && WORD_CHAR.test(ch);
}

/** Index just after the quote that closes the one at `start` (doubled quotes are escapes). */
function closingQuote(formula: string, start: number): number {
  const quote = formula.charAt(start);
  let i = start + 1;
  while (i < formula.length) {
    if (formula.charAt(i) === quote) {
      if (formula.charAt(i + 1) !== quote) return i + 1;
      i += 2;
    } else {
      i += 1;
    }
  }
  return formula.length;
}

function closingBracket(formula: string, start: number): number {
  let depth = 0;
  for (let i = start; i < formula.length; i += 1) {
    if (formula.charAt(i) === '[') depth += 1;
    if (formula.charAt(i) === ']') depth -= 1;
    if (depth === 0) return i + 1;
  }
  return formula.length;
}

/**
 * Splits a formula into references (matched by the sticky `reference` at the start of a word)
 * and everything else: string literals, quoted sheet names, function and defined names,
 * structured references, numbers and operators are passed through untouched.
 */
function tokenize(formula: string, reference: RegExp): FormulaToken[] {
  const tokens: FormulaToken[] = [];
  let plain = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula.charAt(i);
    if (ch === '"' || ch === "'") {
      const end = closingQuote(formula, i);
      plain += formula.slice(i, end);
      i = end;
      continue;
    }
    if (!isWordChar(ch)) {
      plain += ch;
      i += 1;
      continue;
    }
    reference.lastIndex = i;
    const match = reference.exec(formula);
    const length = match?.[0].length ?? 0;
    const after = formula.charAt(i + length);
    if (length > 0 && !isWordChar(after) && after !== '(' && after !== '[' && after !== '!') {
      if (plain !== '') tokens.push({ ref: false, text: plain });
      plain = '';
      tokens.push({ ref: true, text: formula.slice(i, i + length) });
      i += length;
      continue;
    }
    let end = i;
    while (end < formula.length && isWordChar(formula.charAt(end))) end += 1;
    if (formula.charAt(end) === '[') end = closingBracket(formula, end);
    plain += formula.slice(i, end);
    i = end;
  }
  if (plain !== '') tokens.push({ ref: false, text: plain });
  return tokens;
}

function anchorOf(anchor: string): { row: number; col: number } {
  const cell = parseCell(anchor);
  if (!cell) throw invalidArgument(`not a cell address: ${anchor}`);
  return cell;
}

const R1C1_PART = String.raw`(\[[+-]?\d+\]|\d+)?`;
const R1C1_REFERENCE = new RegExp(`(R)${R1C1_PART}(?:(C)${R1C1_PART})?|(C)${R1C1_PART}`, 'iy');
const R1C1_WHOLE = new RegExp(`^(?:(R)${R1C1_PART}(?:(C)${R1C1_PART})?|(C)${R1C1_PART})$`, 'i');

/** One axis of an R1C1 reference: R5 is absolute row 5, R[-1] one row up, a bare R this row. */
interface AxisSpec {
  readonly absolute: boolean;
  readonly n: number;
}

/** A parsed R1C1 reference; `standalone` is a whole row/column not part of a range (R2 means 2:2). */
interface R1C1Reference {
  readonly row: AxisSpec | null;
  readonly col: AxisSpec | null;
  readonly standalone: boolean;
}

function axisSpec(letter: string | undefined, spec: string | undefined, limit: number): AxisSpec | null {
  if (letter === undefined) return null;
  if (spec === undefined) return { absolute: false, n: 0 };
  if (spec.startsWith('[')) return { absolute: false, n: Number(spec.slice(1, -1)) };
  const n = Number(spec);
  if (n < 1 || n > limit) throw invalidArgument(`R1C1 reference out of range: ${letter}${spec}`);
  return { absolute: true, n: n - 1 };
}

/** A formula split once into text and parsed references, then rendered for any cell. */
export type CompiledR1C1 = readonly (string | R1C1Reference)[];

export function compileR1C1(formula: string): CompiledR1C1 {
  const tokens = tokenize(formula, R1C1_REFERENCE);
  return tokens.map((token, i) => {
    const match = token.ref ? R1C1_WHOLE.exec(token.text) : null;
    if (!match) return token.text;
    const row = axisSpec(match[1], match[2], MAX_ROWS);
    const col = axisSpec(match[3] ?? match[5], match[3] !== undefined ? match[4] : match[6], MAX_COLUMNS);
    const inRange = (tokens[i - 1]?.text.endsWith(':') ?? false) || (tokens[i + 1]?.text.startsWith(':') ?? false);
    return { row, col, standalone: (row === null || col === null) && !inRange };
  });
}

/** The 0-based index an axis points at from `base`, or null when it falls off the sheet. */
function axisIndex(axis: AxisSpec, base: number, limit: number): number | null {
  if (axis.absolute) return axis.n;
  const index = base + axis.n;
  return index >= 0 && index < limit ? index : null;
}

export function renderR1C1(compiled: CompiledR1C1, row: number, col: number): string {
  let out = '';
  for (const piece of compiled) {
    if (typeof piece === 'string') {
      out += piece;
      continue;
    }
    const r = piece.row ? axisIndex(piece.row, row, MAX_ROWS) : undefined;
    const c = piece.col ? axisIndex(piece.col, col, MAX_COLUMNS) : undefined;
    if (r === null || c === null) {
      out += '#REF!';
      continue;
    }
    const rowText = piece.row && r !== undefined ? `${piece.row.absolute ? '$' : ''}${r + 1}` : '';
    const colText = piece.col && c !== undefined ? `${piece.col.absolute ? '$' : ''}${columnLetters(c)}` : '';
    const a1 = colText + rowText;
    out += piece.standalone ? `${a1}:${a1}` : a1;
  }
  return out;
}

/**
 * Converts an R1C1 formula to the A1 formula Excel stores for the cell at `anchor` (A1 address):
 * R[-1]C[2] relative, R5C2 absolute, RC2 / R[1]C mixed, R2C2:R[3]C[1] ranges, R1:R[2] rows,
 * C[-1] columns. Text in double quotes, quoted sheet names and defined names stay as they are;
 * a relative reference that falls off the sheet becomes #REF!.
 */
export function r1c1ToA1(formula: string, anchor: string): string {
  const at = anchorOf(anchor);
  return renderR1C1(compileR1C1(formula), at.row, at.col);
}

const A1_REFERENCE = /\$?[A-Za-z]{1,3}\$?\d+|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d+:\$?\d+/y;

function r1c1Axis1(letter: 'R' | 'C', absolute: boolean, index: number, base: number): string {
  if (absolute) return `${letter}${index + 1}`;
  const delta = index - base;
  return delta === 0 ? letter : `${letter}[${delta}]`;
}

/** Excel writes a whole row or column range with equal ends as one reference: B:B is C[-1]. */
function span(from: string, to: string): string {
  return from === to ? from : `${from}:${to}`;
}

function a1ReferenceToR1C1(text: string, row: number, col: number): string {
  const cell = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/.exec(text);
  if (cell?.[2] && cell[4]) {
    const c = columnIndex(cell[2]);
    const r = Number(cell[4]) - 1;
    if (c >= MAX_COLUMNS || r < 0 || r >= MAX_ROWS) return text;
    return r1c1Axis1('R', cell[3] === '$', r, row) + r1c1Axis1('C', cell[1] === '$', c, col);
  }
  const cols = /^(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})$/.exec(text);
  if (cols?.[2] && cols[4]) {
    const from = columnIndex(cols[2]);
    const to = columnIndex(cols[4]);
    if (from >= MAX_COLUMNS || to >= MAX_COLUMNS) return text;
    return span(r1c1Axis1('C', cols[1] === '$', from, col), r1c1Axis1('C', cols[3] === '$', to, col));
  }
  const rows = /^(\$?)(\d+):(\$?)(\d+)$/.exec(text);
  if (rows?.[2] && rows[4]) {
    const from = r1c1Axis1('R', rows[1] === '$', Number(rows[2]) - 1, row);
    return span(from, r1c1Axis1('R', rows[3] === '$', Number(rows[4]) - 1, row));
  }
  return text;
}

/** The inverse of r1c1ToA1, for reading `formulasR1C1`. */
export function a1ToR1C1(formula: string, anchor: string): string {
  const at = anchorOf(anchor);
  return tokenize(formula, A1_REFERENCE)
    .map((token) => (token.ref ? a1ReferenceToR1C1(token.text, at.row, at.col) : token.text))
    .join('');
}
