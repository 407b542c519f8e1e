// What the adapter's tests share: the Heemstede sheet in a fake workbook with the pane's port on
// it, the engine's own plan, and the sheet's formulas evaluated by a real formula engine.
import { heemstedeGrid } from '../fixtures/heemstede';
import { workbookOn } from '../support/excel-workbook';
import { evaluateSheet } from '../support/hyperformula';
import { createFake, fakeCells } from './fake-excel';

export const SHEET = 'Benchmark';

/** A fake workbook and the pane's port on it. */
export function withPort(init: Parameters<typeof createFake>[0]) {
  const { context, fake } = createFake(init);
  return { context, fake, workbook: workbookOn(context) };
}

export function heemstede(extra: Record<string, number | string> = {}, version = '1.14') {
  return withPort({
    sheets: [{ name: SHEET, cells: { ...fakeCells(heemstedeGrid()), ...extra } }],
    active: SHEET,
    selected: 'A6',
    requirementSets: version,
  });
}

export type Fake = ReturnType<typeof createFake>['fake'];

export function evaluate(fake: Fake) {
  const names = Object.entries(fake.names).map(([name, ref]) => ({ name, ref: String(ref) }));
  return evaluateSheet(SHEET, fake.sheetFormulas(SHEET), names);
}

export function expectNumber(actual: unknown, expected: number) {
  expect(typeof actual).toBe('number');
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
}
