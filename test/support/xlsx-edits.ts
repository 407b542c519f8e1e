// A user's edits to a written copy, made in the package XML the way Excel and LibreOffice
// store them: inserting a column or row shifts every cell, formula reference, range attribute
// and defined name after it; typing in a cell replaces (or adds) that one <c>.
import { columnIndex, columnLetters } from '../../src/engine/core';
import { readPart, sheetsOf, writePart, type Parts } from '../../src/xlsx/package-xml';
import { unzipParts } from '../../src/xlsx/unzip';
import { zipParts } from '../../src/xlsx/zip';
import { escapeXml } from '../../src/xlsx/xml';

export interface Shift {
  /** 0-based column from which columns move one right (or null). */
  readonly col: number | null;
  /** 1-based row from which rows move one down (or null). */
  readonly row: number | null;
}

/** A1 references outside string literals, moved by `shift`. */
function shiftRefs(text: string, shift: Shift): string {
  return text
    .split('"')
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            /(?<![A-Za-z0-9_.])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g,
            (_m, d1: string, letters: string, d2: string, digits: string) => {
              const col = columnIndex(letters);
              const row = Number(digits);
              const newCol = shift.col !== null && col >= shift.col ? col + 1 : col;
              const newRow = shift.row !== null && row >= shift.row ? row + 1 : row;
              return `${d1}${columnLetters(newCol)}${d2}${newRow}`;
            },
          ),
    )
    .join('"');
}

function shiftSheetXml(xml: string, shift: Shift): string {
  return xml
    .replace(/\s(r|ref|sqref)="([^"]*)"/g, (_m, attr: string, value: string) => {
      if (attr === 'r' && /^\d+$/.test(value)) {
        const row = Number(value);
        return ` r="${shift.row !== null && row >= shift.row ? row + 1 : row}"`;
      }
      return ` ${attr}="${shiftRefs(value, shift)}"`;
    })
    .replace(/\sspans="[^"]*"/g, '')
    .replace(/<(f|formula)(\s[^>]*)?>([^<]*)<\/\1>/g, (_m, tag: string, attrs: string | undefined, body: string) => {
      return `<${tag}${attrs ?? ''}>${shiftRefs(body, shift)}</${tag}>`;
    });
}

function sheetPath(parts: Parts, sheet: string): string {
  const entry = sheetsOf(parts).find((s) => s.name === sheet);
  if (!entry) throw new Error(`no sheet ${sheet}`);
  return entry.path;
}

/** Inserts an empty column or row on `sheet`, as a spreadsheet program does. */
export function insertOnSheet(bytes: Uint8Array, sheet: string, shift: Shift): Uint8Array {
  const parts = unzipParts(bytes);
  const path = sheetPath(parts, sheet);
  writePart(parts, path, shiftSheetXml(readPart(parts, path) ?? '', shift));
  // Defined names on this sheet move too (references on other sheets stay).
  const workbook = readPart(parts, 'xl/workbook.xml') ?? '';
  writePart(
    parts,
    'xl/workbook.xml',
    workbook.replace(
      /(<definedName\b[^>]*>)([^<]*)(<\/definedName>)/g,
      (_m, open: string, ref: string, close: string) => {
        const bare = ref.replace(/&apos;/g, "'");
        const onSheet = bare.startsWith(`'${sheet}'!`) || bare.startsWith(`${sheet}!`);
        return onSheet ? `${open}${shiftRefs(ref, shift)}${close}` : `${open}${ref}${close}`;
      },
    ),
  );
  return zipParts(parts);
}

/** Types `value` (text or number) into `ref` of `sheet`: the cell's old content goes. */
export function typeInCell(bytes: Uint8Array, sheet: string, ref: string, value: string | number): Uint8Array {
  const parts = unzipParts(bytes);
  const path = sheetPath(parts, sheet);
  let xml = readPart(parts, path) ?? '';
  const cell =
    typeof value === 'number'
      ? `<c r="${ref}"><v>${value}</v></c>`
      : `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(value)}</t></is></c>`;
  const existing = new RegExp(`<c r="${ref}"(?:[^>]*/>|[^>]*>[\\s\\S]*?</c>)`);
  if (existing.test(xml)) {
    xml = xml.replace(existing, cell);
  } else {
    const row = Number(/\d+/.exec(ref)?.[0]);
    const col = columnIndex(/[A-Z]+/.exec(ref)?.[0] ?? 'A');
    const rowPattern = new RegExp(`<row r="${row}"[^>]*?(?:/>|>([\\s\\S]*?)</row>)`);
    const found = rowPattern.exec(xml);
    if (!found) {
      // A row with nothing in it yet: a new <row> in row order.
      const later = [...xml.matchAll(/<row r="(\d+)"/g)].find((m) => Number(m[1]) > row);
      const element = `<row r="${row}">${cell}</row>`;
      xml = later
        ? xml.replace(later[0], `${element}${later[0]}`)
        : xml.replace('</sheetData>', `${element}</sheetData>`);
      writePart(parts, path, xml);
      return zipParts(parts);
    }
    const cells = [...(found[1] ?? '').matchAll(/<c r="([A-Z]+)\d+"(?:[^>]*\/>|[^>]*>[\s\S]*?<\/c>)/g)];
    const after = cells.find((m) => columnIndex(m[1] ?? '') > col);
    const body = found[1] ?? '';
    const newBody = after ? body.replace(after[0], `${cell}${after[0]}`) : `${body}${cell}`;
    xml = xml.replace(found[0], `<row r="${row}">${newBody}</row>`);
  }
  writePart(parts, path, xml);
  return zipParts(parts);
}
