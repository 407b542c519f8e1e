// Rows of text as a terminal shows them: the command line's reports of every study.

/** Rows of text as aligned columns: `left` columns (text) padded on the right, the rest (numbers) on the left. */
export function textTable(rows: readonly (readonly string[])[], left: readonly number[]): string[] {
  const columns = Math.max(0, ...rows.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length)));
  return rows.map((row) =>
    row
      .map((cell, i) => (left.includes(i) ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}
