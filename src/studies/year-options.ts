// What the year comparison takes per year — every per-file option of `analyse` — and the pairs
// the user makes by hand. A value is given for one year with its year or side in front
// ("2012:165,95", "B:162,3"), or without one for both; on the command line the flag is
// repeated (`--total-fte 2012:165,95 --total-fte 2017:162,3`), in the pane the values are
// separated by ";".
import type { AnalysisOptions } from '../engine/benchmark';
import { parseA1, parseNumber, sliceGrid, type CellGrid, type Language } from '../engine/core';
import { yearLabel, type HandPair } from '../engine/trend';
import { yearOptionTexts } from '../i18n/year-options';
import { mapOverrides, parseColumnMap, type MapEntry } from './column-map';
import { refusal, textValue, type OptionInput, type Parsed, type TextOption } from './options';
import type { StudySheet } from './study';

/** A value for both years (`all`) and per side ("A", "B") or year ("2012"). */
export interface PerYear<T> {
  readonly all: T | undefined;
  readonly by: ReadonlyMap<string, T>;
}

const PREFIX = /^\s*(a|b|(?:19|20)\d\d)\s*:\s*(.*)$/is;

/** Entries of a per-year value: the command line joins a repeated flag's values by newlines. */
function perYear<T>(
  raw: string,
  split: RegExp,
  parseOne: (text: string) => T | null,
  refuse: (value: string) => Parsed<never>,
  twice: (key: string) => Parsed<never>,
): Parsed<PerYear<T>> {
  let all: T | undefined;
  const by = new Map<string, T>();
  for (const entry of raw.split(split).map((e) => e.trim())) {
    if (entry === '') continue;
    const match = PREFIX.exec(entry);
    const key = match?.[1]?.toUpperCase() ?? null;
    const value = parseOne(match?.[2]?.trim() ?? entry);
    if (value === null) return refuse(entry);
    if (key === null) {
      if (all !== undefined) return twice('A en B');
      all = value;
    } else {
      if (by.has(key)) return twice(key);
      by.set(key, value);
    }
  }
  return { ok: true, value: { all, by } };
}

function positive(text: string): number | null {
  const parsed = parseNumber(text);
  return parsed.kind === 'number' && parsed.value > 0 ? parsed.value : null;
}

function numberPerYear(key: string, flag: string, label: (l: Language) => string): TextOption<PerYear<number>> {
  return {
    kind: 'text',
    key,
    flag,
    label,
    hint: (language) => yearOptionTexts(language).perYearHint,
    initial: '',
    repeatable: true,
    parse: (raw, language) => {
      const t = yearOptionTexts(language);
      return perYear(
        raw,
        /[\n;]/,
        positive,
        (value) => refusal(t.badNumber(flag, value), t.badNumberField(label(language))),
        (which) => refusal(t.givenTwice(flag, which), t.badNumberField(label(language))),
      );
    },
  };
}

/** Options only the command line offers (the pane picks its table on the sheet). */
function cliPerYear<T>(key: string, flag: string, parseOne: (text: string) => T | null): TextOption<PerYear<T>> {
  return {
    kind: 'text',
    key,
    flag,
    label: () => flag,
    initial: '',
    repeatable: true,
    pane: false,
    parse: (raw, language) => {
      const t = yearOptionTexts(language);
      const bad = (value: string) =>
        refusal(key === 'range' ? t.badRange(flag, value) : t.badMap(flag, value), t.badMap(flag, value));
      return perYear(raw, /\n/, parseOne, bad, (which) =>
        refusal(t.givenTwice(flag, which), t.givenTwice(flag, which)),
      );
    },
  };
}

export const YEAR_TOTAL_FTE = numberPerYear('totalFte', '--total-fte', (l) => yearOptionTexts(l).totalFte);
export const YEAR_INHABITANTS = numberPerYear('inhabitants', '--inwoners', (l) => yearOptionTexts(l).inhabitants);
export const YEAR_FTE_SERVED = numberPerYear('fteServed', '--fte-served', (l) => yearOptionTexts(l).fteServed);
export const YEAR_RANGE = cliPerYear('range', '--range', (text) =>
  /^[A-Z]+\d+(:[A-Z]+\d+)?$/i.test(text) ? text : null,
);
export const YEAR_MAP = cliPerYear('map', '--map', (text) => {
  const parsed = parseColumnMap(text);
  return parsed.ok && parsed.entries.length > 0 ? parsed.entries : null;
});

export const PAIRS: TextOption<readonly HandPair[]> = {
  kind: 'text',
  key: 'pair',
  flag: '--pair',
  label: (language) => yearOptionTexts(language).pair,
  hint: (language) => yearOptionTexts(language).pairHint,
  initial: '',
  repeatable: true,
  parse: (raw, language) => {
    const pairs: HandPair[] = [];
    for (const part of raw.split(/[\n;]/).map((p) => p.trim())) {
      if (part === '') continue;
      const at = part.indexOf('=');
      const [a, b] = [part.slice(0, at).trim(), part.slice(at + 1).trim()];
      if (at <= 0 || a === '' || b === '') {
        const t = yearOptionTexts(language);
        return refusal(t.badPair('--pair', part), t.badPairField(t.pair));
      }
      pairs.push({ a, b });
    }
    return { ok: true, value: pairs };
  },
};

/**
 * The pair option's text after a choice in the pane: any pair naming `a` (either way round, as
 * the matcher reads them) taken out, then `a=b` added (none when `b` is null). The other pairs
 * stay as the user typed them.
 */
export function withPair(text: string, a: string, b: string | null): string {
  const kept = text
    .split(/[\n;]/)
    .map((p) => p.trim())
    .filter((p) => p !== '' && !p.split('=').some((name) => name.trim() === a));
  return [...kept, ...(b === null ? [] : [`${a}=${b}`])].join('; ');
}

export const PER_YEAR_OPTIONS = [YEAR_RANGE, YEAR_MAP, YEAR_INHABITANTS, YEAR_TOTAL_FTE, YEAR_FTE_SERVED] as const;

export interface YearSettings {
  readonly range: PerYear<string>;
  readonly map: PerYear<MapEntry[]>;
  readonly inhabitants: PerYear<number>;
  readonly totalFte: PerYear<number>;
  readonly fteServed: PerYear<number>;
}

const none = <T>(): PerYear<T> => ({ all: undefined, by: new Map<string, T>() });

export function yearSettings(given: OptionInput, language: Language): Parsed<YearSettings> {
  const range = textValue(YEAR_RANGE, given, language);
  if (!range.ok) return range;
  const map = textValue(YEAR_MAP, given, language);
  if (!map.ok) return map;
  const inhabitants = textValue(YEAR_INHABITANTS, given, language);
  if (!inhabitants.ok) return inhabitants;
  const totalFte = textValue(YEAR_TOTAL_FTE, given, language);
  if (!totalFte.ok) return totalFte;
  const fteServed = textValue(YEAR_FTE_SERVED, given, language);
  if (!fteServed.ok) return fteServed;
  return {
    ok: true,
    value: {
      range: range.value ?? none(),
      map: map.value ?? none(),
      inhabitants: inhabitants.value ?? none(),
      totalFte: totalFte.value ?? none(),
      fteServed: fteServed.value ?? none(),
    },
  };
}

/** The year a sheet stands for: in its name, else in its file's. */
export function yearOfSheet(sheet: StudySheet): string | null {
  return yearLabel(sheet.sheet) ?? (sheet.fileName !== undefined ? yearLabel(sheet.fileName) : null);
}

function valueFor<T>(option: PerYear<T>, index: number, year: string | null): T | undefined {
  return option.by.get(index === 0 ? 'A' : 'B') ?? (year !== null ? option.by.get(year) : undefined) ?? option.all;
}

export type YearInput =
  | { readonly ok: true; readonly table: CellGrid; readonly options: AnalysisOptions }
  | { readonly ok: false; readonly cell: string | null; readonly message: string };

/** Input `index`'s table and the analysis options its year was given. */
export function yearInput(settings: YearSettings, index: number, sheet: StudySheet, language: Language): YearInput {
  const t = yearOptionTexts(language);
  const year = yearOfSheet(sheet);
  const range = valueFor(settings.range, index, year);
  let table = sheet.grid;
  if (range !== undefined) {
    const [from, to] = range.split(':').map((p) => parseA1(p));
    const end = to ?? from;
    if (!from || !end || end.row < from.row || end.col < from.col)
      return { ok: false, cell: null, message: t.badRange('--range', range) };
    table = sliceGrid(sheet.grid, { top: from.row, bottom: end.row, left: from.col, right: end.col });
  }
  const entries = valueFor(settings.map, index, year);
  const mapped = entries ? mapOverrides(table, entries) : null;
  if (mapped && !mapped.ok)
    return { ok: false, cell: null, message: t.mapHeaderMissing(mapped.missingHeader, sheet.sheet) };
  const numbers = {
    inhabitants: valueFor(settings.inhabitants, index, year),
    totalFte: valueFor(settings.totalFte, index, year),
    fteServed: valueFor(settings.fteServed, index, year),
  };
  const options: AnalysisOptions = {
    language,
    ...(sheet.decimal ? { decimal: sheet.decimal } : {}),
    ...Object.fromEntries(Object.entries(numbers).filter(([, v]) => v !== undefined)),
    ...(mapped?.ok ? { overrides: mapped.overrides, headerRow: mapped.headerRow } : {}),
  };
  return { ok: true, table, options };
}

/** Per-year values naming a year that is neither of the two compared: said, not silently dropped. */
export function unusedYears(settings: YearSettings, years: readonly (string | null)[], language: Language): string[] {
  const t = yearOptionTexts(language);
  const labels = years.filter((y): y is string => y !== null).join(', ');
  const flags: [string, PerYear<unknown>][] = [
    ['--range', settings.range],
    ['--map', settings.map],
    ['--inwoners', settings.inhabitants],
    ['--total-fte', settings.totalFte],
    ['--fte-served', settings.fteServed],
  ];
  return flags.flatMap(([flag, option]) =>
    [...option.by.keys()]
      .filter((key) => key !== 'A' && key !== 'B' && !years.includes(key))
      .map((key) => t.yearUnused(flag, key, labels)),
  );
}
