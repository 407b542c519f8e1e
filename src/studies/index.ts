// The only way into this room from outside it.
export { analyseBenchmark, runBenchmark, type BenchmarkInput, type BenchmarkRun } from './benchmark';
export { criteriaJson, criteriaPreview, criteriaText, runCriteria, type CriteriaRunOptions } from './criteria';
export {
  type ActionPlans,
  type PreparedStudy,
  type StudyAction,
  type StudyCli,
  type StudyDefinition,
  type StudyId,
  type StudyInput,
  type StudyOutcome,
  type StudyReport,
} from './definition';
export { formationWishPreview, formationWishText, runFormationWish } from './formation-wish';
export {
  type OptionInput,
  type Parsed,
  type Refusal,
  type StudyOption,
  type SwitchOption,
  type TextOption,
} from './options';
export type {
  BenchmarkWrite,
  CellEdit,
  HostInfo,
  Remembered,
  SheetRead,
  SheetsRead,
  TableRead,
  UndoOutcome,
  UndoPoint,
  WorkbookPort,
  WriteOutcome,
} from './port';
export { BAND, BASELINE, FACTSHEETS, STUDIES, STUDY, TOLERANCE, studyForCommand } from './registry';
export {
  repeatedSheet,
  visibleSheets,
  type PreviewTable,
  type StudyDone,
  type StudyFailure,
  type StudyPreview,
  type StudyRun,
  type StudySheet,
} from './study';
export { textTable } from './text-table';
export {
  runYearComparison,
  yearComparisonJson,
  yearComparisonPreview,
  yearComparisonText,
  type YearComparisonOptions,
} from './year-comparison';
