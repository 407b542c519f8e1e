// What the plausibility guard says when a result cannot be right: a warning per cell, and the
// sentence that stands in for the conclusions IJkpunt does not draw. Dutch first, English beside.
import type { Language } from '../engine/core';

/** A reason that ends in a question keeps its question mark; no full stop after it. */
function endSentence(reason: string): string {
  return /[.?!]$/.test(reason) ? reason : `${reason}.`;
}

const nl = {
  measure: { fte: 'de formatie', costs: 'de kosten' },
  and: 'en',
  others: (count: number) => `${count} andere`,
  cellList: (cells: string) => `cel ${cells}`,
  cellsList: (cells: string) => `cellen ${cells}`,
  /** The sentence in place of the ones that would state a conclusion. */
  noConclusion: (measure: string, subject: string, reason: string) =>
    `Geen conclusie over ${measure} van ${subject}: ${endSentence(reason)}`,
  reason: {
    negativeNorm: (cells: string) =>
      `de norm is negatief (${cells}); vermoedelijk staat in die kolom de afwijking en niet de norm`,
    extremeDeviation: (cells: string) =>
      `de afwijking is groter dan 300% (${cells}); dat wijst eerder op een verkeerd gelezen kolom of parameter dan op een echt verschil`,
    classSign: (cells: string) => `de klasse spreekt het teken van de afwijking tegen (${cells})`,
    sharesOver100: (range: string, sum: string) =>
      `de aandelen in ${range} tellen op tot ${sum}, meer dan 100%; staan daar misschien afwijkingen in plaats van aandelen?`,
    tinyNorms: (range: string) =>
      `de normen uit ${range} zijn voor de meeste clusters een fractie van de eigen waarden; staat daar misschien een percentage in plaats van een aantal?`,
    printedMismatch: (cells: string) =>
      `de afgedrukte afwijking klopt niet met de berekende (${cells}); controleer de kolommen en de parameters`,
  },
  warning: {
    negativeNorm: (name: string, measure: string, norm: string) =>
      `${name}: de norm voor ${measure} is negatief (${norm}). Een norm kan niet negatief zijn: controleer of de kolom de norm bevat en niet de afwijking. IJkpunt trekt hierover geen conclusie.`,
    extremeDeviation: (name: string, measure: string, pct: string) =>
      `${name}: de afwijking van ${measure} is ${pct}. Zo'n afwijking is niet aannemelijk; controleer de kolomtoewijzing en de parameters. IJkpunt trekt hierover geen conclusie.`,
    classSign: (name: string, measure: string, cls: string, delta: string) =>
      `${name}: de klasse "${cls}" voor ${measure} spreekt de afwijking ${delta} tegen. IJkpunt trekt hierover geen conclusie.`,
    sharesOver100: (range: string, sum: string) =>
      `De aandelen in ${range} tellen op tot ${sum}, meer dan 100% van het geheel. Controleer of die kolom aandelen bevat; IJkpunt trekt over deze normen geen conclusie.`,
    tinyNorms: (range: string, count: number, total: number) =>
      `De normen uit ${range} zijn bij ${count} van ${total} clusters minder dan een twintigste van de eigen waarde. Staat in die kolom een percentage in plaats van een aantal? IJkpunt trekt over deze normen geen conclusie.`,
    printedMismatch: (name: string, measure: string, printed: string, computed: string) =>
      `${name}: de afgedrukte afwijking van ${measure} (${printed}) verschilt van de berekende (${computed}) meer dan afronding verklaart. Controleer de kolommen en de parameters; IJkpunt trekt hierover geen conclusie.`,
  },
};

export type PlausibilityTexts = typeof nl;

const en: PlausibilityTexts = {
  measure: { fte: 'the FTE', costs: 'the costs' },
  and: 'and',
  others: (count: number) => `${count} others`,
  cellList: (cells: string) => `cell ${cells}`,
  cellsList: (cells: string) => `cells ${cells}`,
  noConclusion: (measure: string, subject: string, reason: string) =>
    `No conclusion on ${measure} of ${subject}: ${endSentence(reason)}`,
  reason: {
    negativeNorm: (cells: string) =>
      `the norm is negative (${cells}); that column probably holds the deviation, not the norm`,
    extremeDeviation: (cells: string) =>
      `the deviation exceeds 300% (${cells}); that points to a misread column or parameter rather than a real difference`,
    classSign: (cells: string) => `the class contradicts the sign of the deviation (${cells})`,
    sharesOver100: (range: string, sum: string) =>
      `the shares in ${range} add up to ${sum}, more than 100%; does that column hold deviations instead of shares?`,
    tinyNorms: (range: string) =>
      `the norms from ${range} are a small fraction of the own values for most clusters; does that column hold a percentage instead of an amount?`,
    printedMismatch: (cells: string) =>
      `the printed deviation does not match the computed one (${cells}); check the columns and the parameters`,
  },
  warning: {
    negativeNorm: (name: string, measure: string, norm: string) =>
      `${name}: the norm for ${measure} is negative (${norm}). A norm cannot be negative: check that the column holds the norm and not the deviation. IJkpunt draws no conclusion from it.`,
    extremeDeviation: (name: string, measure: string, pct: string) =>
      `${name}: the deviation in ${measure} is ${pct}. Such a deviation is not plausible; check the column roles and the parameters. IJkpunt draws no conclusion from it.`,
    classSign: (name: string, measure: string, cls: string, delta: string) =>
      `${name}: the class "${cls}" for ${measure} contradicts the deviation ${delta}. IJkpunt draws no conclusion from it.`,
    sharesOver100: (range: string, sum: string) =>
      `The shares in ${range} add up to ${sum}, more than 100% of the whole. Check that the column holds shares; IJkpunt draws no conclusion from these norms.`,
    tinyNorms: (range: string, count: number, total: number) =>
      `The norms from ${range} are less than a twentieth of the own value for ${count} of ${total} clusters. Does that column hold a percentage instead of an amount? IJkpunt draws no conclusion from these norms.`,
    printedMismatch: (name: string, measure: string, printed: string, computed: string) =>
      `${name}: the printed deviation in ${measure} (${printed}) differs from the computed one (${computed}) by more than rounding explains. Check the columns and the parameters; IJkpunt draws no conclusion from it.`,
  },
};

export function plausibilityTexts(language: Language): PlausibilityTexts {
  return language === 'en' ? en : nl;
}
