// A plan's chart as a DrawingML chart part (ECMA-376 Part 1, §21.2: c:chartSpace). Element
// order follows the schema's sequences, checked in the tests against charts Excel itself wrote
// (XlsxWriter's comparison files, test/fixtures/excel-made). Every series points at the cells
// of the plan (categories, values, and its name in c:tx/c:strRef); the caches hold the
// engine's values so a reader that does not recalculate still shows the right picture.
import { a1, parseRange, type RangeBox } from '../engine/core';
import { quotedSheet, type PlanChart, type PlanValue, type SeriesTone, type Tone } from '../plan';
import { escapeXml } from './xml';

/** A plan cell's value (the cached result), by 1-based row and 0-based column. */
export type CellLookup = (row: number, col: number) => PlanValue | undefined;

/** "Onvoldoende gegevens" in a stacked status chart: neither tone, so grey (as in the add-in). */
export const MISSING_GREY = '#BFBFBF';

const NS =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** `'Blad 1'!$R$21:$R$27`. */
function absolute(sheet: string, box: RangeBox): string {
  const cell = (col: number, row: number) => a1(col, row).replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
  const from = cell(box.left, box.top);
  const to = cell(box.right, box.bottom);
  return `${quotedSheet(sheet)}!${from === to ? from : `${from}:${to}`}`;
}

/** The cells of a one-column (or one-row) range, in order. */
function cellsOf(box: RangeBox): { row: number; col: number }[] {
  const out: { row: number; col: number }[] = [];
  for (let row = box.top; row <= box.bottom; row += 1)
    for (let col = box.left; col <= box.right; col += 1) out.push({ row, col });
  return out;
}

function strRef(sheet: string, range: string, lookup: CellLookup): string {
  const box = parseRange(range);
  if (!box) throw new Error(`xlsx: bad chart range ${range}`);
  const cells = cellsOf(box);
  const pts = cells
    .map((c, i) => {
      const v = lookup(c.row, c.col);
      return v === null || v === undefined || v === ''
        ? ''
        : `<c:pt idx="${i}"><c:v>${escapeXml(String(v))}</c:v></c:pt>`;
    })
    .join('');
  return `<c:strRef><c:f>${escapeXml(absolute(sheet, box))}</c:f><c:strCache><c:ptCount val="${cells.length}"/>${pts}</c:strCache></c:strRef>`;
}

function numRef(sheet: string, range: string, lookup: CellLookup, format: string): string {
  const box = parseRange(range);
  if (!box) throw new Error(`xlsx: bad chart range ${range}`);
  const cells = cellsOf(box);
  // #N/A and text are points without a value: the chart draws no bar there.
  const pts = cells
    .map((c, i) => {
      const v = lookup(c.row, c.col);
      return typeof v === 'number' && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : '';
    })
    .join('');
  return `<c:numRef><c:f>${escapeXml(absolute(sheet, box))}</c:f><c:numCache><c:formatCode>${escapeXml(format)}</c:formatCode><c:ptCount val="${cells.length}"/>${pts}</c:numCache></c:numRef>`;
}

function solidFill(hex: string): string {
  return `<a:solidFill><a:srgbClr val="${hex.replace('#', '').toUpperCase()}"/></a:solidFill>`;
}

function richText(text: string, size: number, bold: boolean): string {
  return `<c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr><a:r><a:rPr lang="nl-NL" sz="${size}" b="${bold ? 1 : 0}"/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich>`;
}

function textProperties(size: number): string {
  return `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}"/></a:pPr><a:endParaRPr lang="nl-NL"/></a:p></c:txPr>`;
}

function dataLabels(format: string, position: 'outEnd' | 'ctr'): string {
  return (
    `<c:dLbls><c:numFmt formatCode="${escapeXml(format)}" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>` +
    // Every flag spelt out, as Excel writes them: LibreOffice reads a missing one as on (and
    // would print the series and category name beside each figure). Gnumeric warns about
    // showLegendKey and showSerName here but opens the file.
    `${textProperties(800)}<c:dLblPos val="${position}"/><c:showLegendKey val="0"/><c:showVal val="1"/>` +
    `<c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`
  );
}

export interface ChartColours {
  readonly tones: Record<Tone, { readonly chart: string }>;
}

function seriesColour(tone: SeriesTone | undefined, colours: ChartColours, index: number): string {
  if (tone === 'missing') return MISSING_GREY;
  if (tone) return colours.tones[tone].chart;
  // Own against norm: own in dark grey, the norm lighter (IBCS: actual solid, reference outlined).
  return index === 0 ? '#404040' : '#A6A6A6';
}

const AXIS_IDS = { cat: 50010001, val: 50010002 };

/** The chart part's XML for `spec`, whose ranges lie on `sheet`. */
export function chartSpaceXml(sheet: string, spec: PlanChart, lookup: CellLookup, colours: ChartColours): string {
  const bar = spec.kind !== 'ownVsNorm';
  const stacked = spec.kind === 'statusStacked';
  const format = spec.labelFormat ?? 'General';
  const series = spec.series
    .map((s, i) => {
      const name = s.nameRef
        ? `<c:tx>${strRef(sheet, s.nameRef, lookup)}</c:tx>`
        : `<c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>`;
      const fill = `<c:spPr>${solidFill(seriesColour(spec.seriesTones?.[i], colours, i))}</c:spPr>`;
      const labels = spec.labelFormat ? dataLabels(format, stacked ? 'ctr' : 'outEnd') : '';
      return (
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>${name}${fill}<c:invertIfNegative val="0"/>${labels}` +
        `<c:cat>${strRef(sheet, spec.categories, lookup)}</c:cat><c:val>${numRef(sheet, s.values, lookup, format)}</c:val></c:ser>`
      );
    })
    .join('');
  // Bars of one category lie on top of each other (each holds a value or #N/A), the first
  // category at the top: a bar chart counts its categories from the bottom unless reversed.
  const overlap = bar ? '<c:overlap val="100"/>' : '';
  const chart =
    `<c:barChart><c:barDir val="${bar ? 'bar' : 'col'}"/><c:grouping val="${stacked ? 'stacked' : 'clustered'}"/>` +
    `<c:varyColors val="0"/>${series}<c:gapWidth val="60"/>${overlap}` +
    `<c:axId val="${AXIS_IDS.cat}"/><c:axId val="${AXIS_IDS.val}"/></c:barChart>`;
  const catAx =
    `<c:catAx><c:axId val="${AXIS_IDS.cat}"/><c:scaling><c:orientation val="${bar ? 'maxMin' : 'minMax'}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${bar ? 'l' : 'b'}"/><c:numFmt formatCode="General" sourceLinked="0"/>` +
    `<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>${textProperties(800)}` +
    `<c:crossAx val="${AXIS_IDS.val}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>` +
    `<c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valAx =
    `<c:valAx><c:axId val="${AXIS_IDS.val}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${bar ? 't' : 'l'}"/><c:majorGridlines><c:spPr><a:ln w="3175">${solidFill('#D9D9D9')}</a:ln></c:spPr></c:majorGridlines>` +
    `<c:numFmt formatCode="${escapeXml(format)}" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/>${textProperties(800)}<c:crossAx val="${AXIS_IDS.cat}"/><c:crosses val="autoZero"/>` +
    `<c:crossBetween val="between"/></c:valAx>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace ${NS}><c:lang val="nl-NL"/>` +
    `<c:roundedCorners val="0"/><c:chart><c:title><c:tx>${richText(spec.title, 1200, true)}</c:tx>` +
    `<c:layout/><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${chart}${catAx}${valAx}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${textProperties(800)}</c:legend><c:plotVisOnly val="1"/>` +
    `<c:dispBlanksAs val="gap"/></c:chart><c:spPr>${solidFill('#FFFFFF')}<a:ln><a:noFill/></a:ln></c:spPr></c:chartSpace>`
  );
}
