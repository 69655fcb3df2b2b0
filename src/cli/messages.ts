/**
 * The command line's errors: usage, and why a file could not be checked or a report not written.
 * Their sentences live in the word catalogue (src/engine/words/command-line.ts).
 */
import type { Lang } from '../engine/messages';
import {
  fileProblemText as fileProblemTextOf,
  outputProblemText,
  outputWriteText,
  reportNotAFileText,
  reportWriteFailedText,
  usageProblemText,
  usageText,
  VERSION_TEXT,
  type OutputProblem,
  type UsageProblem,
} from '../engine/words/command-line';
import type { WorkbookFileError } from '../xlsx/read-file';
import { NOT_A_FILE, type ReportFileError } from '../xlsx/report-workbook';

export class UsageError extends Error {
  constructor(
    readonly problem: UsageProblem,
    readonly detail: string,
  ) {
    super(`${problem}: ${detail}`);
    this.name = 'UsageError';
  }

  describe(lang: Lang): string {
    return usageProblemText(this.problem, lang, this.detail);
  }
}

export function cliText(key: 'usage' | 'version', lang: Lang): string {
  if (key === 'usage') return usageText(lang);
  return VERSION_TEXT;
}

export function fileProblemText(error: WorkbookFileError, lang: Lang): string {
  return fileProblemTextOf(error, lang);
}

/** Why the report cannot go where `--out` says; `file` is the path as the user wrote it. */
export class OutputRefusal extends Error {
  constructor(
    readonly problem: OutputProblem,
    readonly file: string,
    readonly folder: string,
  ) {
    super(`${problem}: ${file}`);
    this.name = 'OutputRefusal';
  }

  describe(lang: Lang): string {
    return outputProblemText(this.problem, lang, this.file, this.folder);
  }
}

/** Codes for a file locked by another program (Excel on Windows) or a folder that may not be written. */
const LOCKED = new Set(['EBUSY', 'EPERM', 'EACCES']);

export function reportFileText(error: ReportFileError, lang: Lang): string {
  const f = error.file;
  if (error.code === 'EEXIST') return new OutputRefusal('out-exists', f, '').describe(lang);
  if (error.code === NOT_A_FILE) return reportNotAFileText(f, lang);
  const locked = error.code !== undefined && LOCKED.has(error.code);
  return reportWriteFailedText(f, error.code, error.detail, locked, lang);
}

/** Printing the result failed: stdout is a closed pipe, a full disk, a file that may not grow. */
export class OutputWriteError extends Error {
  readonly code: string | undefined;

  constructor(cause: NodeJS.ErrnoException) {
    super(`stdout: ${cause.message}`);
    this.name = 'OutputWriteError';
    this.code = cause.code;
  }

  describe(lang: Lang): string {
    return outputWriteText(this.code, this.message, lang);
  }
}

/** No visible sheet reads as a budget, but a hidden one does: the engine's error, plus where to look. */
export class HiddenBudgetSheets extends Error {
  constructor(
    override readonly cause: Error,
    readonly hidden: ReadonlyArray<string>,
  ) {
    super(cause.message);
    this.name = 'HiddenBudgetSheets';
  }
}

export {
  hiddenOnlyText,
  hiddenSheetsText,
  nestedTooDeepText,
  planProblemText,
  progressText,
  reportWrittenText,
  unexpectedErrorText,
  type OutputProblem,
  type ProgressPhase,
  type UsageProblem,
} from '../engine/words/command-line';
