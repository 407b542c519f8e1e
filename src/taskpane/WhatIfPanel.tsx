import { Body1, Button, Field, SpinButton, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { WhatIfResult } from '../engine/benchmark';
import type { ClusterResult } from '../engine/benchmark';
import { parseNumber, type Language } from '../engine/core';
import { formatNumber } from '../i18n/format';
import { paneTexts } from '../i18n/pane';
import type { UiTexts } from '../i18n/ui';

/** A typed formation: a number of 0 fte or more (Dutch "11,74" or "11.74"), or what is wrong with it. */
export function readTriedFte(text: string, language: Language): { fte: number } | { problem: string } {
  const p = paneTexts(language);
  const parsed = parseNumber(text.trim());
  if (parsed.kind !== 'number' || !Number.isFinite(parsed.value)) return { problem: p.whatIfNotNumber };
  if (parsed.value < 0) return { problem: p.whatIfNegative };
  return { fte: parsed.value };
}

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
  const p = paneTexts(language);
  // What the user typed that cannot be a formation, per sheet row: shown, never applied.
  const [typed, setTyped] = useState<Readonly<Record<number, { text: string; problem: string }>>>({});
  const invalid = Object.keys(typed).length > 0;
  const take = (row: number, fte: number | null, text?: string) => {
    const checked = text === undefined ? null : readTriedFte(text, language);
    if (checked && 'problem' in checked) {
      setTyped((all) => ({ ...all, [row]: { text: text ?? '', problem: checked.problem } }));
      return;
    }
    const value = checked ? checked.fte : fte;
    if (value !== null && value < 0) {
      setTyped((all) => ({ ...all, [row]: { text: formatNumber(value, 2, language), problem: p.whatIfNegative } }));
      return;
    }
    setTyped((all) => {
      const rest = { ...all };
      delete rest[row];
      return rest;
    });
    onEdit(row, value);
  };
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
          const wrong = typed[c.row];
          return (
            <Field
              key={c.row}
              label={t.whatIfFte(c.name)}
              validationState={wrong ? 'error' : 'none'}
              validationMessage={wrong?.problem}
            >
              <SpinButton
                value={wrong ? null : value}
                displayValue={wrong ? wrong.text : formatNumber(value, 2, language)}
                step={0.1}
                min={0}
                precision={2}
                incrementButton={{ 'aria-label': p.spinUp(c.name) }}
                decrementButton={{ 'aria-label': p.spinDown(c.name) }}
                onChange={(_e, data) => {
                  if (data.value !== undefined) take(c.row, data.value);
                  else if (data.displayValue !== undefined) take(c.row, null, data.displayValue);
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
        <Button appearance="primary" disabled={busy || invalid || Object.keys(edits).length === 0} onClick={onApply}>
          {t.apply}
        </Button>
        <Button disabled={busy || invalid || Object.keys(edits).length === 0} onClick={onSaveScenario}>
          {t.saveScenario}
        </Button>
      </div>
    </section>
  );
}
