// Desired formation against current formation (DOMAIN §4): per theme the wish as a range
// ("5 á 6 fte", "1-2", "3"), the formation present, and the gap (lacune) as a range — a
// shortage, a surplus, or within the wish — per theme and in total, in report sentences.
import { a1, gridOrigin } from '../core';
import { normaliseLabel } from '../core';
import { parseNumber, type DecimalStyle } from '../core';
import { formatNumber } from '../../i18n/format';
import type { CellGrid, CellValue, Language, Warning } from '../core';
import { WISH_TEXT } from '../../i18n/formation-wish';

export interface FteRange {
  readonly low: number;
  readonly high: number;
}

export type RangeParse =
  | { readonly kind: 'range'; readonly range: FteRange }
  | { readonly kind: 'empty' }
  | { readonly kind: 'invalid'; readonly text: string };

const RANGE = /^(.+?)\s*(?:á|à|a|tot|t\/m|-|–|—|~)\s*(.+)$/i;

/** "5 á 6 fte", "5-6", "1,5 tot 2", "3", 3, "circa 4", "6-5" (read as 5–6). */
export function parseFteRange(cell: CellValue, decimal: DecimalStyle = 'auto'): RangeParse {
  const single = (value: CellValue): number | null | 'empty' => {
    const parsed = parseNumber(value, decimal);
    if (parsed.kind === 'empty') return 'empty';
    return parsed.kind === 'number' && parsed.value >= 0 && !parsed.percent ? parsed.value : null;
  };
  if (typeof cell === 'number') {
    return cell >= 0 && Number.isFinite(cell)
      ? { kind: 'range', range: { low: cell, high: cell } }
      : { kind: 'invalid', text: String(cell) };
  }
  if (cell === null) return { kind: 'empty' };
  if (typeof cell !== 'string') return { kind: 'invalid', text: String(cell) };
  const text = cell
    .trim()
    .replace(/\s*fte\s*$/i, '')
    .replace(/^(?:circa|ca\.?|ongeveer|±)\s*/i, '');
  const whole = single(text);
  if (whole === 'empty') return { kind: 'empty' };
  if (whole !== null) return { kind: 'range', range: { low: whole, high: whole } };
  const match = RANGE.exec(text);
  if (match) {
    const low = single((match[1] ?? '').replace(/\s*fte\s*$/i, ''));
    const high = single(match[2] ?? '');
    if (typeof low === 'number' && typeof high === 'number')
      return { kind: 'range', range: { low: Math.min(low, high), high: Math.max(low, high) } };
  }
  return { kind: 'invalid', text: cell.trim() };
}

export type GapKind = 'tekort' | 'overschot' | 'binnen wens';

export interface ThemeGap {
  readonly theme: string;
  readonly row: number;
  readonly desired: FteRange;
  readonly current: number;
  /** desired − current, per end of the range. */
  readonly gap: FteRange;
  readonly kind: GapKind;
  readonly note: string | null;
}

export interface WishColumns {
  readonly theme: number;
  /** One range-text column, or two numeric columns (low and high). */
  readonly desired: number | null;
  readonly desiredLow: number | null;
  readonly desiredHigh: number | null;
  readonly current: number;
  readonly note: number | null;
}

export interface FormationWish {
  readonly sheet: string;
  readonly headerRow: number;
  readonly lastRow: number;
  readonly lastColumn: number;
  readonly columns: WishColumns;
  readonly themes: readonly ThemeGap[];
  readonly total: {
    readonly desired: FteRange;
    readonly current: number;
    readonly gap: FteRange;
    readonly kind: GapKind;
  };
  readonly sentences: readonly string[];
  readonly warnings: readonly Warning[];
}

export type FormationWishOutcome =
  | { readonly ok: true; readonly wish: FormationWish }
  | { readonly ok: false; readonly cell: string | null; readonly message: string };

type Field = 'theme' | 'desired' | 'desiredLow' | 'desiredHigh' | 'current' | 'note';

const WISH = '(?:gewenst|gewenste|wens|formatiewens|desired)';
// Two-column wishes: "Gewenst min", "Gewenste formatie laag (fte)" or a bare "Laag"/"Hoog" — the
// unit may trail, since normaliseLabel turns "(fte)" into a last word "fte".
const END = (words: string, bare: string) => new RegExp(`^(?:${WISH}\\b.*\\b(?:${words})|${bare})(?: fte)?$`);

const PATTERNS: readonly [Field, RegExp][] = [
  ['desiredLow', END('min|minimum|laag|van|low', 'min|minimum|laag|low|ondergrens')],
  ['desiredHigh', END('max|maximum|hoog|tot|high', 'max|maximum|hoog|high|bovengrens')],
  ['desired', new RegExp(`^${WISH}\\b`)],
  ['current', /^(?:huidig|huidige|aanwezig|aanwezige|bezetting|formatie|current|present|nu)\b/],
  ['theme', /^(?:thema|onderwerp|taak|taakveld|domein|cluster|theme|topic)\b/],
  ['note', /^(?:toelichting|opmerking|note|explanation)\b/],
];

function fieldOf(cell: CellValue): Field | null {
  if (typeof cell !== 'string') return null;
  const normal = normaliseLabel(cell);
  for (const [field, pattern] of PATTERNS) if (pattern.test(normal)) return field;
  return null;
}

export function gapKind(gap: FteRange): GapKind {
  // Rounded to a hundredth of an fte: 2,0 − 2 must not come out as a surplus of 1e-16.
  const low = Math.round(gap.low * 100) / 100;
  const high = Math.round(gap.high * 100) / 100;
  if (low > 0) return 'tekort';
  if (high < 0) return 'overschot';
  return 'binnen wens';
}

/** Whole numbers without decimals, others with one: "5", "2,0"→"2", "5,3". */
function fte(value: number, language: Language): string {
  // Decided on the formatted text, so 1,45 (stored as 1,4499…) rounds as formatNumber does: 1,5.
  const one = formatNumber(value, 1, language);
  return /[.,]0$/.test(one) ? formatNumber(value, 0, language) : one;
}

function rangeText(range: FteRange, language: Language): string {
  const [low, high] = [fte(range.low, language), fte(range.high, language)];
  return low === high ? low : `${low}\u2013${high}`;
}

function sentence(
  label: string,
  desired: FteRange,
  current: number,
  gap: FteRange,
  kind: GapKind,
  language: Language,
): string {
  const t = WISH_TEXT[language];
  const unit = t.unit;
  const present = formatNumber(current, 1, language);
  const head = `${label}: ${rangeText(desired, language)} ${unit} ${t.desired}, ${present} ${t.present}`;
  if (kind === 'binnen wens') return `${head}: ${t.kinds[kind]}.`;
  // A surplus is the gap's negative: "overschot 0,5 fte", ends in ascending order.
  const size = kind === 'tekort' ? gap : { low: -gap.high, high: -gap.low };
  const low = Math.max(0, size.low);
  return `${head}: ${t.kinds[kind]} ${rangeText({ low, high: size.high }, language)} ${unit}.`;
}

export function analyseFormationWish(
  grid: CellGrid,
  options: { readonly language?: Language; readonly decimal?: DecimalStyle } = {},
): FormationWishOutcome {
  const language = options.language ?? 'nl';
  const t = WISH_TEXT[language];
  const origin = gridOrigin(grid);
  let headerIndex = -1;
  let fields = new Map<Field, number>();
  for (let r = 0; r < Math.min(grid.cells.length, 30) && headerIndex < 0; r += 1) {
    const found = new Map<Field, number>();
    (grid.cells[r] ?? []).forEach((cell, c) => {
      const f = fieldOf(cell);
      if (f && !found.has(f)) found.set(f, c);
    });
    const desired = found.has('desired') || (found.has('desiredLow') && found.has('desiredHigh'));
    if (found.has('theme') && desired && found.has('current')) {
      headerIndex = r;
      fields = found;
    }
  }
  if (headerIndex < 0) return { ok: false, cell: null, message: t.noTable(grid.sheet) };
  const at = (f: Field) => (fields.has(f) ? (fields.get(f) ?? 0) + origin.col : null);
  const twoColumns = fields.has('desiredLow') && fields.has('desiredHigh');
  const columns: WishColumns = {
    theme: at('theme') ?? origin.col,
    desired: twoColumns ? null : at('desired'),
    desiredLow: twoColumns ? at('desiredLow') : null,
    desiredHigh: twoColumns ? at('desiredHigh') : null,
    current: at('current') ?? origin.col,
    note: at('note'),
  };
  const decimal = options.decimal ?? 'auto';
  const warnings: Warning[] = [];
  const themes: ThemeGap[] = [];
  let lastRow = origin.row + headerIndex;
  for (let r = headerIndex + 1; r < grid.cells.length; r += 1) {
    const row = grid.cells[r] ?? [];
    const sheetRow = origin.row + r;
    const cell = (col: number | null): CellValue => (col === null ? null : (row[col - origin.col] ?? null));
    const theme = String(cell(columns.theme) ?? '').trim();
    if (theme === '') continue;
    lastRow = sheetRow;
    if (/^(?:totaal|total|som)\b/.test(normaliseLabel(theme))) continue;
    // A theme with neither wish nor formation is a heading or a row left empty, not a mistake.
    const hasCurrent = cell(columns.current) !== null && String(cell(columns.current)).trim() !== '';
    let desired: FteRange | null = null;
    if (columns.desired !== null) {
      const parsed = parseFteRange(cell(columns.desired), decimal);
      const address = a1(columns.desired, sheetRow);
      if (parsed.kind === 'range') desired = parsed.range;
      else if (parsed.kind === 'invalid') warnings.push({ cell: address, message: t.badDesired(address, parsed.text) });
      else if (hasCurrent) warnings.push({ cell: address, message: t.missingDesired(address) });
      else continue;
    } else {
      const low = parseFteRange(cell(columns.desiredLow), decimal);
      const high = parseFteRange(cell(columns.desiredHigh), decimal);
      if (low.kind === 'range' && high.kind === 'range')
        desired = {
          low: Math.min(low.range.low, high.range.low),
          high: Math.max(low.range.high, high.range.high),
        };
      else if (low.kind === 'empty' && high.kind === 'empty') {
        if (!hasCurrent) continue;
        const address = a1(columns.desiredLow ?? 0, sheetRow);
        warnings.push({ cell: address, message: t.missingDesired(address) });
      } else {
        const [bad, parse] = low.kind !== 'range' ? [columns.desiredLow, low] : [columns.desiredHigh, high];
        const address = a1(bad ?? 0, sheetRow);
        const message = parse.kind === 'invalid' ? t.badDesired(address, parse.text) : t.missingDesired(address);
        warnings.push({ cell: address, message });
      }
    }
    if (!desired) continue;
    const currentAddress = a1(columns.current, sheetRow);
    const current = parseNumber(cell(columns.current), decimal);
    if (current.kind !== 'number' || current.value < 0) {
      warnings.push({
        cell: currentAddress,
        message:
          current.kind === 'empty'
            ? t.missingCurrent(currentAddress)
            : t.badCurrent(currentAddress, String(cell(columns.current) ?? '')),
      });
      continue;
    }
    const gap = { low: desired.low - current.value, high: desired.high - current.value };
    const note = String(cell(columns.note) ?? '').trim();
    themes.push({
      theme,
      row: sheetRow,
      desired,
      current: current.value,
      gap,
      kind: gapKind(gap),
      note: note === '' ? null : note,
    });
  }
  const sum = (pick: (g: ThemeGap) => number) => themes.reduce((s, g) => s + pick(g), 0);
  const totalDesired = { low: sum((g) => g.desired.low), high: sum((g) => g.desired.high) };
  const totalCurrent = sum((g) => g.current);
  const totalGap = { low: totalDesired.low - totalCurrent, high: totalDesired.high - totalCurrent };
  const total = { desired: totalDesired, current: totalCurrent, gap: totalGap, kind: gapKind(totalGap) };
  const sentences = [
    ...themes.map((g) => sentence(g.theme, g.desired, g.current, g.gap, g.kind, language)),
    ...(themes.length > 0 ? [sentence(t.total, total.desired, total.current, total.gap, total.kind, language)] : []),
  ];
  const headerCells = grid.cells[headerIndex] ?? [];
  let lastColumn = origin.col;
  headerCells.forEach((cell, c) => {
    if (cell !== null && String(cell).trim() !== '') lastColumn = origin.col + c;
  });
  return {
    ok: true,
    wish: {
      sheet: grid.sheet,
      headerRow: origin.row + headerIndex,
      lastRow,
      lastColumn,
      columns,
      themes,
      total,
      sentences,
      warnings,
    },
  };
}
