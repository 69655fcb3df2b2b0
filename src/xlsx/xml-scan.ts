/**
 * The few XML facts the file adapter reads itself (the sheets a workbook lists, relationships,
 * merged areas, column widths), read by a scanner that passes each character a bounded number of
 * times. Regular expressions over file content were quadratic on crafted input (`<sheet` without a
 * `>`, a long run of word characters before `:`): a file of 8 kB took 20 seconds. Nothing here
 * backtracks, so doubling the input doubles the time (tests/xlsx/xml-scan.test.ts measures it).
 */

export interface Tag {
  /** The local name, without a namespace prefix: `sheet` for `<x:sheet>`. */
  readonly name: string;
  readonly attributes: ReadonlyMap<string, string>;
  /** Where the tag ends (just past its `>`), for reading the text that follows it. */
  readonly end: number;
}

/**
 * Every start tag whose local name is in `names`, in document order. Attribute names lose their
 * prefix too (`r:id` is `id`); values are unescaped. Text, comments and other tags are passed by.
 */
export function* startTags(xml: string, names: ReadonlySet<string>, from = 0, to = xml.length): Generator<Tag> {
  let at = from;
  while (at < to) {
    const open = xml.indexOf('<', at);
    if (open < 0 || open >= to) return;
    const first = xml.charCodeAt(open + 1);
    // Comments, processing instructions, end tags and CDATA hold no start tag of interest.
    if (first === 0x21 /* ! */) {
      const close = xml.startsWith('<!--', open) ? xml.indexOf('-->', open + 4) : xml.indexOf('>', open);
      if (close < 0) return;
      at = close + 1;
      continue;
    }
    let nameEnd = open + 1;
    while (nameEnd < to && isNameChar(xml.charCodeAt(nameEnd))) nameEnd++;
    const qualified = xml.slice(open + 1, nameEnd);
    const name = localName(qualified);
    if (first === 0x2f /* / */ || first === 0x3f /* ? */ || !names.has(name)) {
      at = nameEnd > open + 1 ? nameEnd : open + 1;
      continue;
    }
    const parsed = attributesFrom(xml, nameEnd, to);
    if (!parsed) return;
    yield { name, attributes: parsed.attributes, end: parsed.end };
    at = parsed.end;
  }
}

/** The attributes of a tag from just after its name; undefined when the tag never ends. */
function attributesFrom(
  xml: string,
  from: number,
  to: number,
): { attributes: Map<string, string>; end: number } | undefined {
  const attributes = new Map<string, string>();
  let at = from;
  for (;;) {
    while (at < to && isSpace(xml.charCodeAt(at))) at++;
    if (at >= to) return undefined;
    const c = xml.charCodeAt(at);
    if (c === 0x3e /* > */) return { attributes, end: at + 1 };
    if (c === 0x2f /* / */) {
      at++;
      continue;
    }
    const nameStart = at;
    while (at < to && isNameChar(xml.charCodeAt(at))) at++;
    if (at === nameStart) {
      // A character that belongs in no tag: skip it rather than stop, as a lenient parser would.
      at++;
      continue;
    }
    const attribute = localName(xml.slice(nameStart, at));
    while (at < to && isSpace(xml.charCodeAt(at))) at++;
    if (xml.charCodeAt(at) !== 0x3d /* = */) continue;
    at++;
    while (at < to && isSpace(xml.charCodeAt(at))) at++;
    const quote = xml.charCodeAt(at);
    if (quote !== 0x22 && quote !== 0x27) continue;
    const close = xml.indexOf(quote === 0x22 ? '"' : "'", at + 1);
    if (close < 0 || close >= to) return undefined;
    if (!attributes.has(attribute)) attributes.set(attribute, xmlUnescape(xml.slice(at + 1, close)));
    at = close + 1;
  }
}

function localName(qualified: string): string {
  const colon = qualified.indexOf(':');
  return colon < 0 ? qualified : qualified.slice(colon + 1);
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/** Letters, digits and `_ : . -` and anything beyond ASCII, as XML names allow. */
function isNameChar(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x30 && c <= 0x39) ||
    c === 0x5f ||
    c === 0x3a ||
    c === 0x2e ||
    c === 0x2d ||
    c > 0x7f
  );
}

/** The text from `from` up to the next `<`, unescaped: a `<definedName>`'s formula, say. */
export function textAfter(xml: string, from: number): string {
  const end = xml.indexOf('<', from);
  return xmlUnescape(xml.slice(from, end < 0 ? xml.length : end));
}

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * XML's five named entities and character references. A reference to no character (beyond
 * U+10FFFF, or a surrogate) is no valid XML; it reads as U+FFFD, the replacement character, so a
 * crafted name cannot stop the check with an internal error.
 */
export function xmlUnescape(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (_m, body: string) => {
    if (body.startsWith('#x')) return codePoint(parseInt(body.slice(2), 16));
    if (body.startsWith('#')) return codePoint(Number(body.slice(1)));
    return NAMED[body]!;
  });
}

/** Every quantifier bounded: each `&` costs a few steps, matched or not, so this stays linear. */
const ENTITY = /&(#x[0-9a-fA-F]{1,8}|#[0-9]{1,10}|amp|lt|gt|quot|apos);/g;

function codePoint(n: number): string {
  return n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff) ? '\ufffd' : String.fromCodePoint(n);
}

/** Text as it may stand in an XML attribute or element. */
export function xmlEscape(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => `&${({ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' } as const)[c as '&']};`,
  );
}
