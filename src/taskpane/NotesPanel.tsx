// Toelichting: the advisor explains deviations per cluster. The text goes into the table's
// Toelichting column (created when absent) in one undoable write; "Uitleg bij cel" puts the
// computation of a written deviation in an Excel note, where the host supports notes.
import { Body1, Button, Field, Subtitle2, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ClusterResult } from '../engine/benchmark';
import type { NoteEdit } from '../engine/benchmark';
import type { UiTexts } from '../i18n/ui';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  cluster: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  explain: { alignSelf: 'flex-start' },
});

export interface NotesPanelProps {
  readonly t: UiTexts;
  readonly clusters: readonly ClusterResult[];
  readonly busy: boolean;
  /** Present when the host can put notes on cells. */
  readonly onExplain?: (cluster: ClusterResult) => void;
  readonly onSave: (notes: readonly NoteEdit[]) => void;
}

export function NotesPanel({ t, clusters, busy, onExplain, onSave }: NotesPanelProps) {
  const styles = useStyles();
  const [drafts, setDrafts] = useState<Record<number, string>>({});
  const changed = clusters.filter((c) => drafts[c.row] !== undefined && drafts[c.row] !== (c.note ?? ''));
  return (
    <section className={styles.section} aria-labelledby="ijk-notes">
      <Subtitle2 as="h2" id="ijk-notes">
        {t.notesTab}
      </Subtitle2>
      <Body1>{t.notesIntro}</Body1>
      {clusters.map((c) => (
        <div key={c.row} className={styles.cluster}>
          <Field label={t.noteLabel(c.name)}>
            <Textarea
              value={drafts[c.row] ?? c.note ?? ''}
              resize="vertical"
              onChange={(_e, data) => setDrafts((d) => ({ ...d, [c.row]: data.value }))}
            />
          </Field>
          {onExplain && (c.costs?.delta != null || c.fte?.delta != null) && (
            <Button
              className={styles.explain}
              size="small"
              disabled={busy}
              aria-label={t.explainLabel(c.name)}
              onClick={() => onExplain(c)}
            >
              {t.explain}
            </Button>
          )}
        </div>
      ))}
      <Button
        appearance="primary"
        disabled={busy || changed.length === 0}
        onClick={() => {
          onSave(changed.map((c) => ({ row: c.row, text: drafts[c.row] ?? '', previous: c.note })));
          setDrafts({});
        }}
      >
        {t.saveNotes}
      </Button>
    </section>
  );
}
