// The words reports use for the size of a deviation. A benchmark is a handle for discussion,
// so these describe size and sign only — never good or bad.
import type { Tone } from '../../plan';
import type { Bands, ColourDirection, DeviationClass, Materiality, Measure } from './types';

export const DEFAULT_BANDS: Bands = { similar: 0.05, large: 0.3 };
export const DEFAULT_MATERIALITY: Materiality = { fte: 0, costs: 0 };
export const DEFAULT_DIRECTION: Record<Measure, ColourDirection> = { fte: 'neutral', costs: 'higherIsUnfavourable' };

export function resolveBands(bands: Partial<Bands> | undefined): Bands {
  const similar = bands?.similar ?? DEFAULT_BANDS.similar;
  const large = bands?.large ?? DEFAULT_BANDS.large;
  // A band set the wrong way round would make "ruim" smaller than "nagenoeg gelijk".
  return similar <= large ? { similar, large } : { similar: large, large: similar };
}

/**
 * Class of a deviation: |Δ%| below `similar` → nagenoeg gelijk; below `large` → hoger/lager;
 * otherwise ruim hoger/lager. An absolute deviation below the materiality threshold counts as
 * nagenoeg gelijk whatever its percentage. No percentage (norm 0 or missing) → no class.
 */
export function classify(
  delta: number | null,
  deltaPct: number | null,
  bands: Bands,
  materiality: number,
): DeviationClass | null {
  if (delta === null || deltaPct === null) return null;
  if (Math.abs(delta) < materiality) return 'nagenoeg gelijk';
  const size = Math.abs(deltaPct);
  if (size < bands.similar) return 'nagenoeg gelijk';
  const higher = deltaPct > 0;
  if (size < bands.large) return higher ? 'hoger' : 'lager';
  return higher ? 'ruim hoger' : 'ruim lager';
}

/**
 * The colour a deviation gets (IBCS), from which way the user said a deviation hurts: about
 * equal, no class, or a measure without a direction is grey ("similar").
 */
export function colourTone(cls: DeviationClass | null, direction: ColourDirection): Tone {
  if (cls === null || cls === 'nagenoeg gelijk' || direction === 'neutral') return 'similar';
  const higher = cls === 'hoger' || cls === 'ruim hoger';
  const unfavourable = direction === 'higherIsUnfavourable' ? higher : !higher;
  return unfavourable ? 'unfavourable' : 'favourable';
}
