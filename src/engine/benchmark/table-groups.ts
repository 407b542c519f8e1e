// Rows that name a group: a total row named for one ("Totaal overhead") categorises the rows
// it sums, and a group-named row with figures among clusters is their subtotal (or a cluster).
import type { Category } from '../core';
import type { ClusterRow, TotalRow } from './table';

/**
 * A total row named for a group ("Totaal overhead") says the rows it sums (those since the
 * previous total row) are that group, unless a section row or category column already said.
 */
export function categoriseByTotal(clusters: ClusterRow[], from: number, group: Category): void {
  for (let i = from; i < clusters.length; i += 1) {
    const cluster = clusters[i];
    if (cluster) clusters[i] = { ...cluster, category: group };
  }
}

/**
 * Group-named rows with figures among ordinary clusters: a row that sums the clusters under it
 * (to rounding) is a subtotal, checked like a total row and never counted twice; any other is a
 * cluster that happens to be named "Overhead", as before.
 */
export function withSubtotals(aggregates: readonly ClusterRow[], clusters: readonly ClusterRow[], totals: TotalRow[]) {
  const out = [...clusters];
  aggregates.forEach((a, i) => {
    const next = aggregates[i + 1]?.row ?? Infinity;
    const members = clusters.filter((c) => c.row > a.row && c.row < next);
    const sums = (['fte', 'costs'] as const).filter((m) => a.values[m] != null);
    const isSubtotal =
      members.length > 0 &&
      sums.length > 0 &&
      sums.every((m) => {
        const sum = members.reduce((acc, c) => acc + (c.values[m] ?? 0), 0);
        return Math.abs(sum - (a.values[m] ?? 0)) <= (m === 'fte' ? 0.05 : Math.max(1, Math.abs(sum) * 0.0005));
      });
    if (isSubtotal) {
      const values = { fte: a.values.fte ?? null, costs: a.values.costs ?? null };
      totals.push({ name: a.name, row: a.row, group: a.category ?? 'total', values });
    } else {
      const { aggregate: _aggregate, ...cluster } = a;
      out.push(cluster);
    }
  });
  return out.sort((x, y) => x.row - y.row);
}
