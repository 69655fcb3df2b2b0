/**
 * Everything a user reads comes from the word catalogue (src/engine/words/), so a word is spelled
 * once and translated once. This test reads every source file under src/ and fails on a string,
 * template or JSX text outside the catalogue that reads as words for a person.
 *
 * Two files hold user text the catalogue cannot reach, because no script of ours has run when it
 * is read: src/taskpane/index.html (the noscript line and the Internet Explorer 11 notice, both
 * Dutch and English) and manifest.xml (the add-in's name, description and ribbon buttons, which
 * Office reads itself; tests/manifest/ checks them in both languages).
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';
import { ALLOWED, EXCLUDED } from './allowlist';
import { readsAsWords, scanSource, type StrayLiteral } from './scan';

const ROOT = join(__dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [relative(ROOT, path).split('\\').join('/')] : [];
  });
}

const excluded = (file: string): boolean =>
  EXCLUDED.some((e) => (e.path.endsWith('/') ? file.startsWith(e.path) : file === e.path));
const allowed = (s: StrayLiteral): boolean => ALLOWED.some((a) => a.file === s.file && a.text === s.text);

describe('no user-visible literal outside the word catalogue', () => {
  const files = sourceFiles(join(ROOT, 'src')).filter((f) => !excluded(f));
  const found = files.flatMap((file) => scanSource(file, readFileSync(join(ROOT, file), 'utf8')));

  it('finds none in src/', () => {
    expect(files.length).toBeGreaterThan(100); // the scan really reads the sources
    const stray = found.filter((s) => !allowed(s)).map((s) => `${s.file}:${s.line}  ${s.text}`);
    expect(stray).toEqual([]);
  });

  it('keeps the allowlist short and true: every entry still matches a literal, with a reason', () => {
    expect(ALLOWED.length).toBeLessThanOrEqual(25);
    const stale = ALLOWED.filter((a) => !found.some((s) => s.file === a.file && s.text === a.text)).map(
      (a) => `${a.file}  ${a.text}`,
    );
    expect(stale).toEqual([]);
    for (const entry of [...ALLOWED, ...EXCLUDED]) expect(entry.reason.length).toBeGreaterThan(10);
  });
});

describe('the scanner', () => {
  const scan = (source: string, file = 'src/taskpane/components/Example.tsx'): string[] =>
    scanSource(file, source).map((s) => s.text);

  it('flags a Dutch sentence in a string, a template and JSX text', () => {
    expect(scan(`const m = 'Het plafond is overschreden.';`)).toEqual(['Het plafond is overschreden.']);
    expect(scan('const m = (n: number) => `Er zijn ${n} fouten gevonden`;')).toEqual(['Er zijn fouten gevonden']);
    expect(scan(`export const X = () => <p>Geen bevindingen</p>;`)).toEqual(['Geen bevindingen']);
  });

  it('flags what an error hands to the user, not what it keeps for developers', () => {
    expect(scan(`throw new OfficeActionError('unknown', 'meer dan 5 werkbladen');`)).toEqual(['meer dan 5 werkbladen']);
    expect(scan(`throw new NotUnderstood('unexpected end of formula');`)).toEqual([]);
  });

  it('flags a capitalised domain word on its own', () => {
    expect(scan(`const headers = ['Begroot', 'Benut'];`)).toEqual(['Begroot', 'Benut']);
  });

  it('flags aria-label, title and placeholder even as a single lower-case word', () => {
    expect(scan(`export const X = () => <input aria-label="sluiten" title="wis" placeholder="jjjj" />;`)).toEqual([
      'sluiten',
      'wis',
      'jjjj',
    ]);
    expect(scan(`export const X = () => <b aria-label={'sluiten'} />;`)).toEqual(['sluiten']);
  });

  it('leaves code alone: imports, keys, ids, styles, test ids, Office enums, comparisons, logs and invariants', () => {
    const code = [
      `import { x } from '../engine/words';`,
      `type P = 'sheet-protected' | 'Cell editing';`,
      `const o = { 'Some Key': 1, code: 'AccessDenied', rule: 'CEILING_EXCEEDED' };`,
      `const s = makeStyles({ root: { border: '1px solid red', fontFamily: 'Segoe UI' } });`,
      `const el = <div className="npo Pane" data-testid="Main Pane" role="status" />;`,
      `range.format.horizontalAlignment = 'Right';`,
      `if (kind === 'Begroot oud') f();`,
      `console.warn('Something odd happened');`,
      `throw new Error('Unreachable state reached');`,
      `const fmt = '#,##0.00';`,
      `const re = new RegExp('Totaal\\\\s+begroot');`,
    ].join('\n');
    expect(scan(code)).toEqual([]);
  });

  it('tells words from identifiers', () => {
    expect(readsAsWords('Totaal begroot')).toBe(true);
    expect(readsAsWords('Plafond')).toBe(true);
    expect(readsAsWords('OfficeActionError')).toBe(false);
    expect(readsAsWords('NO_BUDGET_SHEET')).toBe(false);
    expect(readsAsWords('begroot')).toBe(false);
    expect(readsAsWords('./words/terms')).toBe(false);
  });
});
