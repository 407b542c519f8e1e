// The pane's messages (written, conflict, warnings naming a cell), one bar each.
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Warning } from '../engine/core';

export interface Notice {
  readonly intent: 'success' | 'warning' | 'error' | 'info';
  readonly title?: string;
  readonly text: string;
}

/** The engine's warnings as notices, each starting with its cell ("Cel E7: …"). */
export function warningNotices(
  warnings: readonly Warning[],
  title: string,
  cellHint: (cell: string) => string,
): Notice[] {
  return warnings.map((w) => ({ intent: 'warning', title, text: `${w.cell ? cellHint(w.cell) : ''}${w.message}` }));
}

export function Notices({ notices }: { readonly notices: readonly Notice[] }) {
  return (
    <>
      {notices.map((n, i) => (
        <MessageBar key={i} intent={n.intent}>
          <MessageBarBody>
            {n.title && <MessageBarTitle>{n.title}</MessageBarTitle>}
            {n.text}
          </MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}
