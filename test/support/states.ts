// IJkpunt's states as a fake workbook holds them, wherever they are: in IJkpunt's custom XML part
// (ExcelApi 1.5, src/excel/state-xml.ts) or in the settings (an older IJkpunt, or the gate off).
import { stateKey } from '../../src/excel/state';
import { parseStateXml, STATE_NAMESPACE } from '../../src/excel/state-xml';
import type { createFake } from '../excel/fake-excel';

type Fake = ReturnType<typeof createFake>['fake'];

/** Key (as the settings would name it: ijkpunt:id:<id>, or ijkpunt:<sheet>) → the state's JSON. */
export function statesIn(fake: Fake): Record<string, string> {
  const states: Record<string, string> = {};
  for (const [key, value] of Object.entries(fake.settings)) {
    if (key.startsWith('ijkpunt:')) states[key] = typeof value === 'string' ? value : JSON.stringify(value);
  }
  for (const part of fake.customXmlParts.filter((p) => p.namespaceUri === STATE_NAMESPACE)) {
    for (const entry of parseStateXml(part.xml)) states[stateKey(entry.name, entry.id)] = entry.json;
  }
  return states;
}

/** Puts `fake`'s settings and IJkpunt's part into another workbook, as a copy of the file would. */
export async function copyStates(fake: Fake, context: Excel.RequestContext): Promise<void> {
  for (const [key, value] of Object.entries(fake.settings)) context.workbook.settings.add(key, value as string);
  for (const part of fake.customXmlParts) context.workbook.customXmlParts.add(part.xml);
  await context.sync();
}
