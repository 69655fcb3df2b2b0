/**
 * The XML the file adapter reads itself is scanned in linear time: crafted input that made the
 * regular expressions before it quadratic (20 s for 8 kB) takes twice as long at twice the size.
 */
import { startTags, xmlUnescape } from '../../src/xlsx/xml-scan';
import { outsideReferences } from '../../src/xlsx/report-workbook';

/** The best of three runs, in ms: a shared machine's hiccups make single runs noisy. */
function timed(work: () => void): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const start = process.hrtime.bigint();
    work();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return best;
}

/**
 * Time at 2n over time at n: about 2 when linear, 4 when quadratic; allowed up to 3. A run at 2n
 * that takes under 20 ms counts as linear outright: at these sizes a quadratic scan takes seconds,
 * and below that the ratio is the noise of a shared machine.
 */
/**
 * How much the work grows when its input doubles: about 2 for linear work, 4 for quadratic. It is
 * measured over a fourfold input and taken back to one doubling (the square root), so a busy
 * machine slowing one measurement by half still reads as linear, while quadratic work cannot.
 */
function growth(make: (n: number) => string, work: (input: string) => void, n: number): number {
  const small = make(n);
  const large = make(4 * n);
  // Once before measuring, so the compiler's warming up is not counted against either size.
  work(small);
  const largeMs = timed(() => work(large));
  if (largeMs < 40) return 2;
  return Math.sqrt(
    largeMs /
      Math.max(
        timed(() => work(small)),
        0.01,
      ),
  );
}

const SHEET_TAGS = new Set(['sheet', 'Relationship', 'mergeCell']);
const scan = (xml: string): void => {
  for (const tag of startTags(xml, SHEET_TAGS)) void tag;
};

describe('startTags', () => {
  it('reads names, prefixed attributes and unescaped values; skips comments and other tags', () => {
    const xml =
      '<?xml version="1.0"?><!-- <sheet name="no"/> --><x:workbook><x:sheets><x:sheet name="A &amp; B" sheetId="1" r:id="rId1"/><other name="x"/></x:sheets></x:workbook>';
    expect([...startTags(xml, new Set(['sheet']))].map((t) => Object.fromEntries(t.attributes))).toEqual([
      { name: 'A & B', sheetId: '1', id: 'rId1' },
    ]);
  });

  it.each([
    ['tags that never close', (n: number) => '<x:sheet name="a" '.repeat(n)],
    ['a long run of word characters', (n: number) => `<${'a'.repeat(n * 18)}`],
    ['attributes that never close their quote', (n: number) => `<sheet name="${'<sheet '.repeat(n)}`],
    ['many small tags', (n: number) => '<mergeCell ref="A1:B2"/>'.repeat(n)],
  ])('is linear on %s', (_what, make) => {
    expect(growth(make, scan, 100_000)).toBeLessThan(3);
  });
});

describe('xmlUnescape', () => {
  it('reads a reference to no character as U+FFFD instead of failing', () => {
    expect(xmlUnescape('a&#x110000;b&#1114112;c&#xD800;&amp;&lt;&#65;')).toBe('a\ufffdb\ufffdc\ufffd&<A');
  });

  it('is linear on ampersands without an end', () => {
    expect(growth((n) => '&#x1'.repeat(n), xmlUnescape, 100_000)).toBeLessThan(3);
  });
});

describe('outsideReferences', () => {
  const outside = outsideReferences(['Plafond'], 'Begroting');

  it('tells references to other sheets, workbooks and names from the sheet itself', () => {
    expect(outside('SUM(E4:E6)')).toBe(false);
    expect(outside("'Begroting'!E4+Begroting!E5")).toBe(false);
    expect(outside("'Oude ''versie'''!E4")).toBe(true);
    expect(outside('Instellingen!B1')).toBe(true);
    expect(outside('[1]Blad1!A1')).toBe(true);
    expect(outside('E4*Plafond')).toBe(true);
    expect(outside('"Instellingen!B1 [x] Plafond"&E4')).toBe(false);
  });

  it('is linear on one long formula', () => {
    expect(growth((n) => `1+${'A'.repeat(n)}`, outside, 1_000_000)).toBeLessThan(3);
    expect(growth((n) => `'${"a''".repeat(n)}`, outside, 500_000)).toBeLessThan(3);
  });
});
