// A typed in-memory double of the Excel objects IJkpunt's adapter uses, with Office.js's batch
// model: properties are readable only after load() and sync(), writes apply at sync(), every
// sync is counted with the bytes of its batch, and a sync can be made to fail. Formulas are
// stored (R1C1 converted to A1) but not evaluated: tests evaluate them with HyperFormula.
import { a1, parseA1 } from '../../src/engine/address';

type Scalar = number | string | boolean | null;

interface CellState {
  value: Scalar;
  formula: string | null;
  numberFormat: string;
  bold: boolean;
  fill: string | null;
  fontColor: string | null;
}

interface Box {
  top: number; // 1-based
  left: number; // 0-based
  bottom: number;
  right: number;
}

interface ChartRecord {
  name: string;
  type: string;
  source: string;
  title: string;
  position: { startCell: string; endCell: string | undefined } | null;
  pointColours: Record<number, string>;
}

interface CfRecord {
  address: string;
  type: string;
  formula: string;
  fill: string | null;
  fontColor: string | null;
}

interface SheetState {
  name: string;
  id: string;
  cells: Map<string, CellState>;
  charts: ChartRecord[];
  cfs: CfRecord[];
  tables: { name: string; box: Box }[];
  handlers: Handler[];
}

type Handler = (event: {
  address: string;
  worksheetId: string;
  changeType: string;
  source: string;
  triggerSource: string;
  details: { valueBefore: Scalar; valueAfter: Scalar } | undefined;
}) => unknown;

function key(row: number, col: number): string {
  return `${row},${col}`;
}

function box(address: string): Box {
  const bare = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [from = '', to = from] = bare.replace(/\$/g, '').split(':');
  const f = parseA1(from);
  const t = parseA1(to);
  if (!f || !t) throw new Error(`InvalidArgument: bad address ${address}`);
  return {
    top: Math.min(f.row, t.row),
    bottom: Math.max(f.row, t.row),
    left: Math.min(f.col, t.col),
    right: Math.max(f.col, t.col),
  };
}

function boxAddress(b: Box): string {
  const from = a1(b.left, b.top);
  const to = a1(b.right, b.bottom);
  return from === to ? from : `${from}:${to}`;
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** R1C1 (relative to the cell at row/col) to A1, leaving quoted text and names alone. */
export function r1c1ToA1(formula: string, row: number, col: number): string {
  const reference = /(?<![A-Za-z0-9_.])R(\[-?\d+\]|\d+)?C(\[-?\d+\]|\d+)?(?![A-Za-z0-9_(])/g;
  const resolve = (part: string | undefined, here: number): { n: number; absolute: boolean } => {
    if (part === undefined) return { n: here, absolute: false };
    if (part.startsWith('[')) return { n: here + Number(part.slice(1, -1)), absolute: false };
    return { n: Number(part), absolute: true };
  };
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((piece, i) =>
      i % 2 === 1
        ? piece
        : piece.replace(reference, (_m, r: string | undefined, c: string | undefined) => {
            const rr = resolve(r, row);
            const cc = resolve(c, col + 1);
            return `${cc.absolute ? '$' : ''}${a1(cc.n - 1, 1).replace(/\d+$/, '')}${rr.absolute ? '$' : ''}${rr.n}`;
          }),
    )
    .join('');
}

class Batch {
  ops: { payload: unknown; apply: () => void }[] = [];
  loads: { target: Loadable; props: string[] }[] = [];
}

abstract class Loadable {
  private readonly loadedValues = new Map<string, unknown>();
  private readonly pending = new Set<string>();

  constructor(protected readonly world: World) {}

  load(props?: string | string[] | { select?: string }): this {
    const list =
      typeof props === 'string'
        ? props.split(',')
        : Array.isArray(props)
          ? props
          : typeof props?.select === 'string'
            ? props.select.split(',')
            : [];
    for (const raw of list) {
      const prop = raw.trim();
      if (prop) this.pending.add(prop);
    }
    this.world.batch.loads.push({ target: this, props: [...this.pending] });
    return this;
  }

  /** Called at sync: read the requested properties from the current state. */
  resolveLoads(props: readonly string[]): void {
    for (const prop of props) {
      this.loadedValues.set(prop, this.read(prop));
      this.pending.delete(prop);
    }
  }

  protected loaded<T>(prop: string): T {
    if (!this.loadedValues.has(prop)) {
      throw new Error(`PropertyNotLoaded: '${prop}' was not loaded and synced before it was read.`);
    }
    return this.loadedValues.get(prop) as T;
  }

  protected abstract read(prop: string): unknown;

  protected queue(payload: unknown, apply: () => void): void {
    this.world.batch.ops.push({ payload, apply });
  }
}

class World {
  sheets: SheetState[] = [];
  active = '';
  selected = 'A1';
  names = new Map<string, string>();
  settings = new Map<string, string>();
  batch = new Batch();
  syncs = 0;
  requests: { bytes: number }[] = [];
  failures = new Map<number, Error>();
  enableEvents = true;
  calculationSuspendedBatches = 0;
  supported = '1.7';
  changed: { sheet: SheetState; address: string }[] = [];

  sheet(name: string): SheetState {
    const sheet = this.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`ItemNotFound: worksheet ${name}`);
    return sheet;
  }

  cell(sheet: SheetState, row: number, col: number): CellState {
    let cell = sheet.cells.get(key(row, col));
    if (!cell) {
      cell = { value: null, formula: null, numberFormat: 'General', bold: false, fill: null, fontColor: null };
      sheet.cells.set(key(row, col), cell);
    }
    return cell;
  }

  peek(sheet: SheetState, row: number, col: number): CellState | undefined {
    return sheet.cells.get(key(row, col));
  }

  isSupported(version: string): boolean {
    const [major = 0, minor = 0] = version.split('.').map(Number);
    const [smajor = 0, sminor = 0] = this.supported.split('.').map(Number);
    return major < smajor || (major === smajor && minor <= sminor);
  }

  async sync(): Promise<void> {
    this.syncs += 1;
    const batch = this.batch;
    this.batch = new Batch();
    const bytes = JSON.stringify(batch.ops.map((op) => op.payload)).length;
    this.requests.push({ bytes });
    const failure = this.failures.get(this.syncs);
    if (failure) throw failure;
    this.changed = [];
    for (const op of batch.ops) op.apply();
    for (const load of batch.loads) load.target.resolveLoads(load.props);
    for (const { sheet, address } of this.changed) {
      for (const handler of sheet.handlers) {
        void handler({
          address,
          worksheetId: sheet.id,
          changeType: 'RangeEdited',
          source: 'Local',
          triggerSource: 'ThisLocalAddin',
          details: undefined,
        });
      }
    }
  }
}

type Grid = unknown[][] | Scalar;

class FakeRange extends Loadable {
  readonly format: {
    font: { bold: boolean; color: string };
    fill: { color: string; clear: () => void };
  };
  readonly conditionalFormats: {
    add: (type: string) => FakeConditionalFormat;
    clearAll: () => void;
  };

  constructor(
    world: World,
    readonly sheetState: SheetState,
    readonly area: Box,
  ) {
    super(world);
    const set = (what: 'bold' | 'fill' | 'fontColor', value: boolean | string | null) =>
      this.queue({ format: what, address: boxAddress(area), value }, () =>
        this.each((cell) => {
          if (what === 'bold') cell.bold = value === true;
          else if (what === 'fill') cell.fill = value as string | null;
          else cell.fontColor = value as string | null;
        }),
      );
    const loaded = <T>(prop: string): T => this.loaded<T>(prop);
    this.format = {
      font: {
        set bold(value: boolean) {
          set('bold', value);
        },
        get bold(): boolean {
          return loaded<boolean>('format/font/bold');
        },
        set color(value: string) {
          set('fontColor', value);
        },
        get color(): string {
          return loaded<string>('format/font/color');
        },
      },
      fill: {
        set color(value: string) {
          set('fill', value);
        },
        get color(): string {
          return loaded<string>('format/fill/color');
        },
        clear: () => set('fill', null),
      },
    };
    this.conditionalFormats = {
      add: (type: string) => {
        const record: CfRecord = { address: boxAddress(area), type, formula: '', fill: null, fontColor: null };
        this.queue({ cf: 'add', address: record.address }, () => this.sheetState.cfs.push(record));
        return new FakeConditionalFormat(world, record);
      },
      clearAll: () =>
        this.queue({ cf: 'clearAll', address: boxAddress(area) }, () => {
          this.sheetState.cfs = this.sheetState.cfs.filter((cf) => !overlaps(box(cf.address), area));
        }),
    };
  }

  private each(apply: (cell: CellState, row: number, col: number) => void): void {
    for (let row = this.area.top; row <= this.area.bottom; row += 1) {
      for (let col = this.area.left; col <= this.area.right; col += 1)
        apply(this.world.cell(this.sheetState, row, col), row, col);
    }
  }

  private get rows(): number {
    return this.area.bottom - this.area.top + 1;
  }

  private get cols(): number {
    return this.area.right - this.area.left + 1;
  }

  /** A 2-D array of the range's size, or one scalar for every cell. */
  private shaped(value: Grid): (r: number, c: number) => unknown {
    if (!Array.isArray(value)) return () => value;
    if (value.length !== this.rows || value.some((row) => !Array.isArray(row) || row.length !== this.cols)) {
      throw new Error(`InvalidArgument: the dimensions of the array do not match the range ${boxAddress(this.area)}.`);
    }
    return (r, c) => (value[r] as unknown[])[c];
  }

  private write(kind: 'values' | 'formulas' | 'formulasR1C1' | 'numberFormat', value: Grid): void {
    const at = this.shaped(value);
    const address = boxAddress(this.area);
    this.queue({ set: kind, address, value }, () => {
      this.each((cell, row, col) => {
        const v = at(row - this.area.top, col - this.area.left);
        if (kind === 'numberFormat') {
          cell.numberFormat = String(v);
          return;
        }
        const text = typeof v === 'string' ? v : null;
        if (kind !== 'values' && text !== null && text.startsWith('=')) {
          cell.formula = kind === 'formulasR1C1' ? r1c1ToA1(text, row, col) : text;
          cell.value = null;
        } else {
          cell.formula = null;
          cell.value = v === '' || v === undefined ? null : (v as Scalar);
        }
      });
      if (this.world.enableEvents) this.world.changed.push({ sheet: this.sheetState, address });
    });
  }

  set values(value: unknown[][]) {
    this.write('values', value as Grid);
  }
  get values(): unknown[][] {
    return this.loaded('values');
  }
  set formulas(value: unknown[][]) {
    this.write('formulas', value as Grid);
  }
  get formulas(): unknown[][] {
    return this.loaded('formulas');
  }
  set formulasR1C1(value: unknown[][]) {
    this.write('formulasR1C1', value as Grid);
  }
  get formulasR1C1(): unknown[][] {
    return this.loaded('formulasR1C1');
  }
  set numberFormat(value: unknown[][]) {
    this.write('numberFormat', value as Grid);
  }
  get numberFormat(): unknown[][] {
    return this.loaded('numberFormat');
  }
  get valueTypes(): string[][] {
    return this.loaded('valueTypes');
  }
  get address(): string {
    return this.loaded('address');
  }
  get rowIndex(): number {
    return this.loaded('rowIndex');
  }
  get columnIndex(): number {
    return this.loaded('columnIndex');
  }
  get rowCount(): number {
    return this.loaded('rowCount');
  }
  get columnCount(): number {
    return this.loaded('columnCount');
  }

  protected read(prop: string): unknown {
    const grid = (pick: (cell: CellState | undefined) => unknown) =>
      Array.from({ length: this.rows }, (_, r) =>
        Array.from({ length: this.cols }, (_, c) =>
          pick(this.world.peek(this.sheetState, this.area.top + r, this.area.left + c)),
        ),
      );
    switch (prop) {
      case 'values':
        return grid((cell) => cell?.value ?? '');
      case 'formulas':
        return grid((cell) => cell?.formula ?? cell?.value ?? '');
      case 'numberFormat':
        return grid((cell) => cell?.numberFormat ?? 'General');
      case 'valueTypes':
        return grid((cell) =>
          cell?.value === null || cell?.value === undefined
            ? 'Empty'
            : typeof cell.value === 'number'
              ? 'Double'
              : typeof cell.value === 'boolean'
                ? 'Boolean'
                : 'String',
        );
      case 'address':
        return `${quoteSheet(this.sheetState.name)}!${boxAddress(this.area)}`;
      case 'rowIndex':
        return this.area.top - 1;
      case 'columnIndex':
        return this.area.left;
      case 'rowCount':
        return this.rows;
      case 'columnCount':
        return this.cols;
      default:
        throw new Error(`not implemented in fake: Range.${prop}`);
    }
  }

  clear(_applyTo?: string): void {
    this.queue({ clear: boxAddress(this.area) }, () => {
      for (let row = this.area.top; row <= this.area.bottom; row += 1) {
        for (let col = this.area.left; col <= this.area.right; col += 1) this.sheetState.cells.delete(key(row, col));
      }
      if (this.world.enableEvents) this.world.changed.push({ sheet: this.sheetState, address: boxAddress(this.area) });
    });
  }

  getBoundingRect(other: FakeRange): FakeRange {
    const b: Box = {
      top: Math.min(this.area.top, other.area.top),
      left: Math.min(this.area.left, other.area.left),
      bottom: Math.max(this.area.bottom, other.area.bottom),
      right: Math.max(this.area.right, other.area.right),
    };
    return new FakeRange(this.world, this.sheetState, b);
  }
}

function overlaps(a: Box, b: Box): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

class FakeConditionalFormat {
  readonly custom: { rule: { formula: string }; format: { fill: { color: string }; font: { color: string } } };
  constructor(world: World, record: CfRecord) {
    const queue = (payload: unknown, apply: () => void) => world.batch.ops.push({ payload, apply });
    this.custom = {
      rule: {
        set formula(value: string) {
          queue({ cfFormula: value }, () => (record.formula = value));
        },
        get formula(): string {
          throw new Error('not implemented in fake: reading a conditional format');
        },
      },
      format: {
        fill: {
          set color(value: string) {
            queue({ cfFill: value }, () => (record.fill = value));
          },
          get color(): string {
            throw new Error('not implemented in fake: reading a conditional format');
          },
        },
        font: {
          set color(value: string) {
            queue({ cfFont: value }, () => (record.fontColor = value));
          },
          get color(): string {
            throw new Error('not implemented in fake: reading a conditional format');
          },
        },
      },
    };
  }
}

/** Named items, settings and charts fetched with getItemOrNullObject. */
class FakeItem extends Loadable {
  constructor(
    world: World,
    private readonly exists: () => boolean,
    private readonly props: Record<string, () => unknown>,
    private readonly remove: () => void,
    private readonly description: string,
  ) {
    super(world);
  }
  protected read(prop: string): unknown {
    if (prop === 'isNullObject') return !this.exists();
    const getter = this.props[prop];
    if (!getter) throw new Error(`not implemented in fake: ${this.description}.${prop}`);
    return this.exists() ? getter() : null;
  }
  /** Loading any property also makes isNullObject readable, as in Office.js. */
  override resolveLoads(props: readonly string[]): void {
    super.resolveLoads([...props, 'isNullObject']);
  }
  get isNullObject(): boolean {
    return this.loaded('isNullObject');
  }
  get name(): string {
    return this.loaded('name');
  }
  get value(): unknown {
    return this.loaded('value');
  }
  get key(): string {
    return this.loaded('key');
  }
  delete(): void {
    this.queue({ delete: this.description }, () => {
      if (!this.exists()) throw new Error(`ItemNotFound: ${this.description}`);
      this.remove();
    });
  }
}

class FakeSettings extends Loadable {
  private snapshotItems: { key: string; value: unknown }[] | null = null;
  protected read(prop: string): unknown {
    if (prop === 'items/key' || prop === 'items/value' || prop === 'items/key, items/value') {
      return [...this.world.settings.entries()].map(([k, v]) => ({ key: k, value: v }));
    }
    throw new Error(`not implemented in fake: Settings.${prop}`);
  }
  override resolveLoads(props: readonly string[]): void {
    super.resolveLoads(props);
    this.snapshotItems = [...this.world.settings.entries()].map(([k, v]) => ({ key: k, value: v }));
  }
  get items(): { key: string; value: unknown }[] {
    this.loaded('items/key');
    return this.snapshotItems ?? [];
  }
  add(k: string, value: string): void {
    this.queue({ setting: k, value }, () => this.world.settings.set(k, value));
  }
  getItem(k: string): FakeItem {
    return this.getItemOrNullObject(k);
  }
  getItemOrNullObject(k: string): FakeItem {
    return new FakeItem(
      this.world,
      () => this.world.settings.has(k),
      { key: () => k, value: () => this.world.settings.get(k) },
      () => this.world.settings.delete(k),
      `setting ${k}`,
    );
  }
}

class FakeChart {
  readonly title: { text: string };
  readonly series: {
    getItemAt: (i: number) => {
      points: { getItemAt: (j: number) => { format: { fill: { setSolidColor: (c: string) => void } } } };
    };
  };
  constructor(
    private readonly world: World,
    private readonly record: ChartRecord,
  ) {
    const queue = (payload: unknown, apply: () => void) => world.batch.ops.push({ payload, apply });
    this.title = {
      set text(value: string) {
        queue({ chartTitle: value }, () => (record.title = value));
      },
      get text(): string {
        throw new Error('not implemented in fake: reading a chart title');
      },
    };
    this.series = {
      getItemAt: () => ({
        points: {
          getItemAt: (j: number) => ({
            format: {
              fill: { setSolidColor: (c: string) => queue({ point: j, c }, () => (record.pointColours[j] = c)) },
            },
          }),
        },
      }),
    };
  }
  set name(value: string) {
    this.world.batch.ops.push({ payload: { chartName: value }, apply: () => (this.record.name = value) });
  }
  setPosition(startCell: string, endCell?: string): void {
    this.world.batch.ops.push({
      payload: { startCell, endCell },
      apply: () => (this.record.position = { startCell, endCell }),
    });
  }
}

class FakeWorksheet extends Loadable {
  readonly charts: {
    add: (type: string, source: FakeRange, seriesBy?: string) => FakeChart;
    getItemOrNullObject: (name: string) => FakeItem;
  };
  readonly tables: FakeTables;
  readonly onChanged: { add: (handler: Handler) => { remove: () => void; context: { sync: () => Promise<void> } } };

  constructor(
    world: World,
    private readonly resolveSheet: () => SheetState,
  ) {
    super(world);
    this.charts = {
      add: (type, source) => {
        const record: ChartRecord = {
          name: '',
          type,
          source: boxAddress(source.area),
          title: '',
          position: null,
          pointColours: {},
        };
        this.queue({ chart: type, source: record.source }, () => this.resolveSheet().charts.push(record));
        return new FakeChart(world, record);
      },
      getItemOrNullObject: (name) =>
        new FakeItem(
          world,
          () => this.resolveSheet().charts.some((c) => c.name === name),
          { name: () => name },
          () => {
            const sheet = this.resolveSheet();
            sheet.charts = sheet.charts.filter((c) => c.name !== name);
          },
          `chart ${name}`,
        ),
    };
    this.tables = new FakeTables(world, () => this.resolveSheet());
    this.onChanged = {
      add: (handler) => {
        this.resolveSheet().handlers.push(handler);
        return {
          remove: () => {
            const sheet = this.resolveSheet();
            sheet.handlers = sheet.handlers.filter((h) => h !== handler);
          },
          context: { sync: () => world.sync() },
        };
      },
    };
  }
  protected read(prop: string): unknown {
    if (prop === 'name') return this.resolveSheet().name;
    if (prop === 'id') return this.resolveSheet().id;
    throw new Error(`not implemented in fake: Worksheet.${prop}`);
  }
  get name(): string {
    return this.loaded('name');
  }
  getRange(address: string): FakeRange {
    return new FakeRange(this.world, this.resolveSheet(), box(address));
  }
  getUsedRange(_valuesOnly?: boolean): FakeRange {
    const sheet = this.resolveSheet();
    // Resolved at sync time: the used area may change within the batch.
    const used = (): Box => {
      let b: Box | null = null;
      for (const [k, cell] of sheet.cells) {
        if (cell.value === null && cell.formula === null) continue;
        const [row = 1, col = 0] = k.split(',').map(Number);
        b = b
          ? {
              top: Math.min(b.top, row),
              bottom: Math.max(b.bottom, row),
              left: Math.min(b.left, col),
              right: Math.max(b.right, col),
            }
          : { top: row, bottom: row, left: col, right: col };
      }
      return b ?? { top: 1, bottom: 1, left: 0, right: 0 };
    };
    return new FakeRange(this.world, sheet, used());
  }
}

class FakeTable {
  constructor(
    private readonly world: World,
    private readonly sheet: SheetState,
    private readonly table: { name: string; box: Box },
  ) {}
  get name(): string {
    return this.table.name;
  }
  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.world, () => this.sheet);
  }
  getRange(): FakeRange {
    return new FakeRange(this.world, this.sheet, this.table.box);
  }
}

class FakeTables extends Loadable {
  private snapshot: { name: string }[] = [];
  constructor(
    world: World,
    private readonly resolveSheet: () => SheetState,
  ) {
    super(world);
  }
  protected read(prop: string): unknown {
    if (prop === 'items/name') return this.resolveSheet().tables.map((t) => ({ name: t.name }));
    throw new Error(`not implemented in fake: Tables.${prop}`);
  }
  override resolveLoads(props: readonly string[]): void {
    super.resolveLoads(props);
    this.snapshot = this.resolveSheet().tables.map((t) => ({ name: t.name }));
  }
  get items(): { name: string }[] {
    this.loaded('items/name');
    return this.snapshot;
  }
}

export interface FakeInit {
  readonly sheets: readonly {
    name: string;
    cells?: Record<string, number | string | boolean>;
    tables?: readonly { name: string; range: string }[];
  }[];
  readonly active?: string;
  readonly selected?: string;
  readonly requirementSets?: string;
}

export function createFake(init: FakeInit) {
  const world = new World();
  world.supported = init.requirementSets ?? '1.7';
  init.sheets.forEach((spec, i) => {
    const sheet: SheetState = {
      name: spec.name,
      id: `{sheet-${i + 1}}`,
      cells: new Map(),
      charts: [],
      cfs: [],
      tables: [],
      handlers: [],
    };
    for (const [address, value] of Object.entries(spec.cells ?? {})) {
      const ref = parseA1(address);
      if (!ref) throw new Error(`bad address ${address}`);
      const cell = world.cell(sheet, ref.row, ref.col);
      if (typeof value === 'string' && value.startsWith('=')) cell.formula = value;
      else cell.value = value;
    }
    sheet.tables = (spec.tables ?? []).map((t) => ({ name: t.name, box: box(t.range) }));
    world.sheets.push(sheet);
  });
  world.active = init.active ?? init.sheets[0]?.name ?? '';
  world.selected = init.selected ?? 'A1';

  const activeSheet = () => world.sheet(world.active);
  const settings = new FakeSettings(world);
  const workbook = {
    worksheets: {
      getActiveWorksheet: () => new FakeWorksheet(world, activeSheet),
      getItem: (name: string) => new FakeWorksheet(world, () => world.sheet(name)),
    },
    getSelectedRange: () => new FakeRange(world, activeSheet(), box(world.selected)),
    tables: {
      getItem: (name: string) => {
        for (const sheet of world.sheets) {
          const table = sheet.tables.find((t) => t.name === name);
          if (table) return new FakeTable(world, sheet, table);
        }
        throw new Error(`ItemNotFound: table ${name}`);
      },
    },
    names: {
      add: (name: string, reference: string) =>
        world.batch.ops.push({ payload: { name, reference }, apply: () => world.names.set(name, reference) }),
      getItemOrNullObject: (name: string) =>
        new FakeItem(
          world,
          () => world.names.has(name),
          { name: () => name },
          () => world.names.delete(name),
          `name ${name}`,
        ),
    },
    settings,
  };
  const context = {
    workbook,
    application: {
      suspendApiCalculationUntilNextSync: () =>
        world.batch.ops.push({
          payload: { suspendCalculation: true },
          apply: () => (world.calculationSuspendedBatches += 1),
        }),
    },
    runtime: {
      set enableEvents(value: boolean) {
        world.batch.ops.push({ payload: { enableEvents: value }, apply: () => (world.enableEvents = value) });
      },
      get enableEvents(): boolean {
        return world.enableEvents;
      },
    },
    sync: () => world.sync(),
  };

  const previousOffice = (globalThis as { Office?: unknown }).Office;
  (globalThis as { Office?: unknown }).Office = {
    context: { requirements: { isSetSupported: (_name: string, version: string) => world.isSupported(version) } },
  };

  const fake = {
    get syncs() {
      return world.syncs;
    },
    get requests() {
      return world.requests;
    },
    get maxRequestBytes() {
      return Math.max(0, ...world.requests.map((r) => r.bytes));
    },
    get calculationSuspendedBatches() {
      return world.calculationSuspendedBatches;
    },
    get names(): Record<string, string> {
      return Object.fromEntries(world.names);
    },
    get settings(): Record<string, string> {
      return Object.fromEntries(world.settings);
    },
    cell(sheet: string, address: string) {
      const ref = parseA1(address);
      if (!ref) throw new Error(`bad address ${address}`);
      const cell = world.peek(world.sheet(sheet), ref.row, ref.col);
      return {
        value: cell?.value ?? null,
        formula: cell?.formula ?? null,
        numberFormat: cell?.numberFormat ?? 'General',
        bold: cell?.bold ?? false,
        fill: cell?.fill ?? null,
        fontColor: cell?.fontColor ?? null,
      };
    },
    /** Raw contents from A1 to the last used cell: formulas as '=…', else values. */
    sheetFormulas(sheet: string): Scalar[][] {
      const state = world.sheet(sheet);
      let rows = 0;
      let cols = 0;
      for (const [k, cell] of state.cells) {
        if (cell.value === null && cell.formula === null) continue;
        const [row = 1, col = 0] = k.split(',').map(Number);
        rows = Math.max(rows, row);
        cols = Math.max(cols, col + 1);
      }
      return Array.from({ length: rows }, (_, r) =>
        Array.from({ length: cols }, (_, c) => {
          const cell = world.peek(state, r + 1, c);
          return cell?.formula ?? cell?.value ?? null;
        }),
      );
    },
    charts: (sheet: string) => world.sheet(sheet).charts.map((c) => ({ ...c })),
    conditionalFormats: (sheet: string) => world.sheet(sheet).cfs.map((c) => ({ ...c })),
    failOnSync(n: number, error: Error) {
      world.failures.set(n, error);
    },
    setSupported(version: string) {
      world.supported = version;
    },
    /** A user's edit: sets the cell and fires onChanged as Excel does (details for one cell). */
    edit(sheet: string, address: string, value: Scalar) {
      const state = world.sheet(sheet);
      const ref = parseA1(address);
      if (!ref) throw new Error(`bad address ${address}`);
      const cell = world.cell(state, ref.row, ref.col);
      const before = cell.value;
      cell.value = value;
      cell.formula = null;
      for (const handler of state.handlers) {
        void handler({
          address,
          worksheetId: state.id,
          changeType: 'RangeEdited',
          source: 'Local',
          triggerSource: 'Unknown',
          details: { valueBefore: before, valueAfter: value },
        });
      }
    },
    dispose() {
      (globalThis as { Office?: unknown }).Office = previousOffice;
    },
  };
  return { context: context as unknown as Excel.RequestContext, fake };
}
