// Printed deviations as input (the reports print Δ and Δ%, not the norm): where the table gives
// no usable reference the norm is derived from them; where it gives both, each printed figure
// is checked against the computed one to the report's rounding, and a warning names the cell.
import { a1, type Language, type Warning } from '../core';
import { benchmarkMessages } from '../../i18n/benchmark-messages';
import { formatEuro, formatNumber, formatPercent } from '../../i18n/format';
import { driverFor, type Drivers } from './compare';
import type { NumericRole, PreparedTable } from './table';
import type { ClusterResult, Measure, ReferenceBasis } from './types';

const MEASURES: readonly Measure[] = ['fte', 'costs'];

function hasDeviation(table: PreparedTable, measure: Measure): boolean {
  return table.roleColumns[`${measure}.delta`] !== undefined || table.roleColumns[`${measure}.deltaPct`] !== undefined;
}

/**
 * Per measure with a printed deviation: 'reference' when the primary reference can give a norm
 * (its driver is known), else 'deviation'. Measures without a deviation column are left out.
 */
export function normSources(
  table: PreparedTable,
  bases: Readonly<Record<Measure, readonly ReferenceBasis[]>>,
  drivers: Drivers,
): Partial<Record<Measure, 'reference' | 'deviation'>> {
  const out: Partial<Record<Measure, 'reference' | 'deviation'>> = {};
  for (const measure of MEASURES) {
    if (!hasDeviation(table, measure)) continue;
    const primary = bases[measure][0];
    const usable =
      primary !== undefined &&
      (primary === 'norm' || primary === 'perUnit' || driverFor(measure, primary, drivers, null) !== null);
    out[measure] = usable ? 'reference' : 'deviation';
  }
  return out;
}

const EPSILON = 1e-9;

function show(measure: Measure, value: number, language: Language): string {
  return measure === 'fte'
    ? `${formatNumber(value, 2, language, { sign: true })} fte`
    : formatEuro(value, language, { sign: true });
}

/**
 * The printed Δ and Δ% against the computed ones. The tolerance is the rounding of what was
 * printed: half a unit of the printed deviation's last digit, plus what the rounding of the own
 * figure and of the reference rate (× the driver) can move the computed one.
 */
export function deviationWarnings(
  table: PreparedTable,
  clusters: readonly ClusterResult[],
  drivers: Drivers,
  sources: Partial<Record<Measure, 'reference' | 'deviation'>>,
  language: Language,
): Warning[] {
  const t = benchmarkMessages(language);
  const warnings: Warning[] = [];
  let rows: Map<number, PreparedTable['clusters'][number]> | undefined;
  for (const measure of MEASURES) {
    if (sources[measure] !== 'reference') continue;
    const deltaCol = table.roleColumns[`${measure}.delta`];
    const pctCol = table.roleColumns[`${measure}.deltaPct`] ?? deltaCol;
    // No printed deviation of this measure: nothing to cross-check.
    if (pctCol === undefined) continue;
    rows ??= new Map(table.clusters.map((row) => [row.row, row]));
    for (const cluster of clusters) {
      const row = rows.get(cluster.row);
      const m = cluster[measure];
      if (!row || !m || m.own === null || m.norm === null || m.delta === null || m.basis === null) continue;
      const half = (role: NumericRole) => row.halfUnits?.[role] ?? 0;
      const rateRole = `${measure}.${m.basis}` as NumericRole;
      const rate = row.values[rateRole] ?? null;
      const driver = driverFor(measure, m.basis, drivers, row.values.workload ?? null) ?? 1;
      const printed = row.values[`${measure}.delta`] ?? null;
      if (printed !== null && deltaCol !== undefined) {
        const tolerance = half(`${measure}.delta`) + half(measure) + half(rateRole) * Math.abs(driver);
        if (Math.abs(m.delta - printed) > tolerance + EPSILON) {
          const cell = a1(deltaCol, cluster.row);
          warnings.push({
            cell,
            message: t.deviationMismatch(
              cell,
              cluster.name,
              show(measure, printed, language),
              show(measure, m.delta, language),
            ),
          });
        }
      }
      const printedPct = row.values[`${measure}.deltaPct`] ?? null;
      if (printedPct !== null && m.deltaPct !== null && pctCol !== undefined && rate !== null && rate !== 0) {
        const relativeRounding = half(rateRole) / Math.abs(rate) + (m.own !== 0 ? half(measure) / Math.abs(m.own) : 0);
        const tolerance = half(`${measure}.deltaPct`) + Math.abs(m.own / m.norm) * relativeRounding;
        if (Math.abs(m.deltaPct - printedPct) > tolerance + EPSILON) {
          const cell = a1(pctCol, cluster.row);
          const pctText = (v: number) => formatPercent(v, language, { sign: true, decimals: 1 });
          warnings.push({
            cell,
            message: t.deviationMismatch(cell, cluster.name, pctText(printedPct), pctText(m.deltaPct)),
          });
        }
      }
    }
  }
  return warnings;
}

/** One note per measure whose norm came from the printed deviation, naming the deviation column. */
export function fromDeviationNotes(
  table: PreparedTable,
  sources: Partial<Record<Measure, 'reference' | 'deviation'>>,
  language: Language,
): Warning[] {
  const t = benchmarkMessages(language);
  return MEASURES.filter((m) => sources[m] === 'deviation').map((measure) => {
    const col = table.roleColumns[`${measure}.delta`] ?? table.roleColumns[`${measure}.deltaPct`];
    return {
      cell: col === undefined ? null : a1(col, table.headerRow),
      message: t.normFromDeviation(measure === 'fte' ? t.measureFormation : t.measureCostsNoun),
    };
  });
}
