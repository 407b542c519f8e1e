// One aandachtspunt as the pane lists it (and copies it): name, amount, percentage, explanation.
import type { AttentionPoint } from '../engine/benchmark';
import type { Language } from '../engine/core';
import { formatEuro, formatFte, formatPercent } from '../i18n/format';
import { uiTexts } from '../i18n/ui';

export function pointText(point: AttentionPoint, language: Language): string {
  const amount =
    point.measure === 'costs'
      ? formatEuro(point.delta, language, { sign: true })
      : formatFte(point.delta, language, { sign: true });
  const pct = point.deltaPct === null ? '' : ` (${formatPercent(point.deltaPct, language, { sign: true })})`;
  const note = point.note ? ` — ${uiTexts(language).noteWord}: ${point.note}` : '';
  return `${point.name}: ${amount}${pct}${note}`;
}
