// The user's language choice, per user and document where Office partitions storage.
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
