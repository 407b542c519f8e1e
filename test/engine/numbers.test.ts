import fc from 'fast-check';

import {
  halfUnit,
  parseDeviationPair,
  parseFraction,
  parseNumber,
  type DecimalStyle,
  type ParsedNumber,
} from '../../src/engine/core/numbers';
import type { CellValue } from '../../src/engine/core/types';

const num = (value: number, percent = false): ParsedNumber => ({ kind: 'number', value, percent });
const invalid = (text: string): ParsedNumber => ({ kind: 'invalid', text });
const EMPTY: ParsedNumber = { kind: 'empty' };

describe('parseNumber: cells that are not text', () => {
  test.each<[string, CellValue, ParsedNumber]>([
    ['integer', 42, num(42)],
    ['fraction', 3.69, num(3.69)],
    ['negative', -0.9, num(-0.9)],
    ['zero', 0, num(0)],
    ['NaN', Number.NaN, invalid('#NUM!')],
    ['Infinity', Number.POSITIVE_INFINITY, invalid('#NUM!')],
    ['-Infinity', Number.NEGATIVE_INFINITY, invalid('#NUM!')],
    ['true', true, invalid('TRUE')],
    ['false', false, invalid('FALSE')],
    ['null', null, EMPTY],
    ['#DIV/0!', { error: '#DIV/0!' }, invalid('#DIV/0!')],
    ['#N/A', { error: '#N/A' }, invalid('#N/A')],
    ['#DEEL/0!', { error: '#DEEL/0!' }, invalid('#DEEL/0!')],
  ])('%s', (_name, cell, expected) => {
    expect(parseNumber(cell)).toEqual(expected);
  });

  test('a JS number is never reinterpreted by the decimal style', () => {
    expect(parseNumber(1234.5, ',')).toEqual(num(1234.5));
    expect(parseNumber(1234.5, '.')).toEqual(num(1234.5));
  });

  test('values outside CellValue from untyped callers do not throw', () => {
    const weird: unknown[] = [undefined, {}, { error: 42 }, [], Symbol('x'), () => 1, BigInt(5)];
    for (const value of weird) {
      const parsed = parseNumber(value as CellValue);
      expect(parsed.kind === 'invalid' || parsed.kind === 'empty').toBe(true);
    }
    expect(parseNumber(undefined as unknown as CellValue)).toEqual(EMPTY);
  });
});

describe('parseNumber: blanks and "not applicable"', () => {
  test.each(['', ' ', '   ', '\t', '\u00a0', '\u2009\u202f', '\n'])('blank %j', (text) => {
    expect(parseNumber(text)).toEqual(EMPTY);
  });

  test.each([
    'n.v.t.',
    'N.V.T.',
    'nvt',
    'NVT',
    'n.v.t',
    'n.a.',
    'N.A.',
    'n/a',
    'N/A',
    'NA',
    'na',
    '-',
    '–',
    '—',
    '--',
    ' n.v.t. ',
    '€ -',
    '€ –',
  ])('%j is empty', (text) => {
    expect(parseNumber(text)).toEqual(EMPTY);
  });
});

describe('parseNumber: text as Dutch users type it (auto)', () => {
  test.each<[string, number]>([
    ['€ 294.556', 294556],
    ['€294.556,-', 294556],
    ['€ 294.556,-', 294556],
    ['€ 294.556,--', 294556],
    ['294.556,–', 294556],
    ['3,69', 3.69],
    ['3,69 fte', 3.69],
    ['3,69 FTE', 3.69],
    ['3,69fte', 3.69],
    ['−0,9', -0.9],
    ['-0,9', -0.9],
    ['‒0,9', -0.9],
    ['–0,9', -0.9],
    ['— 0,9', -0.9],
    ['- 0,9', -0.9],
    ['+5,9', 5.9],
    ['+5,9 fte', 5.9],
    ['(1.234)', -1234],
    ['(€ 1.234)', -1234],
    ['( 1.234,50 )', -1234.5],
    ['43.500', 43500],
    ['165,95', 165.95],
    ['1.234,56', 1234.56],
    ['1,234.56', 1234.56],
    ['1.234.567,89', 1234567.89],
    ['1,234,567.89', 1234567.89],
    ['1,234,567', 1234567],
    ['1.234.567', 1234567],
    ['3.69', 3.69],
    ['3.6', 3.6],
    ['3.6912', 3.6912],
    ['0.500', 0.5],
    ['0,500', 0.5],
    ['1,234', 1.234],
    ['2 028 168', 2028168],
    ['2\u00a0028\u00a0168', 2028168],
    ['2\u2009028\u2009168', 2028168],
    ['2\u202f028\u202f168', 2028168],
    ['€ 2 028 168', 2028168],
    ['1 234,5', 1234.5],
    ['1 234.5', 1234.5],
    ['EUR 1.234', 1234],
    ['eur 1.234', 1234],
    ['1.234 EUR', 1234],
    ['1.234 euro', 1234],
    ['1.234 €', 1234],
    ['€ 1,7 miljoen', 1700000],
    ['1,7 mln', 1700000],
    ['1,7 mln.', 1700000],
    ['€ 1,7 mln', 1700000],
    ['-€ 1,7 miljoen', -1700000],
    ['€ -1,7 miljoen', -1700000],
    ['1,7 mln euro', 1700000],
    ['1,1 miljoen', 1100000],
    ['2 miljard', 2e9],
    ['1,5 mld', 1.5e9],
    ['2,5 duizend', 2500],
    ['1,2 duizend fte', 1200],
    ['-€ 1.234', -1234],
    ['€ -1.234', -1234],
    ['-1.234,00', -1234],
    ['  42  ', 42],
    ['0', 0],
    ['-0', 0],
    ['007', 7],
    [',5', 0.5],
    ['.5', 0.5],
    ['9007199254740993', 9007199254740992],
  ])('%j → %p', (text, expected) => {
    expect(parseNumber(text)).toEqual(num(expected));
  });

  test('"-0" text gives a plain zero, not a negative zero', () => {
    const parsed = parseNumber('-0');
    expect(parsed.kind === 'number' && Object.is(parsed.value, 0)).toBe(true);
  });

  test.each<[string, number]>([
    ['1,6%', 0.016],
    ['6,7 %', 0.067],
    ['43%', 0.43],
    ['-13 %', -0.13],
    ['−25%', -0.25],
    ['+155%', 1.55],
    ['0,3%', 0.003],
    ['100%', 1],
    ['(5%)', -0.05],
    ['2.9%', 0.029],
  ])('percentage %j → %p', (text, expected) => {
    expect(parseNumber(text)).toEqual(num(expected, true));
  });
});

describe('parseNumber: unreadable text keeps the original text', () => {
  test.each([
    'abc',
    '12abc',
    '1,2,3',
    '1.2.3',
    '3,69 uur',
    '€',
    'fte',
    '%',
    '5,',
    '5.',
    '1..2',
    '12.34,5',
    '1.234 567',
    '12 34',
    '1.2345,6',
    '--5',
    '+-5',
    '(-5)',
    '5 % fte',
    '€ 5%',
    '€ 3 fte',
    '2 mln %',
    '1e5',
    "1'234",
    '€ +',
    '#DIV/0!',
    'Totaal',
    '1/2',
    '5-3',
    '(1.234',
    ' 12abc ',
    '1' + '0'.repeat(400),
  ])('%j', (text) => {
    expect(parseNumber(text)).toEqual(invalid(text));
  });
});

describe('parseNumber: long text', () => {
  test('a cell full of prose (Excel allows 32 767 characters) is invalid, and quickly', () => {
    const prose = `1${' '.repeat(32_000)}1`;
    const started = Date.now();
    expect(parseNumber(prose)).toEqual(invalid(prose));
    expect(Date.now() - started).toBeLessThan(1000);
  });

  test('a long but real amount still parses', () => {
    expect(parseNumber('€ 1.234.567.890.123,45')).toEqual(num(1234567890123.45));
  });
});

describe('parseNumber: explicit decimal style', () => {
  test.each<[string, DecimalStyle, ParsedNumber]>([
    // Dutch: the comma is always decimal, dots and spaces group thousands.
    ['3,69', ',', num(3.69)],
    ['1.234,56', ',', num(1234.56)],
    ['1.234', ',', num(1234)],
    ['1 234,5', ',', num(1234.5)],
    ['0,5%', ',', num(0.005, true)],
    ['3.69', ',', invalid('3.69')],
    ['1,234.56', ',', invalid('1,234.56')],
    ['1,2,3', ',', invalid('1,2,3')],
    // English CSV: the dot is always decimal, commas and spaces group thousands.
    ['3.69', '.', num(3.69)],
    ['43.500', '.', num(43.5)],
    ['1,234.56', '.', num(1234.56)],
    ['1,234', '.', num(1234)],
    ['1 234.5', '.', num(1234.5)],
    ['-0.9', '.', num(-0.9)],
    ['6.7%', '.', num(0.067, true)],
    ['3,69', '.', invalid('3,69')],
    ['1.234,56', '.', invalid('1.234,56')],
    ['n/a', '.', EMPTY],
    ['', ',', EMPTY],
  ])('%j with %j', (text, style, expected) => {
    expect(parseNumber(text, style)).toEqual(expected);
  });
});

describe('parseNumber: properties', () => {
  test('never throws on any string, in any style', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 40 }),
        fc.constantFrom<DecimalStyle>(',', '.', 'auto'),
        (s, d) => {
          const parsed = parseNumber(s, d);
          return ['number', 'empty', 'invalid'].includes(parsed.kind);
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('never throws on strings built from number-like characters', () => {
    const chars = fc.constantFrom(...'0123456789.,- +()%€\u00a0\u2212fteEURmln'.split(''));
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 20 }), (parts) => {
        const parsed = parseNumber(parts.join(''));
        return parsed.kind !== 'number' || Number.isFinite(parsed.value);
      }),
      { numRuns: 3000 },
    );
  });

  test('a finite JS number comes back exactly', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const parsed = parseNumber(n);
        return parsed.kind === 'number' && Object.is(parsed.value, n) && !parsed.percent;
      }),
    );
  });

  test('an integer written with Dutch thousands dots reads back', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        const text = n.toLocaleString('nl-NL', { useGrouping: true, maximumFractionDigits: 0 });
        const parsed = parseNumber(text);
        return parsed.kind === 'number' && parsed.value === n + 0;
      }),
    );
  });

  test('a Dutch amount with thousands dots and decimal comma reads back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const text = `€ ${groupThousands(whole, '.')},${String(cents).padStart(2, '0')}`;
        const parsed = parseNumber(text, ',');
        return parsed.kind === 'number' && parsed.value === Number(`${whole}.${String(cents).padStart(2, '0')}`);
      }),
    );
  });

  test('an integer grouped with thin or non-breaking spaces reads back in every style', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        fc.constantFrom(' ', '\u00a0', '\u2009', '\u202f'),
        fc.constantFrom<DecimalStyle>(',', '.', 'auto'),
        (n, space, style) => {
          const parsed = parseNumber(groupThousands(n, space), style);
          return parsed.kind === 'number' && parsed.value === n;
        },
      ),
    );
  });
});

function groupThousands(n: number, separator: string): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

describe('fractions typed as tolerances and bands', () => {
  test.each([
    ['5%', 0.05],
    ['5', 0.05],
    ['0,05', 0.05],
    [15, 0.15],
    ['100%', 1],
    ['0', 0],
  ] as const)('%p → %p', (input, expected) => {
    expect(parseFraction(input)).toBeCloseTo(expected, 12);
  });

  test.each(['veel', '-5%', '150', '', null])('%p is no fraction', (input) => {
    expect(parseFraction(input)).toBeNull();
  });
});

describe('numbers as reports print them: footnote marks and deviation pairs', () => {
  test.each<[string, number, string]>([
    ['€ 2.028.168*', 2028168, '*'],
    ['€ 627.522**', 627522, '**'],
    ['12,5¹', 12.5, '¹'],
    ['3,69 (a)', 3.69, '(a)'],
    ['1,6% [1]', 0.016, '[1]'],
  ])('%j is %d with the note %j', (text, value, note) => {
    const parsed = parseNumber(text);
    expect(parsed).toMatchObject({ kind: 'number', note });
    expect(parsed.kind === 'number' && parsed.value).toBeCloseTo(value, 12);
  });

  test('accounting brackets stay a negative number, not a note; a bare star is no number', () => {
    expect(parseNumber('(1.234)')).toEqual({ kind: 'number', value: -1234, percent: false });
    expect(parseNumber('*').kind).toBe('invalid');
    expect(parseNumber('€ 294.556')).not.toHaveProperty('note');
  });

  test.each<[string, number, number]>([
    ['+ 1,1 fte / 43%', 1.1, 0.43],
    ['-0,1 fte / - 18%', -0.1, -0.18],
    ['-2,8 fte / - 36%', -2.8, -0.36],
  ])('%j is Δ %d and Δ%% %d', (text, absolute, percent) => {
    expect(parseDeviationPair(text)).toEqual({ absolute, percent });
  });

  test('a pair needs one percentage and one amount', () => {
    expect(parseDeviationPair('1,1 / 2,2')).toBeNull();
    expect(parseDeviationPair('43% / 12%')).toBeNull();
    expect(parseDeviationPair('3,69 fte')).toBeNull();
  });

  test('half a unit of the last printed digit', () => {
    expect(halfUnit(1.1)).toBeCloseTo(0.05, 12);
    expect(halfUnit(0.43)).toBeCloseTo(0.005, 12);
    expect(halfUnit(78988)).toBe(0.5);
    expect(halfUnit(0.055)).toBeCloseTo(0.0005, 12);
  });
});
