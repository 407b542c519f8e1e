// "Uitleg bij cel": how one written deviation was computed, in words an advisor can check
// against the sheet — which cells, which parameter, which band. The add-in puts it in an
// Excel note on the Δ cell; the same text can be shown anywhere else.
import { a1 } from '../core';
import { resolveBands } from './classify';
import { formatNumber, formatPercent } from '../../i18n/format';
import type { AnalysisResult, Bands, ClusterResult, Measure, ReferenceBasis, Role } from './types';
import type { Language } from '../core';

const TEXT = {
  nl: {
    measure: { fte: 'formatie (fte)', costs: 'kosten (€)' },
    title: (m: string, name: string) => `Afwijking ${m} ${name}`,
    formula: 'eigen − norm',
    own: 'Eigen',
    norm: 'norm',
    basis: {
      norm: (ref: string) => `de norm van de referentiegroep (${ref})`,
      share: (ref: string, driver: string) => `het aandeel van de referentiegroep (${ref}) × ${driver}`,
      perInhabitant: (ref: string, driver: string) => `de referentie per inwoner (${ref}) × ${driver}`,
      per1000: (ref: string, driver: string) => `de referentie per 1.000 inwoners (${ref}) × ${driver} / 1.000`,
      perFte: (ref: string, driver: string) => `de referentie per bediende fte (${ref}) × ${driver}`,
      perUnit: (ref: string, driver: string) => `de referentie per eenheid (${ref}) × de werklast ${driver}`,
    },
    driver: {
      totalFte: 'de totale formatie',
      totalCosts: 'de totale kosten',
      inhabitants: 'het aantal inwoners',
      fteServed: 'de bediende formatie',
    },
    normIs: 'De norm is',
    pct: 'Procentueel: afwijking / norm',
    noPct: 'Geen percentage: de norm is 0 of ontbreekt (n.v.t.)',
    cls: (c: string, similar: string, large: string) =>
      `Klasse: ${c} (nagenoeg gelijk binnen ±${similar}, ruim vanaf ±${large})`,
    note: 'Toelichting',
  },
  en: {
    measure: { fte: 'formation (FTE)', costs: 'costs (€)' },
    title: (m: string, name: string) => `Deviation in ${m} ${name}`,
    formula: 'own − norm',
    own: 'Own',
    norm: 'norm',
    basis: {
      norm: (ref: string) => `the reference group's norm (${ref})`,
      share: (ref: string, driver: string) => `the reference group's share (${ref}) × ${driver}`,
      perInhabitant: (ref: string, driver: string) => `the reference per inhabitant (${ref}) × ${driver}`,
      per1000: (ref: string, driver: string) => `the reference per 1,000 inhabitants (${ref}) × ${driver} / 1,000`,
      perFte: (ref: string, driver: string) => `the reference per FTE served (${ref}) × ${driver}`,
      perUnit: (ref: string, driver: string) => `the reference per unit (${ref}) × the workload ${driver}`,
    },
    driver: {
      totalFte: 'the total formation',
      totalCosts: 'the total costs',
      inhabitants: 'the number of inhabitants',
      fteServed: 'the formation served',
    },
    normIs: 'The norm is',
    pct: 'As a percentage: deviation / norm',
    noPct: 'No percentage: the norm is 0 or missing (n/a)',
    cls: (c: string, similar: string, large: string) =>
      `Class: ${c} (about equal within ±${similar}, much from ±${large})`,
    note: 'Explanation',
  },
} as const;

const CLASS_EN: Record<string, string> = {
  'ruim lager': 'much lower',
  lager: 'lower',
  'nagenoeg gelijk': 'about equal',
  hoger: 'higher',
  'ruim hoger': 'much higher',
};

function columnOf(result: AnalysisResult, role: Role): number | undefined {
  return result.columns.find((c) => c.role === role)?.column;
}

/** The explanation of the deviation of `measure` for `cluster`, or null when there is none. */
export function explainDeviation(
  result: AnalysisResult,
  cluster: ClusterResult,
  measure: Measure,
  language: Language,
  bands?: Partial<Bands>,
): string | null {
  const t = TEXT[language];
  const m = cluster[measure];
  if (!m || m.own === null || m.norm === null || m.delta === null || m.basis === null) return null;
  const decimals = measure === 'fte' ? 2 : 0;
  const num = (value: number, signed = false) => formatNumber(value, decimals, language, { sign: signed });
  const cellText = (role: Role) => {
    const col = columnOf(result, role);
    if (col === undefined) return '';
    return a1(col, cluster.row);
  };
  const p = result.parameters;
  const basis: ReferenceBasis = m.basis;
  const refCell = cellText(`${measure}.${basis}` as Role);
  const driverText = (): string => {
    const show = (label: string, value: number | null) =>
      value === null ? label : `${label} (${formatNumber(value, Number.isInteger(value) ? 0 : 1, language)})`;
    switch (basis) {
      case 'norm':
        return '';
      case 'share':
        return measure === 'fte' ? show(t.driver.totalFte, p.totalFte) : show(t.driver.totalCosts, p.totalCosts);
      case 'perInhabitant':
      case 'per1000':
        return show(t.driver.inhabitants, p.inhabitants);
      case 'perFte':
        return show(t.driver.fteServed, p.fteServed);
      case 'perUnit':
        return cellText('workload');
    }
  };
  const normText = t.basis[basis](refCell, driverText());
  const ownCell = cellText(measure);
  const resolved = resolveBands(bands);
  const className = m.class === null ? null : language === 'en' ? (CLASS_EN[m.class] ?? m.class) : m.class;
  const lines = [
    `${t.title(t.measure[measure], cluster.name)} = ${t.formula} = ${num(m.own)} − ${num(m.norm)} = ${num(m.delta, true)}.`,
    `${t.own} (${ownCell}) = ${num(m.own)}. ${t.normIs} ${normText} = ${num(m.norm)}.`,
    m.deltaPct === null ? `${t.noPct}.` : `${t.pct} = ${formatPercent(m.deltaPct, language, { sign: true })}.`,
  ];
  if (className !== null)
    lines.push(
      `${t.cls(className, formatPercent(resolved.similar, language), formatPercent(resolved.large, language))}.`,
    );
  if (cluster.note) lines.push(`${t.note}: ${cluster.note}`);
  return lines.join('\n');
}
