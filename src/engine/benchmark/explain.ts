// "Uitleg bij cel": how one written deviation was computed, in words an advisor can check
// against the sheet — which cells, which parameter, which band. The add-in puts it in an
// Excel note on the Δ cell; the same text can be shown anywhere else.
import { a1 } from '../core';
import { resolveBands } from './classify';
import { benchmarkTexts } from '../../i18n/benchmark';
import { formatNumber, formatPercent } from '../../i18n/format';
import type { AnalysisResult, Bands, ClusterResult, Measure, ReferenceBasis, Role } from './types';
import type { Language } from '../core';

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
  const texts = benchmarkTexts(language);
  const t = texts.explanation;
  const m = cluster[measure];
  if (!m || m.own === null || m.norm === null || m.delta === null) return null;
  if (m.basis === null && m.normFrom !== 'deviation') return null;
  const { own, norm, delta, basis } = m;
  const decimals = measure === 'fte' ? 2 : 0;
  const num = (value: number, signed = false) => formatNumber(value, decimals, language, { sign: signed });
  const cellText = (role: Role) => {
    const col = columnOf(result, role);
    if (col === undefined) return '';
    return a1(col, cluster.row);
  };
  const p = result.parameters;
  const driverText = (reference: ReferenceBasis): string => {
    const show = (label: string, value: number | null) =>
      value === null ? label : `${label} (${formatNumber(value, Number.isInteger(value) ? 0 : 1, language)})`;
    switch (reference) {
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
  // A norm derived from the printed deviation (normFrom "deviation") has no rate × driver: it is
  // own − Δ when the table prints Δ, else own / (1 + Δ%), as compare.ts derives it.
  const derivedText = (): string => {
    const measured = measure === 'fte' ? `${num(norm)} fte` : `€ ${num(norm)}`;
    const deltaCell = cellText(`${measure}.delta`);
    if (deltaCell !== '' || m.deltaPct === null)
      return t.fromDelta(t.ownOf[measure], deltaCell, num(own), num(delta), measured);
    const relative = `${m.deltaPct < 0 ? '−' : '+'} ${formatPercent(Math.abs(m.deltaPct), language)}`;
    return t.fromDeltaPct(t.ownOf[measure], cellText(`${measure}.deltaPct`), num(own), relative, measured);
  };
  const normText =
    basis === null
      ? derivedText()
      : `${t.normIs} ${t.basis[basis](cellText(`${measure}.${basis}` as Role), driverText(basis))} = ${num(norm)}`;
  const ownCell = cellText(measure);
  const resolved = resolveBands(bands);
  const className = m.class === null ? null : texts.classes[m.class];
  const lines = [
    `${t.title(t.measure[measure], cluster.name)} = ${t.formula} = ${num(own)} − ${num(norm)} = ${num(delta, true)}.`,
    `${t.own} (${ownCell}) = ${num(own)}. ${normText}.`,
    m.deltaPct === null ? `${t.noPct}.` : `${t.pct} = ${formatPercent(m.deltaPct, language, { sign: true })}.`,
  ];
  if (className !== null)
    lines.push(
      `${t.cls(className, formatPercent(resolved.similar, language), formatPercent(resolved.large, language))}.`,
    );
  if (cluster.note) lines.push(`${t.note}: ${cluster.note}`);
  return lines.join('\n');
}
