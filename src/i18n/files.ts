// What the command line says about a file it cannot read or write: the reason, in the
// user's words, and what to do about it. Dutch by default, English with --lang en.
import type { Language } from '../engine/core';

type Problem =
  'encrypted' | 'oldFormat' | 'notZip' | 'notWorkbook' | 'damaged' | 'tooLarge' | 'unsupported' | 'outOfRange';

const nl = {
  packageProblem: (path: string, problem: Problem, part: string | null): string => {
    const where = part ? `onderdeel ${part}` : 'het pakket';
    switch (problem) {
      case 'encrypted':
        return `${path} is met een wachtwoord versleuteld; IJkpunt kan het niet lezen. Open het in Excel, haal het wachtwoord weg (Bestand > Info > Werkmap beveiligen) en sla het opnieuw op.`;
      case 'oldFormat':
        return `${path} is een oud Excel-bestand (.xls), geen .xlsx-werkmap. Sla het in Excel op als Excel-werkmap (.xlsx).`;
      case 'notZip':
        return `${path} is geen Excel-werkmap (.xlsx): het is geen zip-pakket, of het is afgebroken of beschadigd.`;
      case 'notWorkbook':
        return `${path} is een zip-pakket maar geen Excel-werkmap: er zit geen werkmap (xl/workbook.xml) in.`;
      case 'damaged':
        return `${path} is beschadigd: ${where} is niet te lezen (een element wordt niet gesloten of de gegevens zijn onvolledig).`;
      case 'tooLarge':
        return `${path}: ${where} is groter dan IJkpunt leest (meer dan 256 MB uitgepakt, 768 MB voor de hele werkmap, of een blad van meer dan 12 miljoen cellen).`;
      case 'unsupported':
        return `${path}: ${where} is gecomprimeerd op een manier die IJkpunt niet leest. Sla het bestand in Excel opnieuw op.`;
      case 'outOfRange':
        return `${path} is beschadigd: ${where} noemt een rij of kolom buiten wat Excel toelaat (1.048.576 rijen, 16.384 kolommen).`;
    }
  },
  writeFailed: (path: string, code: string): string => {
    const cause: Record<string, string> = {
      ENOSPC: 'de schijf is vol',
      EDQUOT: 'uw schijfquotum is op',
      EACCES: 'u hebt geen toestemming om daar te schrijven',
      EPERM: 'u hebt geen toestemming om daar te schrijven',
      EISDIR: 'dat is een map, geen bestand',
      EROFS: 'die schijf is alleen-lezen',
      EFBIG: 'het bestand wordt groter dan hier is toegestaan (bestandsgrootte-limiet)',
      ENOTDIR: 'een deel van het pad is een bestand, geen map',
      ENOENT: 'die map bestaat niet en kan niet worden gemaakt',
      ENAMETOOLONG: 'de naam is te lang',
    };
    return `Er is niets geschreven naar ${path}: ${cause[code] ?? `het schrijven mislukte (${code})`}. Een eerder bestand met die naam is ongewijzigd.`;
  },
  csvNotText: (path: string) =>
    `${path} is geen tekstbestand (CSV): het bevat binaire gegevens. Sla de tabel op als CSV (UTF-8).`,
};

export type FileTexts = typeof nl;

const en: FileTexts = {
  packageProblem: (path, problem, part) => {
    const where = part ? `part ${part}` : 'the package';
    switch (problem) {
      case 'encrypted':
        return `${path} is encrypted with a password; IJkpunt cannot read it. Open it in Excel, remove the password (File > Info > Protect Workbook) and save it again.`;
      case 'oldFormat':
        return `${path} is an old Excel file (.xls), not an .xlsx workbook. Save it in Excel as Excel Workbook (.xlsx).`;
      case 'notZip':
        return `${path} is not an Excel workbook (.xlsx): it is no zip package, or it is truncated or damaged.`;
      case 'notWorkbook':
        return `${path} is a zip package but no Excel workbook: it holds no workbook (xl/workbook.xml).`;
      case 'damaged':
        return `${path} is damaged: ${where} cannot be read (an element is never closed or the data is incomplete).`;
      case 'tooLarge':
        return `${path}: ${where} is larger than IJkpunt reads (over 256 MB unpacked, 768 MB for the whole workbook, or a sheet of over 12 million cells).`;
      case 'unsupported':
        return `${path}: ${where} is compressed in a way IJkpunt does not read. Save the file again in Excel.`;
      case 'outOfRange':
        return `${path} is damaged: ${where} names a row or column beyond Excel's limits (1,048,576 rows, 16,384 columns).`;
    }
  },
  writeFailed: (path, code) => {
    const cause: Record<string, string> = {
      ENOSPC: 'the disk is full',
      EDQUOT: 'your disk quota is used up',
      EACCES: 'you have no permission to write there',
      EPERM: 'you have no permission to write there',
      EISDIR: 'that is a folder, not a file',
      EROFS: 'that disk is read-only',
      EFBIG: 'the file would exceed the file size limit here',
      ENOTDIR: 'part of the path is a file, not a folder',
      ENOENT: 'that folder does not exist and cannot be made',
      ENAMETOOLONG: 'the name is too long',
    };
    return `Nothing was written to ${path}: ${cause[code] ?? `the write failed (${code})`}. An earlier file of that name is unchanged.`;
  },
  csvNotText: (path) => `${path} is not a text file (CSV): it holds binary data. Save the table as CSV (UTF-8).`,
};

export function fileTexts(language: Language): FileTexts {
  return language === 'en' ? en : nl;
}
