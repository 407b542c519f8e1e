// The `ijkpunt` command. Exit codes: 0 success (warnings on stderr), 2 unusable input with a
// message naming the file, sheet or cell, 1 internal error (no stack trace unless --debug).
import { parseArgs } from 'util';
import type { Language, Warning } from '../engine/core';
import { runAnalyse } from './analyse-command';
import { compareJson, compareReport, runCompare } from './compare-command';
import { criteriaJson, criteriaReport, runCriteria, writeTemplate } from './criteria-command';
import { runFormationWish, wishReport } from './formation-wish-command';
import { UsageError } from './input';
import { textReport } from './report';
import { cliTexts } from './texts';

export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

function languageOf(argv: readonly string[]): Language {
  const at = argv.indexOf('--lang');
  const value = at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith('--lang='))?.slice('--lang='.length);
  return value === 'en' ? 'en' : 'nl';
}

export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const language = languageOf(argv);
  const t = cliTexts(language);
  const debug = argv.includes('--debug');
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
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
        debug: { type: 'boolean' },
        baseline: { type: 'string' },
        tolerance: { type: 'string' },
        template: { type: 'string' },
        band: { type: 'string' },
        'sheet-a': { type: 'string' },
        'sheet-b': { type: 'string' },
      },
    }).valueOf() as {
      values: Record<string, string | boolean | undefined>;
      positionals: string[];
    };
    const [command, input] = positionals;
    if (values.help || command === undefined || command === 'help') {
      io.stdout(t.help);
      return command === undefined && !values.help ? 2 : 0;
    }
    const str = (key: string) => (typeof values[key] === 'string' ? (values[key] as string) : undefined);
    const json = values.json === true;
    const force = values.force === true;
    if (command === 'criteria') {
      const template = str('template');
      if (template !== undefined) {
        const range = await writeTemplate(template, { baseline: str('baseline'), language, force });
        io.stdout(`${t.templateWritten(template, range)}\n`);
        return 0;
      }
      if (input === undefined) throw new UsageError(t.missingInput);
      const outcome = await runCriteria({
        input,
        sheet: str('sheet'),
        baseline: str('baseline'),
        tolerance: str('tolerance'),
        language,
        out: str('out'),
        force,
      });
      reportWarnings(io, t.warning, outcome.result.sheet, outcome.warnings);
      io.stdout(
        json ? `${JSON.stringify(criteriaJson(outcome.result), null, 2)}\n` : criteriaReport(outcome.result, language),
      );
      if (outcome.written && !json) io.stdout(`${t.writtenTo(outcome.written)}\n`);
      return 0;
    }
    if (command === 'compare' || command === 'vergelijk') {
      const second = positionals[2];
      if (input === undefined || second === undefined) throw new UsageError(t.missingSecond);
      const outcome = await runCompare({
        a: input,
        b: second,
        sheetA: str('sheet-a'),
        sheetB: str('sheet-b'),
        band: str('band'),
        language,
      });
      reportWarnings(io, t.warning, null, outcome.comparison.warnings);
      io.stdout(
        json
          ? `${JSON.stringify(compareJson(outcome.comparison), null, 2)}\n`
          : compareReport(outcome.comparison, language),
      );
      return 0;
    }
    if (command === 'formatiewens' || command === 'lacune') {
      if (input === undefined) throw new UsageError(t.missingInput);
      const outcome = await runFormationWish({ input, sheet: str('sheet'), language, out: str('out'), force });
      reportWarnings(io, t.warning, outcome.wish.sheet, outcome.warnings);
      io.stdout(json ? `${JSON.stringify(outcome.wish, null, 2)}\n` : wishReport(outcome.wish, language));
      if (outcome.written && !json) io.stdout(`${t.writtenTo(outcome.written)}\n`);
      return 0;
    }
    if (command !== 'analyse' && command !== 'analyze') throw new UsageError(t.unknownCommand(command));
    if (input === undefined) throw new UsageError(t.missingInput);
    const { result, plan, written } = await runAnalyse({
      input,
      sheet: str('sheet'),
      range: str('range'),
      map: str('map'),
      inwoners: str('inwoners'),
      totalFte: str('total-fte'),
      fteServed: str('fte-served'),
      language,
      out: str('out'),
      force,
    });
    for (const warning of [...result.warnings, ...(plan?.warnings ?? [])]) {
      io.stderr(`${t.warning}${warning.cell ? ` ${result.table.sheet}!${warning.cell}` : ''}: ${warning.message}\n`);
    }
    io.stdout(json ? `${JSON.stringify(result, null, 2)}\n` : textReport(result, language));
    if (written && !json) io.stdout(`${t.writtenTo(written)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n`);
      return 2;
    }
    // parseArgs reports unknown options and missing values as TypeErrors with a code.
    const code = (error as { code?: string }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`${(error as Error).message}\n${t.help}`);
      return 2;
    }
    io.stderr(`${t.internal}\n`);
    if (debug) io.stderr(`${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}

function reportWarnings(io: Io, label: string, sheet: string | null, warnings: readonly Warning[]): void {
  for (const warning of warnings) {
    const where = warning.cell ? ` ${sheet ? `${sheet}!` : ''}${warning.cell}` : '';
    io.stderr(`${label}${where}: ${warning.message}\n`);
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
