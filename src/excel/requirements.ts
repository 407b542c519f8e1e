// Features above the manifest's ExcelApi 1.7 are switched on at run time.

export function supports(version: string): boolean {
  return typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported('ExcelApi', version) === true;
}
