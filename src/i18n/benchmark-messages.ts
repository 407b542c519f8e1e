// What the benchmark tells the user when something is wrong: warnings that name a cell and say
// what to do, and the one fatal message when nothing can be analysed. Dutch first, English
// beside it. The words IJkpunt writes in the sheet and its report are in benchmark.ts.
import type { Language } from '../engine/core';

type ByValues = 'shares' | 'amounts' | 'measure';

const nl = {
  emptySelection: 'Het geselecteerde bereik is leeg. Selecteer de benchmarktabel, inclusief de kopregel.',
  noHeaderRow:
    'Geen kopregel gevonden. IJkpunt zoekt een rij met kolomkoppen zoals "Cluster", "Formatie in fte", "Kosten" en een referentiekolom. Selecteer de tabel inclusief kopregel, of wijs de kolommen zelf toe.',
  noMeasureColumn:
    'In de kopregel staat geen kolom met de eigen formatie (fte) of de eigen kosten. Wijs in het taakvenster aan welke kolom de formatie of de kosten bevat.',
  noClusters:
    'Onder de kopregel staan geen rijen met cijfers. Selecteer de tabel met de clusters en hun formatie of kosten.',
  noReference:
    'Er is geen referentiekolom herkend (bijvoorbeeld "% van totale formatie", "Gemiddelde formatie in referentiegroep" of "Kostennorm"). Zonder referentie valt er niets te vergelijken; wijs de kolom zelf toe.',
  nothingComparable:
    'Voor geen enkel cluster kon een norm worden berekend. Controleer de referentiekolommen en de parameters (inwoners, totale formatie).',
  unreadable: (value: string, cluster: string) =>
    `"${value}" is geen getal (${cluster}). Deze waarde telt niet mee; vul een getal in zoals 3,69 of € 294.556.`,
  rowLabel: (row: number) => `rij ${row}`,
  missingClusterName: (row: number) =>
    `Rij ${row} heeft cijfers maar geen clusternaam. Vul de naam van het cluster in.`,
  unknownCategory: (value: string) =>
    `Categorie "${value}" is onbekend. Gebruik "Primair proces" of "Overhead"; het cluster is zonder categorie meegenomen.`,
  missingDriver: (what: string, column: string) =>
    `${what} ontbreekt, dus de normen uit kolom ${column} zijn niet berekend. Vul ${what.toLowerCase()} in op het blad (met een label ernaast) of in het taakvenster.`,
  driverInhabitants: 'Het aantal inwoners',
  driverTotalFte: 'De totale formatie',
  driverFteServed: 'De bediende formatie (fte)',
  driverTotalCosts: 'De totale kosten',
  driverWorkload: 'De werklast',
  missingWorkload: (cluster: string) => `Geen werklast voor ${cluster}: de norm per eenheid is niet berekend.`,
  totalMismatch: (label: string, measure: string, written: string, computed: string) =>
    `De totaalregel "${label}" noemt ${written} ${measure}, maar de som van de clusters is ${computed}. Controleer de totaalregel of de clusters.`,
  measureFte: 'fte',
  measureCosts: 'euro',
  measureFormation: 'formatie',
  measureCostsNoun: 'kosten',
  negativeValue: (cluster: string) => `${cluster} heeft een negatieve waarde; controleer of dat klopt.`,
  numberAsText: (cell: string, value: string) =>
    `Cel ${cell} bevat tekst ("${value}"). IJkpunt rekent ermee, maar Excel-formules niet: maak er een getal van, anders blijft de afwijking in het blad leeg.`,
  roleByValues: (header: string, cell: string, why: ByValues, role: string) =>
    why === 'shares'
      ? `Kolom "${header}" (${cell}) bevat percentages; IJkpunt leest haar als aandeel van het totaal (${role}), niet als bedrag. Klopt dat niet, wijs de kolom dan zelf toe.`
      : why === 'amounts'
        ? `Kolom "${header}" (${cell}) noemt een aandeel, maar bevat bedragen; IJkpunt leest haar als norm (${role}). Klopt dat niet, wijs de kolom dan zelf toe.`
        : `Kolom "${header}" (${cell}) noemt geen maatstaf; de eenheid in de cellen bepaalt het (${role}). Klopt dat niet, wijs de kolom dan zelf toe.`,
  deviationMismatch: (cell: string, cluster: string, printed: string, computed: string) =>
    `De afgedrukte afwijking in ${cell} (${cluster}: ${printed}) wijkt meer af van de berekende (${computed}) dan de afronding van het rapport verklaart. Controleer de norm, de totale formatie of de afwijking.`,
  normFromDeviation: (measure: string) =>
    `De tabel geeft geen bruikbare referentie voor de ${measure}: de norm is afgeleid uit de afgedrukte afwijking (eigen − afwijking).`,
  totalFteNeeded: (header: string, cell: string, sum: string) =>
    `De totale formatie van de organisatie ontbreekt. Kolom "${header}" (${cell}) geeft aandelen van de totale formatie, en deze tabel bevat alleen overheadclusters: de som van de fte-kolom (${sum} fte) is niet de totale formatie. Vul de totale formatie in: op het blad met een label ernaast (bijvoorbeeld "Totale formatie (fte)" met 162,3), in het taakvenster bij Totale formatie, of met --total-fte.`,
  totalCostsNeeded: (header: string, cell: string) =>
    `De totale kosten van de organisatie ontbreken. Kolom "${header}" (${cell}) geeft aandelen van de totale kosten, en deze tabel bevat alleen overheadclusters. Vul de totale kosten in op het blad met een label ernaast (bijvoorbeeld "Totale kosten").`,
};

export type BenchmarkMessages = typeof nl;

const en: BenchmarkMessages = {
  emptySelection: 'The selected range is empty. Select the benchmark table, including its header row.',
  noHeaderRow:
    'No header row found. IJkpunt looks for a row with headers such as "Cluster", "FTE", "Costs" and a reference column. Select the table including its header row, or assign the columns yourself.',
  noMeasureColumn:
    'The header row has no column with your own staffing (FTE) or costs. Assign the staffing or costs column in the task pane.',
  noClusters:
    'There are no rows with figures below the header row. Select the table with the clusters and their staffing or costs.',
  noReference:
    'No reference column was recognised (for example "% of total staffing", "Reference group average FTE" or "Cost norm"). Without a reference there is nothing to compare; assign the column yourself.',
  nothingComparable:
    'No norm could be computed for any cluster. Check the reference columns and the parameters (inhabitants, total FTE).',
  unreadable: (value: string, cluster: string) =>
    `"${value}" is not a number (${cluster}). This value is left out; enter a number such as 3.69 or €294,556.`,
  rowLabel: (row: number) => `row ${row}`,
  missingClusterName: (row: number) => `Row ${row} has figures but no cluster name. Enter the cluster's name.`,
  unknownCategory: (value: string) =>
    `Category "${value}" is unknown. Use "Primary process" or "Overhead"; the cluster is included without a category.`,
  missingDriver: (what: string, column: string) =>
    `${what} is missing, so the norms from column ${column} were not computed. Enter it on the sheet (with a label beside it) or in the task pane.`,
  driverInhabitants: 'The number of inhabitants',
  driverTotalFte: 'The total staffing',
  driverFteServed: 'The FTE served',
  driverTotalCosts: 'The total costs',
  driverWorkload: 'The workload',
  missingWorkload: (cluster: string) => `No workload for ${cluster}: the norm per unit was not computed.`,
  totalMismatch: (label: string, measure: string, written: string, computed: string) =>
    `The total row "${label}" says ${written} ${measure}, but the clusters add up to ${computed}. Check the total row or the clusters.`,
  measureFte: 'FTE',
  measureCosts: 'euros',
  measureFormation: 'staffing',
  measureCostsNoun: 'costs',
  negativeValue: (cluster: string) => `${cluster} has a negative value; check whether that is right.`,
  numberAsText: (cell: string, value: string) =>
    `Cell ${cell} holds text ("${value}"). IJkpunt computes with it, but Excel formulas cannot: make it a number, or the deviation in the sheet stays empty.`,
  roleByValues: (header: string, cell: string, why: ByValues, role: string) =>
    why === 'shares'
      ? `Column "${header}" (${cell}) holds percentages; IJkpunt reads it as a share of the total (${role}), not an amount. If that is wrong, assign the column yourself.`
      : why === 'amounts'
        ? `Column "${header}" (${cell}) names a share but holds amounts; IJkpunt reads it as a norm (${role}). If that is wrong, assign the column yourself.`
        : `Column "${header}" (${cell}) names no measure; the unit in its cells decides (${role}). If that is wrong, assign the column yourself.`,
  deviationMismatch: (cell: string, cluster: string, printed: string, computed: string) =>
    `The printed deviation in ${cell} (${cluster}: ${printed}) differs from the computed one (${computed}) by more than the report's rounding explains. Check the norm, the total staffing or the deviation.`,
  normFromDeviation: (measure: string) =>
    `The table gives no usable reference for ${measure}: the norm is derived from the printed deviation (own − deviation).`,
  totalFteNeeded: (header: string, cell: string, sum: string) =>
    `The organisation's total staffing is missing. Column "${header}" (${cell}) gives shares of the total staffing, and this table holds only overhead clusters: the sum of the FTE column (${sum} FTE) is not the total staffing. Enter the total staffing: on the sheet with a label beside it (for example "Total staffing (FTE)" with 162.3), in the task pane under Total staffing, or with --total-fte.`,
  totalCostsNeeded: (header: string, cell: string) =>
    `The organisation's total costs are missing. Column "${header}" (${cell}) gives shares of the total costs, and this table holds only overhead clusters. Enter the total costs on the sheet with a label beside it (for example "Total costs").`,
};

export function benchmarkMessages(language: Language): BenchmarkMessages {
  return language === 'en' ? en : nl;
}
