// The only way into this room from outside it.
export {
  NUMBER_FORMATS,
  type PlanBlockCell,
  type PlanCell,
  type PlanChart,
  type PlanChartSeries,
  type PlanColumn,
  type PlanConditionalFormat,
  type PlanName,
  type PlanValidation,
  type PlanValue,
  type PlanWidth,
  type SeriesTone,
  type Tone,
  type WritePlan,
} from './format';
export {
  MAX_SHEET_NAME,
  blockPlan,
  excelString,
  flatText,
  formulaCell,
  quotedSheet,
  sheetNamePart,
  sheetRef,
  valueCell,
} from './kit';
export { belowEachOther, type Placement, sideBySide } from './layout';
export { type Palette, TONE_COLOURS } from './palette';
