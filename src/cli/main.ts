// The `ijkpunt` command. Exit codes: 0 success (warnings on stderr), 2 unusable input with a
// message naming the file, sheet or cell, 1 internal error (no stack trace unless --debug).
// `analyse` is the benchmark's own command; every other command is a study of the registry.
import { parseArgs, type ParseArgsConfig } from 'util';
import type { Language } from '../engine/core';
import { STUDIES, studyForCommand } from '../studies';
import { analyseCommand } from './analyse-command';
import { UsageError } from './input';
import { flagText, type Flags, type Io } from './io';
import { studyCommand, studyFlags } from './study-command';
import { cliTexts } from '../i18n/cli';

export type { Io } from './io';

const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** The command line's own flags, then every study's. */
const FLAGS: NonNullable<ParseArgsConfig['options']> = {
  help: { type: 'boolean', short: 'h' },
  sheet: { type: 'string' },
  range: { type: 'string' },
  map: { type: 'string' },
  inwoners: { type: 'string' },
  'total-fte': { type: 'string' },
  'fte-served': { type: 'string' },
  lang: { type: 'string' },
  json: { type: 'boolean' },
  out: { type: 'string' },
  force: { type: 'boolean' },
  'overwrite-edits': { type: 'boolean' },
  debug: { type: 'boolean' },
  ...studyFlags(STUDIES),
};

function languageOf(argv: readonly string[]): Language {
  const at = argv.indexOf('--lang');
  const value = at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith('--lang='))?.slice('--lang='.length);
  return value === 'en' ? 'en' : 'nl';
}

async function run(argv: readonly string[], language: Language, io: Io): Promise<number> {
  const t = cliTexts(language);
  const parsed = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: FLAGS });
  // No flag is `multiple`: every value is a string, a boolean or absent.
  const flags = parsed.values as Flags;
  const [command, ...files] = parsed.positionals;
  if (flags.help || command === undefined || command === 'help') {
    io.stdout(t.help);
    return command === undefined && !flags.help ? 2 : 0;
  }
  const study = studyForCommand(command);
  if (study) return studyCommand(study, flags, files, language, io);
  if (command !== 'analyse' && command !== 'analyze') throw new UsageError(t.unknownCommand(command));
  const [input] = files;
  if (input === undefined) throw new UsageError(t.missingInput);
  const text = (flag: string) => flagText(flags, flag);
  return analyseCommand(
    {
      input,
      sheet: text('--sheet'),
      range: text('--range'),
      map: text('--map'),
      inwoners: text('--inwoners'),
      totalFte: text('--total-fte'),
      fteServed: text('--fte-served'),
      language,
      out: text('--out'),
      force: flags.force === true,
      overwriteEdits: flags['overwrite-edits'] === true,
    },
    flags.json === true,
    io,
  );
}

export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const language = languageOf(argv);
  try {
    return await run(argv, language, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n`);
      return 2;
    }
    // parseArgs reports unknown options and missing values as TypeErrors with a code.
    const code = (error as { code?: string }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`${(error as Error).message}\n${cliTexts(language).help}`);
      return 2;
    }
    io.stderr(`${cliTexts(language).internal}\n`);
    if (argv.includes('--debug')) io.stderr(`${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}

/** The command as a shell runs it (bin/ijkpunt.js, or this file run by node). */
export function runFromShell(argv: readonly string[]): void {
  // `ijkpunt analyse … | head` closes the pipe early: that reader has all it wanted, so stop
  // quietly instead of letting Node print a stack trace for the broken pipe.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
  void main(argv).then((code) => {
    process.exitCode = code;
  });
}

if (require.main === module) runFromShell(process.argv.slice(2));
