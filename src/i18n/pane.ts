// The pane's words for the preview's own file, the what-if checks, grouped warnings and the
// parameter badges (Dutch first, English when chosen).
import type { Language } from '../engine/core';

const nl = {
  ownFileTitle: 'Je eigen bestand',
  ownFileIntro:
    'Kies of sleep een .xlsx- of .csv-bestand hierheen. IJkpunt leest het in deze browser; het bestand verlaat je computer niet.',
  ownFileChoose: 'Kies een bestand (.xlsx of .csv)',
  ownFileDrop: 'of sleep het bestand hierheen',
  ownFileReading: (name: string) => `${name} wordt gelezen…`,
  ownFileOpened: (name: string, sheet: string) =>
    `${name} is geopend (blad ${sheet}). Alle tabbladen werken nu op dit bestand.`,
  ownFileExample: 'Terug naar het voorbeeld',
  ownFileExampleBack: 'Het voorbeeld (Heemstede 2017) is weer geopend.',
  ownFileDownload: 'Download de geannoteerde kopie',
  ownFileDownloaded: (name: string) => `De kopie ${name} is gedownload; je eigen bestand is niet gewijzigd.`,
  ownFileNothingWritten: 'Nog niets geschreven: kies eerst Analyseer en schrijf naar blad (of Schrijf naar blad).',
  ownFileConflict: (sheet: string, cells: string) =>
    `Geen kopie gemaakt: op blad ${sheet} staan jouw gegevens waar IJkpunt zou schrijven (${cells}). Maak die cellen leeg of kies een andere plek.`,
  ownFileProblem: {
    extension: (name: string) => `${name}: IJkpunt opent alleen .xlsx- en .csv-bestanden.`,
    xlsx: (name: string) => `${name} is geen leesbaar .xlsx-bestand (beschadigd, versleuteld of een ander formaat).`,
    csv: (name: string, detail: string) => `${name}: ${detail}`,
    empty: (name: string) => `${name} bevat geen bladen om te lezen.`,
  },
  ownFileFailed: (name: string) => `${name} kon niet worden gelezen. Er is niets gewijzigd.`,
  whatIfNegative: 'Vul een formatie van 0 fte of meer in.',
  whatIfNotNumber: 'Vul een getal in, bijvoorbeeld 11,74.',
  whatIfUndo: 'Wat als ongedaan maken',
  whatIfUndone: 'De Wat-als-wijziging is ongedaan gemaakt; de analyse blijft staan.',
  runUndo: 'Analyse ongedaan maken',
  notesUndo: 'Toelichting ongedaan maken',
  scenarioUndo: 'Scenario ongedaan maken',
  spinUp: (name: string) => `${name}: 0,1 fte meer`,
  spinDown: (name: string) => `${name}: 0,1 fte minder`,
  warningsSummary: (count: number) => (count === 1 ? '1 melding' : `${count} meldingen`),
  warningsCells: (count: number) => (count === 1 ? 'Toon de cel' : `Toon de ${count} cellen`),
  guessBadge: 'schatting: verandert elke norm',
  statusRegion: 'Status',
};

export type PaneTexts = typeof nl;

const en: PaneTexts = {
  ownFileTitle: 'Your own file',
  ownFileIntro:
    'Choose or drop an .xlsx or .csv file here. IJkpunt reads it in this browser; the file never leaves your computer.',
  ownFileChoose: 'Choose a file (.xlsx or .csv)',
  ownFileDrop: 'or drop the file here',
  ownFileReading: (name) => `Reading ${name}…`,
  ownFileOpened: (name, sheet) => `${name} is open (sheet ${sheet}). Every tab now works on this file.`,
  ownFileExample: 'Back to the example',
  ownFileExampleBack: 'The example (Heemstede 2017) is open again.',
  ownFileDownload: 'Download the annotated copy',
  ownFileDownloaded: (name) => `The copy ${name} was downloaded; your own file was not changed.`,
  ownFileNothingWritten: 'Nothing written yet: choose Analyse and write to sheet (or Write to sheet) first.',
  ownFileConflict: (sheet, cells) =>
    `No copy made: sheet ${sheet} holds your data where IJkpunt would write (${cells}). Clear those cells or choose another place.`,
  ownFileProblem: {
    extension: (name) => `${name}: IJkpunt opens only .xlsx and .csv files.`,
    xlsx: (name) => `${name} is not a readable .xlsx file (damaged, encrypted or another format).`,
    csv: (name, detail) => `${name}: ${detail}`,
    empty: (name) => `${name} holds no sheets to read.`,
  },
  ownFileFailed: (name) => `${name} could not be read. Nothing was changed.`,
  whatIfNegative: 'Enter a staffing of 0 FTE or more.',
  whatIfNotNumber: 'Enter a number, for example 11.74.',
  whatIfUndo: 'Undo what-if',
  whatIfUndone: 'The what-if change was undone; the analysis stays.',
  runUndo: 'Undo analysis',
  notesUndo: 'Undo explanation',
  scenarioUndo: 'Undo scenario',
  spinUp: (name) => `${name}: 0.1 FTE more`,
  spinDown: (name) => `${name}: 0.1 FTE less`,
  warningsSummary: (count) => (count === 1 ? '1 message' : `${count} messages`),
  warningsCells: (count) => (count === 1 ? 'Show the cell' : `Show the ${count} cells`),
  guessBadge: 'estimate: changes every norm',
  statusRegion: 'Status',
};

export function paneTexts(language: Language): PaneTexts {
  return language === 'en' ? en : nl;
}

/**
 * A text as the pane shows it: no line break inside a figure. A no-break space (U+00A0) joins
 * "€", a sign and a unit ("fte", "%") to their number, and a non-breaking hyphen (U+2011) a
 * range's ends ("5‑6 fte", "2018‑2020"). Only at display: the sheet and the command line keep
 * plain characters, which formulas and scripts expect.
 */
export function unbrokenFigures(text: string): string {
  return text
    .replace(/€ (?=[\d(])/g, '€\u00a0')
    .replace(/(\d) (fte|FTE|miljoen|million|pp)\b/g, '$1\u00a0$2')
    .replace(/(\d)(?:\u2013| \u2013 |-)(?=[+\u2212]?\d)/g, '$1\u2011');
}
