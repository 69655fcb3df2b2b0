import { check, findingsOf, LIST_HEADER } from '../../helpers';

describe('OVERSPENT', () => {
  it('fires on the benut cell with the overspend (intervention 16 spent € 72.114 of € 50.000)', () => {
    const result = check([
      [...LIST_HEADER],
      [16, 'Kansrijke schoolloopbaan', 'Bovenschools', 'Proloog', 50_000, 72_114],
    ]);
    const [f] = findingsOf(result, 'OVERSPENT');
    expect(f).toMatchObject({ severity: 'warning', cell: 'F2', amountCents: 2_211_400, interventionCode: '16' });
    expect(f!.message).toContain('€ 22.114,00 overbesteed');
  });

  it('stays quiet when benut equals begroot, and when the budget is not known yet', () => {
    const result = check([
      [...LIST_HEADER],
      [1, 'Zomerschool', 1, 'Bink', 40_000, 40_000],
      [2, 'Bijles', 1, 'Bink', 'P.M.', 5_000],
      [3, 'Leesclub', 1, 'Bibliotheek', null, 5_000],
    ]);
    expect(findingsOf(result, 'OVERSPENT')).toHaveLength(0);
  });

  it('fires per goal in a matrix of Begroot/Benut pairs', () => {
    const result = check([
      [null, 'Bovenschools', null, 'Zorg en welzijn', null],
      ['Interventie', 'Begroot', 'Benut', 'Begroot', 'Benut'],
      ['Jeugdcoach', 1_000, 500, 2_000, 2_500],
    ]);
    expect(findingsOf(result, 'OVERSPENT')).toEqual([expect.objectContaining({ cell: 'E3', amountCents: 50_000 })]);
  });
});

describe('DUPLICATE_CODE', () => {
  it('fires when one code is used for two different interventions', () => {
    const result = check([
      [...LIST_HEADER],
      [14, 'Schoolmaatschappelijk werk', 3, 'Versa Welzijn', 10_000, 0],
      [14, 'Thuiszitterspact', 5, 'RBL', 20_000, 0],
    ]);
    const [f] = findingsOf(result, 'DUPLICATE_CODE');
    expect(f).toMatchObject({ severity: 'warning', cell: 'B3' });
    expect(f!.message).toContain('B2');
  });

  it('stays quiet for one intervention listed once per goal', () => {
    const result = check([
      [...LIST_HEADER],
      [7, 'Brede brugklas', 1, 'Versa Welzijn', 10_000, 0],
      [7, 'Brede brugklas', 3, 'Versa Welzijn', 20_000, 0],
    ]);
    expect(findingsOf(result, 'DUPLICATE_CODE')).toHaveLength(0);
  });
});

describe('MBO_TARGET', () => {
  it.each([
    ['Loopbaanbegeleiding mbo-studenten', null],
    ['Stagebegeleiding', 'Doelgroep: MBO’ers niveau 2'],
  ])('fires when %s / %s names MBO pupils', (name, note) => {
    const result = check([
      ['Nr', 'Interventie', 'Bestedingsdoel', 'Begroot', 'Toelichting'],
      [1, name, 1, 5_000, note],
    ]);
    expect(findingsOf(result, 'MBO_TARGET')).toEqual([expect.objectContaining({ severity: 'warning', cell: 'B2' })]);
  });

  it('stays quiet for po and vo pupils (and words that merely contain the letters)', () => {
    const result = check([
      ['Nr', 'Interventie', 'Bestedingsdoel', 'Begroot', 'Toelichting'],
      [1, 'Bijles po en vo', 1, 5_000, 'Combo van sport en cultuur'],
    ]);
    expect(findingsOf(result, 'MBO_TARGET')).toHaveLength(0);
  });
});

describe('MISSING_AMOUNT', () => {
  it('fires as info for an intervention with no begroot amount at all', () => {
    const result = check([[...LIST_HEADER], [5, 'Ouderbetrokkenheid', 1, 'Bibliotheek', null, null]]);
    expect(findingsOf(result, 'MISSING_AMOUNT')).toEqual([expect.objectContaining({ severity: 'info', cell: 'E2' })]);
  });

  it('stays quiet when a placeholder says the amount is still to come (that is its own finding)', () => {
    const result = check([[...LIST_HEADER], [5, 'Ouderbetrokkenheid', 1, 'Bibliotheek', 'N.t.b.', null]]);
    expect(findingsOf(result, 'MISSING_AMOUNT')).toHaveLength(0);
    expect(findingsOf(result, 'AMOUNT_PLACEHOLDER')).toHaveLength(1);
  });
});
