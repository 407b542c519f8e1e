// Defined names (workbook.names).

import { validDefinedName } from '../fake-rules';
import { parseCell, quoteSheet, rectAddress } from './addresses';
import { FakeExcelError, invalidArgument, itemNotFound } from './errors';
import type { Host } from './host';
import type { NameModel, WorkbookModel } from './model';
import { ClientObject, Collection, Created, type PropertyTable } from './proxy';
import { FakeRange } from './ranges';
import type { FakeWorkbook } from './workbook';

function validName(name: string): boolean {
  return validDefinedName(name, (text) => parseCell(text) !== null);
}

export const SIMPLE_REFERENCE =
  /^=?\s*(?:'((?:[^']|'')+)'|([^'!=]+))!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)\s*$/;

/** "='Blad1'!$S$6" as Excel stores it: leading '=', the sheet quoted only when needed. */
function normaliseReference(reference: string): string {
  const match = SIMPLE_REFERENCE.exec(reference);
  if (match?.[3]) {
    const sheet = match[1] !== undefined ? match[1].replace(/''/g, "'") : (match[2] ?? '');
    return `=${quoteSheet(sheet)}!${match[3].toUpperCase()}`;
  }
  return reference.startsWith('=') ? reference : `=${reference}`;
}

export class FakeNamedItemCollection extends Collection<FakeNamedItem, NameModel, WorkbookModel> {
  constructor(host: Host, workbook: FakeWorkbook) {
    super(host, 'NamedItemCollection', `${workbook.path}.names`, () => host.model);
  }

  protected list(model: WorkbookModel): readonly NameModel[] {
    return [...model.names.values()];
  }

  protected wrap(name: NameModel): FakeNamedItem {
    return this.host.make(new FakeNamedItem(this.host, `${this.path}[${JSON.stringify(name.name)}]`, () => name));
  }

  protected sampleItemProperties(): readonly string[] {
    return ['name', 'formula', 'comment'];
  }

  add(name: string, reference: unknown, comment?: string): FakeNamedItem {
    const created = new Created<NameModel>('a name');
    this.invoke(
      'add',
      [name, reference, comment ?? null],
      (model) => {
        if (typeof name !== 'string' || !validName(name))
          throw invalidArgument(`'${name}' is not a valid name`, 'NamedItemCollection.add');
        if (model.names.has(name.toLowerCase())) {
          throw new FakeExcelError('ItemAlreadyExists', `the name '${name}' already exists`, 'NamedItemCollection.add');
        }
        let formula: string;
        if (reference instanceof FakeRange) {
          const target = reference.resolve();
          if (!target) throw itemNotFound('the reference is a null object', 'NamedItemCollection.add');
          formula = `=${quoteSheet(target.sheet.name)}!${rectAddress(target.rect, true)}`;
        } else if (typeof reference === 'string') {
          formula = normaliseReference(reference);
        } else {
          throw invalidArgument('the reference must be a Range or a formula', 'NamedItemCollection.add');
        }
        created.model = { name, formula, comment: comment ?? '', deleted: false };
        model.names.set(name.toLowerCase(), created.model);
      },
      '1.4',
    );
    return this.host.make(
      new FakeNamedItem(this.host, `${this.path}.add(${JSON.stringify(name)})`, () => created.get()),
    );
  }

  getItem(name: string): FakeNamedItem {
    return this.host.make(
      new FakeNamedItem(this.host, `${this.path}.getItem(${JSON.stringify(name)})`, () => {
        const item = this.host.model.names.get(name.toLowerCase());
        if (!item) throw itemNotFound(`the name '${name}' does not exist`, 'NamedItemCollection.getItem');
        return item;
      }),
    );
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    return this.host.make(
      new FakeNamedItem(this.host, `${this.path}.getItemOrNullObject(${JSON.stringify(name)})`, () => {
        this.host.requireApi('1.4', 'NamedItemCollection.getItemOrNullObject');
        return this.host.model.names.get(name.toLowerCase()) ?? null;
      }),
    );
  }
}

class FakeNamedItem extends ClientObject<NameModel> {
  constructor(host: Host, path: string, resolver: () => NameModel | null) {
    super(host, 'NamedItem', path, resolver);
  }

  protected override properties(): PropertyTable<NameModel> {
    return {
      name: { read: (item) => item.name },
      formula: { read: (item) => item.formula, since: '1.7' },
      comment: { read: (item) => item.comment, since: '1.4' },
    };
  }

  get name(): string {
    return this.read('name');
  }
  get formula(): string {
    return this.read('formula');
  }
  get comment(): string {
    return this.read('comment');
  }

  delete(): void {
    this.invoke(
      'delete',
      [],
      (item) => {
        item.deleted = true;
        this.host.model.names.delete(item.name.toLowerCase());
      },
      '1.4',
    );
  }
}
