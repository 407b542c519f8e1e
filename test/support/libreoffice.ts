// LibreOffice headless, with a profile that recalculates every formula on load (it would
// otherwise trust the cached results of files it thinks Excel wrote).
import { execFileSync } from 'child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { basename, join } from 'path';
import { pathToFileURL } from 'url';

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export function recalculatingProfile(): string {
  const profile = mkdtempSync(join(tmpdir(), 'ijkpunt-lo-'));
  mkdirSync(join(profile, 'user'), { recursive: true });
  writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
  return profile;
}

// CSV export options: comma, double quotes, UTF-8, from line 1, raw values (not as shown).
const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false';

const FILTERS = { csv: CSV_FILTER, pdf: 'pdf', xlsx: 'xlsx:Calc MS Excel 2007 XML' } as const;

/** Runs LibreOffice headless with `profile`, converting `file` with `filter` into a fresh folder. */
function runConvert(soffice: string, profile: string, file: string, filter: string): string {
  const outDir = mkdtempSync(join(tmpdir(), 'ijkpunt-lo-out-'));
  execFileSync(
    soffice,
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--norestore',
      '--convert-to',
      filter,
      '--outdir',
      outDir,
      file,
    ],
    { stdio: 'pipe', timeout: 120_000 },
  );
  return outDir;
}

export function convert(soffice: string, profile: string, file: string, to: keyof typeof FILTERS): string {
  const outDir = runConvert(soffice, profile, file, FILTERS[to]);
  return join(outDir, basename(file).replace(/\.[^.]+$/, `.${to}`));
}

/**
 * Every sheet to its own CSV (LibreOffice 7.2 and later: sheet token -1), by sheet name. The
 * files are named after the sheets, so the map is built from the names asked for.
 */
export function convertSheets(
  soffice: string,
  profile: string,
  file: string,
  sheets: readonly string[],
): Map<string, string> {
  const outDir = runConvert(soffice, profile, file, `${CSV_FILTER},false,-1`);
  const base = basename(file).replace(/\.[^.]+$/, '');
  return new Map(sheets.map((sheet) => [sheet, join(outDir, `${base}-${sheet}.csv`)]));
}

/** The first sheet as rows of strings, from LibreOffice's CSV export. */
export function readCsv(path: string): string[][] {
  const rows: string[][] = [];
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    const cells: string[] = [];
    let field = '';
    let quoted = false;
    for (let i = 0; i < line.length; i += 1) {
      const ch = line[i];
      if (quoted) {
        if (ch === '"' && line[i + 1] === '"') {
          field += '"';
          i += 1;
        } else if (ch === '"') quoted = false;
        else field += ch;
      } else if (ch === '"') quoted = true;
      else if (ch === ',') {
        cells.push(field);
        field = '';
      } else field += ch;
    }
    cells.push(field);
    rows.push(cells);
  }
  return rows;
}
