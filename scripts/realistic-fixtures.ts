/**
 * Builds the accuracy benchmark of issue 12: workbooks shaped the way municipal finance staff keep
 * their NPO budget (merged goal cells, years and budget versions side by side, amounts in
 * thousands, several tables on a sheet, per-goal summaries, ceilings in odd places, the seed
 * documents' own notations), each with the reading a careful controller expects.
 *
 * Every expectation below is written by hand from the sheet's design: the literal cents, with the
 * arithmetic in a comment where it helps. Nothing here runs the checker, and no expected figure is
 * summed in code. The checks at the end only guard the designs against typing errors (a cached
 * formula result Excel would not have computed, an expected cell that is empty).
 *
 * Figures come from the seed documents: Hilversum's action agenda (000) and its 2023 evaluation
 * (001, annex 1), the information letter's per-goal table (002), Putten's plan (003) and
 * Voerendaal's plan (004). Splits over years, goals and versions that the documents do not give
 * are chosen to add up to the documents' totals.
 *
 * Usage: `npm run fixtures:realistic` (writes into tests/fixtures/realistic/), or
 * `node build/scripts/realistic-fixtures.js <output folder>`.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { fixZipTimestamps } from '../samples/zip-timestamps';

// ---------------------------------------------------------------------------------------------
// The design of a workbook and of its expectation
// ---------------------------------------------------------------------------------------------

/** A formula with the result Excel cached for it (what a reader sees without recalculating). */
interface Formula {
  readonly formula: string;
  readonly result: number;
}

/** A typed number, text exactly as staff type it, a date, a formula, or an empty cell. */
type Value = number | string | Date | Formula | null;

interface SheetDesign {
  readonly name: string;
  /** Rows from row 1, each from column A. */
  readonly rows: ReadonlyArray<ReadonlyArray<Value>>;
  readonly merges?: ReadonlyArray<string>;
  /** 1-based rows hidden (by a filter or by hand). */
  readonly hiddenRows?: ReadonlyArray<number>;
  readonly autoFilter?: string;
  /** 1-based header rows: bold with a fill, and never given the amount format. */
  readonly headerRows?: ReadonlyArray<number>;
  /** Column letters whose numbers are amounts, shown in `amountFormat`. */
  readonly amountColumns?: string;
  readonly amountFormat?: string;
  /** Formats of single cells outside the amount columns (a ceiling in the title block). */
  readonly cellFormats?: Readonly<Record<string, string>>;
}

interface Figures {
  readonly begroot: number;
  readonly benut: number;
}

/** The reading a careful controller expects; see tests/fixtures/realistic/README.md. */
interface Expectation {
  readonly description: string;
  readonly sheet: string;
  readonly options?: { readonly ceilingCents?: number };
  /** `RULE` (anywhere) or `RULE CELL` (`A1` on the budget sheet, `Sheet!A1` elsewhere). */
  readonly required: ReadonlyArray<string>;
  /** Findings that are fine to report or not. */
  readonly acceptable: ReadonlyArray<string>;
  readonly goals: Readonly<Record<1 | 2 | 3 | 4 | 5, Figures>>;
  readonly withoutGoal: Figures;
  readonly total: Figures;
}

interface Fixture {
  readonly name: string;
  readonly sheets: ReadonlyArray<SheetDesign>;
  readonly expected: Expectation;
}

const f = (formula: string, result: number): Formula => ({ formula, result });
/** Figures in cents; benut is 0 where the sheet has no benut column. */
const fig = (begroot: number, benut = 0): Figures => ({ begroot, benut });
const day = (year: number, month: number, date: number): Date => new Date(Date.UTC(year, month - 1, date));

const EURO = '"€" #,##0.00';
const EURO_WHOLE = '"€" #,##0';
const HILVERSUM_CEILING = 2138509.64;
const HILVERSUM_CEILING_CENTS = 213_850_964;

// ---------------------------------------------------------------------------------------------
// 1. A goal cell merged vertically over its block; code, name and partner merged over an
//    activity's rows with one row per goal
// ---------------------------------------------------------------------------------------------

const MERGED_GOAL_HILVERSUM_AGENDA: Fixture = {
  name: 'merged-goal-hilversum-agenda',
  sheets: [
    {
      name: 'NPO begroting',
      headerRows: [5],
      amountColumns: 'E',
      cellFormats: { B2: EURO },
      merges: ['A6:A11', 'A12:A15', 'A16:A19'],
      rows: [
        ['NPO-actieagenda Hilversum – begroting per interventie'],
        ['NPO-budget (beschikking OCW)', HILVERSUM_CEILING],
        ['Vastgesteld door het college van B&W op 21 december 2021'],
        [],
        ['Bestedingsdoel', 'Nr', 'Interventie', 'Uitvoerder', 'Begroot', 'Toelichting'],
        [
          'Bovenschoolse maatregelen',
          'I1',
          'Een huiswerkkamer incl. begeleiding',
          'Versa Welzijn',
          145000,
          '6 locaties à € 24.668',
        ],
        [null, 'I2', 'Bibliotheek (scholen, peuteropvang en de bieb)', 'De Bibliotheek Hilversum', 250000],
        [null, 'I3', 'Cultuur', 'Stichting Proloog', 250000],
        [null, 'I4', 'Sport', 'Team Sportservice en Bink kinderopvang', 250000],
        [null, 'I5', 'Natuur', 'Stichting Omgevingseducatie', 50000],
        [null, 'I6', 'VoorleesExpress versterken', 'Stichting Maatjesproject', 50000],
        [
          'Maatregelen in VVE (2-6 jarigen)',
          'I7',
          'Top VVE en/of LOGO3000 introduceren',
          'Bink en AT',
          100000,
          'N.t.b. - € 100.000,- begroot',
        ],
        [null, 'I8', "Extra inzet op zware doelgroeplocaties - 'vliegende' medewerker", 'Bink', 100000],
        [null, 'I9', 'VVE in de zomer door laten lopen', 'Bink en AT', 100000],
        [null, 'I10', 'Maatwerkplannen versterken', 'Maatwerkscholen', 200000],
        [
          'Zorg en welzijn',
          'I11',
          'Verlengde schooldag door kinderwerkers',
          'Versa Welzijn',
          150000,
          '€ 31.650 per wijk',
        ],
        [null, 'I12', 'Extra inzet van jongerenwerkers/jongerencoaches', 'N.t.b.', 150000],
        [null, 'I13', 'Mediawijsheid / online pesten', 'Unita en Qinas', 25000],
        [null, 'I14', 'Zorg?!', null, 200000],
        ['Samenwerking', 'I15', 'Versterken van Jeugd en Gezin op de taalscholen', 'JGGV', 80000],
        ['Thuiszitters', 'I16', 'Preventief spreekuur op scholen', 'Regionaal Bureau Leerlingzaken', 50000],
        [],
        [null, null, 'Totaal', null, f('SUM(E6:E21)', 2150000)],
      ],
    },
  ],
  expected: {
    description:
      'Hilversum action agenda (seed 000), one row per intervention, the goal merged down over each goal block (A6:A11, A12:A15, A16:A19), goals 4 and 5 one row each. Planted: the plan of € 2.150.000 is € 11.490,36 over the € 2.138.509,64 ceiling beside its label.',
    sheet: 'NPO begroting',
    required: ['CEILING_EXCEEDED E23'],
    acceptable: [],
    // 145+250+250+250+50+50 = 995; 100+100+100+200 = 500; 150+150+25+200 = 525; 80; 50 (thousands)
    goals: { 1: fig(99_500_000), 2: fig(50_000_000), 3: fig(52_500_000), 4: fig(8_000_000), 5: fig(5_000_000) },
    withoutGoal: fig(0),
    total: fig(215_000_000),
  },
};

const MERGED_GOAL_STAND_2023: Fixture = {
  name: 'merged-goal-stand-2023',
  sheets: [
    {
      name: 'Stand van zaken',
      headerRows: [4],
      amountColumns: 'CDE',
      cellFormats: { B2: EURO },
      merges: ['A5:A10', 'A11:A13', 'A14:A17'],
      rows: [
        ['Stand van zaken NPO-actieagenda Hilversum, peildatum 1 maart 2023'],
        ['Plafond specifieke uitkering NPO', HILVERSUM_CEILING],
        [],
        ['Doel', 'Interventie', 'Begroot', 'Benut', 'Restant', 'Opmerking'],
        [
          '1 Bovenschoolse maatregelen',
          'Interventie 1: Huiswerkkamer',
          150000,
          149823,
          f('C5-D5', 177),
          'Looptijd februari 2022 t/m juli 2023',
        ],
        [null, 'Interventie 2: Bibliotheek', 250000, 247852, f('C6-D6', 2148)],
        [null, 'Interventie 3: Kunst- en cultuuronderwijs', 250000, 250000, f('C7-D7', 0)],
        [
          null,
          'Interventie 4: Sport en bewegen',
          250000,
          142904,
          f('C8-D8', 107096),
          'Benut: € 60.444 Move Mates en MRT, € 82.460 Fit en Vaardig',
        ],
        [null, 'Interventie 5: Natuurbeleving', 50000, 48375, f('C9-D9', 1625)],
        [null, 'Interventie 6: VoorleesExpress en SchoolMaatjes', 50000, 50000, f('C10-D10', 0)],
        ['2 Voorschoolse periode', 'Interventie 7-9: verrijking dagprogramma (AT)', 40000, 40171, f('C11-D11', -171)],
        [
          null,
          'Interventie 7-9: vliegende medewerker (Bink)',
          260000,
          0,
          f('C12-D12', 260000),
          'Aanvraag volgt in 2023',
        ],
        [null, 'Interventie 10: Maatwerkplannen versterken', 200000, 0, f('C13-D13', 200000), 'Nog op te starten'],
        ['3 Zorg en welzijn', 'Interventie 11: Verlengde schooldag', 150000, 149905, f('C14-D14', 95)],
        [null, 'Interventie 12: Jongerencoaching op school', 150000, 150000, f('C15-D15', 0)],
        [null, 'Interventie 13: Train de trainer – mediawijsheid', 25000, 25000, f('C16-D16', 0)],
        [null, 'Interventie 14: Jeugd en Gezin op de taalscholen', 80000, 0, f('C17-D17', 80000)],
        [
          '4 Samenwerking in de gemeente',
          'Interventie 15: Zorg (onderwijs-jeugdarrangement)',
          150000,
          0,
          f('C18-D18', 150000),
        ],
        ['5 Thuiszitters', 'Interventie 16: Preventief spreekuur', 50000, 72114, f('C19-D19', -22114)],
        [],
        [null, 'Totaal', f('SUM(C5:C19)', 2105000), f('SUM(D5:D19)', 1326144), f('SUM(E5:E19)', 778856)],
      ],
    },
  ],
  expected: {
    description:
      'Hilversum 2023 evaluation (seed 001, annex 1): begroot, benut and a Restant formula per intervention, the goal ("1 Bovenschoolse maatregelen") merged down over blocks A5:A10, A11:A13, A14:A17. Planted (as in the seed): AT spent € 40.171 of € 40.000 and intervention 16 € 72.114 of € 50.000; € 33.509,64 of the ceiling is not budgeted.',
    sheet: 'Stand van zaken',
    required: ['OVERSPENT D11', 'OVERSPENT D19', 'BUDGET_UNALLOCATED C21'],
    acceptable: [],
    goals: {
      // 150+250+250+250+50+50 = 1.000.000; 149.823+247.852+250.000+142.904+48.375+50.000 = 888.954
      1: fig(100_000_000, 88_895_400),
      // 40.000+260.000+200.000; 40.171
      2: fig(50_000_000, 4_017_100),
      // 150.000+150.000+25.000+80.000 = 405.000; 149.905+150.000+25.000 = 324.905
      3: fig(40_500_000, 32_490_500),
      4: fig(15_000_000, 0),
      5: fig(5_000_000, 7_211_400),
    },
    withoutGoal: fig(0, 0),
    total: fig(210_500_000, 132_614_400),
  },
};

const MERGED_ACTIVITY_PER_GOAL_VOERENDAAL: Fixture = {
  name: 'merged-activity-per-goal-voerendaal',
  sheets: [
    {
      name: 'NPO-plan 2021-2023',
      headerRows: [4],
      amountColumns: 'E',
      cellFormats: { B2: EURO_WHOLE },
      merges: [
        'A5:A6',
        'B5:B6',
        'C5:C6',
        'A7:A8',
        'B7:B8',
        'C7:C8',
        'A11:A12',
        'B11:B12',
        'C11:C12',
        'A13:A14',
        'B13:B14',
        'C13:C14',
      ],
      rows: [
        ['NPO-plan Voerendaal 2021-2023: kosten per activiteit en bestedingsdoel'],
        ['Beschikbaar budget', 113258],
        [],
        ['Nr', 'Activiteit', 'Uitvoering', 'Bestedingsdoel', 'Geraamd budget', 'Toelichting'],
        ['b)', 'Rots en water', 'JENS', 'Zorg en welzijn', 10000, 'Aanvullende scholing voor scholen'],
        [null, null, null, 'Bovenschools', 5000, 'Transfer naar de thuissituatie'],
        [
          'c)',
          'Kennismaken met cultuur jonge kind',
          'Schunck/PIT',
          'Voorschoolse periode',
          8000,
          '4 activiteiten per koppel',
        ],
        [null, null, null, 'Bovenschools', 8000],
        [
          'd)',
          'Onderzoek leerlijn muziek',
          'SMK',
          'Bovenschools',
          20000,
          '€ 20.000 uit NPO, € 20.000 uit culturele middelen',
        ],
        ['e)', 'Inspiratie en ideeën integrale kindaanpak', 'Deskundige IKC', 'Samenwerking', 5000],
        ['f)', 'Concreet plan op maat per koppel', 'Procesbegeleider', 'Samenwerking', 15000, '4 koppels à € 7.500'],
        [null, null, null, 'Voorschoolse periode', 15000],
        [
          'g)',
          'Versterken van ouderschap en ouderbetrokkenheid',
          'JENS, school en opvang',
          'Zorg en welzijn',
          5000,
          '€ 2.500 per koppel',
        ],
        [null, null, null, 'Voorschoolse periode', 5000],
        [
          'h)',
          'Facilitering samenwerking en verbinding met de buitenwereld',
          'TMF, verenigingen',
          'Samenwerking',
          5000,
        ],
        ['i)', 'Duurzaamheid ervarend leren', 'Gemeente', 'Bovenschools', 'P.M.', 'Budget duurzaamheid gemeente'],
        [],
        [null, 'Totaal middelen NPO', null, null, f('SUM(E5:E16)', 101000)],
      ],
    },
  ],
  expected: {
    description:
      'Voerendaal plan (seed 004), € 101.000 of € 113.258: each activity split over its goals, one row per goal with its own amount; Nr, Activiteit and Uitvoering merged over the activity\'s rows (b, c, f, g take two rows each), so each is one intervention with an allocation per row. Planted: "P.M." for i) and € 12.258 not budgeted.',
    sheet: 'NPO-plan 2021-2023',
    required: ['BUDGET_UNALLOCATED E18', 'AMOUNT_PLACEHOLDER E16'],
    acceptable: [],
    goals: {
      // b) 5.000 + c) 8.000 + d) 20.000 (+ i) P.M.)
      1: fig(3_300_000),
      // c) 8.000 + f) 15.000 + g) 5.000
      2: fig(2_800_000),
      // b) 10.000 + g) 5.000
      3: fig(1_500_000),
      // e) 5.000 + f) 15.000 + h) 5.000
      4: fig(2_500_000),
      5: fig(0),
    },
    withoutGoal: fig(0),
    total: fig(10_100_000),
  },
};

const MERGED_GOAL_PUTTEN_NO_GOAL_ROW: Fixture = {
  name: 'merged-goal-putten-no-goal-row',
  sheets: [
    {
      name: 'Begroting NPO',
      headerRows: [4],
      amountColumns: 'D',
      cellFormats: { B2: EURO_WHOLE },
      merges: ['A5:A8', 'A10:A12'],
      rows: [
        ['Gemeente Putten – Nationaal Programma Onderwijs, begroting 2021-2023'],
        ['NPO-budget gemeente Putten', 322000],
        [],
        ['Bestedingsdoel', 'Maatregel', 'Regie', 'Kosten (2 jaar)', 'Toelichting'],
        ['Zorg en welzijn', 'Sociale kaart en routekaart updaten', 'Gemeente Putten', 8000, 'Inzet op preventie'],
        [null, 'Weerbaarheidstrainingen op scholen', 'Sportservice', 20000, 'Inzet op preventie'],
        [null, 'Trainingen gespreksvaardigheden docenten en IB-ers', 'CJG', 20000, 'Inzet op preventie'],
        [
          null,
          'Jeugdmaatschappelijk werker (PO) en jongerenwerker (VO)',
          'Stichting Welzijn',
          60000,
          '2 uur per week op 15 scholen',
        ],
        [
          'Voorschoolse periode',
          'Lokale kartrekker/kindregisseur doorgaande lijn 0-7 jaar',
          'VVE-werkgroep',
          20000,
          'Reservering naast de VVE-gelden',
        ],
        [
          'Samenwerking in de gemeente',
          'Projectleider samenwerking onderwijs en jeugdhulp',
          'Gemeente Putten',
          90000,
          '8 uur per week, twee jaar',
        ],
        [null, 'Organisatiekosten', 'Gemeente Putten', 10000],
        [null, 'Communicatie over het NP Onderwijs', 'Gemeente Putten', 4000],
        [
          null,
          'Bestemming resterend budget',
          null,
          90000,
          "Ter aanvulling op de vier thema's, in overleg met betrokken partijen",
        ],
        [],
        [null, 'Totaal', null, f('SUM(D5:D13)', 322000)],
      ],
    },
  ],
  expected: {
    description:
      'Putten plan (seed 003) with its measures under the goals, the goal merged over blocks A5:A8 and A10:A12. Planted: "Bestemming resterend budget" (€ 90.000, as in the seed) right under the last merge has no goal: its goal cell is empty, not part of the merge above. The plan equals the € 322.000 ceiling.',
    sheet: 'Begroting NPO',
    required: ['NO_GOAL B13'],
    acceptable: [],
    goals: {
      1: fig(0),
      2: fig(2_000_000),
      // 8.000+20.000+20.000+60.000
      3: fig(10_800_000),
      // 90.000+10.000+4.000
      4: fig(10_400_000),
      5: fig(0),
    },
    withoutGoal: fig(9_000_000),
    total: fig(32_200_000),
  },
};

// ---------------------------------------------------------------------------------------------
// 2. Begroot split over years: a group header over period columns, with and without a total
// ---------------------------------------------------------------------------------------------

const YEARS_SCHOOL_YEARS_WITH_TOTAL: Fixture = {
  name: 'years-school-years-with-total',
  sheets: [
    {
      name: 'Begroting per schooljaar',
      headerRows: [4, 5],
      amountColumns: 'DEF',
      cellFormats: { B2: EURO },
      merges: ['D4:F4', 'A4:A5', 'B4:B5', 'C4:C5', 'G4:G5'],
      rows: [
        ['Begroting NPO-middelen Hilversum per schooljaar'],
        ['Rijksbijdrage NPO', HILVERSUM_CEILING],
        [],
        ['Nr', 'Interventie', 'Bestedingsdoel', 'Begroot', null, null, 'Toelichting'],
        [null, null, null, '2021-2022', '2022-2023', 'Totaal'],
        [1, 'Huiswerkkamer', 1, 72500, 72500, f('SUM(D6:E6)', 145000)],
        [2, 'Bibliotheek', 1, 125000, 125000, f('SUM(D7:E7)', 250000)],
        [3, 'Cultuur', 1, 100000, 150000, f('SUM(D8:E8)', 250000)],
        [4, 'Sport', 1, 100000, 150000, f('SUM(D9:E9)', 250000)],
        ['7-9', 'VVE-aanbod AT en Bink', 2, 100000, 200000, f('SUM(D10:E10)', 300000), 'Eén blok voor twee partners'],
        [10, 'Maatwerkplannen versterken', 2, 0, 200000, f('SUM(D11:E11)', 200000)],
        [11, 'Verlengde schooldag', 3, 75000, 75000, f('SUM(D12:E12)', 150000)],
        [12, 'Jongerencoaches', 3, 0, 150000, f('SUM(D13:E13)', 150000)],
        [15, 'Jeugd en Gezin op de taalscholen', 4, 40000, 40000, f('SUM(D14:E14)', 80000)],
        [16, 'Preventief spreekuur', 5, 35000, 15000, f('SUM(D15:E15)', 50000)],
        [],
        [null, 'Totaal', null, f('SUM(D6:D15)', 647500), f('SUM(E6:E15)', 1177500), f('SUM(F6:F15)', 1825000)],
      ],
    },
  ],
  expected: {
    description:
      'Hilversum budget split over school years: "Begroot" merged over 2021-2022 | 2022-2023 | Totaal (two header rows), goals as numbers. Clean: every row\'s Totaal is the SUM of its years; begroot is the Totaal column. € 313.509,64 of the € 2.138.509,64 rijksbijdrage is not budgeted.',
    sheet: 'Begroting per schooljaar',
    required: ['BUDGET_UNALLOCATED F17'],
    acceptable: [],
    // 145+250+250+250 = 895; 300+200 = 500; 150+150 = 300; 80; 50 (thousands)
    goals: { 1: fig(89_500_000), 2: fig(50_000_000), 3: fig(30_000_000), 4: fig(8_000_000), 5: fig(5_000_000) },
    withoutGoal: fig(0),
    total: fig(182_500_000),
  },
};

const YEARS_CALENDAR_WITHOUT_TOTAL: Fixture = {
  name: 'years-calendar-without-total',
  sheets: [
    {
      name: 'Meerjarenraming',
      headerRows: [3, 4],
      amountColumns: 'CDE',
      merges: ['C3:E3', 'A3:A4', 'B3:B4', 'F3:F4'],
      rows: [
        ['Gemeente Putten – NPO meerjarenraming'],
        [],
        ['Maatregel', 'Bestedingsdoel', 'Begroting', null, null, 'Toelichting'],
        [null, null, 2022, 2023, 2024],
        ['Weerbaarheidstrainingen op scholen', 'Zorg en welzijn', 10000, 10000, 4000],
        ['Sociale kaart en communicatie', 'Zorg en welzijn', 12000, 12000, 0],
        ['Jeugdmaatschappelijk werk op scholen', 'Zorg en welzijn', 30000, 30000, 0, '2 uur per week, 40 weken'],
        ['Kindregisseur doorgaande lijn 0-7 jaar', 'Voorschoolse periode', 10000, 10000, 0],
        ['Projectleider onderwijs en jeugdhulp', 'Samenwerking', 40000, 40000, 20000, '8 uur per week'],
        ['Communicatie', 'Samenwerking', 2000, 2000, 0],
        ['Huiswerkbegeleiding en bijles', 'Bovenschoolse maatregelen', 30000, 30000, 30000],
        [],
        ['Totaal', null, f('SUM(C5:C11)', 134000), f('SUM(D5:D11)', 134000), f('SUM(E5:E11)', 54000)],
      ],
    },
  ],
  expected: {
    description:
      'Putten (seed 003 figures) with "Begroting" merged over calendar years 2022 | 2023 | 2024 typed as numbers, no total column: each row\'s begroot is the sum of its years. Clean; the plan equals the € 322.000 ceiling given as option.',
    sheet: 'Meerjarenraming',
    options: { ceilingCents: 32_200_000 },
    required: [],
    acceptable: [],
    goals: {
      // 30.000 × 3 years
      1: fig(9_000_000),
      2: fig(2_000_000),
      // 24.000 + 24.000 + 60.000
      3: fig(10_800_000),
      // 100.000 + 4.000
      4: fig(10_400_000),
      5: fig(0),
    },
    withoutGoal: fig(0),
    total: fig(32_200_000),
  },
};

const YEARS_ROW_TOTAL_MISMATCH: Fixture = {
  name: 'years-row-total-mismatch',
  sheets: [
    {
      name: 'Begroting',
      headerRows: [4, 5],
      amountColumns: 'DEF',
      merges: ['D4:F4', 'A4:A5', 'B4:B5', 'C4:C5', 'G4:G5'],
      rows: [
        ['NPO Hilversum – begroting per kalenderjaar'],
        ['Bron: NPO-actieagenda, bijlage 1 (kosten per interventie)'],
        [],
        ['Code', 'Interventie', 'Doel', 'Budget', null, null, 'Opmerking'],
        [null, null, null, '2022', '2023', 'Totaal'],
        ['I1', 'Huiswerkkamer (6 locaties)', 'Bovenschools', 74004, 74004, 148000, '6 locaties à € 24.668'],
        ['I5', 'Natuur', 'Bovenschools', 25000, 25000, f('D7+E7', 50000)],
        ['I6', 'VoorleesExpress versterken', 'Bovenschools', 25000, 25000, f('D8+E8', 50000)],
        ['I10', 'Maatwerkplannen versterken', 'VVE', 100000, 100000, f('D9+E9', 200000)],
        ['I13', 'Mediawijsheid / online pesten', 'Zorg & welzijn', 12500, 12500, f('D10+E10', 25000)],
        ['I15', 'Jeugd en Gezin op de taalscholen', 'Samenwerking', 40000, 40000, f('D11+E11', 80000)],
        [
          'I16',
          'Preventief spreekuur op scholen',
          'Thuiszitters',
          35000,
          17500,
          50000,
          '€ 35.000 voor 2022, € 17.500 voor 2023',
        ],
        [],
        [null, 'Totaal', null, f('SUM(D6:D12)', 311504), f('SUM(E6:E12)', 294004), f('SUM(F6:F12)', 603000)],
      ],
    },
  ],
  expected: {
    description:
      "Hilversum interventions split over 2022 | 2023 with a Totaal column (Budget merged over the three). Planted from seed 000's own texts: I1 6 × € 24.668 = € 148.008 in the years against a typed total of € 148.000 (ROW_TOTAL_MISMATCH F6, amountCents -800) and I16 € 35.000 + € 17.500 = € 52.500 against € 50.000 (F12, amountCents -250000). Begroot is the stated Totaal. The totals row's own Totaal against its years and the typed row totals are acceptable either way.",
    sheet: 'Begroting',
    options: { ceilingCents: HILVERSUM_CEILING_CENTS },
    required: ['ROW_TOTAL_MISMATCH F6', 'ROW_TOTAL_MISMATCH F12', 'BUDGET_UNALLOCATED F14'],
    acceptable: ['ROW_TOTAL_MISMATCH F14', 'TOTAL_HARDCODED F6', 'TOTAL_HARDCODED F12'],
    goals: {
      // 148.000 + 50.000 + 50.000
      1: fig(24_800_000),
      2: fig(20_000_000),
      3: fig(2_500_000),
      4: fig(8_000_000),
      5: fig(5_000_000),
    },
    withoutGoal: fig(0),
    total: fig(60_300_000),
  },
};

// ---------------------------------------------------------------------------------------------
// 3. Budget versions side by side: primitief, wijziging, na wijziging, realisatie
// ---------------------------------------------------------------------------------------------

const VERSIONS_CLEAN: Fixture = {
  name: 'versions-clean',
  sheets: [
    {
      name: 'Begroting 2023',
      headerRows: [4],
      amountColumns: 'DEFG',
      cellFormats: { B2: EURO },
      rows: [
        ['NPO-middelen Hilversum: begroting en realisatie 2023'],
        ['NPO-budget', HILVERSUM_CEILING],
        [],
        [
          'Nr',
          'Interventie',
          'Bestedingsdoel',
          'Primitieve begroting',
          'Begrotingswijziging',
          'Begroting na wijziging',
          'Realisatie',
          'Toelichting',
        ],
        [1, 'Huiswerkkamer', 1, 145000, 5000, f('D5+E5', 150000), 149823, 'Verhoogd naar € 150.000 (evaluatie 2023)'],
        [2, 'Bibliotheek', 1, 250000, 0, f('D6+E6', 250000), 247852],
        [4, 'Sport en bewegen', 1, 250000, 0, f('D7+E7', 250000), 142904],
        ['7-9', 'VVE (AT en Bink)', 2, 300000, 0, f('D8+E8', 300000), 40171],
        [11, 'Verlengde schooldag', 3, 150000, 0, f('D9+E9', 150000), 149905],
        [14, 'Zorg?!', 3, 200000, -50000, f('D10+E10', 150000), 0, 'Bijgesteld na verkenning met het onderwijs'],
        [13, 'Mediawijsheid', 3, 25000, 0, f('D11+E11', 25000), 25000],
        [16, 'Preventief spreekuur', 5, 50000, 0, f('D12+E12', 50000), 48000],
        [15, 'Jeugd en Gezin op de taalscholen', 4, 80000, 0, f('D13+E13', 80000), 0],
        [],
        [
          null,
          'Totaal',
          null,
          f('SUM(D5:D13)', 1450000),
          f('SUM(E5:E13)', -45000),
          f('SUM(F5:F13)', 1405000),
          f('SUM(G5:G13)', 803655),
        ],
      ],
    },
  ],
  expected: {
    description:
      'Hilversum with budget versions side by side: Primitieve begroting | Begrotingswijziging | Begroting na wijziging (=D+E) | Realisatie. Begroot is "na wijziging", benut is Realisatie; the versions are never added. Clean (a negative wijziging of € 50.000 is an ordinary change, no finding); € 733.509,64 not budgeted.',
    sheet: 'Begroting 2023',
    required: ['BUDGET_UNALLOCATED F15'],
    acceptable: [],
    goals: {
      // 150+250+250 = 650 thousand; 149.823+247.852+142.904 = 540.579
      1: fig(65_000_000, 54_057_900),
      2: fig(30_000_000, 4_017_100),
      // 150+150+25 = 325 thousand; 149.905+0+25.000 = 174.905
      3: fig(32_500_000, 17_490_500),
      4: fig(8_000_000, 0),
      5: fig(5_000_000, 4_800_000),
    },
    withoutGoal: fig(0, 0),
    total: fig(140_500_000, 80_365_500),
  },
};

const VERSIONS_ROW_MISMATCH: Fixture = {
  name: 'versions-row-mismatch',
  sheets: [
    {
      name: 'Exploitatie NPO',
      headerRows: [4],
      amountColumns: 'CDEF',
      cellFormats: { B2: EURO_WHOLE },
      rows: [
        ['Gemeente Voerendaal – NPO, begroting na wijziging en realisatie'],
        ['Toegekend bedrag (beschikking)', 113258],
        [],
        [
          'Activiteit',
          'Doel',
          'Oorspronkelijke begroting',
          'Wijziging',
          'Begroting na wijziging',
          'Realisatie',
          'Opmerking',
        ],
        ['Rots en water', 'Zorg en welzijn', 15000, 0, 15000, 12400],
        [
          'Kennismaken met cultuur jonge kind',
          'Voorschoolse periode',
          16000,
          '(1.234,56)',
          14765.44,
          14765.44,
          'Restant teruggeboekt',
        ],
        ['Onderzoek leerlijn muziek', 'Bovenschoolse maatregelen', 20000, 0, 20000, 20000],
        ['Inspiratie integrale kindaanpak', 'Samenwerking', 5000, 2500, 8500, 8200, 'Extra inspiratiesessie'],
        ['Plan op maat per koppel', 'Samenwerking', 30000, -2500, 27500, 21000],
        ['Ouderschap en ouderbetrokkenheid', 'Zorg en welzijn', 10000, 0, 10000, 6350],
        ['Facilitering samenwerking', 'Samenwerking', 5000, 0, 5000, 1800],
        [],
        [
          'Totaal',
          null,
          f('SUM(C5:C11)', 101000),
          f('SUM(D5:D11)', 0),
          f('SUM(E5:E11)', 100765.44),
          f('SUM(F5:F11)', 84515.44),
        ],
      ],
    },
  ],
  expected: {
    description:
      'Voerendaal (seed 004 activities) with Oorspronkelijke begroting | Wijziging | Begroting na wijziging | Realisatie, all typed. Planted: row 8 5.000 + 2.500 is 7.500 but "na wijziging" says 8.500 (ROW_TOTAL_MISMATCH E8, amountCents 100000); the wijziging "(1.234,56)" is text meaning -1.234,56 (NUMBER_AS_TEXT D6), so the SUM of the Wijziging column shows 0 instead of -1.234,56 (SUBTOTAL_MISMATCH D13, amountCents 123456). Begroot is "na wijziging" as stated; a negative wijziging is an ordinary change, no finding. The totals row\'s own version check (E13) is acceptable either way.',
    sheet: 'Exploitatie NPO',
    required: ['ROW_TOTAL_MISMATCH E8', 'NUMBER_AS_TEXT D6', 'SUBTOTAL_MISMATCH D13', 'BUDGET_UNALLOCATED E13'],
    acceptable: ['ROW_TOTAL_MISMATCH E13'],
    goals: {
      1: fig(2_000_000, 2_000_000),
      2: fig(1_476_544, 1_476_544),
      // 15.000 + 10.000; 12.400 + 6.350
      3: fig(2_500_000, 1_875_000),
      // 8.500 + 27.500 + 5.000; 8.200 + 21.000 + 1.800
      4: fig(4_100_000, 3_100_000),
      5: fig(0, 0),
    },
    withoutGoal: fig(0, 0),
    total: fig(10_076_544, 8_451_544),
  },
};

const VERSIONS_OVERSPENT: Fixture = {
  name: 'versions-overspent',
  sheets: [
    {
      name: 'Actieagenda',
      headerRows: [3],
      amountColumns: 'DEFGH',
      rows: [
        ['Hilversum – NPO-actieagenda: begroting na wijziging en realisatie t/m 2022'],
        [],
        [
          'Nr',
          'Interventie',
          'Bestedingsdoel',
          'Primitieve begroting',
          'Begrotingswijziging',
          'Begroting na wijziging',
          'Realisatie',
          'Restant',
        ],
        ['I1', 'Huiswerkkamer', 'Bovenschoolse maatregelen', 145000, 5000, f('D4+E4', 150000), 149823, f('F4-G4', 177)],
        ['I2', 'Bibliotheek', 'Bovenschoolse maatregelen', 250000, 0, f('D5+E5', 250000), 247852, f('F5-G5', 2148)],
        ['I3', 'Cultuur', 'Bovenschoolse maatregelen', 250000, 0, f('D6+E6', 250000), 250000, f('F6-G6', 0)],
        ['I4', 'Sport', 'Bovenschoolse maatregelen', 250000, 0, f('D7+E7', 250000), 142904, f('F7-G7', 107096)],
        ['I5', 'Natuur', 'Bovenschoolse maatregelen', 50000, 0, f('D8+E8', 50000), 48375, f('F8-G8', 1625)],
        ['I6', 'VoorleesExpress', 'Bovenschoolse maatregelen', 50000, 0, f('D9+E9', 50000), 50000, f('F9-G9', 0)],
        [
          'I7-9',
          'VVE (AT en Bink)',
          'Voorschoolse periode',
          300000,
          0,
          f('D10+E10', 300000),
          40171,
          f('F10-G10', 259829),
        ],
        [
          'I10',
          'Maatwerkplannen versterken',
          'Voorschoolse periode',
          200000,
          0,
          f('D11+E11', 200000),
          0,
          f('F11-G11', 200000),
        ],
        ['I11', 'Verlengde schooldag', 'Zorg en welzijn', 150000, 0, f('D12+E12', 150000), 149905, f('F12-G12', 95)],
        [
          'I12',
          'Jongerencoaching op school',
          'Zorg en welzijn',
          150000,
          0,
          f('D13+E13', 150000),
          150000,
          f('F13-G13', 0),
        ],
        ['I13', 'Mediawijsheid', 'Zorg en welzijn', 25000, 0, f('D14+E14', 25000), 25000, f('F14-G14', 0)],
        [
          'I14',
          'Zorg?! (onderwijs-jeugdarrangement)',
          'Zorg en welzijn',
          200000,
          -50000,
          f('D15+E15', 150000),
          0,
          f('F15-G15', 150000),
        ],
        [
          'I15',
          'Jeugd en Gezin op de taalscholen',
          'Samenwerking in de gemeente',
          80000,
          0,
          f('D16+E16', 80000),
          0,
          f('F16-G16', 80000),
        ],
        ['I16', 'Preventief spreekuur', 'Thuiszitters', 50000, 0, f('D17+E17', 50000), 72114, f('F17-G17', -22114)],
        [],
        [
          null,
          'Totaal',
          null,
          f('SUM(D4:D17)', 2150000),
          f('SUM(E4:E17)', -45000),
          f('SUM(F4:F17)', 2105000),
          f('SUM(G4:G17)', 1326144),
          f('SUM(H4:H17)', 778856),
        ],
      ],
    },
  ],
  expected: {
    description:
      'Hilversum agenda (seed 000) as primitieve begroting, changed to the 2023 evaluation\'s figures (seed 001): I1 +5.000, I14 -50.000. Begroot is "na wijziging" (€ 2.105.000, under the ceiling given as option); adding the versions would raise a false ceiling overrun. Planted (as in the seed): a real overspend, I16 € 72.114 of € 50.000 (OVERSPENT G17).',
    sheet: 'Actieagenda',
    options: { ceilingCents: HILVERSUM_CEILING_CENTS },
    required: ['OVERSPENT G17', 'BUDGET_UNALLOCATED F19'],
    acceptable: [],
    goals: {
      1: fig(100_000_000, 88_895_400),
      2: fig(50_000_000, 4_017_100),
      // 150+150+25+150 = 475 thousand; 149.905+150.000+25.000 = 324.905
      3: fig(47_500_000, 32_490_500),
      4: fig(8_000_000, 0),
      5: fig(5_000_000, 7_211_400),
    },
    withoutGoal: fig(0, 0),
    total: fig(210_500_000, 132_614_400),
  },
};

// ---------------------------------------------------------------------------------------------
// 4. Amounts in thousands
// ---------------------------------------------------------------------------------------------

const THOUSANDS_HEADER_X_EURO_1000: Fixture = {
  name: 'thousands-header-x-euro-1000',
  sheets: [
    {
      name: 'Begroting',
      headerRows: [3],
      amountColumns: 'DE',
      amountFormat: '#,##0.000',
      rows: [
        ['NPO-middelen gemeente Hilversum – verdeling per interventie'],
        [],
        ['Nr', 'Interventie', 'Doel', 'Begroot x € 1.000', 'Besteed x € 1.000', 'Toelichting'],
        [1, 'Huiswerkkamer', 'Bovenschools', 150, 149.823],
        [2, 'Bibliotheek', 'Bovenschools', 250, 247.852],
        [3, 'Kunst- en cultuuronderwijs', 'Bovenschools', 250, 250],
        [4, 'Sport en bewegen', 'Bovenschools', 250, 142.904],
        ['7-9', 'VVE: verrijking dagprogramma (AT en Bink)', 'VVE', 300, 40.171],
        [11, 'Verlengde schooldag', 'Zorg en welzijn', 150, 149.905],
        [15, 'Zorg (onderwijs-jeugdarrangement)', 'Samenwerking', 150, 0],
        [16, 'Preventief spreekuur', 'Thuiszitters', 50, 72.114, 'Regiogemeenten financieren mee'],
        [],
        [null, 'Totaal', null, f('SUM(D4:D11)', 1550), f('SUM(E4:E11)', 1052.769)],
      ],
    },
  ],
  expected: {
    description:
      'Hilversum evaluation figures in thousands: "x € 1.000" in the Begroot and Besteed header cells, benut with three decimals (149,823 = € 149.823). Every figure is 1.000 times the cell. Planted (as in the seed): intervention 16 spent € 72.114 of € 50.000 (OVERSPENT E11); € 588.509,64 of the ceiling (option) not budgeted.',
    sheet: 'Begroting',
    options: { ceilingCents: HILVERSUM_CEILING_CENTS },
    required: ['OVERSPENT E11', 'BUDGET_UNALLOCATED D13'],
    acceptable: [],
    goals: {
      // 150+250+250+250 = 900 thousand; 149.823+247.852+250.000+142.904 = 790.579
      1: fig(90_000_000, 79_057_900),
      2: fig(30_000_000, 4_017_100),
      3: fig(15_000_000, 14_990_500),
      4: fig(15_000_000, 0),
      5: fig(5_000_000, 7_211_400),
    },
    withoutGoal: fig(0, 0),
    total: fig(155_000_000, 105_276_900),
  },
};

const THOUSANDS_TITLE_X_1000_GROUPED: Fixture = {
  name: 'thousands-title-x-1000-grouped',
  sheets: [
    {
      name: 'Begroting',
      headerRows: [3],
      amountColumns: 'C',
      amountFormat: '#,##0.0',
      rows: [
        ['Begroting NPO 2021-2023 gemeente Putten (x 1.000)'],
        [],
        ['Maatregel', 'Uitvoerder', 'Bedrag', 'Toelichting'],
        ['Zorg en welzijn'],
        ['Weerbaarheidstrainingen op scholen', 'Sportservice', 20],
        ['Trainingen gespreksvaardigheden docenten en IB-ers', 'CJG Putten', 18.5],
        ['Sociale kaart en routekaart', 'Gemeente Putten', 9.5],
        ['Jeugdmaatschappelijk werk op scholen', 'Stichting Welzijn', 60, '2 uur per week op 15 scholen'],
        ['Voorschoolse periode'],
        ['Kindregisseur doorgaande lijn 0-7 jaar', 'VVE-werkgroep', 20],
        ['Samenwerking in de gemeente'],
        ['Projectleider onderwijs en jeugdhulp', 'Gemeente Putten', 100],
        ['Communicatie', 'Gemeente Putten', 4],
        ['Bovenschoolse maatregelen'],
        ['Zomerschool en bijles', 'Schoolbesturen', 90],
        [],
        ['Totaal', null, f('SUM(C5:C15)', 322)],
      ],
    },
  ],
  expected: {
    description:
      'Putten (seed 003 figures) grouped under goal heading rows, amounts in thousands said only by "(x 1.000)" at the end of the title (18,5 = € 18.500). No ceiling anywhere: the default is used and CEILING_DEFAULT says so; what is left under that default is acceptable either way.',
    sheet: 'Begroting',
    required: ['CEILING_DEFAULT'],
    acceptable: ['BUDGET_UNALLOCATED'],
    goals: {
      1: fig(9_000_000),
      2: fig(2_000_000),
      // 20 + 18,5 + 9,5 + 60 thousand
      3: fig(10_800_000),
      4: fig(10_400_000),
      5: fig(0),
    },
    withoutGoal: fig(0),
    total: fig(32_200_000),
  },
};

const THOUSANDS_BEDRAGEN_IN_DUIZENDEN: Fixture = {
  name: 'thousands-bedragen-in-duizenden',
  sheets: [
    {
      name: 'NPO',
      headerRows: [4],
      amountColumns: 'CDE',
      amountFormat: '#,##0.0',
      rows: [
        ['Gemeente Voerendaal – Nationaal Programma Onderwijs'],
        ["Bedragen in duizenden euro's"],
        [],
        ['Activiteit', 'Bestedingsdoel', 'Begroot', 'Realisatie 2022', 'Realisatie 2023'],
        ['Rots en water', 'Zorg en welzijn', 15, 4.2, 6.8],
        ['Kennismaken met cultuur jonge kind', 'Voorschoolse periode', 16, 3, 9.5],
        ['Onderzoek leerlijn muziek', 'Bovenschoolse maatregelen', 20, 0, 20],
        ['Inspiratie integrale kindaanpak', 'Samenwerking', 5, 5, 0],
        ['Plan op maat per koppel', 'Samenwerking', 30, 7.5, 15],
        ['Ouderschap en ouderbetrokkenheid', 'Zorg en welzijn', 10, 2.5, 5],
        ['Facilitering samenwerking', 'Samenwerking', 5, 1.2, 4.1],
        [],
        ['Totaal', null, f('SUM(C5:C11)', 101), f('SUM(D5:D11)', 23.4), f('SUM(E5:E11)', 60.4)],
      ],
    },
  ],
  expected: {
    description:
      'Voerendaal (seed 004 activities) with "Bedragen in duizenden euro\'s" in the title block; benut is Realisatie 2022 + Realisatie 2023. Planted: "Facilitering samenwerking" spent 1,2 + 4,1 = 5,3 thousand of 5 (OVERSPENT, € 300, on either benut cell of row 11); € 12.258 of the ceiling (option) not budgeted.',
    sheet: 'NPO',
    options: { ceilingCents: 11_325_800 },
    required: ['OVERSPENT', 'BUDGET_UNALLOCATED C13'],
    acceptable: [],
    goals: {
      1: fig(2_000_000, 2_000_000),
      // 16; 3 + 9,5
      2: fig(1_600_000, 1_250_000),
      // 15 + 10; 4,2 + 6,8 + 2,5 + 5
      3: fig(2_500_000, 1_850_000),
      // 5 + 30 + 5; 5 + 7,5 + 15 + 1,2 + 4,1
      4: fig(4_000_000, 3_280_000),
      5: fig(0, 0),
    },
    withoutGoal: fig(0, 0),
    total: fig(10_100_000, 8_380_000),
  },
};

const THOUSANDS_KEURO_SUBTOTALS: Fixture = {
  name: 'thousands-keuro-subtotals',
  sheets: [
    {
      name: 'Actieagenda',
      headerRows: [3],
      amountColumns: 'D',
      amountFormat: '#,##0',
      rows: [
        ['NPO-actieagenda Hilversum 2021-2023'],
        [],
        ['Code', 'Maatregel', 'Uitvoerder', 'Budget k€'],
        ['Bestedingsdoel 1: Bovenschoolse maatregelen', null, null, f('SUM(D5:D10)', 995)],
        ['I1', 'Huiswerkkamer incl. begeleiding', 'Versa Welzijn', 145],
        ['I2', 'Bibliotheek', 'De Bibliotheek Hilversum', 250],
        ['I3', 'Cultuur', 'Stichting Proloog', 250],
        ['I4', 'Sport', 'Team Sportservice en Bink', 250],
        ['I5', 'Natuur', 'Stichting Omgevingseducatie', 50],
        ['I6', 'VoorleesExpress versterken', 'Stichting Maatjesproject', 50],
        ['Bestedingsdoel 2: Maatregelen in VVE (2-6 jarigen)', null, null, f('SUM(D12:D15)', 500)],
        ['I7', 'Top VVE en/of LOGO3000', 'Bink en AT', 100],
        ['I8', "'Vliegende' medewerker op zware doelgroeplocaties", 'Bink', 100],
        ['I9', 'VVE in de zomer', 'Bink en AT', 100],
        ['I10', 'Maatwerkplannen versterken', 'Maatwerkscholen', 200],
        ['Bestedingsdoel 3: Maatregelen voor zorg en welzijn', null, null, f('SUM(D17:D20)', 525)],
        ['I11', 'Verlengde schooldag door kinderwerkers', 'Versa Welzijn', 150],
        ['I12', 'Jongerenwerkers/jongerencoaches', 'N.t.b.', 150],
        ['I13', 'Mediawijsheid / online pesten', 'Unita en Qinas', 25],
        ['I14', 'Zorg?!', null, 200],
        ['Bestedingsdoel 4: Bevorderen van samenwerking in de gemeente', null, null, f('SUM(D22:D22)', 80)],
        ['I15', 'Jeugd en Gezin op de taalscholen', 'JGGV', 80],
        ['Bestedingsdoel 5: Maatregelen voor thuiszitters', null, null, f('SUM(D24:D24)', 50)],
        ['I16', 'Preventief spreekuur op scholen', 'RBL', 50],
        [],
        ['Totaal', null, null, f('D4+D11+D16+D21+D23', 2150)],
      ],
    },
  ],
  expected: {
    description:
      'Hilversum agenda (seed 000) in "k€" (the begroot header says "Budget k€"), grouped under goal headings that carry their subtotal, the grand total adding the five subtotals. Planted (as in the seed): € 2.150.000 is € 11.490,36 over the ceiling given as option.',
    sheet: 'Actieagenda',
    options: { ceilingCents: HILVERSUM_CEILING_CENTS },
    required: ['CEILING_EXCEEDED D26'],
    acceptable: [],
    goals: { 1: fig(99_500_000), 2: fig(50_000_000), 3: fig(52_500_000), 4: fig(8_000_000), 5: fig(5_000_000) },
    withoutGoal: fig(0),
    total: fig(215_000_000),
  },
};

// ---------------------------------------------------------------------------------------------
// 5. Two tables on one sheet: stacked, and side by side
// ---------------------------------------------------------------------------------------------

const STACKED_HEADER = ['Nr', 'Interventie', 'Bestedingsdoel', 'Begroot', 'Besteed'];

const TWO_TABLES_STACKED_CLEAN: Fixture = {
  name: 'two-tables-stacked-clean',
  sheets: [
    {
      name: 'Uitvoering 2023-2024',
      headerRows: [5, 16],
      amountColumns: 'DE',
      cellFormats: { B2: EURO },
      rows: [
        ['NPO Hilversum – uitvoeringsbudget per kalenderjaar'],
        ['Beschikbaar budget', HILVERSUM_CEILING],
        [],
        ['Begroting 2023'],
        STACKED_HEADER,
        [2, 'Bibliotheek', 1, 125000, 118000],
        [3, 'Kunst- en cultuuronderwijs', 1, 125000, 125000],
        [6, 'VoorleesExpress en SchoolMaatjes', 1, 25000, 25000],
        ['7-9', 'VVE: verrijking dagprogramma (Bink)', 2, 130000, 0],
        [12, 'Jongerencoaching op school', 3, 150000, 150000],
        [16, 'Preventief spreekuur', 5, 25000, 25000],
        [null, 'Totaal 2023', null, f('SUM(D6:D11)', 580000), f('SUM(E6:E11)', 443000)],
        [],
        [],
        ['Begroting 2024'],
        STACKED_HEADER,
        [2, 'Bibliotheek', 1, 60000, 0],
        [3, 'Kunst- en cultuuronderwijs', 1, 60000, 0],
        [6, 'VoorleesExpress en SchoolMaatjes', 1, 25000, 0],
        ['7-9', 'VVE: verrijking dagprogramma (Bink)', 2, 130000, 0],
        [15, 'Onderwijs-jeugdarrangement (OJA)', 4, 75000, 0],
        [16, 'Preventief spreekuur', 5, 25000, 0],
        [null, 'Totaal 2024', null, f('SUM(D17:D22)', 375000), f('SUM(E17:E22)', 0)],
      ],
    },
  ],
  expected: {
    description:
      'Hilversum 2023 table above the 2024 table on one sheet, each with its label, header and "Totaal <year>" row; the same interventions appear in both years. Clean: each total adds its own table. The sheet\'s figures are the sum of both tables: € 955.000 of the € 2.138.509,64 budget (no grand total row, so the ceiling finding may point anywhere).',
    sheet: 'Uitvoering 2023-2024',
    required: ['BUDGET_UNALLOCATED'],
    acceptable: [],
    goals: {
      // 125+125+25 + 60+60+25 = 420 thousand; 118+125+25 = 268 thousand
      1: fig(42_000_000, 26_800_000),
      2: fig(26_000_000, 0),
      3: fig(15_000_000, 15_000_000),
      4: fig(7_500_000, 0),
      5: fig(5_000_000, 2_500_000),
    },
    withoutGoal: fig(0, 0),
    total: fig(95_500_000, 44_300_000),
  },
};

const PUTTEN_YEAR_HEADER = ['Maatregel', 'Bestedingsdoel', 'Kosten', 'Toelichting'];

const TWO_TABLES_STACKED_RANGE_SHORT: Fixture = {
  name: 'two-tables-stacked-range-short',
  sheets: [
    {
      name: 'Begroting',
      headerRows: [5, 14],
      amountColumns: 'C',
      rows: [
        ['Gemeente Putten – NPO-begroting per jaarschijf'],
        ['NPO-budget: € 322.000'],
        [],
        ['Jaarschijf 2022'],
        PUTTEN_YEAR_HEADER,
        ['Weerbaarheidstrainingen op scholen', 'Zorg en welzijn', 10000],
        ['Jeugdmaatschappelijk werk op scholen', 'Zorg en welzijn', 30000],
        ['Kindregisseur doorgaande lijn 0-7 jaar', 'Voorschoolse periode', 10000],
        ['Projectleider onderwijs en jeugdhulp', 'Samenwerking', 50000],
        ['Communicatie', 'Samenwerking', 2000],
        ['Totaal 2022', null, f('SUM(C6:C10)', 102000)],
        [],
        ['Jaarschijf 2023'],
        PUTTEN_YEAR_HEADER,
        ['Weerbaarheidstrainingen op scholen', 'Zorg en welzijn', 10000],
        ['Trainingen gespreksvaardigheden docenten', 'Zorg en welzijn', 28000],
        ['Jeugdmaatschappelijk werk op scholen', 'Zorg en welzijn', 30000],
        ['Kindregisseur doorgaande lijn 0-7 jaar', 'Voorschoolse periode', 10000],
        ['Projectleider onderwijs en jeugdhulp', 'Samenwerking', 50000],
        ['Communicatie', 'Samenwerking', 2000],
        ['Zomerschool en huiswerkbegeleiding', 'Bovenschoolse maatregelen', 90000, 'Toegevoegd na bestuurlijk overleg'],
        ['Totaal 2023', null, f('SUM(C15:C20)', 130000)],
      ],
    },
  ],
  expected: {
    description:
      'Putten (seed 003 figures) as two year tables stacked, the ceiling in the label\'s own cell ("NPO-budget: € 322.000"). Planted: a row added at the bottom of the 2023 table (row 21, € 90.000) is outside its SUM(C15:C20), so "Totaal 2023" shows € 130.000 instead of € 220.000 (SUBTOTAL_MISMATCH C22, amountCents -9000000, explained by TOTAL_RANGE_INCOMPLETE C22). The 2022 table is right; the plan over both equals the ceiling.',
    sheet: 'Begroting',
    required: ['SUBTOTAL_MISMATCH C22', 'TOTAL_RANGE_INCOMPLETE C22'],
    acceptable: [],
    goals: {
      1: fig(9_000_000),
      // 10.000 + 10.000
      2: fig(2_000_000),
      // 10+30 + 10+28+30 thousand
      3: fig(10_800_000),
      // 50+2 + 50+2 thousand
      4: fig(10_400_000),
      5: fig(0),
    },
    withoutGoal: fig(0),
    total: fig(32_200_000),
  },
};

const TWO_TABLES_SIDE_BY_SIDE_CLEAN: Fixture = {
  name: 'two-tables-side-by-side-clean',
  sheets: [
    {
      name: 'Overzicht',
      headerRows: [5],
      amountColumns: 'CDHI',
      cellFormats: { B2: EURO_WHOLE },
      rows: [
        ['NPO-middelen gemeente Voerendaal – begroting en besteding per jaar'],
        ['Plafond NPO-middelen', 113258],
        [],
        ['2022', null, null, null, null, '2023'],
        ['Activiteit', 'Doel', 'Begroot', 'Besteed', null, 'Activiteit', 'Doel', 'Begroot', 'Besteed'],
        ['Rots en water', 'Zorg en welzijn', 7500, 7500, null, 'Rots en water', 'Zorg en welzijn', 7500, 6000],
        [
          'Kennismaken met cultuur jonge kind',
          'Voorschoolse periode',
          8000,
          6200,
          null,
          'Kennismaken met cultuur jonge kind',
          'Voorschoolse periode',
          8000,
          8000,
        ],
        [
          'Inspiratie integrale kindaanpak',
          'Samenwerking',
          5000,
          4800,
          null,
          'Onderzoek leerlijn muziek',
          'Bovenschoolse maatregelen',
          20000,
          20000,
        ],
        [
          'Plan op maat per koppel',
          'Samenwerking',
          15000,
          15000,
          null,
          'Plan op maat per koppel',
          'Samenwerking',
          15000,
          12500,
        ],
        [
          'Totaal',
          null,
          f('SUM(C6:C9)', 35500),
          f('SUM(D6:D9)', 33500),
          null,
          'Ouderschap en ouderbetrokkenheid',
          'Zorg en welzijn',
          10000,
          7250,
        ],
        [null, null, null, null, null, 'Facilitering samenwerking', 'Samenwerking', 5000, 2500],
        [null, null, null, null, null, 'Totaal', null, f('SUM(H6:H11)', 65500), f('SUM(I6:I11)', 56250)],
      ],
    },
  ],
  expected: {
    description:
      'Voerendaal (seed 004 activities) with the 2022 table (A:D) beside the 2023 table (F:I), separated by empty column E, each labelled by its year, of different lengths, each with its own Totaal row. Clean: each total adds its own table; € 101.000 over both tables, € 12.258 under the ceiling (no grand total, so the ceiling finding may point anywhere).',
    sheet: 'Overzicht',
    required: ['BUDGET_UNALLOCATED'],
    acceptable: [],
    goals: {
      1: fig(2_000_000, 2_000_000),
      // 8.000 + 8.000; 6.200 + 8.000
      2: fig(1_600_000, 1_420_000),
      // 7.500 + 7.500 + 10.000; 7.500 + 6.000 + 7.250
      3: fig(2_500_000, 2_075_000),
      // 5.000 + 15.000 + 15.000 + 5.000; 4.800 + 15.000 + 12.500 + 2.500
      4: fig(4_000_000, 3_480_000),
      5: fig(0, 0),
    },
    withoutGoal: fig(0, 0),
    total: fig(10_100_000, 8_975_000),
  },
};

const TWO_TABLES_SIDE_BY_SIDE_TYPED_TOTAL: Fixture = {
  name: 'two-tables-side-by-side-typed-total',
  sheets: [
    {
      name: 'NPO per jaar',
      headerRows: [4],
      amountColumns: 'DI',
      rows: [
        ['Hilversum NPO – begroting 2022 en 2023 naast elkaar'],
        [],
        ['Begroting 2022', null, null, null, null, 'Begroting 2023'],
        ['Nr', 'Interventie', 'Doel', 'Bedrag', null, 'Nr', 'Interventie', 'Doel', 'Bedrag'],
        [1, 'Huiswerkkamer', 1, 72500, null, 1, 'Huiswerkkamer', 1, 72500],
        [2, 'Bibliotheek', 1, 125000, null, 2, 'Bibliotheek', 1, 125000],
        [11, 'Verlengde schooldag', 3, 75000, null, '7-9', 'VVE-aanbod AT en Bink', 2, 300000],
        [13, 'Mediawijsheid', 3, 25000, null, 10, 'Maatwerkplannen versterken', 2, 200000],
        [16, 'Preventief spreekuur', 5, 35000, null, 11, 'Verlengde schooldag', 3, 75000],
        [null, 'Totaal', null, 322500, null, 15, 'Jeugd en Gezin op de taalscholen', 4, 80000],
        [null, null, null, null, null, 16, 'Preventief spreekuur', 5, 17500],
        [null, null, null, null, null, null, 'Totaal', null, f('SUM(I5:I11)', 870000)],
      ],
    },
  ],
  expected: {
    description:
      'Hilversum 2022 table (A:D) beside the 2023 table (F:I). Planted: the 2022 total is typed as € 322.500 while its rows add up to € 332.500 (SUBTOTAL_MISMATCH D10, amountCents -1000000, explained by TOTAL_HARDCODED D10); it must be compared with its own table, not with both. The 2023 total is right. No ceiling on the sheet: CEILING_DEFAULT.',
    sheet: 'NPO per jaar',
    required: ['SUBTOTAL_MISMATCH D10', 'TOTAL_HARDCODED D10', 'CEILING_DEFAULT'],
    acceptable: ['BUDGET_UNALLOCATED'],
    goals: {
      // 72.500 + 125.000 twice
      1: fig(39_500_000),
      2: fig(50_000_000),
      // 75.000 + 25.000 + 75.000
      3: fig(17_500_000),
      4: fig(8_000_000),
      // 35.000 + 17.500
      5: fig(5_250_000),
    },
    withoutGoal: fig(0),
    total: fig(120_250_000),
  },
};

// ---------------------------------------------------------------------------------------------
// 6. A per-goal summary table
// ---------------------------------------------------------------------------------------------

const GOAL_SUMMARY_INFORMATIEBRIEF: Fixture = {
  name: 'goal-summary-informatiebrief',
  sheets: [
    {
      name: 'Verdeling',
      headerRows: [4],
      amountColumns: 'B',
      amountFormat: EURO_WHOLE,
      cellFormats: { B2: EURO },
      rows: [
        ['Informatiebrief stand van zaken Nationaal Programma Onderwijs – Hilversum'],
        ['Beschikbaar budget', HILVERSUM_CEILING],
        [],
        ['Bestedingsdoel', 'Totaalbedrag'],
        ['Bovenschoolse maatregelen', 995000],
        ['Het tegengaan van achterstanden bij kinderen in de voorschoolse periode', 500000],
        ['Waar nodig bieden van zorg en welzijn', 525000],
        ['Het bevorderen van samenwerking in de gemeente', 80000],
        ['Het voorkomen van thuiszitters', 50000],
        ['Totaal', f('SUM(B5:B9)', 2150000)],
      ],
    },
  ],
  expected: {
    description:
      'The per-goal table of Hilversum\'s information letter (seed 002): "Bestedingsdoel | Totaalbedrag", the five goals in the letter\'s wording and Totaal, no interventions. Planted (as in the seed): € 2.150.000 is € 11.490,36 over the € 2.138.509,64 beside "Beschikbaar budget".',
    sheet: 'Verdeling',
    required: ['CEILING_EXCEEDED B10'],
    acceptable: [],
    goals: { 1: fig(99_500_000), 2: fig(50_000_000), 3: fig(52_500_000), 4: fig(8_000_000), 5: fig(5_000_000) },
    withoutGoal: fig(0),
    total: fig(215_000_000),
  },
};

const GOAL_SUMMARY_BEGROOT_REALISATIE: Fixture = {
  name: 'goal-summary-begroot-realisatie',
  sheets: [
    {
      name: 'Bijlage 1',
      headerRows: [4],
      amountColumns: 'BC',
      amountFormat: EURO_WHOLE,
      rows: [
        ['Stand van zaken m.b.t. de uitvoering Hilversumse NPO-actieagenda (bijlage 1)'],
        ['Beknopt overzicht van de NPO-begroting en realisatie in 2022'],
        [],
        ['Bestedingsdoel', 'Totaalbedrag t/m juni 2025', 'Realisatie 2022'],
        ['Bovenschoolse maatregelen', 995000, 346000],
        ['Het tegengaan van achterstanden bij kinderen in de voorschoolse periode', 500000, 46000],
        ['Waar nodig bieden van zorg en welzijn', 525000, 147000],
        ['Het bevorderen van samenwerking in de gemeente', 80000, 2000],
        ['Het voorkomen van thuiszitters', 50000, 36000],
        ['Totaal', f('SUM(B5:B9)', 2150000), f('SUM(C5:C9)', 577000)],
      ],
    },
  ],
  expected: {
    description:
      'The per-goal table of Hilversum\'s 2023 evaluation (seed 001, annex 1) with begroot ("Totaalbedrag t/m juni 2025") and benut ("Realisatie 2022") per goal. Planted (as in the seed): € 11.490,36 over the ceiling given as option; the realisatie is well under it.',
    sheet: 'Bijlage 1',
    options: { ceilingCents: HILVERSUM_CEILING_CENTS },
    required: ['CEILING_EXCEEDED B10'],
    acceptable: [],
    goals: {
      1: fig(99_500_000, 34_600_000),
      2: fig(50_000_000, 4_600_000),
      3: fig(52_500_000, 14_700_000),
      4: fig(8_000_000, 200_000),
      5: fig(5_000_000, 3_600_000),
    },
    withoutGoal: fig(0, 0),
    total: fig(215_000_000, 57_700_000),
  },
};

const GOAL_SUMMARY_TYPED_TOTAL: Fixture = {
  name: 'goal-summary-typed-total',
  sheets: [
    {
      name: 'Samenvatting',
      headerRows: [4],
      amountColumns: 'B',
      amountFormat: EURO_WHOLE,
      cellFormats: { B2: EURO_WHOLE },
      rows: [
        ['NPO Voerendaal – samenvatting per bestedingsdoel'],
        ['Toegekend bedrag', 113258],
        [],
        ['Bestedingsdoel', 'Bedrag', 'Toelichting'],
        ['1. Bovenschoolse maatregelen', 33000],
        ['2. Voorschoolse periode', 28000],
        ['3. Zorg en welzijn', 15000],
        ['4. Samenwerking in de gemeente', 25000],
        ['5. Thuiszitters', 'nihil', 'Nagenoeg geen thuiszitters in de leeftijd van 2 tot 12 jaar'],
        ['Totaal', 106000],
      ],
    },
  ],
  expected: {
    description:
      'Voerendaal\'s per-goal summary with numbered goals ("1. Bovenschoolse maatregelen"), goal 5 "nihil". Planted: the total is typed as € 106.000 while the goals add up to € 101.000 (SUBTOTAL_MISMATCH B10, amountCents 500000, explained by TOTAL_HARDCODED B10); the € 101.000 planned leaves € 12.258 of the € 113.258 "Toegekend bedrag".',
    sheet: 'Samenvatting',
    required: ['SUBTOTAL_MISMATCH B10', 'TOTAL_HARDCODED B10', 'BUDGET_UNALLOCATED B10'],
    acceptable: [],
    goals: { 1: fig(3_300_000), 2: fig(2_800_000), 3: fig(1_500_000), 4: fig(2_500_000), 5: fig(0) },
    withoutGoal: fig(0),
    total: fig(10_100_000),
  },
};

// ---------------------------------------------------------------------------------------------
// 7. The ceiling: never from a title's numbers; from a label, a Beschikking sheet, or the default
// ---------------------------------------------------------------------------------------------

const CEILING_PEILDATUM_TITLE_DEFAULT: Fixture = {
  name: 'ceiling-peildatum-title-default',
  sheets: [
    {
      name: 'Inzet NPO',
      headerRows: [4],
      amountColumns: 'DE',
      rows: [
        ['Inzet NPO-middelen gemeente Putten (peildatum maart 2023)'],
        ['Opgesteld door team Samenleving, versie 3'],
        [],
        ['Nr', 'Maatregel', 'Bestedingsdoel', 'Begroot', 'Besteed t/m peildatum'],
        [1, 'Weerbaarheidstrainingen op scholen', 3, 20000, 12000],
        [2, 'Trainingen gespreksvaardigheden docenten', 3, 28000, 9500],
        [3, 'Jeugdmaatschappelijk werk PO en jongerenwerk VO', 3, 60000, 41250],
        [4, 'Kindregisseur doorgaande lijn 0-7 jaar', 2, 20000, 5000],
        [5, 'Projectleider onderwijs en jeugdhulp', 4, 100000, 62500],
        [6, 'Communicatie', 4, 4000, 1850],
        [7, 'Zomerschool', 1, 90000, 0],
        [],
        [null, 'Totaal', null, f('SUM(D5:D11)', 322000), f('SUM(E5:E11)', 132100)],
      ],
    },
  ],
  expected: {
    description:
      'Putten (seed 003 figures) under the title "Inzet NPO-middelen gemeente Putten (peildatum maart 2023)": the title names the NPO-middelen but holds a date, not a ceiling. No ceiling anywhere, so the default is used and CEILING_DEFAULT says so; no CEILING_EXCEEDED (the plan is € 322.000). What is left under the default is acceptable either way.',
    sheet: 'Inzet NPO',
    required: ['CEILING_DEFAULT'],
    acceptable: ['BUDGET_UNALLOCATED'],
    goals: {
      1: fig(9_000_000, 0),
      2: fig(2_000_000, 500_000),
      // 20+28+60 thousand; 12.000 + 9.500 + 41.250
      3: fig(10_800_000, 6_275_000),
      // 100+4 thousand; 62.500 + 1.850
      4: fig(10_400_000, 6_435_000),
      5: fig(0, 0),
    },
    withoutGoal: fig(0, 0),
    total: fig(32_200_000, 13_210_000),
  },
};

const CEILING_PLAFOND_LABEL: Fixture = {
  name: 'ceiling-plafond-label',
  sheets: [
    {
      name: 'NPO Voerendaal',
      headerRows: [4],
      amountColumns: 'D',
      cellFormats: { B2: EURO_WHOLE },
      rows: [
        ['Nationaal Programma Onderwijs – gemeente Voerendaal'],
        ['Plafond', 113258],
        [],
        ['Activiteit', 'Uitvoerder', 'Bestedingsdoel', 'Geraamd budget'],
        ['Rots en water', 'JENS', 'Zorg en welzijn', 15000],
        ['Kennismaken met cultuur jonge kind', 'Schunck/PIT', 'Voorschoolse periode', 16000],
        ['Onderzoek leerlijn muziek', 'SMK', 'Bovenschoolse maatregelen', 20000],
        ['Inspiratie integrale kindaanpak', 'Deskundige IKC', 'Samenwerking', 5000],
        ['Plan op maat per koppel', 'Procesbegeleider', 'Samenwerking', 30000],
        ['Ouderschap en ouderbetrokkenheid', 'JENS', 'Zorg en welzijn', 10000],
        ['Facilitering samenwerking', 'TMF', 'Samenwerking', 5000],
        ['Duurzaamheid ervarend leren', 'Gemeente', 'Bovenschoolse maatregelen', 'P.M.'],
        ['Buitenspelen', 'TMF', 'Bovenschoolse maatregelen', 'Uitvoerbaar binnen opdracht TMF'],
        [],
        ['Totaal middelen NPO', null, null, f('SUM(D5:D13)', 101000)],
      ],
    },
  ],
  expected: {
    description:
      'Voerendaal (seed 004) with "Plafond" and € 113.258 beside it. Planted from the seed: "P.M." (AMOUNT_PLACEHOLDER D12) and € 12.258 not budgeted; "Uitvoerbaar binnen opdracht TMF" (no NPO money) may be reported as unreadable or as a placeholder, or not at all.',
    sheet: 'NPO Voerendaal',
    required: ['BUDGET_UNALLOCATED D15', 'AMOUNT_PLACEHOLDER D12'],
    acceptable: ['AMOUNT_UNREADABLE D13', 'AMOUNT_PLACEHOLDER D13'],
    goals: { 1: fig(2_000_000), 2: fig(1_600_000), 3: fig(2_500_000), 4: fig(4_000_000), 5: fig(0) },
    withoutGoal: fig(0),
    total: fig(10_100_000),
  },
};

const CEILING_BESCHIKKING_SHEET: Fixture = {
  name: 'ceiling-beschikking-sheet',
  sheets: [
    {
      name: 'Beschikking',
      cellFormats: { B4: 'd mmmm yyyy', B5: EURO_WHOLE },
      rows: [
        ['Beschikking specifieke uitkering Nationaal Programma Onderwijs'],
        [],
        ['Gemeente', 'Putten'],
        ['Datum beschikking', day(2021, 9, 15)],
        ['Toegekend bedrag', 322000],
        ['Besteedbaar tot en met', '31 juli 2025'],
        ['Grondslag', '€ 118,11 per leerling en € 22,64 per achterstandspunt'],
      ],
    },
    {
      name: 'Begroting 2021-2023',
      headerRows: [4],
      amountColumns: 'D',
      rows: [
        ['NPO-begroting gemeente Putten'],
        ['Het toegekende bedrag staat op het tabblad Beschikking'],
        [],
        ['Maatregel', 'Bestedingsdoel', 'Uitvoerder', 'Begroot', 'Toelichting'],
        ['Weerbaarheidstrainingen op scholen', 'Zorg en welzijn', 'Sportservice', 20000],
        ['Trainingen gespreksvaardigheden', 'Zorg en welzijn', 'CJG Putten', 28000],
        ['Jeugdmaatschappelijk werk op scholen', 'Zorg en welzijn', 'Stichting Welzijn', 60000],
        ['Kindregisseur doorgaande lijn 0-7 jaar', 'Voorschoolse periode', 'VVE-werkgroep', 20000],
        ['Projectleider onderwijs en jeugdhulp', 'Samenwerking', 'Gemeente Putten', 100000],
        ['Communicatie', 'Samenwerking', 'Gemeente Putten', 4000],
        ['Zomerschool 2022 en 2023', 'Bovenschoolse maatregelen', 'Schoolbesturen', 98000, 'Twee zomers à € 49.000'],
        [],
        ['Totaal', null, null, f('SUM(D5:D11)', 330000)],
      ],
    },
  ],
  expected: {
    description:
      'Putten with its ceiling only on a first sheet named "Beschikking" ("Toegekend bedrag" € 322.000); the budget is the second sheet. Planted: the plan of € 330.000 is € 8.000 over that ceiling (CEILING_EXCEEDED D13).',
    sheet: 'Begroting 2021-2023',
    required: ['CEILING_EXCEEDED D13'],
    acceptable: [],
    goals: { 1: fig(9_800_000), 2: fig(2_000_000), 3: fig(10_800_000), 4: fig(10_400_000), 5: fig(0) },
    withoutGoal: fig(0),
    total: fig(33_000_000),
  },
};

const CEILING_PARAGRAPH_TITLE: Fixture = {
  name: 'ceiling-paragraph-title',
  sheets: [
    {
      name: 'Begroting op hoofdlijnen',
      headerRows: [5],
      amountColumns: 'C',
      amountFormat: EURO_WHOLE,
      cellFormats: { A3: EURO_WHOLE },
      rows: [
        ['Begroting op hoofdlijnen NPO gemeente Putten (plan van aanpak, §4.2)'],
        ['Beschikbaar budget'],
        [322000],
        [],
        ['NPO-maatregel', 'Bestedingsdoel', 'Kosten', 'Onderbouwing'],
        [
          '1. Inzet op preventie',
          'Zorg en welzijn',
          'Ca. € 48.000',
          'Voor 2 jaar: sociale kaart, weerbaarheidstrainingen, trainingen docenten',
        ],
        ['2. Laagdrempelige ondersteuning op/via scholen', 'Zorg en welzijn', 60000, 'Voor 2 jaar'],
        ['3. Bevorderen doorgaande lijn 0-7 jaar', 'Voorschoolse periode', 20000, 'Reservering naast de VVE-gelden'],
        [
          '4. Stimuleren van samenwerking onderwijs en jeugdhulp',
          'Samenwerking',
          100000,
          'Projectleider 8 uur per week, twee jaar',
        ],
        ['Communicatie', 'Samenwerking', 4000, 'Voor 2 jaar'],
        [
          'Bestemming resterend budget',
          'Bovenschoolse maatregelen',
          90000,
          'Ter aanvulling op de maatregelen of onvoorziene kosten',
        ],
        [],
        ['Totaal begroting voor 2 jaar', null, f('SUM(C6:C11)', 274000)],
      ],
    },
  ],
  expected: {
    description:
      'Putten\'s "Begroting op hoofdlijnen" (seed 003, §4.2) under the title "… (plan van aanpak, §4.2)": the paragraph number is no ceiling; the ceiling is the € 322.000 below "Beschikbaar budget". The measures are numbered "1." to "4." in their names while the goal column says the goal. Planted from the seed: "Ca. € 48.000" is an estimate stored as text (AMOUNT_ESTIMATE C6), which the SUM skips: the total shows € 274.000 (SUBTOTAL_MISMATCH C13, amountCents -4800000). Counting the estimate the plan equals the ceiling.',
    sheet: 'Begroting op hoofdlijnen',
    required: ['AMOUNT_ESTIMATE C6', 'SUBTOTAL_MISMATCH C13'],
    acceptable: [],
    goals: {
      1: fig(9_000_000),
      2: fig(2_000_000),
      // 48.000 + 60.000
      3: fig(10_800_000),
      4: fig(10_400_000),
      5: fig(0),
    },
    withoutGoal: fig(0),
    total: fig(32_200_000),
  },
};

// ---------------------------------------------------------------------------------------------
// 8. Goal notations
// ---------------------------------------------------------------------------------------------

const GOALS_ENGLISH: Fixture = {
  name: 'goals-english',
  sheets: [
    {
      name: 'NPO budget',
      headerRows: [4],
      amountColumns: 'DE',
      cellFormats: { B2: EURO },
      rows: [
        ['National Education Programme (NPO) – municipal budget Hilversum'],
        ['Grant ceiling', HILVERSUM_CEILING],
        [],
        ['No', 'Intervention', 'Spending goal', 'Budgeted', 'Spent', 'Notes'],
        [1, 'Homework room', '1 - Out-of-school measures', 150000, 149823],
        [2, 'Library programme', '1 - Out-of-school measures', 250000, 247852],
        [4, 'Sport and exercise', '1 - Out-of-school measures', 250000, 142904],
        ['7-9', 'Early childhood programme (AT)', '2 - Pre-school period', 40000, 40171],
        [10, 'Tailored school plans', '2 - Pre-school period', 200000, 0, 'Not started yet'],
        [11, 'Extended school day', '3 - Care and welfare', 150000, 149905],
        [15, 'Youth care arrangement in schools', '4 - Cooperation within the municipality', 150000, 0],
        [16, 'Preventive consultation hour', '5 - Preventing absenteeism', 50000, 48000],
        [],
        [null, 'Total', null, f('SUM(D5:D12)', 1240000), f('SUM(E5:E12)', 778655)],
      ],
    },
  ],
  expected: {
    description:
      'An English sheet (Hilversum figures): "No | Intervention | Spending goal | Budgeted | Spent | Notes", goals written "1 - Out-of-school measures" … "5 - Preventing absenteeism", "Grant ceiling" beside the amount. Planted (as in the seed): AT spent € 40.171 of € 40.000 (OVERSPENT E8); € 898.509,64 not budgeted.',
    sheet: 'NPO budget',
    required: ['OVERSPENT E8', 'BUDGET_UNALLOCATED D14'],
    acceptable: [],
    goals: {
      // 150+250+250 thousand; 149.823 + 247.852 + 142.904
      1: fig(65_000_000, 54_057_900),
      // 40.000 + 200.000; 40.171
      2: fig(24_000_000, 4_017_100),
      3: fig(15_000_000, 14_990_500),
      4: fig(15_000_000, 0),
      5: fig(5_000_000, 4_800_000),
    },
    withoutGoal: fig(0, 0),
    total: fig(124_000_000, 77_865_500),
  },
};

const GOALS_NUMBERED_NOTATIONS: Fixture = {
  name: 'goals-numbered-notations',
  sheets: [
    {
      name: 'Begroting',
      headerRows: [4],
      amountColumns: 'C',
      cellFormats: { B2: EURO_WHOLE },
      rows: [
        ['NPO-begroting gemeente Voerendaal 2021-2023'],
        ['NPO-middelen (specifieke uitkering)', 113258],
        [],
        ['Activiteit', 'Bestedingsdoel', 'Bedrag', 'Opmerking'],
        ['Onderzoek leerlijn muziek', '1. Bovenschoolse maatregelen', 20000],
        ['Kennismaken met cultuur jonge kind', 'Maatregelen in VVE (2 t/m 6 jarigen)', 16000],
        ['Plan op maat per koppel integrale kindaanpak', '(4)', 30000],
        ['Rots en water', '(3)', 15000],
        ['Versterken van ouderschap en ouderbetrokkenheid', 'Maatregelen in de voorschoolse periode', 10000],
        ['Inspiratie integrale kindaanpak', 'Het bevorderen van samenwerking in de gemeente', 5000],
        [
          'Facilitering samenwerking en verbinding buitenwereld',
          'Kansengelijkheid',
          5000,
          'Thema uit het lokale beleid',
        ],
        [],
        ['Totaal', null, f('SUM(C5:C11)', 101000)],
      ],
    },
  ],
  expected: {
    description:
      'Voerendaal (seed 004 activities) with goals written "1. Bovenschoolse maatregelen", "Maatregelen in VVE (2 t/m 6 jarigen)", "(4)", "(3)", "Maatregelen in de voorschoolse periode" and the OCW wording of goal 4; the ceiling beside "NPO-middelen (specifieke uitkering)". Planted: "Kansengelijkheid" is a local theme, none of the five goals (UNKNOWN_GOAL B11, € 5.000 without goal); € 12.258 not budgeted.',
    sheet: 'Begroting',
    required: ['UNKNOWN_GOAL B11', 'BUDGET_UNALLOCATED C13'],
    acceptable: [],
    goals: {
      1: fig(2_000_000),
      // 16.000 + 10.000
      2: fig(2_600_000),
      3: fig(1_500_000),
      // 30.000 + 5.000
      4: fig(3_500_000),
      5: fig(0),
    },
    withoutGoal: fig(500_000),
    total: fig(10_100_000),
  },
};

const GOALS_LONG_WORDING_HEADINGS: Fixture = {
  name: 'goals-long-wording-headings',
  sheets: [
    {
      name: 'Stand van zaken',
      headerRows: [3],
      amountColumns: 'CD',
      rows: [
        ['Stand van zaken uitvoering Hilversumse NPO-actieagenda'],
        [],
        ['Interventie', 'Looptijd', 'Begroot', 'Benut'],
        ['Het bieden van bovenschoolse maatregelen'],
        ['Interventie 1: Huiswerkkamer', 'Februari 2022 t/m juli 2023', 150000, '€ 149.823, -'],
        ['Interventie 2: Bibliotheek', 'Mei 2022 t/m 31 juli 2024', 250000, 247852],
        ['Interventie 5: Natuurbeleving', 'Maart 2022 t/m juli 2024', 50000, 48375],
        ['Maatregelen in de voorschoolse periode'],
        ['Interventie 7-9: Top VVE, vliegende medewerker, VVE in de zomer', 'Maart 2022 – juli 2023', 300000, 40171],
        ['Interventie 10: Maatwerkplannen versterken', 'Nog op te starten', 200000, 0],
        ['Waar nodig bieden van zorg en welzijn'],
        ['Interventie 11: Verlengde schooldag door kinderwerkers', 'Februari 2022 t/m juli 2023', 150000, 149905],
        ['Interventie 13: Train de trainer – mediawijsheid', '2023', 25000, 25000],
        ['Het bevorderen van samenwerking in de gemeente'],
        ['Interventie 15: Zorg (onderwijs-jeugdarrangement)', 'Schooljaren 22/23 – 23/24', 150000, 0],
        ['Het voorkomen van thuiszitters'],
        ['Interventie 16: Preventief spreekuur op scholen', 'Schooljaren 22/23 – 23/24', 50000, 72114],
        [],
        ['Totaal', null, f('SUM(C5:C17)', 1325000), f('SUM(D5:D17)', 583417)],
      ],
    },
  ],
  expected: {
    description:
      'Hilversum 2023 evaluation (seed 001) grouped under goal headings in the documents\' long wordings: "Het bieden van bovenschoolse maatregelen", "Maatregelen in de voorschoolse periode", "Waar nodig bieden van zorg en welzijn", … Planted from the seed: intervention 1\'s benut typed as "€ 149.823, -" (text with a space before the dash: NUMBER_AS_TEXT D5), skipped by the benut SUM (SUBTOTAL_MISMATCH D19, amountCents -14982300); intervention 16 spent € 72.114 of € 50.000 (OVERSPENT D17). No ceiling: CEILING_DEFAULT.',
    sheet: 'Stand van zaken',
    required: ['NUMBER_AS_TEXT D5', 'SUBTOTAL_MISMATCH D19', 'OVERSPENT D17', 'CEILING_DEFAULT'],
    acceptable: ['BUDGET_UNALLOCATED'],
    goals: {
      // 150+250+50 thousand; 149.823 + 247.852 + 48.375
      1: fig(45_000_000, 44_605_000),
      2: fig(50_000_000, 4_017_100),
      // 150.000 + 25.000; 149.905 + 25.000
      3: fig(17_500_000, 17_490_500),
      4: fig(15_000_000, 0),
      5: fig(5_000_000, 7_211_400),
    },
    withoutGoal: fig(0, 0),
    total: fig(132_500_000, 73_324_000),
  },
};

// ---------------------------------------------------------------------------------------------
// 9. Amount notations copied from the seed documents
// ---------------------------------------------------------------------------------------------

const AMOUNTS_SEED_NOTATIONS: Fixture = {
  name: 'amounts-seed-notations',
  sheets: [
    {
      name: 'Begroting',
      headerRows: [3],
      amountColumns: 'D',
      rows: [
        ['Begroting NPO 2022 – bedragen overgenomen uit de actieagenda'],
        [],
        ['Nr', 'Interventie', 'Bestedingsdoel', 'Kosten', 'Bron'],
        [
          'I1',
          'Huiswerkkamer (6 locaties)',
          'Bovenschoolse maatregelen',
          '€ 148.000,- ca.',
          'Bijlage 1: € 148.000 voor 6 locaties',
        ],
        ['I5', 'Natuur', 'Bovenschoolse maatregelen', 50000],
        [
          'I6',
          'VoorleesExpress versterken',
          'Bovenschoolse maatregelen',
          '€ 50.000,–',
          'Bijlage 1, met een gedachtestreepje',
        ],
        ['I13', 'Mediawijsheid / online pesten', 'Zorg en welzijn', '€ 25.000, -', 'Bijlage 1: "Kosten: € 25.000, -"'],
        ['I15', 'Jeugd en Gezin op de taalscholen', 'Samenwerking', 80000],
        ['I16', 'Preventief spreekuur', 'Thuiszitters', 50000],
        ['C1', 'Communicatie en drukwerk NPO', 'Samenwerking', '1.234,56 EUR', 'Factuur drukkerij'],
        [],
        [null, 'Totaal', null, f('SUM(D4:D10)', 180000)],
      ],
    },
  ],
  expected: {
    description:
      'Hilversum interventions with the amounts typed as the documents write them: "€ 148.000,- ca." (AMOUNT_ESTIMATE D4), "€ 50.000,–" (NUMBER_AS_TEXT D6), "€ 25.000, -" with a space before the dash (NUMBER_AS_TEXT D7), "1.234,56 EUR" (NUMBER_AS_TEXT D10). The SUM skips all four texts: the total shows € 180.000 against € 404.234,56 (SUBTOTAL_MISMATCH D12, amountCents -22423456). The figures count every text amount.',
    sheet: 'Begroting',
    options: { ceilingCents: HILVERSUM_CEILING_CENTS },
    required: [
      'AMOUNT_ESTIMATE D4',
      'NUMBER_AS_TEXT D6',
      'NUMBER_AS_TEXT D7',
      'NUMBER_AS_TEXT D10',
      'SUBTOTAL_MISMATCH D12',
      'BUDGET_UNALLOCATED D12',
    ],
    acceptable: [],
    goals: {
      // 148.000 + 50.000 + 50.000
      1: fig(24_800_000),
      2: fig(0),
      3: fig(2_500_000),
      // 80.000 + 1.234,56
      4: fig(8_123_456),
      5: fig(5_000_000),
    },
    withoutGoal: fig(0),
    total: fig(40_423_456),
  },
};

// ---------------------------------------------------------------------------------------------
// 10. Hidden rows: filtered with SUBTOTAL(109, …), and hidden under a plain SUM
// ---------------------------------------------------------------------------------------------

const FILTERED_SUBTOTAL_109: Fixture = {
  name: 'filtered-subtotal-109',
  sheets: [
    {
      name: 'Interventies',
      headerRows: [4],
      amountColumns: 'E',
      autoFilter: 'A4:E20',
      hiddenRows: [11, 12, 13, 14, 15, 16, 17, 18, 19, 20],
      rows: [
        ['Overzicht NPO-interventies Hilversum'],
        ['Filter op bestedingsdoel: Bovenschoolse maatregelen'],
        [],
        ['Nr', 'Interventie', 'Uitvoerder', 'Bestedingsdoel', 'Begroot'],
        ['I1', 'Huiswerkkamer incl. begeleiding', 'Versa Welzijn', 'Bovenschoolse maatregelen', 145000],
        ['I2', 'Bibliotheek', 'De Bibliotheek Hilversum', 'Bovenschoolse maatregelen', 250000],
        ['I3', 'Cultuur', 'Stichting Proloog', 'Bovenschoolse maatregelen', 250000],
        ['I4', 'Sport', 'Team Sportservice en Bink', 'Bovenschoolse maatregelen', 250000],
        ['I5', 'Natuur', 'Stichting Omgevingseducatie', 'Bovenschoolse maatregelen', 50000],
        ['I6', 'VoorleesExpress versterken', 'Stichting Maatjesproject', 'Bovenschoolse maatregelen', 50000],
        ['I7', 'Top VVE en/of LOGO3000', 'Bink en AT', 'Voorschoolse periode', 100000],
        ['I8', "'Vliegende' medewerker op zware doelgroeplocaties", 'Bink', 'Voorschoolse periode', 100000],
        ['I9', 'VVE in de zomer', 'Bink en AT', 'Voorschoolse periode', 100000],
        ['I10', 'Maatwerkplannen versterken', 'Maatwerkscholen', 'Voorschoolse periode', 200000],
        ['I11', 'Verlengde schooldag door kinderwerkers', 'Versa Welzijn', 'Zorg en welzijn', 150000],
        ['I12', 'Jongerenwerkers/jongerencoaches', 'N.t.b.', 'Zorg en welzijn', 150000],
        ['I13', 'Mediawijsheid / online pesten', 'Unita en Qinas', 'Zorg en welzijn', 25000],
        ['I14', 'Zorg?!', 'Gemeente Hilversum', 'Zorg en welzijn', 200000],
        ['I15', 'Jeugd en Gezin op de taalscholen', 'JGGV', 'Samenwerking in de gemeente', 80000],
        ['I16', 'Preventief spreekuur op scholen', 'Regionaal Bureau Leerlingzaken', 'Thuiszitters', 50000],
        [null, 'Totaal', null, null, f('SUBTOTAL(109,E5:E20)', 995000)],
      ],
    },
  ],
  expected: {
    description:
      "Hilversum's 16 interventions (seed 000) filtered on goal 1: autofilter on A4:E20, rows 11-20 hidden, the total SUBTOTAL(109,E5:E20) caches € 995.000, the visible rows' sum, so no total finding. The figures cover every row, hidden or not: € 2.150.000, € 11.490,36 over the ceiling given as option.",
    sheet: 'Interventies',
    options: { ceilingCents: HILVERSUM_CEILING_CENTS },
    required: ['CEILING_EXCEEDED'],
    acceptable: [],
    goals: { 1: fig(99_500_000), 2: fig(50_000_000), 3: fig(52_500_000), 4: fig(8_000_000), 5: fig(5_000_000) },
    withoutGoal: fig(0),
    total: fig(215_000_000),
  },
};

const HIDDEN_ROWS_PLAIN_SUM: Fixture = {
  name: 'hidden-rows-plain-sum',
  sheets: [
    {
      name: 'Begroting 2022',
      headerRows: [4],
      amountColumns: 'C',
      cellFormats: { B2: EURO_WHOLE },
      hiddenRows: [8],
      rows: [
        ['NPO-begroting Voerendaal 2022 (vervallen activiteiten verborgen)'],
        ['Plafond NPO', 113258],
        [],
        ['Activiteit', 'Bestedingsdoel', 'Begroot', 'Status'],
        ['Rots en water', 'Zorg en welzijn', 15000, 'lopend'],
        ['Kennismaken met cultuur jonge kind', 'Voorschoolse periode', 16000, 'lopend'],
        ['Onderzoek leerlijn muziek', 'Bovenschoolse maatregelen', 20000, 'lopend'],
        ['Buitenspelen: extra coaching op maat', 'Bovenschoolse maatregelen', 6000, 'vervallen'],
        ['Inspiratie integrale kindaanpak', 'Samenwerking', 5000, 'lopend'],
        ['Plan op maat per koppel', 'Samenwerking', 30000, 'lopend'],
        ['Ouderschap en ouderbetrokkenheid', 'Zorg en welzijn', 10000, 'lopend'],
        ['Facilitering samenwerking', 'Samenwerking', 5000, 'lopend'],
        [],
        ['Totaal', null, f('SUM(C5:C12)', 107000)],
      ],
    },
  ],
  expected: {
    description:
      "Voerendaal (seed 004 activities) with a cancelled activity's row hidden by hand (row 8, € 6.000) while the plain SUM still counts it. Planted: what users see adds up to € 101.000, the total says € 107.000 (TOTAL_INCLUDES_HIDDEN C14); the hidden row is still budget in the figures. € 6.258 of the € 113.258 left.",
    sheet: 'Begroting 2022',
    required: ['TOTAL_INCLUDES_HIDDEN C14', 'BUDGET_UNALLOCATED C14'],
    acceptable: [],
    goals: {
      // 20.000 + 6.000 (hidden)
      1: fig(2_600_000),
      2: fig(1_600_000),
      3: fig(2_500_000),
      4: fig(4_000_000),
      5: fig(0),
    },
    withoutGoal: fig(0),
    total: fig(10_700_000),
  },
};

// ---------------------------------------------------------------------------------------------
// 11. A budget sheet with a payments sheet
// ---------------------------------------------------------------------------------------------

const PAYMENTS_SHEET: Fixture = {
  name: 'payments-sheet',
  sheets: [
    {
      name: 'Begroting',
      headerRows: [4],
      amountColumns: 'EF',
      cellFormats: { B2: EURO },
      rows: [
        ['NPO Hilversum – begroting en benutting 2022'],
        ['NPO-budget', HILVERSUM_CEILING],
        [],
        ['Nr', 'Interventie', 'Uitvoerder', 'Bestedingsdoel', 'Begroot', 'Benut'],
        [1, 'Huiswerkkamer', 'Versa Welzijn', 1, 150000, 149823],
        [2, 'Bibliotheek', 'De Bibliotheek Hilversum', 1, 250000, 247852],
        [5, 'Natuurbeleving', 'Stichting Omgevingseducatie', 1, 50000, 48375],
        [11, 'Verlengde schooldag', 'Versa Welzijn', 3, 150000, 149905],
        [13, 'Train de trainer mediawijsheid', 'Unita', 3, 25000, 25000],
        [16, 'Preventief spreekuur', 'Regionaal Bureau Leerlingzaken', 5, 50000, 48000],
        [],
        [null, 'Totaal', null, null, f('SUM(E5:E10)', 675000), f('SUM(F5:F10)', 668955)],
      ],
    },
    {
      name: 'Betalingen',
      headerRows: [3],
      amountColumns: 'E',
      rows: [
        ['Betalingen NPO 2022'],
        [],
        ['Datum', 'Factuurnummer', 'Crediteur', 'Interventie', 'Bedrag'],
        [day(2022, 3, 1), '2022-0101', 'Versa Welzijn', 1, 74911.5],
        [day(2022, 9, 1), '2022-0345', 'Versa Welzijn', 1, 74911.5],
        [day(2022, 5, 15), 'BIB-22-017', 'De Bibliotheek Hilversum', 2, 125000],
        [day(2022, 11, 15), 'BIB-22-051', 'De Bibliotheek Hilversum', 2, 122852],
        [day(2022, 4, 1), 'SOE-2022-08', 'Stichting Omgevingseducatie', 5, 48375],
        [day(2022, 3, 1), '2022-0102', 'Versa Welzijn', 11, 75000],
        [day(2022, 9, 1), '2022-0346', 'Versa Welzijn', 11, 72000],
        [day(2023, 1, 10), 'UN-2023-004', 'Unita', 13, 25000],
        [day(2022, 10, 1), 'RBL-22-090', 'Regionaal Bureau Leerlingzaken', 16, 48000],
        [day(2022, 12, 1), 'KO-22-311', 'Kinderopvang AT', '7-9', 40171],
        [],
        [null, null, null, 'Totaal', f('SUM(E4:E13)', 706221)],
      ],
    },
  ],
  expected: {
    description:
      'Hilversum budget (begroot and benut) with a "Betalingen" sheet (Datum | Factuurnummer | Crediteur | Interventie | Bedrag) that must be read as payments, never as the budget. Planted: intervention 11 reports € 149.905 benut but € 147.000 was paid (SPENT_PAYMENTS_MISMATCH F8, amountCents 290500); an invoice names intervention "7-9", which this budget does not have (PAYMENT_UNKNOWN_INTERVENTION Betalingen!D13). € 1.463.509,64 not budgeted.',
    sheet: 'Begroting',
    required: ['SPENT_PAYMENTS_MISMATCH F8', 'PAYMENT_UNKNOWN_INTERVENTION Betalingen!D13', 'BUDGET_UNALLOCATED E12'],
    acceptable: [],
    goals: {
      // 150+250+50 thousand; 149.823 + 247.852 + 48.375
      1: fig(45_000_000, 44_605_000),
      2: fig(0, 0),
      // 150.000 + 25.000; 149.905 + 25.000
      3: fig(17_500_000, 17_490_500),
      4: fig(0, 0),
      5: fig(5_000_000, 4_800_000),
    },
    withoutGoal: fig(0, 0),
    total: fig(67_500_000, 66_895_500),
  },
};

export const FIXTURES: ReadonlyArray<Fixture> = [
  MERGED_GOAL_HILVERSUM_AGENDA,
  MERGED_GOAL_STAND_2023,
  MERGED_ACTIVITY_PER_GOAL_VOERENDAAL,
  MERGED_GOAL_PUTTEN_NO_GOAL_ROW,
  YEARS_SCHOOL_YEARS_WITH_TOTAL,
  YEARS_CALENDAR_WITHOUT_TOTAL,
  YEARS_ROW_TOTAL_MISMATCH,
  VERSIONS_CLEAN,
  VERSIONS_ROW_MISMATCH,
  VERSIONS_OVERSPENT,
  THOUSANDS_HEADER_X_EURO_1000,
  THOUSANDS_TITLE_X_1000_GROUPED,
  THOUSANDS_BEDRAGEN_IN_DUIZENDEN,
  THOUSANDS_KEURO_SUBTOTALS,
  TWO_TABLES_STACKED_CLEAN,
  TWO_TABLES_STACKED_RANGE_SHORT,
  TWO_TABLES_SIDE_BY_SIDE_CLEAN,
  TWO_TABLES_SIDE_BY_SIDE_TYPED_TOTAL,
  GOAL_SUMMARY_INFORMATIEBRIEF,
  GOAL_SUMMARY_BEGROOT_REALISATIE,
  GOAL_SUMMARY_TYPED_TOTAL,
  CEILING_PEILDATUM_TITLE_DEFAULT,
  CEILING_PLAFOND_LABEL,
  CEILING_BESCHIKKING_SHEET,
  CEILING_PARAGRAPH_TITLE,
  GOALS_ENGLISH,
  GOALS_NUMBERED_NOTATIONS,
  GOALS_LONG_WORDING_HEADINGS,
  AMOUNTS_SEED_NOTATIONS,
  FILTERED_SUBTOTAL_109,
  HIDDEN_ROWS_PLAIN_SUM,
  PAYMENTS_SHEET,
];

// ---------------------------------------------------------------------------------------------
// Guards against typing errors in the designs (they never produce an expectation)
// ---------------------------------------------------------------------------------------------

function parseA1(a1: string): { row: number; col: number } {
  const m = /^([A-Z]{1,3})(\d+)$/.exec(a1);
  if (!m) throw new Error(`"${a1}" is geen A1-adres.`);
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

function valueAt(sheet: SheetDesign, row: number, col: number): Value {
  return sheet.rows[row - 1]?.[col - 1] ?? null;
}

/** What a cell adds to Excel's SUM: numbers and numeric formula results; text and blanks nothing. */
function summable(value: Value): number {
  if (typeof value === 'number') return value;
  if (value !== null && typeof value === 'object' && 'formula' in value) return value.result;
  return 0;
}

function rangeSum(sheet: SheetDesign, range: string, skipHidden: boolean): number {
  const [from, to = from] = range.split(':') as [string, string?];
  const a = parseA1(from);
  const b = parseA1(to);
  let sum = 0;
  for (let row = a.row; row <= b.row; row++) {
    if (skipHidden && sheet.hiddenRows?.includes(row)) continue;
    for (let col = a.col; col <= b.col; col++) sum += summable(valueAt(sheet, row, col));
  }
  return sum;
}

/** What Excel computes for the few formula shapes these sheets use. */
function excelResult(sheet: SheetDesign, formula: string): number {
  const sum = /^SUM\(([A-Z0-9:,]+)\)$/.exec(formula);
  if (sum) return sum[1]!.split(',').reduce((n, range) => n + rangeSum(sheet, range, false), 0);
  const subtotal = /^SUBTOTAL\((9|109),([A-Z0-9:,]+)\)$/.exec(formula);
  if (subtotal)
    return subtotal[2]!.split(',').reduce((n, range) => n + rangeSum(sheet, range, subtotal[1] === '109'), 0);
  if (/^[A-Z]+\d+([+-][A-Z]+\d+)+$/.test(formula)) {
    let result = 0;
    for (const [, sign, ref] of formula.matchAll(/([+-]?)([A-Z]+\d+)/g)) {
      const { row, col } = parseA1(ref!);
      const value = valueAt(sheet, row, col);
      const n = summable(value);
      if (typeof value === 'string') throw new Error(`${sheet.name}: ${formula} rekent met tekst in ${ref}.`);
      result += sign === '-' ? -n : n;
    }
    return result;
  }
  throw new Error(`${sheet.name}: formule ${formula} wordt niet nagerekend.`);
}

function checkDesign(fixture: Fixture): void {
  for (const sheet of fixture.sheets) {
    sheet.rows.forEach((cells, r) =>
      cells.forEach((value, cIndex) => {
        if (value === null || typeof value !== 'object' || !('formula' in value)) return;
        const excel = excelResult(sheet, value.formula);
        if (Math.abs(excel - value.result) > 1e-6) {
          throw new Error(
            `${fixture.name}/${sheet.name} rij ${r + 1} kolom ${cIndex + 1}: ${value.formula} geeft ${excel}, niet ${value.result}.`,
          );
        }
      }),
    );
    for (const merge of sheet.merges ?? []) {
      const [from, to] = merge.split(':') as [string, string];
      const a = parseA1(from);
      const b = parseA1(to);
      for (let row = a.row; row <= b.row; row++) {
        for (let col = a.col; col <= b.col; col++) {
          if ((row !== a.row || col !== a.col) && valueAt(sheet, row, col) !== null)
            throw new Error(`${fixture.name}: ${merge} bedekt een gevulde cel.`);
        }
      }
    }
  }
  const budget = fixture.sheets.find((s) => s.name === fixture.expected.sheet);
  if (!budget) throw new Error(`${fixture.name}: het begrotingsblad "${fixture.expected.sheet}" bestaat niet.`);
  // A finding points at a cell holding something: an empty cell means a miscounted row or column.
  for (const entry of [...fixture.expected.required, ...fixture.expected.acceptable]) {
    const where = entry.split(' ')[1];
    if (where === undefined) continue;
    const bang = where.lastIndexOf('!');
    const sheet = bang < 0 ? budget : fixture.sheets.find((s) => s.name === where.slice(0, bang));
    if (!sheet) throw new Error(`${fixture.name}: ${entry} noemt een blad dat er niet is.`);
    const { row, col } = parseA1(where.slice(bang + 1));
    if (valueAt(sheet, row, col) === null) throw new Error(`${fixture.name}: ${entry} wijst naar een lege cel.`);
  }
}

// ---------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------

const CREATOR = 'npo-budget-checker realistic fixtures';
/** Fixed so that rebuilding the fixtures changes no byte unless a design changed. */
const FIXED_DATE = new Date(Date.UTC(2025, 0, 1, 0, 0, 0));
const HEADER_FILL = 'FFD9D9D9';
const DATE_FORMAT = 'd-m-yyyy';
const TOTAL_LABEL = /^(totaal|total|subtotaal)\b/i;

function columnLetter(col: number): string {
  let name = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function writeSheet(wb: ExcelJS.Workbook, design: SheetDesign): void {
  const ws = wb.addWorksheet(design.name);
  const headerRows = new Set(design.headerRows ?? []);
  const amountColumns = new Set((design.amountColumns ?? '').split(''));
  const widths: number[] = [];
  design.rows.forEach((cells, r) => {
    const rowNo = r + 1;
    const isTotal = cells.some((v) => typeof v === 'string' && TOTAL_LABEL.test(v));
    cells.forEach((value, cIndex) => {
      if (value === null) return;
      const col = cIndex + 1;
      const letter = columnLetter(col);
      const cell = ws.getCell(rowNo, col);
      cell.value = value;
      const text = typeof value === 'string' ? value : '';
      // The title and long notes run over empty neighbours; only table cells set a column's width.
      if (rowNo > 1 && text.length < 60) widths[col] = Math.max(widths[col] ?? 10, Math.min(text.length + 2, 48));
      const own = design.cellFormats?.[`${letter}${rowNo}`];
      if (own) cell.numFmt = own;
      else if (value instanceof Date) cell.numFmt = DATE_FORMAT;
      else if (!headerRows.has(rowNo) && amountColumns.has(letter) && typeof value !== 'string')
        cell.numFmt = design.amountFormat ?? EURO;
      if (rowNo === 1) cell.font = { bold: true, size: 13 };
      if (headerRows.has(rowNo)) {
        cell.font = { bold: true };
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
        cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
      } else if (isTotal) {
        cell.font = { bold: true };
        cell.border = { top: { style: 'thin' }, bottom: { style: 'double' } };
      }
    });
  });
  widths.forEach((width, col) => {
    ws.getColumn(col).width = Math.max(width, amountColumns.has(columnLetter(col)) ? 14 : 10);
  });
  for (const merge of design.merges ?? []) ws.mergeCells(merge);
  for (const row of design.hiddenRows ?? []) ws.getRow(row).hidden = true;
  if (design.autoFilter) ws.autoFilter = design.autoFilter;
}

async function writeFixture(fixture: Fixture, folder: string): Promise<void> {
  checkDesign(fixture);
  const wb = new ExcelJS.Workbook();
  wb.creator = CREATOR;
  wb.lastModifiedBy = CREATOR;
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  for (const sheet of fixture.sheets) writeSheet(wb, sheet);
  const written = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  fs.writeFileSync(path.join(folder, `${fixture.name}.xlsx`), fixZipTimestamps(written, FIXED_DATE));
  fs.writeFileSync(
    path.join(folder, `${fixture.name}.expected.json`),
    `${JSON.stringify(fixture.expected, null, 2)}\n`,
  );
}

/** Writes every fixture's workbook and expectation into `folder`; returns the names written. */
export async function writeFixtures(folder: string): Promise<string[]> {
  fs.mkdirSync(folder, { recursive: true });
  for (const fixture of FIXTURES) await writeFixture(fixture, folder);
  return FIXTURES.map((fx) => fx.name);
}

if (require.main === module) {
  const folder = path.resolve(process.argv[2] ?? path.resolve(__dirname, '../../tests/fixtures/realistic'));
  writeFixtures(folder)
    .then((names) => console.log(`${names.length} werkmappen met verwachting geschreven in ${folder}`))
    .catch((error: unknown) => {
      console.error(
        `Realistische werkmappen bouwen mislukt: ${error instanceof Error ? error.message : String(error)}`,
      );
      process.exitCode = 1;
    });
}
