// Excel's documented limits and rules that the fake (fake-excel.ts) holds the add-in to, each
// with the page or office-js issue it follows. Where the documentation is silent or gives a
// range, the strict reading is modelled: a test that passes here should pass on every host.

/**
 * Excel on the web refuses a request, and a response, above 5 MB: "Excel add-ins: payload size
 * limit for requests and responses is 5 MB" —
 * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
 * (errors RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded; see also
 * https://github.com/OfficeDev/office-js-docs-reference/issues/354). Strict reading: 5 000 000
 * bytes, not 5 MiB.
 */
export const PAYLOAD_LIMIT_BYTES = 5_000_000;

/**
 * Workbook settings: the Office.Settings reference allows 2 MB in all
 * (https://learn.microsoft.com/javascript/api/office/office.settings — quoted in
 * https://github.com/OfficeDev/office-js/issues/621), and Excel fails from about 1 MB with
 * "The argument is invalid or missing or has an incorrect format"
 * (https://github.com/OfficeDev/office-js/issues/3957). Strict reading: 1 000 000 bytes of JSON
 * over all settings of the add-in.
 */
export const SETTINGS_LIMIT_BYTES = 1_000_000;

/**
 * Defined names (https://support.microsoft.com/office/names-in-formulas-fc2935f9-115d-4bef-a370-3aa8bb4c91f1,
 * "Learn about syntax rules for names"): start with a letter, underscore or backslash; then
 * letters, digits, periods, underscores (and backslashes); no spaces; at most 255 characters;
 * not a cell reference (A1, IJK1 — columns run to XFD) nor R, C, R1C1-like names.
 */
export function validDefinedName(name: string, isCellReference: (text: string) => boolean): boolean {
  if (name.length === 0 || name.length > 255) return false;
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) return false;
  if (isCellReference(name)) return false;
  return !/^(R\d*)?(C\d*)?$/i.test(name);
}

/**
 * What Excel makes of a string written to `values` or `formulas` (not R1C1), as typed into a
 * cell: "=…" is a formula; a leading apostrophe marks text and is not part of the value; "+…" and
 * "-…" that are no number, and "@…", are read as formulas too (Excel's Lotus-style entry: the
 * value a user types is parsed as if entered — https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member
 * "If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel
 * interprets this value as a formula"). Returns the formula, or null for a value.
 */
export function formulaOfEntry(text: string): string | null {
  if (text.length < 2) return null;
  if (text.startsWith('=')) return text;
  if (text.startsWith('+') || text.startsWith('-')) return `=${text}`;
  // "@SUM(A1)" is entered as "=SUM(A1)": the implicit-intersection operator opens a formula.
  if (text.startsWith('@')) return `=${text.slice(1)}`;
  return null;
}

/**
 * A list data validation's typed source is split on commas: "Efficiency, flexibiliteit" are two
 * items (https://learn.microsoft.com/javascript/api/excel/excel.listdatavalidation#excel-excel-listdatavalidation-source-member:
 * "Source of the list for data validation. When setting the value, it can be passed in as a
 * Range object, or a string that contains a comma-separated number, boolean, or date").
 */
export function typedListItems(source: string): string[] {
  return source.split(',');
}

/** JSON size in UTF-8 bytes, as the payload goes over the wire. */
export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value);
  return json === undefined ? 0 : Buffer.byteLength(json, 'utf8');
}
