// Reading a table's cells as numbers: per column what its values say (percentages, units) to
// weigh against its header, which share columns hold percentage points, and per row the
// numbers of every role, a printed deviation pair ("+ 1,1 fte / 43%") split in two, footnote
// marks kept, and how precisely each figure was printed (for cross-checks to its rounding).
import { gridCell, halfUnit, parseDeviationPair, parseNumber, unitOf, type DecimalStyle } from '../core';
import type { BenchmarkMessages } from '../../i18n/benchmark-messages';
import type { CellGrid, CellRef, CellValue, Warning } from '../core';
import type { ColumnEvidence } from './headers';
import type { Role } from './types';

/** Roles whose cells hold numbers. */
export type NumericRole = Exclude<Role, 'cluster' | 'category' | 'note'>;

/** Roles holding a share or a relative deviation (1,6 % or 0,016): normalised to a fraction per column. */
const FRACTION_ROLES: readonly NumericRole[] = [
  'fte.share',
  'costs.share',
  'thirdParty',
  'thirdParty.ref',
  'fte.deltaPct',
  'costs.deltaPct',
];

/** Where a table's columns are and how its numbers are read: what every row needs. */
export interface TableLayout {
  readonly origin: CellRef;
  readonly roleIndex: Readonly<Partial<Record<Role, number>>>;
  readonly clusterColumn: number;
  readonly numericRoles: readonly NumericRole[];
  readonly percentPoints: ReadonlySet<NumericRole>;
  readonly decimal: DecimalStyle | undefined;
  readonly t: BenchmarkMessages;
}

const HAS_DIGIT = /[0-9]/;
// What parseNumber accepts in front of the digits: space, sign, an accounting bracket, a euro.
const NUMBER_START = /^[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]*(?:[0-9+\-\u2212\u2012\u2013\u2014(€.,]|eur)/i;

/** What each column's cells below the header hold: counts of numbers, percentages and units. */
export function columnEvidence(
  cells: CellGrid['cells'],
  firstDataRow: number,
  width: number,
  decimal: DecimalStyle | undefined,
): ColumnEvidence[] {
  const evidence = Array.from({ length: width }, () => ({ numbers: 0, percents: 0, fte: 0, euro: 0, maxAbs: 0 }));
  for (let r = firstDataRow; r < cells.length; r += 1) {
    const row = cells[r] ?? [];
    for (let c = 0; c < width; c += 1) {
      const cell = row[c] ?? null;
      const counts = evidence[c];
      if (cell === null || counts === undefined) continue;
      // A typed number is a number without a unit (as parseNumber and unitOf would say, unparsed).
      if (typeof cell === 'number') {
        if (!Number.isFinite(cell)) continue;
        counts.numbers += 1;
        counts.maxAbs = Math.max(counts.maxAbs, Math.abs(cell));
        continue;
      }
      // Text that cannot start a number (a digit, sign, bracket or euro first) or has no digit is
      // never one: names and categories skip the parser.
      if (typeof cell === 'string' && !(NUMBER_START.test(cell) && HAS_DIGIT.test(cell))) continue;
      const pair = parseDeviationPair(cell, decimal);
      const parsed = pair ? null : parseNumber(cell, decimal);
      if (!pair && parsed?.kind !== 'number') continue;
      counts.numbers += 1;
      const unit = unitOf(pair ? (String(cell).split('/')[0] ?? '') : cell);
      if (unit === 'percent') counts.percents += 1;
      if (unit === 'fte') counts.fte += 1;
      if (unit === 'euro') counts.euro += 1;
      const value = pair ? pair.absolute : parsed?.kind === 'number' ? parsed.value : 0;
      counts.maxAbs = Math.max(counts.maxAbs, Math.abs(value));
    }
  }
  return evidence;
}

/**
 * Share columns typed as 1,6 (meaning 1,6 %) rather than 0,016: decided per column, because
 * one column holds one kind of number (DOMAIN: 0,016 and 1,6 % mean the same share).
 */
export function percentPointRoles(
  cells: CellGrid['cells'],
  headerIndex: number,
  roleIndex: Readonly<Partial<Record<Role, number>>>,
  decimal: DecimalStyle | undefined,
): Set<NumericRole> {
  const percentPoints = new Set<NumericRole>();
  for (const role of FRACTION_ROLES) {
    const col = roleIndex[role];
    if (col === undefined) continue;
    for (let r = headerIndex + 1; r < cells.length; r += 1) {
      const parsed = parseNumber(cells[r]?.[col] ?? null, decimal);
      if (parsed.kind === 'number' && !parsed.percent && Math.abs(parsed.value) > 1) {
        percentPoints.add(role);
        break;
      }
    }
  }
  return percentPoints;
}

export interface RowNumbers {
  readonly values: Partial<Record<NumericRole, number | null>>;
  /** Half a unit of each figure's last printed digit, in the figure's own units. */
  readonly halfUnits: Partial<Record<NumericRole, number>>;
  readonly footnotes: { cell: string; mark: string }[];
  readonly numbers: number;
}

const DEVIATION_ROLES: readonly NumericRole[] = ['fte.delta', 'fte.deltaPct', 'costs.delta', 'costs.deltaPct'];

function hasDeviationColumns(layout: TableLayout): boolean {
  return DEVIATION_ROLES.some((role) => layout.roleIndex[role] !== undefined);
}

/** A row's numbers per role (null where empty or unreadable) and how many; unreadable cells are warned about. */
export function rowNumbers(
  layout: TableLayout,
  row: readonly CellValue[],
  r: number,
  label: string,
  warnings: Warning[],
): RowNumbers {
  const { t, origin } = layout;
  const values: Partial<Record<NumericRole, number | null>> = {};
  const halfUnits: Partial<Record<NumericRole, number>> = {};
  const footnotes: { cell: string; mark: string }[] = [];
  let numbers = 0;
  // The printed precision only matters where printed deviations are cross-checked (deviations.ts).
  const precise = hasDeviationColumns(layout);
  const put = (role: NumericRole, value: number, percent: boolean) => {
    const scaled = layout.percentPoints.has(role) && !percent ? value / 100 : value;
    values[role] = scaled;
    if (!precise) return;
    halfUnits[role] = percent || layout.percentPoints.has(role) ? halfUnit(scaled * 100) / 100 : halfUnit(scaled);
  };
  for (const role of layout.numericRoles) {
    const col = layout.roleIndex[role];
    if (col === undefined) continue;
    const cell = row[col] ?? null;
    // A typed number needs no parsing (parseNumber would give it back as it is, no note).
    if (typeof cell === 'number' && Number.isFinite(cell)) {
      put(role, cell, false);
      numbers += 1;
      continue;
    }
    const pair = role.endsWith('.delta') ? parseDeviationPair(cell, layout.decimal) : null;
    if (pair) {
      put(role, pair.absolute, false);
      const pctRole = role.replace('.delta', '.deltaPct') as NumericRole;
      if (layout.roleIndex[pctRole] === undefined) put(pctRole, pair.percent, true);
      if (pair.note) footnotes.push({ cell: gridCell(origin, r, col), mark: pair.note });
      numbers += 1;
      continue;
    }
    const parsed = parseNumber(cell, layout.decimal);
    if (parsed.kind === 'number') {
      put(role, parsed.value, parsed.percent);
      if (parsed.note) footnotes.push({ cell: gridCell(origin, r, col), mark: parsed.note });
      numbers += 1;
    } else if (parsed.kind === 'invalid') {
      values[role] = null;
      warnings.push({
        cell: gridCell(origin, r, col),
        message: t.unreadable(parsed.text, label || t.rowLabel(origin.row + r)),
      });
    } else {
      values[role] = null;
    }
  }
  return { values, halfUnits, footnotes, numbers };
}

/** A line under a table that explains a footnote or names the source: "*inclusief materiële kosten", "Bron: …". */
export function isFootnoteLine(label: string): boolean {
  return (
    /^(?:\*|†|‡|[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]|\([a-z]\)\s)/i.test(label) ||
    /^(?:bron|noot|source|note)\s*:/i.test(label)
  );
}
