import { check, findingsOf, LIST_HEADER } from '../../helpers';

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
    expect(f!.message).toBe('Het totaal begroot (€ 2.150.000,00) ligt € 11.490,36 boven het plafond van € 2.138.509,64.');
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
  it('reports what is left under the ceiling as info', () => {
    const result = check(sheet(101_000, 0), { ceilingCents: 11_325_800 });
    expect(findingsOf(result, 'BUDGET_UNALLOCATED')).toEqual([
      expect.objectContaining({ severity: 'info', amountCents: 1_225_800, cell: 'E3' }),
    ]);
  });

  it('stays quiet when the plan is over the ceiling', () => {
    expect(findingsOf(check(sheet(100_001, 0)), 'BUDGET_UNALLOCATED')).toHaveLength(0);
  });
});
