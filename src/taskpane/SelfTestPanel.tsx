// The Zelftest in the pane: one button that runs it on the workbook port, one line per
// capability (geslaagd, mislukt with Excel's error, niet beschikbaar with its requirement set),
// and the report as plain text to copy for the helpdesk.
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Language } from '../engine/core';
import { outcomeText, selfTestReportText, selfTestTexts, tally } from '../i18n/selftest';
import type { HostInfo, SelfTestReport, WorkbookPort } from '../studies';
import { UNTITLED_MESSAGE_BAR } from './message-bar';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  lines: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  failed: { color: tokens.colorPaletteRedForeground1 },
  actions: { display: 'flex', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/** Copies through the Clipboard API, or the older copy command where an add-in frame refuses it. */
async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Falls through to the copy command.
  }
  const area = document.createElement('textarea');
  area.value = text;
  document.body.appendChild(area);
  area.select();
  try {
    return typeof document.execCommand === 'function' && document.execCommand('copy');
  } finally {
    area.remove();
  }
}

export interface SelfTestPanelProps {
  readonly workbook: WorkbookPort;
  readonly host: HostInfo;
  readonly language: Language;
}

export function SelfTestPanel({ workbook, host, language }: SelfTestPanelProps) {
  const styles = useStyles();
  const t = selfTestTexts(language);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<SelfTestReport | null>(null);
  const [notice, setNotice] = useState<'copied' | 'copyFailed' | 'failed' | null>(null);
  const run = async () => {
    setBusy(true);
    setNotice(null);
    try {
      setReport(await workbook.selfTest());
    } catch {
      setNotice('failed');
    } finally {
      setBusy(false);
    }
  };
  const copy = async () => {
    if (report) setNotice((await copyText(selfTestReportText(report, language))) ? 'copied' : 'copyFailed');
  };
  const counts = report ? tally(report.lines) : null;
  return (
    <Accordion collapsible>
      <AccordionItem value="selftest">
        <AccordionHeader as="h2">{t.title}</AccordionHeader>
        <AccordionPanel className={styles.panel}>
          <Body1>{host.kind === 'preview' ? t.introPreview : t.intro}</Body1>
          <div className={styles.actions}>
            <Button appearance="primary" disabled={busy} onClick={() => void run()}>
              {t.run}
            </Button>
            {report && <Button onClick={() => void copy()}>{t.copy}</Button>}
          </div>
          {busy && <Spinner size="tiny" label={t.running} />}
          {notice && (
            <MessageBar
              intent={notice === 'copied' ? 'success' : notice === 'failed' ? 'error' : 'warning'}
              {...UNTITLED_MESSAGE_BAR}
            >
              <MessageBarBody>{t[notice]}</MessageBarBody>
            </MessageBar>
          )}
          {report && counts && (
            <>
              <Caption1>{t.summary(counts.passed, counts.failed, counts.unavailable)}</Caption1>
              <ul className={styles.lines} aria-label={t.title}>
                {report.lines.map((line) => (
                  <li
                    key={line.capability}
                    className={
                      line.outcome.kind === 'passed' || line.outcome.kind === 'unavailable' ? undefined : styles.failed
                    }
                  >
                    {t.capability[line.capability]}: {outcomeText(t, line.outcome, line.requirement)}
                  </li>
                ))}
              </ul>
            </>
          )}
          {report && notice === 'copyFailed' && (
            <Textarea readOnly aria-label={t.report} value={selfTestReportText(report, language)} resize="vertical" />
          )}
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
