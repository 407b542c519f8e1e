// The Zelftest in the preview: the same capabilities, tried on a temporary in-memory workbook.
// What the preview models itself — reading a sheet, one R1C1 text for a run of row formulas,
// undo of the advisor's cells — goes through the preview workbook's own code; what only Excel
// has (names, formats, charts, tables, drop-downs, notes, events, settings) is held by a small
// in-memory store that keeps and removes it. It says nothing about any Excel: the pane says so.
import { toR1C1, type CellGrid, type CellValue } from '../engine/core';
import {
  SELF_TEST_CAPABILITIES,
  type SelfTestCapability,
  type SelfTestOutcome,
  type SelfTestReport,
  type WorkbookPort,
} from '../studies';

type PreviewProbe = () => Promise<SelfTestOutcome>;

const PASSED: SelfTestOutcome = { kind: 'passed' };

const shown = (value: CellValue | undefined): string | null =>
  value === undefined ? null : typeof value === 'object' && value !== null ? value.error : String(value);

/** The first cell where two grids differ, or passed. */
function sameCells(expected: CellGrid['cells'], actual: CellGrid['cells']): SelfTestOutcome {
  for (let r = 0; r < expected.length; r += 1) {
    const row = expected[r] ?? [];
    for (let c = 0; c < row.length; c += 1) {
      if (actual[r]?.[c] !== row[c])
        return {
          kind: 'mismatch',
          at: `R${r + 1}C${c + 1}`,
          expected: shown(row[c]) ?? '',
          actual: shown(actual[r]?.[c]),
        };
    }
  }
  return PASSED;
}

const TEMPORARY: CellGrid = {
  sheet: 'IJkpunt zelftest',
  topLeft: 'A1',
  cells: [
    ['Cluster', 'Fte', 'Toelichting'],
    ['Inkoop', 3.5, "'citaat"],
    ['Juridische Zaken', -0.25, '-3 fte extra inzet'],
    ['Communicatie', 1, '0123'],
    ['Totaal', 4.25, '=geen formule'],
  ],
};

/** Keeps a value under a key and removes it again, as the preview keeps what Excel would. */
async function keepAndRemove(value: string): Promise<SelfTestOutcome> {
  const store = new Map<string, string>();
  store.set('zelftest', value);
  const back = store.get('zelftest');
  store.delete('zelftest');
  if (back !== value) return { kind: 'mismatch', at: 'zelftest', expected: value, actual: back ?? null };
  return store.has('zelftest') ? { kind: 'mismatch', at: 'zelftest', expected: '—', actual: value } : PASSED;
}

function probes(make: (grid: CellGrid) => WorkbookPort): Record<SelfTestCapability, PreviewProbe> {
  return {
    worksheet: async () => {
      const read = await make(TEMPORARY).readSheets();
      return read.names.join() === TEMPORARY.sheet
        ? PASSED
        : { kind: 'mismatch', at: 'readSheets', expected: TEMPORARY.sheet, actual: read.names.join() };
    },
    read: async () => sameCells(TEMPORARY.cells, (await make(TEMPORARY).readTable()).used.cells),
    formulas: async () => {
      const texts = [2, 3, 4].map((row) => `=${toR1C1(`E${row}+F${row}`, row, 6)}`);
      const differs = texts.find((text) => text !== '=RC[-2]+RC[-1]');
      return differs ? { kind: 'mismatch', at: 'G2:G4', expected: '=RC[-2]+RC[-1]', actual: differs } : PASSED;
    },
    names: () => keepAndRemove("='IJkpunt zelftest'!$A$1"),
    conditionalFormats: () => keepAndRemove('=ABS(I1)<1'),
    charts: () => keepAndRemove('Eigen, Norm'),
    tableResize: () => keepAndRemove('A1:C5'),
    dataValidation: () => keepAndRemove('2. Efficiency, flexibiliteit, kosten'),
    notes: () => keepAndRemove('Norm = aandeel referentiegroep × totale formatie'),
    events: () => keepAndRemove('B2'),
    triggerSource: () => keepAndRemove('ThisLocalAddin'),
    settings: () => keepAndRemove(JSON.stringify({ tekst: 'Δ € – "citaat"', fte: 162.3 })),
    customXml: () =>
      keepAndRemove('<ijkpunt xmlns="urn:ijkpunt:zelftest:1"><sheet name="Blad &amp; 1">{}</sheet></ijkpunt>'),
    exactUndo: async () => {
      const workbook = make(TEMPORARY);
      const edits = ['C2', 'C3', 'C4', 'C5'].map((address) => ({ address, value: 0 }));
      const point = await workbook.editCells(TEMPORARY.sheet, edits);
      await workbook.undo(point);
      return sameCells(TEMPORARY.cells, (await workbook.readTable()).used.cells);
    },
  };
}

/** Runs every probe on a fresh in-memory workbook made by `make`; the pane's own workbook is not touched. */
export async function previewSelfTest(make: (grid: CellGrid) => WorkbookPort): Promise<SelfTestReport> {
  const all = probes(make);
  const lines = [];
  for (const capability of SELF_TEST_CAPABILITIES) {
    const outcome = await all[capability]().catch((error: unknown): SelfTestOutcome => ({
      kind: 'failed',
      code: 'Error',
      message: String(error),
    }));
    lines.push({ capability, requirement: null, outcome });
  }
  return { host: 'preview', platform: 'browser', officeVersion: null, excelApi: null, lines };
}
