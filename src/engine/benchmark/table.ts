// From a grid of cells to clusters with parsed numbers: the header row, the role of each
// column, section rows (category of the rows below), total rows (cross-checked later), and a
// warning naming the cell for every value that could not be read.
import { gridCell, rangeA1, type CellRef, gridOrigin } from '../core';
import { findHeaderRow, headerContext } from './header-row';
import { recogniseHeaders, type ColumnEvidence } from './headers';
import { findIv3Code } from '../core';
import { isTotalLabel, knownOverheadCluster, normaliseLabel, sectionCategory, totalCategory } from '../core';
import { benchmarkMessages } from '../../i18n/benchmark-messages';
import { type DecimalStyle } from '../core';
import { findSheetParameters, parameterKeyOf, type SheetParameters } from './parameters';
import {
  columnEvidence,
  isFootnoteLine,
  percentPointRoles,
  rowNumbers,
  type NumericRole,
  type RowNumbers,
  type TableLayout,
} from './table-cells';
import type { Category, CellGrid, CellValue, FatalError, Language, Warning } from '../core';
import type { ColumnGuess, Role } from './types';
import { categoriseByTotal, withSubtotals } from './table-groups';

export type { NumericRole } from './table-cells';

export interface ClusterRow {
  readonly name: string;
  /** 1-based sheet row. */
  readonly row: number;
  readonly category: Category | null;
  readonly iv3: string | null;
  readonly values: Readonly<Partial<Record<NumericRole, number | null>>>;
  /** Half a unit of each figure's last printed digit: how far the printed figure may be off. */
  readonly halfUnits?: Readonly<Partial<Record<NumericRole, number>>>;
  readonly note: string | null;
  /** The row is an aggregate ("Primair proces", "Overhead" with figures), not a cluster. */
  readonly aggregate?: true;
  readonly footnotes?: readonly { readonly cell: string; readonly mark: string }[];
}

/** What tells whether the table covers the whole overhead or only some of its clusters. */
export interface CoverageHints {
  /** Section rows, a category column or a total row named for a group decided the categories. */
  readonly declared: boolean;
  /** The rows are the aggregates themselves. */
  readonly aggregates: boolean;
}

export interface TotalRow {
  readonly name: string;
  readonly row: number;
  readonly group: Category | 'total';
  readonly values: Readonly<Partial<Record<'fte' | 'costs', number | null>>>;
}

export interface PreparedTable {
  readonly sheet: string;
  readonly range: string;
  /** 1-based sheet row of the header. */
  readonly headerRow: number;
  /** 0-based sheet column of the table's first column. */
  readonly firstColumn: number;
  readonly columns: readonly ColumnGuess[];
  /** Role → 0-based sheet column. */
  readonly roleColumns: Readonly<Partial<Record<Role, number>>>;
  readonly clusters: readonly ClusterRow[];
  readonly totals: readonly TotalRow[];
  readonly sheetParameters: SheetParameters;
  readonly warnings: readonly Warning[];
  /** Share columns whose plain numbers are percentage points (1,6 for 1,6 %). */
  readonly percentPoints: readonly NumericRole[];
  /** 1-based sheet row of the last row that belongs to the table. */
  readonly lastRow: number;
  /** 0-based sheet column of the table's last column. */
  readonly lastColumn: number;
  readonly coverage: CoverageHints;
}

export type PrepareOutcome =
  { readonly ok: true; readonly table: PreparedTable } | ({ readonly ok: false } & FatalError);

export interface TableOptions {
  readonly overrides?: Readonly<Record<number, Role | null>>;
  readonly language?: Language;
  readonly decimal?: DecimalStyle;
  readonly headerRow?: number;
}

function text(cell: CellValue | undefined): string {
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number' && Number.isFinite(cell)) return String(cell);
  return '';
}

function isBlankRow(row: readonly CellValue[] | undefined): boolean {
  return !row || row.every((cell) => cell === null || (typeof cell === 'string' && cell.trim() === ''));
}

function categoryFromText(value: string): Category | null {
  const normal = normaliseLabel(value);
  if (/^(oh|overhead|bedrijfsvoering|ondersteuning|support)$/.test(normal)) return 'overhead';
  if (/^(pp|primair|primair proces|primaire processen|primary|primary process)$/.test(normal)) return 'primair';
  return null;
}

function fatal(message: string, cell: string | null = null): PrepareOutcome {
  return { ok: false, fatal: true, cell, message };
}

/** A row with figures as a cluster: its name, category (column, section or name) and IV3 code. */
function clusterRow(
  layout: TableLayout,
  row: readonly CellValue[],
  r: number,
  label: string,
  read: RowNumbers,
  section: Category | null,
  warnings: Warning[],
): ClusterRow {
  const { values } = read;
  const { t, origin, roleIndex } = layout;
  const sheetRow = origin.row + r;
  const name = label !== '' ? label : t.rowLabel(sheetRow);
  if (label === '') {
    warnings.push({ cell: gridCell(origin, r, layout.clusterColumn), message: t.missingClusterName(sheetRow) });
  }
  const categoryCell = roleIndex.category !== undefined ? text(row[roleIndex.category]) : '';
  const fromColumn = categoryCell !== '' ? categoryFromText(categoryCell) : null;
  if (categoryCell !== '' && fromColumn === null && roleIndex.category !== undefined) {
    warnings.push({ cell: gridCell(origin, r, roleIndex.category), message: t.unknownCategory(categoryCell) });
  }
  const iv3 = findIv3Code(name);
  // Only ask the (slower) name lists when neither the column nor a section decided.
  const category = fromColumn ?? section ?? (iv3?.code === '0.4' || knownOverheadCluster(name) ? 'overhead' : null);
  const cluster: ClusterRow = {
    name,
    row: sheetRow,
    category,
    iv3: iv3?.code ?? null,
    values,
    halfUnits: read.halfUnits,
    note: roleIndex.note !== undefined ? text(row[roleIndex.note]) || null : null,
  };
  // Added only where there are marks: a spread of an optional part per row costs the engine dearly.
  return read.footnotes.length > 0 ? { ...cluster, footnotes: read.footnotes } : cluster;
}

/**
 * Without sections or a category column, a table that names some overhead clusters is a
 * mixed table: the rest is primary process. A table naming none stays uncategorised.
 */
function withPrimaryByDefault(clusters: ClusterRow[], decided: boolean): ClusterRow[] {
  const anyCategory = clusters.some((cluster) => cluster.category !== null);
  return !decided && anyCategory
    ? clusters.map((cluster) => ({ ...cluster, category: cluster.category ?? ('primair' as const) }))
    : clusters;
}

/**
 * The header's columns and each role's first column. Columns end at the last header: cells
 * further right are notes or other blocks.
 */
function headerColumns(
  header: readonly CellValue[],
  overrides: TableOptions['overrides'],
  context: readonly string[],
  evidence: readonly ColumnEvidence[],
): { columns: ColumnGuess[]; roleIndex: Partial<Record<Role, number>> } {
  let width = header.length;
  while (width > 0 && text(header[width - 1]) === '') width -= 1;
  const columns = recogniseHeaders(header.slice(0, width), overrides, context, evidence);
  const roleIndex: Partial<Record<Role, number>> = {};
  for (const guess of columns) {
    if (guess.role !== null && roleIndex[guess.role] === undefined) roleIndex[guess.role] = guess.column;
  }
  return { columns, roleIndex };
}

/** The rows below the header, to the table's end: clusters, total rows, and whether sections were seen. */
function readRows(cells: CellGrid['cells'], firstRow: number, layout: TableLayout) {
  const warnings: Warning[] = [];
  const clusters: ClusterRow[] = [];
  const aggregates: ClusterRow[] = [];
  const totals: TotalRow[] = [];
  let section: Category | null = null;
  let sawSection = false;
  let groupTotals = false;
  let sinceTotal = 0;
  let lastDataIndex = firstRow - 1;
  let blankRun = 0;
  const decidedByColumn = layout.roleIndex.category !== undefined;

  for (let r = firstRow; r < cells.length; r += 1) {
    const row = cells[r] ?? [];
    const sheetRow = layout.origin.row + r;
    if (isBlankRow(row)) {
      blankRun += 1;
      // Two blank rows end the table: what follows is notes or another block.
      if (blankRun >= 2 && clusters.length + aggregates.length > 0) break;
      continue;
    }
    blankRun = 0;
    const label = text(row[layout.clusterColumn]);
    const read = rowNumbers(layout, row, r, label, warnings);
    const { values, numbers } = read;
    const heading = label !== '' ? sectionCategory(label) : null;

    if (heading !== null && numbers === 0) {
      section = heading;
      sawSection = true;
      lastDataIndex = r;
      continue;
    }
    if (heading !== null) {
      // "Primair proces | 412,3 | …": the aggregate itself, and a heading for any rows below it.
      aggregates.push({ ...clusterRow(layout, row, r, label, read, heading, warnings), aggregate: true });
      section = heading;
      lastDataIndex = r;
      continue;
    }
    if (label !== '' && isTotalLabel(label)) {
      const group = totalCategory(label) ?? 'total';
      totals.push({
        name: label,
        row: sheetRow,
        group,
        values: { fte: values.fte ?? null, costs: values.costs ?? null },
      });
      if (group !== 'total' && !sawSection && !decidedByColumn) {
        categoriseByTotal(clusters, sinceTotal, group);
        groupTotals = true;
      }
      sinceTotal = clusters.length;
      lastDataIndex = r;
      continue;
    }
    if (label !== '' && parameterKeyOf(label) !== null) {
      // "Inwoners | 43.500" below the table is a parameter, not a cluster.
      continue;
    }
    if (numbers === 0 && (label === '' || isBlankRowExceptLabel(row, layout.clusterColumn))) {
      // A lone label without any figures: a heading or remark, not a cluster; a footnote or
      // source line under the table ("*inclusief materiële kosten") is not even part of it.
      if (label !== '' && !isFootnoteLine(label)) lastDataIndex = r;
      continue;
    }
    clusters.push(clusterRow(layout, row, r, label, read, section, warnings));
    lastDataIndex = r;
  }

  const onlyAggregates = aggregates.length > 0 && clusters.length === 0;
  const merged = onlyAggregates ? aggregates : withSubtotals(aggregates, clusters, totals);
  return {
    clusters: merged,
    totals,
    warnings,
    sawSection: sawSection || onlyAggregates,
    hints: { declared: sawSection || groupTotals || decidedByColumn, aggregates: onlyAggregates },
    lastDataIndex,
  };
}

/** A warning on each header whose values decided its role against its words. */
function byValuesWarnings(
  columns: readonly ColumnGuess[],
  origin: CellRef,
  headerIndex: number,
  t: TableLayout['t'],
): Warning[] {
  return columns.flatMap((c) => {
    if (!c.byValues || c.role === null) return [];
    const cell = gridCell(origin, headerIndex, c.column);
    return [{ cell, message: t.roleByValues(c.header, cell, c.byValues, c.role) }];
  });
}

/** The table in `grid`, with parameters also looked for in `sheet` (the whole used range). */
export function prepareTable(grid: CellGrid, options: TableOptions = {}, sheet?: CellGrid): PrepareOutcome {
  const t = benchmarkMessages(options.language ?? 'nl');
  const origin: CellRef = gridOrigin(grid);
  const cells = grid.cells;
  if (cells.length === 0 || cells.every((row) => isBlankRow(row))) {
    return fatal(t.emptySelection);
  }
  const given = options.headerRow;
  const headerIndex = given !== undefined && given >= 0 && given < cells.length ? given : findHeaderRow(cells);
  if (headerIndex === null) {
    return fatal(t.noHeaderRow, gridCell(origin, 0, 0));
  }
  const header = cells[headerIndex] ?? [];
  const { context, below } = headerContext(cells, headerIndex);
  const firstRow = headerIndex + (below ? 2 : 1);
  const evidence = columnEvidence(cells, firstRow, header.length, options.decimal);
  const { columns, roleIndex } = headerColumns(header, options.overrides, context, evidence);
  const headerAddress = gridCell(origin, headerIndex, 0);
  if (roleIndex.fte === undefined && roleIndex.costs === undefined) {
    return fatal(t.noMeasureColumn, headerAddress);
  }
  const clusterColumn = roleIndex.cluster ?? 0;
  const numericRoles = (Object.keys(roleIndex) as Role[]).filter(
    (role): role is NumericRole => role !== 'cluster' && role !== 'category' && role !== 'note',
  );
  const percentPoints = percentPointRoles(cells, headerIndex, roleIndex, options.decimal);
  const layout: TableLayout = {
    origin,
    roleIndex,
    clusterColumn,
    numericRoles,
    percentPoints,
    decimal: options.decimal,
    t,
  };

  const { clusters, totals, warnings, sawSection, hints, lastDataIndex } = readRows(cells, firstRow, layout);
  warnings.unshift(...byValuesWarnings(columns, origin, headerIndex, t));
  if (clusters.length === 0) {
    return fatal(t.noClusters, headerAddress);
  }

  const lastColumn = Math.max(0, ...columns.filter((c) => c.header !== '').map((c) => c.column));
  const tableRect = { rowFrom: headerIndex, rowTo: lastDataIndex, colFrom: 0, colTo: lastColumn };
  const fromGrid = findSheetParameters(grid, tableRect);
  const sheetParameters = sheet
    ? { ...findSheetParameters(sheet, sheetRect(sheet, origin, tableRect)), ...fromGrid }
    : fromGrid;

  const roleColumns: Partial<Record<Role, number>> = {};
  for (const [role, col] of Object.entries(roleIndex) as [Role, number][]) {
    roleColumns[role] = origin.col + col;
  }
  return {
    ok: true,
    table: {
      sheet: grid.sheet,
      range: rangeA1(
        { col: origin.col, row: origin.row + headerIndex },
        { col: origin.col + lastColumn, row: origin.row + lastDataIndex },
      ),
      headerRow: origin.row + headerIndex,
      firstColumn: origin.col,
      columns,
      roleColumns,
      clusters: withPrimaryByDefault(clusters, sawSection || roleIndex.category !== undefined),
      totals,
      sheetParameters,
      warnings,
      percentPoints: [...percentPoints],
      lastRow: origin.row + lastDataIndex,
      lastColumn: origin.col + lastColumn,
      coverage: hints,
    },
  };
}

function isBlankRowExceptLabel(row: readonly CellValue[], labelColumn: number): boolean {
  return row.every((cell, c) => c === labelColumn || cell === null || (typeof cell === 'string' && cell.trim() === ''));
}

/** The table's rectangle expressed in the coordinates of the sheet grid. */
function sheetRect(
  sheet: CellGrid,
  tableOrigin: CellRef,
  rect: { rowFrom: number; rowTo: number; colFrom: number; colTo: number },
) {
  const sheetOrigin = gridOrigin(sheet);
  const dr = tableOrigin.row - sheetOrigin.row;
  const dc = tableOrigin.col - sheetOrigin.col;
  return { rowFrom: rect.rowFrom + dr, rowTo: rect.rowTo + dr, colFrom: rect.colFrom + dc, colTo: rect.colTo + dc };
}
