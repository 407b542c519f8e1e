// What the first-column label of a row means: a section heading, a total, a known
// overhead cluster, or just a cluster name. Users type these by hand, so every test works
// on a normalised form that forgives case, accents, '&' vs 'en', punctuation and spacing.

import { findIv3Code } from './iv3';
import type { Category } from './types';

// Each row label is asked several questions (section? total? parameter? overhead?), each of
// which normalises it; a small cache keeps a 100 000-row table from normalising it six times.
const recent = new Map<string, string>();
const RECENT_LIMIT = 64;

/** Lower-case, accents removed, '&' as 'en', punctuation as space, whitespace collapsed. */
export function normaliseLabel(label: string): string {
  const cached = recent.get(label);
  if (cached !== undefined) return cached;
  // Plain ASCII has no accents to strip; skipping NFD saves most of the work.
  const decomposed = /^[\x20-\x7e]*$/.test(label) ? label : label.normalize('NFD').replace(/\p{M}/gu, '');
  const normal = decomposed
    .toLowerCase()
    .replace(/&/g, ' en ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  if (recent.size >= RECENT_LIMIT) recent.clear();
  recent.set(label, normal);
  return normal;
}

const SECTION_PHRASES: ReadonlyMap<string, Category> = phraseMap({
  primair: [
    'primair',
    'primair proces',
    'primaire proces',
    'primaire processen',
    'primaire taken',
    'primary process',
    'primary processes',
  ],
  overhead: [
    'overhead',
    'bedrijfsvoering',
    'ondersteuning',
    'sturing en ondersteuning',
    'ondersteunende processen',
    'overhead en bedrijfsvoering',
    'support',
    'support processes',
  ],
});

/**
 * The category a heading row announces ('Primair proces', 'Overhead:', 'B. Bedrijfsvoering'),
 * or null. A label with an Iv3 code is a taakveld, so '0.4 Overhead' is a cluster, not a heading.
 */
export function sectionCategory(label: string): Category | null {
  if (findIv3Code(label) !== null) return null;
  return SECTION_PHRASES.get(normaliseLabel(withoutEnumerator(label))) ?? null;
}

/** Whole words that make a row a sum of other rows; a phrase counts at the start or the end. */
const TOTAL_PHRASES: readonly string[] = [
  'totaal generaal',
  'generaal totaal',
  'grand total',
  'eindtotaal',
  'subtotaal',
  'sub totaal',
  'totaal',
  'totalen',
  'subtotal',
  'sub total',
  'total',
  'totals',
  'som',
];

/**
 * Whether the row sums other rows: 'Totaal', 'Subtotaal overhead', 'Overhead totaal',
 * 'Grand total', 'Som'. Only whole words count, so 'Totale formatie' (the organisation's
 * total fte, a parameter typed in, not a sum of the rows above) and 'Totaalkosten' are
 * not totals; neither is 'Sommige'.
 */
export function isTotalLabel(label: string): boolean {
  return splitTotal(normalisedWithoutCode(label)) !== null;
}

/** Words that only say what is measured or whose total it is, not which group. */
const WHOLE_ORGANISATION: ReadonlySet<string> = new Set([
  '',
  'generaal',
  'organisatie',
  'ambtelijke organisatie',
  'gemeente',
  'clusters',
  'alle clusters',
  'taakvelden',
  'alle taakvelden',
  'primair proces en overhead',
  'primair en overhead',
  'organisation',
  'organization',
  'all',
  'overall',
]);

const MEASURE_WORDS: ReadonlySet<string> = new Set([
  'fte',
  'formatie',
  'bezetting',
  'kosten',
  'apparaatskosten',
  'lasten',
  'loonkosten',
  'euro',
  'bedrag',
  'bedragen',
  'begroting',
  'costs',
  'formation',
  'staffing',
  'van',
  'het',
  'de',
]);

/**
 * Which group a total row sums: 'Totaal overhead' → 'overhead', 'Subtotaal primair proces'
 * → 'primair', 'Totaal' / 'Totaal generaal' → 'total'. Null when the label is no total, or
 * when it sums a group this product does not know ('Totaal sociaal domein') or does not name
 * one ('Subtotaal' on its own is the sum of the rows just above, not of the whole table).
 */
export function totalCategory(label: string): Category | 'total' | null {
  const split = splitTotal(normalisedWithoutCode(label));
  if (split === null) return null;
  const group = split.rest
    .split(' ')
    .filter((word) => !MEASURE_WORDS.has(word))
    .join(' ');
  if (WHOLE_ORGANISATION.has(group)) return split.sub && group === '' ? null : 'total';
  return SECTION_PHRASES.get(group) ?? null;
}

interface TotalSplit {
  /** The label without the total phrase, e.g. 'overhead' for 'totaal overhead'. */
  readonly rest: string;
  readonly sub: boolean;
}

// Every total phrase contains one of these; most labels contain none and skip the loop.
const TOTAL_HINT = /tota|som|grand/;

function splitTotal(normalised: string): TotalSplit | null {
  if (!TOTAL_HINT.test(normalised)) return null;
  for (const phrase of TOTAL_PHRASES) {
    const sub = phrase.startsWith('sub');
    if (normalised === phrase) return { rest: '', sub };
    if (normalised.startsWith(`${phrase} `)) return { rest: normalised.slice(phrase.length + 1), sub };
    if (normalised.endsWith(` ${phrase}`)) return { rest: normalised.slice(0, -phrase.length - 1), sub };
  }
  return null;
}

/** Overhead cluster names (DOMAIN §2) that may be followed by more words: 'Financiën & Control'. */
const OVERHEAD_PREFIXES: readonly string[] = [
  // P&O
  'p en o',
  'personeel en organisatie',
  'personeel organisatie',
  'personeelszaken',
  'hrm',
  'hr advies',
  'human resource',
  'human resources',
  'human resource management',
  // Financiën & Control
  'financien',
  'f en c',
  'financiele administratie',
  'financiele zaken',
  'financieel beheer',
  'financieel advies',
  'finance',
  'control',
  'concerncontrol',
  'controlling',
  'planning en control',
  'p en c',
  // Informatisering & Automatisering
  'informatisering',
  'i en a',
  'ict',
  'automatisering',
  'informatievoorziening',
  'informatiemanagement',
  'informatiebeheer',
  // Communicatie
  'communicatie',
  // Facilitair
  'facilitair',
  'facilitaire',
  'facilitaire zaken',
  'facilitaire dienst',
  'facility management',
  // Juridische zaken
  'juridische zaken',
  'juridisch advies',
  'juridische advisering',
  'juridische ondersteuning',
  'juridische control',
  // Inkoop
  'inkoop',
  // Bestuursondersteuning (DOMAIN §2), also joined with the council's own affairs as reports do
  'bestuursondersteuning',
  'bestuurssecretariaat',
  'bestuurszaken en bestuursondersteuning',
  'bestuurs en managementondersteuning',
  'bestuurs en directieondersteuning',
  'managementondersteuning',
  'directieondersteuning',
  'concernstaf',
  // Directie / management
  'directie',
  'concerndirectie',
  'management',
  'managementteam',
  'gemeentesecretaris',
  // DIV
  'documentaire informatievoorziening',
  'documentaire informatie voorziening',
];

/**
 * Short or ambiguous names that only count on their own: 'IT' or 'MT' inside a longer
 * label means nothing, 'Div. kosten' is "diverse kosten", 'Juridische handhaving' is
 * primary process and 'Personeel' alone is a heading more often than a team.
 */
const OVERHEAD_EXACT: ReadonlySet<string> = new Set(['mt', 'it', 'hr', 'div', 'juridisch', 'personeel']);

/** Organisational words people put before a team name: 'Team P&O', 'Afdeling Financiën'. */
const UNIT_WORDS = /^(?:team|afdeling|cluster|sector|bureau|unit|vakteam|domein|dienst|taakveld) /;

/**
 * Whether the label names one of the usual overhead clusters (DOMAIN §2) or Iv3 taakveld
 * 0.4 Overhead. Any other code does not rule a name out, because bureaus number their own
 * cluster lists ('2.1 Financiën'); the name then decides. A bare 'Overhead' is not a
 * cluster here: without a code it names the whole group (heading or total), see
 * sectionCategory and totalCategory.
 */
export function knownOverheadCluster(label: string): boolean {
  const iv3 = findIv3Code(label);
  if (iv3?.code === '0.4') return true;
  const text = iv3 === null ? label : iv3.rest;
  // Try with and without outline numbering: 'B. Inkoop' has it, 'P. en O.' only looks like it.
  return isOverheadName(normaliseLabel(text)) || isOverheadName(normaliseLabel(withoutEnumerator(text)));
}

function isOverheadName(normalised: string): boolean {
  const name = normalised.replace(UNIT_WORDS, '');
  if (OVERHEAD_EXACT.has(name)) return true;
  return OVERHEAD_PREFIXES.some((prefix) => name === prefix || name.startsWith(`${prefix} `));
}

function normalisedWithoutCode(label: string): string {
  const iv3 = findIv3Code(label);
  return normaliseLabel(withoutEnumerator(iv3 === null ? label : iv3.rest));
}

/** Drops outline numbering such as 'A.', 'II.' or '3)' in front of a heading. */
function withoutEnumerator(label: string): string {
  return label.replace(/^\s*(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)]\s+/i, '');
}

function phraseMap(groups: Readonly<Record<Category, readonly string[]>>): ReadonlyMap<string, Category> {
  const entries = (Object.keys(groups) as Category[]).flatMap((category) =>
    groups[category].map((phrase): [string, Category] => [phrase, category]),
  );
  return new Map(entries);
}
