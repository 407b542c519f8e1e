import {
  Badge,
  Button,
  Caption1,
  Dropdown,
  Field,
  Input,
  Option,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { parseNumber } from '../engine/core';
import { ROLES, type AnalysisResult, type ColumnGuess, type Role } from '../engine/benchmark';
import { type Language } from '../engine/core';
import { formatNumber } from '../i18n/format';
import { paneTexts } from '../i18n/pane';
import type { UiTexts } from '../i18n/ui';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  column: { display: 'grid', gridTemplateColumns: '1fr auto', alignItems: 'end', columnGap: tokens.spacingHorizontalS },
  dropdown: { minWidth: '0', width: '100%' },
});

export type ParameterField = 'inhabitants' | 'totalFte' | 'fteServed';

export interface StartScreenProps {
  readonly t: UiTexts;
  readonly language: Language;
  readonly columns: readonly ColumnGuess[];
  readonly result: AnalysisResult | null;
  readonly parameters: Readonly<Record<ParameterField, string>>;
  readonly busy: boolean;
  readonly onRole: (column: number, role: Role | null) => void;
  readonly onParameter: (key: ParameterField, text: string) => void;
  readonly onAnalyse: () => void;
  /** A parameter the analysis refused without: its field is marked until the user enters it. */
  readonly missing?: ParameterField;
  /** Excel tables on the sheet; picking one analyses it instead of the selection. */
  readonly tables: readonly string[];
  readonly tableName: string | undefined;
  readonly onTable: (name: string | undefined) => void;
  /** Other settings (advanced) that are invalid also block the analysis. */
  readonly blocked?: boolean;
  readonly children?: ReactNode;
}

/** A typed parameter: empty (use the sheet), a positive number, or invalid. */
export function readParameter(text: string): number | null | 'invalid' {
  if (text.trim() === '') return null;
  const parsed = parseNumber(text);
  return parsed.kind === 'number' && parsed.value > 0 ? parsed.value : 'invalid';
}

const IGNORE = '__ignore__';
const SELECTION = '__selection__';

export function StartScreen(props: StartScreenProps) {
  const { t, result } = props;
  const styles = useStyles();
  const keys: ParameterField[] = ['inhabitants', 'totalFte', 'fteServed'];
  const invalid = props.blocked === true || keys.some((k) => readParameter(props.parameters[k]) === 'invalid');
  return (
    <>
      {props.tables.length > 0 && (
        <Field label={t.tablePicker}>
          <Dropdown
            value={props.tableName ?? t.selection}
            selectedOptions={[props.tableName ?? SELECTION]}
            onOptionSelect={(_e, data) => props.onTable(data.optionValue === SELECTION ? undefined : data.optionValue)}
          >
            <Option value={SELECTION}>{t.selection}</Option>
            {props.tables.map((name) => (
              <Option key={name} value={name}>
                {name}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      {result && <Caption1>{t.table(result.table.sheet, result.table.range)}</Caption1>}
      <section className={styles.section} aria-labelledby="ijk-columns">
        <Subtitle2 as="h2" id="ijk-columns">
          {t.columnsTitle}
        </Subtitle2>
        {props.columns
          .filter((c) => c.header !== '')
          .map((c) => (
            <div key={c.column} className={styles.column}>
              <Field label={c.header}>
                <Dropdown
                  className={styles.dropdown}
                  aria-label={t.columnRole(c.header)}
                  value={c.role ? t.roles[c.role] : t.ignore}
                  selectedOptions={[c.role ?? IGNORE]}
                  onOptionSelect={(_e, data) =>
                    props.onRole(c.column, data.optionValue === IGNORE ? null : (data.optionValue as Role))
                  }
                >
                  <Option value={IGNORE}>{t.ignore}</Option>
                  {ROLES.map((role) => (
                    <Option key={role} value={role}>
                      {t.roles[role]}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
              <Badge
                appearance="tint"
                color={c.confidence >= 0.85 ? 'success' : c.confidence >= 0.6 ? 'informative' : 'warning'}
              >
                {t.confidence(c.confidence)}
              </Badge>
            </div>
          ))}
      </section>
      <section className={styles.section} aria-labelledby="ijk-parameters">
        <Subtitle2 as="h2" id="ijk-parameters">
          {t.parametersTitle}
        </Subtitle2>
        {keys.map((key) => {
          const typed = props.parameters[key];
          const value = readParameter(typed);
          const used = result?.parameters[key] ?? null;
          const kind = result?.parameters.sources[key].kind;
          const source = result ? t.source(result.parameters.sources[key]) : '';
          // A total formation summed from the fte column is a guess every share-of-formation norm rests on.
          const guess = kind === 'sumOfFte' || kind === 'sumOfCosts';
          const badge = source && (
            <Badge appearance="tint" color={guess ? 'warning' : value === null ? 'informative' : 'brand'}>
              {guess ? `${source} — ${paneTexts(props.language).guessBadge}` : source}
            </Badge>
          );
          return (
            <Field
              key={key}
              label={t[key]}
              validationState={value === 'invalid' || (props.missing === key && value === null) ? 'error' : 'none'}
              validationMessage={
                value === 'invalid'
                  ? t.invalidNumber
                  : props.missing === key && value === null
                    ? t.missingParameter
                    : undefined
              }
              hint={badge || undefined}
            >
              <Input
                // The value in use is shown in the field itself; typing replaces it, clearing returns to it.
                value={typed === '' && used !== null ? formatPlain(used, props.language) : typed}
                onChange={(_e, data) => props.onParameter(key, data.value)}
                inputMode="decimal"
              />
            </Field>
          );
        })}
      </section>
      {props.children}
      <Button appearance="primary" disabled={props.busy || invalid} onClick={props.onAnalyse}>
        {props.busy ? t.analysing : t.analyse}
      </Button>
    </>
  );
}

function formatPlain(value: number, language: Language): string {
  return formatNumber(value, Number.isInteger(value) ? 0 : 2, language);
}
