// The write plan: a declarative description of everything IJkpunt writes next to a table —
// deviation columns as live formulas over the user's cells, a labelled parameter block with
// defined names, a summary block, number formats, conditional formats and chart specs. One
// plan, two renderers (the add-in in the open workbook, and the .xlsx file), so the sheet and
// the file cannot drift apart.
//
// Every figure is a formula with invariant (English) function names; the plan also carries
// the engine's value for each cell, which renderers store as the cached result.
import { a1, columnLetters, gridOrigin } from '../core';
import { benchmarkTexts } from '../../i18n/benchmark';
import { benchmarkMessages } from '../../i18n/benchmark-messages';
import { colourTone, DEFAULT_DIRECTION, resolveBands } from './classify';
import type { NumericRole, PreparedTable } from './table';
import type { AnalysisOptions, AnalysisResult, ClusterResult, Measure, ReferenceBasis } from './types';
import type { CellGrid, Warning } from '../core';
import {
  NUMBER_FORMATS,
  type PlanBlockCell,
  type PlanCell,
  type PlanChart,
  type PlanColumn,
  type PlanConditionalFormat,
  type PlanName,
  type PlanValue,
  type Tone,
  type WritePlan,
} from '../../plan';

/** What a benchmark column holds. */
export type ColumnKey =
  'category' | `${Measure}.${'norm' | 'delta' | 'deltaPct' | 'class'}` | 'costsPerFte.own' | 'costsPerFte.norm';

/** Defined names are per sheet so that several analysed sheets can live in one workbook. */
export function namePrefix(sheet: string): string {
  return `IJK_${sheet.replace(/[^A-Za-z0-9_]/g, '_')}_`;
}

type ParamKey =
  | 'inhabitants'
  | 'totalFte'
  | 'fteServed'
  | 'totalCosts'
  | 'bandSimilar'
  | 'bandLarge'
  | 'materialityFte'
  | 'materialityCosts';

const PARAM_KEYS: readonly ParamKey[] = [
  'inhabitants',
  'totalFte',
  'fteServed',
  'totalCosts',
  'bandSimilar',
  'bandLarge',
  'materialityFte',
  'materialityCosts',
];

const PARAM_NAME: Record<ParamKey, string> = {
  inhabitants: 'Inwoners',
  totalFte: 'TotaleFormatie',
  fteServed: 'BedieneFte',
  totalCosts: 'TotaleKosten',
  bandSimilar: 'GrensGelijk',
  bandLarge: 'GrensRuim',
  materialityFte: 'MaterialiteitFte',
  materialityCosts: 'MaterialiteitKosten',
};

/** Runs of consecutive rows, so sums over cluster rows skip sections and total rows. */
function runs(rows: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const row of rows) {
    const last = out[out.length - 1];
    if (last && row === last[1] + 1) last[1] = row;
    else out.push([row, row]);
  }
  return out;
}

function sumOver(col: number, rows: readonly number[]): string {
  const letters = columnLetters(col);
  const parts = runs(rows).map(([from, to]) =>
    from === to ? `${letters}${from}` : `${letters}${from}:${letters}${to}`,
  );
  return `SUM(${parts.join(',')})`;
}

const MAX_FORMULA = 8000;

/** A bar chart with more bars than this is unreadable in a task pane or beside a table. */
export const MAX_CHART_POINTS = 30;

function driverName(basis: ReferenceBasis, measure: Measure, names: Record<ParamKey, string>): string | null {
  switch (basis) {
    case 'norm':
    case 'perUnit':
      return null;
    case 'share':
      return measure === 'fte' ? names.totalFte : names.totalCosts;
    case 'perInhabitant':
      return names.inhabitants;
    case 'per1000':
      return `${names.inhabitants}/1000`;
    case 'perFte':
      return names.fteServed;
  }
}

function isTextNumber(grid: CellGrid, originCol: number, originRow: number, col: number, row: number): string | null {
  const cell = grid.cells[row - originRow]?.[col - originCol];
  return typeof cell === 'string' && cell.trim() !== '' ? cell : null;
}

export interface PlanInput {
  readonly table: PreparedTable;
  readonly result: AnalysisResult;
  /** The grid the table was read from, to find numbers typed as text. */
  readonly grid: CellGrid;
  readonly options?: AnalysisOptions;
}

export function buildPlan({ table, result, grid, options = {} }: PlanInput): WritePlan {
  const language = options.language ?? 'nl';
  const texts = benchmarkTexts(language);
  const t = texts.sheet;
  const groupName = texts.groups;
  const classes = texts.classes;
  const messages = benchmarkMessages(language);
  const bands = resolveBands(options.bands);
  const prefix = namePrefix(table.sheet);
  const names = Object.fromEntries(PARAM_KEYS.map((k) => [k, `${prefix}${PARAM_NAME[k]}`])) as Record<ParamKey, string>;
  const origin = gridOrigin(grid);
  const warnings: Warning[] = [];

  const firstRow = table.headerRow + 1;
  const lastRow = table.lastRow;
  const clusterRows = result.clusters.map((c) => c.row);
  const byRow = new Map(result.clusters.map((c) => [c.row, c]));
  const roleCol = (role: NumericRole | 'fte' | 'costs'): number | undefined => table.roleColumns[role];
  const ref = (col: number, row: number) => a1(col, row);

  let nextCol = table.lastColumn + 1;
  const columns: PlanColumn[] = [];
  const addColumn = (
    key: ColumnKey,
    header: string,
    numberFormat: string | null,
    cell: (cluster: ClusterResult, row: number) => { formula: string | null; value: PlanValue },
  ): number => {
    const col = nextCol;
    nextCol += 1;
    const cells: PlanCell[] = [];
    for (let row = firstRow; row <= lastRow; row += 1) {
      const cluster = byRow.get(row);
      cells.push(cluster ? { row, ...cell(cluster, row) } : { row, formula: null, value: null });
    }
    columns.push({ key, header, col, numberFormat, cells });
    return col;
  };

  const categoryLabel = (c: ClusterResult) =>
    c.category === 'primair' ? groupName.primair : c.category === 'overhead' ? groupName.overhead : '';
  const categoryCol = addColumn('category', t.category, null, (c) => ({ formula: null, value: categoryLabel(c) }));

  // Cells of the user's own table that hold numbers as text: formulas cannot use them.
  const textWarned = new Set<string>();
  const warnText = (col: number | undefined, row: number) => {
    if (col === undefined) return;
    const text = isTextNumber(grid, origin.col, origin.row, col, row);
    const address = ref(col, row);
    if (text !== null && !textWarned.has(address)) {
      textWarned.add(address);
      warnings.push({ cell: address, message: messages.numberAsText(address, text) });
    }
  };

  const deltaCols: Partial<Record<Measure, { delta: number; pct: number; norm: number }>> = {};
  for (const measure of ['fte', 'costs'] as const) {
    const ownCol = roleCol(measure);
    const basis = result.clusters.find((c) => c[measure]?.basis)?.[measure]?.basis ?? null;
    if (ownCol === undefined || basis === null) continue;
    const rateCol = roleCol(`${measure}.${basis}` as NumericRole);
    if (rateCol === undefined) continue;
    const workloadCol = roleCol('workload');
    const points = table.percentPoints.includes(`${measure}.${basis}` as NumericRole);
    const driver = driverName(basis, measure, names);
    const fmt = measure === 'fte' ? NUMBER_FORMATS.fte : NUMBER_FORMATS.euro;
    const fmtDelta = measure === 'fte' ? NUMBER_FORMATS.fteDelta : NUMBER_FORMATS.euroDelta;
    // Numbers typed as text are warned about once, and their rows remembered, per measure.
    const textRows = new Set<number>();
    for (const cluster of result.clusters) {
      warnText(ownCol, cluster.row);
      warnText(rateCol, cluster.row);
      if (basis === 'perUnit') warnText(workloadCol, cluster.row);
      const own = isTextNumber(grid, origin.col, origin.row, ownCol, cluster.row);
      const rate = isTextNumber(grid, origin.col, origin.row, rateCol, cluster.row);
      if (own !== null || rate !== null) textRows.add(cluster.row);
    }
    const formulaValue = (
      cluster: ClusterResult,
      row: number,
      pick: (m: NonNullable<ClusterResult['fte']>) => PlanValue,
    ) => {
      const m = cluster[measure];
      return { m, typedAsText: textRows.has(row), value: m ? pick(m) : null };
    };

    const normCol = addColumn(`${measure}.norm`, t.norm[measure], fmt, (cluster, row) => {
      const r = ref(rateCol, row);
      const rate = points ? `${r}/100` : r;
      let formula: string;
      if (basis === 'norm') formula = `IF(ISNUMBER(${r}),${r},"")`;
      else if (basis === 'perUnit') {
        const w = ref(workloadCol ?? rateCol, row);
        formula = `IF(AND(ISNUMBER(${r}),ISNUMBER(${w})),${rate}*${w},"")`;
      } else formula = `IF(ISNUMBER(${r}),${rate}*${driver},"")`;
      const { value, typedAsText } = formulaValue(cluster, row, (m) => m.norm);
      const rateIsText = isTextNumber(grid, origin.col, origin.row, rateCol, row) !== null;
      return { formula, value: rateIsText || (typedAsText && value === null) ? '' : (value ?? '') };
    });
    const deltaCol = addColumn(`${measure}.delta`, t.delta[measure], fmtDelta, (cluster, row) => {
      const own = ref(ownCol, row);
      const norm = ref(normCol, row);
      const { value, typedAsText } = formulaValue(cluster, row, (m) => m.delta);
      return {
        formula: `IF(AND(ISNUMBER(${own}),ISNUMBER(${norm})),${own}-${norm},"")`,
        value: typedAsText ? '' : (value ?? ''),
      };
    });
    const pctCol = addColumn(`${measure}.deltaPct`, t.deltaPct[measure], NUMBER_FORMATS.pctDelta, (cluster, row) => {
      const d = ref(deltaCol, row);
      const n = ref(normCol, row);
      const { value, typedAsText } = formulaValue(cluster, row, (m) => m.deltaPct);
      return {
        formula: `IF(AND(ISNUMBER(${d}),ISNUMBER(${n})),IF(${n}=0,"${t.na}",${d}/${n}),"${t.na}")`,
        value: typedAsText ? t.na : (value ?? t.na),
      };
    });
    const materiality = measure === 'fte' ? names.materialityFte : names.materialityCosts;
    addColumn(`${measure}.class`, t.class[measure], null, (cluster, row) => {
      const p = ref(pctCol, row);
      const d = ref(deltaCol, row);
      const c = classes;
      const { value, typedAsText } = formulaValue(cluster, row, (m) => (m.class ? classes[m.class] : null));
      return {
        formula:
          `IF(ISNUMBER(${p}),IF(OR(ABS(${p})<${names.bandSimilar},ABS(${d})<${materiality}),"${c['nagenoeg gelijk']}",` +
          `IF(${p}>0,IF(${p}<${names.bandLarge},"${c.hoger}","${c['ruim hoger']}"),` +
          `IF(-${p}<${names.bandLarge},"${c.lager}","${c['ruim lager']}"))),"")`,
        value: typedAsText ? '' : (value ?? ''),
      };
    });
    deltaCols[measure] = { delta: deltaCol, pct: pctCol, norm: normCol };
  }

  const fteCols = deltaCols.fte;
  const costCols = deltaCols.costs;
  const fteOwnCol = roleCol('fte');
  const costOwnCol = roleCol('costs');
  if (fteCols && costCols && fteOwnCol !== undefined && costOwnCol !== undefined) {
    addColumn('costsPerFte.own', t.costsPerFte, NUMBER_FORMATS.euro, (cluster, row) => {
      const f = ref(fteOwnCol, row);
      const k = ref(costOwnCol, row);
      return {
        formula: `IF(AND(ISNUMBER(${k}),ISNUMBER(${f})),IF(${f}=0,"",${k}/${f}),"")`,
        value: cluster.costsPerFte?.own ?? '',
      };
    });
    addColumn('costsPerFte.norm', t.normCostsPerFte, NUMBER_FORMATS.euro, (cluster, row) => {
      const f = ref(fteCols.norm, row);
      const k = ref(costCols.norm, row);
      return {
        formula: `IF(AND(ISNUMBER(${k}),ISNUMBER(${f})),IF(${f}=0,"",${k}/${f}),"")`,
        value: cluster.costsPerFte?.norm ?? '',
      };
    });
  }

  // Parameter block: right of the columns, one blank column between, from the header row down.
  const labelCol = nextCol + 1;
  const valueCol = labelCol + 1;
  const parameters: PlanBlockCell[] = [];
  const planNames: PlanName[] = [];
  const block = (
    row: number,
    col: number,
    value: PlanValue,
    formula: string | null,
    numberFormat: string | null,
    bold = false,
  ) => ({ row, col, value, formula, numberFormat, bold }) satisfies PlanBlockCell;
  parameters.push(block(table.headerRow, labelCol, t.parameters, null, null, true));
  const p = result.parameters;
  const sumRows = (col: number | undefined) => {
    if (col === undefined) return null;
    const formula = sumOver(col, clusterRows);
    return formula.length <= MAX_FORMULA ? formula : null;
  };
  const paramRows: [ParamKey, string, PlanValue, string | null, string][] = [];
  const sourced = (
    key: 'inhabitants' | 'totalFte' | 'fteServed' | 'totalCosts',
    sumCol?: number,
  ): [PlanValue, string | null] => {
    const source = p.sources[key];
    const value = p[key];
    if (source.kind === 'cell') return [value, source.cell];
    if (source.kind === 'sumOfFte' || source.kind === 'sumOfCosts') return [value, sumRows(sumCol)];
    if (source.kind === 'totalFte') return [value, names.totalFte];
    return [value, null];
  };
  const [inh, inhF] = sourced('inhabitants');
  const [tf, tfF] = sourced('totalFte', fteOwnCol);
  const [fs, fsF] = sourced('fteServed');
  const [tc, tcF] = sourced('totalCosts', costOwnCol);
  paramRows.push(['inhabitants', t.parameter.inhabitants, inh, inhF, '#,##0']);
  paramRows.push(['totalFte', t.parameter.totalFte, tf, tfF, '0.00']);
  paramRows.push(['fteServed', t.parameter.fteServed, fs, fsF, '0.00']);
  paramRows.push(['totalCosts', t.parameter.totalCosts, tc, tcF, '#,##0']);
  paramRows.push(['bandSimilar', t.parameter.bandSimilar, bands.similar, null, '0%']);
  paramRows.push(['bandLarge', t.parameter.bandLarge, bands.large, null, '0%']);
  paramRows.push(['materialityFte', t.parameter.materialityFte, options.materiality?.fte ?? 0, null, '0.0']);
  paramRows.push(['materialityCosts', t.parameter.materialityCosts, options.materiality?.costs ?? 0, null, '#,##0']);
  paramRows.forEach(([key, label, value, formula, fmt], i) => {
    const row = table.headerRow + 1 + i;
    parameters.push(block(row, labelCol, label, null, null));
    parameters.push(block(row, valueCol, value ?? '', formula, fmt));
    planNames.push({ name: names[key], ref: `$${columnLetters(valueCol)}$${row}` });
  });

  // Summary block below the parameters: primary process, overhead and total, as SUMIFS over
  // IJkpunt's category column, counting only clusters whose Δ is a number (as the engine does).
  const summary: PlanBlockCell[] = [];
  const top = table.headerRow + paramRows.length + 2;
  const catRange = `$${columnLetters(categoryCol)}$${firstRow}:$${columnLetters(categoryCol)}$${lastRow}`;
  const colRange = (col: number) => `$${columnLetters(col)}$${firstRow}:$${columnLetters(col)}$${lastRow}`;
  const headers = [t.summary];
  const measures = (['fte', 'costs'] as const).filter((m) => deltaCols[m] && roleCol(m) !== undefined);
  for (const m of measures)
    headers.push(
      m === 'fte' ? t.summaryMeasure.fte : t.summaryMeasure.costs,
      t.summaryNorm,
      t.summaryDelta,
      t.summaryPct,
    );
  headers.forEach((h, i) => summary.push(block(top, labelCol + i, h, null, null, true)));
  const groups: ['primair' | 'overhead' | 'total', string][] = [
    ['primair', groupName.primair],
    ['overhead', groupName.overhead],
    ['total', groupName.total],
  ];
  groups.forEach(([key, label], gi) => {
    const row = top + 1 + gi;
    summary.push(block(row, labelCol, label, null, null, key === 'total'));
    let col = labelCol + 1;
    for (const m of measures) {
      const cols = deltaCols[m];
      const own = roleCol(m);
      if (!cols || own === undefined) continue;
      const agg = result.totals[key]?.[m] ?? null;
      const criteria =
        key === 'total' ? '' : `,${catRange},"${key === 'primair' ? groupName.primair : groupName.overhead}"`;
      const numeric = `,${colRange(cols.delta)},">=-1E+300"`;
      const ownF = `SUMIFS(${colRange(own)}${criteria}${numeric})`;
      const normF = `SUMIFS(${colRange(cols.norm)}${criteria}${numeric})`;
      const deltaF = `SUMIFS(${colRange(cols.delta)}${criteria}${numeric})`;
      const normCell = a1(col + 1, row);
      const deltaCell = a1(col + 2, row);
      const fmt = m === 'fte' ? NUMBER_FORMATS.fte : NUMBER_FORMATS.euro;
      const fmtD = m === 'fte' ? NUMBER_FORMATS.fteDelta : NUMBER_FORMATS.euroDelta;
      summary.push(block(row, col, agg?.own ?? 0, ownF, fmt));
      summary.push(block(row, col + 1, agg?.norm ?? 0, normF, fmt));
      summary.push(block(row, col + 2, agg?.delta ?? 0, deltaF, fmtD));
      summary.push(
        block(
          row,
          col + 3,
          agg?.deltaPct ?? t.na,
          `IF(${normCell}=0,"${t.na}",${deltaCell}/${normCell})`,
          NUMBER_FORMATS.pctDelta,
        ),
      );
      col += 4;
    }
  });
  // Overhead share, only where the engine computed it (it names the definition).
  const shareRow = top + 1 + groups.length;
  let shareWritten = false;
  let shareCol = labelCol + 1;
  for (const m of measures) {
    const share = result.overheadShare.find((s) => s.measure === m);
    if (share && share.own !== null && share.norm !== null) {
      const ohRow = top + 2;
      const totalRow = top + 3;
      const withPrimary = result.totals.primair?.[m] != null && (result.totals.primair?.[m]?.compared ?? 0) > 0;
      const denomOwn = withPrimary ? a1(shareCol, totalRow) : m === 'fte' ? names.totalFte : names.totalCosts;
      const denomNorm = withPrimary ? a1(shareCol + 1, totalRow) : m === 'fte' ? names.totalFte : names.totalCosts;
      summary.push(block(shareRow, shareCol, share.own, `${a1(shareCol, ohRow)}/${denomOwn}`, NUMBER_FORMATS.share));
      summary.push(
        block(shareRow, shareCol + 1, share.norm, `${a1(shareCol + 1, ohRow)}/${denomNorm}`, NUMBER_FORMATS.share),
      );
      shareWritten = true;
    }
    shareCol += 4;
  }
  if (shareWritten) summary.push(block(shareRow, labelCol, t.overheadShare, null, null));

  // Conditional formats (IBCS): costs inverted (more is unfavourable), fte neutral unless chosen.
  const conditionalFormats: PlanConditionalFormat[] = [];
  let priority = 1;
  for (const m of measures) {
    const cols = deltaCols[m];
    if (!cols) continue;
    const direction = options.direction?.[m] ?? (m === 'costs' ? 'higherIsUnfavourable' : 'neutral');
    const pctRef = `${columnLetters(cols.pct)}${firstRow}`;
    const range = `${a1(cols.delta, firstRow)}:${a1(cols.pct, lastRow)}`;
    const materiality = m === 'fte' ? names.materialityFte : names.materialityCosts;
    const deltaRef = `$${columnLetters(cols.delta)}${firstRow}`;
    const pctAbs = `$${pctRef}`;
    conditionalFormats.push({
      range,
      formula: `AND(ISNUMBER(${pctAbs}),OR(ABS(${pctAbs})<${names.bandSimilar},ABS(${deltaRef})<${materiality}))`,
      tone: 'similar',
      priority: priority++,
    });
    if (direction !== 'neutral') {
      const up = direction === 'higherIsUnfavourable' ? 'unfavourable' : 'favourable';
      const down = up === 'unfavourable' ? 'favourable' : 'unfavourable';
      conditionalFormats.push({
        range,
        formula: `AND(ISNUMBER(${pctAbs}),${pctAbs}>0)`,
        tone: up,
        priority: priority++,
      });
      conditionalFormats.push({
        range,
        formula: `AND(ISNUMBER(${pctAbs}),${pctAbs}<0)`,
        tone: down,
        priority: priority++,
      });
    }
  }

  // Charts reference the written ranges. The variance charts read a small block sorted by the
  // deviation (largest first, at most MAX_CHART_POINTS clusters by size), whose cells are
  // formulas over the deviation columns; the charts sit below it, never over data.
  const charts: PlanChart[] = [];
  const labelColumn = table.roleColumns.cluster ?? table.firstColumn;
  const toneOfCluster = (c: ClusterResult, m: Measure): Tone =>
    colourTone(c[m]?.class ?? null, options.direction?.[m] ?? DEFAULT_DIRECTION[m]);
  const chartMeasure: Measure | null = costCols ? 'costs' : fteCols ? 'fte' : null;
  let blockBottom = Math.max(shareRow, table.headerRow + paramRows.length);
  const chartCols = chartMeasure ? deltaCols[chartMeasure] : undefined;
  if (chartMeasure && chartCols) {
    const delta = (c: ClusterResult) => c[chartMeasure]?.delta ?? null;
    const sorted = result.clusters
      .filter((c) => delta(c) !== null)
      .sort((a, b) => Math.abs(delta(b) ?? 0) - Math.abs(delta(a) ?? 0))
      .slice(0, MAX_CHART_POINTS)
      .sort((a, b) => (delta(b) ?? 0) - (delta(a) ?? 0) || a.row - b.row);
    const dataTop = top + 6;
    [t.chartData, t.delta[chartMeasure], t.deltaPct[chartMeasure]].forEach((h, i) =>
      summary.push(block(dataTop, labelCol + i, h, null, null, true)),
    );
    sorted.forEach((c, i) => {
      const row = dataTop + 1 + i;
      const m = c[chartMeasure];
      summary.push(block(row, labelCol, c.name, a1(labelColumn, c.row), null));
      summary.push(
        block(
          row,
          labelCol + 1,
          m?.delta ?? '',
          a1(chartCols.delta, c.row),
          chartMeasure === 'fte' ? NUMBER_FORMATS.fteDelta : NUMBER_FORMATS.euroDelta,
        ),
      );
      summary.push(block(row, labelCol + 2, m?.deltaPct ?? t.na, a1(chartCols.pct, c.row), NUMBER_FORMATS.pctDelta));
    });
    const dataBottom = dataTop + Math.max(1, sorted.length);
    blockBottom = dataBottom;
    const chartTop = dataBottom + 2;
    const names = `${a1(labelCol, dataTop + 1)}:${a1(labelCol, dataBottom)}`;
    const tones = sorted.map((c) => toneOfCluster(c, chartMeasure));
    charts.push({
      kind: 'varianceBar',
      title: chartMeasure === 'costs' ? t.chartVariance : t.delta.fte,
      categories: names,
      series: [
        { name: t.delta[chartMeasure], values: `${a1(labelCol + 1, dataTop + 1)}:${a1(labelCol + 1, dataBottom)}` },
      ],
      pointTones: tones,
      anchor: a1(labelCol, chartTop),
      width: 8,
      height: 16,
    });
    charts.push({
      kind: 'percentBar',
      title: t.chartPct,
      categories: names,
      series: [
        { name: t.deltaPct[chartMeasure], values: `${a1(labelCol + 2, dataTop + 1)}:${a1(labelCol + 2, dataBottom)}` },
      ],
      pointTones: tones,
      anchor: a1(labelCol + 9, chartTop),
      width: 8,
      height: 16,
    });
    const ownCol = labelCol + 1 + measures.indexOf(chartMeasure) * 4;
    charts.push({
      kind: 'ownVsNorm',
      title: t.chartOwnNorm,
      categories: `${a1(labelCol, top + 1)}:${a1(labelCol, top + 2)}`,
      series: [
        { name: t.own, values: `${a1(ownCol, top + 1)}:${a1(ownCol, top + 2)}` },
        { name: t.summaryNorm, values: `${a1(ownCol + 1, top + 1)}:${a1(ownCol + 1, top + 2)}` },
      ],
      pointTones: [],
      anchor: a1(labelCol + 18, chartTop),
      width: 7,
      height: 16,
    });
  }

  const lastColumnWritten = Math.max(nextCol - 1, ...summary.map((c) => c.col), valueCol);
  const owned = [
    `${a1(table.lastColumn + 1, table.headerRow)}:${a1(nextCol - 1, lastRow)}`,
    `${a1(labelCol, table.headerRow)}:${a1(lastColumnWritten, blockBottom)}`,
  ];

  return {
    sheet: table.sheet,
    language,
    headerRow: table.headerRow,
    firstRow,
    lastRow,
    columns,
    names: planNames,
    cells: [...parameters, ...summary],
    conditionalFormats,
    charts,
    owned,
    warnings,
    widths: [{ col: labelCol, chars: 26 }],
  };
}
