// The only way into this room from outside it.
export { analyseTable, type TableOutcome } from './analyse';
export { DEFAULT_DIRECTION, colourTone } from './classify';
export { explainDeviation } from './explain';
export { findHeaderRow } from './header-row';
export { buildPlan, namePrefix, uniqueNamePrefix } from './plan';
export {
  EXTREME_DEVIATION,
  type PlausibilityFinding,
  type PlausibilityRule,
  type PrintedDeviation,
} from './plausibility';
export { type PreparedTable } from './table';
export {
  type AnalysisOptions,
  type AnalysisResult,
  type AttentionPoint,
  type ClusterResult,
  type ColumnGuess,
  type Comparison,
  type ColourDirection,
  type Measure,
  type ParameterSource,
  ROLES,
  type Role,
  isRole,
} from './types';
export { type CellWrite, type NoteEdit, type UserColumns, analyseWithColumns, withWrites } from './user-columns';
export { type WhatIfResult, whatIf } from './whatif';
