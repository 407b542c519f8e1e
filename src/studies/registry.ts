// The studies beside the benchmark, one entry each: what a front door needs to offer a study as
// a command (`ijkpunt criteria …`) or a pane tab without knowing which study it is.
import type { Language } from '../engine/core';
import { studyTexts } from '../i18n/study-ui';

export type StudyId = 'criteria' | 'compare' | 'wish';

export interface StudyDefinition {
  readonly id: StudyId;
  /** The tab's name and the report's title word. */
  title(language: Language): string;
}

export const STUDIES: readonly StudyDefinition[] = (['criteria', 'compare', 'wish'] as const).map((id) => ({
  id,
  title: (language: Language) => studyTexts(language).tabs[id],
}));
