/** What the command line itself says: usage, and why a file could not be checked. */
import type { Lang } from '../engine/messages';
import type { WorkbookFileError } from '../xlsx/read-file';

const USAGE = {
  nl: `Gebruik: npo-check <werkmap.xlsx> [opties]

Controleert het NPO-begrotingsblad in een Excel-werkmap en meldt wat niet klopt.

Opties:
  --sheet NAAM        het werkblad om te controleren (standaard: het blad dat het best als begroting leest)
  --ceiling BEDRAG    het plafond, bijvoorbeeld "2.138.509,64" (standaard: uit de werkmap)
  --format text|json  uitvoer als leesbaar rapport (standaard) of als JSON
  --lang nl|en        taal van de uitvoer (standaard nl)
  -h, --help          deze uitleg

Afsluitcode: 0 geen fouten, 1 wel fouten gevonden, 2 werkmap niet te lezen of geen begrotingsblad.
`,
  en: `Usage: npo-check <workbook.xlsx> [options]

Checks the NPO budget sheet in an Excel workbook and reports what does not add up.

Options:
  --sheet NAME        the worksheet to check (default: the sheet that reads best as a budget)
  --ceiling AMOUNT    the ceiling, e.g. "2,138,509.64" or "2.138.509,64" (default: from the workbook)
  --format text|json  output as a readable report (default) or as JSON
  --lang nl|en        output language (default nl)
  -h, --help          this help

Exit code: 0 no errors, 1 errors found, 2 workbook unreadable or no budget sheet.
`,
};

export type UsageProblem = 'bad-option' | 'bad-lang' | 'bad-format' | 'no-file' | 'many-files' | 'bad-ceiling';

export class UsageError extends Error {
  constructor(
    readonly problem: UsageProblem,
    readonly detail: string,
  ) {
    super(`${problem}: ${detail}`);
    this.name = 'UsageError';
  }

  describe(lang: Lang): string {
    const d = this.detail;
    const nl: Record<UsageProblem, string> = {
      'bad-option': `onbekende of onvolledige optie (${d}). Zie npo-check --help.`,
      'bad-lang': `taal ‘${d}’ wordt niet ondersteund; kies nl of en.`,
      'bad-format': `uitvoervorm ‘${d}’ bestaat niet; kies text of json.`,
      'no-file': 'geef de werkmap op die gecontroleerd moet worden, bijvoorbeeld: npo-check begroting.xlsx',
      'many-files': `geef één werkmap op, niet meerdere (${d}).`,
      'bad-ceiling': `plafond ‘${d}’ is geen bedrag; schrijf het bijvoorbeeld als 2.138.509,64.`,
    };
    const en: Record<UsageProblem, string> = {
      'bad-option': `unknown or incomplete option (${d}). See npo-check --help.`,
      'bad-lang': `language ‘${d}’ is not supported; choose nl or en.`,
      'bad-format': `output format ‘${d}’ does not exist; choose text or json.`,
      'no-file': 'name the workbook to check, for example: npo-check budget.xlsx',
      'many-files': `name one workbook, not several (${d}).`,
      'bad-ceiling': `ceiling ‘${d}’ is not an amount; write it as, for example, 2,138,509.64.`,
    };
    return (lang === 'nl' ? nl : en)[this.problem];
  }
}

export function cliText(key: 'usage' | 'version', lang: Lang): string {
  if (key === 'usage') return USAGE[lang];
  return 'npo-check 0.1.0';
}

export function fileProblemText(error: WorkbookFileError, lang: Lang): string {
  const f = error.file;
  const nl = {
    'not-found': `bestand ‘${f}’ bestaat niet.`,
    'is-directory': `‘${f}’ is een map, geen werkmap.`,
    encrypted: `‘${f}’ is met een wachtwoord beveiligd; sla een kopie zonder wachtwoord op en controleer die.`,
    'old-format': `‘${f}’ is een oud Excel-bestand (.xls); sla het op als .xlsx en controleer het opnieuw.`,
    'not-xlsx': `‘${f}’ is geen Excel-werkmap (.xlsx); is het misschien een CSV- of ander bestand met een andere extensie?`,
    damaged: `‘${f}’ kan niet worden gelezen; het bestand is beschadigd of onvolledig${error.detail ? ` (${error.detail})` : ''}.`,
  };
  const en = {
    'not-found': `file ‘${f}’ does not exist.`,
    'is-directory': `‘${f}’ is a folder, not a workbook.`,
    encrypted: `‘${f}’ is password-protected; save a copy without a password and check that.`,
    'old-format': `‘${f}’ is an old Excel file (.xls); save it as .xlsx and check it again.`,
    'not-xlsx': `‘${f}’ is not an Excel workbook (.xlsx); is it a CSV or another file with a different extension?`,
    damaged: `‘${f}’ cannot be read; the file is damaged or incomplete${error.detail ? ` (${error.detail})` : ''}.`,
  };
  return (lang === 'nl' ? nl : en)[error.problem];
}
