// A1 formulas as R1C1, relative to the cell that holds them. A column of row-wise formulas
// becomes one R1C1 text, so the Excel adapter can write a whole run of rows with a single
// value instead of one string per cell (requests to Excel on the web stay far below 5 MB).
import { columnIndex } from './address';

// A cell reference not inside a name or function: optional $, letters, optional $, digits.
const REFERENCE = /(?<![A-Za-z0-9_.])(\$?)([A-Z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(])/g;

function part(kind: 'R' | 'C', absolute: boolean, target: number, here: number): string {
  if (absolute) return `${kind}${target}`;
  const offset = target - here;
  return offset === 0 ? kind : `${kind}[${offset}]`;
}

/** `row` is the 1-based sheet row and `col` the 0-based sheet column of the formula's cell. */
export function toR1C1(formula: string, row: number, col: number): string {
  // Text between double quotes is left alone ("n.v.t.", class labels).
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((piece, i) =>
      i % 2 === 1
        ? piece
        : piece.replace(REFERENCE, (_m, colAbs: string, letters: string, rowAbs: string, digits: string) => {
            const targetCol = columnIndex(letters) + 1;
            return `${part('R', rowAbs === '$', Number(digits), row)}${part('C', colAbs === '$', targetCol, col + 1)}`;
          }),
    )
    .join('');
}
