// The pane's "Kopieer zinnen": the button, what it says once done or refused, and the title
// above the copied text. Dutch first, English beside it.
import type { Language } from '../engine/core';

const nl = {
  button: 'Kopieer zinnen',
  title: (sheet: string) => `${sheet}: zinnen en aandachtspunten (IJkpunt)`,
  copied: 'De zinnen en aandachtspunten staan op het klembord; plak ze in Word of een e-mail.',
  failed: 'Kopiëren lukte niet. Selecteer de zinnen hierboven en kopieer ze met Ctrl+C.',
};

export type CopyTexts = typeof nl;

const en: CopyTexts = {
  button: 'Copy sentences',
  title: (sheet: string) => `${sheet}: sentences and points of attention (IJkpunt)`,
  copied: 'The sentences and points of attention are on the clipboard; paste them into Word or an e-mail.',
  failed: 'Copying did not work. Select the sentences above and copy them with Ctrl+C.',
};

export function copyTexts(language: Language): CopyTexts {
  return language === 'en' ? en : nl;
}
