// Aandachtspunten: the clusters with the largest deviations beyond "nagenoeg gelijk", listed
// separately for higher and lower. Costs when the table compares costs, otherwise formation.
import type { AttentionPoint, ClusterResult, Measure } from './types';

export function attentionMeasure(clusters: readonly ClusterResult[]): Measure {
  return clusters.some((c) => c.costs?.delta != null) ? 'costs' : 'fte';
}

export function attentionPoints(
  clusters: readonly ClusterResult[],
  count: number,
): { higher: AttentionPoint[]; lower: AttentionPoint[] } {
  const measure = attentionMeasure(clusters);
  const points: AttentionPoint[] = [];
  for (const cluster of clusters) {
    const m = cluster[measure];
    if (!m || m.delta === null || m.class === null || m.class === 'nagenoeg gelijk') continue;
    points.push({
      name: cluster.name,
      row: cluster.row,
      measure,
      delta: m.delta,
      deltaPct: m.deltaPct,
      note: cluster.note,
    });
  }
  const higher = points.filter((p) => p.delta > 0).sort((a, b) => b.delta - a.delta || a.row - b.row);
  const lower = points.filter((p) => p.delta < 0).sort((a, b) => a.delta - b.delta || a.row - b.row);
  return { higher: higher.slice(0, Math.max(0, count)), lower: lower.slice(0, Math.max(0, count)) };
}
