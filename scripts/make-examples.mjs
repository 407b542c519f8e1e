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
