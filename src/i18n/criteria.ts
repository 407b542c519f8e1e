// The cooperation criteria's words (src/engine/criteria composes them), Dutch and English side by side.
import type { Language } from '../engine/core';
import type { Heading, Status, Verdict } from '../engine/criteria';

/** Words of src/engine/criteria/input.ts. */
export const CRITERIA_INPUT_TEXT = {
  nl: {
    noTable: (sheet: string) =>
      `Op blad '${sheet}' staat geen tabel met criteria: IJkpunt zoekt kolommen Team, Indicator en Jaar met Waarde (of een kolom per jaar, zoals "2018" of "Begroting 2020").`,
    badValue: (cell: string, text: string) => `Cel ${cell}: "${text}" is geen getal; deze meting telt niet mee.`,
    badYear: (cell: string, text: string) =>
      `Cel ${cell}: "${text}" is geen jaar (schrijf bijvoorbeeld 2019, "Begroting 2020" of "Jaarrekening 2021"); deze meting telt niet mee.`,
    badDirection: (cell: string, text: string) =>
      `Cel ${cell}: richting "${text}" is niet herkend; gebruik "hoger is beter" of "lager is beter".`,
    badWeight: (cell: string, text: string) =>
      `Cel ${cell}: gewicht "${text}" is geen getal van 0 of meer; gewicht 1 gebruikt.`,
    badTolerance: (cell: string, text: string) =>
      `Cel ${cell}: tolerantie "${text}" is geen percentage tussen 0% en 100%; de standaardtolerantie geldt.`,
    noTeam: (cell: string) => `Cel ${cell}: geen team ingevuld; deze rij telt niet mee.`,
  },
  en: {
    noTable: (sheet: string) =>
      `Sheet '${sheet}' holds no criteria table: IJkpunt looks for columns Team, Indicator and Year with Value (or a column per year, such as "2018" or "Budget 2020").`,
    badValue: (cell: string, text: string) => `Cell ${cell}: "${text}" is not a number; this measurement is left out.`,
    badYear: (cell: string, text: string) =>
      `Cell ${cell}: "${text}" is not a year (write e.g. 2019, "Begroting 2020" or "Jaarrekening 2021"); this measurement is left out.`,
    badDirection: (cell: string, text: string) =>
      `Cell ${cell}: direction "${text}" is not recognised; use "higher is better" or "lower is better".`,
    badWeight: (cell: string, text: string) =>
      `Cell ${cell}: weight "${text}" is not a number of 0 or more; weight 1 used.`,
    badTolerance: (cell: string, text: string) =>
      `Cell ${cell}: tolerance "${text}" is not a percentage between 0% and 100%; the default tolerance applies.`,
    noTeam: (cell: string) => `Cell ${cell}: no team filled in; this row is left out.`,
  },
};

/** Words of src/engine/criteria/score.ts. */
export const CRITERIA_SCORE_TEXT = {
  nl: {
    noDirection: (team: string, indicator: string, cell: string) =>
      `${team}, ${indicator} (${cell}): uit de naam blijkt niet of hoger of lager beter is; vul de kolom Richting in ("hoger is beter" of "lager is beter").`,
    noMeasurements: (sheet: string) =>
      `Op blad '${sheet}' staan nog geen metingen: vul per team en indicator de waarden per jaar in.`,
    duplicate: (cell: string, other: string) =>
      `Cel ${cell}: een tweede waarde voor hetzelfde team, dezelfde indicator en hetzelfde jaar als ${other}; de laatste telt.`,
    missingExplanation: (team: string, indicator: string, pct: string) =>
      `${team}, ${indicator}: ${pct} t.o.v. de nul-lijn zonder toelichting. De raad vraagt een toelichting wanneer het takenpakket groeide.`,
  },
  en: {
    noDirection: (team: string, indicator: string, cell: string) =>
      `${team}, ${indicator} (${cell}): the name does not tell whether higher or lower is better; fill in the Polarity column ("higher is better" or "lower is better").`,
    noMeasurements: (sheet: string) =>
      `Sheet '${sheet}' holds no measurements yet: fill in the values per year for each team and indicator.`,
    duplicate: (cell: string, other: string) =>
      `Cell ${cell}: a second value for the same team, indicator and year as ${other}; the last one counts.`,
    missingExplanation: (team: string, indicator: string, pct: string) =>
      `${team}, ${indicator}: ${pct} against the baseline without an explanation. The council asks for one when the task package grew.`,
  },
};

/** Words of src/engine/criteria/template.ts. */
export const CRITERIA_TEMPLATE_TEXT = {
  nl: {
    title: 'Toetsingskader samenwerking vervlochten teams',
    help: (baseline: string) =>
      `Vul per team en indicator de waarde per jaar in (nul-lijn ${baseline}: jaarrekening, en de begroting van het laatste jaar). Voeg kolommen toe voor latere jaren ("Begroting 2024", "Jaarrekening 2024"); schrijf bij een gegroeid takenpakket een toelichting. Gewicht en tolerantie zijn optioneel (standaard 1 en 5%).`,
    headers: ['Team', 'Criterium', 'Indicator', 'Richting', 'Gewicht', 'Tolerantie'],
    note: 'Toelichting',
    accounts: 'Jaarrekening',
    budget: 'Begroting',
    listHeader: 'Keuzelijst (niet wijzigen)',
  },
  en: {
    title: 'Cooperation criteria for the shared teams',
    help: (baseline: string) =>
      `Fill in the value per year for each team and indicator (baseline ${baseline}: annual accounts, and the budget of the last year). Add columns for later years ("Begroting 2024", "Jaarrekening 2024"); explain where a task package grew. Weight and tolerance are optional (default 1 and 5%).`,
    headers: ['Team', 'Criterium', 'Indicator', 'Richting', 'Gewicht', 'Tolerantie'],
    note: 'Toelichting',
    accounts: 'Jaarrekening',
    budget: 'Begroting',
    listHeader: 'Drop-down list (do not change)',
  },
};

/** Words of src/engine/criteria/plan.ts. */
export const CRITERIA_PLAN_TEXT = {
  nl: {
    headers: [
      'Team',
      'Criterium',
      'Indicator',
      'Richting',
      'Gewicht',
      'Tolerantie',
      'Nul-lijn',
      'Laatste jaar',
      'Laatste waarde',
      'Verandering',
      'Verandering %',
      'Status',
      'Toelichting ontbreekt',
    ],
    summary: [
      'Team',
      'Verbeterd',
      'Gelijk',
      'Verslechterd',
      'Onvoldoende gegevens',
      'Criteria',
      'Criteria gemeten',
      'Score',
      'Oordeel',
    ],
    title: 'Toetsing samenwerking (IJkpunt)',
    summaryTitle: 'Per team',
    tolerance: 'Tolerantie (standaard)',
    band: 'Grens oordeel (score)',
    baseline: 'Nul-lijn: jaren',
    chart: 'Status per team',
    yes: 'ja',
    textCell: (cell: string) =>
      `Cel ${cell} bevat een getal als tekst: IJkpunt rekent ermee, maar een Excel-formule niet. De nul-lijn of laatste waarde staat daarom als vaste waarde in het blad; maak er een getal van voor een live berekening.`,
  },
  en: {
    headers: [
      'Team',
      'Criterion',
      'Indicator',
      'Polarity',
      'Weight',
      'Tolerance',
      'Baseline',
      'Latest year',
      'Latest value',
      'Change',
      'Change %',
      'Status',
      'Explanation missing',
    ],
    summary: [
      'Team',
      'Improved',
      'Unchanged',
      'Worsened',
      'Insufficient data',
      'Criteria',
      'Criteria measured',
      'Score',
      'Verdict',
    ],
    title: 'Cooperation criteria (IJkpunt)',
    summaryTitle: 'Per team',
    tolerance: 'Tolerance (default)',
    band: 'Verdict band (score)',
    baseline: 'Baseline: years',
    chart: 'Status per team',
    yes: 'yes',
    textCell: (cell: string) =>
      `Cell ${cell} holds a number as text: IJkpunt reads it, an Excel formula cannot. The baseline or latest value is therefore written as a fixed value; make it a number for a live calculation.`,
  },
};

/** Words of src/engine/criteria/factsheet.ts. */
export const FACTSHEET_TEXT = {
  nl: {
    title: (team: string) => `Factsheet ${team}`,
    intro: (baseline: string, sheet: string) =>
      `Vervlochten team. Metingen t.o.v. de nul-lijn ${baseline}, uit blad '${sheet}' (IJkpunt); de regels onder elk kopje zijn voor de adviseur.`,
    verdict: 'Oordeel IJkpunt: ',
    headings: {
      A: 'A. Mate van integratie',
      B: 'B. Kwalitatieve opbrengst',
      C: 'C. Kwantitatieve opbrengst',
      D: 'D. Kosten',
      E: 'E. Vooruitblik',
      F: 'F. Wat het inwoners oplevert',
    } as Record<Heading, string>,
    columns: ['Indicator', 'Nul-lijn', 'Laatste waarde', 'Verandering %', 'Status', 'Toelichting'],
  },
  en: {
    title: (team: string) => `Factsheet ${team}`,
    intro: (baseline: string, sheet: string) =>
      `Shared team. Measurements against the ${baseline} baseline, from sheet '${sheet}' (IJkpunt); the rows under each heading are for the advisor.`,
    verdict: 'IJkpunt verdict: ',
    headings: {
      A: 'A. Degree of integration',
      B: 'B. Qualitative yield',
      C: 'C. Quantitative yield',
      D: 'D. Costs',
      E: 'E. Outlook',
      F: 'F. What it brings inhabitants',
    } as Record<Heading, string>,
    columns: ['Indicator', 'Baseline', 'Latest value', 'Change %', 'Status', 'Explanation'],
  },
};

export const STATUS_TEXT: Record<Language, Record<Status, string>> = {
  nl: {
    verbeterd: 'verbeterd',
    gelijk: 'gelijk',
    verslechterd: 'verslechterd',
    'onvoldoende gegevens': 'onvoldoende gegevens',
  },
  en: {
    verbeterd: 'improved',
    gelijk: 'unchanged',
    verslechterd: 'worsened',
    'onvoldoende gegevens': 'insufficient data',
  },
};

export const VERDICT_TEXT: Record<Language, Record<Verdict, string>> = {
  nl: {
    'overwegend verbeterd': 'overwegend verbeterd',
    'per saldo gelijk': 'per saldo gelijk',
    'overwegend verslechterd': 'overwegend verslechterd',
    'onvoldoende gegevens': 'onvoldoende gegevens voor een oordeel',
  },
  en: {
    'overwegend verbeterd': 'mostly improved',
    'per saldo gelijk': 'unchanged on balance',
    'overwegend verslechterd': 'mostly worsened',
    'onvoldoende gegevens': 'not enough data for a verdict',
  },
};

export const DIRECTION_TEXT: Record<Language, Record<'higher' | 'lower', string>> = {
  nl: { higher: 'hoger is beter', lower: 'lager is beter' },
  en: { higher: 'higher is better', lower: 'lower is better' },
};

/** The words the scorecard's sentences are made of. */
export const CRITERIA_SENTENCES = {
  nl: {
    and: 'en',
    // A zero baseline has no relative change: say where it went.
    fromZero: (latest: string) => `van 0 naar ${latest}`,
    versus: (baseline: string) => `t.o.v. nul-lijn ${baseline}`,
    measured: (measured: number, criteria: number) =>
      `${measured} van ${criteria} ${criteria === 1 ? 'criterium' : 'criteria'} gemeten`,
    unexplained: (list: string) => `Toelichting gevraagd bij kostenstijgingen boven de tolerantie: ${list}.`,
  },
  en: {
    and: 'and',
    fromZero: (latest: string) => `from 0 to ${latest}`,
    versus: (baseline: string) => `against the ${baseline} baseline`,
    measured: (measured: number, criteria: number) =>
      `${measured} of ${criteria} ${criteria === 1 ? 'criterion' : 'criteria'} measured`,
    unexplained: (list: string) => `Explanation needed for cost rises beyond the tolerance: ${list}.`,
  },
};
