// The fake's Workbook.customXmlParts against the documented rules (test/excel/fake-custom-xml.ts):
// what comes back, when it can be read, and what Excel refuses.
import { createFake } from './fake-excel';
import { rootNamespace } from './fake-excel';

const NS = 'urn:example:one';
const XML = `<root xmlns="${NS}"><a x="1">tekst &amp; meer</a></root>`;

let opened: { dispose(): void }[] = [];
afterEach(() => {
  for (const fake of opened) fake.dispose();
  opened = [];
});

function open(init: Partial<Parameters<typeof createFake>[0]> = {}) {
  const made = createFake({ sheets: [{ name: 'Blad1' }], ...init });
  opened.push(made.fake);
  return made;
}

async function codeOf(promise: Promise<unknown>): Promise<string | null> {
  try {
    await promise;
    return null;
  } catch (error) {
    return String((error as { code?: unknown }).code);
  }
}

describe('customXmlParts: add, find, read, replace, delete', () => {
  test('an added part has an id and its root element’s namespace; getXml gives the document back', async () => {
    const { context, fake } = open();
    const part = context.workbook.customXmlParts.add(XML);
    part.load('id, namespaceUri');
    const xml = part.getXml();
    await context.sync();
    expect(part.id).toMatch(/^\{[0-9A-F-]+\}$/);
    expect(part.namespaceUri).toBe(NS);
    // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult is filled by the sync, not by load()
    expect(xml.value).toBe(XML);
    expect(fake.customXmlParts).toEqual([{ id: part.id, namespaceUri: NS, xml: XML }]);
  });

  test('getByNamespace scopes to one namespace; getCount, getOnlyItem and items agree', async () => {
    const { context } = open();
    context.workbook.customXmlParts.add(XML);
    context.workbook.customXmlParts.add('<other xmlns="urn:example:two"/>');
    const scoped = context.workbook.customXmlParts.getByNamespace(NS);
    scoped.load('items/id');
    const count = scoped.getCount();
    const all = context.workbook.customXmlParts.getCount();
    const only = scoped.getOnlyItem().getXml();
    const none = context.workbook.customXmlParts.getByNamespace('urn:nobody').getOnlyItemOrNullObject();
    none.load('id');
    await context.sync();
    // eslint-disable-next-line office-addins/load-object-before-read -- ClientResults (filled by the sync) and items loaded above
    expect([count.value, all.value, scoped.items.length]).toEqual([1, 2, 1]);
    // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult is filled by the sync, not by load()
    expect(only.value).toBe(XML);
    expect(none.isNullObject).toBe(true);
  });

  test('setXml replaces the whole document; delete removes the part, and a deleted part fails what uses it', async () => {
    const { context, fake } = open();
    const part = context.workbook.customXmlParts.add(XML);
    part.load('id');
    await context.sync();
    const replaced = `<root xmlns="${NS}"/>`;
    context.workbook.customXmlParts.getItem(part.id).setXml(replaced);
    await context.sync();
    expect(fake.customXmlParts.map((p) => p.xml)).toEqual([replaced]);
    part.delete();
    await context.sync();
    expect(fake.customXmlParts).toEqual([]);
    part.getXml();
    expect(await codeOf(context.sync())).toBe('ItemNotFound');
  });

  test('a prefixed root takes its prefix’s namespace; a document without one has the empty namespace', () => {
    expect(rootNamespace('<?xml version="1.0"?><p:r xmlns:p="urn:p"><p:x/></p:r>')).toEqual({ namespaceUri: 'urn:p' });
    expect(rootNamespace('<r><x/></r>')).toEqual({ namespaceUri: '' });
  });
});

describe('customXmlParts: what Excel refuses', () => {
  test.each([
    ['two roots', '<a xmlns="urn:x"/><b/>'],
    ['an unclosed element', '<a xmlns="urn:x"><b></a>'],
    ['a bare &', '<a xmlns="urn:x">fte & kosten</a>'],
    ['text outside the root', 'tekst<a xmlns="urn:x"/>'],
    ['no element at all', 'geen xml'],
  ])('add of %s fails with InvalidArgument and adds nothing', async (_what, xml) => {
    const { context, fake } = open();
    context.workbook.customXmlParts.add(xml);
    expect(await codeOf(context.sync())).toBe('InvalidArgument');
    expect(fake.customXmlParts).toEqual([]);
  });

  test('setXml with invalid XML or another namespace fails with InvalidArgument; the part keeps its document', async () => {
    const { context, fake } = open();
    const part = context.workbook.customXmlParts.add(XML);
    await context.sync();
    part.setXml('<root xmlns="urn:example:one">');
    expect(await codeOf(context.sync())).toBe('InvalidArgument');
    part.setXml('<root xmlns="urn:elsewhere"/>');
    expect(await codeOf(context.sync())).toBe('InvalidArgument');
    expect(fake.customXmlParts.map((p) => p.xml)).toEqual([XML]);
  });

  test('getItem of an unknown id and getOnlyItem of no or two parts fail with ItemNotFound', async () => {
    const { context } = open();
    context.workbook.customXmlParts.getItem('{nope}').getXml();
    expect(await codeOf(context.sync())).toBe('ItemNotFound');
    context.workbook.customXmlParts.getByNamespace(NS).getOnlyItem().getXml();
    expect(await codeOf(context.sync())).toBe('ItemNotFound');
    context.workbook.customXmlParts.add(XML);
    context.workbook.customXmlParts.add(XML);
    await context.sync();
    context.workbook.customXmlParts.getByNamespace(NS).getOnlyItem().getXml();
    expect(await codeOf(context.sync())).toBe('ItemNotFound');
  });

  test('a method on a null object fails the batch', async () => {
    const { context } = open();
    context.workbook.customXmlParts.getItemOrNullObject('{nope}').getXml();
    expect(await codeOf(context.sync())).toBe('ItemNotFound');
  });

  test('nothing is readable before its sync: id (PropertyNotLoaded), a ClientResult (ValueNotLoaded), items', async () => {
    const { context } = open();
    const part = context.workbook.customXmlParts.add(XML);
    part.load('id');
    const xml = part.getXml();
    const scoped = context.workbook.customXmlParts.getByNamespace(NS).load('items/id');
    expect(() => part.id).toThrow(/PropertyNotLoaded|not available/);
    // eslint-disable-next-line office-addins/load-object-before-read, office-addins/call-sync-before-read -- the point of the test
    expect(() => xml.value).toThrow(/ValueNotLoaded/);
    expect(() => scoped.items).toThrow(/not available/);
    await context.sync();
    expect(scoped.items[0]?.id).toBe(part.id);
  });

  test('the documents go over the wire: counted in the request (add, setXml) and the response (getXml)', async () => {
    const { context, fake } = open();
    const big = `<root xmlns="${NS}">${'x'.repeat(100_000)}</root>`;
    const part = context.workbook.customXmlParts.add(big);
    await context.sync();
    expect(fake.requests[0]?.bytes).toBeGreaterThan(100_000);
    part.getXml();
    await context.sync();
    expect(fake.requests[1]?.responseBytes).toBeGreaterThan(100_000);
  });
});

describe('the gate', () => {
  test('switched off, isSetSupported("ExcelApi", "1.5") is false and customXmlParts fails with ApiNotFound', async () => {
    const { context, fake } = open({ customXmlParts: false });
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.5')).toBe(false);
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.7')).toBe(true);
    context.workbook.customXmlParts.add(XML);
    expect(await codeOf(context.sync())).toBe('ApiNotFound');
    fake.customXmlAvailable = true;
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.5')).toBe(true);
    context.workbook.customXmlParts.add(XML);
    await context.sync();
    expect(fake.customXmlParts).toHaveLength(1);
  });

  test('a host below ExcelApi 1.5 has no customXmlParts', async () => {
    const { context } = open({ requirementSets: '1.4' });
    context.workbook.customXmlParts.getByNamespace(NS).load('items/id');
    expect(await codeOf(context.sync())).toBe('ApiNotFound');
  });
});
