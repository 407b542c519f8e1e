// The annotated copy's native charts: which parts they add to the user's package, what their
// series point at, their colours and order, a re-run that replaces them, a user's own chart
// left alone — and the element order of the chart XML against charts Excel itself wrote.
import { readFileSync } from 'fs';
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { runAnalyse } from '../../src/cli/analyse-command';
import { TONE_COLOURS } from '../../src/plan/palette';
import type { PlanChart } from '../../src/plan/format';
import { patchCharts } from '../../src/xlsx/drawing';
import { readPart, type Parts } from '../../src/xlsx/package-xml';
import { unzipParts } from '../../src/xlsx/unzip';
import { annotatedPackage } from '../../src/xlsx/write';
import { ROOT } from '../support/build';

const EXAMPLE = join(ROOT, 'examples', 'heemstede-2017.xlsx');
const EXCEL_MADE = join(ROOT, 'test', 'fixtures', 'excel-made');

async function written(options: { palette?: 'colourBlind' } = {}): Promise<Parts> {
  const out = join(mkdtempSync(join(tmpdir(), 'ijkpunt-charts-')), 'uit.xlsx');
  const outcome = await runAnalyse({ input: EXAMPLE, language: 'nl', out });
  if (!outcome.plan) throw new Error('no plan');
  if (!options.palette) return unzipParts(readFileSync(out));
  return unzipParts(annotatedPackage(unzipParts(readFileSync(EXAMPLE)), outcome.plan, new Map(), options));
}

const charts = (parts: Parts) =>
  Object.keys(parts)
    .filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))
    .sort();
const part = (parts: Parts, name: string) => readPart(parts, name) ?? '';
const all = (xml: string, pattern: RegExp) => [...xml.matchAll(pattern)].map((m) => m[1]);

describe('native charts in the annotated copy', () => {
  let parts: Parts;
  beforeAll(async () => {
    parts = await written();
  });

  test('the variance, Δ% and own-against-norm charts, in a drawing of the sheet, with their content types', () => {
    expect(charts(parts)).toEqual(['xl/charts/chart1.xml', 'xl/charts/chart2.xml', 'xl/charts/chart3.xml']);
    const sheet = part(parts, 'xl/worksheets/sheet1.xml');
    expect(sheet).toMatch(/<drawing r:id="rId\d+"\/><\/worksheet>|<drawing r:id="rId\d+"\/>/);
    expect(part(parts, 'xl/worksheets/_rels/sheet1.xml.rels')).toContain('Target="../drawings/drawing1.xml"');
    const types = part(parts, '[Content_Types].xml');
    for (const p of [...charts(parts), 'xl/drawings/drawing1.xml']) expect(types).toContain(`PartName="/${p}"`);
    const drawing = part(parts, 'xl/drawings/drawing1.xml');
    expect(all(drawing, /<xdr:cNvPr id="\d+" name="([^"]+)"/g)).toEqual([
      'IJkpunt Benchmark 2017 1',
      'IJkpunt Benchmark 2017 2',
      'IJkpunt Benchmark 2017 3',
    ]);
    // Anchored below the chart-data block (rows 20–27), from column R: 0-based row 28 is row 29.
    expect(all(drawing, /<xdr:from><xdr:col>(\d+)<\/xdr:col>/g)).toEqual(['17', '26', '35']);
    expect(all(drawing, /<xdr:from>.*?<xdr:row>(\d+)<\/xdr:row>/g)).toEqual(['28', '28', '28']);
  });

  test('each series is named from its header cell and points at the sheet’s formula cells', () => {
    const variance = part(parts, 'xl/charts/chart1.xml');
    expect(all(variance, /<c:tx><c:strRef><c:f>([^<]+)<\/c:f>/g)).toEqual([
      "'Benchmark 2017'!$V$20",
      "'Benchmark 2017'!$W$20",
      "'Benchmark 2017'!$X$20",
    ]);
    expect(all(variance, /<c:val><c:numRef><c:f>([^<]+)<\/c:f>/g)).toEqual([
      "'Benchmark 2017'!$V$21:$V$27",
      "'Benchmark 2017'!$W$21:$W$27",
      "'Benchmark 2017'!$X$21:$X$27",
    ]);
    expect(all(variance, /<c:cat><c:strRef><c:f>([^<]+)<\/c:f>/g)).toEqual(
      Array(3).fill("'Benchmark 2017'!$R$21:$R$27"),
    );
    // The caches: names as written; the grey series holds I&A (+47.548) and Facilitaire dienst, no other bar.
    expect(all(variance, /<c:strCache><c:ptCount val="1"\/><c:pt idx="0"><c:v>([^<]+)<\/c:v>/g)).toEqual([
      'Hoger dan norm',
      'Lager dan norm',
      'Nagenoeg gelijk',
    ]);
    const grey = variance.split('<c:ser>')[3] ?? '';
    expect(all(grey.split('<c:val>')[1] ?? '', /<c:pt idx="(\d+)"><c:v>/g)).toEqual(['2', '3', '4']);
    expect(grey).toContain('<c:pt idx="2"><c:v>47548</c:v></c:pt>');
  });

  test('bars overlap fully, the first category is at the top, labels carry the Dutch deviation format', () => {
    const variance = part(parts, 'xl/charts/chart1.xml');
    expect(variance).toContain('<c:barDir val="bar"/>');
    expect(variance).toContain('<c:overlap val="100"/>');
    expect(variance).toContain('<c:catAx><c:axId val="50010001"/><c:scaling><c:orientation val="maxMin"/>');
    expect(variance).toContain('<c:numFmt formatCode="+#,##0;-#,##0;0" sourceLinked="0"/>');
    expect(variance).toContain('Afwijking kosten per cluster (€)');
    expect(part(parts, 'xl/charts/chart2.xml')).toContain('<c:numFmt formatCode="+0%;-0%;0%" sourceLinked="0"/>');
    const ownNorm = part(parts, 'xl/charts/chart3.xml');
    expect(ownNorm).toContain('<c:barDir val="col"/>');
    expect(ownNorm).toContain('<c:orientation val="minMax"/>');
  });

  test('each sign’s series has its fixed colour; the colour-blind palette changes favourable to blue', async () => {
    const fills = (xml: string) => all(xml.split('<c:plotArea>')[1] ?? '', /<c:ser>.*?<a:srgbClr val="([0-9A-F]{6})"/g);
    const hex = (c: string) => c.replace('#', '');
    const standard = TONE_COLOURS.standard;
    expect(fills(part(parts, 'xl/charts/chart1.xml'))).toEqual(
      [standard.unfavourable.chart, standard.favourable.chart, standard.similar.chart].map(hex),
    );
    const blind = await written({ palette: 'colourBlind' });
    expect(fills(part(blind, 'xl/charts/chart1.xml'))[1]).toBe(hex(TONE_COLOURS.colourBlind.favourable.chart));
  });

  test('a re-run replaces IJkpunt’s charts instead of adding a second set', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ijkpunt-charts-'));
    const first = join(dir, 'een.xlsx');
    const second = join(dir, 'twee.xlsx');
    await runAnalyse({ input: EXAMPLE, language: 'nl', out: first });
    await runAnalyse({ input: first, language: 'nl', out: second });
    const again = unzipParts(readFileSync(second));
    expect(charts(again)).toHaveLength(3);
    expect(all(part(again, 'xl/drawings/drawing1.xml'), /<xdr:cNvPr id="\d+" name="([^"]+)"/g)).toHaveLength(3);
    expect(part(again, 'xl/worksheets/sheet1.xml').match(/<drawing /g)).toHaveLength(1);
    expect(part(again, 'xl/drawings/_rels/drawing1.xml.rels').match(/<Relationship /g)).toHaveLength(3);
    expect(part(again, '[Content_Types].xml').match(/drawingml\.chart\+xml/g)).toHaveLength(3);
  });
});

const SPEC: PlanChart = {
  kind: 'varianceBar',
  title: 'Afwijking',
  categories: 'A1:A5',
  series: [{ name: 'Hoger', values: 'B1:B5' }],
  pointTones: [],
  seriesTones: ['unfavourable'],
  labelFormat: '0',
  anchor: 'E25',
  width: 8,
  height: 16,
};

describe('a drawing the sheet already has', () => {
  const user = () => unzipParts(readFileSync(join(EXCEL_MADE, 'chart_bar01.xlsx')));
  const colours = { tones: TONE_COLOURS.standard };
  const lookup = () => 1;

  test('IJkpunt’s chart is appended; the user’s chart, its part and relationship stay as they were', () => {
    const before = user();
    const parts = user();
    patchCharts(parts, 'xl/worksheets/sheet1.xml', 'Sheet1', [SPEC], lookup, colours);
    expect(parts['xl/charts/chart1.xml']).toEqual(before['xl/charts/chart1.xml']);
    expect(charts(parts)).toEqual(['xl/charts/chart1.xml', 'xl/charts/chart2.xml']);
    const drawing = part(parts, 'xl/drawings/drawing1.xml');
    expect(all(drawing, /<xdr:cNvPr id="(\d+)" name="[^"]+"/g)).toEqual(['2', '3']);
    expect(all(drawing, /name="([^"]+)"\/><xdr:cNvGraphicFramePr/g)).toEqual(['Chart 1', 'IJkpunt Sheet1 1']);
    expect(part(parts, 'xl/worksheets/sheet1.xml').match(/<drawing /g)).toHaveLength(1);
    // Run again, then with no charts at all: only IJkpunt's chart goes.
    patchCharts(parts, 'xl/worksheets/sheet1.xml', 'Sheet1', [SPEC], lookup, colours);
    expect(charts(parts)).toHaveLength(2);
    patchCharts(parts, 'xl/worksheets/sheet1.xml', 'Sheet1', [], lookup, colours);
    expect(charts(parts)).toEqual(['xl/charts/chart1.xml']);
    expect(part(parts, 'xl/drawings/drawing1.xml')).toBe(part(before, 'xl/drawings/drawing1.xml'));
    expect(part(parts, '[Content_Types].xml')).not.toContain('chart2.xml');
  });
});

/** For each element, the names of its children in document order. */
function childSequences(xml: string): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  const stack: { name: string; children: string[] }[] = [];
  for (const m of xml.matchAll(/<(\/?)([A-Za-z][\w:.-]*)\b[^>]*?(\/?)>/g)) {
    const [, closing, name = '', selfClosing] = m;
    if (closing) {
      const done = stack.pop();
      if (done) out.set(done.name, [...(out.get(done.name) ?? []), done.children]);
      continue;
    }
    stack[stack.length - 1]?.children.push(name);
    if (!selfClosing) stack.push({ name, children: [] });
  }
  return out;
}

/** "parent: a < b" for every two children Excel wrote in that order. */
function precedences(xml: string): Set<string> {
  const pairs = new Set<string>();
  for (const [parent, lists] of childSequences(xml))
    for (const list of lists)
      list.forEach((a, i) => list.slice(i + 1).forEach((b) => a !== b && pairs.add(`${parent}: ${a} < ${b}`)));
  return pairs;
}

describe('chart XML element order against charts Excel wrote (XlsxWriter comparison files)', () => {
  const excel = new Set<string>();
  for (const file of ['chart_bar01', 'chart_bar19', 'chart_gap01', 'chart_axis08', 'chart_data_labels21']) {
    const xml = readPart(unzipParts(readFileSync(join(EXCEL_MADE, `${file}.xlsx`))), 'xl/charts/chart1.xml') ?? '';
    for (const p of precedences(xml)) excel.add(p);
  }

  test('no two elements of IJkpunt’s charts in an order Excel never writes them in', async () => {
    const parts = await written();
    const checked = new Set<string>();
    for (const chart of charts(parts)) {
      for (const pair of precedences(part(parts, chart))) {
        const [parent, order] = pair.split(': ');
        const [a, b] = (order ?? '').split(' < ');
        expect({ pair, reversedByExcel: excel.has(`${parent}: ${b} < ${a}`) }).toEqual({
          pair,
          reversedByExcel: false,
        });
        if (excel.has(pair)) checked.add(parent ?? '');
      }
    }
    // The comparison covers the chart space and every level down to the series and labels.
    for (const parent of ['c:chartSpace', 'c:chart', 'c:barChart', 'c:ser', 'c:catAx', 'c:valAx', 'c:dLbls', 'c:title'])
      expect(checked).toContain(parent);
  });
});
