// IBCS colours for deviations, one table for every renderer (Excel, the pane's chart):
// unfavourable red, favourable green — blue for colour-blind readers — and grey for "about
// equal" or a measure without a direction.
import type { Tone } from './format';

export type Palette = 'standard' | 'colourBlind';

export interface ToneColours {
  /** Cell background and text of a conditional format. */
  readonly fill: string;
  readonly font: string;
  /** A bar in a chart. */
  readonly chart: string;
}

export const TONE_COLOURS: Record<Palette, Record<Tone, ToneColours>> = {
  standard: {
    unfavourable: { fill: '#F8D7DA', font: '#9C0006', chart: '#C0392B' },
    favourable: { fill: '#D4EDDA', font: '#006100', chart: '#2E8B57' },
    similar: { fill: '#EDEDED', font: '#595959', chart: '#A6A6A6' },
  },
  colourBlind: {
    unfavourable: { fill: '#F8D7DA', font: '#9C0006', chart: '#C0392B' },
    favourable: { fill: '#DCE9F7', font: '#1F4E79', chart: '#1F77B4' },
    similar: { fill: '#EDEDED', font: '#595959', chart: '#A6A6A6' },
  },
};
