// The XML document of IJkpunt's state part (src/excel/state-xml.ts): every sheet name and state
// survives the round trip, the document is well-formed whatever they hold, and a document a host
// re-serialised (declaration, other quotes, CDATA, a prefix) still reads.
import { findEntry, parseStateXml, STATE_NAMESPACE, stateXml, withEntry } from '../../src/excel/state-xml';
import { rootNamespace } from './fake-excel';

const NASTY = JSON.stringify({ tekst: '</sheet> & <b> "citaat" \'x\' ]]> Δ € \u0001 \uFFFE', fte: 162.3 });

describe('the state document', () => {
  test('names and states with markup, quotes, entities and odd characters come back exactly', () => {
    const entries = [
      { id: '{00000000-0000-0000-0000-000000000001}', name: 'Blad "1" & <2>', json: NASTY },
      { id: null, name: "Begroting '25", json: '{"plan":{}}' },
    ];
    const xml = stateXml(entries);
    expect(rootNamespace(xml)).toEqual({ namespaceUri: STATE_NAMESPACE });
    const back = parseStateXml(xml);
    expect(back.map((e) => [e.id, e.name])).toEqual(entries.map((e) => [e.id, e.name]));
    // U+FFFE is no XML character: it travels as a JSON escape, and JSON gives it back.
    expect(JSON.parse(back[0]?.json ?? '')).toEqual(JSON.parse(NASTY));
    expect(back[1]?.json).toBe('{"plan":{}}');
    expect(xml).not.toContain('\uFFFE');
  });

  test('a re-serialised document reads the same: declaration, single quotes, CDATA, a prefix', () => {
    const xml =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
      `<s:ijkpunt xmlns:s='${STATE_NAMESPACE}'>\n  <s:sheet name='Blad1' id='{A}'><![CDATA[{"a":"<x>"}]]></s:sheet>\n` +
      `  <s:sheet id="{B}" name="Blad2">{&quot;b&quot;:1}</s:sheet><s:other/></s:ijkpunt>`;
    expect(parseStateXml(xml)).toEqual([
      { id: '{A}', name: 'Blad1', json: '{"a":"<x>"}' },
      { id: '{B}', name: 'Blad2', json: '{"b":1}' },
    ]);
  });

  test('a sheet is found by its id whatever its name now; by name only for an entry without an id', () => {
    const entries = [
      { id: '{A}', name: 'Oud', json: '1' },
      { id: null, name: 'Zonder id', json: '2' },
    ];
    expect(findEntry(entries, 'Nieuw', '{A}')?.json).toBe('1');
    expect(findEntry(entries, 'zonder ID', '{C}')?.json).toBe('2');
    expect(findEntry(entries, 'Oud', '{C}')).toBeNull();
    const replaced = withEntry(entries, 'Nieuw', '{A}', '3');
    expect(replaced).toEqual([entries[1], { id: '{A}', name: 'Nieuw', json: '3' }]);
    expect(withEntry(replaced, 'Nieuw', '{A}', null)).toEqual([entries[1]]);
  });
});
