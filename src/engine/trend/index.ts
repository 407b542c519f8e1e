// The only way into this room from outside it.
export { TREND_TEXT, type YearComparison, compareYears, yearLabel } from './compare';
export { buildTrendPlan, comparisonSheetName } from './plan';
