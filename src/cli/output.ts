// Where the commands' annotated copies go (analyse, criteria, formatiewens): never the input,
// never an existing file without --force, and never over the user's cells.
import { existsSync } from 'fs';
import type { WritePlan } from '../plan';
import type { Language } from '../engine/core';
import { annotatedPackage, conflicts, nameClashes } from '../xlsx/write';
import { safeWriteWorkbook, sameFile, WriteFailure } from '../xlsx/safe-write';
import { fileTexts } from '../i18n/files';
import { UsageError, type LoadedInput } from './input';
import { cliTexts } from '../i18n/cli';

/** Refuses an --out that is the input or exists (without --force) before any work is done. */
export function checkOut(out: string | undefined, inputs: readonly string[], force: boolean, language: Language): void {
  if (out === undefined) return;
  const t = cliTexts(language);
  // The same file under another name too: a symlink, a hard link, another case on macOS.
  if (sameFile(out, inputs)) throw new UsageError(t.outIsInput(out));
  if (existsSync(out) && !force) throw new UsageError(t.outExists(out));
}

/**
 * Writes `plans` into a copy of `loaded`; nothing at all when one would cover the user's cells,
 * take a name another sheet has, or — unless `overwriteEdits` — clear cells the user changed
 * inside IJkpunt's earlier output (a re-run replaces all of that output).
 */
export async function writePlans(
  loaded: LoadedInput,
  plans: readonly WritePlan[],
  out: string,
  language: Language,
  overwriteEdits = false,
): Promise<void> {
  const t = cliTexts(language);
  for (const plan of plans) {
    const edited = loaded.edits.get(plan.sheet) ?? [];
    if (edited.length > 0 && !overwriteEdits) throw new UsageError(t.editedOwnCells(plan.sheet, edited));
    const clash = nameClashes(plan, loaded.names)[0];
    if (clash) throw new UsageError(t.nameTaken(plan.sheet, clash.name, clash.sheet));
    const grid = loaded.sheets.find((s) => s.sheet === plan.sheet);
    if (!grid) continue;
    const blocked = conflicts(grid, loaded.emptyFormulas.get(plan.sheet) ?? new Set(), plan);
    if (blocked.length > 0) throw new UsageError(t.wouldOverwrite(plan.sheet, blocked));
  }
  writeOut(out, annotatedPackage(await loaded.parts(), plans, loaded.owned), language);
}

/** Writes the file whole or not at all (its folder made when needed); a failure is the user's to fix, named. */
export function writeOut(out: string, bytes: Uint8Array, language: Language): void {
  try {
    safeWriteWorkbook(out, bytes);
  } catch (error) {
    if (error instanceof WriteFailure) throw new UsageError(fileTexts(language).writeFailed(out, error.code));
    throw error;
  }
}
