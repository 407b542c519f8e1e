// Writes the bundled examples from examples/heemstede-2017.json (DOMAIN §3's worked example):
// examples/heemstede-2017.xlsx (a title, the labelled total formation, the table) and the
// same table as a Dutch CSV. Run: node scripts/make-examples.mjs
import ExcelJS from 'exceljs';
import { readFileSync, writeFileSync } from 'node:fs';

const example = JSON.parse(readFileSync(new URL('../examples/heemstede-2017.json', import.meta.url), 'utf8'));
const { rows, header } = example;

const workbook = new ExcelJS.Workbook();
workbook.creator = 'IJkpunt';
workbook.created = new Date('2026-01-01T00:00:00Z');
const sheet = workbook.addWorksheet(example.sheet);
sheet.getCell('A1').value = example.title;
sheet.getCell('A1').font = { bold: true, size: 13 };
sheet.getCell('A2').value = 'Totale formatie (fte)';
sheet.getCell('B2').value = example.totalFte;
sheet.getCell('B2').numFmt = '0.0';
sheet.getRow(4).values = header;
sheet.getRow(4).font = { bold: true };
rows.forEach((row, i) => {
  const r = sheet.getRow(5 + i);
  r.values = row;
  r.getCell(2).numFmt = '0.00';
  r.getCell(3).numFmt = '0.0%';
  r.getCell(4).numFmt = '#,##0';
  r.getCell(5).numFmt = '#,##0';
});
sheet.columns.forEach((column, i) => {
  column.width = i === 0 ? 36 : 16;
});
await workbook.xlsx.writeFile('examples/heemstede-2017.xlsx');

const dutch = (value) => (typeof value === 'number' ? String(value).replace('.', ',') : value);
const csv = [
  header,
  ...rows.map((row) => row.map((v, i) => (i === 2 ? `${dutch(Math.round(v * 1000) / 10)}%` : dutch(v)))),
]
  .map((row) => row.join(';'))
  .join('\r\n');
writeFileSync(
  'examples/heemstede-2017.csv',
  `Totale formatie (fte);${dutch(example.totalFte)};;;\r\n;;;;\r\n${csv}\r\n`,
);
console.log('examples/heemstede-2017.xlsx en examples/heemstede-2017.csv geschreven.');

// The other studies' examples: a second benchmark year, the cooperation criteria and the
// desired formation, each as a workbook and a Dutch CSV.
const dutchNumber = (text) => {
  const trimmed = text.replace(/[€\s]/g, '');
  const percent = trimmed.endsWith('%');
  const value = Number(trimmed.replace('%', '').replace(/\./g, '').replace(',', '.'));
  return Number.isNaN(value) ? text : percent ? value / 100 : value;
};

async function writeStudy(name, data, { numericColumns = [], formats = {}, widths = [] }) {
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
  const cell = (v) =>
    v === null
      ? ''
      : typeof v === 'number'
        ? String(v).replace('.', ',')
        : /[;"\n]/.test(v)
          ? `"${v.replace(/"/g, '""')}"`
          : v;
  const lines = [data.header, ...data.rows].map((row) => row.map(cell).join(';'));
  writeFileSync(`examples/${name}.csv`, `${lines.join('\r\n')}\r\n`);
}

const read = (name) => JSON.parse(readFileSync(new URL(`../examples/${name}.json`, import.meta.url), 'utf8'));
await writeStudy('heemstede-2012', read('heemstede-2012'), {
  formats: { 1: '0.00', 2: '0.0%', 3: '#,##0', 4: '#,##0' },
  widths: [36],
});
await writeStudy('samenwerking', read('samenwerking'), {
  numericColumns: [4],
  formats: { 4: (row) => (/kosten|inhuur/i.test(row[2]) ? '#,##0' : String(row[4]).includes('%') ? '0%' : '0.0#') },
  widths: [24, 36, 50, 18, 14, 16, 10, 50],
});
await writeStudy('formatiewens', read('formatiewens'), {
  numericColumns: [2],
  formats: { 2: '0.0' },
  widths: [38, 20, 22, 50],
});
console.log('examples/heemstede-2012, samenwerking en formatiewens (.xlsx en .csv) geschreven.');
