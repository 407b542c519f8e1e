// The user's language choice, per user and document where Office partitions storage.
import { useState } from 'react';
import type { Language } from '../engine/core';

function key(partitionKey: string | null): string {
  return `${partitionKey ?? ''}ijkpunt:language`;
}

export function loadLanguage(partitionKey: string | null): Language {
  try {
    return globalThis.localStorage?.getItem(key(partitionKey)) === 'en' ? 'en' : 'nl';
  } catch {
    return 'nl'; // storage can be blocked (private mode, strict settings)
  }
}

export function saveLanguage(partitionKey: string | null, language: Language): void {
  try {
    globalThis.localStorage?.setItem(key(partitionKey), language);
  } catch {
    // Not remembered, but the pane still switches.
  }
}

/** The pane's language, remembered when the user switches. */
export function usePaneLanguage(partitionKey: string | null): [Language, (language: Language) => void] {
  const [language, setLanguage] = useState<Language>(() => loadLanguage(partitionKey));
  const choose = (next: Language) => {
    setLanguage(next);
    saveLanguage(partitionKey, next);
  };
  return [language, choose];
}
