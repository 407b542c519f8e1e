import fc from 'fast-check';

import { findIv3Code, iv3Field, IV3_FIELDS } from '../../src/engine/core/iv3';

describe('IV3_FIELDS (generated from iv3-taakvelden.csv)', () => {
  test('holds the 53 national taakvelden with unique codes', () => {
    expect(IV3_FIELDS).toHaveLength(53);
    expect(new Set(IV3_FIELDS.map((f) => f.code)).size).toBe(53);
  });

  test.each<[string, string, string]>([
    ['0.1', 'Bestuur', 'Bestuur en ondersteuning'],
    ['0.4', 'Overhead', 'Bestuur en ondersteuning'],
    ['0.10', 'Mutaties reserves', 'Bestuur en ondersteuning'],
    ['0.61', 'OZB woningen', 'Bestuur en ondersteuning'],
    ['2.1', 'Verkeer en vervoer', 'Verkeer, vervoer en waterstaat'],
    ['5.3', 'Cultuurpresentatie, cultuurproductie en cultuurparticipatie', 'Sport, cultuur en recreatie'],
    ['6.71', 'Maatwerkdienstverlening 18+', 'Sociaal domein'],
    ['6.81', 'Geëscaleerde zorg 18+', 'Sociaal domein'],
    ['8.3', 'Wonen en bouwen', 'Volkshuisvesting, ruimtelijke ordening en stedelijke vernieuwing'],
  ])('%s is %s in %s', (code, name, mainTask) => {
    expect(IV3_FIELDS.find((f) => f.code === code)).toEqual({ code, name, mainTask });
  });

  test('every code is main.sub with no stray whitespace', () => {
    for (const field of IV3_FIELDS) {
      expect(field.code).toMatch(/^\d\.\d{1,2}$/);
      expect(field.name).toBe(field.name.trim());
      expect(field.mainTask).toBe(field.mainTask.trim());
    }
  });

  test('is frozen, so no caller can edit the national list', () => {
    expect(Object.isFrozen(IV3_FIELDS)).toBe(true);
    expect(IV3_FIELDS.every((f) => Object.isFrozen(f))).toBe(true);
  });
});

describe('findIv3Code: codes at the start of a label', () => {
  test.each<[string, string, string, string]>([
    // label, code, written, rest
    ['0.4 Overhead', '0.4', '0.4', 'Overhead'],
    ['6.71a Maatwerkdienstverlening 18+', '6.71', '6.71a', 'Maatwerkdienstverlening 18+'],
    ['6.71A Huishoudelijke hulp', '6.71', '6.71A', 'Huishoudelijke hulp'],
    ['Taakveld 2.1 Verkeer en vervoer', '2.1', '2.1', 'Verkeer en vervoer'],
    ['taakveld 2.1 Verkeer en vervoer', '2.1', '2.1', 'Verkeer en vervoer'],
    ['Tv 6.1 Samenkracht', '6.1', '6.1', 'Samenkracht'],
    ['TV6.1 Samenkracht', '6.1', '6.1', 'Samenkracht'],
    ['Tv. 6.1 Samenkracht', '6.1', '6.1', 'Samenkracht'],
    ['Taakveld: 0.4', '0.4', '0.4', ''],
    ['6.711 Huishoudelijke hulp (Wmo)', '6.71', '6.711', 'Huishoudelijke hulp (Wmo)'],
    ['6.21 Toegang Wmo', '6.2', '6.21', 'Toegang Wmo'],
    ['6.22 Toegang Jeugd', '6.2', '6.22', 'Toegang Jeugd'],
    ['6.60 Hulpmiddelen en diensten (Wmo)', '6.6', '6.60', 'Hulpmiddelen en diensten (Wmo)'],
    ['6.751 Jeugdhulp ambulant lokaal', '6.72', '6.751', 'Jeugdhulp ambulant lokaal'],
    ['6.763 Jeugdhulp met verblijf landelijk', '6.72', '6.763', 'Jeugdhulp met verblijf landelijk'],
    ['6.791 PGB Wmo', '6.71', '6.791', 'PGB Wmo'],
    ['6.792 PGB Jeugd', '6.72', '6.792', 'PGB Jeugd'],
    ['6.811 Beschermd wonen', '6.81', '6.811', 'Beschermd wonen'],
    ['6.822 Jeugdreclassering', '6.82', '6.822', 'Jeugdreclassering'],
    ['6.72d Jeugdhulp zonder verblijf overig', '6.72', '6.72d', 'Jeugdhulp zonder verblijf overig'],
    ['6.73a Pleegzorg', '6.72', '6.73a', 'Pleegzorg'],
    ['6.74c Gesloten plaatsing', '6.72', '6.74c', 'Gesloten plaatsing'],
    ['6.81b Maatschappelijke opvang', '6.81', '6.81b', 'Maatschappelijke opvang'],
    ['6.82a Jeugdbescherming', '6.82', '6.82a', 'Jeugdbescherming'],
    ['0.4a Overhead P&O', '0.4', '0.4a', 'Overhead P&O'],
    // A letter on a 2025 sub-code still belongs to the same parent.
    ['6.711a Huishoudelijke hulp', '6.71', '6.711a', 'Huishoudelijke hulp'],
    ['0.10 Mutaties reserves', '0.10', '0.10', 'Mutaties reserves'],
    ['0.1 Bestuur', '0.1', '0.1', 'Bestuur'],
    ['0.11 Resultaat', '0.11', '0.11', 'Resultaat'],
    ['0.61 OZB woningen', '0.61', '0.61', 'OZB woningen'],
    ['0.64 Belastingen overig', '0.64', '0.64', 'Belastingen overig'],
    ['0,4 Overhead', '0.4', '0,4', 'Overhead'],
    ['6,71a Maatwerk', '6.71', '6,71a', 'Maatwerk'],
    ['0.4 - Overhead', '0.4', '0.4', 'Overhead'],
    ['0.4 – Overhead', '0.4', '0.4', 'Overhead'],
    ['0.4: Overhead', '0.4', '0.4', 'Overhead'],
    ['0.4. Overhead', '0.4', '0.4', 'Overhead'],
    ['0.4-Overhead', '0.4', '0.4', 'Overhead'],
    ['  0.4   Overhead  ', '0.4', '0.4', 'Overhead'],
    ['0.4\u00a0Overhead', '0.4', '0.4', 'Overhead'],
    ['0.4', '0.4', '0.4', ''],
    ['8.3 Wonen en bouwen', '8.3', '8.3', 'Wonen en bouwen'],
  ])('%j → %s', (label, code, written, rest) => {
    const match = findIv3Code(label);
    expect(match).not.toBeNull();
    expect(match?.code).toBe(code);
    expect(match?.written).toBe(written);
    expect(match?.rest).toBe(rest);
    expect(match?.field.code).toBe(code);
  });

  test('the match carries the national field of the code it rolled up to', () => {
    expect(findIv3Code('6.712 Begeleiding (Wmo)')?.field).toEqual({
      code: '6.71',
      name: 'Maatwerkdienstverlening 18+',
      mainTask: 'Sociaal domein',
    });
    expect(findIv3Code('0.10 Mutaties reserves')?.field.name).toBe('Mutaties reserves');
    expect(findIv3Code('0.1 Bestuur')?.field.name).toBe('Bestuur');
  });

  test.each([
    // Not codes at all.
    '3,69',
    '3,69 fte',
    '2017',
    '2017 Begroting',
    '1.234,56',
    '1,234.56',
    '43.500',
    '0.4%',
    '0.4abc Overhead',
    '€ 0.4',
    'Overhead 0.4',
    'Juridische zaken',
    '',
    '   ',
    // Dotted numbers that are no (known) code and do not roll up to one.
    '0.12 Iets',
    '0.40 Overhead',
    '1.3 Iets',
    '9.1 Iets',
    '6.7 Maatwerk',
    '6.73 Jeugdhulp met verblijf',
    '6.24 Toegang',
    '6.715 Iets',
    '6.91 Coördinatie en beleid Wmo',
    '6.92 Coördinatie en beleid Jeugd',
    '6.7111 Iets',
    '12.1 Iets',
    '6.711ab Iets',
  ])('%j → null', (label) => {
    expect(findIv3Code(label)).toBeNull();
  });

  test('never throws and only returns codes from the national list', () => {
    const codes = new Set(IV3_FIELDS.map((f) => f.code));
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (label) => {
        const match = findIv3Code(label);
        return match === null || (codes.has(match.code) && label.includes(match.written));
      }),
      { numRuns: 2000 },
    );
  });

  test('every national code is found in "<code> <name>" and gives back its name as rest', () => {
    for (const field of IV3_FIELDS) {
      const match = findIv3Code(`${field.code} ${field.name}`);
      expect(match?.code).toBe(field.code);
      expect(match?.rest).toBe(field.name);
    }
  });
});

describe('iv3Field', () => {
  test.each<[string, string | null]>([
    ['0.4', '0.4'],
    ['0,4', '0.4'],
    [' 0.4 ', '0.4'],
    ['0.1', '0.1'],
    ['0.10', '0.10'],
    ['0.61', '0.61'],
    ['6.71a', '6.71'],
    ['6.711', '6.71'],
    ['6.21', '6.2'],
    ['6.60', '6.6'],
    ['6.74b', '6.72'],
    ['0.12', null],
    ['6.91', null],
    ['0.4 Overhead', null],
    ['abc', null],
    ['', null],
  ])('%j → %s', (code, expected) => {
    expect(iv3Field(code)?.code ?? null).toBe(expected);
  });

  test('returns the field itself, with name and main task', () => {
    expect(iv3Field('1.2')).toEqual({ code: '1.2', name: 'Openbare orde en veiligheid', mainTask: 'Veiligheid' });
  });
});
