// What a table covers, so IJkpunt says no more than it: the whole organisation, the whole
// overhead, only some overhead clusters, or the aggregates themselves. And the one refusal that
// follows from it: a share of the organisation's total cannot be taken of a part of it.
import { a1, type FatalError, type Language } from '../core';
import { benchmarkMessages } from '../../i18n/benchmark-messages';
import { formatNumber } from '../../i18n/format';
import type { ClusterRow, PreparedTable } from './table';
import type { Coverage, Measure, ParametersUsed, ReferenceBasis } from './types';

export function coverageOf(table: PreparedTable, clusters: readonly Pick<ClusterRow, 'category'>[]): Coverage {
  if (table.coverage.aggregates) return 'aggregates';
  const primair = clusters.some((c) => c.category === 'primair');
  const overhead = clusters.some((c) => c.category === 'overhead');
  if (primair && overhead) return 'organisation';
  if (overhead && clusters.every((c) => c.category === 'overhead')) {
    return table.coverage.declared ? 'overhead' : 'someOverhead';
  }
  return 'unknown';
}

/**
 * Whether the table's own rows add up to the organisation: it has primary-process rows (or no
 * categories at all, when nothing says otherwise). Only then is the sum of a column a total.
 */
export function isWholeOrganisation(table: PreparedTable): boolean {
  const clusters = table.clusters;
  return clusters.some((c) => c.category === 'primair') || clusters.every((c) => c.category === null);
}

/**
 * A share-of-total norm needs the organisation's total; a table of overhead clusters alone does
 * not hold it, so without a total given IJkpunt refuses (and says what to enter) instead of
 * taking the column's sum. Null when nothing is missing.
 */
export function missingTotal(
  table: PreparedTable,
  bases: Readonly<Record<Measure, readonly ReferenceBasis[]>>,
  sources: Partial<Record<Measure, 'reference' | 'deviation'>>,
  parameters: ParametersUsed,
  language: Language,
): (FatalError & { readonly parameter: 'totalFte' | 'totalCosts' }) | null {
  if (isWholeOrganisation(table)) return null;
  const t = benchmarkMessages(language);
  for (const measure of ['fte', 'costs'] as const) {
    if (bases[measure][0] !== 'share' || sources[measure] === 'deviation') continue;
    const total = measure === 'fte' ? parameters.totalFte : parameters.totalCosts;
    if (total !== null) continue;
    const col = table.roleColumns[`${measure}.share`];
    const column = table.columns.find((c) => c.role === `${measure}.share`);
    const cell = col === undefined ? null : a1(col, table.headerRow);
    const header = column?.header ?? '';
    if (measure === 'fte') {
      const sum = table.clusters.reduce((acc, c) => acc + (c.values.fte ?? 0), 0);
      const message = t.totalFteNeeded(header, cell ?? '', formatNumber(sum, 2, language));
      return { fatal: true, cell, message, parameter: 'totalFte' };
    }
    return { fatal: true, cell, message: t.totalCostsNeeded(header, cell ?? ''), parameter: 'totalCosts' };
  }
  return null;
}
