// The pane's messages: what the last action did (written, undone, refused), in a live region
// that takes the focus, so a screen reader announces it and keyboard users continue from
// there; and the engine's warnings, grouped per kind with the cells one click away, shown
// after the results they qualify instead of burying them.
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { Warning } from '../engine/core';
import { UNTITLED_MESSAGE_BAR } from './message-bar';

export interface Notice {
  readonly intent: 'success' | 'warning' | 'error' | 'info';
  readonly title?: string;
  readonly text: string;
}

const useStyles = makeStyles({
  region: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, outlineOffset: '2px' },
  cells: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  summary: { cursor: 'pointer' },
});

/** "Cel E7: …", unless the message already starts by naming its cell ("Cel E5 bevat …"). */
export function warningText(warning: Warning, cellHint: (cell: string) => string): string {
  if (!warning.cell) return warning.message;
  const hint = cellHint(warning.cell);
  const word = hint.split(' ')[0] ?? '';
  return warning.message.startsWith(`${word} ${warning.cell}`) ? warning.message : `${hint}${warning.message}`;
}

export interface WarningGroup {
  /** What the warnings of this kind say, the cell left out when there is more than one. */
  readonly text: string;
  readonly cells: readonly string[];
  /** Each warning as the user would read it alone. */
  readonly items: readonly string[];
}

/** One group per kind of warning: the same message but for the cell it names. */
export function groupWarnings(warnings: readonly Warning[], cellHint: (cell: string) => string): WarningGroup[] {
  const groups = new Map<string, { first: Warning; cells: string[]; items: string[] }>();
  for (const w of warnings) {
    const key = w.cell ? w.message.split(w.cell).join('\u0000') : w.message;
    const group = groups.get(key) ?? { first: w, cells: [], items: [] };
    if (w.cell) group.cells.push(w.cell);
    group.items.push(warningText(w, cellHint));
    groups.set(key, group);
  }
  return [...groups.values()].map(({ first, cells, items }) => ({
    text: items.length === 1 || !first.cell ? (items[0] ?? first.message) : first.message.split(first.cell).join('…'),
    cells,
    items,
  }));
}

export interface WarningTexts {
  readonly title: string;
  readonly cellHint: (cell: string) => string;
  readonly count: (count: number) => string;
  readonly showCells: (count: number) => string;
}

/** The warnings, one bar per kind with its count and the list of its cells (folded). */
export function WarningGroups({
  warnings,
  texts,
}: {
  readonly warnings: readonly Warning[];
  readonly texts: WarningTexts;
}) {
  const styles = useStyles();
  if (warnings.length === 0) return null;
  const groups = groupWarnings(warnings, texts.cellHint);
  return (
    <section className={styles.region} aria-label={`${texts.title}: ${texts.count(warnings.length)}`}>
      {groups.map((group) => (
        <MessageBar key={group.text} intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {group.items.length > 1 ? `${texts.title} (${group.items.length}×)` : texts.title}
            </MessageBarTitle>
            {group.text}
            {group.items.length > 1 && (
              <details>
                <summary className={styles.summary}>{texts.showCells(group.items.length)}</summary>
                <ul className={styles.cells}>
                  {group.cells.map((cell, i) => (
                    <li key={`${cell}-${i}`}>{cell}</li>
                  ))}
                </ul>
              </details>
            )}
          </MessageBarBody>
        </MessageBar>
      ))}
    </section>
  );
}

/**
 * The last action's outcome, in a polite live region. When new notices arrive the region takes
 * the focus (an action's button may just have disappeared or been disabled, which would drop
 * the focus onto the page body).
 */
export function Notices({ notices, label }: { readonly notices: readonly Notice[]; readonly label?: string }) {
  const styles = useStyles();
  const region = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (notices.length > 0) region.current?.focus();
  }, [notices]);
  return (
    <div ref={region} className={styles.region} role="status" aria-live="polite" aria-label={label} tabIndex={-1}>
      {notices.map((n, i) => (
        <MessageBar key={i} intent={n.intent} layout="multiline" {...(n.title ? {} : UNTITLED_MESSAGE_BAR)}>
          <MessageBarBody>
            {n.title && <MessageBarTitle>{n.title}</MessageBarTitle>}
            {n.text}
          </MessageBarBody>
        </MessageBar>
      ))}
    </div>
  );
}
