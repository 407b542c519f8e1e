// IJkpunt's styles appended to a workbook's styles.xml: the user's styles keep their indices,
// number formats are reused or numbered above the workbook's own, and every collection keeps
// its schema place and a right count.
import { patchStyles, styleKey, type CellStyle } from '../../src/xlsx/styles-xml';

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const FONTS = '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>';
const FILLS =
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>';
const BORDERS = '<borders count="1"><border/></borders>';
const STYLE_XFS = '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>';
const CELL_STYLES = '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>';

const DELTA: CellStyle = { numberFormat: '+0.0;-0.0;0.0', bold: false, header: false };
const PERCENT: CellStyle = { numberFormat: '0%', bold: false, header: false };
const HEADER: CellStyle = { numberFormat: null, bold: true, header: true };
const FTE: CellStyle = { numberFormat: '0.0', bold: false, header: false };
const RED = { fill: 'FFF8D7DA', font: 'FF9C0006' };
const GREEN = { fill: 'FFD4EDDA', font: 'FF006100' };

/** The tag names of <styleSheet>'s children, in order. */
function children(xml: string): string[] {
  const inner = xml.replace(/^<styleSheet[^>]*>/, '').replace(/<\/styleSheet>$/, '');
  const names: string[] = [];
  let depth = 0;
  for (const m of inner.matchAll(/<(\/?)([A-Za-z]+)[^>]*?(\/?)>/g)) {
    if (m[1] === '/') depth -= 1;
    else {
      if (depth === 0) names.push(m[2] ?? '');
      if (m[3] !== '/') depth += 1;
    }
  }
  return names;
}

const count = (xml: string, name: string) => Number(new RegExp(`<${name} count="(\\d+)"`).exec(xml)?.[1]);

describe('patchStyles', () => {
  test('a workbook without numFmts or dxfs gets them in their place; built-in formats are not redefined', () => {
    const input = `<styleSheet ${NS}>${FONTS}${FILLS}${BORDERS}${STYLE_XFS}<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>${CELL_STYLES}<tableStyles count="0"/></styleSheet>`;
    const out = patchStyles(input, [DELTA, PERCENT, HEADER, DELTA], [RED, GREEN, RED]);
    expect(children(out.xml)).toEqual([
      'numFmts',
      'fonts',
      'fills',
      'borders',
      'cellStyleXfs',
      'cellXfs',
      'cellStyles',
      'dxfs',
      'tableStyles',
    ]);
    expect(out.xml).toContain('<numFmts count="1"><numFmt numFmtId="164" formatCode="+0.0;-0.0;0.0"/></numFmts>');
    expect(count(out.xml, 'fonts')).toBe(2);
    expect(out.xml).toContain('<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>');
    expect(count(out.xml, 'fills')).toBe(3);
    expect(count(out.xml, 'cellXfs')).toBe(4);
    // The user's one cell format keeps index 0; ours follow, one per distinct style.
    expect([styleKey(DELTA), styleKey(PERCENT), styleKey(HEADER)].map((k) => out.xf.get(k))).toEqual([1, 2, 3]);
    expect(out.xml).toContain('<xf numFmtId="164" fontId="0" fillId="0"');
    expect(out.xml).toContain('<xf numFmtId="9" fontId="0" fillId="0"');
    expect(out.xml).toContain('<xf numFmtId="0" fontId="1" fillId="2"');
    expect(count(out.xml, 'dxfs')).toBe(2);
    expect(out.dxf.get('FFF8D7DA|FF9C0006')).toBe(0);
    expect(out.dxf.get('FFD4EDDA|FF006100')).toBe(1);
    expect(out.xml).toContain(
      '<dxf><font><color rgb="FF9C0006"/></font><fill><patternFill patternType="solid"><bgColor rgb="FFF8D7DA"/></patternFill></fill></dxf>',
    );
  });

  test('existing number formats are reused or numbered above; existing dxfs and cell formats keep their indices', () => {
    const input =
      `<styleSheet ${NS}><numFmts count="2"><numFmt numFmtId="164" formatCode="0.0"/><numFmt numFmtId="170" formatCode="&quot;€&quot; #,##0"/></numFmts>` +
      `${FONTS}${FILLS}${BORDERS}${STYLE_XFS}<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="170" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
      `${CELL_STYLES}<dxfs count="1"><dxf><font><b/></font></dxf></dxfs><tableStyles count="0"/><colors/></styleSheet>`;
    const out = patchStyles(input, [FTE, DELTA], [GREEN]);
    expect(count(out.xml, 'numFmts')).toBe(3);
    expect(out.xml).toContain('<numFmt numFmtId="171" formatCode="+0.0;-0.0;0.0"/></numFmts>');
    expect(out.xml).not.toMatch(/formatCode="0\.0"[\s\S]*formatCode="0\.0"/);
    expect(out.xf.get(styleKey(FTE))).toBe(3);
    expect(out.xf.get(styleKey(DELTA))).toBe(4);
    expect(out.xml).toContain('<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"');
    expect(count(out.xml, 'cellXfs')).toBe(5);
    expect(count(out.xml, 'dxfs')).toBe(2);
    expect(out.dxf.get('FFD4EDDA|FF006100')).toBe(1);
    expect(children(out.xml).slice(-3)).toEqual(['dxfs', 'tableStyles', 'colors']);
  });

  test('a re-run finds its own styles: nothing is added twice, the indices stay', () => {
    const input = `<styleSheet ${NS}>${FONTS}${FILLS}${BORDERS}${STYLE_XFS}<cellXfs count="1"><xf/></cellXfs>${CELL_STYLES}</styleSheet>`;
    const first = patchStyles(input, [DELTA, HEADER, FTE], [RED, GREEN]);
    const second = patchStyles(first.xml, [FTE, HEADER, DELTA], [GREEN, RED]);
    expect(second.xml).toBe(first.xml);
    expect([...second.xf].sort()).toEqual([...first.xf].sort());
    expect([...second.dxf].sort()).toEqual([...first.dxf].sort());
  });

  test('number format codes are escaped', () => {
    const input = `<styleSheet ${NS}>${FONTS}${FILLS}${BORDERS}${STYLE_XFS}<cellXfs count="1"><xf/></cellXfs></styleSheet>`;
    const out = patchStyles(input, [{ numberFormat: '"€" #,##0;[Red]"<0"', bold: false, header: false }], []);
    expect(out.xml).toContain('formatCode="&quot;€&quot; #,##0;[Red]&quot;&lt;0&quot;"');
    expect(out.xml).not.toContain('<dxfs');
  });
});

describe('wrapped text', () => {
  test('a wrapping style is its own cell format, aligned top with wrapText', () => {
    const input = `<styleSheet ${NS}>${FONTS}${FILLS}${BORDERS}${STYLE_XFS}<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>${CELL_STYLES}</styleSheet>`;
    const wrapped: CellStyle = { numberFormat: null, bold: false, header: false, wrap: true };
    const plain: CellStyle = { numberFormat: null, bold: false, header: false };
    const out = patchStyles(input, [plain, wrapped], []);
    expect(styleKey(wrapped)).not.toBe(styleKey(plain));
    const index = out.xf.get(styleKey(wrapped)) ?? -1;
    const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(out.xml)?.[1] ?? '';
    const items = xfs.match(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g) ?? [];
    expect(items[index]).toContain('<alignment vertical="top" wrapText="1"/>');
    expect(items[out.xf.get(styleKey(plain)) ?? -1]).not.toContain('alignment');
  });
});
