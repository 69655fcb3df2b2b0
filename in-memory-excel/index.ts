/**
 * A strict in-memory Excel for tests of the Office.js adapter and the task pane: no Excel needed,
 * and what real Excel would refuse is refused here too. Plain TypeScript, no Node imports, so it
 * also runs in a browser bundle.
 *
 *   const excel = createFakeExcel({ sheets: [{ name: 'Begroting', values: [['Interventie', 'Begroot'], ['Taal', 1000]] }] });
 *   await excel.run(async (context) => { ... await context.sync(); });
 *   expect(excel.syncCount).toBe(2);
 *
 * Only the surface listed in README.md (this folder) is implemented; touching any other member
 * of a proxy throws `NotImplemented` naming it, so a test fails loudly instead of passing.
 */
export { createFakeExcel, FakeExcel, PAYLOAD_LIMIT_BYTES } from './fake-excel';
export type { ExcelBatch, FakeExcelOptions, InjectedFailure, SyncRecord } from './fake-excel';
export { FakeExcelError, isFakeExcelError } from './errors';
export type { FakeErrorCode, FakeDebugInfo } from './errors';
export { FakeDataError } from './data';
export type { CellInput, FakeSheetData, FakeWorkbookData, PlainValue } from './data';
export type { CellSnapshot, ComparableCell, FakeSheetHandle } from './inspect';
export type { BorderLine, CellValue, Edge, FontFormat, Hyperlink, ValueType } from './cells';
export { fakeWorkbookFromSnapshot } from './from-snapshot';
export type { FakeWorksheetChangedEventArgs } from './events';
export type { ListValidation, ListValidationRule } from './data-validation';
