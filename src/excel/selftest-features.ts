// The Zelftest's probes of charts, Excel tables, drop-downs, notes and events, each on its own
// corner of the temporary sheet (see selftest-probes.ts for the contract).
import { firstDifference, type Mismatch, type Probe, type ProbeScope } from './selftest-probes';

const onSheet = (context: Excel.RequestContext, scope: ProbeScope) => context.workbook.worksheets.getItem(scope.sheet);

/**
 * A bar chart with two explicit, named series over one category range, coloured per series and
 * with the category axis reversed so the first category is on top (ChartSeriesCollection.add,
 * ChartSeries.setValues/setXAxisValues, ChartAxis.reversePlotOrder: ExcelApi 1.7,
 * https://learn.microsoft.com/javascript/api/excel/excel.chartseries).
 */
const charts: Probe = {
  capability: 'charts',
  async run(context, scope) {
    const sheet = onSheet(context, scope);
    sheet.getRange('K1:M4').values = [
      ['Cluster', 'Eigen', 'Norm'],
      ['Inkoop', 3, 2],
      ['Juridische Zaken', 5, 6],
      ['Communicatie', 1, 1],
    ];
    const categories = sheet.getRange('K2:K4');
    const chart = sheet.charts.add('BarClustered', sheet.getRange('L2:L4'), 'Columns');
    const own = chart.series.getItemAt(0);
    own.name = 'Eigen';
    own.setValues(sheet.getRange('L2:L4'));
    own.setXAxisValues(categories);
    own.format.fill.setSolidColor('#404040');
    const norm = chart.series.add('Norm');
    norm.setValues(sheet.getRange('M2:M4'));
    norm.setXAxisValues(categories);
    norm.format.fill.setSolidColor('#A6A6A6');
    chart.axes.categoryAxis.reversePlotOrder = true;
    chart.series.load('count');
    own.load('name');
    norm.load('name');
    chart.axes.categoryAxis.load('reversePlotOrder');
    await context.sync();
    const found = [[chart.series.count, own.name, norm.name, chart.axes.categoryAxis.reversePlotOrder]];
    const mismatch = firstDifference({ row: 0, col: 0 }, [[2, 'Eigen', 'Norm', true]], found);
    chart.delete();
    await context.sync();
    return mismatch && { ...mismatch, at: 'series.count, series names, reversePlotOrder' };
  },
};

/** An Excel table widened by a column, as IJkpunt's columns join the input's table. */
const tableResize: Probe = {
  capability: 'tableResize',
  async run(context, scope) {
    const sheet = onSheet(context, scope);
    sheet.getRange('O1:Q3').values = [
      ['Cluster', 'Fte', 'Norm fte'],
      ['Inkoop', 3, 2],
      ['P&O', 4, 5],
    ];
    const table = sheet.tables.add(sheet.getRange('O1:P3'), true);
    table.resize(sheet.getRange('O1:Q3'));
    const range = table.getRange();
    range.load('address');
    const header = table.getHeaderRowRange();
    header.load('values');
    await context.sync();
    const address = range.address.split('!').pop() ?? '';
    if (address !== 'O1:Q3') return { at: 'Table.resize', expected: 'O1:Q3', actual: address };
    return firstDifference({ row: 0, col: 14 }, [['Cluster', 'Fte', 'Norm fte']], header.values);
  },
};

/**
 * A drop-down whose list is a range of cells, so an item with commas stays one item (a typed
 * list source is split on commas: https://learn.microsoft.com/javascript/api/excel/excel.listdatavalidation).
 */
const dataValidation: Probe = {
  capability: 'dataValidation',
  async run(context, scope) {
    const sheet = onSheet(context, scope);
    sheet.getRange('S1:S3').values = [['1. Integratie'], ['2. Efficiency, flexibiliteit, kosten'], ['3. Kwaliteit']];
    const source = '=$S$1:$S$3';
    const validation = sheet.getRange('T1').dataValidation;
    validation.rule = { list: { inCellDropDown: true, source } };
    validation.load('rule');
    await context.sync();
    // Read back, the source is the reference as text (a Range is accepted only when writing).
    const rule: Excel.DataValidationRule = validation.rule;
    const got: unknown = rule.list?.source;
    if (got === source) return null;
    return { at: 'T1', expected: source, actual: got === undefined ? null : String(got) };
  },
};

/** "Uitleg bij cel": a note added, read back and removed. */
const notes: Probe = {
  capability: 'notes',
  async run(context, scope) {
    const sheetNotes = onSheet(context, scope).notes;
    const text = 'Norm = aandeel referentiegroep (1,6%) × totale formatie (162,3)';
    sheetNotes.add('V1', text);
    const note = sheetNotes.getItemOrNullObject('V1');
    note.load('content');
    await context.sync();
    if (note.isNullObject) return { at: 'V1', expected: text, actual: null };
    const content = note.content;
    note.delete();
    await context.sync();
    return content === text ? null : { at: 'V1', expected: text, actual: content };
  },
};

/** Waits for onChanged events on the temporary sheet; `until` resolves once `address` changed. */
async function listen(context: Excel.RequestContext, scope: ProbeScope) {
  const seen: Excel.WorksheetChangedEventArgs[] = [];
  const waiting = new Map<string, () => void>();
  const registration = onSheet(context, scope).onChanged.add(async (event: Excel.WorksheetChangedEventArgs) => {
    seen.push(event);
    waiting.get(event.address)?.();
  });
  await context.sync();
  const until = (address: string) =>
    new Promise<Excel.WorksheetChangedEventArgs | null>((resolve) => {
      const timer = setTimeout(() => resolve(null), scope.eventTimeoutMs);
      waiting.set(address, () => {
        clearTimeout(timer);
        resolve(seen.find((event) => event.address === address) ?? null);
      });
      const already = seen.find((event) => event.address === address);
      if (already) {
        clearTimeout(timer);
        resolve(already);
      }
    });
  const stop = async () => {
    registration.remove();
    await context.sync();
  };
  return { seen, until, stop };
}

/**
 * Events switched off while IJkpunt writes and back on in a `finally` with its own sync, then
 * followed again: the write made with events off must not arrive, the one after must (events
 * are delivered after the sync: https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events).
 */
const events: Probe = {
  capability: 'events',
  async run(context, scope) {
    const sheet = onSheet(context, scope);
    const listening = await listen(context, scope);
    try {
      try {
        context.runtime.enableEvents = false;
        sheet.getRange('X1').values = [['stil']];
        await context.sync();
      } finally {
        context.runtime.enableEvents = true;
        await context.sync();
      }
      const after = listening.until('X2');
      sheet.getRange('X2').values = [['gevolgd']];
      await context.sync();
      if (!(await after)) return { at: 'X2', expected: 'onChanged', actual: null };
      const silent = listening.seen.find((event) => event.address === 'X1');
      return silent ? { at: 'X1 (enableEvents = false)', expected: '—', actual: 'onChanged' } : null;
    } finally {
      await listening.stop();
    }
  },
};

/** IJkpunt's own writes are told apart from the user's by triggerSource (ExcelApi 1.14). */
const triggerSource: Probe = {
  capability: 'triggerSource',
  async run(context, scope): Promise<Mismatch | null> {
    const listening = await listen(context, scope);
    try {
      const arrived = listening.until('X3');
      onSheet(context, scope).getRange('X3').values = [['eigen']];
      await context.sync();
      const event = await arrived;
      if (!event) return { at: 'X3', expected: 'ThisLocalAddin', actual: null };
      return event.triggerSource === 'ThisLocalAddin'
        ? null
        : { at: 'X3', expected: 'ThisLocalAddin', actual: String(event.triggerSource) };
    } finally {
      await listening.stop();
    }
  },
};

export const FEATURE_PROBES: readonly Probe[] = [charts, tableResize, dataValidation, notes, events, triggerSource];
