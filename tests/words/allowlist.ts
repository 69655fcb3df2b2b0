/**
 * The few literals that read as words but rightly stay outside the word catalogue, each with the
 * reason. Keep it short: a new entry needs a reason a reviewer would accept.
 */

/** Files or folders (ending in /) the scan skips as a whole. */
export const EXCLUDED: ReadonlyArray<{ readonly path: string; readonly reason: string }> = [
  { path: 'src/engine/words/', reason: 'the word catalogue itself' },
  {
    path: 'src/engine/rules/',
    reason: "each rule's message templates live beside its check; the catalogue's index collects them",
  },
  { path: 'src/playground/', reason: 'a developer playground, not shipped to users' },
  {
    path: 'src/engine/layout/labels.ts',
    reason: 'what users write in their own sheets, recognised on reading, never shown',
  },
];

/** Single literals, matched by file and text (as the scan prints it: holes left out, spaces collapsed). */
export const ALLOWED: ReadonlyArray<{ readonly file: string; readonly text: string; readonly reason: string }> = [
  {
    file: 'src/cli/compare.ts',
    text: 'npo-check vergelijk:',
    reason: "the command's own name before its error sentence, not translated",
  },
  {
    file: 'src/xlsx/report-workbook.ts',
    text: 'NPO-begrotingscontrole (npo-check)',
    reason: "the report workbook's Creator property: the program's name",
  },
  {
    file: 'src/xlsx/comparison-workbook.ts',
    text: 'NPO-begrotingscontrole (npo-check vergelijk)',
    reason: "the comparison workbook's Creator property: the program's name",
  },
];
