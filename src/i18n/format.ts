// Numbers as benchmark reports write them. Dutch: decimal comma, thousands dot, "€ 1,7 miljoen",
// "+5,9 fte", "17%", and a real minus sign (−) on deviations. English: "€1.7 million", "+5.9 FTE".
import type { Language } from '../engine/core';

const MINUS = '\u2212';

export interface SignOption {
  /** Always show + or − (deviations); otherwise only − for negatives. */
  readonly sign?: boolean;
}

function group(integer: string, separator: string): string {
  return integer.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** Fixed decimals with the language's separators, no sign. */
export function formatUnsigned(value: number, decimals: number, language: Language): string {
  // Half away from zero, as people round (0,35 → 0,4), not toFixed's binary half-even guess.
  const factor = 10 ** decimals;
  const fixed = (Math.round(Math.abs(value) * factor * (1 + Number.EPSILON)) / factor).toFixed(decimals);
  const [integer = '0', fraction] = fixed.split('.');
  const [thousands, decimal] = language === 'nl' ? ['.', ','] : [',', '.'];
  return fraction === undefined ? group(integer, thousands) : `${group(integer, thousands)}${decimal}${fraction}`;
}

function isZeroAt(value: number, decimals: number): boolean {
  return Math.abs(value) < 0.5 * 10 ** -decimals;
}

function signOf(value: number, decimals: number, always: boolean): string {
  if (isZeroAt(value, decimals)) return '';
  if (value < 0) return MINUS;
  return always ? '+' : '';
}

export function formatNumber(value: number, decimals: number, language: Language, options: SignOption = {}): string {
  return `${signOf(value, decimals, options.sign ?? false)}${formatUnsigned(value, decimals, language)}`;
}

export function formatFte(value: number, language: Language, options: SignOption = {}): string {
  return `${formatNumber(value, 1, language, options)} ${language === 'nl' ? 'fte' : 'FTE'}`;
}

/** A percentage from a fraction, without decimals as in report sentences: 0.43 → "43%". */
export function formatPercent(
  fraction: number,
  language: Language,
  options: SignOption & { decimals?: number } = {},
): string {
  const decimals = options.decimals ?? 0;
  return `${formatNumber(fraction * 100, decimals, language, options)}%`;
}

/**
 * A difference of two fractions in percentage points, with one decimal and a sign: 0.151 →
 * "+15,1". Rounded to whole points, +15,1 would read as a band's own edge.
 */
export function formatPoints(fraction: number, language: Language): string {
  return formatNumber(fraction * 100, 1, language, { sign: true });
}

/** An fte range with one decimal: "5,0 – 6,0", or one number when both ends are equal. */
export function formatFteRange(
  range: { readonly low: number; readonly high: number },
  language: Language,
  options: SignOption = {},
): string {
  const low = formatNumber(range.low, 1, language, options);
  return range.low === range.high ? low : `${low} – ${formatNumber(range.high, 1, language, options)}`;
}

/** Whole euros: "€ 294.556", with sign "+€ 78.988" / "−€ 5.378". */
export function formatEuro(value: number, language: Language, options: SignOption = {}): string {
  const sign = signOf(value, 0, options.sign ?? false);
  const amount = formatUnsigned(value, 0, language);
  return language === 'nl' ? `${sign}€ ${amount}` : `${sign}€${amount}`;
}

/**
 * Amounts in millions as report sentences write them: "−€ 2,1 miljoen", "−€ 0,1 miljoen" (from
 * € 50 000, which rounds to a tenth of a million); smaller ones in whole euros.
 */
export function formatEuroCompact(value: number, language: Language, options: SignOption = {}): string {
  return Math.abs(value) < MILLIONS_FROM ? formatEuro(value, language, options) : inMillions(value, language, options);
}

/**
 * Amounts that stand in one sentence, in one unit: all in millions as soon as one of them is,
 * never "−€ 0,2 miljoen" beside "+€ 13.529".
 */
export function formatEurosCompact(values: readonly number[], language: Language, options: SignOption = {}): string[] {
  const millions = values.some((v) => Math.abs(v) >= MILLIONS_FROM);
  if (!millions) return values.map((v) => formatEuro(v, language, options));
  // A small one beside it keeps a figure of its own: "+€ 0,01 miljoen", not "+€ 0,0 miljoen".
  return values.map((v) => inMillions(v, language, options, Math.abs(v) < MILLIONS_FROM ? 2 : 1));
}

const MILLIONS_FROM = 50_000;

function inMillions(value: number, language: Language, options: SignOption, decimals = 1): string {
  const millions = value / 1_000_000;
  const sign = signOf(millions, decimals, options.sign ?? false);
  const amount = formatUnsigned(millions, decimals, language);
  return language === 'nl' ? `${sign}€ ${amount} miljoen` : `${sign}€${amount} million`;
}
