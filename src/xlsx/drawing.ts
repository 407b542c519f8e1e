// IJkpunt's charts patched into a sheet's drawing: one chart part per chart, anchored over the
// cells the plan reserved for it, appended to the drawing the sheet already has (the user's
// own charts, pictures and shapes stay as they are) or to a new drawing. A re-run first takes
// out the anchors IJkpunt drew (their name starts with CHART_PREFIX) with their chart parts,
// so the sheet never gets a second set.
import { parseA1 } from '../engine/core';
import type { PlanChart } from '../plan';
import { chartSpaceXml, type CellLookup, type ChartColours } from './chart-xml';
import { readPart, writePart, type Parts } from './package-xml';
import { attribute, elements, escapeXml, insertBefore } from './xml';

/** The name every chart IJkpunt draws starts with (the add-in names its charts the same way). */
export const CHART_PREFIX = 'IJkpunt ';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const DRAWING_TYPE = `${REL}/drawing`;
const CHART_TYPE = `${REL}/chart`;
const CONTENT_TYPES = '[Content_Types].xml';
const CHART_CONTENT = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const DRAWING_CONTENT = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const EMPTY_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
const EMPTY_DRAWING =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"></xdr:wsDr>';
/** Worksheet children after <drawing> (ECMA-376 order). */
const AFTER_DRAWING = [
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

function relsPath(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target relative to the part's folder, as a package path. */
function resolve(part: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const out = part.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') out.pop();
    else if (piece !== '.') out.push(piece);
  }
  return out.join('/');
}

interface Rel {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

function relsOf(xml: string): Rel[] {
  return elements(xml, 'Relationship').map((r) => ({
    id: attribute(r.text, 'Id') ?? '',
    type: attribute(r.text, 'Type') ?? '',
    target: attribute(r.text, 'Target') ?? '',
  }));
}

function freeId(rels: readonly Rel[]): string {
  const ids = new Set(rels.map((r) => r.id));
  let n = rels.length + 1;
  while (ids.has(`rId${n}`)) n += 1;
  return `rId${n}`;
}

function addRel(xml: string, rel: Rel): string {
  const el = `<Relationship Id="${rel.id}" Type="${rel.type}" Target="${escapeXml(rel.target)}"/>`;
  return xml.includes('</Relationships>')
    ? xml.replace('</Relationships>', () => `${el}</Relationships>`)
    : xml.replace(/<Relationships([^>]*)\/>/, (_m, attrs: string) => `<Relationships${attrs}>${el}</Relationships>`);
}

function freePart(parts: Parts, folder: string, stem: string): string {
  let n = 1;
  while (parts[`${folder}/${stem}${n}.xml`]) n += 1;
  return `${folder}/${stem}${n}.xml`;
}

function setContentType(parts: Parts, path: string, type: string | null): void {
  let types = readPart(parts, CONTENT_TYPES) ?? '';
  types = types.replace(new RegExp(`<Override\\b[^>]*PartName="/${path.replace(/[.]/g, '\\.')}"[^>]*/>`), '');
  if (type) types = types.replace('</Types>', `<Override PartName="/${path}" ContentType="${type}"/></Types>`);
  writePart(parts, CONTENT_TYPES, types);
}

/** Anchors are named in <xdr:cNvPr name="…">; IJkpunt's start with CHART_PREFIX. */
function anchorName(anchor: string): string {
  return attribute(/<xdr:cNvPr\b[^>]*>/.exec(anchor)?.[0] ?? '', 'name') ?? '';
}

/** The drawing without IJkpunt's anchors; their charts' parts and relationships removed. */
function removeOwnCharts(parts: Parts, drawingPath: string, drawing: string): string {
  const rels = relsPath(drawingPath);
  let relXml = readPart(parts, rels) ?? EMPTY_RELS;
  const byId = new Map(relsOf(relXml).map((r) => [r.id, r]));
  let out = drawing;
  for (const anchor of elements(out, 'xdr:twoCellAnchor').reverse()) {
    if (!anchorName(anchor.text).startsWith(CHART_PREFIX)) continue;
    const id = /<c:chart\b[^>]*\br:id="([^"]+)"/.exec(anchor.text)?.[1];
    const rel = id ? byId.get(id) : undefined;
    if (id && rel) {
      const chartPath = resolve(drawingPath, rel.target);
      delete parts[chartPath];
      delete parts[relsPath(chartPath)];
      setContentType(parts, chartPath, null);
      relXml = relXml.replace(new RegExp(`<Relationship\\b[^>]*\\bId="${id}"[^>]*/>`), '');
    }
    out = out.slice(0, anchor.start) + out.slice(anchor.end);
  }
  writePart(parts, rels, relXml);
  return out;
}

function anchorXml(spec: PlanChart, id: number, name: string, rid: string): string {
  const at = parseA1(spec.anchor) ?? { col: 0, row: 1 };
  const marker = (col: number, row: number) =>
    `<xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
  return (
    `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${marker(at.col, at.row - 1)}</xdr:from>` +
    `<xdr:to>${marker(at.col + spec.width, at.row - 1 + spec.height)}</xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id}" name="${escapeXml(name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${REL}" r:id="${rid}"/>` +
    `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

/** The sheet's drawing part (created, with its relationship and <drawing>, when the sheet has none). */
function drawingOf(parts: Parts, sheetPath: string, create: boolean): string | null {
  const sheetRels = relsPath(sheetPath);
  const relXml = readPart(parts, sheetRels) ?? EMPTY_RELS;
  const existing = relsOf(relXml).find((r) => r.type === DRAWING_TYPE);
  if (existing) return resolve(sheetPath, existing.target);
  if (!create) return null;
  const path = freePart(parts, 'xl/drawings', 'drawing');
  const id = freeId(relsOf(relXml));
  writePart(
    parts,
    sheetRels,
    addRel(relXml, { id, type: DRAWING_TYPE, target: `../drawings/${path.split('/').pop()}` }),
  );
  writePart(parts, path, EMPTY_DRAWING);
  setContentType(parts, path, DRAWING_CONTENT);
  let sheet = readPart(parts, sheetPath) ?? '';
  if (!/<worksheet\b[^>]*\sxmlns:r=/.test(sheet)) sheet = sheet.replace(/<worksheet\b/, `<worksheet xmlns:r="${REL}"`);
  writePart(parts, sheetPath, insertBefore(sheet, `<drawing r:id="${id}"/>`, AFTER_DRAWING, '</worksheet>'));
  return path;
}

/**
 * Replaces IJkpunt's charts on the sheet at `sheetPath` by `charts` (none: only removes).
 * `lookup` gives the plan's cached values for the charts' caches.
 */
export function patchCharts(
  parts: Parts,
  sheetPath: string,
  sheet: string,
  charts: readonly PlanChart[],
  lookup: CellLookup,
  colours: ChartColours,
): void {
  const drawingPath = drawingOf(parts, sheetPath, charts.length > 0);
  if (!drawingPath) return;
  let drawing = readPart(parts, drawingPath) ?? EMPTY_DRAWING;
  // A drawing written with other prefixes than Excel's own is left alone rather than mixed.
  if (!/<xdr:wsDr\b/.test(drawing)) return;
  drawing = drawing.replace(/<xdr:wsDr\b([^>]*?)\s*\/>/, (_m, attrs: string) => `<xdr:wsDr${attrs}></xdr:wsDr>`);
  if (!/<xdr:wsDr\b[^>]*\sxmlns:a=/.test(drawing))
    drawing = drawing.replace(
      /<xdr:wsDr\b/,
      '<xdr:wsDr xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"',
    );
  drawing = removeOwnCharts(parts, drawingPath, drawing);
  const rels = relsPath(drawingPath);
  let relXml = readPart(parts, rels) ?? EMPTY_RELS;
  const ids = [...drawing.matchAll(/<xdr:cNvPr\b[^>]*\bid="(\d+)"/g)].map((m) => Number(m[1]));
  let shapeId = Math.max(1, ...ids) + 1;
  const anchors: string[] = [];
  charts.forEach((spec, i) => {
    const chartPath = freePart(parts, 'xl/charts', 'chart');
    writePart(parts, chartPath, chartSpaceXml(sheet, spec, lookup, colours));
    setContentType(parts, chartPath, CHART_CONTENT);
    const rid = freeId(relsOf(relXml));
    relXml = addRel(relXml, { id: rid, type: CHART_TYPE, target: `../charts/${chartPath.split('/').pop()}` });
    anchors.push(anchorXml(spec, shapeId, `${CHART_PREFIX}${sheet} ${i + 1}`, rid));
    shapeId += 1;
  });
  drawing = drawing.replace(/<\/xdr:wsDr>\s*$/, () => `${anchors.join('')}</xdr:wsDr>`);
  writePart(parts, drawingPath, drawing);
  writePart(parts, rels, relXml);
}
