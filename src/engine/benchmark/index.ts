// The only way into this room from outside it.
export { analyseTable, type TableOutcome } from './analyse';
export { DEFAULT_DIRECTION, colourTone } from './classify';
export { explainDeviation } from './explain';
export { findHeaderRow } from './headers';
export { buildPlan, namePrefix, uniqueNamePrefix } from './plan';
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
