// The parts of an .xlsx package the writer touches besides the sheet: the workbook (sheets,
// defined names, recalculation on open), its relationships and the content types.
import { attribute, elements, escapeXml, insertBefore, unescapeXml, withAttribute } from './xml';

export type Parts = Record<string, Uint8Array>;

const decoder = new TextDecoder();
const encoder = new TextEncoder();

export function readPart(parts: Parts, name: string): string | null {
  const bytes = parts[name];
  return bytes ? decoder.decode(bytes) : null;
}

export function writePart(parts: Parts, name: string, xml: string): void {
  parts[name] = encoder.encode(xml);
}

export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly rid: string;
  /** Package path, e.g. "xl/worksheets/sheet1.xml". */
  readonly path: string;
}

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const CONTENT_TYPES = '[Content_Types].xml';
/** Children of <workbook> that follow <calcPr> (ECMA-376 order). */
const AFTER_CALC_PR = [
  'oleSize',
  'customWorkbookViews',
  'pivotCaches',
  'smartTagPr',
  'smartTagTypes',
  'webPublishing',
  'fileRecoveryPr',
  'webPublishObjects',
  'extLst',
];
const WORKSHEET_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';

function resolveTarget(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = `xl/${target}`.split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '..') out.pop();
    else if (part !== '.') out.push(part);
  }
  return out.join('/');
}

export function sheetsOf(parts: Parts): SheetEntry[] {
  const workbook = readPart(parts, WORKBOOK) ?? '';
  const rels = readPart(parts, WORKBOOK_RELS) ?? '';
  const targets = new Map(
    elements(rels, 'Relationship').map((r) => [attribute(r.text, 'Id') ?? '', attribute(r.text, 'Target') ?? '']),
  );
  return elements(workbook, 'sheet').map((s) => {
    const rid = attribute(s.text, 'r:id') ?? '';
    return {
      name: attribute(s.text, 'name') ?? '',
      sheetId: Number(attribute(s.text, 'sheetId') ?? 0),
      rid,
      path: resolveTarget(targets.get(rid) ?? ''),
    };
  });
}

/** Adds a worksheet part (very hidden) and returns its path. */
/** Adds a worksheet part; IJkpunt's ownership record is very hidden, a factsheet is not. */
export function addSheet(parts: Parts, name: string, xml: string, hidden = true): string {
  const sheets = sheetsOf(parts);
  let n = sheets.length + 1;
  while (parts[`xl/worksheets/sheet${n}.xml`]) n += 1;
  const path = `xl/worksheets/sheet${n}.xml`;
  writePart(parts, path, xml);
  const rels = readPart(parts, WORKBOOK_RELS) ?? '';
  const ids = new Set(elements(rels, 'Relationship').map((r) => attribute(r.text, 'Id')));
  let r = ids.size + 1;
  while (ids.has(`rId${r}`)) r += 1;
  const rid = `rId${r}`;
  writePart(
    parts,
    WORKBOOK_RELS,
    rels.replace(
      '</Relationships>',
      `<Relationship Id="${rid}" Type="${WORKSHEET_TYPE}" Target="worksheets/sheet${n}.xml"/></Relationships>`,
    ),
  );
  const workbook = readPart(parts, WORKBOOK) ?? '';
  const sheetId = Math.max(0, ...sheets.map((s) => s.sheetId)) + 1;
  writePart(
    parts,
    WORKBOOK,
    workbook.replace(
      '</sheets>',
      () =>
        `<sheet name="${escapeXml(name)}" sheetId="${sheetId}"${hidden ? ' state="veryHidden"' : ''} r:id="${rid}"/></sheets>`,
    ),
  );
  const types = readPart(parts, CONTENT_TYPES) ?? '';
  writePart(
    parts,
    CONTENT_TYPES,
    types.replace(
      '</Types>',
      `<Override PartName="/${path}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    ),
  );
  return path;
}

/** Replaces the defined names in `replace` (case-insensitive) by `names`. */
export function setDefinedNames(
  parts: Parts,
  replace: ReadonlySet<string>,
  names: readonly { name: string; ref: string }[],
): void {
  let workbook = readPart(parts, WORKBOOK) ?? '';
  const lower = new Set([...replace].map((n) => n.toLowerCase()));
  for (const el of elements(workbook, 'definedName').reverse()) {
    if (lower.has((attribute(el.text, 'name') ?? '').toLowerCase()))
      workbook = workbook.slice(0, el.start) + workbook.slice(el.end);
  }
  const added = names.map((n) => `<definedName name="${escapeXml(n.name)}">${escapeXml(n.ref)}</definedName>`).join('');
  if (/<definedNames\s*\/>/.test(workbook))
    // Replacer functions: a reference such as 'Kosten$'!$A$1 holds "$'", a replacement pattern.
    workbook = workbook.replace(/<definedNames\s*\/>/, () => `<definedNames>${added}</definedNames>`);
  else if (workbook.includes('</definedNames>'))
    workbook = workbook.replace('</definedNames>', () => `${added}</definedNames>`);
  else if (added !== '')
    workbook = insertBefore(
      workbook,
      `<definedNames>${added}</definedNames>`,
      ['calcPr', ...AFTER_CALC_PR],
      '</workbook>',
    );
  writePart(parts, WORKBOOK, workbook);
}

/** Excel and LibreOffice recalculate every formula on open; the stale calculation chain goes. */
export function recalculateOnOpen(parts: Parts): void {
  let workbook = readPart(parts, WORKBOOK) ?? '';
  const calcPr = /<calcPr\b[^>]*\/?>/.exec(workbook);
  if (calcPr) workbook = workbook.replace(calcPr[0], withAttribute(calcPr[0], 'fullCalcOnLoad', '1'));
  else workbook = insertBefore(workbook, '<calcPr fullCalcOnLoad="1"/>', AFTER_CALC_PR, '</workbook>');
  writePart(parts, WORKBOOK, workbook);
  if (parts['xl/calcChain.xml']) {
    delete parts['xl/calcChain.xml'];
    const rels = readPart(parts, WORKBOOK_RELS) ?? '';
    writePart(parts, WORKBOOK_RELS, rels.replace(/<Relationship\b[^>]*Target="[^"]*calcChain\.xml"[^>]*\/>/, ''));
    const types = readPart(parts, CONTENT_TYPES) ?? '';
    writePart(parts, CONTENT_TYPES, types.replace(/<Override\b[^>]*PartName="\/xl\/calcChain\.xml"[^>]*\/>/, ''));
  }
}

export { unescapeXml };
