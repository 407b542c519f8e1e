// The only way into this room from outside it.
export { buildFactsheetPlans, type Heading } from './factsheet';
export { parseYearList } from './input';
export { buildCriteriaPlan } from './plan';
export { type CriteriaResult, type Status, type Verdict, scoreCriteria } from './score';
export { buildCriteriaTemplate, templateRange } from './template';
export { indicatorFigures } from './text';
