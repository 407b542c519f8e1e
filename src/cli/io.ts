// Where the command line speaks: the report on stdout, warnings and refusals on stderr.
import type { Language, Warning } from '../engine/core';
import { cliTexts } from '../i18n/cli';

export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/** Parsed flags by name without the dashes ("baseline"); a repeatable flag's values joined by newlines. */
export type Flags = Readonly<Record<string, string | boolean | undefined>>;

/** A flag's text ("--baseline" → what followed it), absent when not given. */
export function flagText(flags: Flags, flag: string): string | undefined {
  const value = flags[flagName(flag)];
  return typeof value === 'string' ? value : undefined;
}

export function flagName(flag: string): string {
  return flag.replace(/^--/, '');
}

/** One line per warning on stderr, naming the sheet and cell where it has them. */
export function reportWarnings(io: Io, language: Language, sheet: string | null, warnings: readonly Warning[]): void {
  const label = cliTexts(language).warning;
  for (const warning of warnings) {
    const where = warning.cell ? ` ${sheet ? `${sheet}!` : ''}${warning.cell}` : '';
    io.stderr(`${label}${where}: ${warning.message}\n`);
  }
}
