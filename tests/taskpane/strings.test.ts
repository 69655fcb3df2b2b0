/**
 * The pane's words: the language rule, the accessible names the browser test and the users'
 * habits rely on (a public contract, like the rule ids), and Dutch and English side by side.
 */
import { clockTime, langFromDisplayLanguage, strings } from '../../src/taskpane/strings';
import { workbookNameFromUrl } from '../../src/taskpane/workbook-name';

describe('the language', () => {
  it.each([
    ['nl-NL', 'nl'],
    ['nl-BE', 'nl'],
    ['NL-nl', 'nl'],
    ['en-US', 'en'],
    ['de-DE', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ] as const)('is %p -> %p', (display, lang) => {
    expect(langFromDisplayLanguage(display)).toBe(lang);
  });
});

describe('the names of the controls', () => {
  it('stay exactly these in Dutch', () => {
    const s = strings('nl');
    expect([
      s.sheet,
      s.ceiling,
      s.check,
      s.previous,
      s.next,
      s.highlight,
      s.clearHighlights,
      s.writeTabs,
      s.insertBudgetSheet,
      s.findings,
      s.perGoal,
      s.recheck,
    ]).toEqual([
      'Werkblad',
      'Plafond',
      'Controleren',
      'Vorige',
      'Volgende',
      'Markeren',
      'Markeringen wissen',
      'Overzichten maken',
      'Nieuw begrotingsblad',
      'Bevindingen',
      'Per bestedingsdoel',
      'Opnieuw controleren',
    ]);
  });

  it('have an English counterpart for every Dutch one', () => {
    const nl = strings('nl');
    const en = strings('en');
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    expect(en.check).toBe('Check');
    expect(en.severity).toEqual({ error: 'Error', warning: 'Warning', info: 'Info' });
  });
});

describe('the sentences', () => {
  it('count cells, tabs and findings with the right plural', () => {
    const s = strings('nl');
    expect(s.highlighted(12)).toBe('12 cellen gemarkeerd.');
    expect(s.highlighted(1)).toBe('1 cel gemarkeerd.');
    expect(s.cleared(3)).toMatch(/^Markeringen gewist/);
    expect(s.cleared(0)).toMatch(/^Markeringen gewist/);
    expect(s.tabsWritten(7)).toBe('7 tabbladen gemaakt:');
    expect(s.counts(1, 0, 2)).toBe('1 fout, 0 waarschuwingen, 2 ter info');
    expect(strings('en').counts(2, 1, 0)).toBe('2 errors, 1 warning, 0 info');
  });

  it('say when a result was made, on a 24-hour clock', () => {
    expect(strings('nl').checkedAt(clockTime(new Date(2026, 10, 22, 14, 3)))).toBe('Gecontroleerd om 14:03');
    expect(strings('en').checkedAt(clockTime(new Date(2026, 10, 22, 9, 5)))).toBe('Checked at 09:05');
  });
});

describe('the workbook name for the overview tab', () => {
  it.each([
    [
      'https://gemeente.sharepoint.com/sites/fin/Gedeelde%20documenten/NPO%20begroting.xlsx?web=1',
      'NPO begroting.xlsx',
    ],
    ['C:\\Users\\fin\\Documents\\Begroting 2021.xlsx', 'Begroting 2021.xlsx'],
    ['/Users/fin/NPO.xlsx', 'NPO.xlsx'],
    ['https://x/100%.xlsx', '100%.xlsx'],
  ])('is the last part of %p', (url, name) => {
    expect(workbookNameFromUrl(url, 'nl')).toBe(name);
  });

  it('says "deze werkmap" for a workbook never saved', () => {
    expect(workbookNameFromUrl('', 'nl')).toBe('deze werkmap');
    expect(workbookNameFromUrl(null, 'en')).toBe('this workbook');
  });
});
