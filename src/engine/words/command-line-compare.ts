/** What `npo-check vergelijk` itself says: its usage and why its arguments cannot be used. */
import type { Lang } from './lang';

const USAGE = {
  nl: `Gebruik: npo-check vergelijk <oud.xlsx> <nieuw.xlsx> [opties]
        npo-check vergelijk <werkmap.xlsx> --sheet-old NAAM --sheet-new NAAM [opties]

Vergelijkt twee versies van het NPO-begrotingsblad (het plan en een latere stand) op wat ze
betekenen: welke interventies nieuw zijn, vervallen, hernoemd, vernummerd, geruild of anders
verdeeld, wat er per interventie en per doel aan begroot veranderde, en het totaal tegen het plafond.

Opties:
  --sheet-old NAAM    het werkblad van de oude versie (standaard: het blad dat het best als begroting leest)
  --sheet-new NAAM    het werkblad van de nieuwe versie (idem); met één werkmap zijn beide nodig
  --format text|json  uitvoer als leesbaar overzicht (standaard) of als JSON
  --lang nl|en        taal van de uitvoer (standaard nl)
  --out RAPPORT.xlsx  schrijf ook een werkmap met het tabblad "NPO Wijzigingen" en een kopie van beide bladen
  --force             overschrijf een bestaand rapport
  -h, --help          deze uitleg

Afsluitcode: 0 geen wijzigingen, 1 wel wijzigingen, 2 werkmap niet te lezen, geen begrotingsblad of
rapport niet te schrijven.
`,
  en: `Usage: npo-check vergelijk <old.xlsx> <new.xlsx> [options]
       npo-check vergelijk <workbook.xlsx> --sheet-old NAME --sheet-new NAME [options]

Compares two versions of the NPO budget sheet (the plan and a later status) by what they mean:
which interventions were added, removed, renamed, renumbered, swapped or regrouped, what changed in
begroot per intervention and per goal, and the total against the ceiling.

Options:
  --sheet-old NAME    the old version's worksheet (default: the sheet that reads best as a budget)
  --sheet-new NAME    the new version's worksheet (likewise); with one workbook both are needed
  --format text|json  output as a readable overview (default) or as JSON
  --lang nl|en        output language (default nl)
  --out REPORT.xlsx   also write a workbook with the tab "NPO Wijzigingen" and a copy of both sheets
  --force             overwrite an existing report
  -h, --help          this help

Exit code: 0 no changes, 1 changes found, 2 workbook unreadable, no budget sheet or report not written.
`,
};

export function compareUsage(lang: Lang): string {
  return USAGE[lang];
}

export type CompareUsageProblem =
  'bad-option' | 'bad-lang' | 'bad-format' | 'files' | 'one-file-needs-sheets' | 'same-sheet' | 'force-without-out';

export function compareUsageProblemText(problem: CompareUsageProblem, lang: Lang, d: string): string {
  const nl: Record<CompareUsageProblem, string> = {
    'bad-option': `onbekende of onvolledige optie (${d}). Zie npo-check vergelijk --help.`,
    'bad-lang': `taal ‘${d}’ wordt niet ondersteund; kies nl of en.`,
    'bad-format': `uitvoervorm ‘${d}’ bestaat niet; kies text of json.`,
    files: `geef twee werkmappen op (oud en nieuw), of één met --sheet-old en --sheet-new${d !== '' ? ` (nu: ${d})` : ''}.`,
    'one-file-needs-sheets': `met één werkmap (${d}) zijn --sheet-old en --sheet-new allebei nodig: welke twee werkbladen moeten worden vergeleken?`,
    'same-sheet': `oud en nieuw zijn hetzelfde werkblad (${d}); kies twee verschillende met --sheet-old en --sheet-new.`,
    'force-without-out': '--force hoort bij --out: geef ook op waar het rapport moet komen.',
  };
  const en: Record<CompareUsageProblem, string> = {
    'bad-option': `unknown or incomplete option (${d}). See npo-check vergelijk --help.`,
    'bad-lang': `language ‘${d}’ is not supported; choose nl or en.`,
    'bad-format': `output format ‘${d}’ does not exist; choose text or json.`,
    files: `name two workbooks (old and new), or one with --sheet-old and --sheet-new${d !== '' ? ` (given: ${d})` : ''}.`,
    'one-file-needs-sheets': `with one workbook (${d}) both --sheet-old and --sheet-new are needed: which two worksheets should be compared?`,
    'same-sheet': `old and new are the same worksheet (${d}); choose two different ones with --sheet-old and --sheet-new.`,
    'force-without-out': '--force goes with --out: say where the report should go as well.',
  };
  return (lang === 'nl' ? nl : en)[problem];
}
