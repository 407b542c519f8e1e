// The studies beside the benchmark, one entry each: everything a front door needs to offer a
// study — as a command (`ijkpunt criteria …`) or a pane tab — without knowing which study it
// is. A new study is an engine room, its use case beside the others here, one entry below and
// its texts in src/i18n/study-ui.ts.
import { buildCriteriaTemplate, parseYearList, templateRange, type CriteriaResult } from '../engine/criteria';
import type { FormationWish } from '../engine/formation-wish';
import type { HandPair, YearComparison } from '../engine/trend';
import { studyTexts } from '../i18n/study-ui';
import { criteriaJson, criteriaPlans, criteriaPreview, criteriaText, readCriteria } from './criteria';
import { defineStudy, inputAt, type StudyAction, type StudyDefinition, type StudyId } from './definition';
import { formationWishPlans, formationWishPreview, formationWishText, readFormationWish } from './formation-wish';
import { fractionOption, refusal, switchValue, textValue, type SwitchOption, type TextOption } from './options';
import { failed, sheetNamed } from './study';
import {
  readYear,
  runYearComparison,
  yearComparisonJson,
  yearComparisonPreview,
  yearComparisonText,
  yearSheets,
  type YearAnalysis,
} from './year-comparison';
import { PAIRS, PER_YEAR_OPTIONS, unusedYears, yearOfSheet, yearSettings, type YearSettings } from './year-options';

/** "2018,2019,2020", "2018-2020" or "2018–2020". */
export const BASELINE: TextOption<readonly number[]> = {
  kind: 'text',
  key: 'baseline',
  flag: '--baseline',
  label: (language) => studyTexts(language).baseline,
  hint: (language) => studyTexts(language).baselineHint,
  initial: '2018, 2019, 2020',
  parse: (raw, language) => {
    const years = parseYearList(raw);
    if (years) return { ok: true, value: years };
    const s = studyTexts(language);
    return refusal(s.cli.badYears('--baseline', raw), s.badBaseline);
  },
};

export const TOLERANCE = fractionOption({
  key: 'tolerance',
  flag: '--tolerance',
  label: (language) => studyTexts(language).tolerance,
  initial: '5%',
});

/** The command line always writes the factsheets with the scorecard: no flag. */
export const FACTSHEETS: SwitchOption = {
  kind: 'switch',
  key: 'factsheets',
  flag: null,
  label: (language) => studyTexts(language).factsheets,
  initial: true,
};

export const BAND = fractionOption({
  key: 'band',
  flag: '--band',
  label: (language) => studyTexts(language).band,
  initial: '15',
});

/** "Nieuw toetsingskader" / `ijkpunt criteria --template OUT.xlsx`: a criteria sheet to fill in. */
const TEMPLATE: StudyAction = {
  key: 'template',
  flag: '--template',
  label: (language) => studyTexts(language).template,
  make: (given, language) => {
    const years = textValue(BASELINE, given, language);
    if (!years.ok) return years;
    const plan = buildCriteriaTemplate({ language, ...(years.value ? { baselineYears: years.value } : {}) });
    const s = studyTexts(language);
    return {
      ok: true,
      value: {
        plans: [plan],
        paneDone: s.templateWritten,
        fileDone: (path) => s.cli.templateWritten(path, templateRange(plan)),
      },
    };
  },
};

interface CriteriaValues {
  readonly baselineYears: readonly number[] | undefined;
  readonly tolerance: number | undefined;
  readonly factsheets: boolean;
}

const CRITERIA = defineStudy<CriteriaValues, CriteriaResult, CriteriaResult>({
  id: 'criteria',
  commands: ['criteria'],
  inputs: [{ label: (language) => studyTexts(language).sheet, sheetFlag: '--sheet' }],
  options: [BASELINE, TOLERANCE, FACTSHEETS],
  actions: [TEMPLATE],
  cli: { writesCopy: true, notFound: (path, language) => studyTexts(language).cli.noCriteria(path) },
  defaultSheets: (visible, active) => [sheetNamed(/toets|criteri|samenwerk/i, visible, active)],
  values: (given, language) => {
    const baselineYears = textValue(BASELINE, given, language);
    if (!baselineYears.ok) return baselineYears;
    const tolerance = textValue(TOLERANCE, given, language);
    if (!tolerance.ok) return tolerance;
    const factsheets = switchValue(FACTSHEETS, given);
    return { ok: true, value: { baselineYears: baselineYears.value, tolerance: tolerance.value, factsheets } };
  },
  read: (index, sheet, values, language) => {
    const scored = readCriteria(sheet, { language, ...values });
    return scored.ok ? { ok: true, value: scored.result } : failed(index, scored);
  },
  run: (inputs, values, language) => criteriaPlans(inputAt(inputs, 0), { language, factsheets: values.factsheets }),
  preview: criteriaPreview,
  text: criteriaText,
  json: criteriaJson,
  warningSheet: (result) => result.sheet,
});

interface CompareValues {
  readonly band: number | undefined;
  readonly pairs: readonly HandPair[];
  readonly years: YearSettings;
}

const COMPARE = defineStudy<CompareValues, YearAnalysis, YearComparison>({
  id: 'compare',
  commands: ['compare', 'vergelijk'],
  inputs: [
    { label: (language) => studyTexts(language).sheetA, sheetFlag: '--sheet-a' },
    { label: (language) => studyTexts(language).sheetB, sheetFlag: '--sheet-b' },
  ],
  options: [BAND, PAIRS, ...PER_YEAR_OPTIONS],
  cli: { writesCopy: false, missingFiles: (language) => studyTexts(language).cli.missingSecond },
  defaultSheets: yearSheets,
  values: (given, language) => {
    const band = textValue(BAND, given, language);
    if (!band.ok) return band;
    const pairs = textValue(PAIRS, given, language);
    if (!pairs.ok) return pairs;
    const years = yearSettings(given, language);
    if (!years.ok) return years;
    return { ok: true, value: { band: band.value, pairs: pairs.value ?? [], years: years.value } };
  },
  read: (index, sheet, values, language) => {
    const year = readYear(sheet, language, values.years, index);
    return year.ok ? { ok: true, value: year } : failed(index, year);
  },
  run: (inputs, values, language) => {
    const [a, b] = [inputAt(inputs, 0), inputAt(inputs, 1)];
    const unused = unusedYears(values.years, [yearOfSheet(a.sheet), yearOfSheet(b.sheet)], language);
    return runYearComparison(a, b, { language, band: values.band, pairs: values.pairs, unused });
  },
  preview: yearComparisonPreview,
  text: yearComparisonText,
  json: yearComparisonJson,
  // The comparison's warnings are about the years, not a cell of either sheet.
  warningSheet: () => null,
});

const WISH = defineStudy<null, FormationWish, FormationWish>({
  id: 'wish',
  commands: ['formatiewens', 'lacune'],
  inputs: [{ label: (language) => studyTexts(language).sheet, sheetFlag: '--sheet' }],
  options: [],
  cli: { writesCopy: true, notFound: (path, language) => studyTexts(language).cli.noWish(path) },
  defaultSheets: (visible, active) => [sheetNamed(/wens|lacune|desired/i, visible, active)],
  values: () => ({ ok: true, value: null }),
  read: (index, sheet, _values, language) => {
    const read = readFormationWish(sheet, language);
    return read.ok ? { ok: true, value: read.wish } : failed(index, read);
  },
  run: (inputs, _values, language) => formationWishPlans(inputAt(inputs, 0), language),
  preview: formationWishPreview,
  text: formationWishText,
  json: (wish) => wish,
  warningSheet: (wish) => wish.sheet,
});

/** Each study by its id, for a front door that already knows which one it shows. */
export const STUDY: Readonly<Record<StudyId, StudyDefinition>> = { criteria: CRITERIA, compare: COMPARE, wish: WISH };

/** In the order the pane shows their tabs. */
export const STUDIES: readonly StudyDefinition[] = [CRITERIA, COMPARE, WISH];

/** The study a command line command (or one of its aliases) names. */
export function studyForCommand(command: string): StudyDefinition | undefined {
  return STUDIES.find((study) => study.commands.includes(command));
}
