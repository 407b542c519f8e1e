import {
  Body1,
  Caption1,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Title2,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import type { HostInfo } from '../excel/host';
import type { Language } from '../engine/types';
import { uiTexts } from '../i18n/ui';
import { isDarkBackground } from './theme';

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    padding: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    minWidth: '280px',
  },
  header: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  title: { margin: 0 },
  tagline: { margin: 0 },
});

export interface AppProps {
  readonly host: HostInfo;
  readonly language?: Language;
}

const MIN_EXCEL_API = 7;

export function App({ host, language = 'nl' }: AppProps) {
  const styles = useStyles();
  const t = uiTexts(language);
  const theme = isDarkBackground(host.bodyBackground) ? webDarkTheme : webLightTheme;
  const apiMinor = host.excelApi ? Number(host.excelApi.split('.')[1]) : null;
  return (
    <FluentProvider theme={theme} lang={language}>
      <main className={styles.root}>
        <header className={styles.header}>
          <Title2 as="h1" className={styles.title}>
            {t.appTitle}
          </Title2>
          <Body1 as="p" className={styles.tagline}>
            {t.tagline}
          </Body1>
        </header>
        {host.kind === 'preview' ? (
          <MessageBar intent="info">
            <MessageBarBody>{t.hostPreview}</MessageBarBody>
          </MessageBar>
        ) : apiMinor !== null && apiMinor < MIN_EXCEL_API ? (
          <MessageBar intent="error">
            <MessageBarBody>{t.excelApiTooOld}</MessageBarBody>
          </MessageBar>
        ) : (
          <Caption1>
            {t.hostExcel}
            {host.excelApi ? ` · ${t.excelApiLevel(host.excelApi)}` : ''}
          </Caption1>
        )}
      </main>
    </FluentProvider>
  );
}
