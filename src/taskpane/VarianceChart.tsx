// The compact variance chart of the results view (Fluent UI's own chart control, loaded only
// when results are shown). Colour is never the only carrier: a bar's side of the zero line
// gives its sign, and the list under the chart gives each cluster's full name with its figure
// in Dutch (the chart's own bar labels are compact English, "109.1k"). Names beside the bars
// are shortened to fit at 320 px; the full name shows on hover and focus and in the list. A
// switch shows € or fte when the table compares both.
import { useState } from 'react';
import { HorizontalBarChartWithAxis } from '@fluentui/react-charts';
import { Caption1, makeStyles, Radio, RadioGroup, tokens } from '@fluentui/react-components';
import type { Palette } from '../plan';
import type { AnalysisResult, ColourDirection, Measure } from '../engine/benchmark';
import type { Language } from '../engine/core';
import type { UiTexts } from '../i18n/ui';
import { SHORT_NAME_CHARS, varianceBars } from './variance-bars';

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
  // The chart's figures as text: the value label of every bar, with the cluster's full name.
  figures: {
    listStyleType: 'none',
    paddingLeft: 0,
    marginTop: 0,
    marginBottom: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  marker: { display: 'inline-block', width: '8px', height: '8px', marginRight: tokens.spacingHorizontalXS },
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
  const [wanted, setWanted] = useState<Measure | undefined>(undefined);
  const model = varianceBars(result, language, palette, direction, undefined, wanted);
  if (!model) return null;
  const title = model.measure === 'costs' ? t.chartCostsTitle : t.chartFteTitle;
  return (
    <figure className={styles.root} aria-labelledby="ijk-chart-title">
      <Caption1 as="p" id="ijk-chart-title">
        {title}
      </Caption1>
      {model.measures.length > 1 && (
        <RadioGroup
          layout="horizontal"
          aria-label={t.chartMeasure}
          value={model.measure}
          onChange={(_e, data) => setWanted(data.value as Measure)}
        >
          {model.measures.map((m) => (
            <Radio key={m} value={m} label={t.chartMeasures[m]} />
          ))}
        </RadioGroup>
      )}
      <div data-testid="variance-chart">
        <HorizontalBarChartWithAxis
          chartTitle={title}
          // The library draws the first point at the bottom: reversed, the largest rise is on top.
          data={[...model.bars].reverse().map((bar) => ({
            x: bar.value,
            y: bar.shortName,
            color: bar.colour,
            legend: bar.name,
            yAxisCalloutData: bar.name,
            xAxisCalloutData: bar.label,
          }))}
          height={model.bars.length * (BAR_HEIGHT + 12) + 48}
          barHeight={BAR_HEIGHT}
          hideLegend
          hideLabels
          showYAxisLablesTooltip
          noOfCharsToTruncate={SHORT_NAME_CHARS + 1}
          margins={{ left: 118, right: 16, top: 8, bottom: 32 }}
          culture={language === 'nl' ? 'nl-NL' : 'en-GB'}
        />
      </div>
      <ul className={styles.figures} aria-label={title}>
        {model.bars.map((bar) => (
          <li key={bar.row} data-tone={bar.tone} data-colour={bar.colour}>
            <span className={styles.marker} style={{ backgroundColor: bar.colour }} aria-hidden />
            {`${bar.name}: ${bar.label}`}
          </li>
        ))}
      </ul>
      {model.hidden > 0 && <Caption1>{t.chartMore(model.hidden)}</Caption1>}
    </figure>
  );
}
