// --map "Kosten Heemstede=costs;Kostennorm=costs.norm" on the command line: the shared parser
// (src/studies/column-map.ts), its refusals as usage errors naming --map.
import type { Role } from '../engine/benchmark';
import type { CellGrid, Language } from '../engine/core';
import { mapOverrides, parseColumnMap, type MapEntry } from '../studies';
import { cliTexts } from '../i18n/cli';
import { UsageError } from './input';

export type { MapEntry } from '../studies';

export function parseMap(text: string, language: Language): MapEntry[] {
  const t = cliTexts(language);
  const parsed = parseColumnMap(text);
  if (parsed.ok) return parsed.entries;
  throw new UsageError('badPart' in parsed ? t.badMap(parsed.badPart) : t.unknownRole(parsed.unknownRole));
}

export function overridesFor(
  grid: CellGrid,
  entries: readonly MapEntry[],
  language: Language,
): { headerRow: number; overrides: Record<number, Role | null> } {
  const found = mapOverrides(grid, entries);
  if (!found.ok) throw new UsageError(cliTexts(language).mapHeaderMissing(found.missingHeader, grid.sheet));
  return { headerRow: found.headerRow, overrides: found.overrides };
}
