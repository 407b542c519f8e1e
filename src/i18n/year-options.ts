// The year comparison's per-year options and hand pairs: the pane's fields and what is said of
// a value that cannot be used. Dutch first, English beside it.
import type { Language } from '../engine/core';

const nl = {
  pair: 'Zelf koppelen (naam in A=naam in B)',
  pairHint: 'Bijvoorbeeld: Communicatie en Kwaliteitszorg=Communicatie; meer paren gescheiden door ;',
  pairingTitle: 'Niet gekoppeld',
  pairingIntro: (labelA: string, labelB: string) =>
    `Kies per cluster van ${labelA} zonder partner een cluster van ${labelB}; de vergelijking wordt dan opnieuw gemaakt.`,
  pairWith: (name: string, labelA: string) => `${name} (${labelA}) koppelen aan`,
  noPair: 'niet koppelen',
  totalFte: 'Totale formatie per jaar (fte)',
  inhabitants: 'Inwoners per jaar',
  fteServed: 'Bediende formatie per jaar (fte)',
  perYearHint: 'Bijvoorbeeld 2012: 165,95; 2017: 162,3 (of A: en B:); zonder jaar voor beide',
  badPair: (flag: string, value: string) => `${flag}: "${value}" heeft niet de vorm "naam in A=naam in B".`,
  badPairField: (label: string) => `${label}: schrijf elk paar als "naam in A=naam in B".`,
  badNumber: (flag: string, value: string) =>
    `${flag}: "${value}" is geen positief getal. Geef per jaar bijvoorbeeld ${flag} 2012:165,95 ${flag} 2017:162,3 (of A: en B:), of één getal voor beide jaren.`,
  badNumberField: (label: string) => `${label}: geef een positief getal, per jaar als 2012: 165,95; 2017: 162,3.`,
  badRange: (flag: string, value: string) => `${flag}: "${value}" is geen bereik zoals A3:F11.`,
  badMap: (flag: string, value: string) =>
    `${flag}: "${value}" heeft niet de vorm Kop=rol;Kop=rol (per jaar: 2012:Kop=rol). Zie ijkpunt --help voor de rollen.`,
  mapHeaderMissing: (header: string, sheet: string) => `--map: geen kolom met kop "${header}" op blad ${sheet}.`,
  givenTwice: (flag: string, key: string) => `${flag} is voor ${key} meer dan eens gegeven; geef één waarde per jaar.`,
  yearUnused: (flag: string, key: string, labels: string) =>
    `${flag} ${key}: geen van beide jaren is ${key} (wel ${labels}); die waarde is niet gebruikt.`,
};

export type YearOptionTexts = typeof nl;

const en: YearOptionTexts = {
  pair: 'Pair by hand (name in A=name in B)',
  pairHint: 'For example: Communicatie en Kwaliteitszorg=Communicatie; separate more pairs with ;',
  pairingTitle: 'Not paired',
  pairingIntro: (labelA: string, labelB: string) =>
    `For each cluster of ${labelA} without a partner, choose a cluster of ${labelB}; the comparison is then made again.`,
  pairWith: (name: string, labelA: string) => `Pair ${name} (${labelA}) with`,
  noPair: 'do not pair',
  totalFte: 'Total staffing per year (FTE)',
  inhabitants: 'Inhabitants per year',
  fteServed: 'FTE served per year',
  perYearHint: 'For example 2012: 165.95; 2017: 162.3 (or A: and B:); without a year for both',
  badPair: (flag: string, value: string) => `${flag}: "${value}" is not of the form "name in A=name in B".`,
  badPairField: (label: string) => `${label}: write each pair as "name in A=name in B".`,
  badNumber: (flag: string, value: string) =>
    `${flag}: "${value}" is not a positive number. Give one per year, for example ${flag} 2012:165.95 ${flag} 2017:162.3 (or A: and B:), or one number for both years.`,
  badNumberField: (label: string) => `${label}: give a positive number, per year as 2012: 165.95; 2017: 162.3.`,
  badRange: (flag: string, value: string) => `${flag}: "${value}" is not a range such as A3:F11.`,
  badMap: (flag: string, value: string) =>
    `${flag}: "${value}" is not of the form Header=role;Header=role (per year: 2012:Header=role). See ijkpunt --help for the roles.`,
  mapHeaderMissing: (header: string, sheet: string) => `--map: no column headed "${header}" on sheet ${sheet}.`,
  givenTwice: (flag: string, key: string) => `${flag} was given more than once for ${key}; give one value per year.`,
  yearUnused: (flag: string, key: string, labels: string) =>
    `${flag} ${key}: neither year is ${key} (they are ${labels}); that value was not used.`,
};

export function yearOptionTexts(language: Language): YearOptionTexts {
  return language === 'en' ? en : nl;
}
