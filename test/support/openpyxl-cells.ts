// Every cell of every sheet as openpyxl reads it (formulas as their text), for many files
// in one python3 run: a second program's view of whether a copy kept the user's cells.
import { execFileSync } from 'child_process';

const DUMP = `
import json, sys, datetime, openpyxl
out = {}
for path in sys.argv[1:]:
    try:
        wb = openpyxl.load_workbook(path)
        sheets = {}
        for ws in wb.worksheets:
            cells = {}
            for row in ws.iter_rows():
                for c in row:
                    v = c.value
                    if v is None:
                        continue
                    if isinstance(v, (datetime.datetime, datetime.date, datetime.time)):
                        v = v.isoformat()
                    elif not isinstance(v, (int, float, bool, str)):
                        v = str(v)
                    cells[c.coordinate] = v
            sheets[ws.title] = cells
        out[path] = {"sheets": sheets}
    except Exception as e:
        out[path] = {"error": type(e).__name__ + ": " + str(e)}
print(json.dumps(out))
`;

export type SheetCells = Record<string, Record<string, string | number | boolean>>;
export type Dump = { sheets: SheetCells } | { error: string };

export function openpyxlCells(python: string, paths: readonly string[]): Record<string, Dump> {
  const text = execFileSync(python, ['-c', DUMP, ...paths], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: 300_000,
  });
  return JSON.parse(text) as Record<string, Dump>;
}

/** Cells of `before` that `after` lacks or holds differently, as "Sheet!A1: before → after". */
export function lostCells(before: SheetCells, after: SheetCells): string[] {
  const lost: string[] = [];
  for (const [sheet, cells] of Object.entries(before)) {
    for (const [ref, value] of Object.entries(cells)) {
      const now = after[sheet]?.[ref];
      if (now !== value) lost.push(`${sheet}!${ref}: ${JSON.stringify(value)} → ${JSON.stringify(now)}`);
    }
  }
  return lost;
}
