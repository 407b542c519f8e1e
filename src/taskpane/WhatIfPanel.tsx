import { Body1, Button, Field, SpinButton, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { WhatIfResult } from '../engine/benchmark';
import type { ClusterResult } from '../engine/benchmark';
import type { Language } from '../engine/core';
import { formatNumber } from '../i18n/format';
import type { UiTexts } from '../i18n/ui';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface WhatIfPanelProps {
  readonly t: UiTexts;
  readonly language: Language;
  readonly base: readonly ClusterResult[];
  /** Sheet row → the fte the user tries. */
  readonly edits: Readonly<Record<number, number>>;
  readonly preview: WhatIfResult | null;
  readonly busy: boolean;
  readonly onEdit: (row: number, fte: number | null) => void;
  readonly onApply: () => void;
  /** Writes the tried formation as a new scenario column beside the table. */
  readonly onSaveScenario: () => void;
}

export function WhatIfPanel({
  t,
  language,
  base,
  edits,
  preview,
  busy,
  onEdit,
  onApply,
  onSaveScenario,
}: WhatIfPanelProps) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby="ijk-whatif">
      <Subtitle2 as="h2" id="ijk-whatif">
        {t.whatIfTab}
      </Subtitle2>
      <Body1>{t.whatIfIntro}</Body1>
      {base
        .filter((c) => c.fte?.own != null)
        .map((c) => {
          const value = edits[c.row] ?? c.fte?.own ?? 0;
          return (
            <Field key={c.row} label={t.whatIfFte(c.name)}>
              <SpinButton
                value={value}
                displayValue={formatNumber(value, 2, language)}
                step={0.1}
                min={0}
                precision={2}
                onChange={(_e, data) => {
                  const typed =
                    data.value ??
                    (data.displayValue !== undefined ? Number(data.displayValue.replace(',', '.')) : null);
                  onEdit(c.row, typed === null || Number.isNaN(typed) ? null : typed);
                }}
              />
            </Field>
          );
        })}
      <Subtitle2 as="h3">{t.whatIfChanged}</Subtitle2>
      {preview && preview.changedSentences.length > 0 ? (
        <ul className={styles.list}>
          {preview.changedSentences.map((s) => (
            <li key={s}>
              <Body1>{s}</Body1>
            </li>
          ))}
        </ul>
      ) : (
        <Body1>{t.whatIfNone}</Body1>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy || Object.keys(edits).length === 0} onClick={onApply}>
          {t.apply}
        </Button>
        <Button disabled={busy || Object.keys(edits).length === 0} onClick={onSaveScenario}>
          {t.saveScenario}
        </Button>
      </div>
    </section>
  );
}
