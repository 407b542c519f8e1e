// The criteria scorecard's sentences, in the style of the council memo: one sentence per team
// with each indicator's change against the baseline and its status, then the team's tally. The
// words are in src/i18n/criteria.ts.
import { CRITERIA_SENTENCES, STATUS_TEXT, VERDICT_TEXT } from '../../i18n/criteria';
import { formatNumber, formatPercent } from '../../i18n/format';
import type { IndicatorResult, TeamResult } from './score';
import type { Language } from '../core';

/** "2018–2020" for consecutive years, "2018, 2019 en 2021" otherwise. */
export function yearsText(years: readonly number[], language: Language): string {
  if (years.length === 0) return '';
  const first = years[0] ?? 0;
  const last = years[years.length - 1] ?? 0;
  const consecutive = years.every((y, i) => y === first + i);
  if (years.length === 1) return String(first);
  if (consecutive) return `${first}\u2013${last}`;
  return `${years.slice(0, -1).join(', ')} ${CRITERIA_SENTENCES[language].and} ${last}`;
}

/** Sentence case inside a sentence: "Personeelskosten" → "personeelskosten", "MTO-score" stays. */
function inSentence(name: string): string {
  const [a = '', b = ''] = name;
  return b !== '' && b === b.toLowerCase() && a !== a.toLowerCase() ? a.toLowerCase() + name.slice(1) : name;
}

function changeText(ind: IndicatorResult, language: Language): string {
  if (ind.changePct !== null) return formatPercent(ind.changePct, language, { sign: true });
  // A zero baseline has no relative change: say where it went.
  const latest = formatNumber(ind.latest ?? 0, Number.isInteger(ind.latest) ? 0 : 2, language);
  return CRITERIA_SENTENCES[language].fromZero(latest);
}

function teamSentence(team: TeamResult, baseline: string, language: Language): string {
  const s = STATUS_TEXT[language];
  const measured = team.indicators.filter((i) => i.status !== 'onvoldoende gegevens');
  const missing = team.indicators.filter((i) => i.status === 'onvoldoende gegevens');
  const versus = CRITERIA_SENTENCES[language].versus(baseline);
  const parts = measured.map(
    (ind, i) =>
      `${inSentence(ind.indicator)} ${changeText(ind, language)}${i === 0 ? ` ${versus}` : ''} (${s[ind.status]})`,
  );
  const gaps =
    missing.length > 0 ? `${s['onvoldoende gegevens']}: ${missing.map((i) => inSentence(i.indicator)).join(', ')}` : '';
  const body = [parts.join('; '), gaps].filter((p) => p !== '').join('; ');
  return `${team.team}: ${body}.`;
}

function tallySentence(team: TeamResult, language: Language): string {
  const s = STATUS_TEXT[language];
  const { counts, criteria, criteriaMeasured, score, verdict } = team.summary;
  const tally = (['verbeterd', 'gelijk', 'verslechterd'] as const)
    .filter((k) => counts[k] > 0)
    .map((k) => `${counts[k]} ${s[k]}`);
  const scoreText = score === null ? '' : `, score ${formatNumber(score, 2, language, { sign: true })}`;
  const criteriaText = CRITERIA_SENTENCES[language].measured(criteriaMeasured, criteria);
  const lead = tally.length > 0 ? `${tally.join(', ')}; ` : '';
  return `${team.team}: ${lead}${criteriaText}${scoreText}: ${VERDICT_TEXT[language][verdict]}.`;
}

/** An indicator's figures as tables show them: euros whole, other values with two decimals. */
export function indicatorFigures(
  ind: IndicatorResult,
  language: Language,
): { readonly baseline: string; readonly latest: string; readonly change: string } {
  const value = (v: number | null) => (v === null ? '' : formatNumber(v, ind.cost ? 0 : 2, language));
  return {
    baseline: value(ind.baseline),
    latest: value(ind.latest),
    change: ind.changePct === null ? '' : formatPercent(ind.changePct, language, { sign: true }),
  };
}

export function criteriaSentences(
  result: { readonly baselineYears: readonly number[]; readonly teams: readonly TeamResult[] },
  language: Language,
): string[] {
  const baseline = yearsText(result.baselineYears, language);
  const out: string[] = [];
  for (const team of result.teams) {
    out.push(teamSentence(team, baseline, language));
    out.push(tallySentence(team, language));
  }
  const unexplained = result.teams.flatMap((team) =>
    team.indicators.filter((i) => i.explanationMissing).map((i) => `${team.team} (${inSentence(i.indicator)})`),
  );
  if (unexplained.length > 0) {
    out.push(CRITERIA_SENTENCES[language].unexplained(unexplained.join(', ')));
  }
  return out;
}
