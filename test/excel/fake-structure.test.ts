// The fake's inserted and deleted columns and rows (fake-structure.ts) do what Excel does:
// cells, formulas, names, conditional formats, drop-downs, notes and tables move along.
import { createFake, type FakeExcel } from './fake-excel';
import { deleteColumns, deleteRows, insertColumns, insertRows } from './fake-excel';

let fake: FakeExcel | null = null;
afterEach(() => fake?.dispose());

async function sheet() {
  const made = createFake({
    sheets: [
      {
        name: 'Blad 1',
        cells: { A1: 'Cluster', B1: 'Fte', C1: 'Norm', A2: 'Inkoop', B2: 3, C2: 4, D2: '=B2-C2', D3: '=SUM(B2:C2)' },
        tables: [{ name: 'Invoer', range: 'A1:C2' }],
      },
      { name: 'Blad2', cells: { A1: "='Blad 1'!C2*2" } },
    ],
    requirementSets: '1.18',
  });
  fake = made.fake;
  const { context } = made;
  const blad = context.workbook.worksheets.getItem('Blad 1');
  context.workbook.names.add('IJK_norm', "='Blad 1'!$C$2");
  context.workbook.names.add('IJK_blok', "='Blad 1'!$B$2:$D$3");
  blad.getRange('D2:D3').conditionalFormats.add('Custom').custom.rule.formula = '=D2>0';
  blad.getRange('C2').dataValidation.rule = { list: { inCellDropDown: true, source: '=$A$2:$A$2' } };
  blad.notes.add('C2', 'mijn notitie');
  await context.sync();
  return made.fake;
}

describe('inserting columns', () => {
  test('before a reference moves it, inside a range grows it, after it leaves it', async () => {
    const f = await sheet();
    insertColumns(f, 'Blad 1', 'C');
    expect(f.cell('Blad 1', 'D2').value).toBe(4);
    expect(f.cell('Blad 1', 'E2').formula).toBe('=B2-D2');
    expect(f.cell('Blad 1', 'E3').formula).toBe('=SUM(B2:D2)');
    expect(f.cell('Blad 1', 'C2').value).toBeNull();
    expect(f.cell('Blad2', 'A1').formula).toBe("='Blad 1'!D2*2");
    expect(f.names).toEqual({ IJK_norm: "='Blad 1'!$D$2", IJK_blok: "='Blad 1'!$B$2:$E$3" });
    expect(f.conditionalFormats('Blad 1').map((c) => [c.address, c.formula])).toEqual([['E2:E3', '=E2>0']]);
    expect(f.notes('Blad 1')).toEqual({ D2: 'mijn notitie' });
    expect(f.validation('Blad 1', 'D2')).toEqual({ list: ['Inkoop'], inCellDropDown: true });
    expect(f.tables('Blad 1')).toEqual([{ name: 'Invoer', address: 'A1:D2' }]);
  });

  test('text in quotes and function names that look like cells stay as they are', async () => {
    const f = await sheet();
    f.edit('Blad 1', 'F1', '=LOG10(C2)&"C2"');
    insertColumns(f, 'Blad 1', 'A');
    expect(f.cell('Blad 1', 'G1').formula).toBe('=LOG10(D2)&"C2"');
  });
});

describe('deleting columns', () => {
  test('a name over deleted cells becomes #REF!, a range shrinks, a formula on it gives #REF!', async () => {
    const f = await sheet();
    deleteColumns(f, 'Blad 1', 'C');
    expect(f.names).toEqual({ IJK_norm: "='Blad 1'!#REF!", IJK_blok: "='Blad 1'!$B$2:$C$3" });
    expect(f.cell('Blad 1', 'C2').formula).toBe('=B2-#REF!');
    expect(f.cell('Blad 1', 'C3').formula).toBe('=SUM(B2:B2)');
    expect(f.cell('Blad2', 'A1').formula).toBe("='Blad 1'!#REF!*2");
    expect(f.notes('Blad 1')).toEqual({});
    expect(f.validation('Blad 1', 'C2')).toBeNull();
    expect(f.tables('Blad 1')).toEqual([{ name: 'Invoer', address: 'A1:B2' }]);
  });

  test('a conditional format whose cells are all deleted is gone', async () => {
    const f = await sheet();
    deleteColumns(f, 'Blad 1', 'D');
    expect(f.conditionalFormats('Blad 1')).toEqual([]);
  });
});

describe('rows', () => {
  test('an inserted row moves what is below and grows what spans it; a deleted one shrinks it', async () => {
    const f = await sheet();
    insertRows(f, 'Blad 1', '3');
    expect(f.cell('Blad 1', 'D4').formula).toBe('=SUM(B2:C2)');
    expect(f.names.IJK_blok).toBe("='Blad 1'!$B$2:$D$4");
    expect(f.conditionalFormats('Blad 1')[0]?.address).toBe('D2:D4');
    deleteRows(f, 'Blad 1', '2');
    expect(f.names).toEqual({ IJK_norm: "='Blad 1'!#REF!", IJK_blok: "='Blad 1'!$B$2:$D$3" });
    expect(f.cell('Blad 1', 'D3').formula).toBe('=SUM(#REF!)');
  });

  test('a row pushed off the sheet with content in it is refused', async () => {
    const f = await sheet();
    f.edit('Blad 1', 'A1048576', 'onderaan');
    expect(() => insertRows(f, 'Blad 1', '1')).toThrow(/off the sheet/);
  });
});
