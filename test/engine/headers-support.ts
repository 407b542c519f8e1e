// What the header-recognition tests share: the roles recognised for a row of headers.
import { recogniseHeaders } from '../../src/engine/benchmark/headers';
import type { CellValue } from '../../src/engine/core/types';
import type { Role } from '../../src/engine/benchmark/types';

export const roles = (
  headers: readonly CellValue[],
  overrides?: Readonly<Record<number, Role | null>>,
): (Role | null)[] => recogniseHeaders(headers, overrides).map((g) => g.role);
