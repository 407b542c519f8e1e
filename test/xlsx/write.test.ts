// Writing the annotated copy: idempotent re-runs, never over the user's cells, and an
// annotated workbook read again as input sees only the user's own columns.
import ExcelJS from 'exceljs';
import { mkdtempSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { main } from '../../src/cli/main';
import { runAnalyse } from '../../src/cli/analyse-command';
import { OWNERSHIP_SHEET } from '../../src/xlsx/write';
import { ROOT } from '../support/build';

const EXAMPLE = join(ROOT, 'examples', 'heemstede-2017.xlsx');

function temp(): string {
  return mkdtempSync(join(tmpdir(), 'ijkpunt-write-'));
}

/** ExcelJS keeps conditional formats on the sheet but leaves them out of its typings. */
function cfRefs(sheet: ExcelJS.Worksheet | undefined): string[] {
  const formats = (sheet as unknown as { conditionalFormattings?: { ref: string }[] } | undefined)
    ?.conditionalFormattings;
  return (formats ?? []).map((c) => c.ref);
}

async function open(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

function snapshot(workbook: ExcelJS.Workbook): unknown {
  const sheet = workbook.getWorksheet('Benchmark 2017');
  const cells: [string, unknown, string | undefined][] = [];
  sheet?.eachRow((row) =>
    row.eachCell((cell) => {
      cells.push([cell.address, cell.value, cell.numFmt]);
    }),
  );
  return {
    cells,
    names: workbook.definedNames.model.map((n) => [n.name, n.ranges]).sort(),
    cf: cfRefs(sheet),
  };
}

async function run(...argv: string[]): Promise<{ code: number; err: string }> {
  let err = '';
  const code = await main(argv, { stdout: () => undefined, stderr: (t) => (err += t) });
  return { code, err };
}

describe('the annotated .xlsx', () => {
  test('formulas, formats, names and conditional formats are written; the input is untouched', async () => {
    const before = statSync(EXAMPLE).mtimeMs;
    const out = join(temp(), 'a.xlsx');
    expect((await run('analyse', EXAMPLE, '--out', out)).code).toBe(0);
    expect(statSync(EXAMPLE).mtimeMs).toBe(before);
    const workbook = await open(out);
    const sheet = workbook.getWorksheet('Benchmark 2017');
    expect(sheet?.getCell('G4').value).toBe('Norm fte');
    expect(sheet?.getCell('H5').formula).toBe('IF(AND(ISNUMBER(B5),ISNUMBER(G5)),B5-G5,"")');
    expect(sheet?.getCell('H5').result).toBeCloseTo(1.0932, 4);
    // The rows below share H5's formula, moved to their own row.
    expect(sheet?.getCell('H11').formula).toBe('IF(AND(ISNUMBER(B11),ISNUMBER(G11)),B11-G11,"")');
    expect(sheet?.getCell('J11').formula).toContain('IF(ISNUMBER(I11),IF(OR(ABS(I11)<IJK_Benchmark_2017_GrensGelijk');
    expect(sheet?.getCell('H5').numFmt).toBe('+0.0;-0.0;0.0');
    expect(sheet?.getCell('L5').numFmt).toBe('+#,##0;-#,##0;0');
    expect(workbook.definedNames.model).toContainEqual({
      name: 'IJK_Benchmark_2017_TotaleFormatie',
      ranges: ["'Benchmark 2017'!$S$6"],
    });
    expect(cfRefs(sheet)).toEqual(['H5:I11', 'L5:M11', 'L5:M11', 'L5:M11']);
    expect(workbook.getWorksheet(OWNERSHIP_SHEET)?.state).toBe('veryHidden');
  });

  test('re-running on the annotated file updates IJkpunt’s output in place: same result, no duplicates', async () => {
    const dir = temp();
    const first = join(dir, 'a.xlsx');
    const second = join(dir, 'b.xlsx');
    await runAnalyse({ input: EXAMPLE, language: 'nl', out: first });
    const again = await runAnalyse({ input: first, language: 'nl', out: second });
    expect(again.result.columns.map((c) => c.header)).toEqual([
      'Cluster',
      'Formatie in fte',
      '% van totale formatie',
      'Kosten Heemstede',
      'Kostennorm referentiegroep',
    ]);
    expect(snapshot(await open(second))).toEqual(snapshot(await open(first)));
  });

  test('refuses to write over the user’s cells, names them, and writes nothing', async () => {
    const dir = temp();
    const input = join(dir, 'in.xlsx');
    const workbook = await open(EXAMPLE);
    const sheet = workbook.getWorksheet('Benchmark 2017');
    if (!sheet) throw new Error('sheet missing');
    sheet.getCell('H7').value = 'mijn notitie';
    await workbook.xlsx.writeFile(input);
    const out = join(dir, 'out.xlsx');
    const { code, err } = await run('analyse', input, '--out', out);
    expect(code).toBe(2);
    expect(err).toContain(
      'Er is niets geschreven: op blad Benchmark 2017 staan gegevens waar IJkpunt zou schrijven (H7)',
    );
    expect(() => statSync(out)).toThrow();
  });

  test('an existing --out is refused without --force, and replaced with it', async () => {
    const out = join(temp(), 'bestaat.xlsx');
    writeFileSync(out, 'oud');
    expect((await run('analyse', EXAMPLE, '--out', out)).code).toBe(2);
    expect((await run('analyse', EXAMPLE, '--out', out, '--force')).code).toBe(0);
    expect((await open(out)).getWorksheet('Benchmark 2017')?.getCell('G4').value).toBe('Norm fte');
  });

  test('--out onto the input itself is refused', async () => {
    const { code, err } = await run('analyse', EXAMPLE, '--out', EXAMPLE, '--force');
    expect(code).toBe(2);
    expect(err).toContain('IJkpunt wijzigt de invoer nooit');
  });

  test('a CSV becomes a workbook whose numbers are numbers', async () => {
    const out = join(temp(), 'csv.xlsx');
    expect((await run('analyse', join(ROOT, 'examples', 'heemstede-2017.csv'), '--out', out)).code).toBe(0);
    const sheet = (await open(out)).getWorksheet('heemstede-2017');
    expect(sheet?.getCell('B4').value).toBe(3.69);
    expect(sheet?.getCell('C4').value).toBeCloseTo(0.016, 12);
    expect(sheet?.getCell('F3').value).toBe('Categorie');
  });
});
