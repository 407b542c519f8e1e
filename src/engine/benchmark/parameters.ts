// Parameters typed on the sheet as a label with a number beside or below it:
// "Inwoners | 43.500", "Totale formatie (fte) | 165,95".
import { gridCell, gridOrigin } from '../core';
import { normaliseLabel } from '../core';
import { parseNumber } from '../core';
import type { CellGrid, CellValue } from '../core';

export type ParameterKey = 'inhabitants' | 'totalFte' | 'fteServed' | 'totalCosts';

export interface SheetParameter {
  readonly value: number;
  readonly cell: string;
  readonly label: string;
}

export type SheetParameters = Partial<Record<ParameterKey, SheetParameter>>;

// Matched against the normalised label (lower case, no accents, punctuation as spaces).
const LABELS: readonly { key: ParameterKey; pattern: RegExp }[] = [
  {
    key: 'inhabitants',
    pattern: /^(aantal )?(inwoners|inwoneraantal|inhabitants|population)( aantal)?( op 1 januari)?( \d{4})?$/,
  },
  {
    key: 'fteServed',
    pattern: /^(fte bediend|bediende (fte|formatie)|te bedienen (fte|formatie)|fte served|formatie bediend)( fte)?$/,
  },
  {
    key: 'totalFte',
    pattern:
      /^(totale formatie|formatie totaal|totaal formatie|totale organisatie|total fte|total formation|totale fte)( in)?( fte)?( organisatie)?( \d{4})?$/,
  },
  {
    key: 'totalCosts',
    pattern: /^(totale (apparaats)?kosten|totaal (apparaats)?kosten|total costs)( in)?( euro)?( \d{4})?$/,
  },
];

// Every parameter label contains one of these; most cluster names contain none.
const PARAMETER_HINT = /inw|inhab|popul|form|fte|kost|cost|bedien|serv/i;

export function parameterKeyOf(label: string): ParameterKey | null {
  if (!PARAMETER_HINT.test(label)) return null;
  const normal = normaliseLabel(label);
  return LABELS.find(({ pattern }) => pattern.test(normal))?.key ?? null;
}

export interface Rect {
  /** 0-based grid rows and columns, inclusive. */
  readonly rowFrom: number;
  readonly rowTo: number;
  readonly colFrom: number;
  readonly colTo: number;
}

function inside(rect: Rect | undefined, r: number, c: number): boolean {
  return rect !== undefined && r >= rect.rowFrom && r <= rect.rowTo && c >= rect.colFrom && c <= rect.colTo;
}

function numberAt(cells: CellGrid['cells'], r: number, c: number): number | null {
  const cell: CellValue | undefined = cells[r]?.[c];
  if (cell === undefined) return null;
  const parsed = parseNumber(cell);
  return parsed.kind === 'number' ? parsed.value : null;
}

/**
 * Labelled numbers anywhere in the grid except inside `exclude` (the table itself). The value
 * is the first number in the two cells to the right of the label, else the cell below it.
 * The first label found for a parameter wins (reading order: rows, then columns).
 */
export function findSheetParameters(grid: CellGrid, exclude?: Rect): SheetParameters {
  const found: { -readonly [K in ParameterKey]?: SheetParameter } = {};
  const origin = gridOrigin(grid);
  grid.cells.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (typeof cell !== 'string' || inside(exclude, r, c)) return;
      const key = parameterKeyOf(cell);
      if (key === null || found[key]) return;
      const candidates: [number, number][] = [
        [r, c + 1],
        [r, c + 2],
        [r + 1, c],
      ];
      for (const [rr, cc] of candidates) {
        if (inside(exclude, rr, cc)) continue;
        const value = numberAt(grid.cells, rr, cc);
        if (value !== null) {
          found[key] = { value, cell: gridCell(origin, rr, cc), label: cell.trim() };
          return;
        }
      }
    });
  });
  return found;
}
