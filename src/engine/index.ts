// The engine's public surface. Every number IJkpunt shows or writes comes from here.
export { analyse, compute, prepare, resolveParameters, type AnalysisInput, type ComputeOptions } from './analyse';
export { classify, toneOf, DEFAULT_BANDS, DEFAULT_DIRECTION, type Tone } from './classify';
export { parseNumber, type ParsedNumber } from './numbers';
export { findHeaderRow, recogniseHeaders } from './headers';
export { prepareTable, type PreparedTable, type ClusterRow } from './table';
export { applyEdits, whatIf, type WhatIfEdit, type WhatIfResult } from './whatif';
export * from './types';
