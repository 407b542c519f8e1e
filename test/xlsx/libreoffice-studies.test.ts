// The studies' files are real too: LibreOffice opens the criteria copy (scorecard beside the
// table, a factsheet per team) and the desired-formation copy, recalculates every formula, and
// gets the engine's values on every sheet; the template opens with its drop-downs.
import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { runStudyAction, runStudyCommand } from '../../src/cli/study-command';
import { loadInput } from '../../src/cli/input';
import { STUDY } from '../../src/studies';
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
    const outcome = await runStudyCommand(STUDY.criteria, {
      files: [input],
      sheets: [],
      given: {},
      language: 'nl',
      out,
    });
    // The plans the command wrote: the scorecard beside the table, then a factsheet per team.
    const [criteria, ...factsheets] = outcome.report.plans;
    if (!criteria) throw new Error('no plan');
    const sheets = convertSheets(soffice, profile, out, [criteria.sheet, ...factsheets.map((f) => f.sheet)]);
    expectWritten(readCsv(sheets.get(criteria.sheet) ?? ''), criteria);
    for (const factsheet of factsheets) expectWritten(readCsv(sheets.get(factsheet.sheet) ?? ''), factsheet);
    const scorecard = readCsv(sheets.get(criteria.sheet) ?? '');
    expect(valueAt(scorecard, 'U4')).toBe('verslechterd');
    expect(valueAt(scorecard, 'R22')).toBe('overwegend verbeterd');
  }, 120_000);

  test('desired formation: gaps and total recalculate', async () => {
    const input = join(ROOT, 'examples', 'formatiewens.xlsx');
    const out = join(dir, 'formatiewens-ijkpunt.xlsx');
    const outcome = await runStudyCommand(STUDY.wish, { files: [input], sheets: [], given: {}, language: 'nl', out });
    const [plan] = outcome.report.plans;
    if (!plan) throw new Error('no plan');
    const rows = readCsv(convertSheets(soffice, profile, out, [plan.sheet]).get(plan.sheet) ?? '');
    expectWritten(rows, plan);
    expect(valueAt(rows, 'I4')).toBe('tekort');
  }, 120_000);

  test('the template: a sheet to fill in, with drop-downs in the file', async () => {
    const out = join(dir, 'toetsingskader.xlsx');
    const [template] = STUDY.criteria.actions;
    if (!template) throw new Error('no template action');
    await runStudyAction(template, out, { given: {}, language: 'nl' });
    const parts = unzipParts(readFileSync(out));
    const sheetXml = Object.entries(parts).find(
      ([path, bytes]) =>
        path.startsWith('xl/worksheets/') &&
        Buffer.from(bytes).toString('utf8').includes('Toetsingskader samenwerking'),
    );
    expect(sheetXml).toBeDefined();
    const xml = Buffer.from(sheetXml?.[1] ?? new Uint8Array()).toString('utf8');
    expect(xml).toContain('<dataValidations count="3">');
    // Each drop-down refers to its items in cells (a typed list would split "2. Efficiency, flexibiliteit, kosten").
    expect(xml).toContain('<formula1>$S$5:$S$8</formula1>');
    expect(xml).toContain('<formula1>$T$5:$T$6</formula1>');
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
