// The pane's workbook port (src/studies) in Office.js, one Excel.run per call. The port owns
// what only Excel needs between calls — the read behind each TableRead, the snapshot behind
// each UndoPoint, and the write guard its writers and its watcher share — and hands the pane
// opaque tokens for them, so the pane holds no Office type.
import type { TableRead, UndoPoint, WorkbookPort } from '../studies';
import { undoSnapshot, writeBenchmark, type Snapshot } from './benchmark';
import { explainCell, writeCellEdits } from './cells';
import { createWriteGuard, watchInput, type WriteGuard } from './events';
import { listTables, readSelection, type ReadResult } from './read';
import { supports } from './requirements';
import { runSelfTest } from './selftest';
import { rememberedOf, statePartOf, writtenStates } from './state';
import { readSheets, undoStudy, writeStudy, type StudySnapshot } from './study';

/** Runs one batch against the workbook: Excel.run in Office, a fake context in the tests. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

type Undoable =
  | { readonly kind: 'sheet'; readonly snapshot: Snapshot }
  | { readonly kind: 'study'; readonly snapshot: StudySnapshot };

/** Values the port keeps, each behind a token the pane only hands back. */
function keeper<T>(what: string) {
  const kept = new WeakMap<object, T>();
  return {
    keep(value: T): object {
      const token = Object.freeze({});
      kept.set(token, value);
      return token;
    },
    find(token: unknown): T {
      const value = typeof token === 'object' && token !== null ? kept.get(token) : undefined;
      if (value === undefined) throw new Error(`${what} komt niet van deze werkmap (not from this workbook).`);
      return value;
    },
  };
}

function tableRead(read: ReadResult, kept: object): TableRead {
  return {
    sheet: read.sheet,
    used: read.used,
    table: read.table,
    selection: read.selection,
    selectionAreas: read.selectionAreas,
    excelTable: read.excelTable?.name ?? null,
    remembered: rememberedOf(read.state),
    definedNames: read.nameSheets,
    kept,
  };
}

export function excelWorkbook(
  runExcel: ExcelRun = (batch) => Excel.run(batch),
  guard: WriteGuard = createWriteGuard(),
): WorkbookPort {
  const reads = keeper<ReadResult>('Deze lezing');
  const states = writtenStates();
  const undos = keeper<Undoable>('Dit ongedaan-maakpunt');
  const undoPoint = (sheet: string, undoable: Undoable): UndoPoint => ({ sheet, kept: undos.keep(undoable) });
  // IJkpunt's XML part as this session last saw it: a read gets its state in its first sync.
  let knownPart: string | null = null;
  const learnPart = (context: Excel.RequestContext) => {
    const part = statePartOf(context);
    if (part !== undefined) knownPart = part;
  };
  const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
    runExcel(async (context) => {
      try {
        return await batch(context);
      } finally {
        learnPart(context);
      }
    });
  return {
    kind: 'excel',
    get canExplain() {
      return supports('1.18');
    },
    readTable: (tableName) =>
      run(async (context) => {
        const read = await readSelection(context, tableName, knownPart);
        return tableRead(read, reads.keep(read));
      }),
    listTables: () => run((context) => listTables(context)),
    writeBenchmark: (read, write, options) =>
      run(async (context) => {
        // What Excel told the read, not what the pane may have made of it.
        const source = reads.find(read.kept);
        const outcome = await writeBenchmark(context, source, write, {
          palette: options?.palette,
          guard,
          states,
          ...(options?.edits ? { edits: options.edits } : {}),
        });
        if (outcome.kind !== 'written') return { kind: outcome.kind, sheet: source.sheet, cells: outcome.cells };
        return { kind: 'written', undo: undoPoint(source.sheet, { kind: 'sheet', snapshot: outcome.snapshot }) };
      }),
    editCells: (sheet, edits) =>
      run(async (context) =>
        undoPoint(sheet, { kind: 'sheet', snapshot: await writeCellEdits(context, sheet, edits) }),
      ),
    readSheets: (names) => run((context) => readSheets(context, names, knownPart)),
    writeStudy: (plans, options) =>
      run(async (context) => {
        const outcome = await writeStudy(context, plans, {
          palette: options?.palette,
          guard,
          states,
          ...(options?.edits ? { edits: options.edits } : {}),
        });
        if (outcome.kind !== 'written') return outcome;
        return { kind: 'written', undo: undoPoint(plans[0]?.sheet ?? '', { kind: 'study', snapshot: outcome.undo }) };
      }),
    undo: (point) =>
      run(async (context) => {
        const undoable = undos.find(point.kept);
        if (undoable.kind === 'sheet') return undoSnapshot(context, undoable.snapshot);
        await undoStudy(context, undoable.snapshot, guard);
        return { ok: true };
      }),
    explain: (sheet, address, text) => run((context) => explainCell(context, sheet, address, text)),
    watch: (sheet, input, onEdit) =>
      run((context) => watchInput(context, sheet, { input, guard, onUserEdit: () => onEdit() })),
    selfTest: () => run((context) => runSelfTest(context)),
  };
}
