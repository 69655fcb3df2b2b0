import { checkWorkbook } from '../../../src/engine/check';
import { check, findingsOf, LIST_HEADER, workbook } from '../../helpers';
import { sheetFromValues } from '../../../src/engine/grid';

const sheet = (begroot: number, benut: number) => [
  [...LIST_HEADER],
  [1, 'Zomerschool', 'Bovenschools', 'Bink', begroot, benut],
  ['Totaal', null, null, null, begroot, benut],
];

describe('CEILING_EXCEEDED', () => {
  it('fires with the excess in cents on the grand total cell', () => {
    const result = check(sheet(2_150_000, 0), { ceilingCents: 213_850_964 });
    const [f] = findingsOf(result, 'CEILING_EXCEEDED');
    expect(f).toMatchObject({ severity: 'error', cell: 'E3', amountCents: 1_149_036 });
    expect(f!.message).toBe(
      'Het totaal begroot (€ 2.150.000,00) ligt € 11.490,36 boven het plafond van € 2.138.509,64.',
    );
  });

  it('stays quiet at exactly the ceiling, and BUDGET_UNALLOCATED too', () => {
    const result = check(sheet(100_000, 0));
    expect(findingsOf(result, 'CEILING_EXCEEDED')).toHaveLength(0);
    expect(findingsOf(result, 'BUDGET_UNALLOCATED')).toHaveLength(0);
  });

  it('counts interventions without a valid goal in the total', () => {
    const result = check([
      [...LIST_HEADER],
      [1, 'Zomerschool', 'Bovenschools', 'Bink', 60_000, 0],
      [2, 'Reserve', '', '', 50_000, 0],
    ]);
    expect(findingsOf(result, 'CEILING_EXCEEDED')[0]?.amountCents).toBe(1_000_000);
  });

  it('points at the begroot header when the sheet has no grand total', () => {
    const result = check([[...LIST_HEADER], [1, 'Zomerschool', 'Bovenschools', 'Bink', 150_000, 0]]);
    expect(findingsOf(result, 'CEILING_EXCEEDED')[0]?.cell).toBe('E1');
  });
});

describe('SPENT_EXCEEDS_CEILING', () => {
  it('fires on the benut total cell with the excess', () => {
    const result = check(sheet(100_000, 100_000.01));
    expect(findingsOf(result, 'SPENT_EXCEEDS_CEILING')).toEqual([
      expect.objectContaining({ severity: 'error', cell: 'F3', amountCents: 1 }),
    ]);
  });

  it('stays quiet when spending is within the ceiling', () => {
    expect(findingsOf(check(sheet(100_000, 99_999.99)), 'SPENT_EXCEEDS_CEILING')).toHaveLength(0);
  });
});

describe('BUDGET_UNALLOCATED', () => {
  it('fires with what is left under the ceiling, as info', () => {
    const result = check(sheet(101_000, 0), { ceilingCents: 11_325_800 });
    expect(findingsOf(result, 'BUDGET_UNALLOCATED')).toEqual([
      expect.objectContaining({ severity: 'info', amountCents: 1_225_800, cell: 'E3' }),
    ]);
  });

  it('stays quiet when the plan is over the ceiling', () => {
    expect(findingsOf(check(sheet(100_001, 0)), 'BUDGET_UNALLOCATED')).toHaveLength(0);
  });
});

describe('CEILING_DEFAULT', () => {
  // Putten's plan, € 322.000, checked without Putten's ceiling.
  const putten = sheet(322_000, 0);

  it("fires when the workbook states no ceiling, on the begroot header, asking for the municipality's own", () => {
    const result = checkWorkbook(workbook({ Begroting: putten }));
    expect(findingsOf(result, 'CEILING_DEFAULT')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        sheet: 'Begroting',
        cell: 'E1',
        fingerprint: 'CEILING_DEFAULT||',
      }),
    ]);
    expect(findingsOf(result, 'CEILING_DEFAULT')[0]!.message).toBe(
      "De werkmap noemt geen plafond; de controle rekent met het standaardplafond van € 2.138.509,64, dat van Hilversum. Geef het plafond van uw gemeente op (het veld Plafond in het taakvenster, of --ceiling), of zet het in de werkmap: een cel 'Plafond' met het bedrag ernaast.",
    );
  });

  it('speaks English when asked', () => {
    const [f] = findingsOf(checkWorkbook(workbook({ Begroting: putten }), { lang: 'en' }), 'CEILING_DEFAULT');
    expect(f!.message).toMatch(
      /^The workbook states no ceiling; the check uses the default ceiling of € 2\.138\.509,64, Hilversum's\./,
    );
  });

  it('fires when the only figure near a label is no ceiling (a peildatum)', () => {
    const result = checkWorkbook(
      workbook({ Begroting: [['Inzet NPO-middelen gemeente Putten (peildatum maart 2023)'], [], ...putten] }),
    );
    expect(findingsOf(result, 'CEILING_DEFAULT')).toHaveLength(1);
    expect(findingsOf(result, 'CEILING_EXCEEDED')).toHaveLength(0);
  });

  it('stays quiet with a ceiling given as option', () => {
    expect(findingsOf(check(putten, { ceilingCents: 32_200_000 }), 'CEILING_DEFAULT')).toHaveLength(0);
  });

  it('stays quiet with a ceiling on the sheet', () => {
    const result = checkWorkbook(workbook({ Begroting: [['Plafond', 322_000], [], ...putten] }));
    expect(result.model.ceiling.source).toBe('sheet');
    expect(findingsOf(result, 'CEILING_DEFAULT')).toHaveLength(0);
  });

  it('stays quiet with a ceiling on a Beschikking sheet', () => {
    const result = checkWorkbook(
      workbook({ Begroting: sheet(101_000, 0), Beschikking: [['Toegekend bedrag', '€ 113.258']] }),
    );
    expect(result.model.ceiling.source).toBe('settings-sheet');
    expect(findingsOf(result, 'CEILING_DEFAULT')).toHaveLength(0);
  });
});

describe('CEILING_DEFAULT on a ceiling cell that holds no usable amount', () => {
  it.each([
    [-5_000, '-5000'],
    [1e308, '1e+308'],
    ['#REF!', '#REF!'],
  ])('points at the cell beside the label when it holds %j', (value, shown) => {
    const r = checkWorkbook({
      sheets: [
        sheetFromValues('Begroting', [
          ['Plafond NPO-middelen', value],
          ['Nr', 'Interventie', 'Doel', 'Begroot'],
          [1, 'Zomerschool', 1, 100_000],
        ]),
      ],
    });
    const f = r.findings.find((x) => x.rule === 'CEILING_DEFAULT')!;
    expect(f.cell).toBe('B1');
    expect(f.message).toContain(`Cel B1 naast ‘Plafond NPO-middelen’ bevat ‘${shown}’, geen bruikbaar plafond`);
  });

  it('keeps pointing at the begroot header when no cell is labelled as the ceiling', () => {
    const r = checkWorkbook({
      sheets: [
        sheetFromValues('Begroting', [
          ['Nr', 'Interventie', 'Doel', 'Begroot'],
          [1, 'Zomerschool', 1, 100_000],
        ]),
      ],
    });
    expect(r.findings.find((x) => x.rule === 'CEILING_DEFAULT')!.cell).toBe('D1');
  });
});
