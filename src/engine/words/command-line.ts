/**
 * What the command line says: usage, and why a file could not be checked or a report not written.
 * The command line's error classes (src/cli/messages.ts) hand their facts to these sentences; the
 * facts are described here structurally, so the catalogue stays free of Node and the file adapter.
 */
import type { Lang } from './lang';

const USAGE = {
  nl: `Gebruik: npo-check <werkmap.xlsx> [opties]

Controleert het NPO-begrotingsblad in een Excel-werkmap en meldt wat niet klopt.

Opties:
  --sheet NAAM        het werkblad om te controleren (standaard: het blad dat het best als begroting leest)
  --ceiling BEDRAG    het plafond, bijvoorbeeld "2.138.509,64" (standaard: uit de werkmap)
  --payments-sheet NAAM
                      het werkblad met facturen en betalingen om af te stemmen (standaard: het blad
                      met een kolom datum en een kolom factuur- of betalingsnummer, als dat er is)
  --period-start DATUM
                      begin van de bestedingsperiode, als 1-8-2021 of 2021-08-01 (standaard 1-8-2021)
  --period-end DATUM  einde van de bestedingsperiode, tot en met (standaard 31-7-2025)
  --ledger BESTAND    een grootboekexport (.csv of .xlsx) naast de werkmap, afgestemd als betalingen;
                      CSV met ; of , en Nederlandse of Engelse decimalen, UTF-8 of Windows-1252
  --vat excl|incl     welk bedrag van een boeking telt: excl. btw (standaard: de gemeente compenseert
                      btw via het BTW-compensatiefonds) of incl. btw
  --format text|json  uitvoer als leesbaar rapport (standaard) of als JSON
  --lang nl|en        taal van de uitvoer (standaard nl)
  --out RAPPORT.xlsx  schrijf ook een rapportwerkmap: overzicht, een tabblad per doel, met een
                      betalingenblad ook afstemming en jaarrekening, de bevindingen en een kopie van
                      het begrotingsblad (en het betalingenblad) met de gemarkeerde cellen
  --force             overschrijf een bestaand rapport
  --explain           toon de volledige leeswijze: elke kolom en wat die is, de eenheid, het plafond
  --header-row N      lees de kopregel op rij N (voor deze run; gaat voor de leeswijze in de werkmap)
  --column E=ROL      lees kolom E als ROL: code, interventie, bestedingsdoel, uitvoerder, begroot,
                      benut, toelichting of negeren (herhaalbaar)
  --unit 1|1000|1000000
                      wat 1 in een bedragcel waard is in euro's (1000 voor "x € 1.000")
  -q, --quiet         geen voortgangsregel op stderr (die verschijnt als een run langer dan een
                      seconde duurt)
  -h, --help          deze uitleg

Twee versies vergelijken: npo-check vergelijk <oud.xlsx> <nieuw.xlsx> (zie npo-check vergelijk --help).

De werkmap zelf wordt alleen gelezen, nooit gewijzigd. Met SOURCE_DATE_EPOCH (seconden sinds 1970)
krijgt het rapport een vaste controledatum, zodat twee runs hetzelfde rapport geven.

Afsluitcode: 0 geen fouten, 1 wel fouten gevonden, 2 werkmap niet te lezen, geen begrotingsblad of
rapport niet te schrijven.
`,
  en: `Usage: npo-check <workbook.xlsx> [options]

Checks the NPO budget sheet in an Excel workbook and reports what does not add up.

Options:
  --sheet NAME        the worksheet to check (default: the sheet that reads best as a budget)
  --ceiling AMOUNT    the ceiling, e.g. "2,138,509.64" or "2.138.509,64" (default: from the workbook)
  --payments-sheet NAME
                      the sheet of invoices and payments to reconcile (default: the sheet with a
                      date column and an invoice or payment number column, if there is one)
  --period-start DATE start of the spending period, as 1-8-2021 or 2021-08-01 (default 1-8-2021)
  --period-end DATE   end of the spending period, inclusive (default 31-7-2025)
  --ledger FILE       a ledger export (.csv or .xlsx) beside the workbook, reconciled as its payments;
                      CSV with ; or , and Dutch or English decimals, UTF-8 or Windows-1252
  --vat excl|incl     which amount of a booking counts: excl. VAT (default: the municipality reclaims
                      VAT from the BTW-compensatiefonds) or incl. VAT
  --format text|json  output as a readable report (default) or as JSON
  --lang nl|en        output language (default nl)
  --out REPORT.xlsx   also write a report workbook: overview, a tab per goal, with a payments sheet
                      also reconciliation and annual accounts, the findings and a copy of the
                      budget sheet (and the payments sheet) with the flagged cells highlighted
  --force             overwrite an existing report
  --explain           print the full reading: every column and what it is, the unit, the ceiling
  --header-row N      read the header on row N (for this run; goes over the reading in the workbook)
  --column E=ROLE     read column E as ROLE: code, interventie, bestedingsdoel, uitvoerder, begroot,
                      benut, toelichting or negeren (repeatable)
  --unit 1|1000|1000000
                      what 1 in an amount cell is worth in euros (1000 for "x € 1.000")
  -q, --quiet         no progress line on stderr (it appears when a run takes longer than a second)
  -h, --help          this help

Comparing two versions: npo-check vergelijk <old.xlsx> <new.xlsx> (see npo-check vergelijk --help).

The workbook itself is only read, never changed. With SOURCE_DATE_EPOCH (seconds since 1970) the
report gets a fixed check date, so two runs give the same report.

Exit code: 0 no errors, 1 errors found, 2 workbook unreadable, no budget sheet or report not written.
`,
};

/** The usage text of `npo-check` (`--help`). */
export function usageText(lang: Lang): string {
  return USAGE[lang];
}

export type UsageProblem =
  | 'bad-option'
  | 'bad-lang'
  | 'bad-format'
  | 'no-file'
  | 'many-files'
  | 'bad-ceiling'
  | 'ceiling-fraction'
  | 'dash-value'
  | 'force-without-out'
  | 'bad-source-date-epoch'
  | 'bad-period-start'
  | 'bad-period-end'
  | 'period-order'
  | 'bad-header-row'
  | 'bad-column'
  | 'bad-unit'
  | 'bad-vat';

export function usageProblemText(problem: UsageProblem, lang: Lang, d: string): string {
  const nl: Record<UsageProblem, string> = {
    'bad-option': `onbekende of onvolledige optie (${d}). Zie npo-check --help.`,
    'bad-lang': `taal ‘${d}’ wordt niet ondersteund; kies nl of en.`,
    'bad-format': `uitvoervorm ‘${d}’ bestaat niet; kies text of json.`,
    'no-file': 'geef de werkmap op die gecontroleerd moet worden, bijvoorbeeld: npo-check begroting.xlsx',
    'many-files': `geef één werkmap op, niet meerdere (${d}).`,
    'bad-ceiling': `plafond ‘${d}’ is geen bedrag; schrijf het bijvoorbeeld als 2.138.509,64.`,
    'ceiling-fraction': `plafond ‘${d}’ heeft meer dan twee decimalen; een plafond is een bedrag in hele centen, zoals 2.138.509,64. Er wordt niet afgerond.`,
    'dash-value': `${d} mist een waarde, of de waarde begint met een streepje; schrijf ${d}=WAARDE (een negatief plafond bestaat niet).`,
    'force-without-out': '--force hoort bij --out: geef ook op waar het rapport moet komen.',
    'bad-source-date-epoch': `SOURCE_DATE_EPOCH ‘${d}’ is geen aantal seconden sinds 1970.`,
    'bad-period-start': `begin van de bestedingsperiode ‘${d}’ is geen datum; schrijf bijvoorbeeld 1-8-2021 of 2021-08-01.`,
    'bad-period-end': `einde van de bestedingsperiode ‘${d}’ is geen datum; schrijf bijvoorbeeld 31-7-2025 of 2025-07-31.`,
    'period-order': `de bestedingsperiode begint na haar einde (${d}); geef een begin vóór het einde.`,
    'bad-header-row': `kopregel ‘${d}’ is geen rijnummer; geef bijvoorbeeld --header-row 5.`,
    'bad-column': `kolom ‘${d}’ is niet te lezen; schrijf kolom=rol, bijvoorbeeld --column E=begroot (rollen: code, interventie, bestedingsdoel, uitvoerder, begroot, benut, toelichting, negeren).`,
    'bad-unit': `eenheid ‘${d}’ bestaat niet; kies 1, 1000 of 1000000.`,
    'bad-vat': `btw-keuze ‘${d}’ bestaat niet; kies excl of incl.`,
  };
  const en: Record<UsageProblem, string> = {
    'bad-option': `unknown or incomplete option (${d}). See npo-check --help.`,
    'bad-lang': `language ‘${d}’ is not supported; choose nl or en.`,
    'bad-format': `output format ‘${d}’ does not exist; choose text or json.`,
    'no-file': 'name the workbook to check, for example: npo-check budget.xlsx',
    'many-files': `name one workbook, not several (${d}).`,
    'bad-ceiling': `ceiling ‘${d}’ is not an amount; write it as, for example, 2,138,509.64.`,
    'ceiling-fraction': `ceiling ‘${d}’ has more than two decimals; a ceiling is an amount in whole cents, such as 2,138,509.64. It is not rounded.`,
    'dash-value': `${d} lacks a value, or its value starts with a dash; write ${d}=VALUE (a negative ceiling does not exist).`,
    'force-without-out': '--force goes with --out: say where the report should go as well.',
    'bad-source-date-epoch': `SOURCE_DATE_EPOCH ‘${d}’ is not a number of seconds since 1970.`,
    'bad-period-start': `start of the spending period ‘${d}’ is not a date; write, for example, 1-8-2021 or 2021-08-01.`,
    'bad-period-end': `end of the spending period ‘${d}’ is not a date; write, for example, 31-7-2025 or 2025-07-31.`,
    'period-order': `the spending period starts after it ends (${d}); give a start before the end.`,
    'bad-header-row': `header row ‘${d}’ is no row number; give for example --header-row 5.`,
    'bad-column': `column ‘${d}’ cannot be read; write column=role, for example --column E=begroot (roles: code, interventie, bestedingsdoel, uitvoerder, begroot, benut, toelichting, negeren).`,
    'bad-unit': `unit ‘${d}’ does not exist; choose 1, 1000 or 1000000.`,
    'bad-vat': `VAT choice ‘${d}’ does not exist; choose excl or incl.`,
  };
  return (lang === 'nl' ? nl : en)[problem];
}

export type FileProblem =
  | 'not-found'
  | 'is-directory'
  | 'not-a-file'
  | 'no-access'
  | 'link-loop'
  | 'name-too-long'
  | 'encrypted'
  | 'old-format'
  | 'other-format'
  | 'not-xlsx'
  | 'damaged'
  | 'too-large'
  | 'too-many-parts';
/** What a zip that holds no Excel workbook holds instead, when it can be told. */
export type OtherFormat = 'ods' | 'xlsb' | 'docx' | 'pptx';
/**
 * What is wrong inside a damaged file: the zip stops halfway (`incomplete`), its packed data is
 * corrupt (`zip`), a part is no valid spreadsheet XML (`content`), a listed sheet is missing, two
 * parts have one name, a sheet has a name Excel does not allow, or a sheet stores a cell beyond
 * Excel's last row or column.
 */
export type Damage =
  | { readonly kind: 'incomplete' }
  | { readonly kind: 'zip'; readonly sheet?: string }
  | { readonly kind: 'content'; readonly sheet?: string }
  | { readonly kind: 'sheet-missing'; readonly sheet: string }
  | { readonly kind: 'duplicate-part'; readonly part: string }
  | { readonly kind: 'sheet-name'; readonly sheet: string }
  | { readonly kind: 'beyond-grid'; readonly sheet: string };
/**
 * The sizes behind a `too-large` refusal, in bytes; `sheetBytes` is the unpacked data of the parts
 * a check reads (sheets, shared strings, styles, the workbook), absent when the file itself is too
 * big to read.
 */
export interface WorkbookSize {
  readonly fileBytes: number;
  readonly sheetBytes?: number;
  readonly limitBytes: number;
  /** The biggest sheet, when the workbook names it. */
  readonly biggest?: { readonly sheet: string; readonly bytes: number };
}
/** Why a workbook file could not be read, as the file adapter's WorkbookFileError tells it. */
export interface FileProblemFacts {
  readonly problem: FileProblem;
  readonly file: string;
  readonly detail?: string;
  readonly damage?: Damage;
  readonly size?: WorkbookSize;
  readonly format?: OtherFormat;
}

export function fileProblemText(error: FileProblemFacts, lang: Lang): string {
  const f = error.file;
  const nl = {
    'not-found': `bestand ‘${f}’ bestaat niet.`,
    'is-directory': `‘${f}’ is een map, geen werkmap.`,
    encrypted: `‘${f}’ is met een wachtwoord beveiligd; sla een kopie zonder wachtwoord op en controleer die.`,
    'old-format': `‘${f}’ is een oud Excel-bestand (.xls); sla het op als .xlsx en controleer het opnieuw.`,
    'not-xlsx': `‘${f}’ is geen Excel-werkmap (.xlsx); is het misschien een CSV- of ander bestand met een andere extensie?`,
    damaged: `‘${f}’ kan niet worden gelezen; het bestand is beschadigd of onvolledig${damageText(error.damage, 'nl')}`,
    'no-access': `‘${f}’ kan niet worden geopend: er is geen leesrecht op, of een ander programma houdt het vast. Sluit het daar of kopieer het, en controleer de kopie.`,
    'too-large': error.size ? tooLargeText(f, error.size, 'nl') : `‘${f}’ is te groot om te controleren.`,
    'not-a-file': `‘${f}’ is geen gewoon bestand (maar bijvoorbeeld een apparaat of een pijp); sla de werkmap als bestand op en controleer dat.`,
    'link-loop': `‘${f}’ kan niet worden geopend: het is een snelkoppeling (symbolische link) die in een kring naar zichzelf verwijst. Geef het pad naar de werkmap zelf.`,
    'name-too-long': `‘${f}’ kan niet worden geopend: de naam of het pad is langer dan het systeem toestaat. Geef de werkmap een kortere naam of zet hem in een map dichterbij.`,
    'other-format': `‘${f}’ is geen Excel-werkmap (.xlsx) maar ${otherFormatText(error.format, 'nl')} met de extensie .xlsx; open het in Excel of LibreOffice, sla het op als Excel-werkmap (.xlsx) en controleer dat.`,
    'too-many-parts': `‘${f}’ bestaat uit ${error.detail ?? 'te veel'} onderdelen, meer dan een Excel-werkmap ooit heeft; het is geen gewone werkmap en wordt niet gelezen. Sla het in Excel opnieuw op en controleer de kopie.`,
  };
  const en = {
    'not-found': `file ‘${f}’ does not exist.`,
    'is-directory': `‘${f}’ is a folder, not a workbook.`,
    encrypted: `‘${f}’ is password-protected; save a copy without a password and check that.`,
    'old-format': `‘${f}’ is an old Excel file (.xls); save it as .xlsx and check it again.`,
    'not-xlsx': `‘${f}’ is not an Excel workbook (.xlsx); is it a CSV or another file with a different extension?`,
    damaged: `‘${f}’ cannot be read; the file is damaged or incomplete${damageText(error.damage, 'en')}`,
    'no-access': `‘${f}’ cannot be opened: it may not be read, or another program holds it. Close it there or copy it, and check the copy.`,
    'too-large': error.size ? tooLargeText(f, error.size, 'en') : `‘${f}’ is too large to check.`,
    'not-a-file': `‘${f}’ is not a regular file (but a device or a pipe, for example); save the workbook as a file and check that.`,
    'link-loop': `‘${f}’ cannot be opened: it is a symbolic link that points back to itself in a loop. Give the path of the workbook itself.`,
    'name-too-long': `‘${f}’ cannot be opened: its name or path is longer than the system allows. Give the workbook a shorter name or move it to a folder closer to the top.`,
    'other-format': `‘${f}’ is not an Excel workbook (.xlsx) but ${otherFormatText(error.format, 'en')} named .xlsx; open it in Excel or LibreOffice, save it as an Excel workbook (.xlsx) and check that.`,
    'too-many-parts': `‘${f}’ consists of ${error.detail ?? 'too many'} parts, more than an Excel workbook ever has; it is no ordinary workbook and is not read. Save it again in Excel and check the copy.`,
  };
  return (lang === 'nl' ? nl : en)[error.problem];
}

function otherFormatText(format: OtherFormat | undefined, lang: Lang): string {
  const nl: Record<OtherFormat, string> = {
    ods: 'een OpenDocument-rekenblad (.ods)',
    xlsb: 'een binaire Excel-werkmap (.xlsb)',
    docx: 'een Word-document (.docx)',
    pptx: 'een PowerPoint-presentatie (.pptx)',
  };
  const en: Record<OtherFormat, string> = {
    ods: 'an OpenDocument spreadsheet (.ods)',
    xlsb: 'a binary Excel workbook (.xlsb)',
    docx: 'a Word document (.docx)',
    pptx: 'a PowerPoint presentation (.pptx)',
  };
  if (format === undefined) return lang === 'nl' ? 'een ander bestand' : 'another file';
  return (lang === 'nl' ? nl : en)[format];
}

/** Where a damaged file is damaged, and what to do about it; starts with a colon, ends the sentence. */
function damageText(damage: Damage | undefined, lang: Lang): string {
  const nl = lang === 'nl';
  const repair = nl
    ? 'Open het in Excel, dat aanbiedt het te herstellen, sla het op en controleer het opnieuw.'
    : 'Open it in Excel, which offers to repair it, save it and check it again.';
  switch (damage?.kind) {
    case undefined:
      return '.';
    case 'incomplete':
      return nl
        ? ': het houdt halverwege op, alsof het downloaden of kopiëren niet is afgemaakt. Haal het opnieuw op.'
        : ': it stops halfway, as if a download or copy did not finish. Fetch it again.';
    case 'zip':
      return nl
        ? `: de ingepakte gegevens${damage.sheet !== undefined ? ` van werkblad ‘${damage.sheet}’` : ''} kloppen niet. ${repair}`
        : `: the packed data${damage.sheet !== undefined ? ` of worksheet ‘${damage.sheet}’` : ''} is corrupt. ${repair}`;
    case 'content':
      if (damage.sheet !== undefined)
        return nl
          ? `: werkblad ‘${damage.sheet}’ houdt halverwege op. ${repair}`
          : `: worksheet ‘${damage.sheet}’ stops halfway. ${repair}`;
      return nl
        ? `: de inhoud is geen geldige Excel-werkmap. ${repair}`
        : `: its content is no valid Excel workbook. ${repair}`;
    case 'sheet-missing':
      return nl
        ? `: werkblad ‘${damage.sheet}’ staat in de werkmap vermeld, maar ontbreekt in het bestand. ${repair}`
        : `: worksheet ‘${damage.sheet}’ is listed in the workbook but missing from the file. ${repair}`;
    case 'duplicate-part':
      return nl
        ? `: het onderdeel ‘${damage.part}’ staat er twee keer in (namen tellen zonder hoofdletters en met / of \\ gelijk), dus welke inhoud geldt is niet te zeggen. ${repair}`
        : `: the part ‘${damage.part}’ occurs twice (names count without case and with / or \\ alike), so which content counts cannot be told. ${repair}`;
    case 'sheet-name':
      return nl
        ? `: werkblad ‘${damage.sheet}’ heeft een naam die Excel niet toestaat (leeg, langer dan 31 tekens, met * ? : / \\ [ ], tussen enkele aanhalingstekens of dubbel). ${repair}`
        : `: worksheet ‘${damage.sheet}’ has a name Excel does not allow (empty, longer than 31 characters, with * ? : / \\ [ ], between single quotes or used twice). ${repair}`;
    case 'beyond-grid':
      return nl
        ? `: werkblad ‘${damage.sheet}’ heeft een cel voorbij de laatste rij (1.048.576) of kolom (XFD) van Excel. ${repair}`
        : `: worksheet ‘${damage.sheet}’ has a cell beyond Excel's last row (1,048,576) or column (XFD). ${repair}`;
  }
}

/** Says how big the workbook is, which sheet makes it so, and what to check instead. */
function tooLargeText(f: string, size: WorkbookSize, lang: Lang): string {
  const mb = (bytes: number): string => fileSize(bytes, lang);
  const biggest = size.biggest;
  if (size.sheetBytes === undefined) {
    return lang === 'nl'
      ? `‘${f}’ is te groot om te controleren: het bestand is ${mb(size.fileBytes)}; npo-check leest bestanden tot ${mb(size.limitBytes)}. Kopieer het begrotingsblad (en een eventueel betalingenblad) naar een nieuwe werkmap en controleer die.`
      : `‘${f}’ is too large to check: the file is ${mb(size.fileBytes)}; npo-check reads files up to ${mb(size.limitBytes)}. Copy the budget sheet (and a payments sheet, if any) into a new workbook and check that.`;
  }
  if (lang === 'nl') {
    const where = biggest ? `, waarvan ${mb(biggest.bytes)} in werkblad ‘${biggest.sheet}’` : '';
    return `‘${f}’ is te groot om te controleren: het bestand is ${mb(size.fileBytes)} en uitgepakt ${mb(size.sheetBytes)} aan werkbladgegevens${where}; npo-check leest tot ${mb(size.limitBytes)}. Kopieer het begrotingsblad (en een eventueel betalingenblad) naar een nieuwe werkmap en controleer die.`;
  }
  const where = biggest ? `, ${mb(biggest.bytes)} of it in worksheet ‘${biggest.sheet}’` : '';
  return `‘${f}’ is too large to check: the file is ${mb(size.fileBytes)} and unpacks to ${mb(size.sheetBytes)} of worksheet data${where}; npo-check reads up to ${mb(size.limitBytes)}. Copy the budget sheet (and a payments sheet, if any) into a new workbook and check that.`;
}

export type OutputProblem =
  'out-is-input' | 'out-exists' | 'out-is-folder' | 'out-folder-missing' | 'out-folder-not-folder';

/** Why the report cannot go where `--out` says; `f` is the path as the user wrote it, `d` its folder. */
export function outputProblemText(problem: OutputProblem, lang: Lang, f: string, d: string): string {
  const nl: Record<OutputProblem, string> = {
    'out-is-input': `het rapport kan niet naar ‘${f}’: dat is de werkmap die gecontroleerd wordt, en die blijft onaangeroerd. Kies een andere naam.`,
    'out-exists': `‘${f}’ bestaat al; kies een andere naam of geef --force om het te overschrijven.`,
    'out-is-folder': `‘${f}’ is een map; geef de naam van het rapportbestand, bijvoorbeeld ${joinPath(f, 'rapport.xlsx')}.`,
    'out-folder-missing': `de map ‘${d}’ voor het rapport bestaat niet; maak hem eerst aan of kies een andere plek.`,
    'out-folder-not-folder': `‘${d}’ is geen map, dus daar kan het rapport niet in.`,
  };
  const en: Record<OutputProblem, string> = {
    'out-is-input': `the report cannot go to ‘${f}’: that is the workbook being checked, which stays untouched. Choose another name.`,
    'out-exists': `‘${f}’ already exists; choose another name or pass --force to overwrite it.`,
    'out-is-folder': `‘${f}’ is a folder; give the report file's name, for example ${joinPath(f, 'report.xlsx')}.`,
    'out-folder-missing': `the folder ‘${d}’ for the report does not exist; create it first or choose another place.`,
    'out-folder-not-folder': `‘${d}’ is not a folder, so the report cannot go there.`,
  };
  return (lang === 'nl' ? nl : en)[problem];
}

function joinPath(folder: string, name: string): string {
  return /[\\/]$/.test(folder) ? `${folder}${name}` : `${folder}/${name}`;
}

export function reportWrittenText(file: string, lang: Lang): string {
  return lang === 'nl' ? `Rapport geschreven: ${file}` : `Report written: ${file}`;
}

/** One phase of the progress line on stderr; src/cli/progress.ts adds the time since the start. */
export type ProgressPhase =
  | { readonly kind: 'read'; readonly file: string; readonly bytes?: number }
  | { readonly kind: 'check'; readonly rows: number }
  | { readonly kind: 'report'; readonly file: string }
  | { readonly kind: 'output' };

export function progressText(phase: ProgressPhase, lang: Lang): string {
  const nl = lang === 'nl';
  switch (phase.kind) {
    case 'read': {
      const size = phase.bytes !== undefined ? ` (${fileSize(phase.bytes, lang)})` : '';
      return nl ? `Lezen van ${phase.file}${size}…` : `Reading ${phase.file}${size}…`;
    }
    case 'check':
      return nl ? `Controleren: ${grouped(phase.rows, lang)} rijen…` : `Checking: ${grouped(phase.rows, lang)} rows…`;
    case 'report':
      return nl ? `Rapport schrijven: ${phase.file}…` : `Writing the report: ${phase.file}…`;
    case 'output':
      return nl ? 'Uitvoer opmaken…' : 'Formatting the output…';
  }
}

/** 100.004 in Dutch, 100,004 in English. */
function grouped(n: number, lang: Lang): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'nl' ? '.' : ',');
}

/** 512 kB, 3,6 MB, 48 MB (1 MB = 1024 kB, as Windows Explorer counts). */
function fileSize(bytes: number, lang: Lang): string {
  const mb = bytes / 1024 ** 2;
  if (mb < 1) return `${grouped(Math.max(1, Math.round(bytes / 1024)), lang)} kB`;
  const text = mb < 10 ? mb.toFixed(1) : grouped(Math.round(mb), lang);
  return `${lang === 'nl' && mb < 10 ? text.replace('.', ',') : text} MB`;
}

/** Causes of a failed write a user can act on, in words instead of the system's code. */
const WRITE_CAUSE: Readonly<Record<string, { nl: string; en: string }>> = {
  ENOSPC: { nl: 'de schijf is vol', en: 'the disk is full' },
  EDQUOT: { nl: 'uw schijfruimte (quotum) is op', en: 'your disk quota is used up' },
  EROFS: { nl: 'de schijf is alleen-lezen', en: 'the disk is read-only' },
  EIO: { nl: 'de schijf gaf een lees- of schrijffout', en: 'the disk reported an input/output error' },
  ENAMETOOLONG: { nl: 'de naam of het pad is te lang', en: 'the name or path is too long' },
  EPIPE: { nl: 'het programma dat de uitvoer las is gestopt', en: 'the program reading the output has stopped' },
};

/** The report file is not a plain file (a folder, device, pipe or link), so even --force leaves it. */
export function reportNotAFileText(f: string, lang: Lang): string {
  return lang === 'nl'
    ? `‘${f}’ is geen gewoon bestand (maar een map, apparaat, pijp of snelkoppeling); het rapport vervangt alleen een bestand, ook met --force. Kies een andere naam.`
    : `‘${f}’ is not a regular file (but a folder, device, pipe or link); the report only replaces a file, even with --force. Choose another name.`;
}

/**
 * Writing the report failed; `code` is the system's error code, `detail` its message, `locked` whether another
 * program may hold the file.
 */
export function reportWriteFailedText(
  f: string,
  code: string | undefined,
  detail: string,
  locked: boolean,
  lang: Lang,
): string {
  const cause = code !== undefined ? WRITE_CAUSE[code]?.[lang] : undefined;
  if (lang === 'nl') {
    return `het rapport kon niet worden geschreven naar ‘${f}’ (${cause ?? detail})${locked ? '; staat het open in Excel, of mag deze map niet beschreven worden?' : '.'}`;
  }
  return `the report could not be written to ‘${f}’ (${cause ?? detail})${locked ? '; is it open in Excel, or is the folder read-only?' : '.'}`;
}

/** Printing the result failed: stdout is a closed pipe, a full disk, a file that may not grow. */
export function outputWriteText(code: string | undefined, message: string, lang: Lang): string {
  const cause = code !== undefined ? WRITE_CAUSE[code]?.[lang] : undefined;
  return lang === 'nl'
    ? `de uitkomst kon niet worden weggeschreven (${cause ?? message}); de controle zelf is wel gedaan. Schrijf de uitvoer naar een plek met ruimte, of gebruik --out voor een rapport.`
    : `the result could not be written out (${cause ?? message}); the check itself was done. Write the output somewhere with room, or use --out for a report.`;
}

const quoted = (names: ReadonlyArray<string>): string => names.map((n) => `‘${n}’`).join(', ');

export function hiddenOnlyText(hidden: ReadonlyArray<string>, lang: Lang): string {
  return lang === 'nl'
    ? `Verborgen werkbladen worden niet vanzelf gekozen; wel als begroting te lezen: ${quoted(hidden)}. Kies er een met --sheet.`
    : `Hidden worksheets are not chosen by themselves; these read as a budget: ${quoted(hidden)}. Choose one with --sheet.`;
}

export function nestedTooDeepText(lang: Lang): string {
  return lang === 'nl'
    ? 'de werkmap bevat een formule die dieper genest is dan Excel toestaat (64 niveaus haakjes of functies binnen elkaar) en kan daarom niet worden gecontroleerd. Open het in Excel, dat zo’n formule niet accepteert, en controleer een opgeslagen kopie.'
    : 'the workbook holds a formula nested deeper than Excel allows (64 levels of brackets or functions inside each other) and cannot be checked. Open it in Excel, which does not accept such a formula, and check a saved copy.';
}

/** Under the text report: the hidden sheets that were passed by when the sheet was chosen. */
export function hiddenSheetsText(hidden: ReadonlyArray<string>, lang: Lang): string {
  return lang === 'nl'
    ? `Verborgen werkbladen zijn niet gekozen: ${quoted(hidden)}. Controleer er een met --sheet.`
    : `Hidden worksheets were not chosen: ${quoted(hidden)}. Check one with --sheet.`;
}

/** A plan the report cannot carry out is the checker's own fault, and says so. */
export function planProblemText(error: { readonly problem: string; readonly subject: string }, lang: Lang): string {
  const what = `${error.problem}: ${error.subject}`;
  return lang === 'nl'
    ? `het rapport kon niet worden opgebouwd (${what}). Dit is een fout in npo-check; meld het graag, met de werkmap als dat kan.`
    : `the report could not be built (${what}). This is a bug in npo-check; please report it, with the workbook if possible.`;
}

export type LedgerProblem = 'unreadable' | 'too-large' | 'no-ledger' | 'empty' | 'binary';

/** Why a ledger export (--ledger) cannot be used; `f` is its file name, `detail` the reader's cause. */
export function ledgerProblemText(problem: LedgerProblem, lang: Lang, f: string, detail: string): string {
  const nl = {
    unreadable: `grootboekexport ‘${f}’ is niet te lezen (${detail}).`,
    'too-large': `grootboekexport ‘${f}’ is groter dan 200 MB; exporteer alleen de NPO-boekingen.`,
    'no-ledger': `in ‘${f}’ staat geen blad met een kopregel van een grootboekexport (boekdatum of boekjaar, een order-, project- of factuurnummer en een bedrag).`,
    empty: `grootboekexport ‘${f}’ is leeg.`,
    binary: `grootboekexport ‘${f}’ is geen CSV (het bevat binaire gegevens); geef een .csv of een .xlsx.`,
  };
  const en = {
    unreadable: `ledger export ‘${f}’ cannot be read (${detail}).`,
    'too-large': `ledger export ‘${f}’ is larger than 200 MB; export only the NPO bookings.`,
    'no-ledger': `‘${f}’ has no sheet with the header of a ledger export (booking date or year, an order, project or invoice number, and an amount).`,
    empty: `ledger export ‘${f}’ is empty.`,
    binary: `ledger export ‘${f}’ is no CSV (it holds binary data); give a .csv or an .xlsx.`,
  };
  return (lang === 'nl' ? nl : en)[problem];
}

/** The sheet a ledger export is read into when its file name gives none. */
export const LEDGER_SHEET_FALLBACK = 'Grootboek';

/** `--version`. */
export const VERSION_TEXT = 'npo-check 0.1.0';

/** A failure nothing else names: the checker's own fault, so the user is asked to report it. */
export function unexpectedErrorText(detail: string, lang: Lang): string {
  return lang === 'nl'
    ? `onverwachte fout: ${detail}. Meld dit graag, met het bestand als dat kan.`
    : `unexpected error: ${detail}. Please report it, with the file if possible.`;
}
