// Writes the bundled examples from DOMAIN §3's worked example (Heemstede, overhead, 2017):
// examples/heemstede-2017.xlsx (a title, the labelled total formation, the table) and the
// same table as a Dutch CSV. Run: node scripts/make-examples.mjs
import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';

const rows = [
  ['Juridische Zaken', 3.69, 0.016, 294556, 215568],
  ['Personeel & Organisatie', 4.93, 0.029, 369042, 374420],
  ['Inkoop', 0.4, 0.003, 179540, 70466],
  ['Communicatie', 2.76, 0.023, 193683, 241238],
  ['Financiën & Control', 9.41, 0.067, 654903, 760915],
  ['Informatisering en Automatisering', 9.74, 0.069, 2028168, 1980620],
  ['Facilitaire dienst', 5.03, 0.048, 627522, 614704],
];
const header = [
  'Cluster',
  'Formatie in fte',
  '% van totale formatie',
  'Kosten Heemstede',
  'Kostennorm referentiegroep',
];

const workbook = new ExcelJS.Workbook();
workbook.creator = 'IJkpunt';
workbook.created = new Date('2026-01-01T00:00:00Z');
const sheet = workbook.addWorksheet('Benchmark 2017');
sheet.getCell('A1').value = 'Benchmark overhead Heemstede 2017 (bron: rekenkamerrapport 2017)';
sheet.getCell('A1').font = { bold: true, size: 13 };
sheet.getCell('A2').value = 'Totale formatie (fte)';
sheet.getCell('B2').value = 162.3;
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
writeFileSync('examples/heemstede-2017.csv', `Totale formatie (fte);162,3;;;\r\n;;;;\r\n${csv}\r\n`);
console.log('examples/heemstede-2017.xlsx en examples/heemstede-2017.csv geschreven.');
