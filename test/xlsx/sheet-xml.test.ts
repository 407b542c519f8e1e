// Patching a worksheet's XML: the user's cells stay as they were, IJkpunt's earlier cells go,
// new cells land in column order (also left of a user's cell further right), new rows in row
// order, and conditional formats in their schema place.
import { cellXml, patchSheet } from '../../src/xlsx/sheet-xml';
import { escapeXml, unescapeXml } from '../../src/xlsx/xml';

const SHEET = (
  data: string,
  tail = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
) => `<worksheet><dimension ref="A1:C3"/><sheetData>${data}</sheetData>${tail}</worksheet>`;

const cell = (row: number, col: number, value: number | string, formula: string | null = null) => ({
  row,
  col,
  xml: cellXml(row, col, 0, formula, value),
});

describe('patchSheet', () => {
  test('new cells merge into rows in column order; a user cell further right is kept; new rows in order', () => {
    const input = SHEET(
      '<row r="1" spans="1:3"><c r="A1" t="s"><v>0</v></c><c r="F1"><v>9</v></c></row><row r="3"><c r="A3"><v>1</v></c></row>',
    );
    const out = patchSheet(input, {
      remove: [],
      cells: [cell(1, 1, 'x'), cell(2, 1, 2), cell(3, 1, 3, 'A3*3'), cell(5, 0, 'nieuw')],
      conditionalFormats: [],
      widths: new Map(),
    });
    expect(out).toContain(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t xml:space="preserve">x</t></is></c><c r="F1"><v>9</v></c></row>',
    );
    expect(out).toContain(
      '<row r="2"><c r="B2"><v>2</v></c></row><row r="3"><c r="A3"><v>1</v></c><c r="B3"><f>A3*3</f><v>3</v></c></row>',
    );
    expect(out.indexOf('<row r="5">')).toBeGreaterThan(out.indexOf('<row r="3">'));
    expect(out).toContain('<dimension ref="A1:C5"/>');
  });

  test('cells in ranges IJkpunt owned are removed, with their conditional formats; new formats go before pageMargins', () => {
    const input = SHEET(
      '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f>A1*2</f><v>2</v></c></row>',
      '<conditionalFormatting sqref="B1:B3"><cfRule type="expression" dxfId="0" priority="1"><formula>B1&gt;0</formula></cfRule></conditionalFormatting><pageMargins left="0.7"/>',
    );
    const out = patchSheet(input, {
      remove: [{ top: 1, bottom: 3, left: 1, right: 1 }],
      cells: [],
      conditionalFormats: ['<conditionalFormatting sqref="C1"/>'],
      widths: new Map([[1, 12]]),
    });
    expect(out).toContain('<row r="1"><c r="A1"><v>1</v></c></row>');
    expect(out).not.toContain('B1:B3');
    expect(out).toMatch(/<\/sheetData><conditionalFormatting sqref="C1"\/><pageMargins/);
    expect(out).toContain('<cols><col min="2" max="2" width="12" customWidth="1"/></cols><sheetData>');
  });

  test('texts and formulas are escaped; formula results that are text are typed as such', () => {
    expect(cellXml(2, 3, 5, 'IF(A2<0,"n.v.t.",A2)', 'n.v.t.')).toBe(
      '<c r="D2" s="5" t="str"><f>IF(A2&lt;0,&quot;n.v.t.&quot;,A2)</f><v>n.v.t.</v></c>',
    );
    expect(unescapeXml(escapeXml('P&O <"team">\u0001'))).toBe('P&O <"team">');
  });
});
