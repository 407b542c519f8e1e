// Reading a criteria table (DOMAIN §5): the measurements of the council's criteria per shared
// team. Long format is one measurement per row (Team | Criterium | Indicator | Jaar | Waarde |
// Richting | Gewicht | Toelichting); the template IJkpunt writes is wide, with a column per
// year ("Jaarrekening 2018", "Begroting 2020"). Both become the same list of measurements.
import { a1, gridOrigin } from '../core';
import { normaliseLabel } from '../core';
import { parseFraction, parseNumber, type DecimalStyle } from '../core';
import type { CellGrid, CellValue, Language, Warning } from '../core';
import { CRITERIA_INPUT_TEXT } from '../../i18n/criteria';

export type YearKind = 'jaarrekening' | 'plain' | 'begroting';

export interface YearLabel {
  readonly year: number;
  readonly kind: YearKind;
  /** As the user wrote it ("Begroting 2020"), or the bare year. */
  readonly label: string;
}

const YEAR_WORDS: readonly [RegExp, YearKind][] = [
  [/^(?:jaarrekening|rekening|realisatie|actuals?|annual accounts?)$/, 'jaarrekening'],
  [/^(?:begroting|begr|primitieve begroting|budget)$/, 'begroting'],
];

function yearKind(words: string): YearKind | null {
  if (words === '') return 'plain';
  for (const [pattern, kind] of YEAR_WORDS) if (pattern.test(words)) return kind;
  return null;
}

/** "2018,2019,2020", "2018-2020" or "2018–2020" (a baseline typed in an option or a field); null otherwise. */
export function parseYearList(text: string): number[] | null {
  const range = /^\s*(\d{4})\s*[-–]\s*(\d{4})\s*$/.exec(text);
  if (range) {
    const [from, to] = [Number(range[1]), Number(range[2])];
    return to >= from && to - from < 50 ? Array.from({ length: to - from + 1 }, (_, i) => from + i) : null;
  }
  const parts = text.split(/[,;\s]+/).filter((p) => p !== '');
  return parts.length > 0 && parts.every((p) => /^\d{4}$/.test(p)) ? parts.map(Number) : null;
}

/** "2018", 2018, "Begroting 2020", "Jaarrekening 2021", "2020 (begroting)"; otherwise null. */
export function parseYearLabel(cell: CellValue): YearLabel | null {
  if (typeof cell === 'number') {
    return Number.isInteger(cell) && cell >= 1900 && cell <= 2199
      ? { year: cell, kind: 'plain', label: String(cell) }
      : null;
  }
  if (typeof cell !== 'string') return null;
  const label = cell.trim();
  const match = /^(.*?)\b((?:19|20|21)\d\d)\b(.*)$/.exec(normaliseLabel(label));
  if (!match) return null;
  const before = (match[1] ?? '').trim();
  const after = (match[3] ?? '').trim();
  if (before !== '' && after !== '') return null;
  const kind = yearKind(before !== '' ? before : after);
  return kind ? { year: Number(match[2]), kind, label } : null;
}

export type Polarity = 'higher' | 'lower';

export interface Measurement {
  readonly team: string;
  readonly criterion: string;
  readonly indicator: string;
  readonly year: YearLabel;
  readonly value: number;
  /** A1 address of the value cell, and of the row's explanation cell (when the table has one). */
  readonly cell: string;
  readonly noteCell: string | null;
  readonly note: string | null;
  /** What the row states; inferred later when absent. */
  readonly direction: Polarity | null;
  readonly directionCell: string | null;
  readonly weight: number | null;
  readonly weightCell: string | null;
  readonly tolerance: number | null;
  readonly toleranceCell: string | null;
  /** 1-based sheet row. */
  readonly row: number;
}

type Field = 'team' | 'criterion' | 'indicator' | 'year' | 'value' | 'direction' | 'weight' | 'tolerance' | 'note';

const FIELD_PATTERNS: readonly [Field, RegExp][] = [
  ['team', /^(?:vervlochten )?(?:team|teams|afdeling|organisatieonderdeel|onderdeel)$/],
  ['criterion', /^(?:toetsings)?criteri(?:um|a|on)$|^criterion$/],
  ['indicator', /^(?:indicator|indicatoren|meetpunt|maatstaf|kengetal|gemeten|measure)$/],
  ['year', /^(?:jaar|periode|boekjaar|year|peiljaar)$/],
  ['value', /^(?:waarde|value|bedrag|score|uitkomst|meting)$/],
  ['direction', /^(?:richting|direction|beter)$/],
  ['weight', /^(?:gewicht|weging|weight)$/],
  ['tolerance', /^(?:tolerantie|marge|tolerance|bandbreedte)(?: \w+)?$/],
  ['note', /^(?:toelichting|opmerking|opmerkingen|explanation|note|notes|verklaring)$/],
];

function fieldOf(cell: CellValue): Field | null {
  if (typeof cell !== 'string') return null;
  const normal = normaliseLabel(cell);
  for (const [field, pattern] of FIELD_PATTERNS) if (pattern.test(normal)) return field;
  return null;
}

export interface CriteriaColumns {
  readonly team: number;
  readonly criterion: number | null;
  readonly indicator: number;
  readonly direction: number | null;
  readonly weight: number | null;
  readonly tolerance: number | null;
  readonly note: number | null;
  /** Long format: the year and value columns. */
  readonly year: number | null;
  readonly value: number | null;
  /** Wide format: a column per year. */
  readonly years: readonly { readonly col: number; readonly year: YearLabel }[];
}

export interface CriteriaTable {
  readonly sheet: string;
  /** 1-based sheet rows; 0-based sheet columns. */
  readonly headerRow: number;
  readonly lastRow: number;
  readonly lastColumn: number;
  readonly format: 'long' | 'wide';
  readonly columns: CriteriaColumns;
  readonly measurements: readonly Measurement[];
  /** Rows with a team and an indicator but no value in any year (a template not yet filled). */
  readonly emptyRows: readonly {
    readonly row: number;
    readonly team: string;
    readonly criterion: string;
    readonly indicator: string;
  }[];
  readonly warnings: readonly Warning[];
}

export type CriteriaTableOutcome =
  | { readonly ok: true; readonly table: CriteriaTable }
  | { readonly ok: false; readonly cell: string | null; readonly message: string };

export function parseDirection(cell: CellValue): Polarity | null | 'invalid' {
  if (cell === null || cell === undefined) return null;
  if (typeof cell !== 'string') return 'invalid';
  const normal = normaliseLabel(cell);
  if (normal === '') return null;
  if (/^(?:hoger|meer|higher|more|stijgend)(?: is beter| is better)?$/.test(normal) || cell.trim() === '+')
    return 'higher';
  if (/^(?:lager|minder|lower|less|dalend)(?: is beter| is better)?$/.test(normal) || /^[-−]$/.test(cell.trim()))
    return 'lower';
  return 'invalid';
}

function text(cell: CellValue): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'object') return cell.error;
  return String(cell).trim();
}

const MAX_HEADER_SCAN = 30;

interface HeaderFound {
  readonly row: number;
  readonly fields: ReadonlyMap<Field, number>;
  readonly years: { col: number; year: YearLabel }[];
}

/** The first row naming a team and an indicator, and either year+value or year columns. */
function findHeader(cells: readonly (readonly CellValue[])[]): HeaderFound | null {
  for (let r = 0; r < Math.min(cells.length, MAX_HEADER_SCAN); r += 1) {
    const fields = new Map<Field, number>();
    const years: { col: number; year: YearLabel }[] = [];
    (cells[r] ?? []).forEach((cell, c) => {
      const field = fieldOf(cell);
      if (field && !fields.has(field)) fields.set(field, c);
      else if (!field) {
        const year = parseYearLabel(cell);
        if (year) years.push({ col: c, year });
      }
    });
    const long = fields.has('year') && fields.has('value');
    if (fields.has('team') && fields.has('indicator') && (long || years.length > 0)) return { row: r, fields, years };
  }
  return null;
}

export interface CriteriaReadOptions {
  readonly language?: Language;
  readonly decimal?: DecimalStyle;
}

/** Reads the criteria table on `grid`. Never throws: bad cells are warnings naming the cell. */
export function readCriteriaTable(grid: CellGrid, options: CriteriaReadOptions = {}): CriteriaTableOutcome {
  const language = options.language ?? 'nl';
  const t = CRITERIA_INPUT_TEXT[language];
  const origin = gridOrigin(grid);
  const header = findHeader(grid.cells);
  if (!header) return { ok: false, cell: null, message: t.noTable(grid.sheet) };
  const warnings: Warning[] = [];
  const field = (f: Field) => header.fields.get(f) ?? null;
  const long = field('year') !== null && field('value') !== null;
  const columns: CriteriaColumns = {
    team: (field('team') ?? 0) + origin.col,
    criterion: offset(field('criterion'), origin.col),
    indicator: (field('indicator') ?? 0) + origin.col,
    direction: offset(field('direction'), origin.col),
    weight: offset(field('weight'), origin.col),
    tolerance: offset(field('tolerance'), origin.col),
    note: offset(field('note'), origin.col),
    year: long ? offset(field('year'), origin.col) : null,
    value: long ? offset(field('value'), origin.col) : null,
    years: long ? [] : header.years.map((y) => ({ col: y.col + origin.col, year: y.year })),
  };
  const headerCells = grid.cells[header.row] ?? [];
  const lastColumn = origin.col + Math.max(0, lastFilled(headerCells));
  const decimal = options.decimal ?? 'auto';
  const measurements: Measurement[] = [];
  const emptyRows: CriteriaTable['emptyRows'][number][] = [];
  let lastRow = origin.row + header.row;
  // Team and criterion may be written once for a group of rows (merged-cell style).
  let team = '';
  let criterion = '';

  for (let r = header.row + 1; r < grid.cells.length; r += 1) {
    const row = grid.cells[r] ?? [];
    const sheetRow = origin.row + r;
    const at = (col: number | null): CellValue => (col === null ? null : (row[col - origin.col] ?? null));
    const indicator = text(at(columns.indicator));
    const rowTeam = text(at(columns.team));
    if (indicator === '' && rowTeam === '') {
      if (row.every((cell) => text(cell) === '')) continue;
      continue;
    }
    lastRow = sheetRow;
    if (rowTeam !== '') team = rowTeam;
    const rowCriterion = text(at(columns.criterion));
    if (rowCriterion !== '' || rowTeam !== '') criterion = rowCriterion !== '' ? rowCriterion : criterion;
    if (indicator === '') continue;
    if (team === '') {
      warnings.push({ cell: a1(columns.team, sheetRow), message: t.noTeam(a1(columns.team, sheetRow)) });
      continue;
    }
    const common = rowCommon(at, columns, sheetRow, decimal, t, warnings);
    const addValue = (valueCol: number, year: YearLabel): boolean => {
      const cell = a1(valueCol, sheetRow);
      const parsed = parseNumber(at(valueCol), decimal);
      if (parsed.kind === 'empty') return false;
      if (parsed.kind === 'invalid') {
        warnings.push({ cell, message: t.badValue(cell, parsed.text) });
        return false;
      }
      measurements.push({ team, criterion, indicator, year, value: parsed.value, cell, row: sheetRow, ...common });
      return true;
    };
    let any = false;
    if (long && columns.year !== null && columns.value !== null) {
      const yearCell = at(columns.year);
      const year = parseYearLabel(yearCell);
      if (!year) {
        if (text(yearCell) !== '' || parseNumber(at(columns.value), decimal).kind !== 'empty') {
          const cell = a1(columns.year, sheetRow);
          warnings.push({ cell, message: t.badYear(cell, text(yearCell)) });
        }
      } else any = addValue(columns.value, year);
    } else {
      for (const { col, year } of columns.years) any = addValue(col, year) || any;
    }
    if (!any) emptyRows.push({ row: sheetRow, team, criterion, indicator });
  }
  return {
    ok: true,
    table: {
      sheet: grid.sheet,
      headerRow: origin.row + header.row,
      lastRow,
      lastColumn,
      format: long ? 'long' : 'wide',
      columns,
      measurements,
      emptyRows,
      warnings,
    },
  };
}

function offset(col: number | null, by: number): number | null {
  return col === null ? null : col + by;
}

function lastFilled(row: readonly CellValue[]): number {
  for (let c = row.length - 1; c >= 0; c -= 1) if (text(row[c] ?? null) !== '') return c;
  return 0;
}

type Common = Pick<
  Measurement,
  'noteCell' | 'note' | 'direction' | 'directionCell' | 'weight' | 'weightCell' | 'tolerance' | 'toleranceCell'
>;

function rowCommon(
  at: (col: number | null) => CellValue,
  columns: CriteriaColumns,
  row: number,
  decimal: DecimalStyle,
  t: (typeof CRITERIA_INPUT_TEXT)['nl'],
  warnings: Warning[],
): Common {
  const address = (col: number | null) => (col === null ? null : a1(col, row));
  const note = text(at(columns.note));
  let direction: Polarity | null = null;
  const parsedDirection = parseDirection(at(columns.direction));
  if (parsedDirection === 'invalid') {
    const cell = address(columns.direction) ?? '';
    warnings.push({ cell, message: t.badDirection(cell, text(at(columns.direction))) });
  } else direction = parsedDirection;
  let weight: number | null = null;
  const parsedWeight = parseNumber(at(columns.weight), decimal);
  if (parsedWeight.kind === 'number' && parsedWeight.value >= 0) weight = parsedWeight.value;
  else if (parsedWeight.kind !== 'empty') {
    const cell = address(columns.weight) ?? '';
    warnings.push({ cell, message: t.badWeight(cell, text(at(columns.weight))) });
  }
  const tolerance = parseFraction(at(columns.tolerance), decimal);
  if (tolerance === null && parseNumber(at(columns.tolerance), decimal).kind !== 'empty') {
    const cell = address(columns.tolerance) ?? '';
    warnings.push({ cell, message: t.badTolerance(cell, text(at(columns.tolerance))) });
  }
  return {
    note: note === '' ? null : note,
    noteCell: address(columns.note),
    direction,
    directionCell: address(columns.direction),
    weight,
    weightCell: weight === null ? null : address(columns.weight),
    tolerance,
    toleranceCell: tolerance === null ? null : address(columns.tolerance),
  };
}
