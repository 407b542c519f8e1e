// One study tab (Samenwerking, Jaren vergelijken, Formatiewens) with the benchmark's flow: read
// the sheet(s), preview what the engine makes of them in the pane, write it into the workbook
// in one action, undo that action. Samenwerking can also start a new criteria sheet.
import {
  Body1,
  Button,
  Checkbox,
  Field,
  Input,
  Select,
  Spinner,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { buildCriteriaTemplate } from '../engine/criteria';
import { parseYearList } from '../engine/criteria';
import { parseFraction } from '../engine/core';
import type { Palette } from '../plan';
import type { Language } from '../engine/core';
import { studyTexts } from '../i18n/study-ui';
import { Notices, warningNotices, type Notice } from './Notices';
import {
  defaultSheets,
  visibleSheets,
  runCompare,
  runCriteria,
  runWish,
  type StudyKind,
  type StudyRun,
} from './study-runs';
import type { UndoPoint, WorkbookPort } from '../studies';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  scroll: { overflowX: 'auto', maxWidth: '100%' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface StudyPanelProps {
  readonly kind: StudyKind;
  readonly workbook: WorkbookPort;
  readonly language: Language;
  readonly palette: Palette;
}

export function StudyPanel({ kind, workbook, language, palette }: StudyPanelProps) {
  const styles = useStyles();
  const s = studyTexts(language);
  const [names, setNames] = useState<readonly string[]>([]);
  const [sheetA, setSheetA] = useState('');
  const [sheetB, setSheetB] = useState('');
  const [baseline, setBaseline] = useState('2018, 2019, 2020');
  const [tolerance, setTolerance] = useState('5%');
  const [band, setBand] = useState('15');
  const [factsheets, setFactsheets] = useState(true);
  const [run, setRun] = useState<StudyRun | null>(null);
  const [snapshot, setSnapshot] = useState<UndoPoint | null>(null);
  const [busy, setBusy] = useState(false);
  const [notices, setNotices] = useState<Notice[]>([]);

  useEffect(() => {
    let live = true;
    void workbook
      .readSheets()
      .then((read) => {
        if (!live) return;
        const visible = visibleSheets(read.names);
        setNames(visible);
        const [a, b] = defaultSheets(kind, visible, read.active);
        setSheetA(a);
        setSheetB(b);
      })
      .catch(() => setNotices([{ intent: 'error', text: s.failed }]));
    return () => {
      live = false;
    };
  }, [workbook, kind]); // eslint-disable-line react-hooks/exhaustive-deps

  const options = ():
    { ok: true; baselineYears?: number[]; tolerance?: number; band?: number } | { ok: false; text: string } => {
    if (kind === 'criteria') {
      const years = parseYearList(baseline);
      if (!years) return { ok: false, text: s.badBaseline };
      const t = parseFraction(tolerance);
      if (t === null) return { ok: false, text: s.badFraction(s.tolerance) };
      return { ok: true, baselineYears: years, tolerance: t };
    }
    if (kind === 'compare') {
      const b = parseFraction(band);
      if (b === null) return { ok: false, text: s.badFraction(s.band) };
      if (sheetA === sheetB) return { ok: false, text: s.sameSheet };
      return { ok: true, band: b };
    }
    return { ok: true };
  };

  const readAndPreview = async () => {
    const chosen = options();
    if (!chosen.ok) {
      setNotices([{ intent: 'error', text: chosen.text }]);
      return;
    }
    setBusy(true);
    setNotices([]);
    try {
      const read = await workbook.readSheets(kind === 'compare' ? [sheetA, sheetB] : [sheetA]);
      const [first, second] = read.sheets;
      let next: StudyRun | null = null;
      if (kind === 'criteria' && first)
        next = runCriteria(first.grid, {
          language,
          factsheets,
          ...(chosen.baselineYears ? { baselineYears: chosen.baselineYears } : {}),
          ...(chosen.tolerance !== undefined ? { tolerance: chosen.tolerance } : {}),
        });
      else if (kind === 'compare' && first && second)
        next = runCompare(first, second, { language, ...(chosen.band !== undefined ? { band: chosen.band } : {}) });
      else if (kind === 'wish' && first) next = runWish(first.grid, { language });
      setRun(next);
      if (next && !next.ok)
        setNotices([{ intent: 'error', text: `${next.cell ? s.cellHint(next.cell) : ''}${next.message}` }]);
      else if (next?.ok) setNotices(warningNotices(next.warnings, s.warnings, s.cellHint));
    } catch {
      setNotices([{ intent: 'error', text: s.failed }]);
    } finally {
      setBusy(false);
    }
  };

  const write = async (plans = run?.ok ? run.plans : [], done?: string) => {
    if (plans.length === 0) return;
    setBusy(true);
    try {
      const response = await workbook.writeStudy(plans, { palette });
      if (response.kind === 'written') {
        setSnapshot(response.undo);
        const text =
          done ?? (workbook.kind === 'excel' ? s.written([...new Set(plans.map((p) => p.sheet))]) : s.writtenPreview);
        setNotices([{ intent: 'success', text }]);
      } else {
        setNotices([{ intent: 'error', text: s.conflict(response.sheet, response.cells.slice(0, 8).join(', ')) }]);
      }
    } catch {
      setNotices([{ intent: 'error', text: s.failed }]);
    } finally {
      setBusy(false);
    }
  };

  const undo = async () => {
    if (!snapshot) return;
    setBusy(true);
    try {
      await workbook.undo(snapshot);
      setSnapshot(null);
      setNotices([{ intent: 'info', text: s.undone }]);
    } catch {
      setNotices([{ intent: 'error', text: s.failed }]);
    } finally {
      setBusy(false);
    }
  };

  const template = () => {
    const years = parseYearList(baseline);
    if (!years) {
      setNotices([{ intent: 'error', text: s.badBaseline }]);
      return;
    }
    void write([buildCriteriaTemplate({ language, baselineYears: years })], s.templateWritten)
      .then(() => workbook.readSheets())
      .then((read) => setNames(visibleSheets(read.names)))
      // The template is written either way; a list that did not refresh is only a stale list.
      .catch(() => undefined);
  };

  const sheetSelect = (label: string, value: string, onChange: (v: string) => void) => (
    <Field label={label}>
      <Select value={value} onChange={(_e, data) => onChange(data.value)}>
        {names.map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </Select>
    </Field>
  );

  return (
    <section className={styles.section} aria-labelledby={`ijk-study-${kind}`}>
      <Subtitle2 as="h2" id={`ijk-study-${kind}`}>
        {s.tabs[kind]}
      </Subtitle2>
      <Body1>{s.intro[kind]}</Body1>
      {kind === 'compare' ? (
        <>
          {sheetSelect(s.sheetA, sheetA, setSheetA)}
          {sheetSelect(s.sheetB, sheetB, setSheetB)}
          <Field label={s.band}>
            <Input value={band} onChange={(_e, data) => setBand(data.value)} />
          </Field>
        </>
      ) : (
        sheetSelect(s.sheet, sheetA, setSheetA)
      )}
      {kind === 'criteria' && (
        <>
          <Field label={s.baseline} hint={s.baselineHint}>
            <Input value={baseline} onChange={(_e, data) => setBaseline(data.value)} />
          </Field>
          <Field label={s.tolerance}>
            <Input value={tolerance} onChange={(_e, data) => setTolerance(data.value)} />
          </Field>
          <Checkbox
            label={s.factsheets}
            checked={factsheets}
            onChange={(_e, data) => setFactsheets(data.checked === true)}
          />
        </>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy || names.length === 0} onClick={() => void readAndPreview()}>
          {s.read}
        </Button>
        <Button disabled={busy || !run?.ok} onClick={() => void write()}>
          {s.write}
        </Button>
        <Button disabled={busy || !snapshot} onClick={() => void undo()}>
          {s.undo}
        </Button>
        {kind === 'criteria' && (
          <Button disabled={busy} onClick={template}>
            {s.template}
          </Button>
        )}
      </div>
      {busy && <Spinner size="tiny" label={s.reading} />}
      <Notices notices={notices} />
      {run?.ok && (
        <>
          <Subtitle2 as="h3">{s.sentences}</Subtitle2>
          <ul className={styles.list}>
            {run.sentences.map((sentence, i) => (
              <li key={i}>
                <Body1>{sentence}</Body1>
              </li>
            ))}
          </ul>
          {run.tables.map((table) => (
            <div key={table.caption} className={styles.scroll}>
              <Table size="small" aria-label={table.caption}>
                <TableHeader>
                  <TableRow>
                    {table.head.map((h) => (
                      <TableHeaderCell key={h}>{h}</TableHeaderCell>
                    ))}
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {table.rows.map((row, r) => (
                    <TableRow key={r}>
                      {row.map((cell, c) => (
                        <TableCell key={c}>{cell}</TableCell>
                      ))}
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          ))}
        </>
      )}
    </section>
  );
}
