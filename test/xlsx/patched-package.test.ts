// The annotated copy is the user's package, patched: every part IJkpunt does not change goes
// over byte for byte, the user's own cells (shared formulas and shared strings included) stay
// exactly as they were, and what IJkpunt adds reads back as the plan says.
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { runAnalyse } from '../../src/cli/analyse-command';
import { readPackage } from '../../src/xlsx/read';
import { unzipParts } from '../../src/xlsx/unzip';
import { annotatedPackage, OWNERSHIP_SHEET } from '../../src/xlsx/write';
import { ROOT } from '../support/build';

const EXAMPLE = join(ROOT, 'examples', 'heemstede-2017.xlsx');
const SHEET = 'Benchmark 2017';
const decode = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes ?? new Uint8Array());

/** The example with the user's own shared formulas right of IJkpunt's block, and a second sheet. */
async function userWorkbook(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(EXAMPLE);
  const sheet = workbook.getWorksheet(SHEET);
  if (!sheet) throw new Error('sheet missing');
  sheet.getCell('AD5').value = { formula: 'C5*2', result: 7.38 };
  for (let row = 6; row <= 11; row += 1) sheet.getCell(`AD${row}`).value = { sharedFormula: 'AD5', result: 0 };
  sheet.getCell('AE5').value = 'Juridische Zaken'; // a shared string the example uses too
  const notes = workbook.addWorksheet('Notities');
  notes.getCell('A1').value = 'Alleen voor intern gebruik';
  await workbook.xlsx.writeFile(path);
}

async function open(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

describe('the patched package', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ijkpunt-patch-'));
  const input = join(dir, 'in.xlsx');
  const out = join(dir, 'uit.xlsx');

  beforeAll(async () => {
    await userWorkbook(input);
    await runAnalyse({ input, language: 'nl', out });
  });

  test('parts IJkpunt does not change are byte for byte the user’s', () => {
    const before = unzipParts(readFileSync(input));
    const after = unzipParts(readFileSync(out));
    const changed = [
      '[Content_Types].xml',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/worksheets/sheet1.xml',
    ];
    for (const name of Object.keys(before).filter((n) => !changed.includes(n))) {
      expect({ name, same: Buffer.from(after[name] ?? []).equals(Buffer.from(before[name] ?? [])) }).toEqual({
        name,
        same: true,
      });
    }
    // New parts: the charts with their drawing, and the ownership sheet.
    expect(Object.keys(after).filter((n) => !(n in before))).toEqual([
      'xl/worksheets/_rels/sheet1.xml.rels',
      'xl/drawings/drawing1.xml',
      'xl/drawings/_rels/drawing1.xml.rels',
      'xl/charts/chart1.xml',
      'xl/charts/chart2.xml',
      'xl/charts/chart3.xml',
      'xl/worksheets/sheet3.xml',
    ]);
  });

  test('every cell element of the user’s sheet is still there, unchanged', () => {
    const cells = (xml: string) => xml.match(/<c r="[^"]+"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g) ?? [];
    const before = decode(unzipParts(readFileSync(input))['xl/worksheets/sheet1.xml']);
    const after = decode(unzipParts(readFileSync(out))['xl/worksheets/sheet1.xml']);
    const kept = new Set(cells(after));
    const user = cells(before);
    expect(user.length).toBeGreaterThan(40);
    expect(user.filter((c) => !kept.has(c))).toEqual([]);
    expect(after).toMatch(/<dimension ref="A1:AE\d+"\/>/);
  });

  test('read back: the user’s shared formulas and texts, IJkpunt’s formulas, formats, header style and names', async () => {
    const workbook = await open(out);
    const sheet = workbook.getWorksheet(SHEET);
    expect(sheet?.getCell('AD5').formula).toBe('C5*2');
    expect(sheet?.getCell('AD9').formula).toBe('C9*2');
    expect(sheet?.getCell('AE5').value).toBe('Juridische Zaken');
    expect(sheet?.getCell('A5').value).toBe('Juridische Zaken');
    expect(workbook.getWorksheet('Notities')?.getCell('A1').value).toBe('Alleen voor intern gebruik');

    expect(sheet?.getCell('G4').value).toBe('Norm fte');
    expect(sheet?.getCell('G4').font?.bold).toBe(true);
    expect(sheet?.getCell('G4').fill).toMatchObject({
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: 'FFE8F1F2' },
    });
    expect(sheet?.getCell('G9').formula).toBe('IF(ISNUMBER(C9),C9*IJK_Benchmark_2017_TotaleFormatie,"")');
    expect(sheet?.getCell('G9').numFmt).toBe('0.0');
    expect(sheet?.getCell('I9').numFmt).toBe('+0%;-0%;0%');
    expect(workbook.definedNames.model.map((n) => n.name)).toContain('IJK_Benchmark_2017_Inwoners');
    expect(workbook.worksheets.map((s) => [s.name, s.state])).toEqual([
      [SHEET, 'visible'],
      ['Notities', 'visible'],
      [OWNERSHIP_SHEET, 'veryHidden'],
    ]);
    expect(decode(unzipParts(readFileSync(out))['xl/workbook.xml'])).toContain('fullCalcOnLoad="1"');
  });

  test('column widths: IJkpunt’s columns fit their headers, the blocks’ label column its labels', async () => {
    const sheet = (await open(out)).getWorksheet(SHEET);
    expect(sheet?.getColumn('G').width).toBe('Norm fte'.length + 4);
    expect(sheet?.getColumn('P').width).toBe(Math.min(24, 'Norm kosten per fte'.length + 4));
    expect(sheet?.getColumn('R').width).toBe(26);
  });

  test('a second run replaces IJkpunt’s output: one ownership sheet, the same names and rules, the user’s cells kept', async () => {
    const again = join(dir, 'nogmaals.xlsx');
    await runAnalyse({ input: out, language: 'nl', out: again });
    const first = await open(out);
    const second = await open(again);
    const names = (w: ExcelJS.Workbook) => w.definedNames.model.map((n) => `${n.name}=${n.ranges.join(',')}`).sort();
    expect(names(second)).toEqual(names(first));
    expect(second.worksheets.filter((s) => s.name === OWNERSHIP_SHEET)).toHaveLength(1);
    const rules = (xml: string) => (xml.match(/<conditionalFormatting /g) ?? []).length;
    const sheetXml = (path: string) => decode(unzipParts(readFileSync(path))['xl/worksheets/sheet1.xml']);
    expect(rules(sheetXml(again))).toBe(rules(sheetXml(out)));
    expect(sheetXml(again)).toBe(sheetXml(out));
    expect(second.getWorksheet(SHEET)?.getCell('AD11').formula).toBe('C11*2');
  });

  test('the colour-blind palette colours favourable deviations blue', async () => {
    const { plan } = await runAnalyse({ input: EXAMPLE, language: 'nl', out: join(dir, 'kleur.xlsx') });
    if (!plan) throw new Error('no plan');
    const read = readPackage(readFileSync(EXAMPLE));
    const styles = (palette: 'standard' | 'colourBlind') =>
      decode(unzipParts(annotatedPackage(read.parts, plan, read.owned, { palette }))['xl/styles.xml']);
    expect(styles('colourBlind')).toContain('<bgColor rgb="FFDCE9F7"/>');
    expect(styles('standard')).toContain('<bgColor rgb="FFD4EDDA"/>');
    expect(styles('standard')).not.toContain('FFDCE9F7');
  });
});
