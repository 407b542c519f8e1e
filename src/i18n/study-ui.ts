// Texts of the studies (Samenwerking, Jaren vergelijken, Formatiewens), Dutch and English: the
// pane's tabs and fields, and what the command line says of a study's options, files and actions.
import type { Language } from '../engine/core';

const nl = {
  tabs: { benchmark: 'Benchmark', criteria: 'Samenwerking', compare: 'Jaren vergelijken', wish: 'Formatiewens' },
  studyTabs: 'Onderdeel',
  intro: {
    criteria:
      'Toets de samenwerking aan de criteria van de raad: per team en indicator de nul-lijn, de laatste meting en de status, met een factsheet (A–F) per team.',
    compare:
      'Vergelijk twee benchmarkjaren: per cluster de afwijking van de referentiegroep in beide jaren en de trend. Clusters worden één op één gekoppeld.',
    wish: 'Zet de gewenste formatie per thema (bijvoorbeeld "5 á 6 fte") naast de huidige: de lacune per thema en in totaal.',
  },
  sheet: 'Blad',
  sheetA: 'Eerste jaar (A)',
  sheetB: 'Tweede jaar (B)',
  baseline: 'Jaren van de nul-lijn',
  baselineHint: 'Bijvoorbeeld 2018, 2019, 2020 of 2018-2020',
  tolerance: 'Tolerantie (verandering die nog "gelijk" heet)',
  band: 'Band "redelijk stabiel" (procentpunt)',
  factsheets: 'Ook een factsheet per team',
  read: 'Lees en bekijk',
  write: 'Schrijf naar blad',
  undo: 'Ongedaan maken',
  template: 'Nieuw toetsingskader',
  templateWritten:
    'Blad Toetsingskader toegevoegd: zes teams, vier criteria met voorgestelde indicatoren en keuzelijsten. Vul de waarden in en kies daarna dat blad.',
  written: (sheets: readonly string[]) =>
    `Geschreven op ${sheets.length === 1 ? 'blad' : 'de bladen'} ${sheets.join(', ')}.`,
  /** `factsheets`: the study writes a factsheet per team besides its sheet (Samenwerking). */
  writtenPreview: (factsheets: boolean) =>
    `Voorbeeld: in Excel schrijft IJkpunt dit in het blad, als formules en met opmaak${factsheets ? ', met een factsheet per team' : ''}.`,
  undone: 'Ongedaan gemaakt.',
  conflict: (sheet: string, cells: string) =>
    `Er is niets geschreven: op blad ${sheet} staan gegevens in ${cells}, waar IJkpunt zou schrijven. Maak die cellen leeg en probeer het opnieuw.`,
  failed: 'Er ging iets mis. Er is niets veranderd; probeer het opnieuw.',
  badBaseline: 'Geef de jaren van de nul-lijn als 2018, 2019, 2020 of 2018-2020.',
  badFraction: (what: string) => `${what}: geef een percentage zoals 5% of 15.`,
  sameSheet: 'Kies twee verschillende bladen.',
  previewTitle: 'Voorbeeld',
  sentences: 'Zinnen',
  warnings: 'Let op',
  cellHint: (cell: string) => `Cel ${cell}: `,
  criteriaHead: ['Team', 'Indicator', 'Nul-lijn', 'Laatste', 'Δ%', 'Status'],
  teamsHead: ['Team', 'Verbeterd', 'Gelijk', 'Verslechterd', 'Onvoldoende', 'Oordeel'],
  compareHead: (a: string, b: string) => ['Cluster', `Δ% ${a}`, `Δ% ${b}`, 'Verschil (pp)', 'Trend'],
  unmatched: 'Niet gekoppeld',
  wishHead: ['Thema', 'Gewenst', 'Aanwezig', 'Lacune', 'Beoordeling'],
  reading: 'Blad lezen…',
  /** The command line's plain-text reports. */
  report: {
    criteriaHead: ['Indicator', 'Nul-lijn', 'Laatste', 'Jaar', 'Δ%', 'Status'],
    criteriaTitle: (sheet: string) => `Toetsing — ${sheet}`,
    wishHead: ['Thema', 'Gewenst', 'Aanwezig', 'Lacune'],
    wishTitle: (sheet: string) => `Formatiewens — ${sheet}`,
    difference: 'Verschil (pp)',
    compareTitle: (a: string, b: string) => `Vergelijking ${a} en ${b}`,
  },
  cli: {
    badYears: (flag: string, value: string) =>
      `${flag}: "${value}" is geen lijst van jaren zoals 2018,2019,2020 of 2018-2020.`,
    badFraction: (flag: string, value: string) => `${flag}: "${value}" is geen percentage zoals 5% of 15.`,
    missingSecond: 'Geef twee bestanden: ijkpunt compare A B',
    noCriteria: (path: string) =>
      `${path}: geen tabel met criteria gevonden (kolommen Team, Indicator en Jaar met Waarde).`,
    noWish: (path: string) => `${path}: geen tabel met gewenste en huidige formatie gevonden.`,
    templateWritten: (path: string, range: string) => `Geschreven: ${path} (vul blad Toetsingskader in, ${range})`,
  },
};

export type StudyTexts = typeof nl;

const en: StudyTexts = {
  tabs: { benchmark: 'Benchmark', criteria: 'Cooperation', compare: 'Compare years', wish: 'Desired staffing' },
  studyTabs: 'Study',
  intro: {
    criteria:
      "Judge the cooperation against the council's criteria: per team and indicator the baseline, the latest measurement and the status, with a factsheet (A–F) per team.",
    compare:
      'Compare two benchmark years: per cluster the deviation from the reference group in both years and the trend. Clusters are matched one to one.',
    wish: 'Set the desired staffing per theme (e.g. "5 á 6 fte") beside the current one: the gap per theme and in total.',
  },
  sheet: 'Sheet',
  sheetA: 'First year (A)',
  sheetB: 'Second year (B)',
  baseline: 'Baseline years',
  baselineHint: 'For example 2018, 2019, 2020 or 2018-2020',
  tolerance: 'Tolerance (a change still called "unchanged")',
  band: 'Band "fairly stable" (percentage points)',
  factsheets: 'Also a factsheet per team',
  read: 'Read and preview',
  write: 'Write to sheet',
  undo: 'Undo',
  template: 'New criteria sheet',
  templateWritten:
    'Sheet Toetsingskader added: six teams, four criteria with suggested indicators and drop-downs. Fill in the values, then choose that sheet.',
  written: (sheets: readonly string[]) =>
    `Written on ${sheets.length === 1 ? 'sheet' : 'sheets'} ${sheets.join(', ')}.`,
  writtenPreview: (factsheets: boolean) =>
    `Preview: in Excel IJkpunt writes this into the sheet, as formulas and formatted${factsheets ? ', with a factsheet per team' : ''}.`,
  undone: 'Undone.',
  conflict: (sheet: string, cells: string) =>
    `Nothing was written: sheet ${sheet} has data in ${cells}, where IJkpunt would write. Clear those cells and try again.`,
  failed: 'Something went wrong. Nothing was changed; try again.',
  badBaseline: 'Give the baseline years as 2018, 2019, 2020 or 2018-2020.',
  badFraction: (what: string) => `${what}: give a percentage such as 5% or 15.`,
  sameSheet: 'Choose two different sheets.',
  previewTitle: 'Preview',
  sentences: 'Sentences',
  warnings: 'Note',
  cellHint: (cell: string) => `Cell ${cell}: `,
  criteriaHead: ['Team', 'Indicator', 'Baseline', 'Latest', 'Δ%', 'Status'],
  teamsHead: ['Team', 'Improved', 'Unchanged', 'Worsened', 'Insufficient', 'Verdict'],
  compareHead: (a: string, b: string) => ['Cluster', `Δ% ${a}`, `Δ% ${b}`, 'Difference (pp)', 'Trend'],
  unmatched: 'Not matched',
  wishHead: ['Theme', 'Desired', 'Present', 'Gap', 'Assessment'],
  reading: 'Reading the sheet…',
  report: {
    criteriaHead: ['Indicator', 'Baseline', 'Latest', 'Year', 'Δ%', 'Status'],
    criteriaTitle: (sheet: string) => `Criteria — ${sheet}`,
    wishHead: ['Theme', 'Desired', 'Present', 'Gap'],
    wishTitle: (sheet: string) => `Desired staffing — ${sheet}`,
    difference: 'Difference (pp)',
    compareTitle: (a: string, b: string) => `Comparison ${a} and ${b}`,
  },
  cli: {
    badYears: (flag: string, value: string) =>
      `${flag}: "${value}" is not a list of years such as 2018,2019,2020 or 2018-2020.`,
    badFraction: (flag: string, value: string) => `${flag}: "${value}" is not a percentage such as 5% or 15.`,
    missingSecond: 'Give two files: ijkpunt compare A B',
    noCriteria: (path: string) => `${path}: no criteria table found (columns Team, Indicator and Year with Value).`,
    noWish: (path: string) => `${path}: no table of desired and current staffing found.`,
    templateWritten: (path: string, range: string) => `Written: ${path} (fill in sheet Toetsingskader, ${range})`,
  },
};

export function studyTexts(language: Language): StudyTexts {
  return language === 'en' ? en : nl;
}
