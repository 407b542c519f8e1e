// The errors the fake raises, shaped as Excel's (OfficeExtension.Error) or as a plain
// "not implemented in fake" for members the fake does not model.

/** Shaped like OfficeExtension.Error: `code`, `debugInfo`, and the code in the message. */
export class FakeExcelError extends Error {
  readonly code: string;
  readonly debugInfo: { readonly code: string; readonly message: string; readonly errorLocation?: string };

  constructor(code: string, message: string, errorLocation?: string) {
    super(`${code}: ${message}`);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = errorLocation === undefined ? { code, message } : { code, message, errorLocation };
  }
}

export function notImplemented(what: string): never {
  throw new Error(`not implemented in fake: ${what}`);
}

export function invalidArgument(message: string, location?: string): FakeExcelError {
  return new FakeExcelError('InvalidArgument', message, location);
}

export function itemNotFound(message: string, location?: string): FakeExcelError {
  return new FakeExcelError('ItemNotFound', message, location);
}

export function propertyNotLoaded(typeName: string, property: string): FakeExcelError {
  return new FakeExcelError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${typeName}.${property}`,
  );
}

export const DIMENSION_MISMATCH =
  "The number of rows or columns in the input array doesn't match the size or dimensions of the range.";
