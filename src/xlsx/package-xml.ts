// The parts of an .xlsx package the writer touches besides the sheet: the workbook (sheets,
// defined names, recalculation on open), its relationships and the content types.
import { partBytes } from './unzip';
import { attribute, elements, escapeXml, insertBefore, unescapeXml, withAttribute } from './xml';

export type Parts = Record<string, Uint8Array>;

const decoder = new TextDecoder();
const encoder = new TextEncoder();
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const RELATIONSHIPS_PREFIX = new RegExp(`xmlns:([A-Za-z_][\\w.-]*)="${RELATIONSHIPS_NS}"`, 'g');
const PREFIXED_ROOT = /<([A-Za-z_][\w.-]*):(workbook|worksheet|sst|styleSheet|chartsheet)(?=[\s>/])[^>]*>/;

/**
 * The part as this reader and the writer expect it: SpreadsheetML elements unprefixed and
 * `r:` declared on the root. The format lets any prefix stand for the main namespace
 * (`<x:workbook xmlns:x=…>`) and lets the relationships prefix be declared on each element
 * (openpyxl declares it on every <sheet>); the writer adds elements using `r:` at the root
 * level, so the root must bind it. Namespaces and meaning stay the same.
 */
function normalised(xml: string): string {
  let text = xml;
  const head = text.slice(0, 4096);
  const prefixed = PREFIXED_ROOT.exec(head);
  if (prefixed?.[1] && prefixed[0].includes(`xmlns:${prefixed[1]}="${MAIN_NS}"`) && !/\sxmlns="/.test(prefixed[0])) {
    const prefix = prefixed[1];
    // The prefix stays declared too: mc:Ignorable and extensions may name it.
    text = text
      .replace(new RegExp(`<(/?)${prefix}:`, 'g'), '<$1')
      .replace(`xmlns:${prefix}="${MAIN_NS}"`, `xmlns="${MAIN_NS}" xmlns:${prefix}="${MAIN_NS}"`);
  }
  // Another prefix for the relationships namespace (<sheet xmlns:ns=… ns:id=…>) becomes r:.
  const others = new Set([...text.matchAll(RELATIONSHIPS_PREFIX)].map((m) => m[1] ?? 'r'));
  others.delete('r');
  if (others.size > 0 && !new RegExp(`xmlns:r="(?!${RELATIONSHIPS_NS})`).test(text))
    for (const prefix of others) text = text.replace(new RegExp(`(\\s)${prefix}:([A-Za-z_][\\w.-]*=")`, 'g'), '$1r:$2');
  const root = /<(workbook|worksheet)(?=[\s>/])[^>]*>/.exec(text.slice(0, 4096));
  if (root && !root[0].includes('xmlns:r=') && /\sr:[A-Za-z_][\w.-]*="/.test(text)) {
    const tag = root[0].replace(/^<(workbook|worksheet)/, `$& xmlns:r="${RELATIONSHIPS_NS}"`);
    text = text.slice(0, root.index) + tag + text.slice(root.index + root[0].length);
  }
  return text;
}

export function readPart(parts: Parts, name: string): string | null {
  const bytes = partBytes(parts, name);
  return bytes ? normalised(decoder.decode(bytes)) : null;
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

const REL_TYPES = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';

/**
 * The path of the workbook's part of relationship type `type` ("styles", "sharedStrings"),
 * as its relationships name it; the usual path when they name none.
 */
export function workbookPart(parts: Parts, type: 'styles' | 'sharedStrings'): string {
  const rels = readPart(parts, WORKBOOK_RELS) ?? '';
  for (const r of elements(rels, 'Relationship')) {
    const target = attribute(r.text, 'Target');
    if (
      attribute(r.text, 'Type') === `${REL_TYPES}${type}` &&
      target !== null &&
      attribute(r.text, 'TargetMode') !== 'External'
    )
      return resolveTarget(target);
  }
  return `xl/${type}.xml`;
}

/**
 * The styles part's path, the part added (with its relationship and content type) when the
 * workbook has none: the format makes it optional, IJkpunt's cells need one.
 */
export function ensureStylesPart(parts: Parts, defaultXml: string): string {
  const path = workbookPart(parts, 'styles');
  if (parts[path]) return path;
  writePart(parts, path, defaultXml);
  const rels = readPart(parts, WORKBOOK_RELS) ?? '';
  if (!rels.includes(`${REL_TYPES}styles"`)) {
    const ids = new Set(elements(rels, 'Relationship').map((r) => attribute(r.text, 'Id')));
    let r = ids.size + 1;
    while (ids.has(`rId${r}`)) r += 1;
    const relationship = `<Relationship Id="rId${r}" Type="${REL_TYPES}styles" Target="styles.xml"/>`;
    writePart(parts, WORKBOOK_RELS, rels.replace('</Relationships>', `${relationship}</Relationships>`));
  }
  const types = readPart(parts, CONTENT_TYPES) ?? '';
  if (!types.includes(`PartName="/${path}"`))
    writePart(
      parts,
      CONTENT_TYPES,
      types.replace(
        '</Types>',
        `<Override PartName="/${path}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
      ),
    );
  return path;
}

/** The workbook with `r:` bound at its root, where the <sheet> IJkpunt adds uses it. */
function withRelationshipsPrefix(workbook: string): string {
  const root = /<workbook(?=[\s>/])[^>]*>/.exec(workbook);
  if (!root || root[0].includes('xmlns:r=')) return workbook;
  const tag = root[0].replace(/^<workbook/, `<workbook xmlns:r="${RELATIONSHIPS_NS}"`);
  return workbook.slice(0, root.index) + tag + workbook.slice(root.index + root[0].length);
}

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
  const workbook = withRelationshipsPrefix(readPart(parts, WORKBOOK) ?? '');
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
  names: readonly { name: string; ref: string; hidden?: boolean }[],
): void {
  let workbook = readPart(parts, WORKBOOK) ?? '';
  const lower = new Set([...replace].map((n) => n.toLowerCase()));
  for (const el of elements(workbook, 'definedName').reverse()) {
    if (lower.has((attribute(el.text, 'name') ?? '').toLowerCase()))
      workbook = workbook.slice(0, el.start) + workbook.slice(el.end);
  }
  const added = names
    .map(
      (n) =>
        `<definedName name="${escapeXml(n.name)}"${n.hidden ? ' hidden="1"' : ''}>${escapeXml(n.ref)}</definedName>`,
    )
    .join('');
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
