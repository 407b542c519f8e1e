// One study tab (Samenwerking, Jaren vergelijken, Formatiewens, or any study the registry
// lists) with the benchmark's flow: read the sheet(s), preview what the engine makes of them,
// write it into the workbook in one action, undo that action; plus the study's own actions.
import { Body1, Button, Spinner, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { Language } from '../engine/core';
import { studyTexts } from '../i18n/study-ui';
import type { Palette } from '../plan';
import type { StudyDefinition, WorkbookPort } from '../studies';
import { paneTexts } from '../i18n/pane';
import { uiTexts } from '../i18n/ui';
import { EditedChoice } from './EditedChoice';
import { Notices, WarningGroups } from './Notices';
import { PairingChoices } from './PairingChoices';
import { StudyFields } from './StudyFields';
import { StudyPreview } from './StudyPreview';
import { useStudy } from './use-study';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface StudyPanelProps {
  readonly study: StudyDefinition;
  readonly workbook: WorkbookPort;
  readonly language: Language;
  readonly palette: Palette;
}

export function StudyPanel({ study, workbook, language, palette }: StudyPanelProps) {
  const styles = useStyles();
  const s = studyTexts(language);
  const tab = useStudy(study, workbook, language, palette);
  const heading = `ijk-study-${study.id}`;
  const pairing = tab.shown?.preview.pairing;
  return (
    <section className={styles.section} aria-labelledby={heading}>
      <Subtitle2 as="h2" id={heading}>
        {study.title(language)}
      </Subtitle2>
      <Body1>{study.intro(language)}</Body1>
      <StudyFields study={study} tab={tab} language={language} />
      <div className={styles.actions}>
        <Button appearance="primary" disabled={tab.busy || tab.names.length === 0} onClick={tab.readAndPreview}>
          {s.read}
        </Button>
        <Button disabled={tab.busy || !tab.shown} onClick={tab.write}>
          {s.write}
        </Button>
        <Button disabled={tab.busy || !tab.canUndo} onClick={tab.undo}>
          {s.undo}
        </Button>
        {study.actions.map((action) => (
          <Button key={action.key} disabled={tab.busy} onClick={() => tab.act(action)}>
            {action.label(language)}
          </Button>
        ))}
      </div>
      {tab.busy && <Spinner size="tiny" label={s.reading} />}
      <Notices notices={tab.notices} />
      {tab.edited && (
        <EditedChoice cells={tab.edited} busy={tab.busy} t={uiTexts(language)} onChoose={tab.resolveEdits} />
      )}
      {tab.shown && <StudyPreview preview={tab.shown.preview} title={s.sentences} />}
      {pairing && (
        <PairingChoices
          choice={pairing}
          language={language}
          disabled={tab.busy}
          onChoose={(name, partner) => tab.choosePair(pairing.option, name, partner)}
        />
      )}
      <WarningGroups
        warnings={tab.warnings}
        texts={{
          title: s.warnings,
          cellHint: s.cellHint,
          count: paneTexts(language).warningsSummary,
          showCells: paneTexts(language).warningsCells,
        }}
      />
    </section>
  );
}
