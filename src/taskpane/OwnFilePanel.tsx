// The preview's door for the user's own table: choose or drop an .xlsx or .csv, every tab then
// works on it, and the annotated copy comes back as a download. Reading and writing happen in
// this browser (own-file.ts, its own chunk); the file is sent nowhere.
import { Body1, Button, Subtitle2, makeStyles, shorthands, tokens } from '@fluentui/react-components';
import { useRef, useState, type DragEvent } from 'react';
import type { Language } from '../engine/core';
import { paneTexts } from '../i18n/pane';
import { analyseBenchmark } from '../studies';
import type { Notice } from './Notices';
import type { OwnFile } from './own-file';
import { previewWorkbook, type PreviewWorkbook } from './preview-workbook';

const useStyles = makeStyles({
  zone: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    ...shorthands.border(tokens.strokeWidthThick, 'dashed', tokens.colorNeutralStroke1),
    ...shorthands.borderRadius(tokens.borderRadiusMedium),
  },
  dragging: { ...shorthands.borderColor(tokens.colorBrandStroke1), backgroundColor: tokens.colorBrandBackground2 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  hidden: { display: 'none' },
});

/** A file the preview has open: the workbook the tabs use and what it was read from. */
export interface OpenedFile {
  readonly name: string;
  readonly file: OwnFile;
  readonly workbook: PreviewWorkbook;
}

export interface OwnFilePanelProps {
  readonly language: Language;
  readonly opened: OpenedFile | null;
  readonly onOpened: (opened: OpenedFile | null) => void;
  /** Where the outcome of each action goes (the pane's status line, a live region). */
  readonly onNotice: (notice: Notice) => void;
}

/** The sheet the benchmark tab starts on: the first whose table the engine recognises. */
function benchmarkSheet(file: OwnFile, language: Language) {
  const found = file.sheets.find((s) => analyseBenchmark({ table: s, sheet: s }, { language }).ok);
  return found ?? file.sheets[0];
}

function download(bytes: Uint8Array, name: string): void {
  // A copy on its own ArrayBuffer, as Blob takes it.
  const blob = new Blob([new Uint8Array(bytes)], {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

export function OwnFilePanel({ language, opened, onOpened, onNotice }: OwnFilePanelProps) {
  const styles = useStyles();
  const p = paneTexts(language);
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState(false);

  const open = async (chosen: File) => {
    setBusy(true);
    onNotice({ intent: 'info', text: p.ownFileReading(chosen.name) });
    try {
      const bytes = new Uint8Array(await chosen.arrayBuffer());
      const { readOwnFile } = await import(/* webpackChunkName: "own-file" */ './own-file');
      const read = readOwnFile(chosen.name, bytes);
      if (!read.ok) {
        const problem = p.ownFileProblem;
        const text =
          read.problem === 'csv' ? problem.csv(chosen.name, read.detail ?? '') : problem[read.problem](chosen.name);
        onNotice({ intent: 'error', text });
        return;
      }
      const active = benchmarkSheet(read.file, language);
      if (!active) return onNotice({ intent: 'error', text: p.ownFileProblem.empty(chosen.name) });
      const others = read.file.sheets.filter((s) => s !== active);
      onOpened({ name: chosen.name, file: read.file, workbook: previewWorkbook(active, others) });
      onNotice({ intent: 'success', text: p.ownFileOpened(chosen.name, active.sheet) });
    } catch {
      onNotice({ intent: 'error', text: p.ownFileFailed(chosen.name) });
    } finally {
      setBusy(false);
    }
  };

  const save = async () => {
    if (!opened) return;
    const written = opened.workbook.written();
    if (written.plans.length === 0) return onNotice({ intent: 'warning', text: p.ownFileNothingWritten });
    const { annotatedCopy } = await import(/* webpackChunkName: "own-file" */ './own-file');
    const copy = annotatedCopy(opened.file, written);
    if (!copy.ok)
      return onNotice({ intent: 'error', text: p.ownFileConflict(copy.sheet, copy.cells.slice(0, 8).join(', ')) });
    download(copy.bytes, copy.name);
    onNotice({ intent: 'success', text: p.ownFileDownloaded(copy.name) });
  };

  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setDragging(false);
    const chosen = event.dataTransfer.files[0];
    if (chosen) void open(chosen);
  };

  return (
    <section
      className={`${styles.zone} ${dragging ? styles.dragging : ''}`}
      aria-labelledby="ijk-own-file"
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <Subtitle2 as="h2" id="ijk-own-file">
        {p.ownFileTitle}
      </Subtitle2>
      <Body1>{opened ? opened.name : p.ownFileIntro}</Body1>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        accept=".xlsx,.xlsm,.csv,.txt"
        aria-label={p.ownFileChoose}
        data-testid="own-file-input"
        onChange={(event) => {
          const chosen = event.target.files?.[0];
          if (chosen) void open(chosen);
          event.target.value = '';
        }}
      />
      <div className={styles.actions}>
        <Button appearance={opened ? 'secondary' : 'primary'} disabled={busy} onClick={() => input.current?.click()}>
          {p.ownFileChoose}
        </Button>
        {opened && (
          <>
            <Button appearance="primary" disabled={busy} onClick={() => void save()}>
              {p.ownFileDownload}
            </Button>
            <Button
              disabled={busy}
              onClick={() => {
                onOpened(null);
                onNotice({ intent: 'info', text: p.ownFileExampleBack });
              }}
            >
              {p.ownFileExample}
            </Button>
          </>
        )}
      </div>
      {!opened && <Body1>{p.ownFileDrop}</Body1>}
    </section>
  );
}
