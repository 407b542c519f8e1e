// The sentences and aandachtspunten as the council gets them: plain text, and a small HTML list
// that Word pastes as a bulleted list. Copied with the Clipboard API where the host allows it,
// else with a selected text area and the browser's copy command.
import type { AnalysisResult } from '../engine/benchmark';
import type { Language } from '../engine/core';
import { uiTexts } from '../i18n/ui';
import { copyTexts } from '../i18n/copy';
import { pointText } from './point-text';

export interface CopiedText {
  readonly plain: string;
  readonly html: string;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The result's words: the sentences, then each list of aandachtspunten under its heading. */
export function sentencesToCopy(result: AnalysisResult, language: Language): CopiedText {
  const t = uiTexts(language);
  const title = copyTexts(language).title(result.table.sheet);
  const lists: { heading: string; items: string[] }[] = [
    { heading: t.resultsTitle, items: [...result.sentences] },
    ...(['higher', 'lower'] as const)
      .filter((side) => result.attention[side].length > 0)
      .map((side) => ({ heading: t[side], items: result.attention[side].map((p) => pointText(p, language)) })),
  ];
  const plain = [title, ...lists.flatMap((l) => ['', l.heading, ...l.items.map((i) => `• ${i}`)])].join('\n');
  const html = [
    `<p><strong>${escapeHtml(title)}</strong></p>`,
    ...lists.map(
      (l) => `<p>${escapeHtml(l.heading)}</p><ul>${l.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`,
    ),
  ].join('');
  return { plain: `${plain}\n`, html };
}

/** The copy command on a selected text area: not gated by the frame's permissions policy. */
function copyBySelection(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}

/**
 * Puts the text on the clipboard; true when it is there. In Office on the web the pane's frame
 * may lack the clipboard-write permission, so the Clipboard API rejects
 * (https://github.com/OfficeDev/office-js/issues/1991): then the copy command is tried.
 */
export async function copyToClipboard(text: CopiedText): Promise<boolean> {
  const clipboard = typeof navigator !== 'undefined' ? navigator.clipboard : undefined;
  try {
    if (clipboard && typeof clipboard.write === 'function' && typeof ClipboardItem !== 'undefined') {
      await clipboard.write([
        new ClipboardItem({
          'text/plain': new Blob([text.plain], { type: 'text/plain' }),
          'text/html': new Blob([text.html], { type: 'text/html' }),
        }),
      ]);
      return true;
    }
    if (clipboard && typeof clipboard.writeText === 'function') {
      await clipboard.writeText(text.plain);
      return true;
    }
  } catch {
    // Refused by the host (permissions policy): the copy command below still may work.
  }
  return copyBySelection(text.plain);
}
