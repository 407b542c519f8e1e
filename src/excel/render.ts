// Renders a compact plan into the sheet with Office.js. Two syncs: one to check the target
// cells (never over the user's data) and to learn which of IJkpunt's old names and charts
// exist, one to write everything with calculation and events suspended.
import { inBoxes, parseA1, parseRange } from '../engine/address';
import type { PlanChart, Tone } from '../engine/plan';
import { cellAddress, columnRange, type CompactPlan } from './compact';
import { supports } from './requirements';

export type Palette = 'standard' | 'colourBlind';

const TONES: Record<Palette, Record<Tone, { fill: string; font: string; chart: string }>> = {
  standard: {
    unfavourable: { fill: '#F8D7DA', font: '#9C0006', chart: '#C0392B' },
    favourable: { fill: '#D4EDDA', font: '#006100', chart: '#2E8B57' },
    similar: { fill: '#EDEDED', font: '#595959', chart: '#A6A6A6' },
  },
  colourBlind: {
    unfavourable: { fill: '#F8D7DA', font: '#9C0006', chart: '#C0392B' },
    favourable: { fill: '#DCE9F7', font: '#1F4E79', chart: '#1F77B4' },
    similar: { fill: '#EDEDED', font: '#595959', chart: '#A6A6A6' },
  },
};

const HEADER_FILL = '#E8F1F2';

export interface RenderOptions {
  readonly palette?: Palette;
  /** IJkpunt's plan from the previous run on this sheet: its cells are not the user's. */
  readonly previous: CompactPlan | null;
  /** Names of charts IJkpunt drew on this sheet before. */
  readonly previousCharts: readonly string[];
  /** Queues more writes (the remembered state) into the same final batch. */
  readonly alsoWrite?: (charts: readonly string[]) => void;
}

export type RenderOutcome =
  | { readonly ok: true; readonly charts: readonly string[] }
  | { readonly ok: false; readonly conflicts: readonly string[] };

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === '';
}

/** Writes `plan`; refuses, writing nothing, if a target cell holds data IJkpunt did not write. */
export async function renderPlan(
  context: Excel.RequestContext,
  plan: CompactPlan,
  options: RenderOptions,
): Promise<RenderOutcome> {
  const sheet = context.workbook.worksheets.getItem(plan.sheet);
  const previousBoxes = (options.previous?.owned ?? []).map(parseRange);

  // Sync 1: what is in the target area now, and which of our old names and charts exist.
  const targets = plan.owned.map((address) => {
    const range = sheet.getRange(address);
    range.load('values, rowIndex, columnIndex');
    return range;
  });
  const oldNames = (options.previous?.names ?? []).map((n) => context.workbook.names.getItemOrNullObject(n.name));
  const oldCharts = options.previousCharts.map((name) => sheet.charts.getItemOrNullObject(name));
  for (const item of [...oldNames, ...oldCharts]) item.load('name');
  await context.sync();

  const conflicts: string[] = [];
  for (const range of targets) {
    range.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const sheetRow = range.rowIndex + r + 1;
        const col = range.columnIndex + c;
        if (!isBlank(value) && !inBoxes(previousBoxes, sheetRow, col))
          conflicts.push(cellAddress({ row: sheetRow, col }));
      }),
    );
  }
  if (conflicts.length > 0) return { ok: false, conflicts };

  // Sync 2: everything else, in one batch.
  context.application.suspendApiCalculationUntilNextSync();
  if (supports('1.8')) context.runtime.enableEvents = false;
  if (options.previous) queueClear(context, options.previous, oldNames, oldCharts);

  drawCells(sheet, plan);
  for (const name of plan.names) {
    context.workbook.names.add(name.name, `='${plan.sheet.replace(/'/g, "''")}'!${name.ref}`);
  }
  const tones = TONES[options.palette ?? 'standard'];
  for (const cf of plan.conditionalFormats) {
    const format = sheet.getRange(cf.range).conditionalFormats.add('Custom');
    format.custom.rule.formula = `=${cf.formula}`;
    format.custom.format.fill.color = tones[cf.tone].fill;
    format.custom.format.font.color = tones[cf.tone].font;
  }
  const charts = plan.charts.map((spec, i) => drawChart(sheet, spec, chartName(plan.sheet, i), tones));
  options.alsoWrite?.(charts);
  if (supports('1.8')) context.runtime.enableEvents = true;
  await context.sync();
  return { ok: true, charts };
}

/** Chart names are unique per workbook in Excel's UI; the sheet keeps them apart. */
export function chartName(sheet: string, index: number): string {
  return `IJkpunt ${sheet} ${index + 1}`;
}

/** Removes everything a plan drew: cells and formats, names, charts. Queues only. */
export function queueClear(
  context: Excel.RequestContext,
  plan: CompactPlan,
  existingNames: readonly Excel.NamedItem[],
  existingCharts: readonly Excel.Chart[],
): void {
  const sheet = context.workbook.worksheets.getItem(plan.sheet);
  for (const address of plan.owned) {
    const range = sheet.getRange(address);
    range.conditionalFormats.clearAll();
    range.clear('All');
  }
  for (const name of existingNames) if (!name.isNullObject) name.delete();
  for (const chart of existingCharts) if (!chart.isNullObject) chart.delete();
}

/** Columns, headers, parameter and summary cells: scalar writes per run, arrays only for values. */
export function drawCells(sheet: Excel.Worksheet, plan: CompactPlan): void {
  for (const column of plan.columns) {
    const header = sheet.getRange(cellAddress({ row: plan.headerRow, col: column.col }));
    header.values = [[column.header]];
    header.format.font.bold = true;
    header.format.fill.color = HEADER_FILL;
    const body = sheet.getRange(columnRange(column.col, plan.firstRow, plan.lastRow));
    if (column.numberFormat) body.numberFormat = broadcast(column.numberFormat);
    if (column.values) body.values = column.values.map((v) => [v ?? '']);
    for (const run of column.runs) {
      sheet.getRange(columnRange(column.col, run.from, run.to)).formulasR1C1 = broadcast(run.r1c1);
    }
  }
  for (const cell of plan.cells) {
    const range = sheet.getRange(cellAddress(cell));
    range.formulas = [[cell.formula ? `=${cell.formula}` : (cell.value ?? '')]];
    if (cell.numberFormat) range.numberFormat = [[cell.numberFormat]];
    if (cell.bold) range.format.font.bold = true;
  }
}

/**
 * One value for every cell of a range. Excel applies a single value written to a multi-cell
 * range to each cell; the typings only declare 2-D arrays. Writing one string per run instead
 * of one per row keeps a 50 000-row write far below the 5 MB request limit of Excel on the
 * web and the number of syncs independent of the table's size.
 */
function broadcast(value: string): string[][] {
  return value as unknown as string[][];
}

function drawChart(
  sheet: Excel.Worksheet,
  spec: PlanChart,
  name: string,
  tones: Record<Tone, { chart: string }>,
): string {
  // Categories and series sit side by side: the chart's source spans from the first to the last.
  const lastSeries = spec.series[spec.series.length - 1]?.values ?? spec.categories;
  const source = sheet.getRange(spec.categories).getBoundingRect(sheet.getRange(lastSeries));
  const chart = sheet.charts.add(spec.kind === 'ownVsNorm' ? 'ColumnClustered' : 'BarClustered', source, 'Columns');
  chart.name = name;
  chart.title.text = spec.title;
  const anchor = parseA1(spec.anchor);
  const end = anchor ? cellAddress({ row: anchor.row + spec.height, col: anchor.col + spec.width }) : spec.anchor;
  chart.setPosition(spec.anchor, end);
  spec.pointTones.forEach((tone, i) => {
    chart.series.getItemAt(0).points.getItemAt(i).format.fill.setSolidColor(tones[tone].chart);
  });
  return name;
}
