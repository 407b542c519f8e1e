// Where a benchmark table's header is: the row of column headers, a group row above it
// ("Formatie" over four columns, "Kosten" over three) and a row of units below it.
import { parseNumber, type CellValue } from '../core';
import { isUnitOnlyText } from './header-patterns';
import { scoreHeader } from './headers';
import type { Role } from './types';

const MAX_SCAN_ROWS = 30;
const MAX_LOOKAHEAD_ROWS = 3;

function isNumeric(value: CellValue | undefined): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  // Text imports (CSV) and typed-over reports keep numbers as text: "3,69 fte", "€ 2.028.168*", "1,6 %".
  return typeof value === 'string' && /\d/.test(value) && parseNumber(value).kind === 'number';
}

function isEmptyCell(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

function isEmptyRow(row: readonly CellValue[] | undefined): boolean {
  return row === undefined || row.every(isEmptyCell);
}

function isUnitsRow(row: readonly CellValue[]): boolean {
  const filled = row.filter((v) => !isEmptyCell(v));
  return filled.length > 0 && filled.every((v) => typeof v === 'string' && isUnitOnlyText(v));
}

const isMeasureRole = (role: Role): boolean =>
  role === 'fte' || role === 'costs' || role.startsWith('fte.') || role.startsWith('costs.');

function isHeaderLike(row: readonly CellValue[]): boolean {
  let recognised = 0;
  let measure = false;
  let numbers = 0;
  for (const value of row) {
    if (isNumeric(value)) numbers++;
    if (typeof value !== 'string') continue;
    const candidates = scoreHeader(value);
    if (candidates.length === 0) continue;
    recognised++;
    if (candidates.some((c) => isMeasureRole(c.role))) measure = true;
  }
  // A data row can contain recognisable words ("Personeel & Organisatie", a note saying
  // "hogere kosten"), but it carries at least as many numbers as recognised labels.
  return recognised >= 2 && measure && numbers < recognised;
}

/** The next row that is neither empty nor a row of bare units holds numbers. */
function isFollowedByData(cells: readonly (readonly CellValue[])[], headerRow: number): boolean {
  for (let r = headerRow + 1; r <= headerRow + MAX_LOOKAHEAD_ROWS && r < cells.length; r++) {
    const row = cells[r];
    if (row === undefined || isEmptyRow(row) || isUnitsRow(row)) continue;
    return row.some(isNumeric);
  }
  return false;
}

/**
 * The header row within the grid: the first header-like row (two or more recognised
 * cells, at least one of them a measure) that has data under it, else the first
 * header-like row at all. Title rows fail the test by having a single text cell.
 */
export function findHeaderRow(cells: readonly (readonly CellValue[])[]): number | null {
  if (!Array.isArray(cells)) return null;
  const limit = Math.min(cells.length, MAX_SCAN_ROWS);
  let firstHeaderLike: number | null = null;
  for (let r = 0; r < limit; r++) {
    const row = cells[r];
    if (!Array.isArray(row) || !isHeaderLike(row)) continue;
    if (isFollowedByData(cells, r)) {
      // A row of units or second halves under a header ("(fte)", "(% van totaal)") belongs to it.
      const previous = cells[r - 1];
      if (firstHeaderLike === r - 1 && previous !== undefined && isEmptyCell(row[0]) && !isEmptyCell(previous[0])) {
        return r - 1;
      }
      return r;
    }
    firstHeaderLike ??= r;
  }
  return firstHeaderLike;
}

/**
 * The text each column's header carries from the rows around it: a group row above ("Formatie"
 * over the columns up to the next group label; merged cells hold their text in the first cell)
 * and a second header row below (units or the second half of a two-row header). Empty strings
 * where there is none. `below` says whether the row under the header belongs to it.
 */
export function headerContext(
  cells: readonly (readonly CellValue[])[],
  headerRow: number,
): { context: string[]; below: boolean } {
  const header = cells[headerRow] ?? [];
  const context = header.map(() => '');
  const filled = (row: readonly CellValue[]) => row.filter((v) => !isEmptyCell(v));
  const textOnly = (row: readonly CellValue[]) => filled(row).every((v) => typeof v === 'string' && !isNumeric(v));
  // Group and unit rows leave the cluster column empty; a title row or a section row does not.
  const besideClusters = (row: readonly CellValue[]) => isEmptyCell(row[0]) && filled(row).length > 0 && textOnly(row);
  const above = headerRow > 0 ? cells[headerRow - 1] : undefined;
  if (above && besideClusters(above) && filled(above).length < filled(header).length) {
    let group = '';
    header.forEach((_, c) => {
      const v = above[c];
      if (!isEmptyCell(v) && typeof v === 'string') group = v.trim();
      context[c] = group;
    });
  }
  const next = cells[headerRow + 1];
  const after = cells[headerRow + 2];
  const below = next !== undefined && besideClusters(next) && after !== undefined && after.some(isNumeric);
  if (below) {
    header.forEach((_, c) => {
      const v = next[c];
      if (typeof v === 'string' && v.trim() !== '') context[c] = `${context[c]} ${v.trim()}`.trim();
    });
  }
  return { context, below };
}
