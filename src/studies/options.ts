// A study's options, declared once for both front doors: the command line reads a flag, the
// pane shows a field, and both hand the text (or a switch's state) to the same parser, so a
// value is accepted or refused alike wherever it is typed.
import { parseFraction, type Language } from '../engine/core';
import { studyTexts } from '../i18n/study-ui';

/** What a front door hands over per option key: the text typed, a switch's state; absent: not given. */
export type OptionInput = Readonly<Record<string, string | boolean | undefined>>;

/** Why a value is refused, naming the option as each front door shows it. */
export interface Refusal {
  readonly ok: false;
  /** For the command line: names the flag and the value typed. */
  readonly flagMessage: string;
  /** For the pane: names the field by its label. */
  readonly fieldMessage: string;
}

export type Parsed<T> = { readonly ok: true; readonly value: T } | Refusal;

interface OptionBase {
  /** The key the front doors hand the value under (`OptionInput`). */
  readonly key: string;
  /** The command line's flag, e.g. "--baseline"; null where only the pane offers the option. */
  readonly flag: string | null;
  /** The pane field's label. */
  label(language: Language): string;
  /** The line under the pane's field, where an example helps. */
  hint?(language: Language): string;
  /** False: only the command line offers it (the pane has its own way, such as picking the table). */
  readonly pane?: false;
}

export interface TextOption<T> extends OptionBase {
  readonly kind: 'text';
  /** What the pane's field holds at first. */
  readonly initial: string;
  /** The command line takes the flag more than once; `parse` gets the values joined by a newline. */
  readonly repeatable?: boolean;
  parse(raw: string, language: Language): Parsed<T>;
}

export interface SwitchOption extends OptionBase {
  readonly kind: 'switch';
  /** The pane's checkbox at first, and the value where the command line has no flag for it. */
  readonly initial: boolean;
}

/** An option as a front door sees it, whatever its parser makes of the text. */
export type StudyOption = TextOption<unknown> | SwitchOption;

export function refusal(flagMessage: string, fieldMessage: string): Refusal {
  return { ok: false, flagMessage, fieldMessage };
}

/** A text option's value; not given (no flag on the command line): undefined, the engine's default. */
export function textValue<T>(option: TextOption<T>, given: OptionInput, language: Language): Parsed<T | undefined> {
  const raw = given[option.key];
  return typeof raw === 'string' ? option.parse(raw, language) : { ok: true, value: undefined };
}

export function switchValue(option: SwitchOption, given: OptionInput): boolean {
  const raw = given[option.key];
  return typeof raw === 'boolean' ? raw : option.initial;
}

/** A tolerance or band as people type it: "5%", "5", "0,05" → 0.05. */
export function fractionOption(option: Omit<TextOption<number>, 'kind' | 'parse'>): TextOption<number> {
  return {
    ...option,
    kind: 'text',
    parse: (raw, language) => {
      const value = parseFraction(raw);
      if (value !== null) return { ok: true, value };
      const s = studyTexts(language);
      return refusal(s.cli.badFraction(option.flag ?? option.key, raw), s.badFraction(option.label(language)));
    },
  };
}
