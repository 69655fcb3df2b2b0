import { DEFAULT_CEILING_CENTS, findCeiling, isSettingsSheetName } from '../../src/engine/ceiling';
import { checkWorkbook } from '../../src/engine/check';
import type { Ceiling } from '../../src/engine/model';
import { workbook, type Rows } from '../helpers';

const HEADER = ['Nr', 'Interventie', 'Bestedingsdoel', 'Begroot', 'Benut'];
const BODY: Rows = [HEADER, [1, 'Zomerschool', 'Bovenschools', 50_000, 12_000]];

/** The ceiling the engine settles on when no option is given. */
function ceilingOf(sheets: Record<string, Rows>): Ceiling {
  return checkWorkbook(workbook(sheets)).model.ceiling;
}

function ceilingAbove(titleBlock: Rows): Ceiling {
  return ceilingOf({ Begroting: [...titleBlock, ...BODY] });
}

describe('ceiling from the option', () => {
  it('wins over a labelled cell and a settings sheet', () => {
    const result = checkWorkbook(
      workbook({ Begroting: [['Plafond', 322_000], ...BODY], Instellingen: [['Plafond', 113_258]] }),
      { ceilingCents: 11_325_800 },
    );
    expect(result.model.ceiling).toEqual({ cents: 11_325_800, source: 'option' });
  });

  it('is taken as given, also when zero', () => {
    expect(checkWorkbook(workbook({ Begroting: BODY }), { ceilingCents: 0 }).model.ceiling).toEqual({
      cents: 0,
      source: 'option',
    });
  });
});

describe('ceiling from a labelled cell above the header', () => {
  it.each<[string, Rows, number, string]>([
    ['the number right of the label', [['NPO-begroting 2022'], ['Plafond', 322_000], []], 32_200_000, 'B2'],
    ['an amount stored as text', [['Plafond', '€ 322.000,-']], 32_200_000, 'B1'],
    ['the amount in the label cell itself', [['Plafond: € 322.000']], 32_200_000, 'A1'],
    [
      'the nearest amount, skipping text and zero',
      [['Plafond (bron: beschikking)', 'zie brief', 0, 113_258]],
      11_325_800,
      'D1',
    ],
    ['the amount below the label', [['NPO-budget'], [2_138_509.64], []], 213_850_964, 'A2'],
    ['four rows below at most', [['Plafond'], [], [], [], [322_000]], 32_200_000, 'A5'],
    ['a label further right', [[null, null, 'Beschikbaar budget', 113_258]], 11_325_800, 'D1'],
    ['"NPO-middelen" in any case', [['TOTAAL NPO-MIDDELEN', 113_258]], 11_325_800, 'B1'],
    ['"ceiling" in English', [['Ceiling', '2.138.509,64']], 213_850_964, 'B1'],
    ['"Plafond" with extra words', [['Plafond 2022', 322_000]], 32_200_000, 'B1'],
  ])('reads %s', (_, titleBlock, cents, cell) => {
    expect(ceilingAbove(titleBlock)).toMatchObject({ cents, source: 'sheet', sheet: 'Begroting', cell });
  });

  it('keeps the label as written', () => {
    expect(ceilingAbove([['  Plafond NPO ', 322_000]]).label).toBe('Plafond NPO');
  });

  it('takes the first labelled amount from the top', () => {
    expect(
      ceilingAbove([
        ['Plafond', 322_000],
        ['NPO-budget', 113_258],
      ]),
    ).toMatchObject({ cents: 32_200_000, cell: 'B1' });
  });

  it.each<[string, Rows]>([
    ['a label without an amount', [['Plafond'], []]],
    ['a placeholder as amount', [['Plafond', 'P.M.']]],
    ['an amount five rows below the label', [['Plafond'], [], [], [], [], [322_000]]],
    [
      'an amount diagonally below',
      [
        ['Plafond', null],
        [null, 322_000],
      ],
    ],
    ['an unrelated label', [['Begroting 2022', 322_000]]],
  ])('ignores %s', (_, titleBlock) => {
    expect(ceilingAbove(titleBlock)).toEqual({ cents: DEFAULT_CEILING_CENTS, source: 'default' });
  });

  it('ignores a negative amount, and names its cell for the finding', () => {
    expect(ceilingAbove([['Plafond', -5]])).toEqual({
      cents: DEFAULT_CEILING_CENTS,
      source: 'default',
      unusable: { sheet: 'Begroting', row: 0, col: 1, label: 'Plafond', text: '-5' },
    });
  });

  it('never reads an amount from the table itself', () => {
    // The label stands in the row right above the header: the header and body are off limits.
    expect(ceilingAbove([['Plafond']])).toMatchObject({ source: 'default' });
    const sheet = ceilingOf({ Begroting: [...BODY, ['Plafond', 322_000]] });
    expect(sheet.source).toBe('default');
  });
});

describe('ceiling from a settings sheet', () => {
  it('is read from a sheet named "Instellingen" when the budget sheet has none', () => {
    expect(
      ceilingOf({
        Begroting: BODY,
        Instellingen: [
          ['Gemeente', 'Putten'],
          ['Plafond', 322_000],
        ],
      }),
    ).toEqual({
      cents: 32_200_000,
      source: 'settings-sheet',
      sheet: 'Instellingen',
      cell: 'B2',
      label: 'Plafond',
    });
  });

  it.each([
    'Instellingen',
    'instellingen NPO',
    'Settings',
    'Parameters',
    'Uitgangspunten',
    'Gegevens',
    'Beschikking',
    'Toekenning OCW',
  ])('%j is a settings sheet', (name) => {
    expect(isSettingsSheetName(name)).toBe(true);
    expect(ceilingOf({ Begroting: BODY, [name]: [['Ceiling', '€ 113.258']] })).toMatchObject({
      cents: 11_325_800,
      source: 'settings-sheet',
      sheet: name,
    });
  });

  it.each(['Toelichting', 'Notities', 'NPO instellingen'])('%j is not a settings sheet', (name) => {
    expect(isSettingsSheetName(name)).toBe(false);
    expect(ceilingOf({ Begroting: BODY, [name]: [['Plafond', 5_000]] }).source).toBe('default');
  });

  it('comes after a labelled cell on the budget sheet', () => {
    const ceiling = ceilingOf({ Instellingen: [['Plafond', 113_258]], Begroting: [['Plafond', 322_000], ...BODY] });
    expect(ceiling).toMatchObject({ cents: 32_200_000, source: 'sheet', sheet: 'Begroting', cell: 'B1' });
  });
});

describe('ceiling by default', () => {
  it("is Hilversum's grant, € 2.138.509,64, and says so", () => {
    expect(DEFAULT_CEILING_CENTS).toBe(213_850_964);
    expect(ceilingOf({ Begroting: BODY })).toEqual({ cents: 213_850_964, source: 'default' });
  });

  it('is what findCeiling returns for a bare sheet', () => {
    const wb = workbook({ Begroting: BODY });
    expect(findCeiling(wb, wb.sheets[0]!, 0, undefined, 0)).toEqual({
      cents: DEFAULT_CEILING_CENTS,
      source: 'default',
    });
  });
});

describe('ceiling labels as municipalities write them', () => {
  const budget = [
    ['Nr', 'Interventie', 'Bestedingsdoel', 'Begroot'],
    [1, 'Zomerschool', 1, 1_000],
  ];

  it('reads "Plafond € 322.000" written in one cell without a colon', () => {
    const result = checkWorkbook(workbook({ Begroting: [['Plafond € 322.000'], [], ...budget] }));
    expect(result.model.ceiling).toMatchObject({ cents: 32_200_000, source: 'sheet', cell: 'A1' });
  });

  it('passes over a year standing between the label and the amount', () => {
    const result = checkWorkbook(workbook({ Begroting: [['NPO-plafond', 2022, 322_000], [], ...budget] }));
    expect(result.model.ceiling).toMatchObject({ cents: 32_200_000, cell: 'C1' });
  });
});

describe('ceiling never from a title, a sentence or a number that is no amount', () => {
  it.each<[string, Rows]>([
    ['a peildatum in a title', [['Inzet NPO-middelen gemeente Putten (peildatum maart 2023)']]],
    ['a paragraph number in a title', [['Begroting NPO-middelen gemeente Putten (plan van aanpak, §4.2)']]],
    ['a paragraph number after a colon', [['NPO-middelen: plan van aanpak §4.2']]],
    ['an amount inside a sentence', [['Het beschikbare NPO-budget van de gemeente Putten bedraagt € 322.000']]],
    [
      "Voerendaal's calculation of its ceiling",
      [
        [
          'Berekening plafond (§2): 931 po-leerlingen × € 118,11 = € 109.960,41; achterstandsscore 145,655 × € 22,64 = 3.300,-',
        ],
      ],
    ],
    ['an amount below a title', [['Overzicht inzet NPO-middelen gemeente Voerendaal 2022-2023'], [113_258]]],
    ['a year beside the label', [['NPO-middelen', 2023]]],
    ['a year as text beside the label', [['NPO-middelen', '2023']]],
    ['a year as text in the label', [['Plafond: 2023']]],
    ['a reference number after the label', [['Bron: beschikking 31241234']]],
    ['a date beside the label', [['Beschikking', '12-3-2022']]],
    ['a percentage beside the label', [['Plafond', '5%']]],
    ['what is left of the grant', [['Restant NPO-middelen', 12_258]]],
  ])('ignores %s', (_, titleBlock) => {
    expect(ceilingAbove(titleBlock)).toEqual({ cents: DEFAULT_CEILING_CENTS, source: 'default' });
  });

  it('passes over a peildatum title to the labelled cell below it', () => {
    expect(
      ceilingAbove([['Inzet NPO-middelen gemeente Putten (peildatum maart 2023)'], ['Plafond', 322_000]]),
    ).toMatchObject({ cents: 32_200_000, cell: 'B2' });
  });

  it.each<[string, string, number]>([
    ['"Toegekend bedrag" and the amount', 'Toegekend bedrag € 113.258', 11_325_800],
    [
      'a colon after the label word, even in a title',
      'Gemeente Putten, plan van aanpak NPO 2023-2024 – plafond: € 322.000',
      32_200_000,
    ],
    ['a colon after a bracketed label word', 'NPO-budget (plafond): € 2.138.509,64', 213_850_964],
    ['a colon after a short label with a period', 'Plafond 2021-2023: € 322.000', 32_200_000],
    ['a note after the amount', 'Specifieke uitkering NPO: € 113.258 (beschikking 2021)', 11_325_800],
    ['a dash between label and amount', 'Rijksbijdrage – € 113.258', 11_325_800],
  ])('reads %s in one cell', (_, label, cents) => {
    expect(ceilingAbove([[label]])).toMatchObject({ cents, source: 'sheet', cell: 'A1' });
  });

  it.each<[string, Rows, number, string]>([
    ['"Plafond" with the amount below', [['Plafond'], [322_000]], 32_200_000, 'A2'],
    ['"Rijksbijdrage" with a text amount beside', [['Rijksbijdrage', '€ 113.258,-']], 11_325_800, 'B1'],
    ['"Grant allocation" with the amount below', [['Grant allocation'], [2_138_509.64]], 213_850_964, 'A2'],
  ])('reads %s', (_, titleBlock, cents, cell) => {
    expect(ceilingAbove(titleBlock)).toMatchObject({ cents, source: 'sheet', cell });
  });
});

describe('ceiling from a Beschikking sheet', () => {
  const beschikking: Rows = [
    ['Beschikking specifieke uitkering NPO'],
    ['Hierbij ken ik u voor het NPO een specifieke uitkering toe voor de periode 2021-2023.'],
    [],
    ['Toegekend bedrag', '€ 113.258'],
  ];

  it('is read from the labelled amount, past the letter text', () => {
    expect(ceilingOf({ Begroting: BODY, Beschikking: beschikking })).toEqual({
      cents: 11_325_800,
      source: 'settings-sheet',
      sheet: 'Beschikking',
      cell: 'B4',
      label: 'Toegekend bedrag',
    });
  });

  it('is not read from a sentence in the letter', () => {
    const letter: Rows = [['Hierbij ken ik u voor het NPO een specifieke uitkering toe van € 322.000.']];
    expect(ceilingOf({ Begroting: BODY, Beschikking: letter }).source).toBe('default');
  });
});

describe('ceiling too small to be the grant', () => {
  // Hilversum's agenda budgets € 2.150.000.
  const hilversum: Rows = [HEADER, [1, 'Huiswerkkamer', 'Bovenschools', 2_150_000, 0]];

  it('skips € 500 and keeps looking', () => {
    expect(ceilingAbove([['Plafond', 500]])).toMatchObject({ source: 'default' });
    expect(ceilingAbove([['Plafond', 500, 322_000]])).toMatchObject({ cents: 32_200_000, cell: 'C1' });
  });

  it('skips an amount below 1% of the plan', () => {
    expect(ceilingOf({ Begroting: [['Plafond', 21_499], ...hilversum] }).source).toBe('default');
  });

  it('takes the grant when the plan is within reach of it', () => {
    expect(ceilingOf({ Begroting: [['Plafond', 2_138_509.64], ...hilversum] })).toMatchObject({
      cents: 213_850_964,
      source: 'sheet',
    });
  });
});
