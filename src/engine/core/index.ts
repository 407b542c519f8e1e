// The only way into this room from outside it.
export {
  type CellRef,
  type RangeBox,
  a1,
  boxesOverlap,
  columnIndex,
  columnLetters,
  gridCell,
  inBoxes,
  parseA1,
  parseRange,
  rangeA1,
} from './address';
export { gridOrigin, sliceGrid, withoutCells } from './grid';
export { findIv3Code } from './iv3';
export { isTotalLabel, knownOverheadCluster, normaliseLabel, sectionCategory, totalCategory } from './labels';
export { type DecimalStyle, halfUnit, parseDeviationPair, parseFraction, parseNumber, unitOf } from './numbers';
export { toR1C1 } from './r1c1';
export { type Category, type CellGrid, type CellValue, type FatalError, type Language, type Warning } from './types';
