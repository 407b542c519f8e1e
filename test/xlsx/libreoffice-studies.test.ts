// The studies' files are real too: LibreOffice opens the criteria copy (scorecard beside the
// table, a factsheet per team) and the desired-formation copy, recalculates every formula, and
// gets the engine's values on every sheet; the template opens with its drop-downs.
import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { runCriteria, writeTemplate } from '../../src/cli/criteria-command';
import { runFormationWish } from '../../src/cli/formation-wish-command';
import { buildCriteriaPlan } from '../../src/engine/criteria/plan';
import { buildFactsheetPlans } from '../../src/engine/criteria/factsheet';
import { buildFormationWishPlan } from '../../src/engine/formation-wish/plan';
import { loadInput } from '../../src/cli/input';
import { unzipParts } from '../../src/xlsx/unzip';
import { ROOT } from '../support/build';
import { expectWritten, valueAt } from '../support/libreoffice-cells';
import { convertSheets, readCsv, recalculatingProfile } from '../support/libreoffice';
import { describeWithProgram, LIBREOFFICE } from '../support/system';

describeWithProgram('the studies’ workbooks in LibreOffice', LIBREOFFICE, (soffice) => {
  const dir = mkdtempSync(join(tmpdir(), 'ijkpunt-lo-studies-'));
  const profile = recalculatingProfile();

  test('criteria: the scorecard and every factsheet recalculate to the engine’s values', async () => {
    const input = join(ROOT, 'examples', 'samenwerking.xlsx');
    const out = join(dir, 'samenwerking-ijkpunt.xlsx');
    const outcome = await runCriteria({ input, language: 'nl', out });
    const loaded = await loadInput(input, 'nl');
    const grid = loaded.sheets[0];
    if (!grid) throw new Error('no sheet');
    const criteria = buildCriteriaPlan({ result: outcome.result, grid, language: 'nl' });
    const factsheets = buildFactsheetPlans(outcome.result, criteria, 'nl');
    const sheets = convertSheets(soffice, profile, out, [criteria.plan.sheet, ...factsheets.map((f) => f.sheet)]);
    expectWritten(readCsv(sheets.get(criteria.plan.sheet) ?? ''), criteria.plan);
    for (const factsheet of factsheets) expectWritten(readCsv(sheets.get(factsheet.sheet) ?? ''), factsheet);
    const scorecard = readCsv(sheets.get(criteria.plan.sheet) ?? '');
    expect(valueAt(scorecard, 'U4')).toBe('verslechterd');
    expect(valueAt(scorecard, 'R22')).toBe('overwegend verbeterd');
  }, 120_000);

  test('desired formation: gaps and total recalculate', async () => {
    const input = join(ROOT, 'examples', 'formatiewens.xlsx');
    const out = join(dir, 'formatiewens-ijkpunt.xlsx');
    const outcome = await runFormationWish({ input, language: 'nl', out });
    const loaded = await loadInput(input, 'nl');
    const grid = loaded.sheets[0];
    if (!grid) throw new Error('no sheet');
    const plan = buildFormationWishPlan(outcome.wish, grid, 'nl');
    const rows = readCsv(convertSheets(soffice, profile, out, [plan.sheet]).get(plan.sheet) ?? '');
    expectWritten(rows, plan);
    expect(valueAt(rows, 'I4')).toBe('tekort');
  }, 120_000);

  test('the template: a sheet to fill in, with drop-downs in the file', async () => {
    const out = join(dir, 'toetsingskader.xlsx');
    await writeTemplate(out, { language: 'nl' });
    const parts = unzipParts(readFileSync(out));
    const sheetXml = Object.entries(parts).find(
      ([path, bytes]) =>
        path.startsWith('xl/worksheets/') &&
        Buffer.from(bytes).toString('utf8').includes('Toetsingskader samenwerking'),
    );
    expect(sheetXml).toBeDefined();
    const xml = Buffer.from(sheetXml?.[1] ?? new Uint8Array()).toString('utf8');
    expect(xml).toContain('<dataValidations count="3">');
    expect(xml).toContain('<formula1>&quot;hoger is beter,lager is beter&quot;</formula1>');
    const rows = readCsv(convertSheets(soffice, profile, out, ['Toetsingskader']).get('Toetsingskader') ?? '');
    expect(rows[3]?.slice(0, 4)).toEqual(['Team', 'Criterium', 'Indicator', 'Richting']);
    expect(rows[4]?.slice(0, 3)).toEqual([
      'Communicatie',
      '1. Kwaliteit dienstverlening',
      'Waardering dienstverlening (waarstaatjegemeente.nl)',
    ]);
    // No ownership record: the template is the user's sheet, read as input afterwards.
    expect(Object.keys(parts).some((p) => p.includes('_IJkpunt'))).toBe(false);
    const reread = await loadInput(out, 'nl');
    expect(reread.owned.size).toBe(0);
  }, 120_000);
});
