// What the pane shows once a run is written: that run's results (or, while the advisor tries
// fte values, the what-if figures), the "Wat als" and Toelichting panels, and the way back.
import { Button, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import type { ClusterResult } from '../engine/benchmark';
import { paneTexts } from '../i18n/pane';
import type { BenchmarkTabProps } from './BenchmarkTab';
import { WarningGroups } from './Notices';
import { NotesPanel } from './NotesPanel';
import { ResultsScreen } from './ResultsScreen';
import { WhatIfPanel } from './WhatIfPanel';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export type WrittenTab = 'benchmark' | 'whatif' | 'notes';

export function WrittenView({ t, language, palette, state }: BenchmarkTabProps) {
  const styles = useStyles();
  const { benchmark, whatIf, notes, choices, tab, setTab } = state;
  const current = benchmark.analysis?.ok ? benchmark.analysis.result : null;
  const shown = whatIf.preview?.result ?? current;
  const changedRows = new Set(whatIf.preview?.changes.map((c) => c.row) ?? []);
  const { explain } = notes;
  const direction = choices.options.direction;
  const p = paneTexts(language);
  const undoLabel = {
    run: p.runUndo,
    whatif: p.whatIfUndo,
    notes: p.notesUndo,
    scenario: p.scenarioUndo,
  }[benchmark.lastUndo ?? 'run'];
  return (
    <>
      <TabList selectedValue={tab} onTabSelect={(_e, data) => setTab(data.value as WrittenTab)}>
        <Tab value="benchmark">{t.benchmarkTab}</Tab>
        <Tab value="whatif">{t.whatIfTab}</Tab>
        <Tab value="notes">{t.notesTab}</Tab>
      </TabList>
      {tab === 'notes' && current && (
        <NotesPanel
          t={t}
          clusters={current.clusters}
          busy={benchmark.busy}
          onSave={(edits) => void notes.save(edits)}
          {...(explain ? { onExplain: (c: ClusterResult) => void explain(c) } : {})}
        />
      )}
      {tab === 'whatif' && current && (
        <WhatIfPanel
          t={t}
          language={language}
          base={current.clusters}
          edits={whatIf.edits}
          preview={whatIf.preview}
          busy={benchmark.busy}
          onEdit={whatIf.edit}
          onApply={() => void whatIf.apply()}
          onSaveScenario={() => void whatIf.saveScenario()}
        />
      )}
      {shown && (
        <ResultsScreen
          t={t}
          language={language}
          result={shown}
          changedRows={changedRows}
          palette={palette}
          {...(direction ? { direction } : {})}
        />
      )}
      {benchmark.written && (
        <WarningGroups
          warnings={benchmark.written.run.warnings}
          texts={{ title: t.warningsTitle, cellHint: t.cellHint, count: p.warningsSummary, showCells: p.warningsCells }}
        />
      )}
      <div className={styles.actions}>
        <Button onClick={benchmark.again}>{t.again}</Button>
        <Button disabled={benchmark.busy || benchmark.lastUndo === null} onClick={() => void benchmark.undo()}>
          {undoLabel}
        </Button>
      </div>
    </>
  );
}
