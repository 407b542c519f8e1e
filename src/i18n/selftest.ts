// Texts of the Zelftest: the pane's section, one label per capability, the outcomes, and the
// plain-text report a municipality's IT sends to the helpdesk. Dutch first, English beside it.
import type { Language } from '../engine/core';
import type { SelfTestCapability, SelfTestLine, SelfTestOutcome, SelfTestReport } from '../studies';

const CAPABILITY_NL: Record<SelfTestCapability, string> = {
  worksheet: 'Tijdelijk werkblad toevoegen en weer verwijderen',
  read: 'Lezen (gebruikt bereik, waarden en soorten)',
  formulas: 'Formules in R1C1, één formule en opmaak naar veel cellen',
  names: 'Gedefinieerde namen',
  conditionalFormats: 'Voorwaardelijke opmaak met prioriteit',
  charts: 'Grafieken met eigen reeksen, namen en kleuren',
  tableResize: 'Excel-tabel verbreden',
  dataValidation: 'Keuzelijst uit een cellenbereik',
  notes: 'Notities (Uitleg bij cel)',
  events: 'Wijzigingen volgen, gebeurtenissen uit en weer aan',
  triggerSource: 'Eigen wijzigingen herkennen (triggerSource)',
  settings: 'Onthouden in de werkmap (instellingen)',
  customXml: 'Status in aangepast XML-onderdeel',
  exactUndo: 'Exact ongedaan maken (tekst, "0123", "-3 fte", formule)',
};

const CAPABILITY_EN: Record<SelfTestCapability, string> = {
  worksheet: 'Add and remove a temporary worksheet',
  read: 'Read (used range, values and types)',
  formulas: 'R1C1 formulas, one formula and format to many cells',
  names: 'Defined names',
  conditionalFormats: 'Conditional formats with priority',
  charts: 'Charts with explicit series, names and colours',
  tableResize: 'Widen an Excel table',
  dataValidation: 'Drop-down list from a range of cells',
  notes: 'Notes (Explain cell)',
  events: 'Follow changes, events off and on again',
  triggerSource: 'Recognise own changes (triggerSource)',
  settings: 'Remember in the workbook (settings)',
  customXml: 'State in a custom XML part',
  exactUndo: 'Exact undo (text, "0123", "-3 fte", formula)',
};

const nl = {
  title: 'Zelftest',
  intro:
    'Controleert op een tijdelijk werkblad of deze Excel alles kan wat IJkpunt gebruikt. Het blad wordt daarna verwijderd; uw werkmap blijft zoals hij was.',
  introPreview:
    'In de voorbeeldmodus test de Zelftest het werkgeheugen van het voorbeeld, niet Excel. Start hem in Excel om uw Office-versie te controleren.',
  run: 'Zelftest uitvoeren',
  running: 'Zelftest loopt…',
  copy: 'Kopieer rapport',
  copied: 'Rapport gekopieerd: plak het in uw melding aan de helpdesk.',
  copyFailed: 'Kopiëren lukte niet. Selecteer de tekst hieronder en kopieer die zelf.',
  failed: 'De Zelftest kon niet worden uitgevoerd. Er is niets veranderd.',
  capability: CAPABILITY_NL,
  passed: 'geslaagd',
  failedLine: (code: string, message: string) => `mislukt: ${code} — ${message}`,
  mismatch: (at: string, expected: string, actual: string | null) =>
    `mislukt: in ${at} verwacht «${expected}», gekregen ${actual === null ? 'niets' : `«${actual}»`}`,
  unavailable: (requirement: string | null) =>
    `niet beschikbaar${requirement ? `: vereist ExcelApi ${requirement}` : ''}`,
  needs: (requirement: string) => `ExcelApi ${requirement}`,
  summary: (passed: number, failed: number, unavailable: number) =>
    `${passed} geslaagd, ${failed} mislukt, ${unavailable} niet beschikbaar`,
  reportTitle: 'IJkpunt Zelftest',
  host: 'Toepassing',
  platform: 'Platform',
  officeVersion: 'Office-versie',
  excelApi: 'ExcelApi',
  unknown: 'onbekend',
  report: 'Rapport voor de helpdesk',
};

export type SelfTestTexts = typeof nl;

const en: SelfTestTexts = {
  title: 'Self-test',
  intro:
    'Checks on a temporary worksheet whether this Excel can do everything IJkpunt uses. The sheet is removed afterwards; your workbook stays as it was.',
  introPreview:
    'In preview mode the self-test checks the example held in memory, not Excel. Run it in Excel to check your Office version.',
  run: 'Run self-test',
  running: 'Self-test running…',
  copy: 'Copy report',
  copied: 'Report copied: paste it into your request to the helpdesk.',
  copyFailed: 'Copying did not work. Select the text below and copy it yourself.',
  failed: 'The self-test could not run. Nothing was changed.',
  capability: CAPABILITY_EN,
  passed: 'passed',
  failedLine: (code, message) => `failed: ${code} — ${message}`,
  mismatch: (at, expected, actual) =>
    `failed: in ${at} expected «${expected}», got ${actual === null ? 'nothing' : `«${actual}»`}`,
  unavailable: (requirement) => `not available${requirement ? `: needs ExcelApi ${requirement}` : ''}`,
  needs: (requirement) => `ExcelApi ${requirement}`,
  summary: (passed, failed, unavailable) => `${passed} passed, ${failed} failed, ${unavailable} not available`,
  reportTitle: 'IJkpunt self-test',
  host: 'Application',
  platform: 'Platform',
  officeVersion: 'Office version',
  excelApi: 'ExcelApi',
  unknown: 'unknown',
  report: 'Report for the helpdesk',
};

export function selfTestTexts(language: Language): SelfTestTexts {
  return language === 'en' ? en : nl;
}

/** What a line's outcome says: geslaagd, mislukt with Excel's error, or niet beschikbaar with its set. */
export function outcomeText(t: SelfTestTexts, outcome: SelfTestOutcome, requirement: string | null): string {
  switch (outcome.kind) {
    case 'passed':
      return t.passed;
    case 'failed':
      return t.failedLine(outcome.code, outcome.message);
    case 'mismatch':
      return t.mismatch(outcome.at, outcome.expected, outcome.actual);
    case 'unavailable':
      return t.unavailable(requirement);
  }
}

/** Counts of passed, failed (mismatches included) and unavailable lines. */
export function tally(lines: readonly SelfTestLine[]): { passed: number; failed: number; unavailable: number } {
  const count = (kinds: readonly SelfTestOutcome['kind'][]) =>
    lines.filter((l) => kinds.includes(l.outcome.kind)).length;
  return { passed: count(['passed']), failed: count(['failed', 'mismatch']), unavailable: count(['unavailable']) };
}

/** The report as plain text for the helpdesk: where it ran, then one line per capability. */
export function selfTestReportText(report: SelfTestReport, language: Language): string {
  const t = selfTestTexts(language);
  const { passed, failed, unavailable } = tally(report.lines);
  return [
    t.reportTitle,
    `${t.host}: ${report.host}`,
    `${t.platform}: ${report.platform}`,
    `${t.officeVersion}: ${report.officeVersion ?? t.unknown}`,
    `${t.excelApi}: ${report.excelApi ?? t.unknown}`,
    '',
    ...report.lines.map((line) => {
      const label = t.capability[line.capability];
      const needs = line.requirement ? ` (${t.needs(line.requirement)})` : '';
      return `${label}${needs}: ${outcomeText(t, line.outcome, line.requirement)}`;
    }),
    '',
    t.summary(passed, failed, unavailable),
  ].join('\n');
}
