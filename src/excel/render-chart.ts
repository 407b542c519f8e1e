// One chart of a plan drawn with Office.js, its series set one by one (the plan's chart specs
// name every series, its cells and its tone).
import { parseA1 } from '../engine/core';
import type { PlanChart, Tone } from '../plan';
import { cellAddress } from './compact';
import { supports } from './requirements';

/** "Onvoldoende gegevens" in a stacked status chart: neither tone, so grey. */
const MISSING_GREY = '#BFBFBF';

/**
 * A chart with explicit series. `charts.add` charts the whole rectangle it is given, a series
 * per column — the columns between the categories and a series too
 * (https://learn.microsoft.com/javascript/api/excel/excel.chartcollection#excel-excel-chartcollection-add-member(1)) —
 * so the chart starts from the first series' values alone and every series gets its values,
 * its categories and its name set (ChartSeriesCollection.add, ChartSeries.setValues and
 * setXAxisValues: ExcelApi 1.7, which the manifest requires). Unnamed series would read
 * "Reeks1" in the legend. A bar chart draws its first category at the bottom unless the
 * category axis is reversed (ChartAxis.reversePlotOrder, ExcelApi 1.7).
 */
export function drawChart(
  sheet: Excel.Worksheet,
  spec: PlanChart,
  name: string,
  tones: Record<Tone, { chart: string }>,
): string {
  const bar = spec.kind !== 'ownVsNorm';
  const type =
    spec.kind === 'ownVsNorm' ? 'ColumnClustered' : spec.kind === 'statusStacked' ? 'BarStacked' : 'BarClustered';
  const first = spec.series[0]?.values ?? spec.categories;
  const chart = sheet.charts.add(type, sheet.getRange(first), 'Columns');
  chart.name = name;
  chart.title.text = spec.title;
  const anchor = parseA1(spec.anchor);
  const end = anchor ? cellAddress({ row: anchor.row + spec.height, col: anchor.col + spec.width }) : spec.anchor;
  chart.setPosition(spec.anchor, end);
  const categories = sheet.getRange(spec.categories);
  spec.series.forEach((s, i) => {
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    series.name = s.name;
    series.setValues(sheet.getRange(s.values));
    series.setXAxisValues(categories);
    const tone = spec.seriesTones?.[i];
    if (tone) series.format.fill.setSolidColor(tone === 'missing' ? MISSING_GREY : tones[tone].chart);
    if (bar) series.gapWidth = 60;
    // Overlap and the labels' number format need ExcelApi 1.8: without them the bars of a
    // category stand side by side (each holds a figure or #N/A) and carry no labels.
    if (supports('1.8')) {
      if (bar) series.overlap = 100;
      if (spec.labelFormat) {
        series.hasDataLabels = true;
        series.dataLabels.showValue = true;
        series.dataLabels.numberFormat = spec.labelFormat;
      }
    }
  });
  // Plans of earlier versions coloured the points of one series.
  spec.pointTones.forEach((tone, i) => {
    chart.series.getItemAt(0).points.getItemAt(i).format.fill.setSolidColor(tones[tone].chart);
  });
  if (bar) chart.axes.categoryAxis.reversePlotOrder = true;
  return name;
}
