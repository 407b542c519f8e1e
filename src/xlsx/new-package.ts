// A new one-sheet package holding a grid's cells (a CSV's table), for the writer to patch
// like any workbook. Written directly as SpreadsheetML: ExcelJS took seconds and over a
// gigabyte for a 200 000-row CSV; this is one string per row. The styles part is left to
// the writer, which adds one when a package has none.
import { a1 } from '../engine/core';
import type { CellGrid } from '../engine/core';
import { writePart, type Parts } from './package-xml';
import { cellXml } from './sheet-xml';
import { escapeXml } from './xml';

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** Excel caps sheet names at 31 characters and refuses []:*?/\ in them. */
export function packageSheetName(name: string): string {
  return (
    name
      .replace(/[[\]:*?/\\]/g, ' ')
      .slice(0, 31)
      .trim() || 'Blad1'
  );
}

function sheetXml(grid: CellGrid): string {
  const rows: string[] = [];
  let width = 0;
  grid.cells.forEach((row, r) => {
    const cells: string[] = [];
    row.forEach((value, c) => {
      if (typeof value === 'number' || (typeof value === 'string' && value !== '')) {
        cells.push(cellXml(a1(c, r + 1), 0, null, value));
        if (c + 1 > width) width = c + 1;
      } else if (typeof value === 'boolean') {
        cells.push(`<c r="${a1(c, r + 1)}" t="b"><v>${value ? 1 : 0}</v></c>`);
      }
    });
    if (cells.length > 0) rows.push(`<row r="${r + 1}">${cells.join('')}</row>`);
  });
  const dimension = width > 0 && grid.cells.length > 0 ? `A1:${a1(width - 1, grid.cells.length)}` : 'A1';
  return `${HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><dimension ref="${dimension}"/><sheetData>${rows.join('')}</sheetData></worksheet>`;
}

export function packageFromCells(grid: CellGrid): Parts {
  const parts: Parts = {};
  const name = escapeXml(packageSheetName(grid.sheet));
  writePart(
    parts,
    '[Content_Types].xml',
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
  );
  writePart(
    parts,
    '_rels/.rels',
    `${HEAD}<Relationships xmlns="${PACKAGE_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  writePart(
    parts,
    'xl/workbook.xml',
    `${HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets><sheet name="${name}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  writePart(
    parts,
    'xl/_rels/workbook.xml.rels',
    `${HEAD}<Relationships xmlns="${PACKAGE_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
  );
  writePart(parts, 'xl/worksheets/sheet1.xml', sheetXml(grid));
  return parts;
}
