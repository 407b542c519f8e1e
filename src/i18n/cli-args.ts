// What the command line says about its options: an unknown one, one of another command, a
// missing or unwanted value, one given twice, a language it does not speak. Dutch first.
import type { Language } from '../engine/core';

const nl = {
  unknown: (option: string, near: string | null) =>
    `Onbekende optie ${option}.${near ? ` Bedoelt u ${near}?` : ''} Zie ijkpunt --help voor de opties.`,
  notForCommand: (option: string, command: string) =>
    `De optie ${option} hoort niet bij ijkpunt ${command}. Zie ijkpunt --help voor de opties per opdracht.`,
  valueMissing: (option: string) => `Bij ${option} ontbreekt de waarde, bijvoorbeeld ${option} WAARDE.`,
  noValueWanted: (option: string, value: string) => `${option} neemt geen waarde ("${value}"); laat "=${value}" weg.`,
  givenTwice: (option: string) => `${option} is meer dan eens gegeven; geef de optie één keer.`,
  badLanguage: (value: string) => `--lang: "${value}" is geen taal van IJkpunt; kies nl of en.`,
};

export type ArgTexts = typeof nl;

const en: ArgTexts = {
  unknown: (option: string, near: string | null) =>
    `Unknown option ${option}.${near ? ` Did you mean ${near}?` : ''} See ijkpunt --help for the options.`,
  notForCommand: (option: string, command: string) =>
    `The option ${option} does not belong to ijkpunt ${command}. See ijkpunt --help for each command's options.`,
  valueMissing: (option: string) => `${option} needs a value, for example ${option} VALUE.`,
  noValueWanted: (option: string, value: string) => `${option} takes no value ("${value}"); leave out "=${value}".`,
  givenTwice: (option: string) => `${option} was given more than once; give it once.`,
  badLanguage: (value: string) => `--lang: "${value}" is not a language of IJkpunt; choose nl or en.`,
};

export function argTexts(language: Language): ArgTexts {
  return language === 'en' ? en : nl;
}
