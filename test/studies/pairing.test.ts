// The pane's pairing choice writes the same text `--pair` takes: withPair replaces the pair of
// one cluster and keeps every other pair as the user typed it.
import { withPair } from '../../src/studies';
import { PAIRS } from '../../src/studies/year-options';

describe('withPair', () => {
  test('adds a pair to an empty field, in the form the pair option parses', () => {
    const text = withPair('', 'Kwaliteitszorg en Communicatie', 'Communicatie');
    expect(text).toBe('Kwaliteitszorg en Communicatie=Communicatie');
    expect(PAIRS.parse(text, 'nl')).toEqual({
      ok: true,
      value: [{ a: 'Kwaliteitszorg en Communicatie', b: 'Communicatie' }],
    });
  });

  test('replaces the pair of that cluster (either way round), keeps the others', () => {
    expect(withPair('P&O=Personeel; Kwaliteitszorg=Inkoop', 'Kwaliteitszorg', 'Communicatie')).toBe(
      'P&O=Personeel; Kwaliteitszorg=Communicatie',
    );
    expect(withPair('Inkoop = Kwaliteitszorg\nP&O=Personeel', 'Kwaliteitszorg', null)).toBe('P&O=Personeel');
  });
});
