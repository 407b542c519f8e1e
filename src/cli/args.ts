// The command line's arguments: every option checked against the command it is given to, so
// an unknown option, one that belongs to another command, a missing or unwanted value, or an
// option given twice is refused with a message in the user's language naming it (exit 2) —
// never Node's English parser message, never silently ignored.
import { parseArgs } from 'util';
import type { Language } from '../engine/core';
import type { StudyDefinition } from '../studies';
import { UsageError } from './input';
import { flagName, type Flags } from './io';
import { argTexts } from '../i18n/cli-args';

type FlagType = 'string' | 'boolean';

export interface FlagSpec {
  readonly type: FlagType;
  /** Given more than once, its values are joined by a newline; otherwise a second one is refused. */
  readonly repeatable?: boolean;
}

export type FlagSpecs = Readonly<Record<string, FlagSpec>>;

/** Every command's own options. */
const COMMON: FlagSpecs = {
  help: { type: 'boolean' },
  lang: { type: 'string' },
  json: { type: 'boolean' },
  debug: { type: 'boolean' },
};

export const ANALYSE_FLAGS: FlagSpecs = {
  ...COMMON,
  sheet: { type: 'string' },
  range: { type: 'string' },
  map: { type: 'string' },
  inwoners: { type: 'string' },
  'total-fte': { type: 'string' },
  'fte-served': { type: 'string' },
  out: { type: 'string' },
  force: { type: 'boolean' },
  'overwrite-edits': { type: 'boolean' },
};

/** A study's options, the sheet of each input, its actions, and --out where it writes a copy. */
export function studyFlagSpecs(study: StudyDefinition): FlagSpecs {
  const specs: Record<string, FlagSpec> = { ...COMMON };
  for (const option of study.options) {
    if (!option.flag) continue;
    const repeatable = option.kind === 'text' && option.repeatable === true;
    specs[flagName(option.flag)] = { type: option.kind === 'switch' ? 'boolean' : 'string', repeatable };
  }
  for (const input of study.inputs) specs[flagName(input.sheetFlag)] = { type: 'string' };
  for (const action of study.actions) specs[flagName(action.flag)] = { type: 'string' };
  if (study.cli.writesCopy) specs.out = { type: 'string' };
  if (study.cli.writesCopy || study.actions.length > 0) specs.force = { type: 'boolean' };
  return specs;
}

export interface CommandLine {
  readonly command: string | undefined;
  readonly files: readonly string[];
  readonly flags: Flags;
}

/** Levenshtein distance, for "did you mean": short option names only, so quadratic is fine. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

function suggestion(name: string, known: readonly string[]): string | null {
  const close = known
    .map((k) => ({ k, d: k.startsWith(name) || name.startsWith(k) ? 1 : distance(name, k) }))
    .filter((x) => x.d <= 2)
    .sort((x, y) => x.d - y.d);
  return close[0] ? `--${close[0].k}` : null;
}

/**
 * Reads `argv` for the command it names. `specsFor` gives the options of a command (null for
 * an unknown command, which the caller refuses); `all` is every option of every command, so
 * one that belongs elsewhere is told apart from a misspelt one.
 */
export function readCommandLine(
  argv: readonly string[],
  language: Language,
  specsFor: (command: string) => FlagSpecs | null,
  all: FlagSpecs,
): CommandLine {
  const t = argTexts(language);
  const options = Object.fromEntries(Object.entries(all).map(([name, spec]) => [name, { type: spec.type }]));
  const { tokens, positionals } = parseArgs({
    args: [...argv],
    options: { ...options, help: { type: 'boolean', short: 'h' } },
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const command = positionals[0];
  const specs = (command !== undefined ? specsFor(command) : null) ?? all;
  const flags: Record<string, string | boolean> = {};
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const { name, rawName } = token;
    const spec = specs[name];
    if (!spec) {
      if (all[name] && command !== undefined) throw new UsageError(t.notForCommand(rawName, command));
      const near = suggestion(name, Object.keys(specs));
      throw new UsageError(t.unknown(rawName, near));
    }
    if (spec.type === 'boolean') {
      if (token.value !== undefined) throw new UsageError(t.noValueWanted(rawName, token.value));
      flags[name] = true;
      continue;
    }
    // "--sheet --json": the next word is another option, not the sheet's name.
    const value = token.value;
    if (value === undefined || (!token.inlineValue && value.startsWith('--')))
      throw new UsageError(t.valueMissing(rawName));
    const before = flags[name];
    if (typeof before === 'string') {
      if (!spec.repeatable) throw new UsageError(t.givenTwice(rawName));
      flags[name] = `${before}\n${value}`;
    } else flags[name] = value;
  }
  const lang = flags.lang;
  if (typeof lang === 'string' && lang !== 'nl' && lang !== 'en') throw new UsageError(t.badLanguage(lang));
  return { command, files: positionals.slice(1), flags };
}
