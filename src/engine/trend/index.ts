// The only way into this room from outside it.
export { compareYears } from './compare';
export { type HandPair, type MatchedBy, yearLabel } from './match';
export { buildTrendPlan, comparisonSheetName } from './plan';
export type { TrendWord, YearComparison } from './types';
