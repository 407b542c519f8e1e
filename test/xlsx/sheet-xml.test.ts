// Patching a worksheet's XML: the user's cells stay as they were, IJkpunt's earlier cells go,
// new cells land in column order (also left of a user's cell further right), new rows in row
// order, and conditional formats in their schema place.
import { a1 } from '../../src/engine/core/address';
import { cellXml, freeSharedIndex, patchSheet, type SheetPatch } from '../../src/xlsx/sheet-xml';
import { escapeXml, unescapeXml } from '../../src/xlsx/xml';

const SHEET = (
  data: string,
  tail = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
) => `<worksheet><dimension ref="A1:C3"/><sheetData>${data}</sheetData>${tail}</worksheet>`;

const cell = (row: number, col: number, value: number | string, formula: string | null = null) => ({
  row,
  col,
  xml: cellXml(a1(col, row), 0, formula === null ? null : { kind: 'full', text: formula }, value),
});

const patch = (cells: SheetPatch['cells'], more: Partial<SheetPatch> = {}): SheetPatch => ({
  remove: [],
  cells,
  conditionalFormats: [],
  widths: new Map(),
  ...more,
});

/** The <sheetData> content of a patched sheet. */
const sheetData = (xml: string) => /<sheetData>([\s\S]*)<\/sheetData>/.exec(xml)?.[1] ?? '';

describe('patchSheet', () => {
  test('new cells merge into rows in column order; a user cell further right is kept; new rows in order', () => {
    const input = SHEET(
      '<row r="1" spans="1:3"><c r="A1" t="s"><v>0</v></c><c r="F1"><v>9</v></c></row><row r="3"><c r="A3"><v>1</v></c></row>',
    );
    const out = patchSheet(input, patch([cell(1, 1, 'x'), cell(2, 1, 2), cell(3, 1, 3, 'A3*3'), cell(5, 0, 'nieuw')]));
    expect(out).toContain(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t xml:space="preserve">x</t></is></c><c r="F1"><v>9</v></c></row>',
    );
    expect(out).toContain(
      '<row r="2"><c r="B2"><v>2</v></c></row><row r="3"><c r="A3"><v>1</v></c><c r="B3"><f>A3*3</f><v>3</v></c></row>',
    );
    expect(out.indexOf('<row r="5">')).toBeGreaterThan(out.indexOf('<row r="3">'));
    expect(out).toContain('<dimension ref="A1:C5"/>');
  });

  test('untouched rows go over byte for byte; touched rows lose their spans hint, keep their other attributes', () => {
    const untouched =
      '<row r="1" spans="1:2" ht="20" customHeight="1"><c r="A1" s="3" t="s"><v>0</v></c><c r="B1"><f t="shared" ref="B1:B2" si="0">A1*2</f><v>0</v></c></row>\n' +
      '<row r="2" spans="1:2"><c r="A2"><v>1</v></c><c r="B2"><f t="shared" si="0"/><v>2</v></c></row>';
    const input = SHEET(`${untouched}<row r="3" spans="1:1" ht="15"><c r="A3"><v>4</v></c></row>`);
    const out = patchSheet(input, patch([cell(3, 2, 5)]));
    expect(sheetData(out)).toBe(`${untouched}<row r="3" ht="15"><c r="A3"><v>4</v></c><c r="C3"><v>5</v></c></row>`);
  });

  test('a sheet without rows (<sheetData/>) gets them, with column widths before sheetData', () => {
    const input =
      '<worksheet><dimension ref="A1"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetData/><pageMargins left="0.7"/></worksheet>';
    const out = patchSheet(
      input,
      patch([cell(4, 3, 'kop'), cell(2, 3, 1)], {
        widths: new Map([[3, 14]]),
        conditionalFormats: ['<conditionalFormatting sqref="D2"/>'],
      }),
    );
    expect(out).toBe(
      '<worksheet><dimension ref="A1:D4"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>' +
        '<cols><col min="4" max="4" width="14" customWidth="1"/></cols>' +
        '<sheetData><row r="2"><c r="D2"><v>1</v></c></row><row r="4"><c r="D4" t="inlineStr"><is><t xml:space="preserve">kop</t></is></c></row></sheetData>' +
        '<conditionalFormatting sqref="D2"/><pageMargins left="0.7"/></worksheet>',
    );
  });

  test('a self-closed row gets cells; cells without an r attribute count from the left', () => {
    const input = SHEET(
      '<row r="2" spans="1:1"/><row r="3"><c t="s"><v>0</v></c><c><v>7</v></c><c r="E3"><v>8</v></c></row>',
    );
    const out = patchSheet(input, patch([cell(2, 1, 1), cell(3, 2, 2), cell(3, 3, 3)]));
    expect(sheetData(out)).toBe(
      '<row r="2"><c r="B2"><v>1</v></c></row>' +
        '<row r="3"><c t="s"><v>0</v></c><c><v>7</v></c><c r="C3"><v>2</v></c><c r="D3"><v>3</v></c><c r="E3"><v>8</v></c></row>',
    );
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

  test('the user’s conditional formats, merged cells and data validations keep their place; ours go between', () => {
    const input = SHEET(
      '<row r="1"><c r="A1"><v>1</v></c></row>',
      '<mergeCells count="1"><mergeCell ref="A5:B5"/></mergeCells><conditionalFormatting sqref="A1:A3"><cfRule type="cellIs" dxfId="0" priority="1" operator="greaterThan"><formula>0</formula></cfRule></conditionalFormatting><dataValidations count="1"><dataValidation sqref="A1"/></dataValidations><hyperlinks/><pageMargins left="0.7"/><tableParts count="0"/>',
    );
    const out = patchSheet(
      input,
      patch([cell(1, 1, 2)], { conditionalFormats: ['<conditionalFormatting sqref="B1"/>'] }),
    );
    const order = [
      '<mergeCells',
      'sqref="A1:A3"',
      'sqref="B1"',
      '<dataValidations',
      '<hyperlinks',
      '<pageMargins',
      '<tableParts',
    ];
    const at = order.map((tag) => out.indexOf(tag));
    expect(at.every((position) => position > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  test('an existing <cols> keeps its widths; only uncovered columns are added, in order', () => {
    const input =
      '<worksheet><cols><col min="1" max="3" width="20" customWidth="1"/><col min="9" max="9" width="5"/></cols><sheetData/></worksheet>';
    const out = patchSheet(
      input,
      patch([], {
        widths: new Map([
          [2, 12],
          [5, 14],
        ]),
      }),
    );
    expect(out).toContain(
      '<cols><col min="1" max="3" width="20" customWidth="1"/><col min="6" max="6" width="14" customWidth="1"/><col min="9" max="9" width="5"/></cols>',
    );
  });

  test('a shared formula IJkpunt wrote, filled down by the user past its range, becomes full formulas there', () => {
    const input = SHEET(
      '<row r="5"><c r="A5"><v>1</v></c><c r="B5"><f t="shared" ref="B5:B7" si="0">A5&lt;2</f><v>1</v></c></row>' +
        '<row r="6"><c r="A6"><v>2</v></c><c r="B6"><f t="shared" si="0"/><v>0</v></c></row>' +
        '<row r="7"><c r="A7"><v>3</v></c><c r="B7"><f t="shared" si="0"/><v>0</v></c></row>',
    );
    const out = patchSheet(
      input,
      patch([cell(5, 1, 1, 'A5*2')], { remove: [{ top: 5, bottom: 6, left: 1, right: 1 }] }),
    );
    expect(sheetData(out)).toBe(
      '<row r="5"><c r="A5"><v>1</v></c><c r="B5"><f>A5*2</f><v>1</v></c></row>' +
        '<row r="6"><c r="A6"><v>2</v></c></row>' +
        '<row r="7"><c r="A7"><v>3</v></c><c r="B7"><f>A7&lt;2</f><v>0</v></c></row>',
    );
  });

  test('a row left open is an error, not an endless loop', () => {
    expect(() => patchSheet(SHEET('<row r="1"><c r="A1"><v>1</v></c>'), patch([cell(1, 1, 2)]))).toThrow(/not closed/);
  });
});

describe('cellXml and freeSharedIndex', () => {
  test('texts and formulas are escaped; formula results that are text are typed as such', () => {
    expect(cellXml('D2', 5, { kind: 'full', text: 'IF(A2<0,"n.v.t.",A2)' }, 'n.v.t.')).toBe(
      '<c r="D2" s="5" t="str"><f>IF(A2&lt;0,&quot;n.v.t.&quot;,A2)</f><v>n.v.t.</v></c>',
    );
    expect(cellXml('A1', 0, null, 'P&O <team> "x"')).toBe(
      '<c r="A1" t="inlineStr"><is><t xml:space="preserve">P&amp;O &lt;team&gt; &quot;x&quot;</t></is></c>',
    );
    expect(cellXml('A1', 2, null, null)).toBe('<c r="A1" s="2"/>');
    expect(cellXml('A1', 0, { kind: 'full', text: 'B1' }, Number.NaN)).toBe('<c r="A1" t="str"><f>B1</f><v></v></c>');
    expect(unescapeXml(escapeXml('P&O <"team">\u0001'))).toBe('P&O <"team">');
  });

  test('shared formulas: the first cell carries text and range, the others the index', () => {
    expect(cellXml('G5', 3, { kind: 'sharedFirst', text: 'B5-C5', si: 2, ref: 'G5:G9' }, 1.5)).toBe(
      '<c r="G5" s="3"><f t="shared" ref="G5:G9" si="2">B5-C5</f><v>1.5</v></c>',
    );
    expect(cellXml('G6', 3, { kind: 'sharedRest', si: 2 }, 'n.v.t.')).toBe(
      '<c r="G6" s="3" t="str"><f t="shared" si="2"/><v>n.v.t.</v></c>',
    );
  });

  test('new shared formulas are numbered above the sheet’s own', () => {
    expect(freeSharedIndex(SHEET('<row r="1"><c r="A1"><v>1</v></c></row>'))).toBe(0);
    expect(
      freeSharedIndex(
        SHEET(
          '<row r="1"><c r="B1"><f t="shared" ref="B1:B2" si="4">A1</f></c><c r="C1"><f t="shared" si="1" ref="C1:C2">A1</f></c></row>',
        ),
      ),
    ).toBe(5);
    // IJkpunt's own earlier shared formulas (in the ranges it removes) do not count.
    const rerun = SHEET(
      '<row r="5"><c r="A5"><f t="shared" ref="A5:A6" si="0">B5</f></c><c r="G5"><f t="shared" ref="G5:G6" si="3">B5</f></c></row>',
    );
    expect(freeSharedIndex(rerun, [{ top: 4, bottom: 6, left: 6, right: 8 }])).toBe(1);
  });
});
