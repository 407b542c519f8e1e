// The studies' registry: every entry runs on the bundled example it belongs to and says what
// the command line prints of it; options are refused with a message naming them, as the pane
// and the command line each name them; and what a front door reads from an entry is complete.
import { join } from 'path';
import type { CellGrid } from '../../src/engine/core';
import {
  BAND,
  BASELINE,
  STUDIES,
  STUDY,
  TOLERANCE,
  repeatedSheet,
  studyForCommand,
  visibleSheets,
  type OptionInput,
  type StudyDefinition,
  type StudyReport,
  type StudySheet,
} from '../../src/studies';
import { exampleSheetGrid } from '../../src/taskpane/preview-workbook';
import e2012 from '../../examples/heemstede-2012.json';
import e2017 from '../../examples/heemstede-2017.json';
import samenwerking from '../../examples/samenwerking.json';
import formatiewens from '../../examples/formatiewens.json';
import { EXAMPLES, run } from '../support/cli';

function sheetOf(grid: CellGrid): StudySheet {
  return { sheet: grid.sheet, grid };
}

function report(study: StudyDefinition, sheets: readonly StudySheet[], given: OptionInput = {}): StudyReport {
  const prepared = study.prepare(given, 'nl');
  if (!prepared.ok) throw new Error(prepared.fieldMessage);
  const outcome = prepared.run(sheets);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome;
}

/** The sentences of a text report: its bullet lines. */
function bullets(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => line.startsWith('• '))
    .map((line) => line.slice(2));
}

describe('each entry on its bundled example', () => {
  test('criteria: the scorecard, its plans, and the sentences the command line prints', async () => {
    const done = report(STUDY.criteria, [sheetOf(exampleSheetGrid(samenwerking))]);
    const preview = done.preview();
    expect(preview.sentences).toHaveLength(13);
    expect(preview.sentences[0]).toMatch(/^Informatisering: personeelskosten \+6% t\.o\.v\. nul-lijn 2018–2020/);
    expect(preview.tables.map((t) => t.caption)).toEqual(['Samenwerking', 'Indicator']);
    expect(done.plans.map((p) => p.sheet)[0]).toBe('Toetsingscriteria');
    expect(done.plans).toHaveLength(7);
    expect(done.warningSheet).toBe('Toetsingscriteria');
    const cli = await run('criteria', join(EXAMPLES, 'samenwerking.xlsx'));
    expect(cli.code).toBe(0);
    expect(bullets(cli.out)).toEqual(preview.sentences);
    expect(bullets(done.text())).toEqual(preview.sentences);
  });

  test('criteria without factsheets: the scorecard alone', () => {
    const done = report(STUDY.criteria, [sheetOf(exampleSheetGrid(samenwerking))], { factsheets: false });
    expect(done.plans.map((p) => p.sheet)).toEqual(['Toetsingscriteria']);
  });

  test('year comparison: 2012 against 2017, as `ijkpunt compare` says it', async () => {
    const sheets = [sheetOf(exampleSheetGrid(e2012)), sheetOf(exampleSheetGrid(e2017))];
    const done = report(STUDY.compare, sheets);
    const preview = done.preview();
    expect(preview.sentences[preview.sentences.length - 1]).toBe(
      'Niet te vergelijken: Inkoop (alleen 2017); Documentaire informatievoorziening (alleen 2012).',
    );
    expect(preview.tables[0]?.rows[0]).toEqual(['Juridische Zaken', '+20%', '+37%', '+16,7', 'toename']);
    expect(done.plans.map((p) => p.sheet)).toEqual(['Vergelijking 2012-2017']);
    expect(done.warningSheet).toBeNull();
    const cli = await run('compare', join(EXAMPLES, 'heemstede-2012.xlsx'), join(EXAMPLES, 'heemstede-2017.xlsx'));
    expect(cli.code).toBe(0);
    expect(bullets(cli.out)).toEqual(preview.sentences);
  });

  test('desired formation: the gaps, as `ijkpunt formatiewens` says them', async () => {
    const done = report(STUDY.wish, [sheetOf(exampleSheetGrid(formatiewens))]);
    const preview = done.preview();
    expect(preview.sentences[preview.sentences.length - 1]).toBe(
      'Totaal: 17–22 fte gewenst, 12,6 aanwezig: tekort 4,4–9,4 fte.',
    );
    expect(preview.tables[0]?.head).toEqual(['Thema', 'Gewenst', 'Aanwezig', 'Lacune', 'Beoordeling']);
    expect(preview.tables[0]?.rows[0]?.[4]).toBe('tekort');
    const cli = await run('formatiewens', join(EXAMPLES, 'formatiewens.xlsx'));
    expect(cli.code).toBe(0);
    expect(bullets(cli.out)).toEqual(preview.sentences);
  });

  test('a sheet that is not the study’s input: the reason, and which input it is', () => {
    const prepared = STUDY.compare.prepare({}, 'nl');
    if (!prepared.ok) throw new Error('refused');
    const criteriaSheet = sheetOf(exampleSheetGrid(samenwerking));
    expect(prepared.reads(1, criteriaSheet)).toMatchObject({ ok: false, input: 1 });
    expect(prepared.reads(0, sheetOf(exampleSheetGrid(e2012)))).toBeNull();
    expect(prepared.run([sheetOf(exampleSheetGrid(e2012)), criteriaSheet])).toMatchObject({ ok: false, input: 1 });
  });
});

describe('options refused with a message naming them', () => {
  test.each([
    [
      '--baseline',
      BASELINE,
      'vorig jaar',
      '--baseline: "vorig jaar" is geen lijst van jaren zoals 2018,2019,2020 of 2018-2020.',
      'Geef de jaren van de nul-lijn als 2018, 2019, 2020 of 2018-2020.',
    ],
    [
      '--tolerance',
      TOLERANCE,
      'veel',
      '--tolerance: "veel" is geen percentage zoals 5% of 15.',
      'Tolerantie (verandering die nog "gelijk" heet): geef een percentage zoals 5% of 15.',
    ],
    [
      '--band',
      BAND,
      '150',
      '--band: "150" is geen percentage zoals 5% of 15.',
      'Band "redelijk stabiel" (procentpunt): geef een percentage zoals 5% of 15.',
    ],
  ])('%s: the flag on the command line, the field in the pane', (_flag, option, raw, flagMessage, fieldMessage) => {
    expect(option.parse(raw, 'nl')).toEqual({ ok: false, flagMessage, fieldMessage });
  });

  test('in English too, and a good value is the engine’s', () => {
    expect(TOLERANCE.parse('veel', 'en')).toMatchObject({
      flagMessage: '--tolerance: "veel" is not a percentage such as 5% or 15.',
      fieldMessage: 'Tolerance (a change still called "unchanged"): give a percentage such as 5% or 15.',
    });
    expect(BASELINE.parse('2018-2020', 'nl')).toEqual({ ok: true, value: [2018, 2019, 2020] });
    expect(BAND.parse('15', 'nl')).toEqual({ ok: true, value: 0.15 });
  });

  test('prepare refuses the first bad option, and every initial value is accepted', () => {
    expect(STUDY.criteria.prepare({ baseline: 'x', tolerance: 'y' }, 'nl')).toMatchObject({
      ok: false,
      flagMessage: expect.stringMatching(/^--baseline:/),
    });
    expect(STUDY.compare.prepare({ band: 'veel' }, 'nl')).toMatchObject({ ok: false });
    for (const study of STUDIES) {
      const initial = Object.fromEntries(study.options.map((o) => [o.key, o.initial]));
      expect(study.prepare(initial, 'nl').ok).toBe(true);
    }
  });
});

describe('what a front door reads from an entry', () => {
  test('commands and aliases name one study each; analyse stays the benchmark’s', () => {
    expect(STUDIES.map((s) => s.commands)).toEqual([
      ['criteria'],
      ['compare', 'vergelijk'],
      ['formatiewens', 'lacune'],
    ]);
    expect(studyForCommand('lacune')?.id).toBe('wish');
    expect(studyForCommand('analyse')).toBeUndefined();
    expect(STUDIES.map((s) => s.title('nl'))).toEqual(['Samenwerking', 'Jaren vergelijken', 'Formatiewens']);
    expect(STUDIES.map((s) => s.title('en'))).toEqual(['Cooperation', 'Compare years', 'Desired staffing']);
  });

  test('inputs, labels and the default sheets, one per input', () => {
    const names = visibleSheets(['Benchmark 2017', 'Benchmark 2012', 'Toetsingscriteria', 'Formatiewens', '_IJkpunt']);
    expect(names).not.toContain('_IJkpunt');
    expect(STUDY.criteria.defaultSheets(names, 'Benchmark 2017')).toEqual(['Toetsingscriteria']);
    expect(STUDY.compare.defaultSheets(names, 'Benchmark 2017')).toEqual(['Benchmark 2012', 'Benchmark 2017']);
    expect(STUDY.wish.defaultSheets(['Blad1'], 'Blad1')).toEqual(['Blad1']);
    expect(STUDY.compare.inputs.map((i) => [i.label('nl'), i.sheetFlag])).toEqual([
      ['Eerste jaar (A)', '--sheet-a'],
      ['Tweede jaar (B)', '--sheet-b'],
    ]);
    expect(repeatedSheet(['Benchmark 2017', 'Benchmark 2017'], 'nl')).toBe('Kies twee verschillende bladen.');
    expect(repeatedSheet(['Benchmark 2012', 'Benchmark 2017'], 'nl')).toBeNull();
  });

  test('criteria’s options as pane fields, and its template', () => {
    expect(STUDY.criteria.options.map((o) => [o.key, o.kind, o.flag, o.initial, o.label('nl')])).toEqual([
      ['baseline', 'text', '--baseline', '2018, 2019, 2020', 'Jaren van de nul-lijn'],
      ['tolerance', 'text', '--tolerance', '5%', 'Tolerantie (verandering die nog "gelijk" heet)'],
      ['factsheets', 'switch', null, true, 'Ook een factsheet per team'],
    ]);
    const [template] = STUDY.criteria.actions;
    expect(template?.label('nl')).toBe('Nieuw toetsingskader');
    const made = template?.make({ baseline: '2018, 2019, 2020' }, 'nl');
    if (!made?.ok) throw new Error('refused');
    expect(made.value.plans[0]).toMatchObject({ sheet: 'Toetsingskader', handOver: true });
    expect(made.value.fileDone('kader.xlsx')).toBe('Geschreven: kader.xlsx (vul blad Toetsingskader in, A4:P64)');
    expect(made.value.paneDone).toMatch(/^Blad Toetsingskader toegevoegd/);
    expect(template?.make({ baseline: 'nooit' }, 'nl')).toMatchObject({ ok: false });
  });
});
