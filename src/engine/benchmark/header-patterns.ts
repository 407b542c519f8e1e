// Word lists for header recognition, kept apart from the scoring logic so the vocabulary
// can grow without touching the rules. Every predicate works on ONE normalised token
// (lower-case, no accents, letters and digits only), because Dutch glues words together
// ("kostennorm", "formatienorm", "overheadkosten") and a token-level test catches those
// compounds where a phrase regex would not.

import type { Measure } from './types';

/** Lower-case, accents off, symbols that carry meaning turned into words, the rest into spaces. */
export function normaliseHeaderText(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/&/g, ' en ')
      // "€" and "%" are the only signal in headers like "€ per inwoner" or "% derden".
      .replace(/€/g, ' euro ')
      .replace(/%/g, ' procent ')
      // "Δ", "Δ%" and "+/−" head deviation columns.
      .replace(/Δ|∆|δ|\+\s*\/\s*[-−–]/g, ' delta ')
      // "1.000", "1,000" and "1 000" are the same thousand; join them before punctuation splits them.
      .replace(/(\d)[.,\u00a0\u202f ](?=\d{3}(?!\d))/g, '$1')
      // "fte/inw." and "€/1.000 inw." are rates; reading the slash as "per" lets one rule serve both.
      .replace(/\//g, ' per ')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim()
  );
}

const YEAR = /^(19[5-9]\d|20\d\d)$/;

export function isYear(token: string): boolean {
  return YEAR.test(token);
}

const NOTE_WORDS = new Set([
  'toelichting',
  'toelichtingen',
  'opmerking',
  'opmerkingen',
  'notitie',
  'notities',
  'commentaar',
  'verklaring',
  'explanation',
  'note',
  'notes',
  'comment',
  'comments',
  'remark',
  'remarks',
]);

export function isNoteWord(token: string): boolean {
  return NOTE_WORDS.has(token);
}

const REFERENCE_WORDS = new Set([
  'ref',
  'reference',
  'references',
  'norm',
  'normen',
  'avg',
  'mean',
  'median',
  'mediaan',
  'average',
  'averages',
  'peer',
  'peers',
]);

export function isReferenceMarker(token: string): boolean {
  if (REFERENCE_WORDS.has(token)) return true;
  if (
    token.includes('referentie') ||
    token.includes('gemiddeld') ||
    token.includes('vergelijkingsgroep') ||
    token.includes('benchmark') ||
    token.startsWith('peergroup')
  ) {
    return true;
  }
  // Compounds: "kostennorm", "formatienorm", "normformatie", "normkosten" — but not "normaal".
  return (token.length > 4 && token.endsWith('norm')) || /^norm(fte|formatie|kosten|lasten|bedrag)/.test(token);
}

/** "Per fte served": the overhead rate is the reference's even without a reference word. */
export function isServedWord(token: string): boolean {
  return token === 'served' || token === 'bediend' || token === 'bediende' || token === 'gediend';
}

const OWN_WORDS = new Set(['eigen', 'own', 'werkelijk', 'werkelijke', 'actual', 'actuals', 'realisatie', 'gemeente']);

export function isOwnMarker(token: string): boolean {
  return OWN_WORDS.has(token);
}

const DEVIATION_WORDS = new Set([
  'afwijking',
  'afwijkingen',
  'verschil',
  'verschillen',
  'deviation',
  'deviations',
  'difference',
  'differences',
  'delta',
  'variance',
]);

/**
 * A printed deviation: "Afwijking", "Verschil", "Δ", "+/−", or own "t.o.v." (ten opzichte van)
 * the reference group. Read as a deviation, never as the own figure or the norm.
 */
export function isDeviationText(tokens: readonly string[]): boolean {
  if (tokens.some((t) => DEVIATION_WORDS.has(t))) return true;
  const text = ` ${tokens.join(' ')} `;
  return / t o v /.test(text) || / tov /.test(text) || / ten opzichte van /.test(text);
}

// Columns that are identifiers, never inputs.
const REJECT_WORDS = new Set([
  'code',
  'codes',
  'nr',
  'nummer',
  'no',
  'id',
  // A what-if scenario an advisor saved next to the table: never the real figures.
  'scenario',
  'scenarios',
]);

export function isRejectWord(token: string): boolean {
  return REJECT_WORDS.has(token) || token.endsWith('code');
}

export function isThirdPartyText(tokens: readonly string[]): boolean {
  if (tokens.some((t) => t.includes('derden') || t === 'uitbesteed' || t === 'uitbesteding' || t === 'outsourced')) {
    return true;
  }
  const third = tokens.indexOf('third');
  const next = third >= 0 ? tokens[third + 1] : undefined;
  return next !== undefined && next.startsWith('part');
}

const SHARE_WORDS = new Set(['procent', 'percentage', 'pct', 'perc', 'share', 'proportion']);

export function isShareWord(token: string): boolean {
  return SHARE_WORDS.has(token) || token.includes('aandeel');
}

export interface MeasureWord {
  readonly measure: Measure;
  /** How surely the word names the own amount when it stands alone. */
  readonly strength: number;
}

const COSTS_STRONG = new Set([
  'kosten',
  'apparaatskosten',
  'apparaatslasten',
  'lasten',
  'costs',
  'cost',
  'euro',
  'euros',
  'eur',
  'bedrag',
  'bedragen',
  'expenses',
]);
const COSTS_WEAK = new Set(['begroting', 'budget', 'uitgaven', 'expenditure']);
const FTE_STRONG = new Set(['fte', 'ftes', 'formation', 'ftenorm']);
const FTE_WEAK = new Set(['personeel', 'staff', 'staffing', 'personnel']);

export function measureOf(token: string): MeasureWord | null {
  if (
    COSTS_STRONG.has(token) ||
    /^(kosten|lasten)(norm|niveau)$/.test(token) ||
    /^norm(kosten|lasten|bedrag)$/.test(token)
  ) {
    return { measure: 'costs', strength: 0.9 };
  }
  // Components such as "loonkosten" or "kapitaallasten" are costs, but a table that also has
  // "Apparaatskosten" should compare that total, so components score lower.
  if (token.endsWith('kosten') || token.endsWith('lasten')) return { measure: 'costs', strength: 0.8 };
  if (COSTS_WEAK.has(token)) return { measure: 'costs', strength: 0.7 };
  if (FTE_STRONG.has(token) || token.includes('formatie')) return { measure: 'fte', strength: 0.9 };
  // Bezetting is the filled staffing; formation is what benchmarks compare, so it wins a tie.
  if (token.startsWith('bezetting')) return { measure: 'fte', strength: 0.8 };
  if (FTE_WEAK.has(token)) return { measure: 'fte', strength: 0.7 };
  return null;
}

const INHABITANT_WORDS = /^(inwoner|inwoners|inw|inwonertal|inhabitant|inhabitants|inh|capita|resident|residents)$/;

export function isInhabitantWord(token: string): boolean {
  return INHABITANT_WORDS.test(token);
}

const PER_FTE_OBJECTS = new Set([
  'fte',
  'ftes',
  'formatie',
  'medewerker',
  'medewerkers',
  'employee',
  'employees',
  'werknemer',
]);

export function isPerFteObject(token: string): boolean {
  return PER_FTE_OBJECTS.has(token);
}

// Workload drivers named in DOMAIN §2 (houses, km road, clients, …) plus the generic "unit".
const UNIT_OBJECT =
  /(eenheid|eenheden)$|^(unit|units|werklast\w*|workload\w*|woning\w*|klant\w*|client\w*|km|kilometer\w*|leerling\w*|huishouden\w*|household\w*|adres\w*|aansluiting\w*|ha|hectare\w*|vestiging\w*|aanvra\w*|dossier\w*|case|cases|prestatie\w*)$/;

export function isUnitObject(token: string): boolean {
  return UNIT_OBJECT.test(token);
}

export function isWorkloadWord(token: string): boolean {
  return token.startsWith('werklast') || token.startsWith('workload') || token === 'volume' || token === 'volumes';
}

const CLUSTER_STRONG =
  /^(cluster|clusters|clusternaam|clusteromschrijving|taakveld|taakvelden|taakveldnaam|taakveldomschrijving|taakgebied|taakgebieden|taakcluster|taakclusters)$/;
const CLUSTER_WEAK = new Set([
  'omschrijving',
  'team',
  'teams',
  'afdeling',
  'afdelingen',
  'onderdeel',
  'organisatieonderdeel',
  'naam',
  'name',
  'description',
  'department',
  'taak',
  'task',
  'tasks',
  'beleidsveld',
  'product',
  'producten',
]);

export function clusterStrength(tokens: readonly string[]): number {
  if (tokens.some((t) => CLUSTER_STRONG.test(t))) return 0.9;
  const text = ` ${tokens.join(' ')} `;
  if (/ task (field|cluster|area)s? /.test(text) || / cluster name /.test(text)) return 0.9;
  return tokens.some((t) => CLUSTER_WEAK.has(t)) ? 0.75 : 0;
}

export function categoryStrength(tokens: readonly string[]): number {
  if (tokens.includes('primair') && tokens.includes('overhead')) return 0.9;
  if (
    tokens.some(
      (t) => t === 'categorie' || t === 'category' || t === 'soort' || t === 'classificatie' || t === 'indeling',
    )
  ) {
    return 0.85;
  }
  return tokens.includes('type') ? 0.6 : 0;
}

/** A row of bare units under the real header ("(fte)", "(€)", "[x 1.000]"). */
const UNIT_ONLY = new Set(['fte', 'ftes', 'euro', 'eur', 'procent', 'x', '1000', 'mln', 'miljoen', 'k', 'in']);

export function isUnitOnlyText(text: string): boolean {
  const tokens = normaliseHeaderText(text)
    .split(' ')
    .filter((t) => t !== '');
  return tokens.length > 0 && tokens.every((t) => UNIT_ONLY.has(t));
}
