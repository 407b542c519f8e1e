// Where IJkpunt's output is now, after the user inserted or deleted columns or rows. Each
// column of each block IJkpunt wrote gets a defined name (_IJK_pane_<k>_<n>); Excel moves a
// name's reference along when cells are inserted or deleted before or inside it, grows or
// shrinks it, and turns it into "=Sheet!#REF!" when all its cells are deleted
// (https://learn.microsoft.com/javascript/api/excel/excel.nameditem#excel-excel-nameditem-formula-member;
// "How Excel maintains cell and range names", https://flylib.com/books/en/3.427.1.43/1/). The
// read loads the names with the settings (no sync of its own); comparing each name's reference
// with the box recorded beside it gives the move, and the remembered plan is moved with it, so a
// re-run clears IJkpunt's old output where it is now and finds the user's edits at their new
// addresses. The .xlsx path does the same with its own names (src/xlsx/ownership.ts).
import { a1, parseRange, type RangeBox } from '../engine/core';
import type { CompactPlan } from './compact';
import { areaBoxes } from './edits';
import type { SheetState } from './state';

const PREFIX = '_IJK_pane_';

/** The most ownership names per sheet (the benchmark needs about 36, a criteria scorecard 13). */
const MAX_NAMES = 64;

/** One column of one block IJkpunt owns: its name and where it was when written (A1, "H4:H14"). */
export interface OwnedColumn {
  readonly name: string;
  readonly box: string;
}

/** The names of a plan: its own (parameters) and its ownership names. */
export function namesOfPlan(plan: CompactPlan | null | undefined): string[] {
  if (!plan) return [];
  return [...plan.names.map((n) => n.name), ...(plan.ownership ?? []).map((o) => o.name)];
}

/**
 * One name per column of each owned box, under a tag no other sheet's names use (`previous`:
 * this sheet's earlier ones, which the write deletes first, so they may be taken again).
 */
export function ownershipFor(
  owned: readonly string[],
  existing: readonly string[],
  previous: readonly string[],
): OwnedColumn[] {
  const mine = new Set(previous.map((n) => n.toLowerCase()));
  const others = existing.map((n) => n.toLowerCase()).filter((n) => !mine.has(n));
  let tag = 1;
  while (others.some((n) => n.startsWith(`${PREFIX}${tag}_`.toLowerCase()))) tag += 1;
  const columns: OwnedColumn[] = [];
  for (const box of owned.map(parseRange)) {
    if (!box) continue;
    for (let col = box.left; col <= box.right; col += 1)
      columns.push({
        name: `${PREFIX}${tag}_${columns.length + 1}`,
        box: `${a1(col, box.top)}:${a1(col, box.bottom)}`,
      });
  }
  // Every name goes out with each write and comes back with each read: a sheet of IJkpunt's own
  // layout made of many single cells (a factsheet) keeps its recorded ranges instead.
  return columns.length <= MAX_NAMES ? columns : [];
}

/** "$H$4:$H$14" for a name's reference. */
export function absoluteBox(box: string): string {
  return box.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
}

/** Where an owned column is now: its box, or null when its cells were deleted (#REF!). */
function currentBox(formula: string): RangeBox | null {
  if (formula.includes('#REF!')) return null;
  return areaBoxes(formula.replace(/^=/, ''))[0] ?? null;
}

interface Moved {
  readonly from: RangeBox;
  readonly to: RangeBox | null;
}

export interface MovedState {
  readonly state: SheetState | null;
  /** IJkpunt's columns whose cells the user deleted, as they were written (header and address). */
  readonly gone: readonly { readonly header: string; readonly box: string }[];
  /** Whether anything moved. */
  readonly moved: boolean;
  /** Each owned column, where it was and where it is now (null: deleted). */
  readonly moves?: readonly Moved[];
}

/**
 * The state with its plan where the names say IJkpunt's output is now. `names`: the workbook's
 * defined names with their formulas; a name that is missing keeps its recorded place.
 */
export function movedState(
  state: SheetState | null,
  names: readonly { readonly name: string; readonly formula: string }[],
): MovedState {
  const ownership = state?.plan.ownership;
  if (!state || !ownership || ownership.length === 0) return { state, gone: [], moved: false };
  const formulas = new Map(names.map((n) => [n.name.toLowerCase(), n.formula]));
  const moves: Moved[] = [];
  let changed = false;
  for (const column of ownership) {
    const from = parseRange(column.box);
    if (!from) continue;
    const formula = formulas.get(column.name.toLowerCase());
    const to = formula === undefined ? from : currentBox(formula);
    if (!to || to.left !== from.left || to.top !== from.top || to.bottom !== from.bottom) changed = true;
    moves.push({ from, to });
  }
  if (!changed) return { state, gone: [], moved: false };
  const plan = state.plan;
  const gone = moves
    .filter((m) => m.to === null)
    .map((m) => ({
      header: plan.columns.find((c) => c.col === m.from.left)?.header ?? '',
      box: `${a1(m.from.left, m.from.top)}:${a1(m.from.right, m.from.bottom)}`,
    }));
  // The roles the user chose are keyed by the table's column index, and the names cannot tell
  // whether a column went in before the table or inside it: kept, they could put a role on the
  // wrong column and state a wrong figure. Dropped, the roles are recognised anew and shown.
  return {
    state: { ...state, mapping: {}, plan: movedPlan(plan, moves), kept: movedKept(state.kept, moves) },
    gone,
    moved: true,
    moves,
  };
}

/**
 * Another state of the same sheet (the one before IJkpunt's last write, which undo redraws)
 * moved as `moved` found the names moved: its cells in a moved column go with that column, the
 * rest with the common shift when every column moved alike (else they stay where they were, and
 * the redraw's own check refuses to write over the user's cells).
 */
export function movedAlike(state: SheetState | null, moved: MovedState): SheetState | null {
  const moves = moved.moves;
  if (!state || !moves || !moved.moved) return state;
  const surviving = moves.filter((m) => m.to !== null);
  const shifts = new Set(surviving.map((m) => `${(m.to?.left ?? 0) - m.from.left}:${(m.to?.top ?? 0) - m.from.top}`));
  const first = surviving[0];
  const alike =
    shifts.size === 1 && first?.to
      ? { rows: first.to.top - first.from.top, cols: first.to.left - first.from.left }
      : null;
  const plan = movedPlan({ ...state.plan, ownership: [] }, moves, alike);
  // Its own boxes, corner by corner (the names describe the later plan's boxes, not these).
  const owned = state.plan.owned.flatMap((address) => {
    const box = parseRange(address);
    const from = box ? movedCell(moves, box.top, box.left, alike) : null;
    const to = box ? movedCell(moves, box.bottom, box.right, alike) : null;
    return from && to ? [`${a1(from.col, from.row)}:${a1(to.col, to.row)}`] : [];
  });
  return {
    ...state,
    plan: { ...plan, owned, ownership: state.plan.ownership ?? [] },
    kept: movedKept(state.kept, moves, alike),
  };
}

type Shift = { readonly rows: number; readonly cols: number } | null;

/**
 * A conditional format's formula with its relative references moved as its range moved (its
 * references are to cells of the same rows, beside it, which moved alike). Names stay.
 */
function shifted(formula: string, shift: NonNullable<Shift>): string {
  if (shift.rows === 0 && shift.cols === 0) return formula;
  return formula.replace(/(?<![\w.$])([A-Z]{1,3})(\d+)(?![\w(])/g, (whole, letters: string, digits: string) => {
    const box = parseRange(`${letters}${digits}`);
    return box ? a1(box.left + shift.cols, box.top + shift.rows) : whole;
  });
}

function moveOf(moves: readonly Moved[], row: number, col: number, alike: Shift = null): Moved | undefined {
  const found = moves.find(
    (m) => m.from.left <= col && col <= m.from.right && m.from.top <= row && row <= m.from.bottom,
  );
  if (found || !alike) return found;
  const from = { top: row, bottom: row, left: col, right: col };
  return {
    from,
    to: { top: row + alike.rows, bottom: row + alike.rows, left: col + alike.cols, right: col + alike.cols },
  };
}

/** A row of a column box, moved: rows near the top with the top, near the bottom with the bottom. */
function movedRow(move: Moved, row: number): number {
  const to = move.to;
  if (!to) return row;
  return row - move.from.top <= move.from.bottom - row
    ? row + to.top - move.from.top
    : row + to.bottom - move.from.bottom;
}

function movedCell(
  moves: readonly Moved[],
  row: number,
  col: number,
  alike: Shift = null,
): { row: number; col: number } | null {
  const move = moveOf(moves, row, col, alike);
  if (!move) return { row, col };
  if (!move.to) return null;
  return { row: movedRow(move, row), col: move.to.left };
}

function movedKept(
  kept: readonly string[] | undefined,
  moves: readonly Moved[],
  alike: Shift = null,
): readonly string[] | undefined {
  if (!kept) return kept;
  return kept.flatMap((address) => {
    const box = parseRange(address);
    const cell = box ? movedCell(moves, box.top, box.left, alike) : null;
    return cell ? [a1(cell.col, cell.row)] : [];
  });
}

function movedPlan(plan: CompactPlan, moves: readonly Moved[], alike: Shift = null): CompactPlan {
  const header = moves.find((m) => m.from.top === plan.headerRow && m.to);
  const top = header?.to ? header.to.top - header.from.top : (alike?.rows ?? 0);
  const bottom = header?.to ? header.to.bottom - header.from.bottom : (alike?.rows ?? 0);
  const columns = plan.columns.flatMap((column) => {
    const move = moveOf(moves, plan.headerRow, column.col, alike);
    if (move && !move.to) return [];
    const to = move?.to;
    const at = (row: number) => (move ? movedRow(move, row) : row);
    const sameHeight = !to || !move || to.bottom - to.top === move.from.bottom - move.from.top;
    return [
      {
        ...column,
        col: to ? to.left : column.col,
        runs: column.runs.map((run) => ({ ...run, from: at(run.from), to: at(run.to) })),
        values: column.values === null || sameHeight ? column.values : [],
      },
    ];
  });
  const cells = plan.cells.flatMap((cell) => {
    const to = movedCell(moves, cell.row, cell.col, alike);
    // A block's A1 formulas refer to the table too, which moved alike when everything did.
    const formula = cell.formula && alike ? shifted(cell.formula, alike) : cell.formula;
    return to ? [{ ...cell, ...to, formula }] : [];
  });
  const surviving = moves.filter((m): m is Moved & { to: RangeBox } => m.to !== null);
  const at = (row: number, col: number) => movedCell(moves, row, col, alike);
  return {
    ...plan,
    names: plan.names.map((n) => {
      const box = parseRange(n.ref.replace(/\$/g, ''));
      const to = box ? at(box.top, box.left) : null;
      return to ? { ...n, ref: absoluteBox(a1(to.col, to.row)) } : n;
    }),
    ...(plan.formulaAreas
      ? {
          formulaAreas: plan.formulaAreas.flatMap((address) => {
            const box = parseRange(address);
            const from = box ? at(box.top, box.left) : null;
            const to = box ? at(box.bottom, box.right) : null;
            return from && to ? [`${a1(from.col, from.row)}:${a1(to.col, to.row)}`] : [];
          }),
        }
      : {}),
    conditionalFormats: plan.conditionalFormats.flatMap((cf) => {
      const box = parseRange(cf.range);
      const from = box ? at(box.top, box.left) : null;
      const to = box ? at(box.bottom, box.right) : null;
      if (!box || !from || !to) return [];
      const shift = { rows: from.row - box.top, cols: from.col - box.left };
      return [{ ...cf, range: `${a1(from.col, from.row)}:${a1(to.col, to.row)}`, formula: shifted(cf.formula, shift) }];
    }),
    headerRow: plan.headerRow + top,
    firstRow: plan.firstRow + top,
    lastRow: plan.lastRow + bottom,
    columns,
    cells,
    owned: surviving.map((m) => `${a1(m.to.left, m.to.top)}:${a1(m.to.right, m.to.bottom)}`),
    // A deleted column's name (now #REF!) stays listed, so the next write deletes it with the rest.
    ownership: (plan.ownership ?? []).map((o, i) => {
      const to = moves[i]?.to;
      return to ? { name: o.name, box: `${a1(to.left, to.top)}:${a1(to.right, to.bottom)}` } : o;
    }),
  };
}
