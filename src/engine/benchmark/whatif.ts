// What-if: change a cluster's fte or costs and see every deviation and sentence follow. The
// table is parsed once; each edit only recomputes, which is linear in the number of clusters.
import { compute, type ComputeOptions } from './analyse';
import { normFromDeviation } from './compare';
import type { ClusterRow, PreparedTable } from './table';
import type { AnalysisResult, Measure } from './types';

export interface WhatIfEdit {
  /** 1-based sheet row of the cluster. */
  readonly row: number;
  readonly measure: Measure;
  /** The new own value; null clears it. */
  readonly value: number | null;
}

export interface ClusterChange {
  readonly name: string;
  readonly row: number;
  readonly measure: Measure;
  readonly before: { readonly own: number | null; readonly delta: number | null; readonly deltaPct: number | null };
  readonly after: { readonly own: number | null; readonly delta: number | null; readonly deltaPct: number | null };
}

export interface WhatIfResult {
  readonly result: AnalysisResult;
  readonly changes: readonly ClusterChange[];
  /** Sentences that differ from the base, in their new wording. */
  readonly changedSentences: readonly string[];
  /** Edits naming a row that is not a cluster of the table. */
  readonly unknownRows: readonly number[];
}

export function applyEdits(table: PreparedTable, edits: readonly WhatIfEdit[]): PreparedTable {
  if (edits.length === 0) return table;
  const byRow = new Map<number, WhatIfEdit[]>();
  for (const edit of edits) byRow.set(edit.row, [...(byRow.get(edit.row) ?? []), edit]);
  const clusters = table.clusters.map((cluster): ClusterRow => {
    const mine = byRow.get(cluster.row);
    if (!mine) return cluster;
    const values = { ...cluster.values };
    for (const edit of mine) {
      // A norm derived from a printed deviation stays the norm: the deviation moves with the edit.
      const norm = normFromDeviation(cluster, edit.measure);
      values[edit.measure] = edit.value;
      if (norm !== null && edit.value !== null) {
        if (values[`${edit.measure}.delta`] != null) values[`${edit.measure}.delta`] = edit.value - norm;
        if (values[`${edit.measure}.deltaPct`] != null && norm !== 0) {
          values[`${edit.measure}.deltaPct`] = edit.value / norm - 1;
        }
      }
    }
    return { ...cluster, values };
  });
  return { ...table, clusters };
}

export function whatIf(
  table: PreparedTable,
  base: AnalysisResult,
  edits: readonly WhatIfEdit[],
  options: ComputeOptions = {},
): WhatIfResult {
  const rows = new Set(table.clusters.map((c) => c.row));
  const result = compute(applyEdits(table, edits), options);
  const changes: ClusterChange[] = [];
  base.clusters.forEach((before, i) => {
    const after = result.clusters[i];
    if (!after) return;
    for (const measure of ['fte', 'costs'] as const) {
      const b = before[measure];
      const a = after[measure];
      if (!b || !a || (b.own === a.own && b.delta === a.delta && b.norm === a.norm)) continue;
      changes.push({
        name: after.name,
        row: after.row,
        measure,
        before: { own: b.own, delta: b.delta, deltaPct: b.deltaPct },
        after: { own: a.own, delta: a.delta, deltaPct: a.deltaPct },
      });
    }
  });
  const baseSentences = new Set(base.sentences);
  return {
    result,
    changes,
    changedSentences: result.sentences.filter((s) => !baseSentences.has(s)),
    unknownRows: [...new Set(edits.map((e) => e.row).filter((row) => !rows.has(row)))],
  };
}
