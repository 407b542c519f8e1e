// Reading a sheet's cells under Excel on the web's 5 MB response limit
// (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins):
// only the cells outside IJkpunt's own output (it reads as empty anyway), in blocks of rows
// whose estimated response stays well below the limit, as few syncs as that allows. A block
// whose answer still comes back too large (long texts) is split in two and read again.
import { a1, type CellGrid, type CellValue, type RangeBox } from '../engine/core';

/** Cells per sync: at about 40 bytes per cell of values and valueTypes, some 4 MB. */
const CELLS_PER_SYNC = 100_000;

/** Blocks of the used range (1-based rows, 0-based columns) that hold something not IJkpunt's. */
export function blocksToRead(used: RangeBox, owned: readonly (RangeBox | null)[]): RangeBox[] {
  const boxes = owned.filter((box): box is RangeBox => box !== null);
  const segmentsOf = (col: number): [number, number][] => {
    const cuts = boxes
      .filter((box) => box.left <= col && col <= box.right && box.bottom >= used.top && box.top <= used.bottom)
      .map((box): [number, number] => [Math.max(box.top, used.top), Math.min(box.bottom, used.bottom)])
      .sort((a, b) => a[0] - b[0]);
    const free: [number, number][] = [];
    let from = used.top;
    for (const [top, bottom] of cuts) {
      if (top > from) free.push([from, top - 1]);
      from = Math.max(from, bottom + 1);
    }
    if (from <= used.bottom) free.push([from, used.bottom]);
    return free;
  };
  // Neighbouring columns with the same free rows form one block.
  const blocks: RangeBox[] = [];
  let key = '';
  let segments: [number, number][] = [];
  let left = used.left;
  for (let col = used.left; col <= used.right + 1; col += 1) {
    const next = col <= used.right ? segmentsOf(col) : [];
    const nextKey = col <= used.right ? JSON.stringify(next) : '';
    if (col > used.left && nextKey === key) continue;
    for (const [top, bottom] of col > used.left ? segments : []) blocks.push({ top, bottom, left, right: col - 1 });
    key = nextKey;
    segments = next;
    left = col;
  }
  return blocks;
}

/** `blocks` cut into pieces of rows, each small enough for one sync. */
function pieces(blocks: readonly RangeBox[], cellsPerSync: number): RangeBox[] {
  return blocks.flatMap((block) => {
    const width = block.right - block.left + 1;
    const rows = Math.max(1, Math.floor(cellsPerSync / width));
    const out: RangeBox[] = [];
    for (let top = block.top; top <= block.bottom; top += rows)
      out.push({ ...block, top, bottom: Math.min(block.bottom, top + rows - 1) });
    return out;
  });
}

/** Pieces grouped so that each sync reads at most `cellsPerSync` cells. */
function syncsOf(all: readonly RangeBox[], cellsPerSync: number): RangeBox[][] {
  const groups: RangeBox[][] = [];
  let cells = Infinity;
  for (const piece of all) {
    const size = (piece.bottom - piece.top + 1) * (piece.right - piece.left + 1);
    if (cells + size > cellsPerSync) {
      groups.push([]);
      cells = 0;
    }
    groups[groups.length - 1]?.push(piece);
    cells += size;
  }
  return groups;
}

function tooLarge(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'ResponsePayloadSizeLimitExceeded';
}

interface ReadPiece {
  readonly box: RangeBox;
  readonly values: unknown[][];
  readonly types: string[][];
}

async function readGroup(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  group: readonly RangeBox[],
): Promise<ReadPiece[]> {
  const ranges = group.map((box) =>
    sheet.getRange(`${a1(box.left, box.top)}:${a1(box.right, box.bottom)}`).load('values, valueTypes'),
  );
  try {
    await context.sync();
  } catch (error) {
    const splittable = group.length > 1 || group.some((box) => box.bottom > box.top);
    if (!tooLarge(error) || !splittable) throw error;
    return readHalves(context, sheet, group);
  }
  return ranges.map((range, i) => ({ box: group[i] as RangeBox, values: range.values, types: range.valueTypes }));
}

/** A group that came back too large, read again as two halves (by pieces, else by rows). */
async function readHalves(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  group: readonly RangeBox[],
): Promise<ReadPiece[]> {
  const halves: RangeBox[][] =
    group.length > 1
      ? [group.slice(0, group.length >> 1), group.slice(group.length >> 1)]
      : group.flatMap((box) => {
          const middle = box.top + ((box.bottom - box.top) >> 1);
          return [[{ ...box, bottom: middle }], [{ ...box, top: middle + 1 }]];
        });
  const read: ReadPiece[] = [];
  for (const half of halves) read.push(...(await readGroup(context, sheet, half)));
  return read;
}

/**
 * The used range `used` of `sheet` as a grid from its top-left cell, the cells of `owned` (and
 * any not read) empty. One sync per CELLS_PER_SYNC cells read, at least one when anything is.
 */
export async function readCells(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  name: string,
  used: RangeBox | null,
  owned: readonly (RangeBox | null)[],
  /** Sync even when there is nothing to read: the caller queued loads of its own. */
  syncAnyway = false,
): Promise<CellGrid> {
  if (!used) {
    if (syncAnyway) await context.sync();
    return { sheet: name, topLeft: 'A1', cells: [] };
  }
  const width = used.right - used.left + 1;
  const cells: CellValue[][] = Array.from({ length: used.bottom - used.top + 1 }, () =>
    new Array<CellValue>(width).fill(null),
  );
  const groups = syncsOf(pieces(blocksToRead(used, owned), CELLS_PER_SYNC), CELLS_PER_SYNC);
  if (groups.length === 0 && syncAnyway) await context.sync();
  for (const group of groups) {
    for (const piece of await readGroup(context, sheet, group)) {
      piece.values.forEach((row, r) => {
        const target = cells[piece.box.top - used.top + r];
        if (!target) return;
        row.forEach((value, c) => {
          target[piece.box.left - used.left + c] = cellValue(value, piece.types[r]?.[c]);
        });
      });
    }
  }
  return { sheet: name, topLeft: a1(used.left, used.top), cells };
}

export function cellValue(value: unknown, type: string | undefined): CellValue {
  if (type === 'Error') return { error: String(value) };
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}
