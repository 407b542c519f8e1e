// What LibreOffice recalculated, cell by cell, against the write plan's values (jest only; the
// bench uses libreoffice.ts without these).
import { a1, parseA1 } from '../../src/engine/core/address';
import type { WritePlan } from '../../src/plan/format';

/** A cell of LibreOffice's CSV export: a number (a percentage as its fraction) or the text. */
export function valueAt(rows: string[][], address: string): number | string {
  const ref = parseA1(address);
  const text = ref ? (rows[ref.row - 1]?.[ref.col] ?? '') : '';
  const percent = /^-?[\d.]+(E-?\d+)?%$/i.test(text);
  const number = Number(percent ? text.slice(0, -1) : text);
  if (text !== '' && Number.isFinite(number)) return percent ? number / 100 : number;
  return text;
}

/** One cell, recalculated by LibreOffice, against the engine's value (numbers to 1e-9 relative). */
export function expectCell(rows: string[][], address: string, expected: number | string | null): void {
  const actual = valueAt(rows, address);
  if (typeof expected === 'number') {
    const near = typeof actual === 'number' && Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
    expect({ address, near }).toEqual({ address, near: true });
  } else {
    // A CSV cannot tell the text "2021" (a year label) from the number.
    expect({ address, actual: String(actual) }).toEqual({ address, actual: expected ?? '' });
  }
}

/** Every cell the plan wrote holds, after LibreOffice recalculated, the engine's value. */
export function expectWritten(rows: string[][], plan: WritePlan): void {
  for (const column of plan.columns) {
    expectCell(rows, a1(column.col, plan.headerRow), column.header);
    for (const cell of column.cells) expectCell(rows, a1(column.col, cell.row), cell.value);
  }
  for (const cell of plan.cells) expectCell(rows, a1(cell.col, cell.row), cell.value);
}
