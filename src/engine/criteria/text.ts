// The words of the criteria scorecard, in the style of the council memo: one sentence per team
// with each indicator's change against the baseline and its status, then the team's tally.
import { formatNumber, formatPercent } from '../../i18n/format';
import type { IndicatorResult, Status, TeamResult, Verdict } from './score';
import type { Language } from '../core';

export const STATUS_TEXT: Record<Language, Record<Status, string>> = {
  nl: {
    verbeterd: 'verbeterd',
    gelijk: 'gelijk',
    verslechterd: 'verslechterd',
    'onvoldoende gegevens': 'onvoldoende gegevens',
  },
  en: {
    verbeterd: 'improved',
    gelijk: 'unchanged',
    verslechterd: 'worsened',
    'onvoldoende gegevens': 'insufficient data',
  },
};

export const VERDICT_TEXT: Record<Language, Record<Verdict, string>> = {
  nl: {
    'overwegend verbeterd': 'overwegend verbeterd',
    'per saldo gelijk': 'per saldo gelijk',
    'overwegend verslechterd': 'overwegend verslechterd',
    'onvoldoende gegevens': 'onvoldoende gegevens voor een oordeel',
  },
  en: {
    'overwegend verbeterd': 'mostly improved',
    'per saldo gelijk': 'unchanged on balance',
    'overwegend verslechterd': 'mostly worsened',
    'onvoldoende gegevens': 'not enough data for a verdict',
  },
};

export const DIRECTION_TEXT: Record<Language, Record<'higher' | 'lower', string>> = {
  nl: { higher: 'hoger is beter', lower: 'lager is beter' },
  en: { higher: 'higher is better', lower: 'lower is better' },
};

/** "2018–2020" for consecutive years, "2018, 2019 en 2021" otherwise. */
export function yearsText(years: readonly number[], language: Language): string {
  if (years.length === 0) return '';
  const first = years[0] ?? 0;
  const last = years[years.length - 1] ?? 0;
  const consecutive = years.every((y, i) => y === first + i);
  if (years.length === 1) return String(first);
  if (consecutive) return `${first}\u2013${last}`;
  const and = language === 'nl' ? 'en' : 'and';
  return `${years.slice(0, -1).join(', ')} ${and} ${last}`;
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
  return language === 'nl' ? `van 0 naar ${latest}` : `from 0 to ${latest}`;
}

function teamSentence(team: TeamResult, baseline: string, language: Language): string {
  const s = STATUS_TEXT[language];
  const measured = team.indicators.filter((i) => i.status !== 'onvoldoende gegevens');
  const missing = team.indicators.filter((i) => i.status === 'onvoldoende gegevens');
  const versus = language === 'nl' ? `t.o.v. nul-lijn ${baseline}` : `against the ${baseline} baseline`;
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
  const criteriaText =
    language === 'nl'
      ? `${criteriaMeasured} van ${criteria} criteria gemeten`
      : `${criteriaMeasured} of ${criteria} criteria measured`;
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
    out.push(
      language === 'nl'
        ? `Toelichting gevraagd bij kostenstijgingen boven de tolerantie: ${unexplained.join(', ')}.`
        : `Explanation needed for cost rises beyond the tolerance: ${unexplained.join(', ')}.`,
    );
  }
  return out;
}
