import { formatEuro, formatEuroCompact, formatFte, formatNumber, formatPercent } from '../../src/i18n/format';

describe('numbers as benchmark reports write them', () => {
  test.each<[string, string, string]>([
    [formatEuroCompact(1_700_000, 'nl', { sign: true }), '+€ 1,7 miljoen', 'millions with a decimal comma'],
    [formatEuroCompact(-2_101_123, 'nl', { sign: true }), '−€ 2,1 miljoen', 'a real minus sign'],
    [formatEuroCompact(-350_000, 'nl', { sign: true }), '−€ 0,4 miljoen', 'half away from zero'],
    [formatEuroCompact(89_483, 'nl', { sign: true }), '+€ 89.483', 'below 100 000 in whole euros'],
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
