// The proxy/batch model every fake object shares: strict members, load(), queued writes and
// calls, null objects, collections.

import { jsonBytes } from '../fake-rules';
import type { BatchRun } from './batch';
import { itemNotFound, notImplemented, propertyNotLoaded } from './errors';
import type { Host } from './host';
import type { Deletable } from './model';

/** Names a test framework or debugger may probe on any object; never "not implemented". */
const INTROSPECTION = new Set([
  'then',
  'asymmetricMatch',
  'nodeType',
  'tagName',
  '$$typeof',
  'constructor',
  'toJSON',
  'inspect',
  'toString',
  'toLocaleString',
  'valueOf',
  'length',
  'hasOwnProperty',
]);

/**
 * Wraps a fake object so that reading a member it does not model, or assigning one, throws
 * "not implemented in fake" instead of returning undefined or silently storing the value.
 */
export function strict<O extends object>(object: O, typeName: string): O {
  return new Proxy(object, {
    get(target, property, _receiver) {
      if (
        typeof property === 'symbol' ||
        property in target ||
        INTROSPECTION.has(property) ||
        property.startsWith('@@')
      ) {
        // Accessors run on the unwrapped object: their own field reads skip this trap.
        return Reflect.get(target, property, target);
      }
      return notImplemented(`${typeName}.${property}`);
    },
    set(target, property, value, _receiver) {
      if (typeof property === 'string' && !(property in target)) notImplemented(`${typeName}.${property} (assignment)`);
      if (!Reflect.set(target, property, value, target)) {
        throw new TypeError(`Cannot set property ${String(property)} of ${typeName}: it is read-only`);
      }
      return true;
    },
  });
}

interface PropertySpec<T> {
  readonly read: (target: T) => unknown;
  readonly since?: string;
}

export type PropertyTable<T> = Readonly<Record<string, PropertySpec<T>>>;

export interface Loadable {
  load(option?: unknown): unknown;
}

/** What a collection needs of its items: load their properties inside the collection's query. */
interface Queryable {
  readonly typeName: string;
  propertyNames(): readonly string[];
  queryAt(run: BatchRun, properties: readonly string[]): void;
}

function splitList(text: string): string[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** load()'s argument as property paths: 'a, b/c', ['a', 'b'], { select, expand } or { a: true, b: { c: true } }. */
function loadPaths(option: unknown): string[] {
  if (option === undefined || option === null) return [];
  if (typeof option === 'string') return splitList(option);
  if (Array.isArray(option)) {
    const entries: readonly unknown[] = option;
    return entries.flatMap((entry) =>
      typeof entry === 'string' ? splitList(entry) : notImplemented('load() with a non-string array entry'),
    );
  }
  if (typeof option === 'object') {
    const record = option as Readonly<Record<string, unknown>>;
    if ('select' in record || 'expand' in record) {
      const extra = Object.keys(record).filter((key) => key !== 'select' && key !== 'expand');
      if (extra.length > 0) notImplemented(`load() option ${extra.join(', ')}`);
      return [...loadPaths(record.select), ...loadPaths(record.expand)];
    }
    return Object.entries(record).flatMap(([key, value]): string[] => {
      if (key.startsWith('$')) return notImplemented(`load() option ${key}`);
      if (value === true) return [key];
      if (value === false || value === undefined) return [];
      if (typeof value === 'object' && value !== null) {
        const nested = loadPaths(value);
        return nested.length === 0 ? [key] : nested.map((path) => `${key}/${path}`);
      }
      return notImplemented(`load() option ${key}: ${typeof value}`);
    });
  }
  return notImplemented(`load(${typeof option})`);
}

let loadTickets = 0;

function isDeletable(target: unknown): target is Deletable {
  return typeof target === 'object' && target !== null && 'deleted' in target;
}

/** Deleted, or part of a deleted sheet, chart or table (a range on a deleted sheet, a series of a deleted chart). */
function isGone(target: unknown): boolean {
  if (typeof target !== 'object' || target === null) return false;
  if (isDeletable(target) && target.deleted) return true;
  const owners = target as { readonly sheet?: unknown; readonly chart?: unknown; readonly table?: unknown };
  return [owners.sheet, owners.chart, owners.table].some((owner) => isDeletable(owner) && owner.deleted);
}

/**
 * The base of every proxy: a path (for the request log), a resolver that finds the object's
 * target in the model when a batch runs (memoised, like an object reference inside Excel), the
 * properties loaded by earlier syncs, and whether the object turned out to be a null object.
 */
export abstract class ClientObject<T> implements Queryable {
  private readonly loaded = new Map<string, unknown>();
  /** Property → ticket of its newest load() whose sync has not completed: unreadable meanwhile. */
  private readonly pending = new Map<string, number>();
  private nullState: boolean | undefined = undefined;
  private resolution: { readonly target: T | null } | undefined = undefined;

  constructor(
    protected readonly host: Host,
    readonly typeName: string,
    readonly path: string,
    private readonly resolver: () => T | null,
  ) {}

  get context(): Excel.RequestContext {
    return this.host.requestContext;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded(this.typeName, 'isNullObject');
    return this.nullState;
  }

  /** Scalar properties load() can fetch, and how to read them from the target. */
  protected properties(): PropertyTable<T> {
    return {};
  }

  /** Navigation properties a load path may pass through ('format/font/bold'). */
  protected child(_name: string): Loadable | undefined {
    return undefined;
  }

  propertyNames(): readonly string[] {
    return Object.keys(this.properties());
  }

  load(option?: unknown): this {
    const paths = loadPaths(option);
    const own = new Set<string>();
    for (const path of paths.length === 0 ? this.propertyNames() : paths) {
      const [head = '', ...rest] = path.split('/').map((part) => part.trim());
      const nested = this.child(head);
      if (nested) {
        nested.load(rest.length > 0 ? rest.join('/') : undefined);
      } else if (head === 'isNullObject') {
        // Every query tells whether the object exists.
      } else if (rest.length > 0 || !(head in this.properties())) {
        notImplemented(`${this.typeName}.load('${path}')`);
      } else {
        own.add(head);
      }
    }
    const properties = [...own];
    const ticket = this.expect(properties);
    this.host.enqueue({
      request: { load: this.path, select: properties },
      what: `${this.typeName}.load`,
      apply: (run) => this.queryAt(run, properties, ticket),
    });
    return this;
  }

  /** Runs a query inside a batch; the result becomes readable when the whole batch succeeded. */
  queryAt(run: BatchRun, properties: readonly string[], ticket?: number): void {
    const target = this.resolve();
    const table = this.properties();
    const snapshot = new Map<string, unknown>();
    if (target !== null) {
      for (const property of properties) {
        const spec = table[property];
        if (!spec) continue;
        this.host.requireApi(spec.since, `${this.typeName}.${property}`);
        snapshot.set(property, spec.read(target));
      }
    }
    run.responseBytes += jsonBytes(Object.fromEntries(snapshot));
    run.commits.push(() => {
      this.nullState = target === null;
      for (const property of properties) this.settle(property, snapshot.get(property), ticket);
    });
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }

  /** The target inside a running batch; null for a null object. */
  resolve(): T | null {
    this.resolution ??= { target: this.resolver() };
    const target = this.resolution.target;
    if (isGone(target)) throw itemNotFound(`the ${this.typeName} was deleted`, this.typeName);
    return target;
  }

  /** The target of a write or method call: real Excel fails the batch on a null object. */
  protected existing(member: string): T {
    const target = this.resolve();
    if (target === null) {
      throw itemNotFound(`${this.typeName}.${member} on a null object (check isNullObject first)`, this.typeName);
    }
    return target;
  }

  protected read<V>(property: string): V {
    if (this.pending.has(property) || (this.nullState !== true && !this.loaded.has(property))) {
      throw propertyNotLoaded(this.typeName, property);
    }
    return (this.nullState === true ? undefined : this.loaded.get(property)) as V;
  }

  /**
   * Marks properties as loading: stricter than Office.js, which would go on returning the value
   * of an earlier load, a property is unreadable from load() until the sync that fulfils it.
   */
  protected expect(properties: readonly string[]): number {
    loadTickets += 1;
    for (const property of properties) this.pending.set(property, loadTickets);
    return loadTickets;
  }

  /** Stores a loaded value; the property is readable again once its newest load has landed. */
  protected settle(property: string, value: unknown, ticket: number | undefined): void {
    this.loaded.set(property, value);
    if (ticket !== undefined && this.pending.get(property) === ticket) this.pending.delete(property);
  }

  /** Queues a property write; as in Office.js the proxy returns the assigned value from then on. */
  protected assign(property: string, value: unknown, apply: (target: T, run: BatchRun) => void, since?: string): void {
    this.loaded.set(property, value);
    this.pending.delete(property);
    this.host.enqueue({
      request: { set: `${this.path}.${property}`, value },
      what: `${this.typeName}.${property}`,
      since,
      apply: (run) => apply(this.existing(property), run),
    });
  }

  protected invoke(
    method: string,
    args: readonly unknown[],
    apply: (target: T, run: BatchRun) => void,
    since?: string,
  ): void {
    this.host.enqueue({
      request: { call: `${this.path}.${method}`, args: args.map(argumentJson) },
      what: `${this.typeName}.${method}`,
      since,
      apply: (run) => apply(this.existing(method), run),
    });
  }
}

export function argumentJson(arg: unknown): unknown {
  return arg instanceof ClientObject ? { object: arg.path } : arg;
}

/** A slot an add() operation fills when its batch runs; the returned proxy resolves to it. */
export class Created<M> {
  model: M | undefined = undefined;

  constructor(private readonly what: string) {}

  get(): M {
    if (this.model === undefined)
      throw new Error(`fake: ${this.what} is used, but the batch that creates it never ran`);
    return this.model;
  }
}

/** A collection: `items` after load('items/…'), or load('name') which Office.js reads as items/name. */
export abstract class Collection<P extends Queryable, M, C> extends ClientObject<C> {
  private readonly proxies = new Map<M, P>();

  protected abstract list(container: C): readonly M[];
  protected abstract wrap(model: M): P;

  get items(): P[] {
    return this.read<P[]>('items');
  }

  protected item(model: M): P {
    let proxy = this.proxies.get(model);
    if (!proxy) {
      proxy = this.wrap(model);
      this.proxies.set(model, proxy);
    }
    return proxy;
  }

  override load(option?: unknown): this {
    const paths = loadPaths(option).map((path) => path.replace(/^items\/?/, ''));
    const loadAll = paths.length === 0 || paths.includes('');
    const sample = this.sampleItemProperties();
    const properties = loadAll ? sample : paths;
    for (const property of properties) {
      if (property.includes('/') || !sample.includes(property))
        notImplemented(`${this.typeName}.load('items/${property}')`);
    }
    const ticket = this.expect(['items']);
    this.host.enqueue({
      request: { load: this.path, select: properties.map((p) => `items/${p}`) },
      what: `${this.typeName}.load`,
      apply: (run) => {
        const container = this.resolve();
        const proxies = container === null ? [] : this.list(container).map((model) => this.item(model));
        for (const proxy of proxies) proxy.queryAt(run, properties);
        run.commits.push(() => this.settle('items', proxies, ticket));
      },
    });
    return this;
  }

  /** The loadable properties of this collection's items. */
  protected abstract sampleItemProperties(): readonly string[];
}
