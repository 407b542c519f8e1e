// The task pane: the header, one tab per study (the benchmark, then the registry's studies),
// and the chosen tab. The benchmark tab's state is held here, so visiting a study keeps it.
import { FluentProvider, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { studyTexts } from '../i18n/study-ui';
import { uiTexts } from '../i18n/ui';
import type { Palette } from '../plan';
import { STUDIES, STUDY, type HostInfo, type StudyId, type WorkbookPort } from '../studies';
import { DEFAULT_ADVANCED, type Advanced } from './AdvancedSettings';
import { BenchmarkTab, useBenchmarkTab } from './BenchmarkTab';
import { usePaneLanguage } from './language';
import { PaneHeader } from './PaneHeader';
import { SelfTestPanel } from './SelfTestPanel';
import { StudyPanel } from './StudyPanel';
import { forcedColorsActive, paneTheme } from './theme';

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
  const t = uiTexts(language);
  const [study, setStudy] = useState<PaneStudy>('benchmark');
  const [advanced, setAdvanced] = useState<Advanced>(DEFAULT_ADVANCED);
  const palette: Palette = advanced.colourBlind ? 'colourBlind' : 'standard';
  const benchmark = useBenchmarkTab(workbook, { language, advanced, palette, t });
  return (
    <FluentProvider theme={paneTheme(host.bodyBackground, forcedColorsActive())} lang={language}>
      <main className={styles.root}>
        <PaneHeader t={t} host={host} language={language} onLanguage={setLanguage} />
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
            onAdvanced={setAdvanced}
          />
        ) : (
          <StudyPanel key={study} study={STUDY[study]} workbook={workbook} language={language} palette={palette} />
        )}
        <SelfTestPanel workbook={workbook} host={host} language={language} />
      </main>
    </FluentProvider>
  );
}
