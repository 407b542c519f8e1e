// Workbook.customXmlParts for the typed fake (ExcelApi 1.5): the collection and the scoped
// collection getByNamespace returns (https://learn.microsoft.com/javascript/api/excel/excel.customxmlpartcollection,
// https://learn.microsoft.com/javascript/api/excel/excel.customxmlpartscopedcollection); the part
// itself and the model are in custom-xml-part.ts.
import {
  FakeClientResult,
  FakeCustomXmlPart,
  requireXml,
  rootNamespace,
  type Resolver,
  type XmlHost,
  type XmlPartModel,
} from './custom-xml-part';

export class FakeCustomXmlPartCollection {
  readonly typeName: string;
  private loadedItems: FakeCustomXmlPart[] | null = null;
  private readonly proxies = new Map<XmlPartModel, FakeCustomXmlPart>();

  constructor(
    private readonly host: XmlHost,
    private readonly path: string,
    private readonly namespaceUri: string | null = null,
  ) {
    this.typeName = namespaceUri === null ? 'CustomXmlPartCollection' : 'CustomXmlPartScopedCollection';
  }

  get items(): FakeCustomXmlPart[] {
    if (!this.loadedItems)
      throw this.host.fail('PropertyNotLoaded', "The property 'items' is not available.", `${this.typeName}.items`);
    return this.loadedItems;
  }

  private members(): XmlPartModel[] {
    return this.host.model
      .live()
      .filter((part) => this.namespaceUri === null || part.namespaceUri === this.namespaceUri);
  }

  load(option?: string): this {
    const wanted = (option ?? 'items/id, items/namespaceUri')
      .split(',')
      .map((p) => p.trim().replace(/^items\/?/, ''))
      .map((p) => (p === '' ? 'id, namespaceUri' : p))
      .flatMap((p) => p.split(',').map((q) => q.trim()));
    this.host.enqueue({
      request: { load: this.path, select: wanted.map((p) => `items/${p}`) },
      what: `${this.typeName}.load`,
      apply: (run) => {
        requireXml(this.host, `${this.typeName}.load`);
        const items = this.members().map((part) => this.item(part));
        for (const item of items) item.query(item.resolve(), run, wanted);
        run.commits.push(() => {
          this.loadedItems = items;
        });
      },
    });
    return this;
  }

  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this.host.enqueue({
      request: { call: `${this.path}.getCount`, args: [] },
      what: `${this.typeName}.getCount`,
      apply: (run) => {
        requireXml(this.host, `${this.typeName}.getCount`);
        const count = this.members().length;
        run.responseBytes += this.host.jsonBytes(count);
        run.commits.push(() => result.settle(count));
      },
    });
    return result;
  }

  /**
   * Adds a part; its namespace is its root element's. Only on the workbook's collection. Not
   * well-formed XML fails with InvalidArgument (the documentation is silent: strict reading).
   */
  add(xml: string): FakeCustomXmlPart {
    if (this.namespaceUri !== null)
      throw new Error('not implemented in fake: CustomXmlPartScopedCollection.add (Excel has none)');
    let created: XmlPartModel | null = null;
    this.host.enqueue({
      request: { call: `${this.path}.add`, args: [xml] },
      what: 'CustomXmlPartCollection.add',
      apply: () => {
        requireXml(this.host, 'CustomXmlPartCollection.add');
        const parsed = rootNamespace(xml);
        if ('error' in parsed)
          throw this.host.fail('InvalidArgument', `add: ${parsed.error}`, 'CustomXmlPartCollection.add');
        created = { id: this.host.model.newId(), namespaceUri: parsed.namespaceUri, xml, deleted: false };
        this.host.model.parts.push(created);
      },
    });
    return new FakeCustomXmlPart(this.host, `${this.path}.add()`, () => {
      if (!created) throw new Error('fake: a custom XML part is used, but the batch that adds it never ran');
      return created;
    });
  }

  /** Only on the workbook's collection: a scoped collection "cannot be scoped any further". */
  getByNamespace(namespaceUri: string): FakeCustomXmlPartCollection {
    if (this.namespaceUri !== null)
      throw new Error('not implemented in fake: a scoped collection cannot be scoped further');
    return new FakeCustomXmlPartCollection(
      this.host,
      `${this.path}.getByNamespace(${JSON.stringify(namespaceUri)})`,
      namespaceUri,
    );
  }

  /** ItemNotFound when no part (in this scope) has the id. */
  getItem(id: string): FakeCustomXmlPart {
    return this.part(`getItem(${JSON.stringify(id)})`, () => {
      const found = this.members().find((part) => part.id === id);
      if (!found)
        throw this.host.fail('ItemNotFound', `no custom XML part has the id ${id}`, `${this.typeName}.getItem`);
      return found;
    });
  }

  getItemOrNullObject(id: string): FakeCustomXmlPart {
    return this.part(
      `getItemOrNullObject(${JSON.stringify(id)})`,
      () => this.members().find((part) => part.id === id) ?? null,
    );
  }

  /** "If the collection contains exactly one item … Otherwise, this method produces an error" (ItemNotFound here). */
  getOnlyItem(): FakeCustomXmlPart {
    return this.part('getOnlyItem()', () => {
      const members = this.members();
      if (members.length !== 1 || !members[0])
        throw this.host.fail(
          'ItemNotFound',
          `the collection holds ${members.length} parts, not exactly one`,
          `${this.typeName}.getOnlyItem`,
        );
      return members[0];
    });
  }

  getOnlyItemOrNullObject(): FakeCustomXmlPart {
    return this.part('getOnlyItemOrNullObject()', () => {
      const members = this.members();
      return members.length === 1 ? (members[0] ?? null) : null;
    });
  }

  private part(call: string, find: Resolver): FakeCustomXmlPart {
    return new FakeCustomXmlPart(this.host, `${this.path}.${call}`, () => {
      requireXml(this.host, `${this.typeName}.${call}`);
      return find();
    });
  }

  private item(part: XmlPartModel): FakeCustomXmlPart {
    let proxy = this.proxies.get(part);
    if (!proxy) {
      proxy = new FakeCustomXmlPart(this.host, `${this.path}.items[${JSON.stringify(part.id)}]`, () => part);
      this.proxies.set(part, proxy);
    }
    return proxy;
  }
}
