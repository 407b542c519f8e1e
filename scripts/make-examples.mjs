// Writes the bundled examples from their JSON: heemstede-2017 (DOMAIN §3's worked example),
// heemstede-2012 (a constructed second year), samenwerking (DOMAIN §5) and formatiewens
// (DOMAIN §4), each as a workbook (a title, the labelled total formation where there is one, the
// table) and the same as a Dutch CSV. Run: node scripts/make-examples.mjs
import ExcelJS from 'exceljs';
import { readFileSync, writeFileSync } from 'node:fs';

const dutchNumber = (text) => {
  const trimmed = text.replace(/[€\s]/g, '');
  const percent = trimmed.endsWith('%');
  const value = Number(trimmed.replace('%', '').replace(/\./g, '').replace(',', '.'));
  return Number.isNaN(value) ? text : percent ? value / 100 : value;
};

async function writeExample(name, data, { numericColumns = [], percentColumns = [], formats = {}, widths = [] }) {
  const book = new ExcelJS.Workbook();
  book.creator = 'IJkpunt';
  book.created = new Date('2026-01-01T00:00:00Z');
  const ws = book.addWorksheet(data.sheet);
  ws.getCell('A1').value = data.title;
  ws.getCell('A1').font = { bold: true, size: 13 };
  const headerRow = data.totalFte !== undefined ? 4 : 3;
  if (data.totalFte !== undefined) {
    ws.getCell('A2').value = 'Totale formatie (fte)';
    ws.getCell('B2').value = data.totalFte;
    ws.getCell('B2').numFmt = '0.0';
  }
  ws.getRow(headerRow).values = data.header;
  ws.getRow(headerRow).font = { bold: true };
  data.rows.forEach((row, i) => {
    const r = ws.getRow(headerRow + 1 + i);
    r.values = row.map((v, c) => (numericColumns.includes(c) && typeof v === 'string' ? dutchNumber(v) : v));
    for (const [c, fmt] of Object.entries(formats))
      r.getCell(Number(c) + 1).numFmt = typeof fmt === 'function' ? fmt(row) : fmt;
  });
  ws.columns.forEach((column, i) => {
    column.width = widths[i] ?? 16;
  });
  await book.xlsx.writeFile(`examples/${name}.xlsx`);
  const dutch = (v) => String(v).replace('.', ',');
  const cell = (v, c) =>
    v === null
      ? ''
      : typeof v === 'number'
        ? percentColumns.includes(c)
          ? `${dutch(Math.round(v * 1000) / 10)}%`
          : dutch(v)
        : /[;"\n]/.test(v)
          ? `"${v.replace(/"/g, '""')}"`
          : v;
  const lines = [data.header, ...data.rows].map((row) => row.map(cell).join(';'));
  // The labelled total formation above the table, as in the workbook.
  const empty = ';'.repeat(data.header.length - 1);
  const total =
    data.totalFte !== undefined
      ? `Totale formatie (fte);${dutch(data.totalFte)}${';'.repeat(data.header.length - 2)}\r\n${empty}\r\n`
      : '';
  writeFileSync(`examples/${name}.csv`, `${total}${lines.join('\r\n')}\r\n`);
}

const read = (name) => JSON.parse(readFileSync(new URL(`../examples/${name}.json`, import.meta.url), 'utf8'));
const benchmark = { percentColumns: [2], formats: { 1: '0.00', 2: '0.0%', 3: '#,##0', 4: '#,##0' }, widths: [36] };
await writeExample('heemstede-2017', read('heemstede-2017'), benchmark);
await writeExample('heemstede-2012', read('heemstede-2012'), benchmark);
await writeExample('samenwerking', read('samenwerking'), {
  numericColumns: [4],
  formats: { 4: (row) => (/kosten|inhuur/i.test(row[2]) ? '#,##0' : String(row[4]).includes('%') ? '0%' : '0.0#') },
  widths: [24, 36, 50, 18, 14, 16, 10, 50],
});
await writeExample('formatiewens', read('formatiewens'), {
  numericColumns: [2],
  formats: { 2: '0.0' },
  widths: [38, 20, 22, 50],
});
console.log('examples/heemstede-2017, heemstede-2012, samenwerking en formatiewens (.xlsx en .csv) geschreven.');
