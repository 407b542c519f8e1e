// A1 addresses: the engine names cells the way the user sees them.

export interface CellRef {
  /** 0-based column. */
  readonly col: number;
  /** 1-based row, as Excel shows it. */
  readonly row: number;
}

export function columnLetters(col: number): string {
  let n = col + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    n = n * 26 + (ch.charCodeAt(0) - 64);
  }
  return n - 1;
}

export function parseA1(address: string): CellRef | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!match || match[1] === undefined || match[2] === undefined) {
    return null;
  }
  const row = Number(match[2]);
  return row >= 1 ? { col: columnIndex(match[1]), row } : null;
}

export function a1(col: number, row: number): string {
  return `${columnLetters(col)}${row}`;
}

export function rangeA1(from: CellRef, to: CellRef): string {
  return `${a1(from.col, from.row)}:${a1(to.col, to.row)}`;
}

/** The sheet address of cells[r][c] in a grid whose top-left cell is `topLeft`. */
export function gridCell(topLeft: CellRef, r: number, c: number): string {
  return a1(topLeft.col + c, topLeft.row + r);
}

/** A rectangle of cells: rows 1-based as Excel shows them, columns 0-based. */
export interface RangeBox {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

/** "A4:E11", "$S$6", "'Blad 1'!B2:C3" → the rectangle, or null when it is no A1 range. */
export function parseRange(range: string): RangeBox | null {
  const bare = range.includes('!') ? range.slice(range.lastIndexOf('!') + 1) : range;
  const [from = '', to = from] = bare.split(':');
  const a = parseA1(from);
  const b = parseA1(to);
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    bottom: Math.max(a.row, b.row),
    left: Math.min(a.col, b.col),
    right: Math.max(a.col, b.col),
  };
}

export function inBoxes(boxes: readonly (RangeBox | null)[], row: number, col: number): boolean {
  return boxes.some((b) => b !== null && row >= b.top && row <= b.bottom && col >= b.left && col <= b.right);
}

export function boxesOverlap(a: RangeBox, b: RangeBox): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}
