// Texts of the task pane. Dutch is the default; English when the user chooses it.
import type { Language } from '../engine/types';

const nl = {
  appTitle: 'IJkpunt',
  tagline: 'Formatie en kosten per taakcluster naast de referentiegroep.',
  hostExcel: 'Verbonden met Excel',
  hostPreview:
    'Voorbeeldmodus: geen Excel gevonden. Open IJkpunt in Excel (tabblad Start) om een benchmarktabel te analyseren.',
  excelApiLevel: (version: string) => `Excel-API ${version}`,
  excelApiTooOld: 'Deze Excel-versie is te oud voor IJkpunt (ExcelApi 1.7 of nieuwer nodig).',
};

export type UiTexts = typeof nl;

const en: UiTexts = {
  appTitle: 'IJkpunt',
  tagline: 'Formation and costs per task cluster beside the reference group.',
  hostExcel: 'Connected to Excel',
  hostPreview: 'Preview mode: no Excel found. Open IJkpunt in Excel (Home tab) to analyse a benchmark table.',
  excelApiLevel: (version: string) => `Excel API ${version}`,
  excelApiTooOld: 'This version of Excel is too old for IJkpunt (ExcelApi 1.7 or newer needed).',
};

export function uiTexts(language: Language): UiTexts {
  return language === 'en' ? en : nl;
}
