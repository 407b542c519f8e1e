// The words of the benchmark: what IJkpunt writes in the sheet (column headers, the parameter,
// summary and chart-data blocks, chart titles), the explanation of one deviation, the report's
// sentences and the headers of the advisor's own columns. Dutch first, English beside it; the
// engine composes, these are the words. What goes wrong is said in benchmark-messages.ts.
import type { Language } from '../engine/core';

const nl = {
  /** The groups clusters are summed in; also the category column's values, which SUMIFS matches. */
  groups: { primair: 'Primair proces', overhead: 'Overhead', total: 'Totaal' },
  /** Deviation classes, keyed by the engine's (Dutch) class. */
  classes: {
    'nagenoeg gelijk': 'nagenoeg gelijk',
    hoger: 'hoger',
    'ruim hoger': 'ruim hoger',
    lager: 'lager',
    'ruim lager': 'ruim lager',
  },
  sheet: {
    category: 'Categorie',
    na: 'n.v.t.',
    norm: { fte: 'Norm fte', costs: 'Norm kosten' },
    delta: { fte: 'Δ fte', costs: 'Δ kosten' },
    deltaPct: { fte: 'Δ% fte', costs: 'Δ% kosten' },
    class: { fte: 'Klasse fte', costs: 'Klasse kosten' },
    noConclusion: 'geen conclusie',
    costsPerFte: 'Kosten per fte',
    normCostsPerFte: 'Norm kosten per fte',
    parameters: 'Parameters IJkpunt',
    parameter: {
      inhabitants: 'Inwoners',
      totalFte: 'Totale formatie (fte)',
      fteServed: 'Bediende formatie (fte)',
      totalCosts: 'Totale kosten (€)',
      bandSimilar: 'Grens nagenoeg gelijk',
      bandLarge: 'Grens ruim',
      materialityFte: 'Materialiteit fte',
      materialityCosts: 'Materialiteit €',
    },
    summary: 'Samenvatting IJkpunt',
    sentences: 'Zinnen en aandachtspunten IJkpunt',
    summaryMeasure: { fte: 'Formatie', costs: 'Kosten' },
    summaryNorm: 'Norm',
    summaryDelta: 'Δ',
    summaryPct: 'Δ%',
    overheadShare: 'Overhead-aandeel',
    chartVariance: 'Afwijking kosten per cluster (€)',
    chartPct: 'Afwijking per cluster (%)',
    chartOwnNorm: 'Eigen en norm: primair proces en overhead',
    chartData: 'Grafiekgegevens (gesorteerd)',
    /** The chart block's series headers (the legend), its sign column and its per-cluster part. */
    chartTone: { higher: 'Hoger dan norm', lower: 'Lager dan norm', similar: 'Nagenoeg gelijk' },
    chartTonePct: { higher: 'Hoger dan norm (%)', lower: 'Lager dan norm (%)', similar: 'Nagenoeg gelijk (%)' },
    chartSign: 'Teken',
    chartSource: 'Per cluster (tabelvolgorde)',
    chartRank: 'Rang',
    own: 'Eigen',
  },
  explanation: {
    measure: { fte: 'formatie (fte)', costs: 'kosten (€)' },
    title: (m: string, name: string) => `Afwijking ${m} ${name}`,
    formula: 'eigen − norm',
    own: 'Eigen',
    basis: {
      norm: (ref: string) => `de norm van de referentiegroep (${ref})`,
      share: (ref: string, driver: string) => `het aandeel van de referentiegroep (${ref}) × ${driver}`,
      perInhabitant: (ref: string, driver: string) => `de referentie per inwoner (${ref}) × ${driver}`,
      per1000: (ref: string, driver: string) => `de referentie per 1.000 inwoners (${ref}) × ${driver} / 1.000`,
      perFte: (ref: string, driver: string) => `de referentie per bediende fte (${ref}) × ${driver}`,
      perUnit: (ref: string, driver: string) => `de referentie per eenheid (${ref}) × de werklast ${driver}`,
    },
    driver: {
      totalFte: 'de totale formatie',
      totalCosts: 'de totale kosten',
      inhabitants: 'het aantal inwoners',
      fteServed: 'de bediende formatie',
    },
    normIs: 'De norm is',
    ownOf: { fte: 'eigen formatie', costs: 'eigen kosten' },
    fromDelta: (own: string, cell: string, ownValue: string, delta: string, norm: string) =>
      `Norm = ${own} − afwijking uit de tabel (cel ${cell}): ${ownValue} − ${delta} = ${norm}`,
    fromDeltaPct: (own: string, cell: string, ownValue: string, pct: string, norm: string) =>
      `Norm = ${own} / (1 + afwijking in % uit de tabel (cel ${cell})): ${ownValue} / (1 ${pct}) = ${norm}`,
    pct: 'Procentueel: afwijking / norm',
    noPct: 'Geen percentage: de norm is 0 of ontbreekt (n.v.t.)',
    cls: (c: string, similar: string, large: string) =>
      `Klasse: ${c} (nagenoeg gelijk binnen ±${similar}, ruim vanaf ±${large})`,
    note: 'Toelichting',
  },
  sentences: {
    someClusters: (n: number) =>
      n === 1 ? 'Het overheadcluster in deze tabel' : `De ${n} overheadclusters in deze tabel`,
    perInhabitant: ' per inwoner',
    perFte: ' per fte',
    costs: (pct: string, up: boolean) => `${pct} ${up ? 'hogere' : 'lagere'} kosten`,
    costsEqual: 'nagenoeg gelijke kosten',
    fte: (pct: string, up: boolean) => `${pct} ${up ? 'meer' : 'minder'} formatie`,
    fteEqual: 'nagenoeg gelijke formatie',
    thirdParty: (comparative: string, own: string, ref: string) =>
      `${comparative} taken belegd bij derden (${own}) ${comparative === 'evenveel' ? 'als' : 'dan'} gemiddeld (${ref})`,
    tpMore: 'meer',
    tpLess: 'minder',
    tpSlightlyMore: 'iets meer',
    tpSlightlyLess: 'iets minder',
    tpSame: 'evenveel',
    totalCosts: (qualifier: string, pct: string, amount: string) =>
      `De totale apparaatskosten${qualifier} wijken ${pct} af van het gemiddelde van de referentiegroep (${amount}).`,
    totalFte: (qualifier: string, pct: string, amount: string) =>
      `De totale formatie${qualifier} wijkt ${pct} af van het gemiddelde van de referentiegroep (${amount}).`,
    attentionHigher: (measure: 'costs' | 'fte'): string =>
      measure === 'costs' ? 'Aandachtspunten met hogere kosten' : 'Aandachtspunten met meer formatie',
    attentionLower: (measure: 'costs' | 'fte'): string =>
      measure === 'costs' ? 'Aandachtspunten met lagere kosten' : 'Aandachtspunten met minder formatie',
    note: 'toelichting',
    formation: (workload: boolean): string =>
      workload ? 'Formatie in relatie tot werklast' : 'Formatie ten opzichte van de referentiegroep',
    formationTotal: (amount: string, up: boolean) => `totaal ${amount} ${up ? 'hoger' : 'lager'} dan gemiddeld`,
    formationTotalEqual: 'totaal gelijk aan het gemiddelde',
    primairLower: 'primair proces',
    overheadLower: 'overhead',
    overheadShare: (own: string, norm: string) =>
      `Overhead als aandeel van de totale formatie: ${own}, tegenover ${norm} bij de referentiegroep.`,
    overheadCostShare: (own: string, norm: string) =>
      `Overhead als aandeel van de apparaatskosten: ${own}, tegenover ${norm} bij de referentiegroep.`,
    split: (group: string, volume: string, price: string) =>
      `${group}: van het kostenverschil is ${volume} toe te schrijven aan de omvang van de formatie en ${price} aan de kosten per fte.`,
  },
  advisorColumns: { note: 'Toelichting', scenario: (name: string) => `Scenario ${name}: fte` },
};

export type BenchmarkTexts = typeof nl;

const en: BenchmarkTexts = {
  groups: { primair: 'Primary process', overhead: 'Overhead', total: 'Total' },
  classes: {
    'nagenoeg gelijk': 'about equal',
    hoger: 'higher',
    'ruim hoger': 'much higher',
    lager: 'lower',
    'ruim lager': 'much lower',
  },
  sheet: {
    category: 'Category',
    na: 'n/a',
    norm: { fte: 'Norm FTE', costs: 'Norm costs' },
    delta: { fte: 'Δ FTE', costs: 'Δ costs' },
    deltaPct: { fte: 'Δ% FTE', costs: 'Δ% costs' },
    class: { fte: 'Class FTE', costs: 'Class costs' },
    noConclusion: 'no conclusion',
    costsPerFte: 'Costs per FTE',
    normCostsPerFte: 'Norm costs per FTE',
    parameters: 'IJkpunt parameters',
    parameter: {
      inhabitants: 'Inhabitants',
      totalFte: 'Total staffing (FTE)',
      fteServed: 'FTE served',
      totalCosts: 'Total costs (€)',
      bandSimilar: 'Band about equal',
      bandLarge: 'Band much',
      materialityFte: 'Materiality FTE',
      materialityCosts: 'Materiality €',
    },
    summary: 'IJkpunt summary',
    sentences: 'IJkpunt sentences and points of attention',
    summaryMeasure: { fte: 'FTE', costs: 'Costs' },
    summaryNorm: 'Norm',
    summaryDelta: 'Δ',
    summaryPct: 'Δ%',
    overheadShare: 'Overhead share',
    chartVariance: 'Cost deviation per cluster (€)',
    chartPct: 'Deviation per cluster (%)',
    chartOwnNorm: 'Own and norm: primary process and overhead',
    chartData: 'Chart data (sorted)',
    chartTone: { higher: 'Above norm', lower: 'Below norm', similar: 'About equal' },
    chartTonePct: { higher: 'Above norm (%)', lower: 'Below norm (%)', similar: 'About equal (%)' },
    chartSign: 'Sign',
    chartSource: 'Per cluster (table order)',
    chartRank: 'Rank',
    own: 'Own',
  },
  explanation: {
    measure: { fte: 'staffing (FTE)', costs: 'costs (€)' },
    title: (m: string, name: string) => `Deviation in ${m} ${name}`,
    formula: 'own − norm',
    own: 'Own',
    basis: {
      norm: (ref: string) => `the reference group's norm (${ref})`,
      share: (ref: string, driver: string) => `the reference group's share (${ref}) × ${driver}`,
      perInhabitant: (ref: string, driver: string) => `the reference per inhabitant (${ref}) × ${driver}`,
      per1000: (ref: string, driver: string) => `the reference per 1,000 inhabitants (${ref}) × ${driver} / 1,000`,
      perFte: (ref: string, driver: string) => `the reference per FTE served (${ref}) × ${driver}`,
      perUnit: (ref: string, driver: string) => `the reference per unit (${ref}) × the workload ${driver}`,
    },
    driver: {
      totalFte: 'the total staffing',
      totalCosts: 'the total costs',
      inhabitants: 'the number of inhabitants',
      fteServed: 'the staffing served',
    },
    normIs: 'The norm is',
    ownOf: { fte: 'own staffing', costs: 'own costs' },
    fromDelta: (own: string, cell: string, ownValue: string, delta: string, norm: string) =>
      `Norm = ${own} − deviation from the table (cell ${cell}): ${ownValue} − ${delta} = ${norm}`,
    fromDeltaPct: (own: string, cell: string, ownValue: string, pct: string, norm: string) =>
      `Norm = ${own} / (1 + deviation in % from the table (cell ${cell})): ${ownValue} / (1 ${pct}) = ${norm}`,
    pct: 'As a percentage: deviation / norm',
    noPct: 'No percentage: the norm is 0 or missing (n/a)',
    cls: (c: string, similar: string, large: string) =>
      `Class: ${c} (about equal within ±${similar}, much from ±${large})`,
    note: 'Explanation',
  },
  sentences: {
    someClusters: (n: number) =>
      n === 1 ? 'The overhead cluster in this table' : `The ${n} overhead clusters in this table`,
    perInhabitant: ' per inhabitant',
    perFte: ' per FTE',
    costs: (pct: string, up: boolean) => `${pct} ${up ? 'higher' : 'lower'} costs`,
    costsEqual: 'costs about equal',
    fte: (pct: string, up: boolean) => `${pct} ${up ? 'more' : 'less'} staffing`,
    fteEqual: 'staffing about equal',
    thirdParty: (comparative: string, own: string, ref: string) =>
      `${comparative} tasks placed with third parties (${own}) ${comparative === 'as many' ? 'as' : 'than'} average (${ref})`,
    tpMore: 'more',
    tpLess: 'fewer',
    tpSlightlyMore: 'slightly more',
    tpSlightlyLess: 'slightly fewer',
    tpSame: 'as many',
    totalCosts: (qualifier: string, pct: string, amount: string) =>
      `Total operating costs${qualifier} deviate ${pct} from the reference group average (${amount}).`,
    totalFte: (qualifier: string, pct: string, amount: string) =>
      `Total staffing${qualifier} deviates ${pct} from the reference group average (${amount}).`,
    attentionHigher: (measure: 'costs' | 'fte'): string =>
      measure === 'costs' ? 'Points of attention with higher costs' : 'Points of attention with more staffing',
    attentionLower: (measure: 'costs' | 'fte'): string =>
      measure === 'costs' ? 'Points of attention with lower costs' : 'Points of attention with less staffing',
    note: 'explanation',
    formation: (workload: boolean): string =>
      workload ? 'Staffing relative to workload' : 'Staffing relative to the reference group',
    formationTotal: (amount: string, up: boolean) => `in total ${amount} ${up ? 'higher' : 'lower'} than average`,
    formationTotalEqual: 'in total equal to the average',
    primairLower: 'primary process',
    overheadLower: 'overhead',
    overheadShare: (own: string, norm: string) =>
      `Overhead as a share of total staffing: ${own}, against ${norm} in the reference group.`,
    overheadCostShare: (own: string, norm: string) =>
      `Overhead as a share of operating costs: ${own}, against ${norm} in the reference group.`,
    split: (group: string, volume: string, price: string) =>
      `${group}: of the cost difference, ${volume} comes from the size of the staffing and ${price} from the cost per FTE.`,
  },
  advisorColumns: { note: 'Explanation', scenario: (name: string) => `Scenario ${name}: FTE` },
};

export function benchmarkTexts(language: Language): BenchmarkTexts {
  return language === 'en' ? en : nl;
}
