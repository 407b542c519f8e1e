// GENERATED FILE: do not edit by hand.
// Source: ../shared/iv3-taakvelden.csv
// Regenerate from the repo root with `node scripts/gen-iv3.mjs [path/to/iv3-taakvelden.csv]`
// (default ../shared/iv3-taakvelden.csv). Compiled in because the engine does no I/O.

import type { Iv3Field } from './iv3';

/** The national Iv3 taakvelden (2017-2024 list), in the order of the source. */
export const IV3_FIELDS: readonly Iv3Field[] = Object.freeze([
  Object.freeze({ code: '0.1', name: 'Bestuur', mainTask: 'Bestuur en ondersteuning' }),
  Object.freeze({ code: '0.2', name: 'Burgerzaken', mainTask: 'Bestuur en ondersteuning' }),
  Object.freeze({ code: '0.3', name: 'Beheer overige gebouwen en gronden', mainTask: 'Bestuur en ondersteuning' }),
  Object.freeze({ code: '0.4', name: 'Overhead', mainTask: 'Bestuur en ondersteuning' }),
  Object.freeze({ code: '0.5', name: 'Treasury', mainTask: 'Bestuur en ondersteuning' }),
  Object.freeze({ code: '0.61', name: 'OZB woningen', mainTask: 'Bestuur en ondersteuning' }),
  Object.freeze({ code: '0.62', name: 'OZB niet-woningen', mainTask: 'Bestuur en ondersteuning' }),
  Object.freeze({ code: '0.63', name: 'Parkeerbelasting', mainTask: 'Bestuur en ondersteuning' }),
  Object.freeze({ code: '0.64', name: 'Belastingen overig', mainTask: 'Bestuur en ondersteuning' }),
  Object.freeze({
    code: '0.7',
    name: 'Algemene uitkering en overige uitkeringen gemeentefonds',
    mainTask: 'Bestuur en ondersteuning',
  }),
  Object.freeze({ code: '0.8', name: 'Overige baten en lasten', mainTask: 'Bestuur en ondersteuning' }),
  Object.freeze({ code: '0.9', name: 'Vennootschapsbelasting (Vpb)', mainTask: 'Bestuur en ondersteuning' }),
  Object.freeze({ code: '0.10', name: 'Mutaties reserves', mainTask: 'Bestuur en ondersteuning' }),
  Object.freeze({
    code: '0.11',
    name: 'Resultaat van de rekening van baten en lasten',
    mainTask: 'Bestuur en ondersteuning',
  }),
  Object.freeze({ code: '1.1', name: 'Crisisbeheersing en brandweer', mainTask: 'Veiligheid' }),
  Object.freeze({ code: '1.2', name: 'Openbare orde en veiligheid', mainTask: 'Veiligheid' }),
  Object.freeze({ code: '2.1', name: 'Verkeer en vervoer', mainTask: 'Verkeer, vervoer en waterstaat' }),
  Object.freeze({ code: '2.2', name: 'Parkeren', mainTask: 'Verkeer, vervoer en waterstaat' }),
  Object.freeze({ code: '2.3', name: 'Recreatieve havens', mainTask: 'Verkeer, vervoer en waterstaat' }),
  Object.freeze({ code: '2.4', name: 'Economische havens en waterwegen', mainTask: 'Verkeer, vervoer en waterstaat' }),
  Object.freeze({ code: '2.5', name: 'Openbaar vervoer', mainTask: 'Verkeer, vervoer en waterstaat' }),
  Object.freeze({ code: '3.1', name: 'Economische ontwikkeling', mainTask: 'Economie' }),
  Object.freeze({ code: '3.2', name: 'Fysieke bedrijfsinfrastructuur', mainTask: 'Economie' }),
  Object.freeze({ code: '3.3', name: 'Bedrijvenloket en bedrijfsregelingen', mainTask: 'Economie' }),
  Object.freeze({ code: '3.4', name: 'Economische promotie', mainTask: 'Economie' }),
  Object.freeze({ code: '4.1', name: 'Openbaar basisonderwijs', mainTask: 'Onderwijs' }),
  Object.freeze({ code: '4.2', name: 'Onderwijshuisvesting', mainTask: 'Onderwijs' }),
  Object.freeze({ code: '4.3', name: 'Onderwijsbeleid en leerlingzaken', mainTask: 'Onderwijs' }),
  Object.freeze({ code: '5.1', name: 'Sportbeleid en activering', mainTask: 'Sport, cultuur en recreatie' }),
  Object.freeze({ code: '5.2', name: 'Sportaccommodaties', mainTask: 'Sport, cultuur en recreatie' }),
  Object.freeze({
    code: '5.3',
    name: 'Cultuurpresentatie, cultuurproductie en cultuurparticipatie',
    mainTask: 'Sport, cultuur en recreatie',
  }),
  Object.freeze({ code: '5.4', name: 'Musea', mainTask: 'Sport, cultuur en recreatie' }),
  Object.freeze({ code: '5.5', name: 'Cultureel erfgoed', mainTask: 'Sport, cultuur en recreatie' }),
  Object.freeze({ code: '5.6', name: 'Media', mainTask: 'Sport, cultuur en recreatie' }),
  Object.freeze({
    code: '5.7',
    name: 'Openbaar groen en (openlucht) recreatie',
    mainTask: 'Sport, cultuur en recreatie',
  }),
  Object.freeze({ code: '6.1', name: 'Samenkracht en burgerparticipatie', mainTask: 'Sociaal domein' }),
  Object.freeze({
    code: '6.2',
    name: 'Wijkteams (from 2023: Toegang en eerstelijnsvoorzieningen)',
    mainTask: 'Sociaal domein',
  }),
  Object.freeze({ code: '6.3', name: 'Inkomensregelingen', mainTask: 'Sociaal domein' }),
  Object.freeze({
    code: '6.4',
    name: 'Begeleide participatie (from 2023: WSW en beschut werk)',
    mainTask: 'Sociaal domein',
  }),
  Object.freeze({ code: '6.5', name: 'Arbeidsparticipatie', mainTask: 'Sociaal domein' }),
  Object.freeze({ code: '6.6', name: 'Maatwerkvoorzieningen (WMO)', mainTask: 'Sociaal domein' }),
  Object.freeze({ code: '6.71', name: 'Maatwerkdienstverlening 18+', mainTask: 'Sociaal domein' }),
  Object.freeze({ code: '6.72', name: 'Maatwerkdienstverlening 18-', mainTask: 'Sociaal domein' }),
  Object.freeze({ code: '6.81', name: 'Geëscaleerde zorg 18+', mainTask: 'Sociaal domein' }),
  Object.freeze({ code: '6.82', name: 'Geëscaleerde zorg 18-', mainTask: 'Sociaal domein' }),
  Object.freeze({ code: '7.1', name: 'Volksgezondheid', mainTask: 'Volksgezondheid en milieu' }),
  Object.freeze({ code: '7.2', name: 'Riolering', mainTask: 'Volksgezondheid en milieu' }),
  Object.freeze({ code: '7.3', name: 'Afval', mainTask: 'Volksgezondheid en milieu' }),
  Object.freeze({ code: '7.4', name: 'Milieubeheer', mainTask: 'Volksgezondheid en milieu' }),
  Object.freeze({ code: '7.5', name: 'Begraafplaatsen en crematoria', mainTask: 'Volksgezondheid en milieu' }),
  Object.freeze({
    code: '8.1',
    name: 'Ruimte en leefomgeving',
    mainTask: 'Volkshuisvesting, ruimtelijke ordening en stedelijke vernieuwing',
  }),
  Object.freeze({
    code: '8.2',
    name: 'Grondexploitatie (niet-bedrijventerreinen)',
    mainTask: 'Volkshuisvesting, ruimtelijke ordening en stedelijke vernieuwing',
  }),
  Object.freeze({
    code: '8.3',
    name: 'Wonen en bouwen',
    mainTask: 'Volkshuisvesting, ruimtelijke ordening en stedelijke vernieuwing',
  }),
]);
