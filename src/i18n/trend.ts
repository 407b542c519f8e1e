// The year comparison's words (src/engine/trend composes them), Dutch and English side by side.
import type { Measure } from '../engine/benchmark';
import type { Language } from '../engine/core';
import type { TrendWord } from '../engine/trend';

export const TREND_TEXT: Record<Language, Record<TrendWord, string>> = {
  nl: { toename: 'toename', afname: 'afname', 'redelijk stabiel': 'redelijk stabiel', onbekend: 'onbekend' },
  en: { toename: 'increase', afname: 'decrease', 'redelijk stabiel': 'fairly stable', onbekend: 'unknown' },
};

export const TREND_WARNINGS = {
  nl: {
    duplicate: (label: string, names: string, other: string) =>
      `In ${label} hebben ${names} na weglaten van toevoegingen dezelfde naam; IJkpunt koppelt ze daarom aan geen enkel cluster uit ${other}.`,
    band: (used: string) =>
      `De band "redelijk stabiel" moet een getal van 0 of meer zijn; IJkpunt gebruikt ${used} procentpunt.`,
    noMeasure: (label: string, measure: Measure) =>
      `In ${label} heeft geen cluster een relatieve afwijking voor de ${measure === 'costs' ? 'kosten' : 'formatie'} (norm ontbreekt of is 0); de trend is daar onbekend.`,
    implausible: (label: string, names: string) =>
      `In ${label} zijn de afwijkingen van ${names} niet aannemelijk (zie de waarschuwingen van de analyse van dat jaar); IJkpunt bepaalt daar geen trend.`,
    unknownPair: (a: string, b: string, labelA: string, labelB: string) =>
      `--pair "${a}=${b}": IJkpunt vindt geen ongekoppeld cluster "${a}" in ${labelA} en "${b}" in ${labelB}; controleer de namen zoals ze in de tabellen staan.`,
  },
  en: {
    duplicate: (label: string, names: string, other: string) =>
      `In ${label}, ${names} have the same name once suffixes are left out; IJkpunt therefore matches them with no cluster of ${other}.`,
    band: (used: string) =>
      `The "fairly stable" band must be a number of 0 or more; IJkpunt uses ${used} percentage points.`,
    noMeasure: (label: string, measure: Measure) =>
      `In ${label} no cluster has a relative ${measure === 'costs' ? 'cost' : 'staffing'} deviation (no norm, or a norm of 0); the trend is unknown there.`,
    implausible: (label: string, names: string) =>
      `In ${label} the deviations of ${names} are not plausible (see that year's analysis warnings); IJkpunt determines no trend there.`,
    unknownPair: (a: string, b: string, labelA: string, labelB: string) =>
      `--pair "${a}=${b}": IJkpunt finds no unmatched cluster "${a}" in ${labelA} and "${b}" in ${labelB}; check the names as the tables spell them.`,
  },
};

/** Counts per trend word for the overview sentence. */
export interface TrendCounts {
  readonly rise: number;
  readonly fall: number;
  readonly stable: number;
  readonly unknown: number;
}

/** One cluster whose relative deviation rose or fell beyond the band. */
export interface TrendChange {
  readonly name: string;
  readonly from: string;
  readonly to: string;
  readonly labelA: string;
  readonly labelB: string;
  readonly trend: TrendWord;
  /** Signed percentage points as written ("+23", "−15,2"). */
  readonly points: string;
}

const clusters = (k: number) => `${k} ${k === 1 ? 'cluster' : 'clusters'}`;
/** "bij 3 clusters", "bij 2" after it; never "bij 0": "bij geen enkel cluster". */
const bij = (k: number, first = false) => (k === 0 ? 'bij geen enkel cluster' : `bij ${first ? clusters(k) : k}`);
/** "for 3 clusters", "for 2" after it; never "for 0": "for no cluster". */
const forEn = (k: number, first = false) => (k === 0 ? 'for no cluster' : `for ${first ? clusters(k) : k}`);

export interface TrendSentenceTexts {
  readonly and: string;
  head(measure: Measure, labelA: string, labelB: string): string;
  nothingToCompare(head: string): string;
  overviewParts(counts: TrendCounts, band: string): string[];
  overview(head: string, measure: Measure, parts: string): string;
  change(change: TrendChange): string;
  noTrend(items: string): string;
  onlyIn(name: string, label: string): string;
  notComparable(list: string): string;
  ambiguous(sides: readonly string[]): string;
  pairing(nameB: string, labelB: string, nameA: string, labelA: string): string;
  partial(list: string): string;
  byHand(list: string): string;
}

export const TREND_SENTENCES: Record<Language, TrendSentenceTexts> = {
  nl: {
    and: 'en',
    head: (measure, a, b) => `${measure === 'costs' ? 'Kosten' : 'Formatie'} ${a} → ${b}`,
    nothingToCompare: (head) => `${head}: geen enkel cluster komt in beide jaren voor; er valt niets te vergelijken.`,
    overviewParts: (c, band) => [
      `${bij(c.rise, true)} gestegen (toename)`,
      `${bij(c.fall, c.rise === 0)} gedaald (afname)`,
      `${bij(c.stable, c.rise === 0 && c.fall === 0)} redelijk stabiel gebleven (binnen ${band} procentpunt)`,
      ...(c.unknown > 0 ? [`${bij(c.unknown)} niet te bepalen`] : []),
    ],
    // "The costs rose relative to the reference group": "de afwijking is toegenomen" would
    // mislead where −35% became −20%.
    overview: (head, measure, parts) =>
      `${head}: ten opzichte van de referentiegroep ${measure === 'costs' ? 'zijn de kosten' : 'is de formatie'} ${parts}.`,
    change: (x) =>
      `${x.name}: van ${x.from} in ${x.labelA} naar ${x.to} in ${x.labelB} ten opzichte van de referentiegroep (${TREND_TEXT.nl[x.trend]}, ${x.points} procentpunt).`,
    noTrend: (items) =>
      `Geen trend te bepalen, want een relatieve afwijking ontbreekt (geen norm of een norm van 0): ${items}.`,
    onlyIn: (name, label) => `${name} (alleen ${label})`,
    notComparable: (list) => `Niet te vergelijken: ${list}.`,
    ambiguous: (sides) =>
      `Niet eenduidig te koppelen, omdat na weglaten van toevoegingen dezelfde naam meer dan eens voorkomt: ${sides.join(' tegenover ')}.`,
    pairing: (nameB, labelB, nameA, labelA) => `${nameB} (${labelB}) met ${nameA} (${labelA})`,
    partial: (list) => `Gekoppeld op een deel van de naam: ${list}; controleer of het takenpakket vergelijkbaar is.`,
    byHand: (list) => `Zelf gekoppeld: ${list}.`,
  },
  en: {
    and: 'and',
    head: (measure, a, b) => `${measure === 'costs' ? 'Costs' : 'Staffing'} ${a} → ${b}`,
    nothingToCompare: (head) => `${head}: no cluster occurs in both years, so there is nothing to compare.`,
    overviewParts: (c, band) => [
      `rose ${forEn(c.rise, true)} (increase)`,
      `fell ${forEn(c.fall, c.rise === 0)} (decrease)`,
      `stayed fairly stable ${forEn(c.stable, c.rise === 0 && c.fall === 0)} (within ${band} percentage points)`,
      ...(c.unknown > 0 ? [`could not be determined ${forEn(c.unknown)}`] : []),
    ],
    overview: (head, measure, parts) =>
      `${head}: relative to the reference group, ${measure === 'costs' ? 'costs' : 'staffing'} ${parts}.`,
    change: (x) =>
      `${x.name}: from ${x.from} in ${x.labelA} to ${x.to} in ${x.labelB} relative to the reference group (${TREND_TEXT.en[x.trend]}, ${x.points} percentage ${/^[+\u2212]?1$/.test(x.points) ? 'point' : 'points'}).`,
    noTrend: (items) =>
      `No trend can be determined, as a relative deviation is missing (no norm, or a norm of 0): ${items}.`,
    onlyIn: (name, label) => `${name} (only ${label})`,
    notComparable: (list) => `Not comparable: ${list}.`,
    ambiguous: (sides) =>
      `Not matched one-to-one, because the same name occurs more than once after leaving out suffixes: ${sides.join(' against ')}.`,
    pairing: (nameB, labelB, nameA, labelA) => `${nameB} (${labelB}) with ${nameA} (${labelA})`,
    partial: (list) => `Matched on part of the name: ${list}; check that the task package is comparable.`,
    byHand: (list) => `Paired by hand: ${list}.`,
  },
};

/** The comparison sheet's words. */
export const TREND_PLAN_TEXT = {
  nl: {
    sheetWord: 'Vergelijking',
    title: (a: string, b: string, measure: string) =>
      `Vergelijking benchmark ${a} en ${b}: afwijking ${measure} van de referentiegroep (IJkpunt)`,
    band: 'Band redelijk stabiel (procentpunt)',
    explain: (a: string, b: string) =>
      `Verschil = Δ% ${b} − Δ% ${a}; binnen de band heet het redelijk stabiel, daarboven toename, daaronder afname.`,
    headers: (a: string, b: string) => ['Cluster', 'Iv3', `Δ% ${a}`, `Δ% ${b}`, 'Verschil (procentpunt)', 'Trend'],
    only: (label: string) => `alleen in ${label}`,
    ambiguous: (label: string) => `niet eenduidig (${label})`,
    unmatched: 'Niet gekoppeld',
    sentences: 'Toelichting',
    measure: { fte: 'formatie', costs: 'kosten' },
    na: 'n.v.t.',
    asText: (name: string, label: string) =>
      `${name}: de relatieve afwijking van ${label} is in het blad geen getal (een getal als tekst ingevoerd?); het vergelijkingsblad toont daar n.v.t. en trend onbekend.`,
  },
  en: {
    sheetWord: 'Comparison',
    title: (a: string, b: string, measure: string) =>
      `Benchmark ${a} and ${b}: ${measure} deviation from the reference group (IJkpunt)`,
    band: 'Band fairly stable (percentage points)',
    explain: (a: string, b: string) =>
      `Difference = Δ% ${b} − Δ% ${a}; within the band it is fairly stable, above it an increase, below it a decrease.`,
    headers: (a: string, b: string) => [
      'Cluster',
      'Iv3',
      `Δ% ${a}`,
      `Δ% ${b}`,
      'Difference (percentage points)',
      'Trend',
    ],
    only: (label: string) => `only in ${label}`,
    ambiguous: (label: string) => `not unambiguous (${label})`,
    unmatched: 'Not matched',
    sentences: 'Explanation',
    measure: { fte: 'staffing', costs: 'costs' },
    na: 'n/a',
    asText: (name: string, label: string) =>
      `${name}: the relative deviation of ${label} is not a number in the sheet (a number typed as text?); the comparison sheet shows n/a and trend unknown there.`,
  },
};
