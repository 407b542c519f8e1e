// Tables: the collections of a sheet, the workbook and a range, one table and its columns.

import { insideGrid, intersects, type Rect, rectSize } from './addresses';
import { hasContent, valueOf } from './cells';
import { invalidArgument, itemNotFound, notImplemented } from './errors';
import type { Host } from './host';
import { type RangeTarget, SheetModel, type TableModel, type WorkbookModel } from './model';
import { argumentJson, ClientObject, Collection, Created, type Loadable, type PropertyTable } from './proxy';
import { FakeRange, rangeArgument, renameEmptyHeaders, writeContent } from './ranges';
import type { FakeWorkbook } from './workbook';
import { FakeWorksheet } from './worksheets';

/** The tables of one sheet (worksheet.tables) or of the whole workbook (workbook.tables). */
export class FakeTableCollection extends Collection<FakeTable, TableModel, SheetModel | WorkbookModel> {
  constructor(host: Host, owner: FakeWorksheet | FakeWorkbook) {
    super(host, 'TableCollection', `${owner.path}.tables`, () => owner.resolve());
  }

  protected list(scope: SheetModel | WorkbookModel): readonly TableModel[] {
    const tables = scope instanceof SheetModel ? scope.tables : scope.sheets.flatMap((sheet) => sheet.tables);
    return tables.filter((table) => !table.deleted);
  }

  protected wrap(table: TableModel): FakeTable {
    return this.host.make(new FakeTable(this.host, `${this.path}[${table.id}]`, () => table));
  }

  protected sampleItemProperties(): readonly string[] {
    return ['name', 'id'];
  }

  /** TableCollection.add (ExcelApi 1.1; a Range argument from 1.3): see addTable. */
  add(address: unknown, hasHeaders: boolean): FakeTable {
    return addTable(this.host, this, address, hasHeaders);
  }

  getItem(key: string): FakeTable {
    return this.host.make(
      new FakeTable(this.host, `${this.path}.getItem(${JSON.stringify(key)})`, () => {
        const scope = this.resolve();
        const lower = key.toLowerCase();
        const table = scope && this.list(scope).find((t) => t.name.toLowerCase() === lower || t.id === key);
        if (!table) throw itemNotFound(`the table '${key}' does not exist`, 'TableCollection.getItem');
        return table;
      }),
    );
  }
}

/**
 * "Creates a new table. The range object or source address determines the worksheet under which
 * the table will be added. If the table cannot be added (e.g., because the address is invalid,
 * or the table would overlap with another table), an error will be thrown."
 * (https://learn.microsoft.com/javascript/api/excel/excel.tablecollection#excel-excel-tablecollection-add-member(1)).
 * Named Table1, Table2 … as Excel's English UI does; only a range with its header row is modelled.
 */
function addTable(host: Host, tables: FakeTableCollection, address: unknown, hasHeaders: boolean): FakeTable {
  if (hasHeaders !== true) notImplemented('TableCollection.add without a header row');
  const created = new Created<TableModel>('a table');
  host.enqueue({
    request: { call: `${tables.path}.add`, args: [argumentJson(address), hasHeaders] },
    what: 'TableCollection.add',
    since: address instanceof FakeRange ? '1.3' : undefined,
    apply: () => {
      const scope = tables.resolve();
      const sheet = scope instanceof SheetModel ? scope : host.model.active;
      if (!sheet) throw itemNotFound('there is no worksheet for the table', 'TableCollection.add');
      const target = rangeArgument(address, sheet, 'TableCollection.add');
      if (target.rect.bottom === target.rect.top)
        throw invalidArgument('a table needs a header and a data row', 'TableCollection.add');
      const all = host.model.sheets.flatMap((each) => each.tables.filter((table) => !table.deleted));
      if (target.sheet.tables.some((table) => !table.deleted && intersects(table.rect, target.rect)))
        throw invalidArgument('a table cannot overlap another table', 'TableCollection.add');
      let n = 1;
      while (all.some((table) => table.name.toLowerCase() === `table${n}`)) n += 1;
      created.model = {
        id: host.model.newId(),
        name: `Table${n}`,
        sheet: target.sheet,
        rect: target.rect,
        deleted: false,
      };
      target.sheet.tables.push(created.model);
      renameEmptyHeaders(target.sheet);
    },
  });
  return host.make(new FakeTable(host, `${tables.path}.add()`, () => created.get()));
}

export class FakeRangeTableCollection extends Collection<FakeTable, TableModel, RangeTarget> {
  constructor(
    host: Host,
    range: FakeRange,
    private readonly fullyContained: boolean,
  ) {
    super(host, 'TableScopedCollection', `${range.path}.getTables(${String(fullyContained)})`, () => {
      host.requireApi('1.9', 'Range.getTables');
      return range.resolve();
    });
  }

  protected list({ sheet, rect }: RangeTarget): readonly TableModel[] {
    return sheet.tables.filter(
      (table) =>
        !table.deleted &&
        (this.fullyContained
          ? table.rect.top >= rect.top &&
            table.rect.bottom <= rect.bottom &&
            table.rect.left >= rect.left &&
            table.rect.right <= rect.right
          : intersects(table.rect, rect)),
    );
  }

  protected wrap(table: TableModel): FakeTable {
    return this.host.make(new FakeTable(this.host, `${this.path}[${table.id}]`, () => table));
  }

  protected sampleItemProperties(): readonly string[] {
    return ['name', 'id'];
  }
}

class FakeTable extends ClientObject<TableModel> {
  readonly columns: FakeTableColumnCollection;
  readonly worksheet: FakeWorksheet;

  constructor(host: Host, path: string, resolver: () => TableModel | null) {
    super(host, 'Table', path, resolver);
    this.columns = host.make(new FakeTableColumnCollection(host, this));
    this.worksheet = host.make(
      new FakeWorksheet(host, `${path}.worksheet`, () => {
        host.requireApi('1.2', 'Table.worksheet');
        return this.resolve()?.sheet ?? null;
      }),
    );
  }

  protected override child(name: string): Loadable | undefined {
    return name === 'worksheet' ? this.worksheet : undefined;
  }

  protected override properties(): PropertyTable<TableModel> {
    return { name: { read: (table) => table.name }, id: { read: (table) => table.id } };
  }

  get name(): string {
    return this.read('name');
  }
  set name(_value: string) {
    notImplemented('Table.name (renaming a table)');
  }

  get id(): string {
    return this.read('id');
  }

  private part(method: string, rows: (rect: Rect) => Rect): FakeRange {
    return this.host.make(
      new FakeRange(this.host, `${this.path}.${method}()`, () => {
        const table = this.resolve();
        return table && { sheet: table.sheet, rect: rows(table.rect) };
      }),
    );
  }

  getRange(): FakeRange {
    return this.part('getRange', (rect) => rect);
  }

  getHeaderRowRange(): FakeRange {
    return this.part('getHeaderRowRange', (rect) => ({ ...rect, bottom: rect.top }));
  }

  /** Excel's rules: the header stays in its row, the new range overlaps the old, no other table. */
  resize(newRange: unknown): void {
    this.invoke(
      'resize',
      [newRange],
      (table) => {
        const { rect } = rangeArgument(newRange, table.sheet, 'Table.resize');
        if (rect.top !== table.rect.top) throw invalidArgument('the header row of a table cannot move', 'Table.resize');
        if (!intersects(rect, table.rect))
          throw invalidArgument('the new range must overlap the table', 'Table.resize');
        if (table.sheet.tables.some((other) => other !== table && !other.deleted && intersects(other.rect, rect)))
          throw invalidArgument('the new range overlaps another table', 'Table.resize');
        table.rect = rect;
        renameEmptyHeaders(table.sheet);
      },
      '1.13',
    );
  }

  getDataBodyRange(): FakeRange {
    return this.part('getDataBodyRange', (rect) => ({ ...rect, top: rect.top + 1 }));
  }
}

interface ColumnTarget {
  readonly table: TableModel;
  readonly index: number;
}

class FakeTableColumnCollection extends ClientObject<TableModel> {
  constructor(host: Host, table: FakeTable) {
    super(host, 'TableColumnCollection', `${table.path}.columns`, () => table.resolve());
  }

  /** Appends a column at the right of the table: header `name` (or the first value), then the values. */
  add(index?: number | null, values?: unknown, name?: string): FakeTableColumn {
    const created = new Created<ColumnTarget>('a table column');
    this.invoke('add', [index ?? null, values ?? null, name ?? null], (table, run) => {
      const width = rectSize(table.rect).cols;
      if (index === undefined || index === null || index === -1)
        this.host.requireApi('1.4', 'TableColumnCollection.add without index');
      else if (index !== width) notImplemented('TableColumnCollection.add at an index inside the table');
      if (name !== undefined) this.host.requireApi('1.4', 'TableColumnCollection.add with a name');
      const rect = { ...table.rect, left: table.rect.right + 1, right: table.rect.right + 1 };
      if (!insideGrid(rect))
        throw invalidArgument('the table cannot grow past the last column', 'TableColumnCollection.add');
      const occupied = table.sheet.grid(rect, (cell) => hasContent(cell)).some(([filled]) => filled);
      if (occupied)
        notImplemented('TableColumnCollection.add next to cells that are not empty (Excel would shift them)');
      const target = { sheet: table.sheet, rect };
      run.contentChanging(table.sheet, rect);
      if (values !== undefined && values !== null)
        writeContent(null, target, 'values', values, 'TableColumnCollection.add');
      const header = name ?? (hasContent(table.sheet.cell(rect.top, rect.left)) ? null : `Column${width + 1}`);
      if (header !== null) {
        const headerCell = { sheet: table.sheet, rect: { ...rect, bottom: rect.top } };
        writeContent(null, headerCell, 'values', header, 'TableColumnCollection.add');
      }
      table.rect = { ...table.rect, right: rect.right };
      created.model = { table, index: width };
    });
    return this.host.make(new FakeTableColumn(this.host, `${this.path}.add()`, () => created.get()));
  }
}

class FakeTableColumn extends ClientObject<ColumnTarget> {
  constructor(host: Host, path: string, resolver: () => ColumnTarget) {
    super(host, 'TableColumn', path, resolver);
  }

  protected override properties(): PropertyTable<ColumnTarget> {
    return {
      name: {
        read: ({ table, index }) => String(valueOf(table.sheet.cell(table.rect.top, table.rect.left + index)) ?? ''),
      },
      index: { read: ({ index }) => index },
    };
  }

  get name(): string {
    return this.read('name');
  }
  get index(): number {
    return this.read('index');
  }
}
