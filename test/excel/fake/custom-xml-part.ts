// Workbook.customXmlParts for the typed fake (ExcelApi 1.5): the collection, the scoped collection
// getByNamespace returns, and the part with getXml/setXml/delete, held to the documented rules
// (https://learn.microsoft.com/javascript/api/excel/excel.customxmlpartcollection,
// https://learn.microsoft.com/javascript/api/excel/excel.customxmlpartscopedcollection,
// https://learn.microsoft.com/javascript/api/excel/excel.customxmlpart). Like the rest of the
// fake, proxies hold no data until the sync that loads it; operations run in order at sync.
// Where the documentation is silent the fake takes the strict reading, said beside each rule.
// The gate is switchable per test (CustomXmlModel.available): off, the host answers
// isSetSupported('ExcelApi', '1.5') with false and every call fails with ApiNotFound.

/** One part as the workbook holds it. */
export interface XmlPartModel {
  readonly id: string;
  readonly namespaceUri: string;
  xml: string;
  deleted: boolean;
}

/** The workbook's custom XML parts, in the order added. */
export class CustomXmlModel {
  readonly parts: XmlPartModel[] = [];
  available = true;
  private ids = 0;

  newId(): string {
    this.ids += 1;
    return `{C0570000-0000-4000-8000-${this.ids.toString(16).toUpperCase().padStart(12, '0')}}`;
  }

  live(): XmlPartModel[] {
    return this.parts.filter((part) => !part.deleted);
  }
}

/** What the fake's batch offers an operation (fake-excel.ts's BatchRun). */
export interface XmlRun {
  readonly commits: (() => void)[];
  responseBytes: number;
}

/** What the fake's host offers this module (fake-excel.ts builds it from its Host). */
export interface XmlHost {
  readonly model: CustomXmlModel;
  enqueue(operation: {
    readonly request: Readonly<Record<string, unknown>>;
    readonly what: string;
    apply(run: XmlRun): void;
  }): void;
  requireApi(since: string, what: string): void;
  fail(code: string, message: string, location: string): Error;
  jsonBytes(value: unknown): number;
}

/**
 * The namespace of a well-formed document's root element ('' without one), or an error text.
 * A deliberately small checker: one root, balanced tags, entities known, nothing outside the root.
 */
export function rootNamespace(xml: string): { readonly namespaceUri: string } | { readonly error: string } {
  const body = xml
    .replace(/^\uFEFF?\s*<\?xml[^?]*\?>/, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '');
  const stack: string[] = [];
  let root: { name: string; attributes: string } | null = null;
  let last = 0;
  let closedRoot = false;
  for (const m of body.matchAll(/<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/g)) {
    const between = body.slice(last, m.index);
    if (between.includes('<') || between.includes('>'))
      return { error: `markup is not well-formed near "${between.trim().slice(0, 20)}"` };
    if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(between))
      return { error: 'an & that starts no entity' };
    if (stack.length === 0 && between.trim() !== '') return { error: 'text outside the root element' };
    last = (m.index ?? 0) + m[0].length;
    const [, closing, name = '', attributes = '', selfClosing] = m;
    if (closing) {
      if (stack.pop() !== name) return { error: `</${name}> closes no open <${name}>` };
      if (stack.length === 0) closedRoot = true;
      continue;
    }
    if (stack.length === 0) {
      if (root) return { error: 'more than one root element' };
      root = { name, attributes };
    }
    if (!selfClosing) stack.push(name);
    else if (stack.length === 0) closedRoot = true;
  }
  const tail = body.slice(last);
  if (!root || stack.length > 0 || !closedRoot || tail.trim() !== '')
    return { error: 'no single, closed root element' };
  const prefix = root.name.includes(':') ? root.name.split(':')[0] : null;
  const declaration = prefix ? `xmlns:${prefix}` : 'xmlns';
  const found = new RegExp(`(?:^|\\s)${declaration.replace('.', '\\.')}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(
    root.attributes,
  );
  return { namespaceUri: found ? (found[1] ?? found[2] ?? '') : '' };
}

/** ClientResult<T>: `value` only after the sync that ran the method. */
export class FakeClientResult<T> {
  private result: { readonly value: T } | null = null;

  get value(): T {
    if (!this.result) {
      throw Object.assign(
        new Error(
          'ValueNotLoaded: The value of the result object has not been loaded yet. Call "context.sync()" first.',
        ),
        {
          code: 'ValueNotLoaded',
        },
      );
    }
    return this.result.value;
  }

  settle(value: T): void {
    this.result = { value };
  }
}

export type Resolver = () => XmlPartModel | null;

/** A part, or the null object of an …OrNullObject method. */
export class FakeCustomXmlPart {
  readonly typeName = 'CustomXmlPart';
  private loaded: { id?: string; namespaceUri?: string } = {};
  private nullState: boolean | undefined = undefined;
  private resolution: { readonly target: XmlPartModel | null } | undefined = undefined;

  constructor(
    private readonly host: XmlHost,
    private readonly path: string,
    private readonly resolver: Resolver,
  ) {}

  get id(): string {
    return this.property('id');
  }

  get namespaceUri(): string {
    return this.property('namespaceUri');
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined)
      throw this.host.fail('PropertyNotLoaded', 'isNullObject is not loaded', 'CustomXmlPart.isNullObject');
    return this.nullState;
  }

  load(option?: string): this {
    const wanted = (option ?? 'id, namespaceUri')
      .split(',')
      .map((p) => p.trim())
      .filter((p) => p !== '');
    for (const property of wanted) {
      if (property !== 'id' && property !== 'namespaceUri')
        throw new Error(`not implemented in fake: CustomXmlPart.load('${property}')`);
    }
    this.operation('load', [wanted], (target, run) => this.query(target, run, wanted), true);
    return this;
  }

  /** Runs a query inside a batch (also for the collection's items). */
  query(target: XmlPartModel | null, run: XmlRun, properties: readonly string[]): void {
    const values = target ? { id: target.id, namespaceUri: target.namespaceUri } : {};
    const picked = Object.fromEntries(properties.map((p) => [p, values[p as keyof typeof values]]));
    run.responseBytes += this.host.jsonBytes(picked);
    run.commits.push(() => {
      this.nullState = target === null;
      this.loaded = { ...this.loaded, ...picked };
    });
  }

  /** The whole document as the part holds it. */
  getXml(): FakeClientResult<string> {
    const result = new FakeClientResult<string>();
    this.operation('getXml', [], (target, run) => {
      const xml = (target as XmlPartModel).xml;
      run.responseBytes += this.host.jsonBytes(xml);
      run.commits.push(() => result.settle(xml));
    });
    return result;
  }

  /**
   * Replaces the whole document. Invalid XML fails with InvalidArgument; so does a document of
   * another namespace (the documentation is silent: strict reading, the part keeps its namespace).
   */
  setXml(xml: string): void {
    this.operation('setXml', [xml], (target) => {
      const part = target as XmlPartModel;
      const parsed = rootNamespace(xml);
      if ('error' in parsed) throw this.host.fail('InvalidArgument', `setXml: ${parsed.error}`, 'CustomXmlPart.setXml');
      if (parsed.namespaceUri !== part.namespaceUri)
        throw this.host.fail(
          'InvalidArgument',
          `setXml: namespace ${parsed.namespaceUri} is not the part's ${part.namespaceUri}`,
          'CustomXmlPart.setXml',
        );
      part.xml = xml;
    });
  }

  delete(): void {
    this.operation('delete', [], (target) => {
      (target as XmlPartModel).deleted = true;
    });
  }

  /** The part inside a running batch; a deleted part fails what uses it (ItemNotFound). */
  resolve(): XmlPartModel | null {
    this.resolution ??= { target: this.resolver() };
    const target = this.resolution.target;
    if (target?.deleted) throw this.host.fail('ItemNotFound', 'the custom XML part was deleted', 'CustomXmlPart');
    return target;
  }

  private property<K extends 'id' | 'namespaceUri'>(name: K): string {
    const value = this.loaded[name];
    if (value === undefined && this.nullState !== true)
      throw this.host.fail(
        'PropertyNotLoaded',
        `The property '${name}' is not available. Call load() and context.sync() first.`,
        `CustomXmlPart.${name}`,
      );
    return value ?? '';
  }

  /** Queues a call; a method on a null object fails the batch, as elsewhere in the fake. */
  private operation(
    method: string,
    args: readonly unknown[],
    apply: (target: XmlPartModel | null, run: XmlRun) => void,
    onNull = false,
  ): void {
    this.host.enqueue({
      request: { call: `${this.path}.${method}`, args },
      what: `CustomXmlPart.${method}`,
      apply: (run) => {
        requireXml(this.host, `CustomXmlPart.${method}`);
        const target = this.resolve();
        if (target === null && !onNull)
          throw this.host.fail(
            'ItemNotFound',
            `CustomXmlPart.${method} on a null object (check isNullObject first)`,
            'CustomXmlPart',
          );
        apply(target, run);
      },
    });
  }
}

export function requireXml(host: XmlHost, what: string): void {
  host.requireApi('1.5', what);
  if (!host.model.available)
    throw host.fail('ApiNotFound', `${what} needs ExcelApi 1.5 (switched off in this test)`, what);
}

/** The workbook's collection, or the scoped one of getByNamespace (`namespaceUri` set). */
