// "Kosten Heemstede=costs;Kostennorm=costs.norm": header text to engine role, turned into
// column overrides once the header row is known. Shared by `analyse --map` and the year
// comparison's per-year --map, which say what is wrong in their own way.
import { findHeaderRow, isRole, type Role } from '../engine/benchmark';
import { normaliseLabel, type CellGrid, type CellValue } from '../engine/core';

export interface MapEntry {
  readonly header: string;
  readonly role: Role | null;
}

export type MapParse =
  | { readonly ok: true; readonly entries: MapEntry[] }
  | { readonly ok: false; readonly badPart: string }
  | { readonly ok: false; readonly unknownRole: string };

export function parseColumnMap(text: string): MapParse {
  const entries: MapEntry[] = [];
  for (const part of text.split(';').map((p) => p.trim())) {
    if (part === '') continue;
    const at = part.lastIndexOf('=');
    if (at <= 0) return { ok: false, badPart: part };
    const header = part.slice(0, at).trim();
    const role = part.slice(at + 1).trim();
    if (role === '' || role === '-' || role === 'none') entries.push({ header, role: null });
    else if (isRole(role)) entries.push({ header, role });
    else return { ok: false, unknownRole: role };
  }
  return { ok: true, entries };
}

function columnOf(row: readonly CellValue[], header: string): number {
  const wanted = normaliseLabel(header);
  return row.findIndex((cell) => typeof cell === 'string' && normaliseLabel(cell) === wanted);
}

export type MapOverrides =
  | { readonly ok: true; readonly headerRow: number; readonly overrides: Record<number, Role | null> }
  | { readonly ok: false; readonly missingHeader: string };

/**
 * The header row is the first of the top 30 rows that holds every mapped header (the user
 * may map precisely because the headers are unusual); else the recognised header row.
 */
export function mapOverrides(grid: CellGrid, entries: readonly MapEntry[]): MapOverrides {
  const rows = grid.cells.slice(0, 30);
  let headerRow = rows.findIndex((row) => entries.every((entry) => columnOf(row, entry.header) >= 0));
  if (headerRow < 0) headerRow = findHeaderRow(grid.cells) ?? 0;
  const header = grid.cells[headerRow] ?? [];
  const overrides: Record<number, Role | null> = {};
  for (const entry of entries) {
    const column = columnOf(header, entry.header);
    if (column < 0) return { ok: false, missingHeader: entry.header };
    overrides[column] = entry.role;
  }
  return { ok: true, headerRow, overrides };
}
