// Texts of the task pane. Dutch is the default; English when the user chooses it.
import type { ColourDirection, ParameterSource, Role } from '../engine/benchmark';
import type { Language } from '../engine/core';

const ROLE_NL: Record<Role, string> = {
  cluster: 'Cluster',
  category: 'Categorie',
  fte: 'Formatie (fte)',
  costs: 'Kosten (€)',
  'fte.norm': 'Norm fte (bedrag)',
  'fte.share': 'Norm fte: % van totale formatie',
  'fte.perInhabitant': 'Norm fte per inwoner',
  'fte.per1000': 'Norm fte per 1.000 inwoners',
  'fte.perFte': 'Norm fte per bediende fte',
  'fte.perUnit': 'Norm fte per werklasteenheid',
  'costs.norm': 'Kostennorm (bedrag)',
  'costs.share': 'Kostennorm: % van totale kosten',
  'costs.perInhabitant': 'Kostennorm per inwoner',
  'costs.per1000': 'Kostennorm per 1.000 inwoners',
  'costs.perFte': 'Kostennorm per bediende fte',
  'costs.perUnit': 'Kostennorm per werklasteenheid',
  'fte.delta': 'Afwijking fte (absoluut)',
  'fte.deltaPct': 'Afwijking fte (%)',
  'costs.delta': 'Afwijking kosten (€)',
  'costs.deltaPct': 'Afwijking kosten (%)',
  workload: 'Werklast',
  thirdParty: 'Taken bij derden (%)',
  'thirdParty.ref': 'Taken bij derden referentie (%)',
  note: 'Toelichting',
};

const ROLE_EN: Record<Role, string> = {
  cluster: 'Cluster',
  category: 'Category',
  fte: 'Staffing (FTE)',
  costs: 'Costs (€)',
  'fte.norm': 'FTE norm (amount)',
  'fte.share': 'FTE norm: % of total staffing',
  'fte.perInhabitant': 'FTE norm per inhabitant',
  'fte.per1000': 'FTE norm per 1,000 inhabitants',
  'fte.perFte': 'FTE norm per FTE served',
  'fte.perUnit': 'FTE norm per workload unit',
  'costs.norm': 'Cost norm (amount)',
  'costs.share': 'Cost norm: % of total costs',
  'costs.perInhabitant': 'Cost norm per inhabitant',
  'costs.per1000': 'Cost norm per 1,000 inhabitants',
  'costs.perFte': 'Cost norm per FTE served',
  'costs.perUnit': 'Cost norm per workload unit',
  'fte.delta': 'FTE deviation (absolute)',
  'fte.deltaPct': 'FTE deviation (%)',
  'costs.delta': 'Cost deviation (€)',
  'costs.deltaPct': 'Cost deviation (%)',
  workload: 'Workload',
  thirdParty: 'Third-party tasks (%)',
  'thirdParty.ref': 'Third-party tasks reference (%)',
  note: 'Explanation',
};

/** The named steps of an analysis, for the progress display. */
export type PaneStep = 'read' | 'analyse' | 'write';

const nl = {
  appTitle: 'IJkpunt',
  tagline: 'Formatie en kosten per taakcluster naast de referentiegroep.',
  hostExcel: 'Verbonden met Excel',
  hostPreview:
    'Voorbeeldmodus: geen Excel gevonden. IJkpunt werkt hier met het meegeleverde voorbeeld (Heemstede 2017).',
  excelApiLevel: (version: string) => `Excel-API ${version}`,
  excelApiTooOld: 'Deze Excel-versie is te oud voor IJkpunt (ExcelApi 1.7 of nieuwer nodig).',
  english: 'English',
  reading: 'Tabel lezen…',
  table: (sheet: string, range: string) => `Tabel: ${sheet}!${range}`,
  columnsTitle: 'Kolommen',
  tablePicker: 'Excel-tabel',
  selection: 'De tabel bij de selectie',
  columnRole: (header: string) => `Rol van kolom "${header}"`,
  ignore: '— negeren',
  roles: ROLE_NL,
  confidence: (c: number): string =>
    c >= 0.999 ? 'gekozen' : c >= 0.85 ? 'herkend' : c >= 0.6 ? 'waarschijnlijk' : 'twijfel',
  parametersTitle: 'Parameters',
  inhabitants: 'Inwoners',
  totalFte: 'Totale formatie (fte)',
  missingParameter:
    'Vul de totale formatie van de hele organisatie in (fte); deze tabel bevat alleen overheadclusters.',
  fteServed: 'Bediende formatie (fte)',
  source: (s: ParameterSource): string => {
    switch (s.kind) {
      case 'cell':
        return `uit cel ${s.cell}`;
      case 'sumOfFte':
        return 'som van de fte-kolom';
      case 'sumOfCosts':
        return 'som van de kostenkolom';
      case 'totalFte':
        return 'gelijk aan de totale formatie';
      case 'explicit':
        return 'ingevoerd';
      case 'none':
        return 'niet gevonden';
    }
  },
  invalidNumber: 'Vul een positief getal in, bijvoorbeeld 43.500 of 162,3.',
  advanced: 'Geavanceerd',
  bandSimilar: 'Grens "nagenoeg gelijk" (%)',
  bandLarge: 'Grens "ruim" (%)',
  materialityFte: 'Materialiteit fte (kleinere afwijking telt als nagenoeg gelijk)',
  materialityCosts: 'Materialiteit € (kleinere afwijking telt als nagenoeg gelijk)',
  fteDirection: 'Kleur bij afwijkende formatie',
  directions: {
    neutral: 'Neutraal (geen oordeel)',
    higherIsUnfavourable: 'Meer formatie is ongunstig',
    lowerIsUnfavourable: 'Minder formatie is ongunstig',
  } as Record<ColourDirection, string>,
  colourBlind: 'Kleurenblind-veilig (blauw in plaats van groen)',
  analyse: 'Analyseer en schrijf naar blad',
  analysing: 'Bezig met analyseren en schrijven…',
  steps: { read: 'Tabel lezen…', analyse: 'Afwijkingen berekenen…', write: 'Schrijven naar het blad…' } as Record<
    PaneStep,
    string
  >,
  resultsTitle: 'Resultaat',
  higher: 'Aandachtspunten: hoger dan de referentie',
  lower: 'Aandachtspunten: lager dan de referentie',
  none: 'Geen',
  chartCostsTitle: 'Afwijking in kosten per cluster (€)',
  chartFteTitle: 'Afwijking in formatie per cluster (fte)',
  chartMore: (n: number) => `en ${n} ${n === 1 ? 'kleiner cluster' : 'kleinere clusters'}, niet getoond`,
  chartLoading: 'Grafiek laden…',
  chartMeasure: 'Grafiek in',
  chartMeasures: { costs: '€', fte: 'fte' },
  chartTones: { unfavourable: 'ongunstig', favourable: 'gunstig', similar: 'nagenoeg gelijk' },
  notesTab: 'Toelichting',
  notesIntro:
    'Leg per cluster uit waarom het afwijkt. IJkpunt bewaart dit in de kolom Toelichting van uw tabel (en maakt die aan als die er nog niet is); wat er al staat, overschrijft het alleen als u het hier ziet en wijzigt.',
  noteLabel: (cluster: string) => `Toelichting bij ${cluster}`,
  /** Before an aandachtspunt's explanation: "Inkoop: +€ 109.074 (+155%) — toelichting: …". */
  noteWord: 'toelichting',
  saveNotes: 'Toelichting opslaan in blad',
  notesSaved: 'De toelichting staat in de kolom Toelichting; de zinnen en aandachtspunten noemen haar.',
  explain: 'Uitleg bij cel',
  explainLabel: (cluster: string) => `Uitleg bij cel: zet in een notitie hoe de afwijking van ${cluster} is berekend`,
  explained: (cell: string) => `Cel ${cell} heeft nu een notitie met de berekening.`,
  saveScenario: 'Bewaren als scenario',
  scenarioSaved: (name: string) =>
    `Scenario ${name} staat als nieuwe kolom naast de tabel; de oorspronkelijke cijfers zijn niet veranderd.`,
  tableDetected: (name: string) => `Tabel ${name} onder de selectie: IJkpunt voegt zijn kolommen aan deze tabel toe.`,
  again: 'Opnieuw',
  undo: 'Laatste wijziging ongedaan maken',
  editedTitle: 'U heeft in IJkpunts uitvoer getypt',
  edited: (cells: string) =>
    `Er is niets geschreven: ${cells} houden niet meer wat IJkpunt er schreef. Een nieuwe run zou ze overschrijven. Wat wilt u?`,
  keepEdits: 'Behouden als eigen kolom/cellen',
  overwriteEdits: 'Overschrijven',
  confirmOverwrite: (cells: string) => `Weet u het zeker? Wat u typte in ${cells} gaat verloren.`,
  confirmOverwriteYes: 'Ja, overschrijven',
  cancel: 'Annuleren',
  undoEdited: (cells: string) =>
    `Niet ongedaan gemaakt: u typte sinds deze run in ${cells}, binnen IJkpunts uitvoer. Ongedaan maken zou dat overschrijven; er is niets veranderd.`,
  undone: 'De laatste wijziging is ongedaan gemaakt.',
  written: 'Geschreven naast de tabel: afwijkingen als formules, parameters, samenvatting en grafieken.',
  writtenPreview:
    'Voorbeeld: in Excel schrijft IJkpunt dit naast de tabel, als formules met parameters, samenvatting en grafieken.',
  clusterTable: 'Afwijkingen per cluster',
  colCluster: 'Cluster',
  colFte: 'Δ fte',
  colFtePct: 'Δ% fte',
  colCosts: 'Δ €',
  colCostsPct: 'Δ% €',
  sortBy: (column: string) => `Sorteer op ${column}`,
  na: 'n.v.t.',
  whatIfTab: 'Wat als',
  benchmarkTab: 'Resultaat',
  whatIfIntro:
    'Verander de formatie van een cluster en zie de afwijkingen en zinnen meteen veranderen. Het blad verandert pas bij "Toepassen in blad".',
  whatIfFte: (cluster: string) => `Formatie ${cluster} (fte)`,
  whatIfChanged: 'Veranderd ten opzichte van nu',
  whatIfNone: 'Nog geen wijzigingen.',
  apply: 'Toepassen in blad',
  applied: 'De wijzigingen staan in het blad; ongedaan maken kan met de knop hieronder.',
  conflict: (cells: string) =>
    `Er is niets geschreven: in ${cells} staan gegevens waar IJkpunt zou schrijven. Maak die cellen leeg of verplaats de tabel, en probeer het opnieuw.`,
  gone: (parts: string) =>
    `Er is niets geschreven: u heeft een deel van IJkpunts uitvoer verwijderd (${parts}, waar IJkpunt het schreef). Zet het terug met Ongedaan maken in Excel, of verwijder ook de rest van IJkpunts uitvoer en analyseer opnieuw.`,
  changed: (cells: string) =>
    `Er is niets geschreven: ${cells} is veranderd sinds IJkpunt het blad las. Kijk wat er nu staat en probeer het opnieuw.`,
  failed: 'Er ging iets mis bij het schrijven naar het blad. Er is niets veranderd; probeer het opnieuw.',
  multiArea: (areas: string) =>
    `U hebt meerdere gebieden tegelijk geselecteerd (${areas}). IJkpunt neemt daarom de tabel op dit blad; selecteer één aaneengesloten gebied om alleen dat te analyseren.`,
  warningsTitle: 'Let op',
  fatalTitle: 'Analyse niet mogelijk',
  cellHint: (cell: string) => `Cel ${cell}: `,
};

export type UiTexts = typeof nl;

const en: UiTexts = {
  ...nl,
  tagline: 'Staffing and costs per task cluster beside the reference group.',
  hostExcel: 'Connected to Excel',
  hostPreview: 'Preview mode: no Excel found. IJkpunt works with the bundled example here (Heemstede 2017).',
  excelApiLevel: (version: string) => `Excel API ${version}`,
  excelApiTooOld: 'This version of Excel is too old for IJkpunt (ExcelApi 1.7 or newer needed).',
  english: 'English',
  reading: 'Reading the table…',
  table: (sheet: string, range: string) => `Table: ${sheet}!${range}`,
  columnsTitle: 'Columns',
  tablePicker: 'Excel table',
  selection: 'The table at the selection',
  columnRole: (header: string) => `Role of column "${header}"`,
  ignore: '— ignore',
  roles: ROLE_EN,
  confidence: (c: number) => (c >= 0.999 ? 'chosen' : c >= 0.85 ? 'recognised' : c >= 0.6 ? 'likely' : 'doubtful'),
  parametersTitle: 'Parameters',
  inhabitants: 'Inhabitants',
  totalFte: 'Total staffing (FTE)',
  missingParameter:
    'Enter the total staffing of the whole organisation (FTE); this table holds only overhead clusters.',
  fteServed: 'FTE served',
  source: (s: ParameterSource): string => {
    switch (s.kind) {
      case 'cell':
        return `from cell ${s.cell}`;
      case 'sumOfFte':
        return 'sum of the FTE column';
      case 'sumOfCosts':
        return 'sum of the costs column';
      case 'totalFte':
        return 'equal to the total staffing';
      case 'explicit':
        return 'entered';
      case 'none':
        return 'not found';
    }
  },
  invalidNumber: 'Enter a positive number, for example 43,500 or 162.3.',
  advanced: 'Advanced',
  bandSimilar: 'Band "about equal" (%)',
  bandLarge: 'Band "much" (%)',
  materialityFte: 'Materiality FTE (smaller deviations count as about equal)',
  materialityCosts: 'Materiality € (smaller deviations count as about equal)',
  fteDirection: 'Colour for deviating staffing',
  directions: {
    neutral: 'Neutral (no judgement)',
    higherIsUnfavourable: 'More staffing is unfavourable',
    lowerIsUnfavourable: 'Less staffing is unfavourable',
  } as Record<ColourDirection, string>,
  colourBlind: 'Colour-blind safe (blue instead of green)',
  analyse: 'Analyse and write to sheet',
  analysing: 'Analysing and writing…',
  steps: { read: 'Reading the table…', analyse: 'Computing deviations…', write: 'Writing to the sheet…' } as Record<
    PaneStep,
    string
  >,
  resultsTitle: 'Result',
  higher: 'Points of attention: higher than the reference',
  lower: 'Points of attention: lower than the reference',
  none: 'None',
  chartCostsTitle: 'Deviation in costs per cluster (€)',
  chartFteTitle: 'Deviation in staffing per cluster (FTE)',
  chartMore: (n: number) => `and ${n} smaller ${n === 1 ? 'cluster' : 'clusters'}, not shown`,
  chartLoading: 'Loading chart…',
  chartMeasure: 'Chart in',
  chartMeasures: { costs: '€', fte: 'FTE' },
  chartTones: { unfavourable: 'unfavourable', favourable: 'favourable', similar: 'about equal' },
  notesTab: 'Explanation',
  notesIntro:
    'Explain per cluster why it deviates. IJkpunt keeps this in your table’s Explanation column (and creates it when there is none); it only replaces what is there when you see and change it here.',
  noteLabel: (cluster: string) => `Explanation for ${cluster}`,
  noteWord: 'explanation',
  saveNotes: 'Save explanations to sheet',
  notesSaved: 'The explanations are in the Explanation column; the sentences and points of attention mention them.',
  explain: 'Explain cell',
  explainLabel: (cluster: string) => `Explain cell: add a note saying how the deviation of ${cluster} was computed`,
  explained: (cell: string) => `Cell ${cell} now has a note with the calculation.`,
  saveScenario: 'Save as scenario',
  scenarioSaved: (name: string) =>
    `Scenario ${name} is a new column beside the table; the original figures did not change.`,
  tableDetected: (name: string) => `Table ${name} under the selection: IJkpunt adds its columns to this table.`,
  again: 'Start again',
  undo: 'Undo last change',
  editedTitle: "You typed in IJkpunt's output",
  edited: (cells: string) =>
    `Nothing was written: ${cells} no longer hold what IJkpunt wrote there. A new run would overwrite them. What do you want?`,
  keepEdits: 'Keep as my own column/cells',
  overwriteEdits: 'Overwrite',
  confirmOverwrite: (cells: string) => `Are you sure? What you typed in ${cells} will be lost.`,
  confirmOverwriteYes: 'Yes, overwrite',
  cancel: 'Cancel',
  undoEdited: (cells: string) =>
    `Not undone: since this run you typed in ${cells}, inside IJkpunt's output. Undo would overwrite that; nothing was changed.`,
  undone: 'The last change was undone.',
  written: 'Written beside the table: deviations as formulas, parameters, summary and charts.',
  writtenPreview:
    'Preview: in Excel, IJkpunt writes this beside the table, as formulas with parameters, summary and charts.',
  clusterTable: 'Deviations per cluster',
  colCluster: 'Cluster',
  colFte: 'Δ FTE',
  colFtePct: 'Δ% FTE',
  colCosts: 'Δ €',
  colCostsPct: 'Δ% €',
  sortBy: (column: string) => `Sort by ${column}`,
  na: 'n/a',
  whatIfTab: 'What if',
  benchmarkTab: 'Results',
  whatIfIntro:
    'Change a cluster’s staffing and see the deviations and sentences change at once. The sheet changes only with "Apply to sheet".',
  whatIfFte: (cluster: string) => `Staffing ${cluster} (FTE)`,
  whatIfChanged: 'Changed compared with now',
  whatIfNone: 'No changes yet.',
  apply: 'Apply to sheet',
  applied: 'The changes are in the sheet; undo with the button below.',
  conflict: (cells: string) =>
    `Nothing was written: ${cells} hold data where IJkpunt would write. Clear those cells or move the table, and try again.`,
  gone: (parts: string) =>
    `Nothing was written: you deleted part of IJkpunt's output (${parts}, where IJkpunt wrote it). Bring it back with Undo in Excel, or delete the rest of IJkpunt's output too and analyse again.`,
  changed: (cells: string) =>
    `Nothing was written: ${cells} changed since IJkpunt read the sheet. Check what is there now and try again.`,
  failed: 'Something went wrong while writing to the sheet. Nothing was changed; please try again.',
  multiArea: (areas: string) =>
    `You selected several areas at once (${areas}). IJkpunt therefore takes the table on this sheet; select one contiguous area to analyse only that.`,
  warningsTitle: 'Note',
  fatalTitle: 'Analysis not possible',
  cellHint: (cell: string) => `Cell ${cell}: `,
};

export function uiTexts(language: Language): UiTexts {
  return language === 'en' ? en : nl;
}
