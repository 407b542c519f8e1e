// The engine's front door: a grid in, the full comparison out (or one fatal message).
import { a1 } from '../core';
import { attentionPoints } from './attention';
import { DEFAULT_MATERIALITY, resolveBands } from './classify';
import {
  aggregate,
  BASIS_PRECEDENCE,
  compareCluster,
  driverFor,
  groupOf,
  type CompareSettings,
  type Drivers,
} from './compare';
import { benchmarkMessages } from '../../i18n/benchmark-messages';
import { coverageOf, isWholeOrganisation, missingTotal } from './coverage';
import { deviationWarnings, fromDeviationNotes, normSources } from './deviations';
import { formatEuro, formatNumber } from '../../i18n/format';
import type { ParameterKey } from './parameters';
import { checkPlausibility, type PlausibilityFinding, withoutFlagged, withoutImplausible } from './plausibility';
import { noConclusionSentences, plausibilityWarnings } from './plausibility-words';
import { sentences } from './sentences';
import { prepareTable, type PreparedTable } from './table';
import type {
  Aggregate,
  AnalysisOptions,
  AnalysisOutcome,
  AnalysisResult,
  ClusterResult,
  Materiality,
  Measure,
  OverheadShare,
  ParameterSource,
  ParametersUsed,
  ReferenceBasis,
  Coverage,
} from './types';
import type { CellGrid, FatalError, Language, Warning } from '../core';

export interface AnalysisInput {
  /** The table: a selection, an Excel table, or a whole sheet with the table somewhere in it. */
  readonly table: CellGrid;
  /** The sheet's used range, searched for labelled parameters outside the table. */
  readonly sheet?: CellGrid;
}

function sum(values: readonly (number | null | undefined)[]): number | null {
  let total = 0;
  let any = false;
  for (const v of values) {
    if (v !== null && v !== undefined) {
      total += v;
      any = true;
    }
  }
  return any ? total : null;
}

function usable(value: number | undefined): value is number {
  return value !== undefined && Number.isFinite(value) && value > 0;
}

export function resolveParameters(table: PreparedTable, options: AnalysisOptions): ParametersUsed {
  const pick = (key: ParameterKey): { value: number | null; source: ParameterSource } => {
    const explicit = options[key];
    if (usable(explicit)) return { value: explicit, source: { kind: 'explicit' } };
    const fromSheet = table.sheetParameters[key];
    if (fromSheet && fromSheet.value > 0) {
      return { value: fromSheet.value, source: { kind: 'cell', cell: fromSheet.cell, label: fromSheet.label } };
    }
    return { value: null, source: { kind: 'none' } };
  };
  const inhabitants = pick('inhabitants');
  let totalFte = pick('totalFte');
  // A column's sum is the organisation's total only when the table is the whole organisation.
  const whole = isWholeOrganisation(table);
  if (totalFte.value === null && whole) {
    const total = sum(table.clusters.map((c) => c.values.fte));
    if (total !== null && total > 0) totalFte = { value: total, source: { kind: 'sumOfFte' } };
  }
  let fteServed = pick('fteServed');
  if (fteServed.value === null && totalFte.value !== null) {
    fteServed = { value: totalFte.value, source: { kind: 'totalFte' } };
  }
  let totalCosts = pick('totalCosts');
  if (totalCosts.value === null && whole) {
    const total = sum(table.clusters.map((c) => c.values.costs));
    if (total !== null && total > 0) totalCosts = { value: total, source: { kind: 'sumOfCosts' } };
  }
  return {
    inhabitants: inhabitants.value,
    totalFte: totalFte.value,
    fteServed: fteServed.value,
    totalCosts: totalCosts.value,
    sources: {
      inhabitants: inhabitants.source,
      totalFte: totalFte.source,
      fteServed: fteServed.source,
      totalCosts: totalCosts.source,
    },
  };
}

function basesOf(table: PreparedTable, measure: Measure): ReferenceBasis[] {
  return BASIS_PRECEDENCE.filter((basis) => table.roleColumns[`${measure}.${basis}`] !== undefined);
}

function driverWarnings(table: PreparedTable, settings: CompareSettings, language: Language): Warning[] {
  const t = benchmarkMessages(language);
  const warnings: Warning[] = [];
  const driverName = (measure: Measure, basis: ReferenceBasis): string => {
    if (basis === 'share') return measure === 'fte' ? t.driverTotalFte : t.driverTotalCosts;
    if (basis === 'perFte') return t.driverFteServed;
    return t.driverInhabitants;
  };
  for (const measure of ['fte', 'costs'] as const) {
    if (settings.normFrom?.[measure] === 'deviation') continue;
    for (const basis of settings.bases[measure]) {
      // A given norm needs no driver; a missing workload is named per row below.
      if (basis === 'norm' || basis === 'perUnit') continue;
      const column = table.roleColumns[`${measure}.${basis}`];
      if (driverFor(measure, basis, settings.drivers, null) === null && column !== undefined) {
        const header = a1(column, table.headerRow);
        warnings.push({ cell: header, message: t.missingDriver(driverName(measure, basis), header) });
      }
    }
  }
  if (table.roleColumns.workload !== undefined) {
    for (const cluster of table.clusters) {
      if ((cluster.values.workload ?? null) === null) {
        warnings.push({ cell: a1(table.roleColumns.workload, cluster.row), message: t.missingWorkload(cluster.name) });
      }
    }
  }
  return warnings;
}

function totalWarnings(table: PreparedTable, clusters: readonly ClusterResult[], language: Language): Warning[] {
  const t = benchmarkMessages(language);
  const warnings: Warning[] = [];
  for (const total of table.totals) {
    const members = total.group === 'total' ? clusters : groupOf(clusters, total.group);
    for (const measure of ['fte', 'costs'] as const) {
      const written = total.values[measure];
      const column = table.roleColumns[measure];
      if (written === null || written === undefined || column === undefined) continue;
      const computed = sum(members.map((c) => c[measure]?.own)) ?? 0;
      const tolerance = measure === 'fte' ? 0.05 : Math.max(1, Math.abs(computed) * 0.0005);
      if (Math.abs(written - computed) > tolerance) {
        const show = (v: number) => (measure === 'fte' ? formatNumber(v, 2, language) : formatEuro(v, language));
        warnings.push({
          cell: a1(column, total.row),
          message: t.totalMismatch(
            total.name,
            measure === 'fte' ? t.measureFte : t.measureCosts,
            show(written),
            show(computed),
          ),
        });
      }
    }
  }
  return warnings;
}

function negativeWarnings(table: PreparedTable, language: Language): Warning[] {
  const t = benchmarkMessages(language);
  const warnings: Warning[] = [];
  for (const cluster of table.clusters) {
    for (const measure of ['fte', 'costs'] as const) {
      const value = cluster.values[measure];
      const column = table.roleColumns[measure];
      if (value !== null && value !== undefined && value < 0 && column !== undefined) {
        warnings.push({ cell: a1(column, cluster.row), message: t.negativeValue(cluster.name) });
      }
    }
  }
  return warnings;
}

/**
 * Overhead as a share of the same measure. With primary-process clusters in the table the
 * table is the whole; with only overhead clusters the whole is the organisation's total
 * formation, but only when the user gave it (a sum of the overhead column would say 100 %).
 */
function overheadShares(
  totals: { primair: Aggregate | null; overhead: Aggregate | null; total: Aggregate | null },
  parameters: ParametersUsed,
  coverage: Coverage,
): OverheadShare[] {
  const shares: OverheadShare[] = [];
  const overhead = totals.overhead;
  // Some overhead clusters are not "the" overhead: their share of the organisation is no overhead share.
  if (!overhead || coverage === 'someOverhead') return shares;
  for (const measure of ['fte', 'costs'] as const) {
    const oh = overhead[measure];
    if (!oh || oh.compared === 0) continue;
    const definition = measure === 'fte' ? 'shareOfFormation' : 'shareOfApparaatskosten';
    const whole = totals.primair?.[measure];
    if (whole && whole.compared > 0) {
      const all = totals.total?.[measure];
      if (!all) continue;
      shares.push({
        measure,
        definition,
        own: all.own === 0 ? null : oh.own / all.own,
        norm: all.norm === 0 ? null : oh.norm / all.norm,
      });
      continue;
    }
    const total = measure === 'fte' ? parameters.totalFte : parameters.totalCosts;
    const source = measure === 'fte' ? parameters.sources.totalFte : parameters.sources.totalCosts;
    if (total !== null && (source.kind === 'explicit' || source.kind === 'cell')) {
      shares.push({ measure, definition, own: oh.own / total, norm: oh.norm / total });
    }
  }
  return shares;
}

export interface ComputeOptions extends AnalysisOptions {
  readonly language?: Language;
}

/** The comparison of a prepared table; cheap enough to run on every what-if keystroke. */
export function compute(table: PreparedTable, options: ComputeOptions = {}): AnalysisResult {
  const language = options.language ?? 'nl';
  const parameters = resolveParameters(table, options);
  const drivers: Drivers = {
    inhabitants: parameters.inhabitants,
    totalFte: parameters.totalFte,
    fteServed: parameters.fteServed,
    totalCosts: parameters.totalCosts,
  };
  const bands = resolveBands(options.bands);
  const materiality: Materiality = { ...DEFAULT_MATERIALITY, ...options.materiality };
  const bases = { fte: basesOf(table, 'fte'), costs: basesOf(table, 'costs') };
  const normFrom = normSources(table, bases, drivers);
  const settings: CompareSettings = { drivers, bands, materiality, bases, normFrom };
  const clusters = table.clusters.map((row) => compareCluster(row, settings));
  const coverage = coverageOf(table, clusters);
  const totals = {
    primair: aggregate(groupOf(clusters, 'primair'), bands, materiality),
    overhead: aggregate(groupOf(clusters, 'overhead'), bands, materiality),
    total: aggregate(clusters, bands, materiality),
  };
  const overheadShare = overheadShares(totals, parameters, coverage);
  const attention = attentionPoints(clusters, options.attentionCount ?? 3);
  const warnings = [
    ...table.warnings,
    ...fromDeviationNotes(table, normFrom, language),
    ...driverWarnings(table, settings, language),
    ...deviationWarnings(table, clusters, drivers, normFrom, language),
    ...negativeWarnings(table, language),
    ...totalWarnings(table, clusters, language),
  ];
  const parts = {
    table: { sheet: table.sheet, range: table.range, headerRow: table.headerRow },
    coverage,
    columns: table.columns,
    parameters,
    clusters,
    totals,
    overheadShare,
    attention,
  };
  const plausibility = checkPlausibility(parts, table.roleColumns);
  // Aandachtspunten are conclusions too: drawn from the clusters the guard let through.
  const shown =
    plausibility.length === 0
      ? attention
      : attentionPoints(withoutFlagged(clusters, plausibility), options.attentionCount ?? 3);
  const guarded = { ...withoutImplausible({ ...parts, attention: shown }, plausibility), warnings, plausibility };
  return {
    ...parts,
    attention: guarded.attention,
    // A printed deviation that does not reconcile already has its warning (deviations.ts).
    warnings: [...warnings, ...plausibilityWarnings(parts, withoutWarned(plausibility, warnings), language)],
    plausibility,
    sentences: [...noConclusionSentences(parts, plausibility, language), ...sentences(guarded, language)],
  };
}

export type TableOutcome =
  | { readonly ok: true; readonly result: AnalysisResult; readonly table: PreparedTable }
  /** `parameter`: the refusal is about a parameter the user must enter (the pane marks its field). */
  | ({ readonly ok: false; readonly parameter?: 'totalFte' | 'totalCosts' } & FatalError);

/** `analyse`, also returning the prepared table (for what-if and for the write plan). */
export function analyseTable(input: AnalysisInput, options: AnalysisOptions = {}): TableOutcome {
  const language = options.language ?? 'nl';
  const t = benchmarkMessages(language);
  const prepared = prepare(input, options);
  if (!prepared.ok) return prepared;
  const table = prepared.table;
  const hasDeviation = Object.keys(table.roleColumns).some(
    (role) => role.endsWith('.delta') || role.endsWith('.deltaPct'),
  );
  const hasReference = (['fte', 'costs'] as const).some((m) => basesOf(table, m).length > 0);
  if (!hasReference && !hasDeviation) {
    return { ok: false, fatal: true, cell: a1(table.firstColumn, table.headerRow), message: t.noReference };
  }
  const bases = { fte: basesOf(table, 'fte'), costs: basesOf(table, 'costs') };
  const parameters = resolveParameters(table, options);
  const missing = missingTotal(table, bases, normSources(table, bases, parameters), parameters, language);
  if (missing) return { ok: false, ...missing };
  const result = compute(table, options);
  const compared = result.clusters.some((c) => c.fte?.norm != null || c.costs?.norm != null);
  if (!compared) {
    const driverProblem = result.warnings.find((w) => w.cell !== null && !table.warnings.includes(w));
    return {
      ok: false,
      fatal: true,
      cell: driverProblem?.cell ?? null,
      message: driverProblem?.message ?? t.nothingComparable,
    };
  }
  return { ok: true, result, table };
}

export function analyse(input: AnalysisInput, options: AnalysisOptions = {}): AnalysisOutcome {
  const outcome = analyseTable(input, options);
  return outcome.ok ? { ok: true, result: outcome.result } : outcome;
}

/** Prepare once, compute many times (what-if). */
export function prepare(input: AnalysisInput, options: AnalysisOptions = {}) {
  return prepareTable(
    input.table,
    {
      overrides: options.overrides,
      language: options.language ?? 'nl',
      decimal: options.decimal,
      headerRow: options.headerRow,
    },
    input.sheet,
  );
}

function withoutWarned(findings: readonly PlausibilityFinding[], warnings: readonly Warning[]): PlausibilityFinding[] {
  const warned = new Set(warnings.map((w) => w.cell));
  return findings.filter((f) => f.rule !== 'printedMismatch' || !f.cells.some((cell) => warned.has(cell)));
}
