// Where the task pane runs: inside Excel, or in a plain browser (the preview).
import type { HostInfo } from '../studies';

const PREVIEW: HostInfo = { kind: 'preview', bodyBackground: null, partitionKey: null, excelApi: null };

/** Highest ExcelApi version the host reports, checked downwards from the newest we use. */
export function highestExcelApi(): string | null {
  for (let minor = 20; minor >= 1; minor -= 1) {
    const version = `1.${minor}`;
    if (Office.context.requirements.isSetSupported('ExcelApi', version)) {
      return version;
    }
  }
  return null;
}

/**
 * Resolves once office.js is ready. Outside Office `Office.onReady` resolves with `host: null`;
 * when office.js could not load at all (no network to the CDN) `Office` is undefined.
 */
export async function whenOfficeReady(): Promise<HostInfo> {
  if (typeof Office === 'undefined') {
    return PREVIEW;
  }
  const info = await Office.onReady();
  if (info.host !== Office.HostType.Excel) {
    return PREVIEW;
  }
  return {
    kind: 'excel',
    bodyBackground: Office.context.officeTheme?.bodyBackgroundColor ?? null,
    partitionKey: Office.context.partitionKey ?? null,
    excelApi: highestExcelApi(),
  };
}
