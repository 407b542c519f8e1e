// The only way into this room from outside it.
export { buildFactsheetPlans } from './factsheet';
export { parseYearList } from './input';
export { buildCriteriaPlan } from './plan';
export { type CriteriaResult, scoreCriteria } from './score';
export { TEMPLATE_SHEET, buildCriteriaTemplate, templateRange } from './template';
export { STATUS_TEXT, VERDICT_TEXT, indicatorFigures } from './text';
