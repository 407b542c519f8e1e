// One user action at a time in the benchmark tab: busy while it runs, its named steps for the
// progress display, and the notices it leaves; a failure shows as such instead of escaping.
import { useState } from 'react';
import type { PaneStep, UiTexts } from '../i18n/ui';
import type { Notice } from './Notices';

export interface PaneTask {
  readonly busy: boolean;
  readonly step: PaneStep | null;
  readonly setStep: (step: PaneStep | null) => void;
  readonly notices: readonly Notice[];
  readonly setNotices: (notices: readonly Notice[]) => void;
  /** Runs one user action: busy meanwhile, a failure shown as such. */
  readonly task: (work: () => Promise<void>) => Promise<void>;
}

export function usePaneTask(t: UiTexts): PaneTask {
  const [busy, setBusy] = useState(false);
  const [step, setStep] = useState<PaneStep | null>(null);
  const [notices, setNotices] = useState<readonly Notice[]>([]);
  const task = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch {
      setNotices([{ intent: 'error', text: t.failed }]);
    } finally {
      setBusy(false);
      setStep(null);
    }
  };
  return { busy, step, setStep, notices, setNotices, task };
}
