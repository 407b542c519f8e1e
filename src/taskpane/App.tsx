import {
  Body1,
  Button,
  Caption1,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Switch,
  Tab,
  TabList,
  Title2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { a1 } from '../engine/core';
import { analyseTable } from '../engine/benchmark';
import { explainDeviation } from '../engine/benchmark';
import type { AnalysisOptions, AnalysisResult, ClusterResult, Role } from '../engine/benchmark';
import type { Language } from '../engine/core';
import type { UserColumns } from '../engine/benchmark';
import { whatIf } from '../engine/benchmark';
import type { AnalyseStep, DeltaColumns, Snapshot } from '../excel/actions';
import type { HostInfo } from '../excel/host';
import type { ReadResult } from '../excel/read';
import { uiTexts } from '../i18n/ui';
import { ResultsScreen } from './ResultsScreen';
import { readParameter, StartScreen, type ParameterField } from './StartScreen';
import { forcedColorsActive, paneTheme } from './theme';
import { NotesPanel } from './NotesPanel';
import { WhatIfPanel } from './WhatIfPanel';
import {
  AdvancedSettings,
  advancedInvalid,
  advancedOptions,
  DEFAULT_ADVANCED,
  type Advanced,
} from './AdvancedSettings';
import type { WorkbookPort } from './workbook';
import { loadLanguage, saveLanguage } from './language';
import { Notices, warningNotices, type Notice } from './Notices';
import { StudyPanel } from './StudyPanel';
import type { StudyKind } from './study-runs';
import { studyTexts } from '../i18n/study-ui';

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
  header: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  titleRow: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', flexWrap: 'wrap' },
  title: { margin: 0 },
  tagline: { margin: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  // Four study tabs do not fit in one row at 320 px: they wrap instead of being cut off.
  studyTabs: { flexWrap: 'wrap' },
});

export interface AppProps {
  readonly host: HostInfo;
  readonly workbook: WorkbookPort;
}

type PaneTab = 'benchmark' | 'whatif' | 'notes';

const MIN_EXCEL_API = 7;

export function App({ host, workbook }: AppProps) {
  const styles = useStyles();
  const [language, setLanguage] = useState<Language>(() => loadLanguage(host.partitionKey));
  const t = uiTexts(language);
  const theme = paneTheme(host.bodyBackground, forcedColorsActive());
  const apiMinor = host.excelApi ? Number(host.excelApi.split('.')[1]) : null;

  const [read, setRead] = useState<ReadResult | null>(null);
  const [tables, setTables] = useState<string[]>([]);
  const [tableName, setTableName] = useState<string | undefined>(undefined);
  const [overrides, setOverrides] = useState<Record<number, Role | null>>({});
  const [parameters, setParameters] = useState<Record<ParameterField, string>>({
    inhabitants: '',
    totalFte: '',
    fteServed: '',
  });
  const [written, setWritten] = useState<{
    result: AnalysisResult;
    undo: Snapshot;
    deltaColumns: DeltaColumns;
  } | null>(null);
  const [tab, setTab] = useState<PaneTab>('benchmark');
  const [study, setStudy] = useState<'benchmark' | StudyKind>('benchmark');
  const [edits, setEdits] = useState<Record<number, number>>({});
  const [advanced, setAdvanced] = useState<Advanced>(DEFAULT_ADVANCED);
  const [busy, setBusy] = useState(false);
  const [step, setStep] = useState<AnalyseStep | null>(null);
  const [notices, setNotices] = useState<Notice[]>([]);

  const reload = useCallback(async () => {
    setRead(await workbook.read(tableName));
  }, [workbook, tableName]);

  useEffect(() => {
    let live = true;
    void workbook.read(tableName).then((result) => {
      if (live) setRead(result);
    });
    void workbook.listTables().then((names) => {
      if (live) setTables(names);
    });
    return () => {
      live = false;
    };
  }, [workbook, tableName]);

  const options: AnalysisOptions = useMemo(() => {
    const number = (key: ParameterField) => {
      const value = readParameter(parameters[key]);
      return typeof value === 'number' ? value : undefined;
    };
    return {
      language,
      overrides,
      inhabitants: number('inhabitants'),
      totalFte: number('totalFte'),
      fteServed: number('fteServed'),
      ...advancedOptions(advanced),
    };
  }, [language, overrides, parameters, advanced]);

  // The engine runs in the pane on every change; the sheet is written only on request.
  const analysis = useMemo(
    () => (read ? analyseTable({ table: read.table, sheet: read.used }, options) : null),
    [read, options],
  );

  // The pane follows the sheet: a user's edit of the input table re-reads it.
  const tableRange = analysis?.ok ? analysis.result.table.range : null;
  useEffect(() => {
    if (!read || !tableRange) return undefined;
    let stop: (() => Promise<void>) | null = null;
    let live = true;
    void workbook
      .watch(read.sheet, tableRange, () => {
        void workbook.read(tableName).then((next) => {
          if (live) setRead(next);
        });
      })
      .then((remove) => {
        stop = remove;
        if (!live) void remove();
      })
      .catch(() => undefined);
    return () => {
      live = false;
      if (stop) void stop();
    };
  }, [workbook, read?.sheet, tableRange, tableName]); // eslint-disable-line react-hooks/exhaustive-deps

  const preview = useMemo(() => {
    if (!analysis?.ok || Object.keys(edits).length === 0) return null;
    const list = Object.entries(edits).map(([row, value]) => ({ row: Number(row), measure: 'fte' as const, value }));
    // The analysis above already computed the base with the same options.
    return whatIf(analysis.table, analysis.result, list, options);
  }, [analysis, edits, options]);

  const switchLanguage = (english: boolean) => {
    const next: Language = english ? 'en' : 'nl';
    setLanguage(next);
    saveLanguage(host.partitionKey, next);
  };

  /** Analyse and write; with `userColumns`, the advisor's explanations or scenario go along. */
  const analyse = async (userColumns?: UserColumns, done?: string) => {
    setBusy(true);
    setNotices([]);
    try {
      const response = await workbook.analyseAndWrite({
        options,
        tableName,
        onStep: setStep,
        palette: advanced.colourBlind ? 'colourBlind' : 'standard',
        ...(userColumns ? { userColumns } : {}),
      });
      if (response.kind === 'written') {
        setWritten({ result: response.result, undo: response.undo, deltaColumns: response.deltaColumns });
        if (userColumns) await reload();
        setNotices([
          { intent: 'success', text: done ?? (workbook.kind === 'excel' ? t.written : t.writtenPreview) },
          ...warningNotices(response.warnings, t.warningsTitle, t.cellHint),
        ]);
      } else if (response.kind === 'conflict') {
        setNotices([{ intent: 'error', text: t.conflict(response.cells.slice(0, 8).join(', ')) }]);
      } else if (response.kind === 'changed') {
        setNotices([{ intent: 'error', text: t.changed(response.cells.slice(0, 8).join(', ')) }]);
      } else {
        setNotices([
          {
            intent: 'error',
            title: t.fatalTitle,
            text: `${response.cell ? t.cellHint(response.cell) : ''}${response.message}`,
          },
        ]);
      }
    } catch {
      setNotices([{ intent: 'error', text: t.failed }]);
    } finally {
      setBusy(false);
      setStep(null);
    }
  };

  const undoLast = async () => {
    if (!written) return;
    setBusy(true);
    try {
      await workbook.undo(written.undo);
      setWritten(null);
      setEdits({});
      setNotices([{ intent: 'info', text: t.undone }]);
      await reload();
    } catch {
      setNotices([{ intent: 'error', text: t.failed }]);
    } finally {
      setBusy(false);
    }
  };

  const applyWhatIf = async () => {
    if (!read || !analysis?.ok) return;
    const fteColumn = analysis.table.roleColumns.fte;
    if (fteColumn === undefined) return;
    setBusy(true);
    try {
      const cellEdits = Object.entries(edits).map(([row, value]) => ({ address: a1(fteColumn, Number(row)), value }));
      const snapshot = await workbook.applyEdits(read.sheet, cellEdits);
      setEdits({});
      await reload();
      setWritten((w) => (w ? { ...w, undo: snapshot } : w));
      setNotices([{ intent: 'success', text: t.applied }]);
    } catch {
      setNotices([{ intent: 'error', text: t.failed }]);
    } finally {
      setBusy(false);
    }
  };

  const saveScenario = async () => {
    if (!analysis?.ok) return;
    const taken = analysis.result.columns.filter((c) => /^scenario\b/i.test(c.header)).length;
    const name = String(taken + 1);
    const values = analysis.result.clusters.map((c) => ({ row: c.row, value: edits[c.row] ?? c.fte?.own ?? null }));
    await analyse({ scenario: { name, values } }, t.scenarioSaved(name));
    setEdits({});
  };

  const explain = async (cluster: ClusterResult) => {
    if (!read || !written) return;
    const measure = written.deltaColumns.costs !== undefined && cluster.costs?.delta != null ? 'costs' : 'fte';
    const col = written.deltaColumns[measure];
    const text = explainDeviation(written.result, cluster, measure, language, options.bands);
    if (col === undefined || text === null) return;
    const address = a1(col, cluster.row);
    setBusy(true);
    try {
      await workbook.explain(read.sheet, address, text);
      setNotices([{ intent: 'success', text: t.explained(address) }]);
    } catch {
      setNotices([{ intent: 'error', text: t.failed }]);
    } finally {
      setBusy(false);
    }
  };

  const current = analysis?.ok ? analysis.result : null;
  const shown = preview?.result ?? current;
  const changedRows = new Set(preview?.changes.map((c) => c.row) ?? []);

  return (
    <FluentProvider theme={theme} lang={language}>
      <main className={styles.root}>
        <header className={styles.header}>
          <div className={styles.titleRow}>
            <Title2 as="h1" className={styles.title}>
              {t.appTitle}
            </Title2>
            <Switch
              label={t.english}
              checked={language === 'en'}
              onChange={(_e, data) => switchLanguage(data.checked)}
            />
          </div>
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
        <TabList
          className={styles.studyTabs}
          size="small"
          aria-label={studyTexts(language).studyTabs}
          selectedValue={study}
          onTabSelect={(_e, data) => setStudy(data.value as 'benchmark' | StudyKind)}
        >
          {(['benchmark', 'criteria', 'compare', 'wish'] as const).map((kind) => (
            <Tab key={kind} value={kind}>
              {studyTexts(language).tabs[kind]}
            </Tab>
          ))}
        </TabList>
        {study !== 'benchmark' ? (
          <StudyPanel
            key={study}
            kind={study}
            workbook={workbook}
            language={language}
            palette={advanced.colourBlind ? 'colourBlind' : 'standard'}
          />
        ) : (
          <>
            {step && <Spinner size="tiny" label={t.steps[step]} />}
            <Notices notices={notices} />
            {!read ? (
              <Spinner label={t.reading} />
            ) : analysis && !analysis.ok && !written ? (
              <MessageBar intent="error">
                <MessageBarBody>
                  <MessageBarTitle>{t.fatalTitle}</MessageBarTitle>
                  {`${analysis.cell ? t.cellHint(analysis.cell) : ''}${analysis.message}`}
                </MessageBarBody>
              </MessageBar>
            ) : !written ? (
              <>
                {read.excelTable && !tableName && (
                  <MessageBar intent="info">
                    <MessageBarBody>{t.tableDetected(read.excelTable.name)}</MessageBarBody>
                  </MessageBar>
                )}
                <StartScreen
                  tables={tables}
                  tableName={tableName}
                  onTable={(name) => {
                    setTableName(name);
                    setOverrides({});
                  }}
                  t={t}
                  language={language}
                  columns={analysis?.ok ? analysis.result.columns : []}
                  result={current}
                  parameters={parameters}
                  busy={busy}
                  onRole={(column, role) => setOverrides((o) => ({ ...o, [column]: role }))}
                  onParameter={(key, text) => setParameters((p) => ({ ...p, [key]: text }))}
                  onAnalyse={() => void analyse()}
                  blocked={advancedInvalid(advanced)}
                >
                  <AdvancedSettings t={t} value={advanced} onChange={setAdvanced} />
                </StartScreen>
              </>
            ) : (
              <>
                <TabList selectedValue={tab} onTabSelect={(_e, data) => setTab(data.value as PaneTab)}>
                  <Tab value="benchmark">{t.benchmarkTab}</Tab>
                  <Tab value="whatif">{t.whatIfTab}</Tab>
                  <Tab value="notes">{t.notesTab}</Tab>
                </TabList>
                {tab === 'notes' && current && (
                  <NotesPanel
                    t={t}
                    clusters={current.clusters}
                    busy={busy}
                    onSave={(notes) => void analyse({ notes }, t.notesSaved)}
                    {...(workbook.canExplain ? { onExplain: (c: ClusterResult) => void explain(c) } : {})}
                  />
                )}
                {tab === 'whatif' && current && (
                  <WhatIfPanel
                    t={t}
                    language={language}
                    base={current.clusters}
                    edits={edits}
                    preview={preview}
                    busy={busy}
                    onEdit={(row, fte) =>
                      setEdits((e) => {
                        const next = { ...e };
                        if (fte === null) delete next[row];
                        else next[row] = fte;
                        return next;
                      })
                    }
                    onApply={() => void applyWhatIf()}
                    onSaveScenario={() => void saveScenario()}
                  />
                )}
                {shown && (
                  <ResultsScreen
                    t={t}
                    language={language}
                    result={shown}
                    changedRows={changedRows}
                    palette={advanced.colourBlind ? 'colourBlind' : 'standard'}
                    {...(options.direction ? { direction: options.direction } : {})}
                  />
                )}
                <div className={styles.actions}>
                  <Button
                    onClick={() => {
                      setWritten(null);
                      setEdits({});
                      setNotices([]);
                      void reload();
                    }}
                  >
                    {t.again}
                  </Button>
                  <Button disabled={busy} onClick={() => void undoLast()}>
                    {t.undo}
                  </Button>
                </div>
              </>
            )}
          </>
        )}
      </main>
    </FluentProvider>
  );
}
