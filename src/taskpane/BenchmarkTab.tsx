// The benchmark tab: the start screen (roles, parameters, advanced settings) until a run is
// written, then that run's results with "Wat als" and Toelichting beside them. Its state lives
// in useBenchmarkTab, which the App holds, so a visit to a study tab loses nothing.
import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import { useState } from 'react';
import type { Language } from '../engine/core';
import type { UiTexts } from '../i18n/ui';
import type { Palette } from '../plan';
import type { WorkbookPort } from '../studies';
import { AdvancedSettings, advancedInvalid, type Advanced } from './AdvancedSettings';
import { EditedChoice } from './EditedChoice';
import { Notices } from './Notices';
import { StartScreen, type ParameterField } from './StartScreen';
import { useBenchmark, type Benchmark } from './use-benchmark';
import { useBenchmarkOptions, type BenchmarkOptions } from './use-benchmark-options';
import { useNotes, type Notes } from './use-notes';
import { useWhatIf, type WhatIf } from './use-what-if';
import { WrittenView, type WrittenTab } from './WrittenView';
import { UNTITLED_MESSAGE_BAR } from './message-bar';

export interface BenchmarkTabState {
  readonly choices: BenchmarkOptions;
  readonly benchmark: Benchmark;
  readonly whatIf: WhatIf;
  readonly notes: Notes;
  readonly tab: WrittenTab;
  readonly setTab: (tab: WrittenTab) => void;
}

export interface PaneSettings {
  readonly language: Language;
  readonly advanced: Advanced;
  readonly palette: Palette;
  readonly t: UiTexts;
}

export function useBenchmarkTab(workbook: WorkbookPort, settings: PaneSettings): BenchmarkTabState {
  const { language, advanced, palette, t } = settings;
  const choices = useBenchmarkOptions(language, advanced);
  const { options } = choices;
  const benchmark = useBenchmark(workbook, { options, palette, t });
  const whatIf = useWhatIf(workbook, benchmark, options, t);
  const notes = useNotes(workbook, benchmark, { options, language, t });
  const [tab, setTab] = useState<WrittenTab>('benchmark');
  return { choices, benchmark, whatIf, notes, tab, setTab };
}

export interface BenchmarkTabProps extends PaneSettings {
  readonly state: BenchmarkTabState;
  readonly onAdvanced: (advanced: Advanced) => void;
}

export function BenchmarkTab(props: BenchmarkTabProps) {
  const { t, state } = props;
  const { benchmark } = state;
  const { read, analysis, written } = benchmark;
  return (
    <>
      {benchmark.step && <Spinner size="tiny" label={t.steps[benchmark.step]} />}
      <Notices notices={benchmark.notices} />
      {benchmark.edited && (
        <EditedChoice
          cells={benchmark.edited}
          busy={benchmark.busy}
          t={t}
          onChoose={(choice) => void benchmark.resolveEdits(choice)}
        />
      )}
      {!read ? (
        <Spinner label={t.reading} />
      ) : analysis && !analysis.ok && !written ? (
        <>
          <MessageBar intent="error">
            <MessageBarBody>
              <MessageBarTitle>{t.fatalTitle}</MessageBarTitle>
              {`${analysis.cell ? t.cellHint(analysis.cell) : ''}${analysis.message}`}
            </MessageBarBody>
          </MessageBar>
          {/* A refusal about a parameter: show the fields, that one marked, so it can be entered here. */}
          {analysis.parameter === 'totalFte' && <StartView {...props} missing="totalFte" />}
        </>
      ) : !written ? (
        <StartView {...props} />
      ) : (
        <WrittenView {...props} />
      )}
    </>
  );
}

function StartView({
  t,
  language,
  state,
  advanced,
  onAdvanced,
  missing,
}: BenchmarkTabProps & { readonly missing?: ParameterField }) {
  const { benchmark, choices } = state;
  const { read, analysis } = benchmark;
  return (
    <>
      {read?.excelTable && !benchmark.tableName && (
        <MessageBar intent="info" {...UNTITLED_MESSAGE_BAR}>
          <MessageBarBody>{t.tableDetected(read.excelTable)}</MessageBarBody>
        </MessageBar>
      )}
      <StartScreen
        tables={benchmark.tables}
        tableName={benchmark.tableName}
        onTable={(name) => {
          benchmark.chooseTable(name);
          choices.forgetRoles();
        }}
        t={t}
        language={language}
        columns={analysis?.ok ? analysis.result.columns : []}
        result={analysis?.ok ? analysis.result : null}
        parameters={choices.parameters}
        busy={benchmark.busy}
        onRole={choices.setRole}
        onParameter={choices.setParameter}
        onAnalyse={() => void benchmark.analyse()}
        blocked={advancedInvalid(advanced)}
        missing={missing}
      >
        <AdvancedSettings t={t} value={advanced} onChange={onAdvanced} />
      </StartScreen>
    </>
  );
}
