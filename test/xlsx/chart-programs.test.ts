// The annotated copy's charts, checked by programs nobody here wrote: openpyxl finds the charts
// and their series with their references; Gnumeric opens the file and keeps every chart with
// its series; LibreOffice draws them in the IBCS colours, and after a what-if edit it
// recalculates the chart block so that a bar changes from grey to red.
import { execFileSync } from 'child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { gunzipSync } from 'zlib';
import { runAnalyse } from '../../src/cli/analyse-command';
import { TONE_COLOURS } from '../../src/plan/palette';
import { readPart, writePart } from '../../src/xlsx/package-xml';
import { unzipParts } from '../../src/xlsx/unzip';
import { zipParts } from '../../src/xlsx/zip';
import { ROOT } from '../support/build';
import { expectCell } from '../support/libreoffice-cells';
import { convert, readCsv, recalculatingProfile } from '../support/libreoffice';
import { describeWithProgram, findProgram, GNUMERIC, LIBREOFFICE, OPENPYXL } from '../support/system';

const EXAMPLE = join(ROOT, 'examples', 'heemstede-2017.xlsx');
const SHEET = 'Benchmark 2017';

async function annotated(): Promise<{ dir: string; out: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'ijkpunt-chart-programs-'));
  const out = join(dir, 'heemstede-ijkpunt.xlsx');
  await runAnalyse({ input: EXAMPLE, language: 'nl', out });
  return { dir, out };
}

const OPENPYXL_SCRIPT = `
import json, sys, openpyxl
from openpyxl.utils.cell import range_boundaries
wb = openpyxl.load_workbook(sys.argv[1])
def first(ref):
    sheet, cells = ref.rsplit('!', 1)
    col, row, _, _ = range_boundaries(cells.replace('$', ''))
    return wb[sheet.strip("'")].cell(row=row, column=col).value
out = []
for ws in wb.worksheets:
    for chart in ws._charts:
        series = []
        for s in chart.series:
            name = s.tx.strRef.f if s.tx is not None and s.tx.strRef is not None else None
            series.append({'name': name, 'nameCell': first(name) if name else None,
                           'values': s.val.numRef.f, 'firstValue': first(s.val.numRef.f),
                           'categories': s.cat.strRef.f if s.cat is not None and s.cat.strRef is not None else None})
        out.append({'sheet': ws.title, 'type': chart.tagname, 'barDir': getattr(chart, 'barDir', None),
                    'title': ''.join(r.t for p in chart.title.tx.rich.p for r in (p.r or [])), 'series': series})
print(json.dumps(out))
`;

interface OpenpyxlChart {
  readonly sheet: string;
  readonly type: string;
  readonly barDir: string | null;
  readonly title: string;
  readonly series: {
    name: string | null;
    nameCell: unknown;
    values: string;
    firstValue: unknown;
    categories: string | null;
  }[];
}

describeWithProgram('the annotated copy’s charts in openpyxl', OPENPYXL, (python) => {
  test('openpyxl loads the copy and finds the variance, Δ% and own-against-norm charts, every series named and on formula cells', async () => {
    const { dir, out } = await annotated();
    const script = join(dir, 'charts.py');
    writeFileSync(script, OPENPYXL_SCRIPT);
    const found = JSON.parse(execFileSync(python, [script, out], { encoding: 'utf8' })) as OpenpyxlChart[];
    expect(found.map((c) => [c.sheet, c.type, c.barDir, c.title])).toEqual([
      [SHEET, 'barChart', 'bar', 'Afwijking kosten per cluster (€)'],
      [SHEET, 'barChart', 'bar', 'Afwijking per cluster (%)'],
      [SHEET, 'barChart', 'col', 'Eigen en norm: primair proces en overhead'],
    ]);
    expect(found[0]?.series.map((s) => [s.name, s.nameCell, s.values])).toEqual([
      [`'${SHEET}'!$V$20`, 'Hoger dan norm', `'${SHEET}'!$V$21:$V$27`],
      [`'${SHEET}'!$W$20`, 'Lager dan norm', `'${SHEET}'!$W$21:$W$27`],
      [`'${SHEET}'!$X$20`, 'Nagenoeg gelijk', `'${SHEET}'!$X$21:$X$27`],
    ]);
    for (const series of found.flatMap((c) => c.series)) {
      expect(series.name).not.toBeNull();
      expect(String(series.firstValue)).toMatch(/^=/);
    }
    expect(found[0]?.series[0]?.firstValue).toBe('=IF(AND(ISNUMBER(U21),U21=1),S21,NA())');
  });
});

describeWithProgram('the annotated copy’s charts in Gnumeric', GNUMERIC, (ssconvert) => {
  test('ssconvert opens the copy and keeps IJkpunt’s three charts with their series ranges', async () => {
    const { dir, out } = await annotated();
    const target = join(dir, 'copy.gnumeric');
    execFileSync(ssconvert, [out, target], { stdio: 'pipe', timeout: 120_000 });
    const xml = gunzipSync(readFileSync(target)).toString('utf8');
    const graphs = [...xml.matchAll(/<gnm:SheetObjectGraph Name="([^"]+)" ObjectBound="([^"]+)"/g)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(graphs.sort()).toEqual([
      ['IJkpunt Benchmark 2017 1', 'R29:Z45'],
      ['IJkpunt Benchmark 2017 2', 'AA29:AI45'],
      ['IJkpunt Benchmark 2017 3', 'AJ29:AQ45'],
    ]);
    expect(xml).toContain(`<dimension id="1" type="GnmGODataVector">'${SHEET}'!$V$21:$V$27</dimension>`);
    expect(xml).toContain(`<dimension id="-1" type="GnmGODataScalar">'${SHEET}'!$V$20</dimension>`);
  });
});

/** The copy with one input cell changed in its XML (the cached results left stale on purpose). */
function withCell(file: string, target: string, address: string, value: number): void {
  const parts = unzipParts(readFileSync(file));
  const sheet = readPart(parts, 'xl/worksheets/sheet1.xml') ?? '';
  const edited = sheet.replace(new RegExp(`(<c r="${address}"[^>]*>)<v>[^<]*</v>`), `$1<v>${value}</v>`);
  if (edited === sheet) throw new Error(`${address} not found`);
  writePart(parts, 'xl/worksheets/sheet1.xml', edited);
  writeFileSync(target, zipParts(parts));
}

/** The copy on one landscape page, so the charts come out large enough to count their colours. */
function printable(file: string, target: string): void {
  const parts = unzipParts(readFileSync(file));
  let sheet = readPart(parts, 'xl/worksheets/sheet1.xml') ?? '';
  sheet = sheet.replace(/<pageSetup\b[^>]*\/>/, '');
  sheet = sheet.replace(/<drawing /, '<pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/><drawing ');
  sheet = sheet.replace(/(<worksheet\b[^>]*>)/, '$1<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  writePart(parts, 'xl/worksheets/sheet1.xml', sheet);
  writeFileSync(target, zipParts(parts));
}

describeWithProgram('the annotated copy’s charts in LibreOffice', LIBREOFFICE, (soffice) => {
  const profile = recalculatingProfile();
  const magick = findProgram(['/usr/bin/convert']);
  const pdftoppm = findProgram(['/usr/bin/pdftoppm']);

  /** Pixels of each colour in LibreOffice's rendering of `file` (PDF → PNG at 300 dpi). */
  function colours(file: string, dir: string): Map<string, number> {
    if (!magick || !pdftoppm) throw new Error('imagemagick (convert) or pdftoppm (poppler-utils) is missing');
    const print = file.replace(/\.xlsx$/, '-print.xlsx');
    printable(file, print);
    const pdf = convert(soffice, profile, print, 'pdf');
    const stem = join(dir, `render-${readdirSync(dir).length}`);
    execFileSync(pdftoppm, ['-png', '-r', '300', '-f', '1', '-l', '1', pdf, stem]);
    const png = readdirSync(dir)
      .filter((f) => f.startsWith(stem.split('/').pop() ?? '') && f.endsWith('.png'))
      .map((f) => join(dir, f))[0];
    if (!png) throw new Error('no PNG');
    const histogram = execFileSync(magick, [png, '-format', '%c', 'histogram:info:-'], { encoding: 'utf8' });
    const counts = new Map<string, number>();
    for (const m of histogram.matchAll(/^\s*(\d+):.*?#([0-9A-F]{6})/gim)) counts.set(`#${m[2]}`, Number(m[1]));
    return counts;
  }

  test('the rendering shows the IBCS colours; an edit from +2 % to +12 % turns a bar from grey to red', async () => {
    const { dir, out } = await annotated();
    const tones = TONE_COLOURS.standard;
    const red = tones.unfavourable.chart.toUpperCase();
    const green = tones.favourable.chart.toUpperCase();
    const grey = tones.similar.chart.toUpperCase();
    const before = colours(out, dir);
    for (const colour of [red, green, grey])
      expect({ colour, drawn: (before.get(colour) ?? 0) > 200 }).toEqual({ colour, drawn: true });

    // Informatisering en Automatisering: costs +€ 200.000, so +12 % instead of +2 %.
    const edited = join(dir, 'wat-als.xlsx');
    withCell(out, edited, 'D10', 2_228_168);
    const rows = readCsv(convert(soffice, profile, edited, 'csv'));
    expectCell(rows, 'R21', 'Informatisering en Automatisering');
    expectCell(rows, 'V21', 247_548);
    expectCell(rows, 'X21', '#N/A');
    expectCell(rows, 'R22', 'Inkoop');
    const after = colours(edited, dir);
    // The bar left the grey series for the red one, in both the Δ € and the Δ % chart (at
    // 300 dpi: about +1 500 red pixels, −700 grey; the other bars shrink with the new scale).
    expect((after.get(red) ?? 0) - (before.get(red) ?? 0)).toBeGreaterThan(500);
    expect((before.get(grey) ?? 0) - (after.get(grey) ?? 0)).toBeGreaterThan(300);
  });
});
