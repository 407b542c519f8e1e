// Finding the header row of a table, and properties of header recognition over any input.
import fc from 'fast-check';
import { findHeaderRow } from '../../src/engine/benchmark/header-row';
import { recogniseHeaders } from '../../src/engine/benchmark/headers';
import type { CellValue } from '../../src/engine/core/types';
import type { Role } from '../../src/engine/benchmark/types';
import { ROLES } from '../../src/engine/benchmark/types';

describe('findHeaderRow', () => {
  const workedExample: CellValue[][] = [
    ['Benchmark formatie en kosten 2017', null, null, null, null],
    ['Gemeente Heemstede', null, null, null, null],
    [null, null, null, null, null],
    ['Cluster', 'Formatie in fte', '% van totale formatie', 'Kosten Heemstede', 'Kostennorm referentiegroep'],
    ['Juridische Zaken', 3.69, 0.016, 294556, 215568],
    ['Personeel & Organisatie', 4.93, 0.029, 369042, 374420],
  ];

  test.each<[string, CellValue[][], number | null]>([
    ['worked example under title rows', workedExample, 3],
    [
      'header in the first row',
      [
        ['Taakveld', 'Formatie', 'Apparaatskosten'],
        ['Bestuur', 2, 200000],
      ],
      0,
    ],
    [
      'title in a merged-looking row with trailing empties, then the header',
      [
        ['IJkpunt – benchmark 2017', '', '', ''],
        ['', '', '', ''],
        ['Taakveld', 'Formatie', 'Gemiddelde formatie in referentiegroep', 'Toelichting'],
        ['Bestuur', 2, 2.4, 'bewuste extra inzet'],
      ],
      2,
    ],
    [
      'English header under a title, with text numbers from a CSV',
      [['Benchmark 2023'], ['Cluster name', 'Own fte', 'Reference fte'], ['Communication', '2,76', '3,7']],
      1,
    ],
    [
      'a units row under the header is not the header',
      [
        ['Cluster', 'Formatie', 'Kosten', 'Kostennorm'],
        [null, '(fte)', '(€)', '(€)'],
        ['Inkoop', 0.4, 179540, 70466],
      ],
      0,
    ],
    [
      'a data row with recognisable words is not a header',
      [
        ['Cluster', 'Formatie', 'Kosten', 'Toelichting'],
        ['Personeel & Organisatie', 4.93, 369042, 'Hogere kosten door inhuur'],
      ],
      0,
    ],
    [
      'a legend row above the table loses to the header that has data under it',
      [
        ['Legenda:', 'Formatie in fte', 'Kosten in euro'],
        [null, null, null],
        [null, null, null],
        [null, null, null],
        ['Cluster', 'Formatie', 'Kosten'],
        ['Inkoop', 0.4, 179540],
      ],
      4,
    ],
    [
      'a header without data under it is still the header when nothing better exists',
      [['Titel'], ['Cluster', 'Formatie', 'Kosten']],
      1,
    ],
    [
      'a header with line breaks, error cells and ragged rows',
      [
        ['Overzicht', { error: '#REF!' }],
        [],
        ['Taakveld', 'Formatie\n(fte)', 'Kosten\n(€)', { error: '#N/A' }],
        ['Bestuur', 2, { error: '#DIV/0!' }],
      ],
      2,
    ],
  ])('%s', (_name, grid, expected) => {
    expect(findHeaderRow(grid)).toBe(expected);
  });

  test.each<[string, CellValue[][]]>([
    ['an empty grid', []],
    ['empty rows', [[], [null, null], ['', '  ']]],
    ['only titles and numbers', [['Benchmark formatie en kosten 2017'], ['Gemeente Heemstede'], [1, 2, 3]]],
    ['a single recognised cell per row', [['Formatie'], ['Kosten'], [3, 4]]],
    [
      'recognised cells without any measure',
      [
        ['Cluster', 'Toelichting'],
        ['Inkoop', 'tekst'],
      ],
    ],
    [
      'numbers and errors only',
      [
        [1, 2],
        [{ error: '#REF!' }, true],
      ],
    ],
    [
      'data rows whose texts happen to contain measure words',
      [
        ['Overzicht'],
        ['Personeel & Organisatie', 4.93, 369042, 'Hogere kosten door inhuur'],
        ['Formatie & Kosten', 2.76, 193683, 'Minder kosten'],
      ],
    ],
  ])('null for %s', (_name, grid) => {
    expect(findHeaderRow(grid)).toBeNull();
  });

  test('scans at most the first 30 rows', () => {
    const filler: CellValue[][] = Array.from({ length: 30 }, (_, i) => [`Regel ${i + 1}`]);
    const header: CellValue[] = ['Cluster', 'Formatie', 'Kosten'];
    expect(findHeaderRow([...filler, header, ['Inkoop', 1, 2]])).toBeNull();
    expect(findHeaderRow([...filler.slice(1), header, ['Inkoop', 1, 2]])).toBe(29);
  });
});

describe('properties', () => {
  const cell = fc.oneof(
    fc.string(),
    fc.constantFrom('Formatie', 'Kosten', 'Norm', 'per inwoner', '% van totaal', 'Cluster', '€', '%', '/', '\n'),
    fc.double(),
    fc.integer(),
    fc.constant(null),
  );
  const roleOrNull = fc.oneof(fc.constantFrom(...ROLES), fc.constant(null));

  test('recogniseHeaders never throws and returns one valid guess per column', () => {
    fc.assert(
      fc.property(
        fc.array(cell, { maxLength: 20 }),
        fc.dictionary(fc.nat({ max: 25 }).map(String), roleOrNull),
        (headers, overrides) => {
          const guesses = recogniseHeaders(headers, overrides as Record<number, Role | null>);
          expect(guesses).toHaveLength(headers.length);
          guesses.forEach((g, i) => {
            expect(g.column).toBe(i);
            expect(typeof g.header).toBe('string');
            expect(g.confidence).toBeGreaterThanOrEqual(0);
            expect(g.confidence).toBeLessThanOrEqual(1);
            if (g.role !== null) expect(ROLES).toContain(g.role);
          });
          const recognised = guesses.filter(
            (g) => !Object.prototype.hasOwnProperty.call(overrides, g.column) && g.role !== null,
          );
          // Overrides for columns the table does not have are ignored, so they take no role either.
          const overridden = new Set(
            Object.entries(overrides)
              .filter(([column, role]) => Number(column) < headers.length && role !== null)
              .map(([, role]) => role),
          );
          for (const g of recognised) expect(overridden.has(g.role as Role)).toBe(false);
          expect(new Set(recognised.map((g) => g.role)).size).toBe(recognised.length);
        },
      ),
    );
  });

  test('findHeaderRow never throws and answers null or a row within the first 30', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 40 }), (grid) => {
        const row = findHeaderRow(grid);
        if (row !== null) {
          expect(row).toBeGreaterThanOrEqual(0);
          expect(row).toBeLessThan(Math.min(30, grid.length));
        }
      }),
    );
  });
});
