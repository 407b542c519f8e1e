// One user action at a time in a tab: busy while it runs, its named steps for the progress
// display, and the notices it leaves; a failure shows as such instead of escaping.
import { useState } from 'react';
import type { PaneStep } from '../i18n/ui';
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

/** `failed`: what the tab says when an action fails (nothing was changed). */
export function usePaneTask(failed: string): PaneTask {
  const [busy, setBusy] = useState(false);
  const [step, setStep] = useState<PaneStep | null>(null);
  const [notices, setNotices] = useState<readonly Notice[]>([]);
  const task = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch {
      setNotices([{ intent: 'error', text: failed }]);
    } finally {
      setBusy(false);
      setStep(null);
    }
  };
  return { busy, step, setStep, notices, setNotices, task };
}
