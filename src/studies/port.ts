// What a front door (the task pane) needs of an open workbook, in its own terms: plain grids
// in, plans out, and undo points it only hands back. Implemented by src/excel in Office and by
// the in-memory preview workbook in a plain browser; the pane knows no Office type.
import type { CellWrite, Role } from '../engine/benchmark';
import type { CellGrid } from '../engine/core';
import type { Palette, WritePlan } from '../plan';

/** Where the pane runs: inside Excel, or in a plain browser (the preview). */
export interface HostInfo {
  readonly kind: 'excel' | 'preview';
  /** Office's theme colours when Excel exposes them, so the pane can match light/dark. */
  readonly bodyBackground: string | null;
  /** Storage key prefix per user and document where Office partitions storage. */
  readonly partitionKey: string | null;
  /** The ExcelApi requirement sets up to 1.20 this host supports, e.g. "1.7". */
  readonly excelApi: string | null;
}

/** What IJkpunt remembers of its last run on a sheet (the workbook's own record). */
export interface Remembered {
  /** The column roles and parameters the user chose. */
  readonly mapping: Readonly<Record<number, Role | null>>;
  readonly parameters: Readonly<{ inhabitants?: number; totalFte?: number; fteServed?: number }>;
  /** Where IJkpunt's columns were, so a year comparison can point at the Δ% cells it wrote. */
  readonly columns: readonly { readonly col: number; readonly header: string }[];
}

/** The table under the selection (or the named Excel table) and the sheet around it. */
export interface TableRead {
  readonly sheet: string;
  /** The sheet's used range, IJkpunt's earlier output read as empty. */
  readonly used: CellGrid;
  /** What to analyse: the Excel table, the multi-cell selection, or else the used range. */
  readonly table: CellGrid;
  readonly selection: string;
  /** Areas the user selected; more than one (Ctrl+click) means the sheet's table was read instead. */
  readonly selectionAreas?: number;
  /** The Excel table the input is, when it is one. */
  readonly excelTable: string | null;
  readonly remembered: Remembered | null;
  /** The workbook's defined names and the sheet each refers to, so names stay unique per sheet. */
  readonly definedNames?: readonly { readonly name: string; readonly sheet: string }[];
  /** What the workbook that read this needs to write beside it without reading again. */
  readonly kept: unknown;
}

export interface SheetRead {
  readonly sheet: string;
  /** The used range, IJkpunt's earlier output read as empty. */
  readonly grid: CellGrid;
  readonly remembered: Remembered | null;
}

export interface SheetsRead {
  /** Every worksheet of the workbook, in order (IJkpunt's hidden ones included). */
  readonly names: readonly string[];
  readonly active: string;
  readonly sheets: readonly SheetRead[];
}

/** What undo needs, kept by the workbook that made it: the pane only hands it back. */
export interface UndoPoint {
  readonly sheet: string;
  readonly kept: unknown;
}

export type WriteOutcome =
  | { readonly kind: 'written'; readonly undo: UndoPoint }
  /** Nothing was written: the user's data is in `cells` of `sheet`, where the plan would go. */
  | { readonly kind: 'conflict'; readonly sheet: string; readonly cells: readonly string[] }
  /** Nothing was written: the user changed `cells` inside IJkpunt's earlier output; ask keep or overwrite. */
  | { readonly kind: 'edited'; readonly sheet: string; readonly cells: readonly string[] }
  /** Nothing was written: the user deleted part of IJkpunt's earlier output (`cells`: where it was). */
  | { readonly kind: 'gone'; readonly sheet: string; readonly cells: readonly string[] };

/**
 * What a write does with cells the user changed inside IJkpunt's earlier output: keep them as
 * the user's own (IJkpunt writes around them from now on) or overwrite them. Absent: ask first.
 */
export type EditChoice = 'keep' | 'overwrite';

export type UndoOutcome = { readonly ok: true } | { readonly ok: false; readonly conflicts: readonly string[] };

/** The benchmark's plan and what goes with it into the same undoable action. */
export interface BenchmarkWrite {
  readonly plan: WritePlan;
  /** The advisor's own cells (explanations, a scenario column), written with the plan. */
  readonly writes: readonly CellWrite[];
  /** What to remember for the next run on this sheet. */
  readonly remember: Pick<Remembered, 'mapping' | 'parameters'>;
}

/** A what-if value typed into one of the user's own cells. */
export interface CellEdit {
  /** A1 address on the sheet, e.g. "B10". */
  readonly address: string;
  readonly value: number | null;
}

/**
 * What the Zelftest tries on a temporary sheet, in the order it reports them: every capability
 * of the host IJkpunt relies on. Excel (src/excel/selftest.ts) and the preview workbook each
 * implement one probe per entry.
 */
export const SELF_TEST_CAPABILITIES = [
  'worksheet',
  'read',
  'formulas',
  'names',
  'conditionalFormats',
  'charts',
  'tableResize',
  'dataValidation',
  'notes',
  'events',
  'triggerSource',
  'settings',
  'customXml',
  'exactUndo',
] as const;

export type SelfTestCapability = (typeof SELF_TEST_CAPABILITIES)[number];

export type SelfTestOutcome =
  | { readonly kind: 'passed' }
  /** The host refused: its error code and message, as Excel gave them. */
  | { readonly kind: 'failed'; readonly code: string; readonly message: string }
  /** The host accepted the calls but gave back something else than was written (`actual` null: nothing). */
  | {
      readonly kind: 'mismatch';
      readonly at: string;
      readonly expected: string;
      readonly actual: string | null;
    }
  /** The host lacks the requirement set the capability needs. */
  | { readonly kind: 'unavailable' };

export interface SelfTestLine {
  readonly capability: SelfTestCapability;
  /** The ExcelApi requirement set it needs ("1.18"); null where there is none (the preview). */
  readonly requirement: string | null;
  readonly outcome: SelfTestOutcome;
}

export interface SelfTestReport {
  /** The Office application and platform ("Excel", "PC", "Mac", "OfficeOnline"), or "preview". */
  readonly host: string;
  readonly platform: string;
  readonly officeVersion: string | null;
  /** The highest ExcelApi requirement set the host supports. */
  readonly excelApi: string | null;
  readonly lines: readonly SelfTestLine[];
}

export interface WorkbookPort {
  readonly kind: HostInfo['kind'];
  readTable(tableName?: string): Promise<TableRead>;
  /** The Excel tables on the active sheet, to pick one instead of the selection. */
  listTables(): Promise<string[]>;
  /** Writes the benchmark's plan beside the table `read` came from, in one undoable action. */
  writeBenchmark(
    read: TableRead,
    write: BenchmarkWrite,
    options?: { palette?: Palette; edits?: EditChoice },
  ): Promise<WriteOutcome>;
  /** Writes what-if values into the user's cells; the undo point restores their old content. */
  editCells(sheet: string, edits: readonly CellEdit[]): Promise<UndoPoint>;
  /** The workbook's sheet names and the named sheets (none: the active sheet) as grids. */
  readSheets(names?: readonly string[]): Promise<SheetsRead>;
  /** A study's plans, one per sheet, in one undoable action. */
  /** `edits`: what to do with cells the user changed inside IJkpunt's earlier output (absent: ask, 'edited'). */
  writeStudy(plans: readonly WritePlan[], options?: { palette?: Palette; edits?: EditChoice }): Promise<WriteOutcome>;
  /** Takes back exactly the action that made `point`. */
  undo(point: UndoPoint): Promise<UndoOutcome>;
  /** Whether "Uitleg bij cel" can put a note on a cell here (ExcelApi 1.18). */
  readonly canExplain: boolean;
  /** Puts `text` in the note of `address` on `sheet`, replacing an earlier one. */
  explain(sheet: string, address: string, text: string): Promise<void>;
  /** Calls `onEdit` after the user edits cells of `input` on `sheet`; resolves to a stop function. */
  watch(sheet: string, input: string, onEdit: () => void): Promise<() => Promise<void>>;
  /**
   * The Zelftest: tries every capability on a temporary sheet and reports one line per
   * capability; the user's workbook is left as it was (sheets, names, settings, active sheet).
   */
  selfTest(): Promise<SelfTestReport>;
}
