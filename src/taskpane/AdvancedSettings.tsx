import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Dropdown,
  Field,
  Input,
  Option,
  Switch,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { AnalysisOptions, ColourDirection } from '../engine/benchmark';
import type { UiTexts } from '../i18n/ui';
import { readParameter } from './StartScreen';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
});

export type AdvancedKey = 'bandSimilar' | 'bandLarge' | 'materialityFte' | 'materialityCosts';

export interface Advanced {
  readonly text: Readonly<Record<AdvancedKey, string>>;
  readonly fteDirection: ColourDirection;
  readonly colourBlind: boolean;
}

export const DEFAULT_ADVANCED: Advanced = {
  text: { bandSimilar: '5', bandLarge: '30', materialityFte: '', materialityCosts: '' },
  fteDirection: 'neutral',
  colourBlind: false,
};

/** The engine options the advanced settings stand for; invalid entries fall back to defaults. */
export function advancedOptions(advanced: Advanced): Partial<AnalysisOptions> {
  const number = (key: AdvancedKey) => {
    const value = readParameter(advanced.text[key]);
    return typeof value === 'number' ? value : undefined;
  };
  const similar = number('bandSimilar');
  const large = number('bandLarge');
  return {
    bands: {
      ...(similar !== undefined ? { similar: similar / 100 } : {}),
      ...(large !== undefined ? { large: large / 100 } : {}),
    },
    materiality: {
      ...(number('materialityFte') !== undefined ? { fte: number('materialityFte') } : {}),
      ...(number('materialityCosts') !== undefined ? { costs: number('materialityCosts') } : {}),
    },
    direction: { fte: advanced.fteDirection, costs: 'higherIsUnfavourable' },
  };
}

export function advancedInvalid(advanced: Advanced): boolean {
  return (Object.keys(advanced.text) as AdvancedKey[]).some((key) => readParameter(advanced.text[key]) === 'invalid');
}

export interface AdvancedSettingsProps {
  readonly t: UiTexts;
  readonly value: Advanced;
  readonly onChange: (value: Advanced) => void;
}

export function AdvancedSettings({ t, value, onChange }: AdvancedSettingsProps) {
  const styles = useStyles();
  const field = (key: AdvancedKey, label: string) => {
    const parsed = readParameter(value.text[key]);
    return (
      <Field
        label={label}
        validationState={parsed === 'invalid' ? 'error' : 'none'}
        validationMessage={parsed === 'invalid' ? t.invalidNumber : undefined}
      >
        <Input
          value={value.text[key]}
          inputMode="decimal"
          onChange={(_e, data) => onChange({ ...value, text: { ...value.text, [key]: data.value } })}
        />
      </Field>
    );
  };
  const directions: ColourDirection[] = ['neutral', 'higherIsUnfavourable', 'lowerIsUnfavourable'];
  return (
    <Accordion collapsible>
      <AccordionItem value="advanced">
        <AccordionHeader as="h2">{t.advanced}</AccordionHeader>
        <AccordionPanel className={styles.panel}>
          {field('bandSimilar', t.bandSimilar)}
          {field('bandLarge', t.bandLarge)}
          {field('materialityFte', t.materialityFte)}
          {field('materialityCosts', t.materialityCosts)}
          <Field label={t.fteDirection}>
            <Dropdown
              value={t.directions[value.fteDirection]}
              selectedOptions={[value.fteDirection]}
              onOptionSelect={(_e, data) => onChange({ ...value, fteDirection: data.optionValue as ColourDirection })}
            >
              {directions.map((d) => (
                <Option key={d} value={d}>
                  {t.directions[d]}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Switch
            label={t.colourBlind}
            checked={value.colourBlind}
            onChange={(_e, data) => onChange({ ...value, colourBlind: data.checked })}
          />
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
