// The vocabulary every room shares: cells and grids as a workbook hands them over, the
// language, warnings and the one fatal message. Plain, serialisable data.

/** An Excel error value as the workbook hands it over ("#DIV/0!", "#N/A", …). */
export interface CellError {
  readonly error: string;
}

/** One cell as Excel hands it over: a number, text, a boolean, empty, or an error. */
export type CellValue = number | string | boolean | null | CellError;

/** A rectangular block of cells and where its top-left cell sits in the workbook. */
export interface CellGrid {
  readonly sheet: string;
  /** A1-style address of cells[0][0], e.g. "A3". */
  readonly topLeft: string;
  readonly cells: readonly (readonly CellValue[])[];
}

export type Category = 'primair' | 'overhead';

export type Language = 'nl' | 'en';

export interface Warning {
  /** A1 address of the cell concerned, or null when it concerns the table as a whole. */
  readonly cell: string | null;
  readonly message: string;
}

/** Nothing could be analysed: one message a finance officer understands. */
export interface FatalError {
  readonly fatal: true;
  readonly cell: string | null;
  readonly message: string;
}
