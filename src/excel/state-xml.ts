// Where IJkpunt keeps its state per sheet: one custom XML part in IJkpunt's own namespace when
// the host has ExcelApi 1.5 (Workbook.customXmlParts,
// https://learn.microsoft.com/javascript/api/excel/excel.customxmlpartcollection), else the
// document settings as before. A part is a file of its own inside the workbook, not bounded by
// the settings' limit of about 1-2 MB (https://github.com/OfficeDev/office-js/issues/3957), and
// it is not loaded with every read of the settings. Excel's part has only getXml/setXml for its
// content (https://learn.microsoft.com/javascript/api/excel/excel.customxmlpart), so the whole
// document is written each time: small, as the state holds only what the sheet cannot tell.
import { supports } from './requirements';

/** IJkpunt's own namespace: getByNamespace finds IJkpunt's part and nobody else's. */
export const STATE_NAMESPACE = 'urn:ijkpunt:state:1';

/** One sheet's state in the part: keyed by the worksheet's id, its name kept as a fallback. */
export interface XmlEntry {
  readonly id: string | null;
  readonly name: string;
  /** The state as JSON text (the same text the settings held). */
  readonly json: string;
}

/** The gate: custom XML parts need ExcelApi 1.5 ([Api set: ExcelApi 1.5] on CustomXmlPartCollection). */
export function customXmlSupported(): boolean {
  return supports('1.5');
}

const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const escapeAttribute = (text: string): string =>
  escapeText(text).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');

/**
 * JSON escapes control characters and lone surrogates itself; U+FFFE and U+FFFF are valid JSON
 * but not XML characters (XML 1.0 §2.2), so they go as JSON escapes too.
 */
const xmlSafe = (json: string): string => json.replace(/[\uFFFE\uFFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);

/** The part's document: one <sheet> element per sheet, the state's JSON as its text. */
export function stateXml(entries: readonly XmlEntry[]): string {
  const sheets = entries.map((entry) => {
    const id = entry.id === null ? '' : ` id="${escapeAttribute(entry.id)}"`;
    return `<sheet${id} name="${escapeAttribute(entry.name)}">${escapeText(xmlSafe(entry.json))}</sheet>`;
  });
  return `<ijkpunt xmlns="${STATE_NAMESPACE}" version="1">${sheets.join('')}</ijkpunt>`;
}

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[entity] ?? '';
  });
}

/** Text content: entities resolved, CDATA sections as they are (a host may re-serialise the part). */
function textOf(content: string): string {
  return content
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((piece) => (piece.startsWith('<![CDATA[') ? piece.slice(9, -3) : unescapeXml(piece)))
    .join('');
}

function attributes(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of text.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    found.set(m[1] ?? '', unescapeXml(m[2] ?? m[3] ?? ''));
  }
  return found;
}

/** The entries of a part's document; elements it does not know are skipped, never fatal. */
export function parseStateXml(xml: string): XmlEntry[] {
  const entries: XmlEntry[] = [];
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?sheet\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?sheet\s*>)/g)) {
    const attrs = attributes(m[1] ?? '');
    const name = attrs.get('name');
    if (name === undefined) continue;
    entries.push({ id: attrs.get('id') || null, name, json: textOf(m[2] ?? '') });
  }
  return entries;
}

/** The entry of a sheet: by its id, else by name among entries written without an id. */
export function findEntry(entries: readonly XmlEntry[], sheet: string, id: string | null | undefined): XmlEntry | null {
  const byId = id ? entries.find((entry) => entry.id === id) : undefined;
  if (byId) return byId;
  const lower = sheet.toLowerCase();
  return entries.find((entry) => (entry.id === null || !id) && entry.name.toLowerCase() === lower) ?? null;
}

/** The entries with the sheet's entry replaced (or added); null `json` removes it. */
export function withEntry(
  entries: readonly XmlEntry[],
  sheet: string,
  id: string | null | undefined,
  json: string | null,
): XmlEntry[] {
  const old = findEntry(entries, sheet, id);
  const rest = entries.filter((entry) => entry !== old);
  return json === null ? rest : [...rest, { id: id ?? null, name: sheet, json }];
}
