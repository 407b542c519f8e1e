// Options refused in the user's language, naming the option, in every command (exit 2).
import { join } from 'path';
import { EXAMPLES, run } from '../support/cli';

const xlsx = join(EXAMPLES, 'heemstede-2017.xlsx');

describe('the command line refuses what it cannot use', () => {
  test('an unknown option: Dutch, naming it and the likely one, no parser text', async () => {
    const { code, out, err } = await run('analyse', xlsx, '--inwoner', '43500');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe('Onbekende optie --inwoner. Bedoelt u --inwoners? Zie ijkpunt --help voor de opties.\n');
  });

  test('in English with --lang en', async () => {
    const { code, err } = await run('analyse', xlsx, '--lang', 'en', '--inwoner', '43500');
    expect(code).toBe(2);
    expect(err).toBe('Unknown option --inwoner. Did you mean --inwoners? See ijkpunt --help for the options.\n');
  });

  test.each([
    [['criteria', join(EXAMPLES, 'samenwerking.xlsx'), '--factsheets'], 'Onbekende optie --factsheets.'],
    [
      ['compare', join(EXAMPLES, 'heemstede-2012.xlsx'), xlsx, '--tolerance', '5'],
      'De optie --tolerance hoort niet bij ijkpunt compare.',
    ],
    [['analyse', xlsx, '--baseline', '2018'], 'De optie --baseline hoort niet bij ijkpunt analyse.'],
    [
      ['formatiewens', join(EXAMPLES, 'formatiewens.xlsx'), '--total-fte', '5'],
      'De optie --total-fte hoort niet bij ijkpunt formatiewens.',
    ],
    [['analyse', xlsx, '--sheet'], 'Bij --sheet ontbreekt de waarde, bijvoorbeeld --sheet WAARDE.'],
    [['analyse', xlsx, '--sheet', '--json'], 'Bij --sheet ontbreekt de waarde'],
    [['analyse', xlsx, '--json=ja'], '--json neemt geen waarde ("ja"); laat "=ja" weg.'],
    [['analyse', xlsx, '--total-fte', '162', '--total-fte', '165'], '--total-fte is meer dan eens gegeven'],
    [['analyse', xlsx, '--lang', 'fr'], '--lang: "fr" is geen taal van IJkpunt; kies nl of en.'],
    [['analyse', xlsx, '--total-fte', 'veel'], '--total-fte: "veel" is geen positief getal.'],
    [['criteria', join(EXAMPLES, 'samenwerking.xlsx'), '--tolerance', 'ruim'], '--tolerance'],
    [['compare', join(EXAMPLES, 'heemstede-2012.xlsx'), xlsx, '--band', 'x'], '--band'],
  ])('%j → exit 2: %s', async (argv, message) => {
    const { code, err } = await run(...argv);
    expect(code).toBe(2);
    expect(err.startsWith(message)).toBe(true);
    expect(err).not.toMatch(/Unknown option '|ERR_PARSE_ARGS|TypeError/);
  });

  test('what a command does take still works', async () => {
    expect((await run('analyse', xlsx, '--lang=en', '--total-fte', '162,3', '--json')).code).toBe(0);
    expect(
      (await run('criteria', join(EXAMPLES, 'samenwerking.xlsx'), '--tolerance', '5', '--baseline', '2018-2020')).code,
    ).toBe(0);
    expect((await run('--help')).code).toBe(0);
  });
});
