// A study tab's fields, from its registry entry: a sheet per input, then its options — a text
// field (with its hint) or a checkbox.
import { Checkbox, Field, Input, Select } from '@fluentui/react-components';
import type { Language } from '../engine/core';
import type { StudyDefinition } from '../studies';
import type { StudyTab } from './use-study';

export interface StudyFieldsProps {
  readonly study: StudyDefinition;
  readonly tab: StudyTab;
  readonly language: Language;
}

export function StudyFields({ study, tab, language }: StudyFieldsProps) {
  return (
    <>
      {study.inputs.map((input, i) => (
        <Field key={`sheet-${i}`} label={input.label(language)}>
          <Select value={tab.sheets[i] ?? ''} onChange={(_e, data) => tab.pickSheet(i, data.value)}>
            {tab.names.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </Select>
        </Field>
      ))}
      {study.options
        .filter((option) => option.pane !== false)
        .map((option) =>
          option.kind === 'switch' ? (
            <Checkbox
              key={option.key}
              label={option.label(language)}
              checked={tab.values[option.key] === true}
              onChange={(_e, data) => tab.setValue(option.key, data.checked === true)}
            />
          ) : (
            <Field key={option.key} label={option.label(language)} hint={option.hint?.(language)}>
              <Input
                value={String(tab.values[option.key] ?? '')}
                onChange={(_e, data) => tab.setValue(option.key, data.value)}
              />
            </Field>
          ),
        )}
    </>
  );
}
