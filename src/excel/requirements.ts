// Features above the manifest's ExcelApi 1.7 are switched on at run time.
import type { SelfTestCapability } from '../studies';

export function supports(version: string): boolean {
  return typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported('ExcelApi', version) === true;
}

/**
 * The ExcelApi requirement set each capability of the Zelftest needs: the newest member its
 * probe calls, as the Office.js reference gives it ("[Api set: ExcelApi 1.x]",
 * https://learn.microsoft.com/javascript/api/excel). Below it the line says *niet beschikbaar*.
 */
export const SELF_TEST_REQUIREMENTS: Readonly<Record<SelfTestCapability, string>> = {
  // WorksheetCollection.getItemOrNullObject, to remove the temporary sheet only when it exists.
  worksheet: '1.4',
  // Worksheet.getUsedRangeOrNullObject, as the read does.
  read: '1.4',
  // Range.formulasR1C1.
  formulas: '1.2',
  // NamedItem.formula (NamedItemCollection.add is 1.4).
  names: '1.7',
  // ConditionalFormat.priority and stopIfTrue.
  conditionalFormats: '1.6',
  // ChartSeriesCollection.add, ChartSeries.setValues/setXAxisValues, ChartAxis.reversePlotOrder.
  charts: '1.7',
  tableResize: '1.13',
  // Range.dataValidation.
  dataValidation: '1.8',
  // Worksheet.notes.
  notes: '1.18',
  // Runtime.enableEvents (Worksheet.onChanged is 1.7).
  events: '1.8',
  // WorksheetChangedEventArgs.triggerSource.
  triggerSource: '1.14',
  // Workbook.settings.
  settings: '1.4',
  // Workbook.customXmlParts, CustomXmlPart.getXml/setXml/delete.
  customXml: '1.5',
  // Range.values, formulas, valueTypes, numberFormat.
  exactUndo: '1.1',
};
