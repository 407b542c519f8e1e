// The few styles IJkpunt's cells need, appended to the workbook's styles.xml: number formats,
// a bold font, the header fill, one cell format per combination, and the conditional formats'
// colours (dxfs). Existing styles keep their indices, so the user's cells look as before.
import { ensureStylesPart, readPart, type Parts } from './package-xml';
import { addToCollection, attribute, elements, escapeXml, insertBefore } from './xml';

export interface CellStyle {
  readonly numberFormat: string | null;
  readonly bold: boolean;
  /** The header fill (a light blue-grey, as in Excel). */
  readonly header: boolean;
  /** Long text wraps inside the cell (a factsheet's explanations). */
  readonly wrap?: boolean;
}

export interface DxfColours {
  /** ARGB, e.g. FFF8D7DA. */
  readonly fill: string;
  readonly font: string;
}

const STYLE_FOLLOWERS = ['tableStyles', 'colors', 'extLst'];
const HEADER_FILL = 'FFE8F1F2';
/** Excel's built-in number formats IJkpunt uses, by code. */
const BUILT_IN: Record<string, number> = { '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10 };

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
/** The collections a styles part needs before IJkpunt adds to them, with Excel's defaults, in ECMA-376 order. */
const DEFAULTS: readonly (readonly [string, string])[] = [
  ['fonts', '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'],
  [
    'fills',
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>',
  ],
  ['borders', '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'],
  ['cellStyleXfs', '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'],
  ['cellXfs', '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'],
];
const FOLLOWERS = ['fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', ...STYLE_FOLLOWERS];

const EMPTY_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN_NS}"></styleSheet>`;

/**
 * The styles part with what IJkpunt's formats refer to: a self-closed <styleSheet/> opened,
 * missing fonts, fills (0 and 1 are reserved), borders and cell formats given Excel's
 * defaults, so IJkpunt's bold font and header fill never take index 0.
 */
function completeStyles(input: string): string {
  let xml = input.replace(/<styleSheet\b([^>]*?)\s*\/>/, '<styleSheet$1></styleSheet>');
  DEFAULTS.forEach(([name, block], i) => {
    if (elements(xml, name).length > 0) return;
    xml = insertBefore(xml, block, FOLLOWERS.slice(i + 1), '</styleSheet>');
  });
  return xml;
}

/** The styles part's path and its XML, ready for patchStyles (the part made when missing). */
export function stylesForWriting(parts: Parts): { path: string; xml: string } {
  const path = ensureStylesPart(parts, EMPTY_STYLES);
  return { path, xml: completeStyles(readPart(parts, path) ?? EMPTY_STYLES) };
}

export function styleKey(style: CellStyle): string {
  return `${style.numberFormat ?? ''}|${style.bold ? 1 : 0}|${style.header ? 1 : 0}${style.wrap ? '|w' : ''}`;
}

export interface StylesPatch {
  readonly xml: string;
  /** Cell format index (s attribute) per styleKey. */
  readonly xf: ReadonlyMap<string, number>;
  /** Differential format index per colour pair key `fill|font`. */
  readonly dxf: ReadonlyMap<string, number>;
}

export function patchStyles(input: string, styles: readonly CellStyle[], dxfs: readonly DxfColours[]): StylesPatch {
  let xml = input;
  // Number formats: reuse an identical custom code, else a new id above every existing one.
  const numFmtIds = new Map<string, number>(Object.entries(BUILT_IN));
  let nextId = 164;
  for (const el of elements(xml, 'numFmt')) {
    const id = Number(attribute(el.text, 'numFmtId'));
    const code = attribute(el.text, 'formatCode');
    if (code !== null) numFmtIds.set(code, id);
    nextId = Math.max(nextId, id + 1);
  }
  const newFormats: string[] = [];
  for (const code of new Set(styles.map((s) => s.numberFormat).filter((c): c is string => c !== null))) {
    if (numFmtIds.has(code)) continue;
    numFmtIds.set(code, nextId);
    newFormats.push(`<numFmt numFmtId="${nextId}" formatCode="${escapeXml(code)}"/>`);
    nextId += 1;
  }
  if (newFormats.length > 0) {
    xml = addToCollection(
      xml,
      'numFmts',
      newFormats,
      ['fonts', 'fills', 'borders', 'cellStyleXfs'],
      '</styleSheet>',
    ).xml;
  }

  // A bold copy of the default font, and the header fill.
  const fonts = elements(xml, 'fonts')[0]?.text ?? '';
  const baseFont = elements(fonts, 'font')[0]?.text ?? '<font><sz val="11"/><name val="Calibri"/></font>';
  const boldFont = baseFont.includes('<b/>')
    ? baseFont
    : baseFont.replace(/^<font([^>]*)>/, '<font$1><b/>').replace(/^<font\/>$/, '<font><b/></font>');
  const font = addToCollection(
    xml,
    'fonts',
    [boldFont],
    ['fills', 'borders', 'cellStyleXfs', 'cellXfs'],
    '</styleSheet>',
  );
  xml = font.xml;
  const fill = addToCollection(
    xml,
    'fills',
    [
      `<fill><patternFill patternType="solid"><fgColor rgb="${HEADER_FILL}"/><bgColor indexed="64"/></patternFill></fill>`,
    ],
    ['borders', 'cellStyleXfs', 'cellXfs'],
    '</styleSheet>',
  );
  xml = fill.xml;

  const keys = [...new Map(styles.map((s) => [styleKey(s), s])).values()];
  const xfs = keys.map((s) => {
    const numFmtId = s.numberFormat === null ? 0 : (numFmtIds.get(s.numberFormat) ?? 0);
    const fontId = s.bold || s.header ? (font.indices[0] ?? 0) : 0;
    const fillId = s.header ? (fill.indices[0] ?? 0) : 0;
    const attributes = `numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1"`;
    return s.wrap
      ? `<xf ${attributes} applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>`
      : `<xf ${attributes}/>`;
  });
  const cellXfs = addToCollection(xml, 'cellXfs', xfs, ['cellStyles', 'dxfs', ...STYLE_FOLLOWERS], '</styleSheet>');
  xml = cellXfs.xml;
  const xf = new Map(keys.map((s, i) => [styleKey(s), cellXfs.indices[i] ?? 0]));

  const uniqueDxfs = [...new Map(dxfs.map((d) => [`${d.fill}|${d.font}`, d])).values()];
  const dxfMap = new Map<string, number>();
  if (uniqueDxfs.length > 0) {
    const items = uniqueDxfs.map(
      (d) =>
        `<dxf><font><color rgb="${d.font}"/></font><fill><patternFill patternType="solid"><bgColor rgb="${d.fill}"/></patternFill></fill></dxf>`,
    );
    const added = addToCollection(xml, 'dxfs', items, STYLE_FOLLOWERS, '</styleSheet>');
    xml = added.xml;
    uniqueDxfs.forEach((d, i) => dxfMap.set(`${d.fill}|${d.font}`, added.indices[i] ?? 0));
  }
  return { xml, xf, dxf: dxfMap };
}
