import { toR1C1 } from '../../src/engine/core/r1c1';

describe('A1 to R1C1', () => {
  test.each<[string, number, number, string]>([
    ['B5-G5', 5, 7, 'RC[-6]-RC[-1]'],
    [
      'IF(ISNUMBER(C5),C5*IJK_Blad_2017_TotaleFormatie,"")',
      5,
      6,
      'IF(ISNUMBER(RC[-4]),RC[-4]*IJK_Blad_2017_TotaleFormatie,"")',
    ],
    ['$S$6/100', 9, 2, 'R6C19/100'],
    ['$B5+B$5', 7, 3, 'R[-2]C2+R5C[-2]'],
    [
      'SUMIFS($B$5:$B$11,$F$5:$F$11,"Overhead",$H$5:$H$11,">=-1E+300")',
      14,
      19,
      'SUMIFS(R5C2:R11C2,R5C6:R11C6,"Overhead",R5C8:R11C8,">=-1E+300")',
    ],
    ['IF(H5=0,"n.v.t. A1",H5)', 5, 8, 'IF(RC[-1]=0,"n.v.t. A1",RC[-1])'],
    ['LOG10(A1)', 1, 1, 'LOG10(RC[-1])'],
  ])('%s at row %i col %i', (a1, row, col, r1c1) => {
    expect(toR1C1(a1, row, col)).toBe(r1c1);
  });

  test('every row of a planned column gives the same R1C1 text', () => {
    const rows = [5, 6, 7].map((r) => toR1C1(`IF(AND(ISNUMBER(B${r}),ISNUMBER(G${r})),B${r}-G${r},"")`, r, 7));
    expect(new Set(rows).size).toBe(1);
  });
});
