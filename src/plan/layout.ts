// Where a plan's parts go: sections one below another with blank rows between, charts side by
// side with blank columns between. A builder says how big its part is and gets its first row
// (or column), so a part that grows moves the ones after it instead of running into them.

/** Parts laid out one after another along the rows or along the columns of a sheet. */
export interface Placement {
  /** The first row (column) of the next part, `size` rows (columns) big, after the gap. */
  place(size: number): number;
  /** The last row (column) taken so far; one before the start while nothing is placed. */
  readonly end: number;
}

function placement(start: number, gap: number): Placement {
  let next = start;
  let end = start - 1;
  return {
    place(size: number): number {
      if (!Number.isInteger(size) || size < 1) throw new RangeError(`a part is at least one cell: ${size}`);
      const first = next;
      end = first + size - 1;
      next = end + 1 + gap;
      return first;
    },
    get end() {
      return end;
    },
  };
}

/** Sections one below another from row `top`, `gap` blank rows between. */
export function belowEachOther(top: number, gap = 1): Placement {
  return placement(top, gap);
}

/** Parts (charts, blocks) side by side from column `left`, `gap` blank columns between. */
export function sideBySide(left: number, gap = 1): Placement {
  return placement(left, gap);
}
