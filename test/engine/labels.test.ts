import fc from 'fast-check';

import {
  isTotalLabel,
  knownOverheadCluster,
  normaliseLabel,
  sectionCategory,
  totalCategory,
} from '../../src/engine/core/labels';
import type { Category } from '../../src/engine/core/types';

describe('normaliseLabel', () => {
  test.each<[string, string]>([
    ['Financiën & Control', 'financien en control'],
    ['Geëscaleerde zorg 18+', 'geescaleerde zorg 18'],
    ['Coördinatie', 'coordinatie'],
    ['  Juridische   Zaken:  ', 'juridische zaken'],
    ['P&O', 'p en o'],
    ['P & O', 'p en o'],
    ['Sub-totaal overhead', 'sub totaal overhead'],
    ['Informatisering/Automatisering', 'informatisering automatisering'],
    ['Directie (MT)', 'directie mt'],
    ['CAFÉ', 'cafe'],
    ['\u00a0Overhead\u2009', 'overhead'],
    ['6.71a Maatwerk', '6 71a maatwerk'],
    ['', ''],
    ['---', ''],
  ])('%j → %j', (label, expected) => {
    expect(normaliseLabel(label)).toBe(expected);
  });

  test('is idempotent and yields only lower-case words separated by single spaces', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (label) => {
        const once = normaliseLabel(label);
        return normaliseLabel(once) === once && !/\s{2}|^\s|\s$|[A-Z&]/.test(once);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('sectionCategory', () => {
  test.each<[string, Category]>([
    ['Primair proces', 'primair'],
    ['Primaire processen', 'primair'],
    ['PRIMAIR PROCES', 'primair'],
    ['Primair proces:', 'primair'],
    ['  primair   proces ', 'primair'],
    ['Primaire taken', 'primair'],
    ['Primary process', 'primair'],
    ['Primary processes', 'primair'],
    ['A. Primair proces', 'primair'],
    ['1. Primair proces', 'primair'],
    ['Overhead', 'overhead'],
    ['Overhead:', 'overhead'],
    ['OVERHEAD', 'overhead'],
    ['Bedrijfsvoering', 'overhead'],
    ['Ondersteuning', 'overhead'],
    ['Sturing en ondersteuning', 'overhead'],
    ['Sturing & ondersteuning', 'overhead'],
    ['II. Bedrijfsvoering', 'overhead'],
    ['B) Overhead', 'overhead'],
  ])('%j → %s', (label, expected) => {
    expect(sectionCategory(label)).toBe(expected);
  });

  test.each([
    'Juridische zaken',
    'Communicatie',
    'Bestuursondersteuning',
    'Maatschappelijke ondersteuning',
    'Informatisering en Automatisering',
    'Handhaving',
    '0.4 Overhead',
    'Taakveld 0.4 Overhead',
    '6.1 Samenkracht en burgerparticipatie',
    'Totaal overhead',
    'Totaal primair proces',
    'Overhead totaal',
    'Primair proces overig',
    '',
  ])('%j → null', (label) => {
    expect(sectionCategory(label)).toBeNull();
  });
});

describe('isTotalLabel', () => {
  test.each([
    'Totaal',
    'TOTAAL',
    'Totaal:',
    'Totaal primair proces',
    'Subtotaal',
    'Sub-totaal overhead',
    'Sub totaal overhead',
    'Total',
    'Grand total',
    'Som',
    'Totaal generaal',
    'Eindtotaal',
    'Overhead totaal',
    'Primair proces - subtotaal',
    'Totaal formatie',
    'Totaal fte',
    'Totalen',
    'Subtotal overhead',
    'Total overhead',
    'Som van fte',
    '0.4 Overhead totaal',
  ])('%j is a total', (label) => {
    expect(isTotalLabel(label)).toBe(true);
  });

  test.each([
    // A parameter typed in by the user, not a sum of the rows above.
    'Totale formatie',
    'Totale formatie organisatie',
    'Totaalkosten',
    'Sommige taken',
    'Juridische zaken',
    'Overhead',
    'Primair proces',
    'Totaalplan wijkaanpak',
    '0.4 Overhead',
    '',
  ])('%j is not a total', (label) => {
    expect(isTotalLabel(label)).toBe(false);
  });
});

describe('totalCategory', () => {
  test.each<[string, Category | 'total' | null]>([
    ['Totaal overhead', 'overhead'],
    ['Totaal Overhead:', 'overhead'],
    ['Subtotaal primair proces', 'primair'],
    ['Sub-totaal overhead', 'overhead'],
    ['Subtotaal bedrijfsvoering', 'overhead'],
    ['Totaal primaire processen', 'primair'],
    ['Overhead totaal', 'overhead'],
    ['Primair proces - subtotaal', 'primair'],
    ['Totaal formatie overhead', 'overhead'],
    ['Totaal overhead (fte)', 'overhead'],
    ['Totaal kosten primair proces', 'primair'],
    ['Total overhead', 'overhead'],
    ['Subtotal primary process', 'primair'],
    ['Totaal', 'total'],
    ['TOTAAL', 'total'],
    ['Total', 'total'],
    ['Grand total', 'total'],
    ['Som', 'total'],
    ['Totaal generaal', 'total'],
    ['Eindtotaal', 'total'],
    ['Totaal organisatie', 'total'],
    ['Totaal gemeente', 'total'],
    ['Totaal formatie', 'total'],
    ['Totaal apparaatskosten', 'total'],
    ['Totaal primair proces en overhead', 'total'],
    // A bare subtotal sums the rows just above it, not the whole table.
    ['Subtotaal', null],
    ['Sub-totaal', null],
    // A group the product does not know.
    ['Totaal sociaal domein', null],
    ['Subtotaal team Ruimte', null],
    // Not totals at all.
    ['Totale formatie', null],
    ['Overhead', null],
    ['Juridische zaken', null],
    ['', null],
  ])('%j → %p', (label, expected) => {
    expect(totalCategory(label)).toBe(expected);
  });

  test('agrees with isTotalLabel: a label with a category is always a total', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Totaal', 'Subtotaal', 'Som', 'Sub-totaal', 'Grand total', 'Juridische', ''),
        fc.constantFrom('overhead', 'primair proces', 'fte', '', 'sociaal domein', 'zaken'),
        (a, b) => {
          const label = `${a} ${b}`;
          return totalCategory(label) === null || isTotalLabel(label);
        },
      ),
    );
  });
});

describe('knownOverheadCluster', () => {
  test.each([
    // P&O
    'P&O',
    'P & O',
    'Personeel & Organisatie',
    'Personeel en Organisatie',
    'HRM',
    'HR',
    'Personeelszaken',
    'Team P&O',
    // Financiën
    'Financiën',
    'Financien',
    'Financiën & Control',
    'Financiën en Control',
    'F&C',
    'Financiële administratie',
    'Financiële Administratie',
    'Control',
    'Concerncontrol',
    'Planning & Control',
    // Informatisering
    'Informatisering',
    'Informatisering en Automatisering',
    'Informatisering & Automatisering',
    'I&A',
    'ICT',
    'Informatievoorziening',
    'Automatisering',
    // Communicatie
    'Communicatie',
    'Afdeling Communicatie',
    // Facilitair
    'Facilitair',
    'Facilitaire zaken',
    'Facilitaire dienst',
    'Facilitaire Zaken',
    // Juridisch
    'Juridische zaken',
    'Juridische Zaken',
    'JURIDISCHE ZAKEN:',
    // Inkoop
    'Inkoop',
    'Inkoop en aanbesteding',
    // Bestuursondersteuning
    'Bestuursondersteuning',
    // Directie / management
    'Directie',
    'Management',
    'MT',
    'Directie / MT',
    // DIV
    'DIV',
    'Documentaire informatievoorziening',
    'Documentaire Informatievoorziening',
    // Iv3 overhead
    '0.4 Overhead',
    'Taakveld 0.4 Overhead',
    '0.4',
    '0,4 Overhead',
    '0.4a Overhead P&O',
    // Codes of a bureau's own list do not hide the name.
    '2.1 Financiën',
    // Outline numbering and look-alikes.
    'B. Inkoop',
    'P. en O.',
  ])('%j is a known overhead cluster', (label) => {
    expect(knownOverheadCluster(label)).toBe(true);
  });

  test.each([
    'Overhead',
    'Primair proces',
    'Handhaving',
    'Juridische handhaving',
    'Maatschappelijke ondersteuning',
    'Financiële ondersteuning minima',
    'Controle bouwvergunningen',
    'Div. kosten',
    'Diverse kosten',
    'Burgerzaken',
    'Openbare ruimte',
    'Itineraria',
    'Mt. Everest expeditie',
    'Communicatiemiddelen',
    '0.1 Bestuur',
    '6.1 Samenkracht en burgerparticipatie',
    '0.40 Overhead',
    'Totaal overhead',
    '',
  ])('%j is not a known overhead cluster', (label) => {
    expect(knownOverheadCluster(label)).toBe(false);
  });
});

describe('never throws on any string', () => {
  test('all label functions', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (label) => {
        normaliseLabel(label);
        sectionCategory(label);
        isTotalLabel(label);
        totalCategory(label);
        knownOverheadCluster(label);
        return true;
      }),
      { numRuns: 1000 },
    );
  });
});
