/**
 * Generated budget sheets for benchmarks: a list layout with every kind of row the engine meets
 * in real sheets (all five goals, some text amounts, estimates, overspending, a grand total).
 */
import ExcelJS from 'exceljs';
import type { PlainValue } from '../src/engine/grid';

const GOAL_TEXTS = ['Bovenschools', 'VVE', 'Zorg & welzijn', 'Samenwerking', 'Thuiszitters', '1 en 3'];
const PARTNERS = ['Versa Welzijn', 'Bibliotheek', 'Proloog', 'Bink', 'AT', 'RBL'];

export const GENERATED_HEADER = [
  'Nr',
  'Interventie',
  'Bestedingsdoel',
  'Uitvoerder',
  'Begroot',
  'Benut',
  'Toelichting',
];

/** Rows of a list sheet with `count` interventions; deterministic, so runs compare. */
export function generatedListRows(count: number): PlainValue[][] {
  const rows: PlainValue[][] = [
    ['NPO-begroting (gegenereerd)'],
    ['Plafond NPO-middelen', 2_138_509.64],
    [],
    GENERATED_HEADER,
  ];
  for (let i = 1; i <= count; i++) {
    const begroot = 1_000 + ((i * 7_919) % 50_000) + (i % 100) / 100;
    const benut = i % 11 === 0 ? begroot + 250 : Math.round(begroot * 0.8 * 100) / 100;
    const begrootCell: PlainValue =
      i % 97 === 0 ? `€ ${Math.round(begroot)}` : i % 89 === 0 ? `Ca. € ${Math.round(begroot)}` : begroot;
    rows.push([
      i,
      `Interventie ${i}`,
      GOAL_TEXTS[i % GOAL_TEXTS.length]!,
      PARTNERS[i % PARTNERS.length]!,
      begrootCell,
      benut,
      i % 13 === 0 ? 'Voor po en vo' : null,
    ]);
  }
  rows.push(['Totaal', null, null, null, 0, 0, null]);
  return rows;
}

export async function writeGeneratedWorkbook(file: string, count: number): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Begroting');
  for (const row of generatedListRows(count)) sheet.addRow(row);
  await workbook.xlsx.writeFile(file);
}
