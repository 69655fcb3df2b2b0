/**
 * The adapter contract, reading side: every sample, every openable corpus workbook and every
 * realistic fixture gives the same snapshot through the file adapter (src/xlsx/read-file.ts) as
 * through the Office.js adapter (src/office/read.ts) over the in-memory Excel opened from the same
 * file (independently of the file adapter: excel-from-file.ts), and so the same findings and
 * summaries, or the same refusal. The snapshot holds values, formulas, number formats, hidden
 * rows, merged areas and which sheets are hidden.
 */
import { checkWorkbook, EngineError, type CheckResult } from '../../src/engine/check';
import type { WorkbookSnapshot } from '../../src/engine/grid';
import { isOwnTabName } from '../../src/engine/plan/words';
import { readApis, readWorkbook } from '../../src/office/read';
import { readWorkbookFile } from '../../src/xlsx/read-file';
import { HEADER, INTERVENTIONS, writeWorkbook } from '../corpus/workbooks';
import { openInExcel } from './excel-from-file';
import { CONTRACT_WORKBOOKS, removeBuiltWorkbooks, temporaryDir } from './workbooks';

afterAll(removeBuiltWorkbooks);

interface Read {
  readonly fromFile: WorkbookSnapshot;
  readonly fromExcel: WorkbookSnapshot;
}

const reads = new Map<string, Promise<Read>>();

/** Each workbook read both ways once, shared by its tests. */
function bothWays(id: string, file: () => Promise<string>): Promise<Read> {
  let read = reads.get(id);
  if (!read) {
    read = (async () => {
      const path = await file();
      const excel = await openInExcel(path);
      const { snapshot } = await readWorkbook(excel.run, {
        apis: readApis((version) => excel.isSetSupported('ExcelApi', version)),
      });
      return { fromFile: await readWorkbookFile(path), fromExcel: snapshot };
    })();
    reads.set(id, read);
  }
  return read;
}

/** The check as the pane and the command line do it without options, or the engine's refusal. */
function check(snapshot: WorkbookSnapshot): Pick<CheckResult, 'findings' | 'summaries'> | { refused: string } {
  try {
    const { findings, summaries } = checkWorkbook(snapshot, { lang: 'nl', ignoreSheet: isOwnTabName });
    return { findings, summaries };
  } catch (error) {
    if (error instanceof EngineError) return { refused: `${error.code}: ${error.message}` };
    throw error;
  }
}

describe.each(CONTRACT_WORKBOOKS.map((w) => [w.id, w] as const))('%s', (id, workbook) => {
  it('reads the same snapshot from the file and from Excel', async () => {
    const { fromFile, fromExcel } = await bothWays(id, workbook.file);
    expect(fromExcel).toEqual(fromFile);
  });

  it('gives the same findings and summaries, or the same refusal', async () => {
    const { fromFile, fromExcel } = await bothWays(id, workbook.file);
    expect(check(fromExcel)).toEqual(check(fromFile));
  });
});

describe('what the contract covers', () => {
  it('workbooks with hidden rows, merged areas, hidden sheets, formulas and number formats, each read alike', async () => {
    const all = await Promise.all(CONTRACT_WORKBOOKS.map((w) => bothWays(w.id, w.file)));
    const having = (test: (s: WorkbookSnapshot['sheets'][number]) => boolean): number =>
      all.filter((r) => r.fromExcel.sheets.some(test)).length;
    const cells = (
      s: WorkbookSnapshot['sheets'][number],
    ): Array<NonNullable<NonNullable<(typeof s.rows)[number]>[number]>> =>
      s.rows.flatMap((r) => (r ?? []).filter((c) => c !== undefined));
    const covered = {
      workbooks: all.length,
      hiddenRows: having((s) => (s.hiddenRows?.length ?? 0) > 0),
      merges: having((s) => (s.merges?.length ?? 0) > 0),
      hiddenSheets: having((s) => s.hidden === true),
      formulas: having((s) => cells(s).some((c) => c.formula !== undefined)),
      numberFormats: having((s) => cells(s).some((c) => c.format !== undefined)),
    };
    expect(covered.workbooks).toBe(CONTRACT_WORKBOOKS.length);
    for (const [what, count] of Object.entries(covered)) expect([what, count > 0]).toEqual([what, true]);
  });
});

describe('the one known difference', () => {
  it('a formula no program has calculated: Excel works it out on opening, the file has no value for it', async () => {
    const rows = [
      [...HEADER],
      ...INTERVENTIONS.map((r) => [...r]),
      ['Totaal', null, null, null, { formula: 'SUM(E2:E4)', date1904: false }],
    ];
    const file = await writeWorkbook(await temporaryDir(), 'onberekend.xlsx', [{ name: 'Begroting', rows }]);
    const { fromFile, fromExcel } = await bothWays('onberekend', async () => file);
    expect(fromFile.sheets[0]!.rows[4]![4]).toEqual({ kind: 'text', value: '', formula: '=SUM(E2:E4)' });
    expect(fromExcel.sheets[0]!.rows[4]![4]).toEqual({ kind: 'number', value: 322_000, formula: '=SUM(E2:E4)' });
    const same = (s: WorkbookSnapshot): unknown => s.sheets[0]!.rows.map((r, i) => (i === 4 ? r!.slice(0, 4) : r));
    expect(same(fromExcel)).toEqual(same(fromFile));
  });
});
