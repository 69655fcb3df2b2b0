/**
 * The workbooks the adapter contract runs: every sample, every openable workbook of the corpus
 * (all but the 50 MB one, which neither ExcelJS nor the in-memory Excel holds in a test's time)
 * and every realistic fixture. Each is built or found once per test file.
 */
import { promises as fs, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { CORPUS } from '../corpus/corpus';
import { HEADER, INTERVENTIONS, sumFormula, writeWorkbook, type SheetSpec } from '../corpus/workbooks';

export interface ContractWorkbook {
  readonly id: string;
  readonly kind: 'constructed' | 'sample' | 'corpus' | 'fixture';
  /** The file's path (a corpus file is built on first use). */
  readonly file: () => Promise<string>;
}

const SAMPLES = path.resolve(__dirname, '../../samples');
const FIXTURES = path.resolve(__dirname, '../fixtures/realistic');

const xlsxIn = (dir: string): string[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.xlsx'))
    .sort();

let corpusDir: Promise<string> | undefined;

/** Where this test file builds the corpus and other workbooks; removed by `removeBuiltWorkbooks`. */
export function temporaryDir(): Promise<string> {
  return (corpusDir ??= fs.mkdtemp(path.join(os.tmpdir(), 'npo-contract-corpus-')));
}

export async function removeBuiltWorkbooks(): Promise<void> {
  if (corpusDir) await fs.rm(await corpusDir, { recursive: true, force: true });
}

function once(make: () => Promise<string>): () => Promise<string> {
  let made: Promise<string> | undefined;
  return () => (made ??= make());
}

/**
 * What the other workbooks lack: a hidden and a very hidden sheet, and every kind of cell Excel
 * shows otherwise than ExcelJS hands it over: a date, rich text, a link, an error, a boolean, text
 * that looks like a formula, formulas whose result is 0, "" or FALSE, and a shared formula.
 */
const CELL_KINDS: ReadonlyArray<SheetSpec> = [
  {
    name: 'Begroting',
    rows: [
      ['Peildatum', new Date(Date.UTC(2022, 9, 1))],
      [
        { richText: [{ text: 'NPO-' }, { font: { bold: true }, text: 'begroting' }] },
        { text: 'toelichting', hyperlink: 'https://example.org/npo' },
      ],
      [...HEADER, 'Controle', 'Klaar'],
      [...INTERVENTIONS[0]!, { formula: 'E4-E4', result: 0, date1904: false }, true],
      [
        ...INTERVENTIONS[1]!,
        { formula: 'IF(E5>0,"","x")', result: '', date1904: false },
        { formula: 'E5<0', result: false, date1904: false },
      ],
      [...INTERVENTIONS[2]!, { error: '#N/A' }, '=E6*2'],
      ['Totaal', null, null, null, sumFormula('E', 4, 6, 322_000), sumFormula('F', 4, 6, 240_000)],
    ],
    setup: (ws) => {
      ws.getCell('B1').numFmt = 'd-m-yyyy';
      for (const row of [4, 5, 6, 7]) ws.getCell(`E${row}`).numFmt = '#,##0.00';
      ws.getCell('I4').value = {
        formula: 'E4*2',
        result: 200_000,
        shareType: 'shared',
        ref: 'I4:I6',
        date1904: false,
      } as ExcelJS.CellFormulaValue;
      ws.getCell('I5').value = {
        sharedFormula: 'I4',
        result: 300_000,
        date1904: false,
      } as ExcelJS.CellSharedFormulaValue;
      ws.getCell('I6').value = {
        sharedFormula: 'I4',
        result: 144_000,
        date1904: false,
      } as ExcelJS.CellSharedFormulaValue;
    },
  },
  {
    name: 'Verborgen',
    rows: [['Oude begroting'], [...HEADER], [...INTERVENTIONS[0]!]],
    setup: (ws) => void (ws.state = 'hidden'),
  },
  {
    name: 'Heel verborgen',
    rows: [['Instellingen'], ['Plafond', 322_000]],
    setup: (ws) => void (ws.state = 'veryHidden'),
  },
];

export const CONTRACT_WORKBOOKS: ReadonlyArray<ContractWorkbook> = [
  {
    id: 'constructed cell-kinds-and-hidden-sheets',
    kind: 'constructed',
    file: once(async () => writeWorkbook(await temporaryDir(), 'cell-kinds.xlsx', CELL_KINDS)),
  },
  ...xlsxIn(SAMPLES).map((f): ContractWorkbook => ({
    id: `samples/${f}`,
    kind: 'sample',
    file: async () => path.join(SAMPLES, f),
  })),
  ...CORPUS.filter((entry) => entry.xlsx && !entry.large).map((entry): ContractWorkbook => ({
    id: `corpus ${entry.id}`,
    kind: 'corpus',
    file: once(async () => entry.build(await fs.mkdtemp(path.join(await temporaryDir(), `${entry.id}-`)))),
  })),
  ...xlsxIn(FIXTURES).map((f): ContractWorkbook => ({
    id: `fixtures/realistic/${f}`,
    kind: 'fixture',
    file: async () => path.join(FIXTURES, f),
  })),
];
