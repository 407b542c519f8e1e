// The task pane: the header, in the preview the door for the user's own file, one tab per
// study (the benchmark, then the registry's studies), and the chosen tab. The benchmark tab's
// state is held by PaneTabs, so visiting a study keeps it; opening another file starts afresh.
import { FluentProvider, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Language } from '../engine/core';
import { paneTexts } from '../i18n/pane';
import { studyTexts } from '../i18n/study-ui';
import { uiTexts } from '../i18n/ui';
import type { Palette } from '../plan';
import { STUDIES, STUDY, type HostInfo, type StudyId, type WorkbookPort } from '../studies';
import { DEFAULT_ADVANCED, type Advanced } from './AdvancedSettings';
import { BenchmarkTab, useBenchmarkTab } from './BenchmarkTab';
import { usePaneLanguage } from './language';
import { Notices, type Notice } from './Notices';
import { OwnFilePanel, type OpenedFile } from './OwnFilePanel';
import { PaneHeader } from './PaneHeader';
import { SelfTestPanel } from './SelfTestPanel';
import { StudyPanel } from './StudyPanel';
import { forcedColorsActive, paneTheme, prefersDarkScheme } from './theme';

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    padding: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    maxWidth: '100vw',
    overflowX: 'hidden',
    // Long words (cluster names, file names) wrap instead of pushing the pane sideways.
    overflowWrap: 'anywhere',
  },
  // Four study tabs do not fit in one row at 320 px: they wrap instead of being cut off.
  studyTabs: { flexWrap: 'wrap' },
});

export interface AppProps {
  readonly host: HostInfo;
  readonly workbook: WorkbookPort;
}

type PaneStudy = 'benchmark' | StudyId;

export function App({ host, workbook }: AppProps) {
  const styles = useStyles();
  const [language, setLanguage] = usePaneLanguage(host.partitionKey);
  const [advanced, setAdvanced] = useState<Advanced>(DEFAULT_ADVANCED);
  const [opened, setOpened] = useState<OpenedFile | null>(null);
  const [fileNotices, setFileNotices] = useState<readonly Notice[]>([]);
  // Each file opened (or the example again) is a fresh pane: nothing of the last one carries over.
  const [serial, setSerial] = useState(0);
  const open = (next: OpenedFile | null) => {
    setOpened(next);
    setSerial((n) => n + 1);
  };
  const port = opened?.workbook ?? workbook;
  // The page's language is the pane's: screen readers pronounce the words in it.
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  // Outside Office nobody reports a theme: the preview follows the system's light or dark mode.
  const dark = host.kind === 'preview' && host.bodyBackground === null && prefersDarkScheme();
  const theme = paneTheme(dark ? '#262626' : host.bodyBackground, forcedColorsActive());
  return (
    <FluentProvider theme={theme} lang={language}>
      <main className={styles.root}>
        <PaneHeader t={uiTexts(language)} host={host} language={language} onLanguage={setLanguage} />
        {host.kind === 'preview' && (
          <>
            <OwnFilePanel
              language={language}
              opened={opened}
              onOpened={open}
              onNotice={(notice) => setFileNotices([notice])}
            />
            <Notices notices={fileNotices} label={paneTexts(language).ownFileTitle} />
          </>
        )}
        <PaneTabs key={serial} workbook={port} language={language} advanced={advanced} onAdvanced={setAdvanced} />
        <SelfTestPanel workbook={workbook} host={host} language={language} />
      </main>
    </FluentProvider>
  );
}

interface PaneTabsProps {
  readonly workbook: WorkbookPort;
  readonly language: Language;
  readonly advanced: Advanced;
  readonly onAdvanced: (advanced: Advanced) => void;
}

function PaneTabs({ workbook, language, advanced, onAdvanced }: PaneTabsProps) {
  const styles = useStyles();
  const t = uiTexts(language);
  const [study, setStudy] = useState<PaneStudy>('benchmark');
  const palette: Palette = advanced.colourBlind ? 'colourBlind' : 'standard';
  const benchmark = useBenchmarkTab(workbook, { language, advanced, palette, t });
  return (
    <>
      <TabList
        className={styles.studyTabs}
        size="small"
        aria-label={studyTexts(language).studyTabs}
        selectedValue={study}
        onTabSelect={(_e, data) => setStudy(data.value as PaneStudy)}
      >
        <Tab value="benchmark">{studyTexts(language).tabs.benchmark}</Tab>
        {STUDIES.map((definition) => (
          <Tab key={definition.id} value={definition.id}>
            {definition.title(language)}
          </Tab>
        ))}
      </TabList>
      {study === 'benchmark' ? (
        <BenchmarkTab
          state={benchmark}
          t={t}
          language={language}
          advanced={advanced}
          palette={palette}
          onAdvanced={onAdvanced}
        />
      ) : (
        <StudyPanel key={study} study={STUDY[study]} workbook={workbook} language={language} palette={palette} />
      )}
    </>
  );
}
