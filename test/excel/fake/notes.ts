// Notes (the classic yellow comments) of a sheet.

import { cellName } from './addresses';
import { invalidArgument } from './errors';
import type { Host } from './host';
import { type NoteModel, rangeOn, type SheetModel } from './model';
import { ClientObject, Created, type PropertyTable } from './proxy';
import type { FakeWorksheet } from './worksheets';

/** A single-cell address on the sheet, as Excel keys notes ("H7"). */
function noteCell(sheet: SheetModel, address: string, location: string): string {
  const { rect } = rangeOn(sheet, address, location);
  if (rect.top !== rect.bottom || rect.left !== rect.right)
    throw invalidArgument('a note belongs to one cell', location);
  return cellName(rect.top, rect.left);
}

export class FakeNoteCollection extends ClientObject<SheetModel> {
  constructor(host: Host, sheet: FakeWorksheet) {
    super(host, 'NoteCollection', `${sheet.path}.notes`, () => {
      host.requireApi('1.18', 'Worksheet.notes');
      return sheet.resolve();
    });
  }

  add(cellAddress: string, content: string): FakeNote {
    const created = new Created<NoteModel>('a note');
    this.invoke('add', [cellAddress, content], (sheet) => {
      const cell = noteCell(sheet, cellAddress, 'NoteCollection.add');
      if (sheet.notes.get(cell)?.deleted === false)
        throw invalidArgument(`cell ${cell} already has a note`, 'NoteCollection.add');
      const note = { cell, content, deleted: false };
      sheet.notes.set(cell, note);
      created.model = note;
    });
    return this.host.make(new FakeNote(this.host, `${this.path}.add()`, () => created.get()));
  }

  getItemOrNullObject(cellAddress: string): FakeNote {
    return this.host.make(
      new FakeNote(this.host, `${this.path}.getItemOrNullObject(${JSON.stringify(cellAddress)})`, () => {
        const sheet = this.resolve();
        const note = sheet?.notes.get(noteCell(sheet, cellAddress, 'NoteCollection.getItemOrNullObject'));
        return note && !note.deleted ? note : null;
      }),
    );
  }
}

class FakeNote extends ClientObject<NoteModel> {
  constructor(host: Host, path: string, resolver: () => NoteModel | null) {
    super(host, 'Note', path, resolver);
  }

  protected override properties(): PropertyTable<NoteModel> {
    return { content: { read: (note) => note.content } };
  }

  get content(): string {
    return this.read('content');
  }
  set content(value: string) {
    this.assign('content', value, (note) => {
      note.content = value;
    });
  }

  delete(): void {
    this.invoke('delete', [], (note) => {
      note.deleted = true;
    });
  }
}
