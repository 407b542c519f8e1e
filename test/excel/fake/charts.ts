// Charts: the collection of a sheet, one chart, its title and legend.

import { rectAddress, rectSize } from './addresses';
import { FakeChartAxes, FakeChartSeriesCollection } from './chart-series';
import { invalidArgument, itemNotFound } from './errors';
import type { Host } from './host';
import type { ChartModel, ChartSeriesModel, RangeTarget, SeriesBy, SheetModel } from './model';
import { ClientObject, Collection, Created, type Loadable, type PropertyTable } from './proxy';
import { FakeRange, rangeArgument } from './ranges';
import type { FakeWorksheet } from './worksheets';

const CHART_TYPES = new Set(
  (
    'ColumnClustered ColumnStacked ColumnStacked100 3DColumnClustered 3DColumnStacked 3DColumnStacked100 BarClustered ' +
    'BarStacked BarStacked100 3DBarClustered 3DBarStacked 3DBarStacked100 LineStacked LineStacked100 LineMarkers ' +
    'LineMarkersStacked LineMarkersStacked100 PieOfPie PieExploded 3DPieExploded BarOfPie XYScatterSmooth ' +
    'XYScatterSmoothNoMarkers XYScatterLines XYScatterLinesNoMarkers AreaStacked AreaStacked100 3DAreaStacked ' +
    '3DAreaStacked100 DoughnutExploded RadarMarkers RadarFilled Surface SurfaceWireframe SurfaceTopView ' +
    'SurfaceTopViewWireframe Bubble Bubble3DEffect StockHLC StockOHLC StockVHLC StockVOHLC CylinderColClustered ' +
    'CylinderColStacked CylinderColStacked100 CylinderBarClustered CylinderBarStacked CylinderBarStacked100 CylinderCol ' +
    'ConeColClustered ConeColStacked ConeColStacked100 ConeBarClustered ConeBarStacked ConeBarStacked100 ConeCol ' +
    'PyramidColClustered PyramidColStacked PyramidColStacked100 PyramidBarClustered PyramidBarStacked ' +
    'PyramidBarStacked100 PyramidCol 3DColumn Line 3DLine 3DPie Pie XYScatter 3DArea Area Doughnut Radar Histogram ' +
    'Boxwhisker Pareto RegionMap Treemap Waterfall Sunburst Funnel'
  ).split(' '),
);

/**
 * The series Excel makes of a chart's source: `charts.add(type, sourceData)` takes one Range
 * (https://learn.microsoft.com/javascript/api/excel/excel.chartcollection#excel-excel-chartcollection-add-member(1))
 * and charts the whole rectangle, a series per column (per row when `seriesBy` says so, or on
 * Auto when it is wider than high) — every column in between too, which is how a source from
 * the categories to the last series picks up the columns between them (issue #14, defect 2).
 * Excel's guess that a first text column or row holds categories and names is not modelled:
 * the strict reading, every column a series. Unnamed series are called "Series1", "Series2" …
 * ("Reeks1" in Dutch Excel) until ChartSeries.name is set.
 */
function seriesOfSource(source: RangeTarget, seriesBy: SeriesBy): ChartSeriesModel[] {
  const { rows, cols } = rectSize(source.rect);
  const byRows = seriesBy === 'Rows' || (seriesBy === 'Auto' && cols > rows);
  const count = byRows ? rows : cols;
  return Array.from({ length: count }, (_, i) => {
    const r = source.rect;
    const rect = byRows ? { ...r, top: r.top + i, bottom: r.top + i } : { ...r, left: r.left + i, right: r.left + i };
    return newSeries(`Series${i + 1}`, { sheet: source.sheet, rect });
  });
}

export function newSeries(name: string, values: RangeTarget | null): ChartSeriesModel {
  return {
    name,
    values,
    xValues: null,
    color: null,
    overlap: null,
    gapWidth: null,
    hasDataLabels: false,
    labelFormat: null,
    pointColors: new Map(),
  };
}

export function pointCount(series: ChartSeriesModel): number {
  if (!series.values) return 0;
  const { rows, cols } = rectSize(series.values.rect);
  return Math.max(rows, cols);
}

export class FakeChartCollection extends Collection<FakeChart, ChartModel, SheetModel> {
  constructor(host: Host, sheet: FakeWorksheet) {
    super(host, 'ChartCollection', `${sheet.path}.charts`, () => sheet.resolve());
  }

  protected list(sheet: SheetModel): readonly ChartModel[] {
    return sheet.charts.filter((chart) => !chart.deleted);
  }

  protected wrap(chart: ChartModel): FakeChart {
    return this.host.make(new FakeChart(this.host, `${this.path}[${chart.id}]`, () => chart));
  }

  protected sampleItemProperties(): readonly string[] {
    return ['name', 'id', 'chartType'];
  }

  add(type: string, sourceData: unknown, seriesBy: string = 'Auto'): FakeChart {
    const created = new Created<ChartModel>('a chart');
    this.invoke('add', [type, sourceData, seriesBy], (sheet) => {
      if (!CHART_TYPES.has(type)) throw invalidArgument(`'${type}' is not a chart type`, 'ChartCollection.add');
      if (seriesBy !== 'Auto' && seriesBy !== 'Columns' && seriesBy !== 'Rows') {
        throw invalidArgument(`'${seriesBy}' is not a ChartSeriesBy`, 'ChartCollection.add');
      }
      if (!(sourceData instanceof FakeRange))
        throw invalidArgument('sourceData must be a Range', 'ChartCollection.add');
      const source = rangeArgument(sourceData, sheet, 'ChartCollection.add');
      sheet.chartCount += 1;
      const series = seriesOfSource(source, seriesBy);
      created.model = {
        id: this.host.model.newId(),
        name: `Chart ${sheet.chartCount}`,
        type,
        sheet,
        sourceSheet: source.sheet,
        source: source.rect,
        seriesBy,
        title: null,
        position: null,
        legendVisible: true,
        series,
        reversePlotOrder: false,
        deleted: false,
      };
      sheet.charts.push(created.model);
    });
    return this.host.make(new FakeChart(this.host, `${this.path}.add(${JSON.stringify(type)})`, () => created.get()));
  }

  private find(key: string): ChartModel | null {
    const sheet = this.resolve();
    const lower = key.toLowerCase();
    return sheet?.charts.find((c) => !c.deleted && (c.name.toLowerCase() === lower || c.id === key)) ?? null;
  }

  getItem(name: string): FakeChart {
    return this.host.make(
      new FakeChart(this.host, `${this.path}.getItem(${JSON.stringify(name)})`, () => {
        const chart = this.find(name);
        if (!chart) throw itemNotFound(`the chart '${name}' does not exist`, 'ChartCollection.getItem');
        return chart;
      }),
    );
  }

  getItemOrNullObject(name: string): FakeChart {
    return this.host.make(
      new FakeChart(this.host, `${this.path}.getItemOrNullObject(${JSON.stringify(name)})`, () => {
        this.host.requireApi('1.4', 'ChartCollection.getItemOrNullObject');
        return this.find(name);
      }),
    );
  }
}

/** A chart position argument: a Range (its address) or an A1 address. */
function cellArgument(arg: unknown, sheet: SheetModel, location: string): string {
  return rectAddress(rangeArgument(arg, sheet, location).rect);
}

export class FakeChart extends ClientObject<ChartModel> {
  readonly title: FakeChartTitle;
  readonly legend: FakeChartLegend;
  readonly series: FakeChartSeriesCollection;
  readonly axes: FakeChartAxes;

  constructor(host: Host, path: string, resolver: () => ChartModel | null) {
    super(host, 'Chart', path, resolver);
    this.title = host.make(new FakeChartTitle(host, this));
    this.legend = host.make(new FakeChartLegend(host, this));
    this.series = host.make(new FakeChartSeriesCollection(host, this));
    this.axes = host.make(new FakeChartAxes(host, this));
  }

  protected override properties(): PropertyTable<ChartModel> {
    return {
      name: { read: (chart) => chart.name },
      id: { read: (chart) => chart.id },
      chartType: { read: (chart) => chart.type },
    };
  }

  protected override child(name: string): Loadable | undefined {
    return name === 'title' ? this.title : name === 'legend' ? this.legend : undefined;
  }

  get name(): string {
    return this.read('name');
  }
  set name(value: string) {
    this.assign('name', value, (chart) => {
      if (typeof value !== 'string' || value === '')
        throw invalidArgument('a chart name must be a non-empty string', 'Chart.name');
      chart.name = value;
    });
  }

  get id(): string {
    return this.read('id');
  }
  get chartType(): string {
    return this.read('chartType');
  }

  setPosition(startCell: unknown, endCell?: unknown): void {
    this.invoke('setPosition', [startCell, endCell ?? null], (chart) => {
      chart.position = {
        startCell: cellArgument(startCell, chart.sheet, 'Chart.setPosition'),
        endCell: endCell === undefined ? null : cellArgument(endCell, chart.sheet, 'Chart.setPosition'),
      };
    });
  }

  delete(): void {
    this.invoke('delete', [], (chart) => {
      chart.deleted = true;
      chart.sheet.charts.splice(chart.sheet.charts.indexOf(chart), 1);
    });
  }
}

class FakeChartTitle extends ClientObject<ChartModel> {
  constructor(host: Host, chart: FakeChart) {
    super(host, 'ChartTitle', `${chart.path}.title`, () => chart.resolve());
  }

  protected override properties(): PropertyTable<ChartModel> {
    return { text: { read: (chart) => chart.title ?? '' } };
  }

  get text(): string {
    return this.read('text');
  }
  set text(value: string) {
    this.assign('text', value, (chart) => {
      if (typeof value !== 'string') throw invalidArgument('a title must be a string', 'ChartTitle.text');
      chart.title = value;
    });
  }
}

class FakeChartLegend extends ClientObject<ChartModel> {
  constructor(host: Host, chart: FakeChart) {
    super(host, 'ChartLegend', `${chart.path}.legend`, () => chart.resolve());
  }

  protected override properties(): PropertyTable<ChartModel> {
    return { visible: { read: (chart) => chart.legendVisible } };
  }

  get visible(): boolean {
    return this.read('visible');
  }
  set visible(value: boolean) {
    this.assign('visible', value, (chart) => {
      if (typeof value !== 'boolean') throw invalidArgument('visible must be a boolean', 'ChartLegend.visible');
      chart.legendVisible = value;
    });
  }
}
