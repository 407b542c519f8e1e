// Reading numbers the way Dutch finance staff type them. Workbooks mix real numbers with
// text that only looks like a number ("€ 294.556", "3,69 fte", "1,6%"), and a benchmark
// export may be English ("1,234.56"). Bad input is a value, never an exception: the caller
// turns `invalid` into a warning with a cell address.

import type { CellValue } from './types';

export type ParsedNumber =
  /**
   * `percent`: the text had a % sign, and `value` is already divided by 100. `note`: a
   * footnote mark the report printed after the number ("€ 2.028.168*" → "*"), kept so the
   * caller can show it; only present when there was one.
   */
  | { kind: 'number'; value: number; percent: boolean; note?: string }
  /** Blank, or a "not applicable" marker such as "n.v.t." or "-". */
  | { kind: 'empty' }
  /** `text`: the original text, or the Excel error code ("#DIV/0!"). */
  | { kind: 'invalid'; text: string };

/** Which character separates the decimals; 'auto' guesses per value, Dutch first. */
export type DecimalStyle = ',' | '.' | 'auto';

const EMPTY: ParsedNumber = { kind: 'empty' };

/** No amount anyone types is longer; it also caps the cost of the suffix patterns on long prose. */
const MAX_NUMBER_TEXT = 100;

/** What people write for "no value here"; compared after trimming and lower-casing. */
const EMPTY_MARKERS = new Set(['n.v.t.', 'n.v.t', 'nvt', 'n.a.', 'n.a', 'n/a', 'na', '-', '–', '—', '‒', '−', '--']);

// Excel and Word put non-breaking, thin and figure spaces between digit groups.
const SPACE_LIKE = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;

const SIGN = /^[+\-\u2212\u2012\u2013\u2014]/;

const CURRENCY_PREFIX = /^(?:€|euro(?![a-z])|eur(?![a-z]))\s*/i;
const CURRENCY_SUFFIX = /\s*(?:€|euro's|euros|euro|eur)$/i;
const FTE_SUFFIX = /\s*fte$/i;
const PERCENT_SUFFIX = /\s*%$/;
/** ",-" after whole euros ("€ 294.556,-"); the dash stands for "no cents". */
const WHOLE_EUROS_SUFFIX = /(?<=\d)[.,](?:-{1,2}|[\u2012\u2013\u2014])$/;

/** Scale words, as power of ten so the result is exact ("1,7 mln" is 1700000, not 1699999.9999). */
const SCALE_SUFFIXES: readonly (readonly [RegExp, number])[] = [
  [/\s*(?:miljoen|mln\.?|mio\.?|million)$/i, 6],
  [/\s*(?:miljard|mld\.?|mrd\.?|billion)$/i, 9],
  [/\s*(?:duizend|thousand)$/i, 3],
];

interface Decorations {
  negative: boolean;
  percent: boolean;
  currency: boolean;
  fte: boolean;
  exponent: number;
}

/**
 * One cell to a number. Never throws: NaN, Infinity, booleans, Excel errors and
 * unreadable text come back as `invalid`; blanks and "n.v.t." as `empty`.
 */
export function parseNumber(cell: CellValue, decimal: DecimalStyle = 'auto'): ParsedNumber {
  try {
    return parseCell(cell, decimal);
  } catch {
    // Defensive only: a caller outside TypeScript may hand over anything.
    return { kind: 'invalid', text: safeText(cell) };
  }
}

function parseCell(cell: unknown, decimal: DecimalStyle): ParsedNumber {
  if (cell === null || cell === undefined) return EMPTY;
  if (typeof cell === 'number') {
    // Named as Excel names an impossible number, so no message ever shows "NaN" or "Infinity".
    return Number.isFinite(cell) ? { kind: 'number', value: cell, percent: false } : invalid('#NUM!');
  }
  if (typeof cell === 'string') return parseText(cell, decimal);
  if (typeof cell === 'boolean') return invalid(cell ? 'TRUE' : 'FALSE');
  if (typeof cell === 'object' && 'error' in cell && typeof cell.error === 'string') return invalid(cell.error);
  return invalid(safeText(cell));
}

/**
 * Footnote marks reports print after a figure: "*", "**", superscript digits ("12,5¹"), a
 * letter in brackets ("3,69 (a)"). Only letters in round brackets: "(1.234)" is a negative.
 */
const FOOTNOTE =
  /(?<=[\d%)a-z€])(?:\s*(\*{1,3}|†|‡|[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+)|\s+(\([a-z]\)|\[[a-z0-9]{1,2}\]))$/i;

function parseText(text: string, decimal: DecimalStyle): ParsedNumber {
  let rest = text.replace(SPACE_LIKE, ' ').trim();
  if (rest === '' || EMPTY_MARKERS.has(rest.toLowerCase())) return EMPTY;
  if (rest.length > MAX_NUMBER_TEXT) return invalid(text);
  const footnote = FOOTNOTE.exec(rest);
  if (footnote) {
    const parsed = parseText(rest.slice(0, footnote.index), decimal);
    if (parsed.kind !== 'number') return parsed.kind === 'empty' ? invalid(text) : parsed;
    return { ...parsed, note: (footnote[1] ?? footnote[2] ?? '').trim() };
  }

  const decorations: Decorations = { negative: false, percent: false, currency: false, fte: false, exponent: 0 };
  const accounting = /^\((.*)\)$/.exec(rest);
  if (accounting) {
    decorations.negative = true;
    rest = (accounting[1] ?? '').trim();
  }
  const core = stripSuffixes(stripPrefixes(rest, decorations), decorations);
  if (core === null || !consistent(decorations)) return invalid(text);
  // "€ -" is how an accounting format shows an empty amount; treat it like a bare dash.
  if (core === '' && decorations.currency && decorations.negative && !accounting) return EMPTY;

  const digits = splitDigits(core, decimal);
  if (digits === null) return invalid(text);
  const exponent = decorations.exponent - (decorations.percent ? 2 : 0);
  const magnitude = Number(`${digits.whole || '0'}.${digits.fraction || '0'}e${exponent}`);
  if (!Number.isFinite(magnitude)) return invalid(text);
  // `magnitude === 0` keeps "-0" from becoming a negative zero in the sheet.
  const value = decorations.negative && magnitude !== 0 ? -magnitude : magnitude;
  return { kind: 'number', value, percent: decorations.percent };
}

/** Peels currency and sign off the front, in either order ("-€ 5" and "€ -5"). */
function stripPrefixes(text: string, decorations: Decorations): string | null {
  let rest = text;
  let signSeen = false;
  for (;;) {
    const currency = CURRENCY_PREFIX.exec(rest);
    if (currency && !decorations.currency) {
      decorations.currency = true;
      rest = rest.slice(currency[0].length);
      continue;
    }
    const sign = SIGN.exec(rest);
    if (sign && !signSeen) {
      signSeen = true;
      // A minus inside accounting brackets would be a double negative nobody means.
      if (sign[0] !== '+') {
        if (decorations.negative) return null;
        decorations.negative = true;
      }
      rest = rest.slice(sign[0].length).trimStart();
      continue;
    }
    return rest;
  }
}

/** Peels units, scale words, "%" and ",-" off the back, each at most once. */
function stripSuffixes(text: string | null, decorations: Decorations): string | null {
  if (text === null) return null;
  let rest = text;
  let scaled = false;
  let wholeEuros = false;
  for (;;) {
    const before = rest;
    rest = rest.trimEnd();
    if (!decorations.percent && PERCENT_SUFFIX.test(rest)) {
      decorations.percent = true;
      rest = rest.replace(PERCENT_SUFFIX, '');
    } else if (!decorations.fte && FTE_SUFFIX.test(rest)) {
      decorations.fte = true;
      rest = rest.replace(FTE_SUFFIX, '');
    } else if (!decorations.currency && CURRENCY_SUFFIX.test(rest)) {
      decorations.currency = true;
      rest = rest.replace(CURRENCY_SUFFIX, '');
    } else if (!wholeEuros && WHOLE_EUROS_SUFFIX.test(rest)) {
      wholeEuros = true;
      rest = rest.replace(WHOLE_EUROS_SUFFIX, '');
    } else if (!scaled) {
      const scale = SCALE_SUFFIXES.find(([pattern]) => pattern.test(rest));
      if (scale) {
        scaled = true;
        decorations.exponent = scale[1];
        rest = rest.replace(scale[0], '');
      }
    }
    if (rest === before) return rest;
  }
}

/** Combinations that are not a quantity anyone writes: "5 % fte", "€ 3 fte", "2 mln %". */
function consistent(d: Decorations): boolean {
  if (d.percent && (d.currency || d.fte || d.exponent !== 0)) return false;
  return !(d.currency && d.fte);
}

interface Digits {
  readonly whole: string;
  readonly fraction: string;
}

const NUMBER_CHARS = /^[0-9., ]*$/;

/** Splits "1.234,56" into whole "1234" and fraction "56", or null when the separators make no sense. */
function splitDigits(core: string, style: DecimalStyle): Digits | null {
  if (!/\d/.test(core) || !NUMBER_CHARS.test(core)) return null;
  const decimalMark = style === 'auto' ? guessDecimalMark(core) : style;
  const parts = core.split(decimalMark);
  if (parts.length > 2) return null;
  const whole = parts[0] ?? '';
  const fraction = parts[1] ?? '';
  if (parts.length === 2 && !/^\d+$/.test(fraction)) return null;
  const thousands = decimalMark === ',' ? /[. ]/ : /[, ]/;
  const groupedWhole = ungroup(whole, thousands);
  return groupedWhole === null ? null : { whole: groupedWhole, fraction };
}

/**
 * Which mark is the decimal one when the user did not say. Dutch first: a lone comma is
 * decimal ("3,69"); a dot is a thousands separator only when every group after it has
 * exactly three digits ("43.500") and the first group is not a bare zero ("0.500" is ½).
 * With both marks present the last one is decimal ("1.234,56", "1,234.56").
 */
function guessDecimalMark(core: string): ',' | '.' {
  const lastComma = core.lastIndexOf(',');
  const lastDot = core.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) return lastComma > lastDot ? ',' : '.';
  if (lastComma >= 0) {
    // Several commas can only be English thousands ("1,234,567"); ungroup() checks them.
    return core.indexOf(',') === lastComma ? ',' : '.';
  }
  if (lastDot >= 0) {
    return isThousandsGrouped(core.split(/[. ]/)) ? ',' : '.';
  }
  return ',';
}

/** Removes thousands separators after checking they sit every three digits. */
function ungroup(whole: string, separator: RegExp): string | null {
  const groups = whole.split(separator);
  if (groups.length === 1) return /^\d*$/.test(whole) ? whole : null;
  if (!isThousandsGrouped(groups)) return null;
  // One kind of separator per number: "1.234 567" is two numbers typed into one cell.
  const separators = new Set(whole.replace(/\d/g, ''));
  return separators.size === 1 ? groups.join('') : null;
}

function isThousandsGrouped(groups: readonly string[]): boolean {
  const [first, ...others] = groups;
  if (first === undefined || others.length === 0) return false;
  if (!/^[1-9]\d{0,2}$/.test(first)) return false;
  return others.every((group) => /^\d{3}$/.test(group));
}

function invalid(text: string): ParsedNumber {
  return { kind: 'invalid', text };
}

function safeText(value: unknown): string {
  try {
    return String(value);
  } catch {
    return '';
  }
}

/**
 * A tolerance or band as people type it: "5%", 0,05 and a bare 5 (in a column of
 * percentages) all mean 0.05. Null for anything that is not a fraction between 0 and 1.
 */
export function parseFraction(cell: CellValue, decimal: DecimalStyle = 'auto'): number | null {
  const parsed = parseNumber(cell, decimal);
  if (parsed.kind !== 'number' || parsed.value < 0) return null;
  const fraction = parsed.percent || parsed.value < 1 ? parsed.value : parsed.value / 100;
  return fraction <= 1 ? fraction : null;
}

/** The unit a cell's text names: "3,69 fte" → fte, "€ 294.556" → euro, "1,6%" → percent. */
export function unitOf(cell: CellValue): 'fte' | 'euro' | 'percent' | null {
  if (typeof cell !== 'string') return null;
  if (/%/.test(cell)) return 'percent';
  if (/€|\beur/i.test(cell)) return 'euro';
  return /\bfte\b/i.test(cell) ? 'fte' : null;
}

/**
 * A deviation printed as one cell, absolute and relative: "+ 1,1 fte / 43%", "-0,1 fte / - 18%".
 * Null unless the cell holds exactly two readable numbers, one of them a percentage.
 */
export function parseDeviationPair(
  cell: CellValue,
  decimal: DecimalStyle = 'auto',
): { absolute: number; percent: number; note?: string } | null {
  if (typeof cell !== 'string' || !cell.includes('/')) return null;
  const parts = cell.split('/');
  if (parts.length !== 2) return null;
  const [first, second] = parts.map((part) => parseNumber(part, decimal));
  if (first?.kind !== 'number' || second?.kind !== 'number') return null;
  if (first.percent === second.percent) return null;
  const [absolute, percent] = first.percent ? [second, first] : [first, second];
  const note = absolute.note ?? percent.note;
  return note === undefined
    ? { absolute: absolute.value, percent: percent.value }
    : { absolute: absolute.value, percent: percent.value, note };
}

/**
 * Half a unit of the last digit a value shows (0,05 for 1,1; 0,005 for 43 %), read from the
 * value itself: how far a printed figure may lie from the unrounded one. Capped at 6 decimals.
 */
export function halfUnit(value: number): number {
  for (let decimals = 0; decimals <= 6; decimals += 1) {
    const scaled = value * 10 ** decimals;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-7 * Math.max(1, Math.abs(scaled))) return 0.5 * 10 ** -decimals;
  }
  return 0.5e-6;
}
