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

// Matched against the normalised label (lower case, no accents, punctuation as spaces) once the
// words that only say when, in what unit or of what it is are set aside: "Totale formatie
// Heemstede (fte) per 1-1-2017" is "totale formatie heemstede", and the municipality's name
// may follow the phrase ("Aantal inwoners Heemstede").
const LABELS: readonly { key: ParameterKey; pattern: RegExp }[] = [
  {
    key: 'inhabitants',
    pattern: /^(aantal )?(inwoners|inwoneraantal|inwonertal|inhabitants|population|number of inhabitants)( aantal)?$/,
  },
  {
    key: 'fteServed',
    pattern: /^(fte bediend|bediende (fte|formatie)|te bedienen (fte|formatie)|fte served|formatie bediend)$/,
  },
  {
    key: 'totalFte',
    pattern:
      /^(totale formatie|formatie totaal|totaal formatie|totale organisatie|total fte|total formation|total staffing|totale fte|fte totaal|(bruto )?omvang (van )?(het )?ambtelijk(e)? (apparaat|organisatie))$/,
  },
  {
    key: 'totalCosts',
    pattern: /^(totale (apparaats)?kosten|totaal (apparaats)?kosten|(apparaats)?kosten totaal|total costs)$/,
  },
];

/** Words about when, the unit, or "of the organisation": set aside before matching. */
const NOISE = new Set([
  'in',
  'op',
  'per',
  'peildatum',
  'fte',
  'euro',
  'eur',
  'gemeente',
  'organisatie',
  'januari',
  'jan',
  'begroting',
  'stand',
  'ultimo',
  'x',
  'aantal',
]);

/** Words that make a label a group or cluster, never a parameter ("Totale formatie primair proces"). */
const NOT_A_NAME =
  /^(primair|primaire|proces|overhead|bedrijfsvoering|ondersteuning|clusters?|team|afdeling|referentie\w*|gemiddeld\w*|norm\w*|van|het|de|was|is|en)$/;

/** At most this many words of a name (the municipality's) may follow the phrase. */
const NAME_WORDS = 3;

// Every parameter label contains one of these; most cluster names contain none.
const PARAMETER_HINT = /inw|inhab|popul|form|fte|kost|cost|bedien|serv|omvang/i;

export function parameterKeyOf(label: string): ParameterKey | null {
  if (!PARAMETER_HINT.test(label) || label.length > 80) return null;
  const words = normaliseLabel(label)
    .split(' ')
    .filter((w) => w !== '' && !/\d/.test(w));
  const kept = words.filter((w, i) => !NOISE.has(w) || (w === 'aantal' && i === 0));
  return keyOfWords(words) ?? keyOfWords(kept);
}

function keyOfWords(words: readonly string[]): ParameterKey | null {
  for (let extra = 0; extra <= NAME_WORDS && extra < words.length; extra += 1) {
    const name = words.slice(words.length - extra);
    if (name.some((w) => NOT_A_NAME.test(w))) break;
    const phrase = words.slice(0, words.length - extra).join(' ');
    const found = LABELS.find(({ pattern }) => pattern.test(phrase));
    if (found) return found.key;
  }
  return null;
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
