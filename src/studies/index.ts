// The only way into this room from outside it: the benchmark's use case, the registry of the
// other studies (their use cases are reached through their entries), the pane's workbook port.
export { analyseBenchmark, runBenchmark, type BenchmarkInput, type BenchmarkRun } from './benchmark';
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
export {
  type OptionInput,
  type Parsed,
  type Refusal,
  type StudyOption,
  type SwitchOption,
  type TextOption,
} from './options';
export { SELF_TEST_CAPABILITIES } from './port';
export type {
  BenchmarkWrite,
  CellEdit,
  EditChoice,
  HostInfo,
  Remembered,
  SelfTestCapability,
  SelfTestLine,
  SelfTestOutcome,
  SelfTestReport,
  SheetRead,
  SheetsRead,
  TableRead,
  UndoOutcome,
  UndoPoint,
  WorkbookPort,
  WriteOutcome,
} from './port';
export { BAND, BASELINE, STUDIES, STUDY, TOLERANCE, studyForCommand } from './registry';
export { withPair } from './year-options';
export {
  repeatedSheet,
  visibleSheets,
  type PairingChoice,
  type PreviewTable,
  type StudyDone,
  type StudyFailure,
  type StudyPreview,
  type StudyRun,
  type StudySheet,
} from './study';
export { mapOverrides, parseColumnMap, type MapEntry } from './column-map';
export { textTable } from './text-table';
