// The compact variance chart of the results view (Fluent UI's own chart control, loaded only
// when results are shown). Colour is never the only carrier: a bar's side of the zero line
// gives its sign, the table below gives its figure, and a list after the chart gives the same
// figures to screen readers.
import { HorizontalBarChartWithAxis } from '@fluentui/react-charts';
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { Palette } from '../plan';
import type { AnalysisResult, ColourDirection, Measure } from '../engine/benchmark';
import type { Language } from '../engine/core';
import type { UiTexts } from '../i18n/ui';
import { varianceBars } from './variance-bars';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    maxWidth: '100%',
    marginTop: 0,
    marginBottom: 0,
    marginLeft: 0,
    marginRight: 0,
  },
  // Visible to screen readers only: the chart's figures as text.
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
});

export interface VarianceChartProps {
  readonly t: UiTexts;
  readonly language: Language;
  readonly result: AnalysisResult;
  readonly palette: Palette;
  readonly direction?: Partial<Record<Measure, ColourDirection>>;
}

const BAR_HEIGHT = 16;

export default function VarianceChart({ t, language, result, palette, direction }: VarianceChartProps) {
  const styles = useStyles();
  const model = varianceBars(result, language, palette, direction);
  if (!model) return null;
  const title = model.measure === 'costs' ? t.chartCostsTitle : t.chartFteTitle;
  return (
    <figure className={styles.root} aria-labelledby="ijk-chart-title">
      <Caption1 as="p" id="ijk-chart-title">
        {title}
      </Caption1>
      <div data-testid="variance-chart">
        <HorizontalBarChartWithAxis
          chartTitle={title}
          // The library draws the first point at the bottom: reversed, the largest rise is on top.
          data={[...model.bars].reverse().map((bar) => ({
            x: bar.value,
            y: bar.name,
            color: bar.colour,
            legend: bar.name,
            barLabel: bar.label,
            xAxisCalloutData: bar.label,
          }))}
          height={model.bars.length * (BAR_HEIGHT + 12) + 48}
          barHeight={BAR_HEIGHT}
          hideLegend
          // Its own bar labels are compact English ("109.1k"); the axis and the table below carry
          // the Dutch figures, and the list after the chart gives them to screen readers.
          hideLabels
          showYAxisLablesTooltip
          noOfCharsToTruncate={16}
          margins={{ left: 118, right: 16, top: 8, bottom: 32 }}
          culture={language === 'nl' ? 'nl-NL' : 'en-GB'}
        />
      </div>
      <ul className={styles.hidden} aria-label={title}>
        {model.bars.map((bar) => (
          <li key={bar.row} data-tone={bar.tone} data-colour={bar.colour}>
            {`${bar.name}: ${bar.label}`}
          </li>
        ))}
      </ul>
      {model.hidden > 0 && <Caption1>{t.chartMore(model.hidden)}</Caption1>}
    </figure>
  );
}
