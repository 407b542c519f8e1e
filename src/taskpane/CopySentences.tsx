// "Kopieer zinnen": the result's sentences and aandachtspunten to the clipboard, for Word or an
// e-mail to the council; what happened is said in a live region.
import { Body1, Button } from '@fluentui/react-components';
import { useState } from 'react';
import type { AnalysisResult } from '../engine/benchmark';
import type { Language } from '../engine/core';
import { copyTexts } from '../i18n/copy';
import { copyToClipboard, sentencesToCopy } from './copy-sentences';

export interface CopySentencesProps {
  readonly result: AnalysisResult;
  readonly language: Language;
}

export function CopySentences({ result, language }: CopySentencesProps) {
  const t = copyTexts(language);
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => setStatus((await copyToClipboard(sentencesToCopy(result, language))) ? 'copied' : 'failed');
  return (
    <div>
      <Button onClick={() => void copy()}>{t.button}</Button>
      <Body1 as="p" role="status" aria-live="polite">
        {status === 'copied' ? t.copied : status === 'failed' ? t.failed : ''}
      </Body1>
    </div>
  );
}
