/** @jest-environment jsdom */
// The pane's variance chart on DOMAIN §3's worked example: which clusters, in which order,
// with which signed labels and IBCS colours — and what a screen reader gets.
import { render, screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { analyse } from '../../src/engine/benchmark/analyse';
import type { AnalysisResult } from '../../src/engine/benchmark/types';
import { uiTexts } from '../../src/i18n/ui';
import VarianceChart from '../../src/taskpane/VarianceChart';
import { SHORT_NAME_CHARS, shortName, varianceBars } from '../../src/taskpane/variance-bars';
import { heemstedeGrid } from '../fixtures/heemstede';

function heemstede(): AnalysisResult {
  const outcome = analyse({ table: heemstedeGrid() });
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.result;
}

const RED = '#C0392B';
const GREEN = '#2E8B57';
const BLUE = '#1F77B4';
const GREY = '#A6A6A6';

describe('varianceBars', () => {
  test('Δ € per cluster, positive above negative; more costs red, fewer green, about equal grey', () => {
    const model = varianceBars(heemstede(), 'nl');
    expect(model?.measure).toBe('costs');
    expect(model?.hidden).toBe(0);
    expect(model?.bars.map((b) => [b.name, b.label, b.colour])).toEqual([
      ['Inkoop', '+€ 109.074', RED],
      ['Juridische Zaken', '+€ 78.988', RED],
      ['Informatisering en Automatisering', '+€ 47.548', GREY],
      ['Facilitaire dienst', '+€ 12.818', GREY],
      ['Personeel & Organisatie', '−€ 5.378', GREY],
      ['Communicatie', '−€ 47.555', GREEN],
      ['Financiën & Control', '−€ 106.012', GREEN],
    ]);
  });

  test('the colour-blind palette shows favourable in blue', () => {
    const model = varianceBars(heemstede(), 'nl', 'colourBlind');
    expect(model?.bars.filter((b) => b.tone === 'favourable').map((b) => b.colour)).toEqual([BLUE, BLUE]);
  });

  test('only the largest deviations by size, the rest counted', () => {
    const model = varianceBars(heemstede(), 'en', 'standard', {}, 3);
    expect(model?.bars.map((b) => b.label)).toEqual(['+€109,074', '+€78,988', '−€106,012']);
    expect(model?.hidden).toBe(4);
  });

  test('without costs it shows Δ fte: grey unless the user gave fte a direction', () => {
    const result = heemstede();
    const fteOnly = { ...result, clusters: result.clusters.map((c) => ({ ...c, costs: null })) };
    const neutral = varianceBars(fteOnly, 'nl');
    expect(neutral?.measure).toBe('fte');
    expect(new Set(neutral?.bars.map((b) => b.colour))).toEqual(new Set([GREY]));
    const directed = varianceBars(fteOnly, 'nl', 'standard', { fte: 'higherIsUnfavourable' });
    expect(directed?.bars[0]).toMatchObject({ name: 'Juridische Zaken', label: '+1,1 fte', colour: RED });
  });

  test('names that fit at 320 px: cut at a word, unique; the full name stays with the bar', () => {
    const model = varianceBars(heemstede(), 'nl');
    expect(model?.bars.map((b) => b.shortName)).toEqual([
      'Inkoop',
      'Juridische Zaken',
      'Informatisering…',
      'Facilitaire…',
      'Personeel &…',
      'Communicatie',
      'Financiën &…',
    ]);
    expect(model?.bars.every((b) => b.shortName.length <= SHORT_NAME_CHARS)).toBe(true);
    expect(shortName('Sociaal domein en jeugdzorg regio')).toBe('Sociaal domein…');
    expect(shortName('Bestuursondersteuningsafdeling')).toBe('Bestuursonderst…');
    // Two names that would read the same keep their full names.
    const result = heemstede();
    const twins = {
      ...result,
      clusters: result.clusters.map((c, i) => (i < 2 ? { ...c, name: `Informatisering team ${i + 1}` } : c)),
    };
    const names = varianceBars(twins, 'nl')?.bars.filter((b) => b.name.startsWith('Informatisering team'));
    expect(names?.map((b) => b.shortName)).toEqual(['Informatisering team 1', 'Informatisering team 2']);
  });

  test('the measures compared, and the fte chart on request', () => {
    const model = varianceBars(heemstede(), 'nl', 'standard', {}, undefined, 'fte');
    expect(model?.measures).toEqual(['costs', 'fte']);
    expect(model?.measure).toBe('fte');
    expect(model?.bars[0]).toMatchObject({ name: 'Juridische Zaken', label: '+1,1 fte' });
  });

  test('no deviations at all: no chart', () => {
    const result = heemstede();
    expect(varianceBars({ ...result, clusters: [] }, 'nl')).toBeNull();
  });
});

describe('VarianceChart', () => {
  test('a titled chart whose figures are also text for screen readers; no axe violations', async () => {
    const { container } = render(
      <FluentProvider theme={webLightTheme}>
        <VarianceChart t={uiTexts('nl')} language="nl" result={heemstede()} palette="standard" />
      </FluentProvider>,
    );
    const figure = screen.getByRole('figure', { name: 'Afwijking in kosten per cluster (€)' });
    const list = within(figure).getByRole('list', { name: 'Afwijking in kosten per cluster (€)' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Inkoop: +€ 109.074',
      'Juridische Zaken: +€ 78.988',
      'Informatisering en Automatisering: +€ 47.548',
      'Facilitaire dienst: +€ 12.818',
      'Personeel & Organisatie: −€ 5.378',
      'Communicatie: −€ 47.555',
      'Financiën & Control: −€ 106.012',
    ]);
    expect(within(figure).getByTestId('variance-chart').querySelector('svg')?.getAttribute('aria-label')).toContain(
      '7 bars',
    );
    expect((await axe(container)).violations).toEqual([]);
  });

  test('a switch between € and fte redraws the chart in fte, with the same tone rule', () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <VarianceChart t={uiTexts('nl')} language="nl" result={heemstede()} palette="standard" />
      </FluentProvider>,
    );
    const group = screen.getByRole('radiogroup', { name: 'Grafiek in' });
    within(group).getByRole('radio', { name: 'fte' }).click();
    const figure = screen.getByRole('figure', { name: 'Afwijking in formatie per cluster (fte)' });
    const items = within(figure).getAllByRole('listitem');
    expect(items[0]?.textContent).toBe('Juridische Zaken: +1,1 fte');
    // fte has no direction by default: every bar grey.
    expect(new Set(items.map((li) => li.getAttribute('data-colour')))).toEqual(new Set([GREY]));
  });

  test('English title and a note when clusters are left out', () => {
    const result = heemstede();
    const many = {
      ...result,
      clusters: [...result.clusters, ...result.clusters.map((c) => ({ ...c, row: c.row + 100, name: `${c.name} 2` }))],
    };
    render(
      <FluentProvider theme={webLightTheme}>
        <VarianceChart t={uiTexts('en')} language="en" result={many} palette="standard" />
      </FluentProvider>,
    );
    expect(screen.getByRole('figure', { name: 'Deviation in costs per cluster (€)' })).not.toBeNull();
    expect(screen.getByText('and 4 smaller clusters, not shown').textContent).toBe('and 4 smaller clusters, not shown');
  });
});
