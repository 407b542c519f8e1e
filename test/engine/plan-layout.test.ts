// The plan kit's layout: sections one below another and charts side by side, each part placed
// after the one before it with a gap, so one more row in a section moves what follows.
import { belowEachOther, sideBySide } from '../../src/plan';

describe('belowEachOther', () => {
  test('each section starts after the one above and a blank row', () => {
    const rows = belowEachOther(4);
    expect(rows.end).toBe(3);
    expect(rows.place(9)).toBe(4);
    expect(rows.end).toBe(12);
    expect(rows.place(5)).toBe(14);
    expect(rows.place(2)).toBe(20);
    expect(rows.end).toBe(21);
  });

  test('a taller section moves every section below it', () => {
    const short = belowEachOther(1);
    const tall = belowEachOther(1);
    short.place(3);
    tall.place(4);
    expect(tall.place(2) - short.place(2)).toBe(1);
  });

  test('the gap is the caller’s: none, or several rows', () => {
    const tight = belowEachOther(1, 0);
    tight.place(2);
    expect(tight.place(1)).toBe(3);
    const loose = belowEachOther(1, 3);
    loose.place(2);
    expect(loose.place(1)).toBe(6);
  });

  test('a section is at least one row', () => {
    const rows = belowEachOther(1);
    expect(() => rows.place(0)).toThrow(RangeError);
    expect(() => rows.place(1.5)).toThrow(RangeError);
  });
});

describe('sideBySide', () => {
  test('charts 8, 8 and 7 columns wide, one blank column between', () => {
    const columns = sideBySide(17);
    expect([columns.place(8), columns.place(8), columns.place(7)]).toEqual([17, 26, 35]);
    expect(columns.end).toBe(41);
  });
});
