// Why a file is not read as a workbook: the command line turns the reason (and the part it
// concerns) into a sentence in the user's language (src/i18n/cli.ts).

export type PackageProblem =
  /** Password-protected: an OLE container with an EncryptionInfo stream, or an encrypted zip. */
  | 'encrypted'
  /** An OLE container without encryption: an old .xls workbook. */
  | 'oldFormat'
  /** Not a zip at all (or a zip whose directory is broken). */
  | 'notZip'
  /** A zip, but no SpreadsheetML workbook inside. */
  | 'notWorkbook'
  /** A part that cannot be inflated or parsed. */
  | 'damaged'
  /** A part or the whole package inflates beyond IJkpunt's limits. */
  | 'tooLarge'
  /** A compression method other than deflate. */
  | 'unsupported'
  /** A row or column number beyond Excel's limits (1 048 576 rows, 16 384 columns). */
  | 'outOfRange';

export class PackageError extends Error {
  constructor(
    readonly problem: PackageProblem,
    /** The package part concerned, e.g. "xl/worksheets/sheet1.xml". */
    readonly part: string | null = null,
  ) {
    super(`xlsx: ${problem}${part ? ` (${part})` : ''}`);
  }
}
