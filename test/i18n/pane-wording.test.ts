// The wording issue 17 fixes, on the texts a user reads: the volume/price split of the
// worked example (DOMAIN §3), "criterium" for one, no "(bij Samenwerking)" on other tabs, no
// doubled cell prefix, and no line break inside a figure in the pane.
import { CRITERIA_SENTENCES } from '../../src/i18n/criteria';
import { unbrokenFigures } from '../../src/i18n/pane';
import { studyTexts } from '../../src/i18n/study-ui';
import { analyseBenchmark } from '../../src/studies';
import { exampleGrid } from '../../src/taskpane/preview-workbook';
import { groupWarnings, warningText } from '../../src/taskpane/Notices';

const cellHint = (cell: string) => `Cel ${cell}: `;

test('the cost split of Heemstede 2017: "is … toe te schrijven aan"', () => {
  const grid = exampleGrid();
  const outcome = analyseBenchmark({ table: grid, sheet: grid }, { language: 'nl' });
  if (!outcome.ok) throw new Error(outcome.message);
  expect(outcome.result.sentences).toContain(
    'De 7 overheadclusters in deze tabel: van het kostenverschil is −€ 0,6 miljoen toe te schrijven aan de omvang van de formatie en +€ 0,6 miljoen aan de kosten per fte.',
  );
});

test('one criterion is a criterium', () => {
  expect(CRITERIA_SENTENCES.nl.measured(1, 1)).toBe('1 van 1 criterium gemeten');
  expect(CRITERIA_SENTENCES.nl.measured(2, 4)).toBe('2 van 4 criteria gemeten');
  expect(CRITERIA_SENTENCES.en.measured(1, 1)).toBe('1 of 1 criterion measured');
});

test('"(bij Samenwerking)" is gone: the factsheets are named only where a study writes them', () => {
  expect(studyTexts('nl').writtenPreview(false)).toBe(
    'Voorbeeld: in Excel schrijft IJkpunt dit in het blad, als formules en met opmaak.',
  );
  expect(studyTexts('nl').writtenPreview(true)).toBe(
    'Voorbeeld: in Excel schrijft IJkpunt dit in het blad, als formules en met opmaak, met een factsheet per team.',
  );
});

test('a warning that names its own cell gets no second prefix', () => {
  expect(warningText({ cell: 'E5', message: 'Cel E5 bevat een getal als tekst.' }, cellHint)).toBe(
    'Cel E5 bevat een getal als tekst.',
  );
  expect(warningText({ cell: 'E7', message: 'Informatisering, Personeelskosten: +6%.' }, cellHint)).toBe(
    'Cel E7: Informatisering, Personeelskosten: +6%.',
  );
});

test('warnings of one kind are one group with their cells', () => {
  const groups = groupWarnings(
    [
      { cell: 'E5', message: 'Cel E5 bevat een getal als tekst.' },
      { cell: 'E7', message: 'Informatisering: zonder toelichting.' },
      { cell: 'E12', message: 'Cel E12 bevat een getal als tekst.' },
    ],
    cellHint,
  );
  expect(groups.map((g) => [g.text, g.cells])).toEqual([
    ['Cel … bevat een getal als tekst.', ['E5', 'E12']],
    ['Cel E7: Informatisering: zonder toelichting.', ['E7']],
  ]);
});

test('figures do not break across lines in the pane: no-break spaces and hyphens', () => {
  expect(unbrokenFigures('Overhead: 2% hogere kosten (+€ 89.483) · 13% minder formatie (−5,4 fte).')).toBe(
    'Overhead: 2% hogere kosten (+€\u00a089.483) · 13% minder formatie (−5,4\u00a0fte).',
  );
  expect(unbrokenFigures('Sociaal domein: 5–6 fte gewenst, 2,0 aanwezig: tekort 3–4 fte.')).toBe(
    'Sociaal domein: 5\u20116\u00a0fte gewenst, 2,0 aanwezig: tekort 3\u20114\u00a0fte.',
  );
  expect(unbrokenFigures('Gewenst 5,0 – 6,0; nul-lijn 2018–2020; −€ 0,2 miljoen')).toBe(
    'Gewenst 5,0\u20116,0; nul-lijn 2018\u20112020; −€\u00a00,2\u00a0miljoen',
  );
  // Words keep their dashes: "Sociaal domein – strategisch beleid".
  expect(unbrokenFigures('Sociaal domein – strategisch beleid')).toBe('Sociaal domein – strategisch beleid');
});

test('a Toelichting ending in a full stop does not double the punctuation: "…155%; toelichting: …)"', () => {
  const grid = exampleGrid();
  const header = grid.cells.findIndex((row) => row[0] === 'Cluster');
  const cells = grid.cells.map((row, r) => {
    if (r === header) return [...row, 'Toelichting'];
    return row[0] === 'Inkoop' ? [...row, 'Tijdelijk een extra inkoper.'] : [...row];
  });
  const outcome = analyseBenchmark({ table: { ...grid, cells }, sheet: { ...grid, cells } }, { language: 'nl' });
  if (!outcome.ok) throw new Error(outcome.message);
  const text = outcome.result.sentences.join(' ');
  expect(text).toContain('Tijdelijk een extra inkoper)');
  expect(text).not.toMatch(/\.\)/);
});
