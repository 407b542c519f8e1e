// What a comparison left unpaired, as a choice per cluster of the first year: one of the second
// year's unpaired clusters, or none. A choice is the same hand pair as `--pair`: it goes into
// the pair option's text and the comparison is made again with it.
import { Body1, Field, Select, Subtitle2 } from '@fluentui/react-components';
import type { Language } from '../engine/core';
import { yearOptionTexts } from '../i18n/year-options';
import type { PairingChoice } from '../studies';

export interface PairingChoicesProps {
  readonly choice: PairingChoice;
  readonly language: Language;
  readonly disabled: boolean;
  readonly onChoose: (name: string, partner: string | null) => void;
}

// A value no cluster name can have: an empty Select value stands for "niet koppelen".
const NONE = '';

export function PairingChoices({ choice, language, disabled, onChoose }: PairingChoicesProps) {
  const t = yearOptionTexts(language);
  return (
    <section aria-label={t.pairingTitle}>
      <Subtitle2 as="h3">{t.pairingTitle}</Subtitle2>
      <Body1 as="p">{t.pairingIntro(choice.labelA, choice.labelB)}</Body1>
      {choice.rows.map((row) => {
        const options = row.partner === null ? choice.candidates : [row.partner, ...choice.candidates];
        return (
          <Field key={row.name} label={t.pairWith(row.name, choice.labelA)}>
            <Select
              value={row.partner ?? NONE}
              disabled={disabled}
              onChange={(_e, data) => onChoose(row.name, data.value === NONE ? null : data.value)}
            >
              <option value={NONE}>{t.noPair}</option>
              {options.map((name) => (
                <option key={name} value={name}>
                  {`${name} (${choice.labelB})`}
                </option>
              ))}
            </Select>
          </Field>
        );
      })}
    </section>
  );
}
