import { check, findingsOf, LIST_HEADER } from '../../helpers';

const one = (goal: string | number, begroot: string | number | null = 10_000) =>
  check([[...LIST_HEADER], [7, 'Huiswerkbegeleiding', goal, 'Bibliotheek', begroot, null]]);

describe('NO_GOAL', () => {
  it('fires for an intervention with an amount and no goal', () => {
    expect(findingsOf(one(''), 'NO_GOAL')).toEqual([
      expect.objectContaining({ severity: 'error', cell: 'B2', interventionCode: '7' }),
    ]);
  });

  it('stays quiet when the goal is given, or when there is no amount to account for', () => {
    expect(findingsOf(one('Bovenschools'), 'NO_GOAL')).toHaveLength(0);
    expect(findingsOf(one('', null), 'NO_GOAL')).toHaveLength(0);
    expect(findingsOf(one('', 'P.M.'), 'NO_GOAL')).toHaveLength(0);
  });

  it('fires in a grouped sheet for interventions above the first goal heading', () => {
    const result = check([
      ['Nr', 'Interventie', 'Begroot'],
      [1, 'Coördinatie', 5_000],
      [null, 'Bestedingsdoel 1: Bovenschoolse maatregelen'],
      [2, 'Zomerschool', 10_000],
    ]);
    expect(result.model.layout).toBe('grouped');
    expect(findingsOf(result, 'NO_GOAL').map((f) => f.cell)).toEqual(['B2']);
  });
});

describe('UNKNOWN_GOAL', () => {
  it('fires on the goal cell and suggests the nearest goal for a near miss', () => {
    const [f] = findingsOf(one('Samenwerkingg'), 'UNKNOWN_GOAL');
    expect(f).toMatchObject({ severity: 'error', cell: 'C2' });
    expect(f!.message).toContain('Bedoelt u doel 4 (Samenwerking in de gemeente)?');
  });

  it('does not suggest a goal for a text that resembles none', () => {
    const [f] = findingsOf(one('Sociaal-emotionele ontwikkeling'), 'UNKNOWN_GOAL');
    expect(f!.message).toContain('Gebruik doel 1 tot en met 5.');
  });

  it.each(['Doel 7', '12'])('treats %s as unknown, not as missing', (goal) => {
    expect(findingsOf(one(goal), 'UNKNOWN_GOAL')).toHaveLength(1);
  });

  it('stays quiet for every way the goals are written', () => {
    for (const goal of [1, 'Doel 2', 'Zorg & welzijn', 'Het voorkomen van thuiszitters', 'VVE']) {
      expect(findingsOf(one(goal), 'UNKNOWN_GOAL')).toHaveLength(0);
    }
  });
});

describe('MULTI_GOAL_UNSPLIT', () => {
  it('fires when one cell names several goals, and splits equally with the remainder to the lowest goal', () => {
    const result = one('1 en 3', 100);
    expect(findingsOf(result, 'MULTI_GOAL_UNSPLIT')).toEqual([
      expect.objectContaining({ severity: 'warning', cell: 'C2' }),
    ]);
    expect(result.model.interventions[0]!.allocations.map((a) => [a.goal, a.begrootCents])).toEqual([
      [1, 5_000],
      [3, 5_000],
    ]);
  });

  it('fires for several marks in a matrix of goal columns', () => {
    const result = check([
      ['Activiteit', 'Bovenschools', 'VVE', 'Zorg en welzijn', 'Samenwerking', 'Thuiszitters', 'Bedrag'],
      ['Taalklas', 'x', null, 'x', 'x', null, 100],
    ]);
    expect(result.model.layout).toBe('matrix');
    expect(findingsOf(result, 'MULTI_GOAL_UNSPLIT')).toHaveLength(1);
    expect(result.model.interventions[0]!.allocations.map((a) => a.begrootCents)).toEqual([3_334, 3_333, 3_333]);
  });

  it('stays quiet for one goal, and for per-goal amounts in a matrix of pairs', () => {
    expect(findingsOf(one('Thuiszitters'), 'MULTI_GOAL_UNSPLIT')).toHaveLength(0);
    const pairs = check([
      [null, 'Bovenschools', null, 'Zorg en welzijn', null],
      ['Interventie', 'Begroot', 'Benut', 'Begroot', 'Benut'],
      ['Jeugdcoach', 1_000, 500, 2_000, 2_500],
    ]);
    expect(pairs.model.layout).toBe('matrix');
    expect(findingsOf(pairs, 'MULTI_GOAL_UNSPLIT')).toHaveLength(0);
  });
});
