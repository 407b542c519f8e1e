// --map "Kosten Heemstede=costs;Kostennorm=costs.norm": header text to engine role, turned
// into column overrides once the header row is known.
import { findHeaderRow } from '../engine/benchmark';
import { normaliseLabel } from '../engine/core';
import { isRole, type Role } from '../engine/benchmark';
import { type CellGrid, type CellValue } from '../engine/core';
import { cliTexts } from '../i18n/cli';
import { UsageError } from './input';
import type { Language } from '../engine/core';

export interface MapEntry {
  readonly header: string;
  readonly role: Role | null;
}

export function parseMap(text: string, language: Language): MapEntry[] {
  const t = cliTexts(language);
  return text
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const at = part.lastIndexOf('=');
      if (at <= 0) throw new UsageError(t.badMap(part));
      const header = part.slice(0, at).trim();
      const role = part.slice(at + 1).trim();
      if (role === '' || role === '-' || role === 'none') return { header, role: null };
      if (!isRole(role)) throw new UsageError(t.unknownRole(role));
      return { header, role };
    });
}

function columnOf(row: readonly CellValue[], header: string): number {
  const wanted = normaliseLabel(header);
  return row.findIndex((cell) => typeof cell === 'string' && normaliseLabel(cell) === wanted);
}

/**
 * The header row is the first of the top 30 rows that holds every mapped header (the user
 * may map precisely because the headers are unusual); else the recognised header row.
 */
export function overridesFor(
  grid: CellGrid,
  entries: readonly MapEntry[],
  language: Language,
): { headerRow: number; overrides: Record<number, Role | null> } {
  const t = cliTexts(language);
  const rows = grid.cells.slice(0, 30);
  let headerRow = rows.findIndex((row) => entries.every((entry) => columnOf(row, entry.header) >= 0));
  if (headerRow < 0) headerRow = findHeaderRow(grid.cells) ?? 0;
  const header = grid.cells[headerRow] ?? [];
  const overrides: Record<number, Role | null> = {};
  for (const entry of entries) {
    const column = columnOf(header, entry.header);
    if (column < 0) throw new UsageError(t.mapHeaderMissing(entry.header, grid.sheet));
    overrides[column] = entry.role;
  }
  return { headerRow, overrides };
}
