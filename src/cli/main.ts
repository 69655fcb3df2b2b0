/**
 * `npo-check`: runs the engine on an `.xlsx` file. Exit codes: 0 no error-level finding, 1 at least
 * one, 2 the workbook cannot be read or holds no budget sheet (one clear line on stderr).
 */
import { parseArgs } from 'node:util';
import { readAmountText, countedCents } from '../engine/amounts';
import { checkWorkbook, EngineError } from '../engine/check';
import type { Lang } from '../engine/messages';
import { toJsonReport, toTextReport } from '../engine/report';
import { readWorkbookFile, WorkbookFileError } from '../xlsx/read-file';
import { cliText, fileProblemText, UsageError } from './messages';

export interface CliOptions {
  readonly file: string;
  readonly sheet?: string;
  readonly ceilingCents?: number;
  readonly format: 'text' | 'json';
  readonly lang: Lang;
}

export function parseCliArgs(argv: ReadonlyArray<string>): CliOptions | 'help' | 'version' {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        sheet: { type: 'string' },
        ceiling: { type: 'string' },
        format: { type: 'string', default: 'text' },
        lang: { type: 'string', default: 'nl' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new UsageError('bad-option', (error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (values.version) return 'version';
  const lang = values.lang;
  if (lang !== 'nl' && lang !== 'en') throw new UsageError('bad-lang', String(lang));
  const format = values.format;
  if (format !== 'text' && format !== 'json') throw new UsageError('bad-format', String(format));
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'no-file' : 'many-files', positionals.join(' '));
  let ceilingCents: number | undefined;
  if (values.ceiling !== undefined) {
    const reading = readAmountText(values.ceiling);
    ceilingCents = reading.kind === 'number' || reading.kind === 'text-number' ? countedCents(reading) : undefined;
    if (ceilingCents === undefined || ceilingCents <= 0) throw new UsageError('bad-ceiling', values.ceiling);
  }
  return { file: positionals[0]!, sheet: values.sheet, ceilingCents, format, lang };
}

/** Runs the command; returns the exit code. Output goes to the given streams (tests pass their own). */
export async function main(
  argv: ReadonlyArray<string>,
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
): Promise<number> {
  const lang = requestedLang(argv);
  try {
    const options = parseCliArgs(argv);
    if (options === 'help') {
      out.write(cliText('usage', lang));
      return 0;
    }
    if (options === 'version') {
      out.write(`${cliText('version', lang)}\n`);
      return 0;
    }
    const workbook = await readWorkbookFile(options.file);
    const result = checkWorkbook(workbook, { sheet: options.sheet, ceilingCents: options.ceilingCents, lang: options.lang });
    if (options.format === 'json') out.write(`${JSON.stringify(toJsonReport(result, options.file), null, 2)}\n`);
    else out.write(toTextReport(result, options.file, options.lang));
    return result.findings.some((f) => f.severity === 'error') ? 1 : 0;
  } catch (error) {
    err.write(`npo-check: ${describeFailure(error, lang)}\n`);
    if (process.env.NPO_DEBUG && error instanceof Error && error.stack) err.write(`${error.stack}\n`);
    return 2;
  }
}

/** The language to report a failure in, even when the arguments themselves could not be parsed. */
function requestedLang(argv: ReadonlyArray<string>): Lang {
  return argv.some((a, i) => a === '--lang=en' || (a === '--lang' && argv[i + 1] === 'en')) ? 'en' : 'nl';
}

function describeFailure(error: unknown, lang: Lang): string {
  if (error instanceof UsageError) return error.describe(lang);
  if (error instanceof WorkbookFileError) return fileProblemText(error, lang);
  if (error instanceof EngineError) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return lang === 'nl' ? `onverwachte fout: ${detail}. Meld dit graag, met het bestand als dat kan.` : `unexpected error: ${detail}. Please report it, with the file if possible.`;
}
