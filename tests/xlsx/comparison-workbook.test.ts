/**
 * The report workbook of `npo-check vergelijk`: its tab is named by the plan's one tab-naming
 * (placeTabs), so a compared sheet named like the tab keeps its name and the tab takes " (2)", its
 * links still reaching the user's sheet.
 */
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { checkWorkbook } from '../../src/engine/check';
import { compareBudgets } from '../../src/engine/compare';
import { wijzigingenPlan } from '../../src/engine/plan/wijzigingen';
import { buildComparisonWorkbook, copyNames } from '../../src/xlsx/comparison-workbook';
import { loadWorkbookFile } from '../../src/xlsx/read-file';
import { snapshotWorkbook } from '../../src/xlsx/snapshot';

const PAIR = path.resolve(__dirname, '../../samples/hilversum-versies.xlsx');
const AT = new Date(Date.UTC(2026, 2, 12));

async function report(oldName: string): Promise<ExcelJS.Workbook> {
  const book = await loadWorkbookFile(PAIR);
  book.getWorksheet('Begroting 2021')!.name = oldName;
  const snapshot = snapshotWorkbook(book);
  const model = (sheet: string) => checkWorkbook(snapshot, { sheet, lang: 'nl' }).model;
  const comparison = compareBudgets(model(oldName), model('Stand 2023'));
  const names = copyNames(comparison.oldSheet, comparison.newSheet);
  const plan = wijzigingenPlan(comparison, {
    lang: 'nl',
    checkedOn: 46000,
    oldSource: 'a.xlsx',
    newSource: 'a.xlsx',
    oldLinkSheet: names.old,
    newLinkSheet: names.new,
  });
  expect(plan.sourceSheets).toEqual([oldName, 'Stand 2023']);
  return buildComparisonWorkbook(
    { workbook: book, sheet: comparison.oldSheet },
    { workbook: book, sheet: comparison.newSheet },
    plan,
    AT,
  );
}

function linkTargets(sheet: ExcelJS.Worksheet): string[] {
  const links: string[] = [];
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      const target = /HYPERLINK\("(#[^"]+)"/.exec(cell.formula ?? '')?.[1];
      if (target !== undefined) links.push(target);
    }),
  );
  return links;
}

describe('the comparison report workbook', () => {
  it('names the tab NPO Wijzigingen beside the copies of both sheets', async () => {
    const wb = await report('Begroting 2021');
    expect(wb.worksheets.map((w) => w.name)).toEqual(['NPO Wijzigingen', 'Begroting 2021', 'Stand 2023']);
  });

  it('keeps a compared sheet’s name NPO Wijzigingen; the tab takes (2) and links to the sheet', async () => {
    const wb = await report('NPO Wijzigingen');
    expect(wb.worksheets.map((w) => w.name)).toEqual(['NPO Wijzigingen (2)', 'NPO Wijzigingen', 'Stand 2023']);
    const links = linkTargets(wb.getWorksheet('NPO Wijzigingen (2)')!);
    expect(links).toContain("#'NPO Wijzigingen'!D7");
    expect(links.every((l) => /^#'(NPO Wijzigingen|Stand 2023)'![A-Z]+\d+$/.test(l))).toBe(true);
  });

  it('copies two sheets of one name under their own name and "(2)"', () => {
    expect(copyNames('Begroting', 'begroting')).toEqual({ old: 'Begroting', new: 'begroting (2)' });
    expect(copyNames('NPO Wijzigingen', 'Stand')).toEqual({ old: 'NPO Wijzigingen', new: 'Stand' });
  });
});
