// Rows of text as a terminal shows them: the command line's reports of every study.

/** Rows of text as aligned columns: `left` columns (text) padded on the right, the rest (numbers) on the left. */
export function textTable(rows: readonly (readonly string[])[], left: readonly number[]): string[] {
  // Loops, not Math.max(...rows): 200 000 arguments overflow the call stack.
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) =>
    row
      .map((cell, i) => (left.includes(i) ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}
