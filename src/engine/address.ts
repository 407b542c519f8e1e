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
