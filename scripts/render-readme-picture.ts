/**
 * `npm run readme-picture`: renders the "NPO Overzicht" tab of the demo's report workbook
 * (out/hilversum-2021-rapport.xlsx, written by `npm run demo`) to docs/npo-overzicht.png with
 * LibreOffice (to PDF) and poppler (to PNG), in Dutch number notation, for the README.
 */
import path from 'node:path';
import { OVERZICHT_SHEET } from '../src/engine/plan/words';
import { renderToPng } from './libreoffice';

const root = path.resolve(__dirname, '../..');
const report = path.join(root, 'out/hilversum-2021-rapport.xlsx');
const picture = path.join(root, 'docs/npo-overzicht.png');

renderToPng(report, picture, { sheet: OVERZICHT_SHEET, locale: 'nl-NL', dpi: 96 }).then(
  (written) => console.log(`Afbeelding geschreven: ${path.relative(root, written)}`),
  (error: unknown) => {
    console.error(`npm run readme-picture: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
