// The question a re-run asks when the user typed inside IJkpunt's own output: keep those cells
// as the user's own (IJkpunt writes around them from now on), or overwrite them — only after a
// second, explicit confirmation, since what the user typed is then lost.
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useState } from 'react';
import type { UiTexts } from '../i18n/ui';
import type { EditChoice } from '../studies';

export interface EditedChoiceProps {
  readonly cells: readonly string[];
  readonly busy: boolean;
  readonly t: UiTexts;
  readonly onChoose: (choice: EditChoice | null) => void;
}

export function EditedChoice({ cells, busy, t, onChoose }: EditedChoiceProps) {
  const [confirming, setConfirming] = useState(false);
  const listed = `${cells.slice(0, 8).join(', ')}${cells.length > 8 ? ' …' : ''}`;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.editedTitle}</MessageBarTitle>
        {confirming ? t.confirmOverwrite(listed) : t.edited(listed)}
      </MessageBarBody>
      <MessageBarActions>
        {confirming ? (
          <>
            <Button appearance="primary" disabled={busy} onClick={() => onChoose('overwrite')}>
              {t.confirmOverwriteYes}
            </Button>
            <Button disabled={busy} onClick={() => setConfirming(false)}>
              {t.cancel}
            </Button>
          </>
        ) : (
          <>
            <Button appearance="primary" disabled={busy} onClick={() => onChoose('keep')}>
              {t.keepEdits}
            </Button>
            <Button disabled={busy} onClick={() => setConfirming(true)}>
              {t.overwriteEdits}
            </Button>
          </>
        )}
      </MessageBarActions>
    </MessageBar>
  );
}
