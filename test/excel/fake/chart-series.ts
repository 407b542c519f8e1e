// A chart's series, points, data labels, category axis and fills.

import { normaliseColor } from './cells';
import { type FakeChart, newSeries, pointCount } from './charts';
import { invalidArgument, itemNotFound } from './errors';
import type { Host } from './host';
import type { ChartModel, ChartSeriesModel } from './model';
import { ClientObject, Created, type PropertyTable } from './proxy';
import { rangeArgument } from './ranges';

interface SeriesTarget {
  readonly chart: ChartModel;
  readonly series: number;
}

interface PointTarget extends SeriesTarget {
  readonly point: number;
}

function seriesOf(target: SeriesTarget): ChartSeriesModel {
  const series = target.chart.series[target.series];
  if (!series) throw itemNotFound(`the chart has no series ${target.series}`, 'ChartSeries');
  return series;
}

export class FakeChartSeriesCollection extends ClientObject<ChartModel> {
  constructor(host: Host, chart: FakeChart) {
    super(host, 'ChartSeriesCollection', `${chart.path}.series`, () => chart.resolve());
  }

  protected override properties(): PropertyTable<ChartModel> {
    return { count: { read: (chart) => chart.series.length } };
  }

  get count(): number {
    return this.read('count');
  }

  getItemAt(index: number): FakeChartSeries {
    return this.host.make(
      new FakeChartSeries(this.host, `${this.path}.getItemAt(${index})`, () => {
        const chart = this.resolve();
        if (!chart) return null;
        if (!Number.isInteger(index) || index < 0 || index >= chart.series.length) {
          throw itemNotFound(`the chart has no series ${index}`, 'ChartSeriesCollection.getItemAt');
        }
        return { chart, series: index };
      }),
    );
  }

  /**
   * ExcelApi 1.7. "The new added series is not visible until values, x-axis values, or bubble
   * sizes for it are set" (the typings of ChartSeriesCollection.add): it starts without values.
   */
  add(name?: string, index?: number): FakeChartSeries {
    const created = new Created<SeriesTarget>('a chart series');
    this.invoke(
      'add',
      [name ?? null, index ?? null],
      (chart) => {
        const at = index === undefined ? chart.series.length : index;
        if (!Number.isInteger(at) || at < 0 || at > chart.series.length)
          throw invalidArgument(`no series position ${at}`, 'ChartSeriesCollection.add');
        chart.series.splice(at, 0, newSeries(name ?? `Series${chart.series.length + 1}`, null));
        created.model = { chart, series: at };
      },
      '1.7',
    );
    return this.host.make(new FakeChartSeries(this.host, `${this.path}.add()`, () => created.get()));
  }
}

class FakeChartDataLabels extends ClientObject<SeriesTarget> {
  constructor(host: Host, series: FakeChartSeries) {
    super(host, 'ChartDataLabels', `${series.path}.dataLabels`, () => series.resolve());
  }

  set numberFormat(value: string) {
    this.assign('numberFormat', value, (target) => (seriesOf(target).labelFormat = value), '1.8');
  }

  set showValue(value: boolean) {
    this.assign('showValue', value, (target) => (seriesOf(target).hasDataLabels ||= value), '1.8');
  }
}

class FakeChartSeries extends ClientObject<SeriesTarget> {
  readonly points: FakeChartPointsCollection;
  readonly format: FakeChartFormat<SeriesTarget>;
  readonly dataLabels: FakeChartDataLabels;

  constructor(host: Host, path: string, resolver: () => SeriesTarget | null) {
    super(host, 'ChartSeries', path, resolver);
    this.points = host.make(new FakeChartPointsCollection(host, this));
    this.dataLabels = host.make(new FakeChartDataLabels(host, this));
    this.format = host.make(
      new FakeChartFormat<SeriesTarget>(
        host,
        'ChartSeriesFormat',
        `${path}.format`,
        () => this.resolve(),
        (target, color) => (seriesOf(target).color = color),
      ),
    );
  }

  protected override properties(): PropertyTable<SeriesTarget> {
    return { name: { read: (target) => seriesOf(target).name } };
  }

  get name(): string {
    return this.read('name');
  }
  set name(value: string) {
    this.assign('name', value, (target) => {
      if (typeof value !== 'string' || value.length > 255)
        throw invalidArgument('a series name is a string of at most 255 characters', 'ChartSeries.name');
      seriesOf(target).name = value;
    });
  }

  /** ExcelApi 1.7. */
  setValues(sourceData: unknown): void {
    this.invoke(
      'setValues',
      [sourceData],
      (target) => (seriesOf(target).values = rangeArgument(sourceData, target.chart.sheet, 'ChartSeries.setValues')),
      '1.7',
    );
  }

  /** ExcelApi 1.7. */
  setXAxisValues(sourceData: unknown): void {
    this.invoke(
      'setXAxisValues',
      [sourceData],
      (target) =>
        (seriesOf(target).xValues = rangeArgument(sourceData, target.chart.sheet, 'ChartSeries.setXAxisValues')),
      '1.7',
    );
  }

  /** ExcelApi 1.8; "a value between -100 and 100" (the typings of ChartSeries.overlap). */
  set overlap(value: number) {
    this.assign(
      'overlap',
      value,
      (target) => {
        if (!Number.isFinite(value) || value < -100 || value > 100)
          throw invalidArgument('overlap is between -100 and 100', 'ChartSeries.overlap');
        seriesOf(target).overlap = value;
      },
      '1.8',
    );
  }

  /** ExcelApi 1.7 (0 to 500 in Excel's UI). */
  set gapWidth(value: number) {
    this.assign(
      'gapWidth',
      value,
      (target) => {
        if (!Number.isFinite(value) || value < 0 || value > 500)
          throw invalidArgument('gapWidth is between 0 and 500', 'ChartSeries.gapWidth');
        seriesOf(target).gapWidth = value;
      },
      '1.7',
    );
  }

  /** ExcelApi 1.7. */
  set hasDataLabels(value: boolean) {
    this.assign('hasDataLabels', value, (target) => (seriesOf(target).hasDataLabels = value), '1.7');
  }
}

class FakeChartPointsCollection extends ClientObject<SeriesTarget> {
  constructor(host: Host, series: FakeChartSeries) {
    super(host, 'ChartPointsCollection', `${series.path}.points`, () => series.resolve());
  }

  getItemAt(index: number): FakeChartPoint {
    return this.host.make(
      new FakeChartPoint(this.host, `${this.path}.getItemAt(${index})`, () => {
        const series = this.resolve();
        if (!series) return null;
        if (!Number.isInteger(index) || index < 0 || index >= pointCount(seriesOf(series))) {
          throw itemNotFound(`the series has no point ${index}`, 'ChartPointsCollection.getItemAt');
        }
        return { ...series, point: index };
      }),
    );
  }
}

class FakeChartPoint extends ClientObject<PointTarget> {
  readonly format: FakeChartFormat<PointTarget>;

  constructor(host: Host, path: string, resolver: () => PointTarget | null) {
    super(host, 'ChartPoint', path, resolver);
    this.format = host.make(
      new FakeChartFormat<PointTarget>(
        host,
        'ChartPointFormat',
        `${path}.format`,
        () => this.resolve(),
        (target, color) => {
          const points = seriesOf(target).pointColors;
          if (color === null) points.delete(target.point);
          else points.set(target.point, color);
        },
      ),
    );
  }
}

/** Chart.axes.categoryAxis: only the plot order is modelled. */
export class FakeChartAxes extends ClientObject<ChartModel> {
  readonly categoryAxis: FakeCategoryAxis;

  constructor(host: Host, chart: FakeChart) {
    super(host, 'ChartAxes', `${chart.path}.axes`, () => chart.resolve());
    this.categoryAxis = host.make(new FakeCategoryAxis(host, this));
  }
}

class FakeCategoryAxis extends ClientObject<ChartModel> {
  constructor(host: Host, axes: FakeChartAxes) {
    super(host, 'ChartAxis', `${axes.path}.categoryAxis`, () => axes.resolve());
  }

  protected override properties(): PropertyTable<ChartModel> {
    return { reversePlotOrder: { since: '1.7', read: (chart) => chart.reversePlotOrder } };
  }

  get reversePlotOrder(): boolean {
    return this.read('reversePlotOrder');
  }

  /** ExcelApi 1.7: "Specifies if Excel plots data points from last to first." */
  set reversePlotOrder(value: boolean) {
    this.assign('reversePlotOrder', value, (chart) => (chart.reversePlotOrder = value), '1.7');
  }
}

type Paint<T> = (target: T, color: string | null) => void;

/** ChartSeriesFormat or ChartPointFormat: only `fill` is modelled. */
class FakeChartFormat<T> extends ClientObject<T> {
  readonly fill: FakeChartFill<T>;

  constructor(host: Host, typeName: string, path: string, resolver: () => T | null, paint: Paint<T>) {
    super(host, typeName, path, resolver);
    this.fill = host.make(new FakeChartFill<T>(host, `${path}.fill`, () => this.resolve(), paint));
  }
}

class FakeChartFill<T> extends ClientObject<T> {
  constructor(
    host: Host,
    path: string,
    resolver: () => T | null,
    private readonly paint: Paint<T>,
  ) {
    super(host, 'ChartFill', path, resolver);
  }

  setSolidColor(color: string): void {
    this.invoke('setSolidColor', [color], (target) =>
      this.paint(target, normaliseColor(color, 'ChartFill.setSolidColor')),
    );
  }

  clear(): void {
    this.invoke('clear', [], (target) => this.paint(target, null));
  }
}
