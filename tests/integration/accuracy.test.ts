/**
 * The accuracy bar of issue 12 on the realistic workbooks (tests/fixtures/realistic): every
 * finding a careful controller wants is reported, at most one in twenty reported is not wanted,
 * and every per-goal figure is exact to the cent. `npm run accuracy` prints the same score.
 */
import path from 'node:path';
import { finalLine, meetsBar, scoreFolder, textReport } from '../../scripts/accuracy';

it('reads the realistic workbooks with recall 100%, precision of at least 95% and every figure exact', async () => {
  const report = await scoreFolder(path.resolve(__dirname, '../fixtures/realistic'));
  // On failure the message is the per-workbook report, which names what was missed or extra.
  if (!meetsBar(report)) throw new Error(textReport(report));
  expect(finalLine(report)).toMatch(/^recall 100,0% .* figures exact (\d+)\/\1 workbooks$/);
  expect(report.workbooks.length).toBeGreaterThanOrEqual(25);
}, 120_000);
