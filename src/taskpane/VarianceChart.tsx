// The compact variance chart of the results view: a small SVG of horizontal bars from a zero
// line, each with its value in Dutch beside the bar's end ("+€ 109.074", "−1,2 fte"), formatted
// by the same functions as the sentences. Drawn here rather than by a chart library because
// @fluentui/react-charts formats its bar labels in compact English ("109.1k") and cut names and
// labels at 320 px. Colour is never the only carrier: a bar's side of the zero line gives its
// sign, its label the figure, and its accessible name the tone ("Inkoop: +€ 109.074,
// ongunstig"). Each bar is focusable; a list of the same figures would only repeat the bars to
// a screen reader, so the SVG is that list (role list, a listitem per bar). Names too long for
// the pane are cut at a word; the full name is the bar's <title> (hover), its accessible name,
// and is shown under the chart while the bar has focus or the pointer. A switch shows € or fte
// when the table compares both. Loaded as its own chunk, only when results are shown.
import { useLayoutEffect, useRef, useState } from 'react';
import { Caption1, makeStyles, Radio, RadioGroup, tokens } from '@fluentui/react-components';
import type { Palette } from '../plan';
import type { AnalysisResult, ColourDirection, Measure } from '../engine/benchmark';
import type { Language } from '../engine/core';
import type { UiTexts } from '../i18n/ui';
import { unbrokenFigures } from '../i18n/pane';
import { varianceBars, type VarianceBar } from './variance-bars';
import { CHART_FONT_PX, DEFAULT_CHART_WIDTH, FOCUS_INSET, layoutBars, type PlacedBar } from './variance-layout';

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
  plot: { width: '100%', minWidth: 0 },
  svg: { display: 'block', overflow: 'hidden' },
  text: { fill: tokens.colorNeutralForeground1, fontSize: `${CHART_FONT_PX}px`, fontFamily: tokens.fontFamilyBase },
  zero: { stroke: tokens.colorNeutralStroke1, strokeWidth: '1px' },
  row: { outlineStyle: 'none', cursor: 'default' },
  ring: { fill: 'none', stroke: tokens.colorStrokeFocus2, strokeWidth: '2px' },
  detail: { minHeight: tokens.lineHeightBase200 },
});

export interface VarianceChartProps {
  readonly t: UiTexts;
  readonly language: Language;
  readonly result: AnalysisResult;
  readonly palette: Palette;
  readonly direction?: Partial<Record<Measure, ColourDirection>>;
}

/** What a screen reader and the detail line say of a bar: "Inkoop: +€ 109.074, ongunstig". */
export function barText(bar: VarianceBar, t: UiTexts): string {
  const figure = `${bar.name}: ${unbrokenFigures(bar.label)}`;
  return bar.judged ? `${figure}, ${t.chartTones[bar.tone]}` : figure;
}

/** The pane's width for the chart, followed as the pane is resized. */
function useWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(DEFAULT_CHART_WIDTH);
  useLayoutEffect(() => {
    const node = ref.current;
    if (!node) return undefined;
    const measure = () => {
      // jsdom has no layout (0 px): the default width stands in.
      if (node.clientWidth > 0) setWidth(Math.floor(node.clientWidth));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(node);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

interface BarRowProps {
  readonly placed: PlacedBar;
  readonly width: number;
  readonly text: string;
  readonly active: boolean;
  readonly onActive: (row: number | null) => void;
  readonly styles: ReturnType<typeof useStyles>;
}

function BarRow({ placed, width, text, active, onActive, styles }: BarRowProps) {
  const { bar } = placed;
  return (
    <g
      role="listitem"
      tabIndex={0}
      aria-label={text}
      className={styles.row}
      data-tone={bar.tone}
      data-colour={bar.colour}
      onFocus={() => onActive(bar.row)}
      onBlur={() => onActive(null)}
      onMouseEnter={() => onActive(bar.row)}
      onMouseLeave={() => onActive(null)}
    >
      <title>{text}</title>
      {active && (
        <rect
          className={styles.ring}
          x={FOCUS_INSET}
          y={placed.top + FOCUS_INSET}
          width={width - 2 * FOCUS_INSET}
          height={placed.rowHeight - 2 * FOCUS_INSET - 2}
        />
      )}
      <text className={styles.text} x={placed.nameX} y={placed.nameBaseline} data-part="name">
        {placed.shownName}
      </text>
      <rect x={placed.barX} y={placed.barY} width={placed.barWidth} height={placed.barHeight} fill={bar.colour} />
      <text
        className={styles.text}
        x={placed.labelX}
        y={placed.labelBaseline}
        textAnchor={placed.labelAnchor}
        data-part="label"
      >
        {unbrokenFigures(bar.label)}
      </text>
    </g>
  );
}

export default function VarianceChart({ t, language, result, palette, direction }: VarianceChartProps) {
  const styles = useStyles();
  const [wanted, setWanted] = useState<Measure | undefined>(undefined);
  const [active, setActive] = useState<number | null>(null);
  const [plotRef, width] = useWidth();
  const model = varianceBars(result, language, palette, direction, undefined, wanted);
  if (!model) return null;
  const title = model.measure === 'costs' ? t.chartCostsTitle : t.chartFteTitle;
  const layout = layoutBars(model.bars, width);
  const shortened = layout.bars.some((p) => p.shownName !== p.bar.name);
  const activeBar = layout.bars.find((p) => p.bar.row === active)?.bar;
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
      <div ref={plotRef} className={styles.plot} data-testid="variance-chart">
        <svg
          className={styles.svg}
          role="list"
          aria-labelledby="ijk-chart-title"
          width={width}
          height={layout.height}
          viewBox={`0 0 ${width} ${layout.height}`}
        >
          <line className={styles.zero} aria-hidden x1={layout.zeroX} x2={layout.zeroX} y1={0} y2={layout.height} />
          {layout.bars.map((placed) => (
            <BarRow
              key={placed.bar.row}
              placed={placed}
              width={width}
              text={barText(placed.bar, t)}
              active={active === placed.bar.row}
              onActive={setActive}
              styles={styles}
            />
          ))}
        </svg>
      </div>
      {shortened && (
        <Caption1 as="p" className={styles.detail} aria-hidden data-testid="variance-chart-detail">
          {activeBar ? barText(activeBar, t) : '\u00a0'}
        </Caption1>
      )}
      {model.hidden > 0 && <Caption1>{t.chartMore(model.hidden)}</Caption1>}
    </figure>
  );
}
