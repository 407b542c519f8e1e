// One cell as the fake keeps it, and what Excel stores for a value written to it.

import { formulaOfEntry } from '../fake-rules';
import { invalidArgument } from './errors';

export type Scalar = number | string | boolean;

export interface CellModel {
  value: Scalar | null;
  formula: string | null;
  numberFormat: string;
  bold: boolean;
  fill: string | null;
  fontColor: string | null;
}

export const GENERAL = 'General';

export function emptyCell(): CellModel {
  return { value: null, formula: null, numberFormat: GENERAL, bold: false, fill: null, fontColor: null };
}

export function hasContent(cell: CellModel | undefined): boolean {
  return !!cell && (cell.value !== null || cell.formula !== null);
}

export function isEmptyCell(cell: CellModel): boolean {
  return (
    !hasContent(cell) && cell.numberFormat === GENERAL && !cell.bold && cell.fill === null && cell.fontColor === null
  );
}

const NUMBER_TEXT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * What Excel stores for a value written to `values` or `formulas`: '' clears, a leading
 * apostrophe keeps text (and is dropped: reading `values` or `formulas` gives the text without
 * it), numeric and TRUE/FALSE text is converted, '=…', '+…', '-…' and '@…' are formulas (see
 * formulaOfEntry) — unless the cell is formatted as text, '@'.
 */
export function contentOf(input: unknown, textFormat: boolean): { value: Scalar | null; formula: string | null } {
  if (input === '') return { value: null, formula: null };
  if (typeof input === 'string') {
    if (textFormat) return { value: input, formula: null };
    if (input.startsWith("'")) return { value: input.slice(1), formula: null };
    if (NUMBER_TEXT.test(input)) return { value: Number(input), formula: null };
    if (/^(true|false)$/i.test(input)) return { value: input.toUpperCase() === 'TRUE', formula: null };
    const formula = formulaOfEntry(input);
    return formula === null ? { value: input, formula: null } : { value: null, formula };
  }
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw invalidArgument(`${input} is not a valid cell value`);
    return { value: input, formula: null };
  }
  if (typeof input === 'boolean') return { value: input, formula: null };
  throw invalidArgument(`a cell value must be a number, string or boolean, not ${typeof input}`);
}

export function valueOf(cell: CellModel | undefined): Scalar | null {
  if (!cell) return '';
  if (cell.formula !== null) return cell.value;
  return cell.value ?? '';
}

export function valueTypeOf(cell: CellModel | undefined): string {
  const value = cell?.value ?? null;
  if (value === null) return 'Empty';
  if (typeof value === 'number') return 'Double';
  return typeof value === 'boolean' ? 'Boolean' : 'String';
}

export function normaliseColor(input: unknown, location: string): string | null {
  if (typeof input !== 'string') throw invalidArgument(`a colour must be a string like '#FF0000'`, location);
  if (input === '') return null;
  return /^#[0-9a-f]{6}$/i.test(input) ? input.toUpperCase() : input;
}
