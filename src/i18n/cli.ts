// What the command line says, Dutch by default and English with --lang en.
import type { Language } from '../engine/core';

const nl = {
  help: `ijkpunt — formatie en kosten per taakcluster naast de referentiegroep

Gebruik:
  ijkpunt analyse IN [opties]     analyseer een .xlsx- of .csv-bestand
  ijkpunt criteria IN [opties]    toets de samenwerking: nul-lijn, meting en status per team
  ijkpunt criteria --template UIT.xlsx
                                  schrijf een leeg toetsingskader om in te vullen
  ijkpunt compare A B [opties]    vergelijk twee benchmarkjaren per cluster
  ijkpunt formatiewens IN [opties]
                                  gewenste tegenover huidige formatie: de lacune per thema
  ijkpunt --help                  deze hulp

Opties bij criteria:
  --baseline 2018,2019,2020   de jaren van de nul-lijn (standaard 2018, 2019, 2020; ook 2018-2020)
  --tolerance 5%              verandering die nog "gelijk" heet (standaard 5%)
  --out UIT.xlsx              kopie met de toetsing als formules, een samenvatting per team
                              en een factsheet (A–F) per team
Opties bij compare:
  --band 15                   verschil in procentpunten dat nog "redelijk stabiel" heet
  --sheet-a NAAM, --sheet-b NAAM  het werkblad in A en in B
  --pair "naam in A=naam in B"    twee clusters zelf koppelen (herhaalbaar)
  --range, --map, --inwoners, --total-fte, --fte-served
                              zoals bij analyse, per jaar: zet het jaar (of A:/B:) ervoor
                              en herhaal de optie, bijvoorbeeld --total-fte 2012:165,95
                              --total-fte 2017:162,3 of --map "2012:Kop=rol;Kop=rol";
                              zonder jaar geldt de waarde voor beide jaren
Opties bij formatiewens: --sheet, --out, --json zoals bij analyse.

Opties bij analyse:
  --sheet NAAM        het werkblad (standaard: het eerste met een benchmarktabel)
  --range A3:F11      het bereik van de tabel (standaard: gevonden op het blad)
  --map "Kop=rol;…"   kolommen zelf toewijzen; rollen: cluster, category, fte, costs,
                      fte.norm, fte.share, fte.perInhabitant, fte.per1000, fte.perFte,
                      fte.perUnit, costs.norm, costs.share, costs.perInhabitant,
                      costs.per1000, costs.perFte, costs.perUnit, workload, thirdParty,
                      thirdParty.ref, note (of "-" om een kolom te negeren)
  --inwoners N        aantal inwoners
  --total-fte N       totale formatie van de organisatie (fte)
  --fte-served N      de formatie die de overhead bedient (fte)
  --lang nl|en        taal van zinnen en meldingen (standaard nl)
  --out UIT.xlsx      schrijf een kopie met afwijkingskolommen als formules, parameterblok,
                      samenvatting en opmaak (de invoer blijft ongewijzigd)
  --force             een bestaand UIT.xlsx vervangen
  --overwrite-edits   wat u typte in IJkpunts eigen uitvoer (een eerdere run) toch overschrijven
  --json              het resultaat als JSON op stdout
  --debug             bij een interne fout ook de technische details

Afsluitcodes: 0 gelukt (waarschuwingen op stderr), 2 onbruikbare invoer, 1 interne fout.
`,
  fileMissing: (path: string) => `Bestand niet gevonden: ${path}`,
  unknownExtension: (path: string) => `${path}: alleen .xlsx- en .csv-bestanden worden gelezen.`,
  xlsxUnreadable: (path: string) => `${path} is geen leesbare Excel-werkmap (.xlsx).`,
  csvProblem: (path: string, kind: string) =>
    kind === 'gemengd'
      ? `${path}: de regels gebruiken verschillende scheidingstekens (; en ,). Sla het bestand opnieuw op als CSV met één scheidingsteken.`
      : kind === 'leeg'
        ? `${path} is leeg.`
        : `${path}: de regels hebben niet allemaal evenveel velden. Controleer het bestand.`,
  sheetMissing: (path: string, name: string, sheets: readonly string[]) =>
    `${path} heeft geen werkblad "${name}". Wel: ${sheets.map((s) => `"${s}"`).join(', ')}.`,
  badRange: (range: string) => `"${range}" is geen bereik zoals A3:F11.`,
  badMap: (part: string) => `--map: "${part}" heeft niet de vorm Kop=rol.`,
  unknownRole: (role: string) => `--map: "${role}" is geen rol. Zie ijkpunt --help voor de rollen.`,
  mapHeaderMissing: (header: string, sheet: string) => `--map: geen kolom met kop "${header}" op blad ${sheet}.`,
  badNumber: (option: string, value: string) => `${option}: "${value}" is geen positief getal.`,
  unknownCommand: (command: string) => `Onbekende opdracht "${command}". Zie ijkpunt --help.`,
  missingInput: 'Geef een invoerbestand: ijkpunt analyse IN',
  noTable: (path: string) => `${path}: geen benchmarktabel gevonden.`,
  where: (path: string, sheet: string, cell: string | null) => `${path}, blad ${sheet}${cell ? `, cel ${cell}` : ''}`,
  warning: 'Waarschuwing',
  outExists: (path: string) => `${path} bestaat al. Kies een andere naam of gebruik --force om het te vervangen.`,
  outIsInput: (path: string) =>
    `--out ${path} is het invoerbestand zelf; IJkpunt wijzigt de invoer nooit. Kies een andere naam.`,
  wouldOverwrite: (sheet: string, cells: readonly string[]) =>
    `Er is niets geschreven: op blad ${sheet} staan gegevens waar IJkpunt zou schrijven (${cells.slice(0, 10).join(', ')}${cells.length > 10 ? ` en ${cells.length - 10} meer` : ''}). Maak die cellen leeg of verplaats de tabel.`,
  editedOwnCells: (sheet: string, cells: readonly string[]) =>
    `Er is niets geschreven: op blad ${sheet} heeft u cellen in IJkpunts eerdere uitvoer gewijzigd (${cells.slice(0, 10).join(', ')}${cells.length > 10 ? ` en ${cells.length - 10} meer` : ''}). Een nieuwe run zou ze overschrijven. Verplaats wat u wilt bewaren buiten IJkpunts kolommen, of gebruik --overwrite-edits om ze te laten overschrijven.`,
  nameTaken: (sheet: string, name: string, other: string) =>
    `Er is niets geschreven: de naam ${name} voor blad ${sheet} bestaat al en verwijst naar blad ${other}.`,
  writtenTo: (path: string) => `Geschreven: ${path}`,
  internal: 'Er ging intern iets mis. Probeer het opnieuw met --debug en meld de uitvoer.',
  sentencesTitle: 'Samenvatting',
  sumOfFte: (sum: string) =>
    `Let op: de totale formatie is de som van de fte-kolom (${sum} fte). Is de tabel niet de hele organisatie, geef dan --total-fte.`,
  tableTitle: 'Per cluster',
  flaggedLegend: '! = geen conclusie: zie waarschuwingen',
  columns: ['Cluster', 'Cat.', 'Fte', 'Norm', 'Δ fte', 'Δ%', 'Kosten', 'Norm', 'Δ €', 'Δ%', 'Klasse'],
  notApplicable: 'n.v.t.',
  categories: { primair: 'PP', overhead: 'OH' },
};

export type CliTexts = typeof nl;

const en: CliTexts = {
  ...nl,
  help: `ijkpunt — staffing and costs per task cluster beside the reference group

Usage:
  ijkpunt analyse IN [options]    analyse an .xlsx or .csv file
  ijkpunt criteria IN [options]   score the cooperation: baseline, measurement and status per team
  ijkpunt criteria --template OUT.xlsx
                                  write an empty criteria sheet to fill in
  ijkpunt compare A B [options]   compare two benchmark years per cluster
  ijkpunt formatiewens IN [options]
                                  desired against current staffing: the gap per theme
  ijkpunt --help                  this help

Options for criteria:
  --baseline 2018,2019,2020   the baseline years (default 2018, 2019, 2020; also 2018-2020)
  --tolerance 5%              a change still called "unchanged" (default 5%)
  --out OUT.xlsx              a copy with the scorecard as formulas, a summary per team
                              and a factsheet (A–F) per team
Options for compare:
  --band 15                   difference in percentage points still "fairly stable"
  --sheet-a NAME, --sheet-b NAME  the worksheet in A and in B
  --pair "name in A=name in B"    pair two clusters by hand (repeatable)
  --range, --map, --inwoners, --total-fte, --fte-served
                              as for analyse, per year: put the year (or A:/B:) in front
                              and repeat the option, e.g. --total-fte 2012:165.95
                              --total-fte 2017:162.3 or --map "2012:Header=role;Header=role";
                              without a year the value serves both years
Options for formatiewens: --sheet, --out, --json as for analyse.

Options for analyse:
  --sheet NAME        the worksheet (default: the first with a benchmark table)
  --range A3:F11      the table's range (default: found on the sheet)
  --map "Header=role;…"  assign columns yourself; roles: cluster, category, fte, costs,
                      fte.norm, fte.share, fte.perInhabitant, fte.per1000, fte.perFte,
                      fte.perUnit, costs.norm, costs.share, costs.perInhabitant,
                      costs.per1000, costs.perFte, costs.perUnit, fte.delta, fte.deltaPct,
                      costs.delta, costs.deltaPct, workload, thirdParty,
                      thirdParty.ref, note (or "-" to ignore a column)
  --inwoners N        number of inhabitants
  --total-fte N       total staffing of the organisation (FTE)
  --fte-served N      the staffing the overhead serves (FTE)
  --lang nl|en        language of sentences and messages (default nl)
  --out OUT.xlsx      write a copy with deviation columns as formulas, parameter block,
                      summary and formatting (the input stays unchanged)
  --force             replace an existing OUT.xlsx
  --overwrite-edits   overwrite what you typed inside IJkpunt's own output (of an earlier run)
  --json              the result as JSON on stdout
  --debug             technical details of an internal error

Exit codes: 0 success (warnings on stderr), 2 unusable input, 1 internal error.
`,
  fileMissing: (path: string) => `File not found: ${path}`,
  unknownExtension: (path: string) => `${path}: only .xlsx and .csv files are read.`,
  xlsxUnreadable: (path: string) => `${path} is not a readable Excel workbook (.xlsx).`,
  csvProblem: (path: string, kind: string) =>
    kind === 'gemengd'
      ? `${path}: the lines use different separators (; and ,). Save the file again as CSV with one separator.`
      : kind === 'leeg'
        ? `${path} is empty.`
        : `${path}: the lines do not all have the same number of fields. Check the file.`,
  sheetMissing: (path: string, name: string, sheets: readonly string[]) =>
    `${path} has no worksheet "${name}". It has: ${sheets.map((s) => `"${s}"`).join(', ')}.`,
  badRange: (range: string) => `"${range}" is not a range such as A3:F11.`,
  badMap: (part: string) => `--map: "${part}" is not of the form Header=role.`,
  unknownRole: (role: string) => `--map: "${role}" is not a role. See ijkpunt --help for the roles.`,
  mapHeaderMissing: (header: string, sheet: string) => `--map: no column headed "${header}" on sheet ${sheet}.`,
  badNumber: (option: string, value: string) => `${option}: "${value}" is not a positive number.`,
  unknownCommand: (command: string) => `Unknown command "${command}". See ijkpunt --help.`,
  missingInput: 'Give an input file: ijkpunt analyse IN',
  noTable: (path: string) => `${path}: no benchmark table found.`,
  where: (path: string, sheet: string, cell: string | null) => `${path}, sheet ${sheet}${cell ? `, cell ${cell}` : ''}`,
  warning: 'Warning',
  outExists: (path: string) => `${path} already exists. Choose another name or use --force to replace it.`,
  outIsInput: (path: string) =>
    `--out ${path} is the input file itself; IJkpunt never modifies its input. Choose another name.`,
  wouldOverwrite: (sheet: string, cells: readonly string[]) =>
    `Nothing was written: sheet ${sheet} has data where IJkpunt would write (${cells.slice(0, 10).join(', ')}${cells.length > 10 ? ` and ${cells.length - 10} more` : ''}). Clear those cells or move the table.`,
  editedOwnCells: (sheet: string, cells: readonly string[]) =>
    `Nothing was written: on sheet ${sheet} you changed cells inside IJkpunt's earlier output (${cells.slice(0, 10).join(', ')}${cells.length > 10 ? ` and ${cells.length - 10} more` : ''}). A new run would overwrite them. Move what you want to keep outside IJkpunt's columns, or use --overwrite-edits to have them overwritten.`,
  nameTaken: (sheet: string, name: string, other: string) =>
    `Nothing was written: the name ${name} for sheet ${sheet} already exists and refers to sheet ${other}.`,
  writtenTo: (path: string) => `Written: ${path}`,
  internal: 'Something went wrong inside IJkpunt. Run again with --debug and report the output.',
  sentencesTitle: 'Summary',
  sumOfFte: (sum: string) =>
    `Note: the total staffing is the sum of the FTE column (${sum} FTE). If the table is not the whole organisation, give --total-fte.`,
  tableTitle: 'Per cluster',
  flaggedLegend: '! = no conclusion: see the warnings',
  columns: ['Cluster', 'Cat.', 'FTE', 'Norm', 'Δ FTE', 'Δ%', 'Costs', 'Norm', 'Δ €', 'Δ%', 'Class'],
  notApplicable: 'n/a',
  categories: { primair: 'PP', overhead: 'OH' },
};

export function cliTexts(language: Language): CliTexts {
  return language === 'en' ? en : nl;
}
