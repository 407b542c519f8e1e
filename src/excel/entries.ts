// What to write back so a cell is exactly as it was. `formulas` alone is not enough: it gives
// text without its leading apostrophe, so text such as "-3 fte minder", "=x" or "0123" comes
// back as a formula or a number (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member:
// a value starting with "=", "+" or "-" is interpreted as a formula). Text is therefore written
// back behind an apostrophe, except in a cell formatted as text ("@"), which keeps any entry as it is.

/** A range's content (loaded: 'formulas, values, valueTypes, numberFormat') as entries that restore it exactly when written to `formulas`. */
export function entriesOf(range: Excel.Range): unknown[][] {
  const { values, valueTypes, numberFormat } = range;
  return range.formulas.map((row, r) =>
    row.map((formula, c) =>
      exactEntry(formula, values[r]?.[c], valueTypes[r]?.[c], (numberFormat[r]?.[c] as unknown) ?? 'General'),
    ),
  );
}

/**
 * One cell's entry. A text constant reads the same in `values` and `formulas` (a formula's text
 * never equals its own result); it goes back behind an apostrophe.
 */
export function exactEntry(formula: unknown, value: unknown, type: string | undefined, numberFormat: unknown): unknown {
  const text = type === 'String' && typeof value === 'string' && value === formula;
  if (!text || value === '' || numberFormat === '@') return formula;
  return `'${value}`;
}

/** Text Excel would not keep as typed: a formula start, a number, a boolean, a leading apostrophe. */
const REREAD_AS_NON_TEXT = /^[=+\-@']|^\s*[+-]?(\d|\.\d)|^(true|false)$/i;

/** A plan's text value as an entry that stays that text (numbers and blanks pass unchanged). */
export function textEntry<V>(value: V): V | string {
  return typeof value === 'string' && REREAD_AS_NON_TEXT.test(value) ? `'${value}` : value;
}
