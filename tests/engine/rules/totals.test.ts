import { check, findingsOf, LIST_HEADER } from '../../helpers';

describe('SUBTOTAL_MISMATCH', () => {
  it('fires on a goal subtotal that differs from its interventions, with the difference', () => {
    const result = check([
      ['Nr', 'Interventie', 'Uitvoerder', 'Begroot'],
      [null, 'Bestedingsdoel 1: Bovenschoolse maatregelen', null, 150_000],
      [1, 'Zomerschool', 'Bink', 145_000],
      [2, 'Bijles', 'Bibliotheek', 10_000],
      [null, 'Bestedingsdoel 3: Zorg en welzijn', null, 20_000],
      [3, 'Jeugdcoach', 'Versa Welzijn', 20_000],
    ]);
    expect(findingsOf(result, 'SUBTOTAL_MISMATCH')).toEqual([
      expect.objectContaining({ severity: 'error', cell: 'D2', amountCents: -500_000 }),
    ]);
    expect(findingsOf(result, 'SUBTOTAL_MISMATCH')[0]!.message).toBe(
      '‘Bestedingsdoel 1: Bovenschoolse maatregelen’ vermeldt € 150.000,00 begroot, maar de onderdelen tellen op tot € 155.000,00: € 5.000,00 te weinig.',
    );
  });

  it('explains a total that skipped an amount stored as text', () => {
    const result = check([
      [...LIST_HEADER],
      [1, 'Zomerschool', 1, 'Bink', 10_000, 5_000],
      [2, 'AT', 3, 'AT', 40_000, '€ 40.171'],
      ['Totaal', null, null, null, 50_000, 5_000],
    ]);
    const [f] = findingsOf(result, 'SUBTOTAL_MISMATCH');
    expect(f).toMatchObject({ cell: 'F4', amountCents: -4_017_100 });
    expect(f!.message).toContain('Daarvan staat € 40.171,00 als tekst in de cellen, wat SOM overslaat.');
  });

  it('reports the formula error of a part instead of a difference', () => {
    const result = check([
      [...LIST_HEADER],
      [1, 'Zomerschool', 1, 'Bink', '#REF!', null],
      [2, 'Bijles', 1, 'Bink', 10_000, null],
      ['Totaal', null, null, null, 10_000, null],
    ]);
    expect(findingsOf(result, 'SUBTOTAL_MISMATCH')).toHaveLength(0);
    expect(findingsOf(result, 'FORMULA_ERROR').map((f) => f.cell)).toEqual(['E2', 'E4']);
  });

  it('stays quiet when every stated total adds up, including sections closed by subtotals', () => {
    const result = check([
      [...LIST_HEADER],
      [1, 'Zomerschool', 1, 'Bink', 10_000, 1_000],
      [2, 'Bijles', 1, 'Bink', 5_000, 500],
      ['Subtotaal', null, null, null, 15_000, 1_500],
      [3, 'Jeugdcoach', 3, 'Versa', 20_000, 0],
      ['Subtotaal', null, null, null, 20_000, 0],
      ['Totaal', null, null, null, 35_000, 1_500],
    ]);
    expect(findingsOf(result, 'SUBTOTAL_MISMATCH')).toHaveLength(0);
    expect(result.model.totals.map((t) => [t.row, t.parts.length, t.isGrandTotal])).toEqual([
      [3, 2, false],
      [5, 1, false],
      [6, 3, true],
    ]);
  });
});
