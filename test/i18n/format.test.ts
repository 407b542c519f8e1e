import {
  formatEuro,
  formatEuroCompact,
  formatEurosCompact,
  formatFte,
  formatFteRange,
  formatNumber,
  formatPercent,
  formatPoints,
} from '../../src/i18n/format';

describe('numbers as benchmark reports write them', () => {
  test.each<[string, string, string]>([
    [formatEuroCompact(1_700_000, 'nl', { sign: true }), '+€ 1,7 miljoen', 'millions with a decimal comma'],
    [formatEuroCompact(-2_101_123, 'nl', { sign: true }), '−€ 2,1 miljoen', 'a real minus sign'],
    [formatEuroCompact(-350_000, 'nl', { sign: true }), '−€ 0,4 miljoen', 'half away from zero'],
    [
      formatEuroCompact(89_483, 'nl', { sign: true }),
      '+€ 0,1 miljoen',
      'from 50 000 in tenths of a million, as reports round',
    ],
    [formatEuroCompact(49_999, 'nl', { sign: true }), '+€ 49.999', 'below 50 000 in whole euros'],
    [formatEuro(2_028_168, 'nl'), '€ 2.028.168', 'thousands dots'],
    [formatEuro(-5378, 'en', { sign: true }), '−€5,378', 'English'],
    [formatEuroCompact(1_700_000, 'en'), '€1.7 million', 'English millions'],
    [formatFte(5.94, 'nl', { sign: true }), '+5,9 fte', 'fte with sign'],
    [formatFte(-2.06, 'en', { sign: true }), '−2.1 FTE', 'English FTE'],
    [formatFte(0.04, 'nl', { sign: true }), '0,0 fte', 'no sign on a zero'],
    [formatPercent(0.17, 'nl'), '17%', 'percent without decimals'],
    [formatPercent(-0.004, 'nl', { sign: true }), '0%', 'no −0%'],
    [formatPercent(1.5479, 'nl', { sign: true }), '+155%', 'signed percent'],
    [formatNumber(165.95, 2, 'nl'), '165,95', 'decimals'],
  ])('%s', (actual, expected) => {
    expect(actual).toBe(expected);
  });
});

describe('percentage points and fte ranges', () => {
  test.each([
    [formatPoints(0.151, 'nl'), '+15,1'],
    [formatPoints(-0.06, 'nl'), '−6,0'],
    [formatPoints(0.1666, 'en'), '+16.7'],
    [formatPoints(0, 'nl'), '0,0'],
    [formatFteRange({ low: 5, high: 6 }, 'nl'), '5,0 – 6,0'],
    [formatFteRange({ low: 3, high: 3 }, 'nl'), '3,0'],
    [formatFteRange({ low: -0.4, high: 0.6 }, 'nl', { sign: true }), '−0,4 – +0,6'],
    [formatFteRange({ low: 1.5, high: 2.5 }, 'en'), '1.5 – 2.5'],
  ])('%s', (actual, expected) => {
    expect(actual).toBe(expected);
  });
});

test('amounts of one sentence share a unit: millions as soon as one of them is', () => {
  expect(formatEurosCompact([-180_000, 13_529], 'nl', { sign: true })).toEqual(['−€ 0,2 miljoen', '+€ 0,01 miljoen']);
  expect(formatEurosCompact([-18_000, 13_529], 'nl', { sign: true })).toEqual(['−€ 18.000', '+€ 13.529']);
  expect(formatEurosCompact([-180_000, 13_529], 'en', { sign: true })).toEqual(['−€0.2 million', '+€0.01 million']);
});
