// Reading an .xlsx package straight from its XML: every kind of cell the engine may meet.
import ExcelJS from 'exceljs';
import { readPackage, OWNERSHIP_SHEET } from '../../src/xlsx/read';

async function bytesOf(fill: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('readPackage', () => {
  test('shared and rich text, numbers, booleans, errors, dates, formula results; from A1', async () => {
    const bytes = await bytesOf((workbook) => {
      const sheet = workbook.addWorksheet('Blad 1');
      sheet.getCell('B2').value = 'Inkoop';
      sheet.getCell('C2').value = 0.4;
      sheet.getCell('D2').value = true;
      sheet.getCell('E2').value = { error: '#DIV/0!' };
      sheet.getCell('F2').value = new Date(Date.UTC(2017, 11, 31));
      sheet.getCell('G2').value = { richText: [{ text: 'P&O ' }, { font: { bold: true }, text: '<team>' }] };
      sheet.getCell('B3').value = { formula: 'C2*2', result: 0.8 };
      sheet.getCell('C3').value = { formula: 'IF(C2>1,"ja","")', result: '' };
      sheet.getCell('D3').value = { formula: 'B2&"!"', result: 'Inkoop!' };
    });
    const read = readPackage(bytes);
    expect(read.sheets).toHaveLength(1);
    const [sheet] = read.sheets;
    expect(sheet?.grid.sheet).toBe('Blad 1');
    expect(sheet?.grid.topLeft).toBe('A1');
    expect(sheet?.grid.cells).toEqual([
      [null, null, null, null, null, null, null],
      [null, 'Inkoop', 0.4, true, { error: '#DIV/0!' }, '2017-12-31', 'P&O <team>'],
      [null, 0.8, null, 'Inkoop!', null, null, null],
    ]);
    expect([...(sheet?.emptyFormulas ?? [])]).toEqual(['C3']);
  });

  test('IJkpunt’s ownership sheet is not a user sheet: it says what was written where', async () => {
    const bytes = await bytesOf((workbook) => {
      workbook.addWorksheet('Benchmark').getCell('A1').value = 'Cluster';
      const own = workbook.addWorksheet(OWNERSHIP_SHEET, { state: 'veryHidden' });
      own.addRow(['Blad', 'Bereik']);
      own.addRow(['Benchmark', 'F4:P11']);
      own.addRow(['Benchmark', 'R4:Z27']);
    });
    const read = readPackage(bytes);
    expect(read.sheets.map((s) => s.grid.sheet)).toEqual(['Benchmark']);
    expect(read.owned.get('Benchmark')).toEqual([
      { top: 4, bottom: 11, left: 5, right: 15 },
      { top: 4, bottom: 27, left: 17, right: 25 },
    ]);
  });

  test('bytes that are no workbook are refused', () => {
    expect(() => readPackage(new TextEncoder().encode('geen zip'))).toThrow();
  });
});
