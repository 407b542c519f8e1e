// The pane's header: its name, the language switch, and where it runs (the preview, an Excel
// too old for IJkpunt, or the Excel API level).
import {
  Body1,
  Caption1,
  MessageBar,
  MessageBarBody,
  Switch,
  Title2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Language } from '../engine/core';
import type { UiTexts } from '../i18n/ui';
import type { HostInfo } from '../studies';
import { UNTITLED_MESSAGE_BAR } from './message-bar';

const useStyles = makeStyles({
  header: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  titleRow: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', flexWrap: 'wrap' },
  title: { margin: 0 },
  tagline: { margin: 0 },
});

/** The manifest asks for ExcelApi 1.7. */
const MIN_EXCEL_API = 7;

export interface PaneHeaderProps {
  readonly t: UiTexts;
  readonly host: HostInfo;
  readonly language: Language;
  readonly onLanguage: (language: Language) => void;
}

export function PaneHeader({ t, host, language, onLanguage }: PaneHeaderProps) {
  const styles = useStyles();
  return (
    <>
      <header className={styles.header}>
        <div className={styles.titleRow}>
          <Title2 as="h1" className={styles.title}>
            {t.appTitle}
          </Title2>
          <Switch
            label={t.english}
            checked={language === 'en'}
            // role="switch" requires aria-checked; Fluent's Switch sets only the native checked.
            aria-checked={language === 'en'}
            onChange={(_e, data) => onLanguage(data.checked ? 'en' : 'nl')}
          />
        </div>
        <Body1 as="p" className={styles.tagline}>
          {t.tagline}
        </Body1>
      </header>
      <HostNotice t={t} host={host} />
    </>
  );
}

function HostNotice({ t, host }: { readonly t: UiTexts; readonly host: HostInfo }) {
  const apiMinor = host.excelApi ? Number(host.excelApi.split('.')[1]) : null;
  if (host.kind === 'preview') {
    return (
      <MessageBar intent="info" {...UNTITLED_MESSAGE_BAR}>
        <MessageBarBody>{t.hostPreview}</MessageBarBody>
      </MessageBar>
    );
  }
  if (apiMinor !== null && apiMinor < MIN_EXCEL_API) {
    return (
      <MessageBar intent="error" {...UNTITLED_MESSAGE_BAR}>
        <MessageBarBody>{t.excelApiTooOld}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <Caption1>
      {t.hostExcel}
      {host.excelApi ? ` · ${t.excelApiLevel(host.excelApi)}` : ''}
    </Caption1>
  );
}
