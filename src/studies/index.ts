// The only way into this room from outside it.
export { analyseBenchmark, runBenchmark, type BenchmarkInput, type BenchmarkRun } from './benchmark';
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
export { STUDIES, type StudyDefinition, type StudyId } from './registry';
