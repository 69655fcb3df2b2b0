/**
 * What the engine decides once for both adapters, carried out alike: a plan Excel would refuse is
 * refused where the engine makes it (validatePlan), and neither adapter takes a plan that was not
 * validated (it does not compile), and a tab whose name a user's sheet
 * already has is placed beside it as "NPO Controle (2)", the user's sheet keeping its name, in the
 * open workbook and in the report alike (placeTabs).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { address } from '../../src/engine/grid';
import { placeTabs } from '../../src/engine/plan/names';
import type { OutputPlan, PlanSheet } from '../../src/engine/plan/types';
import { PlanError, validatePlan, type ValidPlan } from '../../src/engine/plan/validate';
import { createWorkbookAdapter, type OptionalApis } from '../../src/office';
import { writeTabs } from '../../src/office/write-tabs';
import { loadWorkbookFile } from '../../src/xlsx/read-file';
import { buildReportWorkbook } from '../../src/xlsx/report-workbook';
import { writePlanSheets } from '../../src/xlsx/write-plan';
import { HEADER, INTERVENTIONS, sumFormula, writeWorkbook } from '../corpus/workbooks';
import { openInExcel } from './excel-from-file';

const NEWEST: OptionalApis = {
  customProperties: true,
  fillPattern: true,
  dataValidation: true,
  visibleCells: true,
  mergedAreas: true,
  pageLayout: true,
};
const CHECKED_AT = new Date(Date.UTC(2025, 2, 14, 9, 30));

const dir = mkdtempSync(path.join(tmpdir(), 'npo-contract-rules-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const tab = (name: string, extra: Partial<PlanSheet> = {}): PlanSheet => ({
  name,
  purpose: 'overzicht',
  cells: [],
  columnWidths: [],
  tables: [],
  dataBars: [],
  ...extra,
});
const planOf = (...sheets: PlanSheet[]): OutputPlan => ({ marker: 'test', sheets, highlights: [] });
const excelFile = () =>
  writeWorkbook(dir, 'begroting.xlsx', [{ name: 'Begroting', rows: [[...HEADER], ...INTERVENTIONS] }]);

describe('a plan Excel would refuse', () => {
  const header = (col: number, text: string): PlanSheet['cells'][number] => ({
    row: 0,
    col,
    content: { kind: 'text', text },
  });
  it.each([
    ['a name over 31 characters', planOf(tab('NPO Overzicht van alle bestedingsdoelen')), 'sheet-name-too-long'],
    ['two tabs of one name', planOf(tab('NPO Overzicht'), tab('npo overzicht')), 'sheet-name-taken'],
    [
      'a table whose headers repeat',
      planOf(
        tab('Tabel', {
          cells: [header(0, 'Begroot'), header(1, 'begroot')],
          tables: [{ name: 'NPO_Tabel', headerRow: 0, firstCol: 0, lastCol: 1, lastRow: 1 }],
        }),
      ),
      'table-header',
    ],
  ] as const)('%s: refused by validatePlan, once, before a plan can reach either adapter', (_what, plan, problem) => {
    expect(() => validatePlan(plan)).toThrow(expect.objectContaining({ constructor: PlanError, problem }));
  });

  it('reaches neither adapter unvalidated: both take a ValidPlan only, so a plain plan does not compile', async () => {
    const plain = planOf(tab('NPO Overzicht'));
    const excel = await openInExcel(await excelFile());
    const workbook = new ExcelJS.Workbook();
    // Never called: what is checked here is what `tsc` says of each line.
    const unvalidated = () => {
      // @ts-expect-error an OutputPlan is no ValidPlan
      void writeTabs(excel.run, plain, NEWEST);
      // @ts-expect-error an OutputPlan is no ValidPlan
      writePlanSheets(workbook, plain);
      // @ts-expect-error an OutputPlan is no ValidPlan
      void buildReportWorkbook(workbook, 'Begroting', plain);
    };
    void unvalidated;

    // The same plan validated is taken by both, written alike.
    const valid: ValidPlan = validatePlan(plain);
    expect(valid).toBe(plain);
    expect((await writeTabs(excel.run, valid, NEWEST)).sheets).toEqual(['NPO Overzicht']);
    expect(excel.sheetNames).toEqual(['Begroting', 'NPO Overzicht']);
    writePlanSheets(workbook, valid);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['NPO Overzicht']);
  });
});

describe('a checked sheet named like a tab', () => {
  it('keeps its name in Excel and in the report; the tab takes a suffix, and the links to the sheet reach the sheet', async () => {
    const rows = [
      [...HEADER],
      ...INTERVENTIONS.map((r) => [...r]),
      ['Totaal', null, null, null, sumFormula('E', 2, 4, 322_000), 'veertigduizend'],
    ];
    const file = await writeWorkbook(dir, 'controle.xlsx', [{ name: 'NPO Controle', rows }]);

    const excel = await openInExcel(file);
    const adapter = createWorkbookAdapter(excel.run, NEWEST);
    const { result, plan } = await adapter.check({
      sheet: 'NPO Controle',
      lang: 'nl',
      workbookName: 'controle.xlsx',
      checkedAt: CHECKED_AT,
    });
    expect(result.findings.length).toBeGreaterThan(0);
    const before = excel.sheet('NPO Controle').values('A1:F5');
    const { sheets } = await adapter.writeTabs(plan);

    const report = buildReportWorkbook(await loadWorkbookFile(file), 'NPO Controle', plan, CHECKED_AT);
    const reportTabs = report.worksheets.map((w) => w.name).filter((n) => n !== 'NPO Controle');

    expect(sheets).toContain('NPO Controle (2)');
    expect(reportTabs).toEqual(sheets);
    expect(excel.sheetNames).toEqual(['NPO Controle', ...sheets]);
    expect(excel.sheet('NPO Controle').values('A1:F5')).toEqual(before);

    // The findings tab links to the finding's cell on the user's sheet, in both.
    const finding = result.findings.find((f) => f.sheet === 'NPO Controle')!;
    const controleTab = plan.sheets.find((s) => s.purpose === 'controle')!;
    const linked = controleTab.cells.find((c) => c.link?.cell === finding.cell)!;
    const at = address(linked.row, linked.col);
    expect(excel.sheet('NPO Controle (2)').cell(at).hyperlink?.documentReference).toBe(
      `'NPO Controle'!${finding.cell}`,
    );
    expect(report.getWorksheet('NPO Controle (2)')!.getCell(at).formula).toContain(`"#'NPO Controle'!${finding.cell}"`);
  });
});

describe('placeTabs, the one naming both adapters use', () => {
  const link = (sheet: string): PlanSheet['cells'][number] => ({
    row: 0,
    col: 0,
    content: { kind: 'text', text: sheet },
    link: { sheet, cell: 'A1' },
  });
  const plan = validatePlan({
    ...planOf(
      tab('NPO Overzicht', {
        cells: [link('Doel 1 Bovenschools'), { row: 1, col: 0, content: { kind: 'text', text: 'Doel' } }],
        tables: [{ name: 'NPO_Overzicht', headerRow: 1, firstCol: 0, lastCol: 0, lastRow: 2 }],
      }),
      tab('Doel 1 Bovenschools', { cells: [link('Begroting')] }),
      tab('NPO Controle', { cells: [link('NPO Controle')] }),
    ),
    sourceSheets: ['NPO Controle'],
  });

  it('leaves a plan alone where no name is taken', () => {
    expect(placeTabs(plan, { sheets: ['Begroting'], tables: ['Tabel1'] })).toBe(plan);
  });

  it('puts a tab beside a sheet of its name, whatever its case, and the links to the tab follow it', () => {
    const placed = placeTabs(plan, { sheets: ['doel 1 bovenschools', 'Begroting'], tables: ['npo_overzicht'] });
    expect(placed.sheets.map((s) => s.name)).toEqual(['NPO Overzicht', 'Doel 1 Bovenschools (2)', 'NPO Controle']);
    expect(placed.sheets[0]!.cells[0]!.link).toEqual({ sheet: 'Doel 1 Bovenschools (2)', cell: 'A1' });
    expect(placed.sheets[0]!.tables[0]!.name).toBe('NPO_Overzicht_2');
    expect(placed.sheets[1]!.cells[0]!.link).toEqual({ sheet: 'Begroting', cell: 'A1' });
    // Placing keeps a valid plan valid: it is not validated again.
    expect(validatePlan(placed)).toBe(placed);
  });

  it('keeps a link to the checked sheet on that sheet when a tab has its name', () => {
    const placed = placeTabs(plan, { sheets: ['NPO Controle'] });
    expect(placed.sheets[2]!.name).toBe('NPO Controle (2)');
    expect(placed.sheets[2]!.cells[0]!.link).toEqual({ sheet: 'NPO Controle', cell: 'A1' });
  });

  it('stays within 31 characters', () => {
    const long = 'Doel 3 Zorg en welzijn extra lg';
    const placed = placeTabs(validatePlan(planOf(tab(long))), { sheets: [long, `${long.slice(0, 27)} (2)`] });
    expect(placed.sheets[0]!.name).toBe(`${long.slice(0, 27)} (3)`);
    expect(validatePlan(placed)).toBe(placed);
  });
});
