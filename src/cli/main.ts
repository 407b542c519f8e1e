// The `ijkpunt` command. Exit codes: 0 success (warnings on stderr), 2 unusable input with a
// message naming the file, sheet or cell, 1 internal error (no stack trace unless --debug).
// `analyse` is the benchmark's own command; every other command is a study of the registry.
import type { Language } from '../engine/core';
import { STUDIES, studyForCommand } from '../studies';
import { analyseCommand } from './analyse-command';
import { UsageError } from './input';
import { flagText, type Io } from './io';
import { studyCommand } from './study-command';
import { ANALYSE_FLAGS, readCommandLine, studyFlagSpecs, type FlagSpecs } from './args';
import { cliTexts } from '../i18n/cli';

export type { Io } from './io';

const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** Every command's options: the benchmark's, then every study's. */
const ALL_FLAGS: FlagSpecs = Object.assign({}, ANALYSE_FLAGS, ...STUDIES.map(studyFlagSpecs)) as FlagSpecs;

function flagsOf(command: string): FlagSpecs | null {
  if (command === 'analyse' || command === 'analyze') return ANALYSE_FLAGS;
  if (command === 'help') return ALL_FLAGS;
  const study = studyForCommand(command);
  return study ? studyFlagSpecs(study) : null;
}

function languageOf(argv: readonly string[]): Language {
  const at = argv.indexOf('--lang');
  const value = at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith('--lang='))?.slice('--lang='.length);
  return value === 'en' ? 'en' : 'nl';
}

async function run(argv: readonly string[], language: Language, io: Io): Promise<number> {
  const t = cliTexts(language);
  const { command, files, flags } = readCommandLine(argv, language, flagsOf, ALL_FLAGS);
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
