import { RULE_IDS } from '../../../src/engine/findings';
import { ruleTitle } from '../../../src/engine/plan/words';

describe('rule titles: every rule has a short title in Dutch and in English, never its code', () => {
  describe.each(['nl', 'en'] as const)('%s', (lang) => {
    it.each(RULE_IDS)('%s', (rule) => {
      const title = ruleTitle(rule, lang);
      expect(title.trim()).toBe(title);
      expect(title.length).toBeGreaterThan(3);
      expect(title.length).toBeLessThanOrEqual(32);
      expect(title).not.toMatch(/_|[A-Z]{4,}/);
      // Sentence case: the first letter capital, no full stop.
      expect(title[0]).toBe(title[0]!.toUpperCase());
      expect(title).not.toMatch(/\.$/);
    });

    it('titles tell the rules apart', () => {
      const titles = RULE_IDS.map((rule) => ruleTitle(rule, lang));
      expect(new Set(titles).size).toBe(titles.length);
    });
  });

  it.each([
    ['CEILING_EXCEEDED', 'Boven het plafond', 'Above the ceiling'],
    ['NUMBER_AS_TEXT', 'Bedrag als tekst', 'Amount as text'],
    ['SPENT_PAYMENTS_MISMATCH', 'Benut ≠ betaald', 'Spent ≠ paid'],
    ['CEILING_DEFAULT', 'Geen plafond in de werkmap', 'No ceiling in the workbook'],
    ['TOTAL_HARDCODED', 'Totaal is getypt', 'Total is typed'],
  ] as const)('%s: “%s” / “%s”', (rule, nl, en) => {
    expect(ruleTitle(rule, 'nl')).toBe(nl);
    expect(ruleTitle(rule, 'en')).toBe(en);
  });
});
