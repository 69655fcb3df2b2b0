/**
 * manifest.xml as Office reads it: well-formed, elements in the schema's order, every resource id
 * defined, every URL on HTTPS (and on ADDIN_BASE_URL after the production rewrite), every icon at
 * the size the manifest states.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { DOMParser, onWarningStopParsing, type Document, type Element } from '@xmldom/xmldom';
import { ICON_SIZES, crc32, drawIcon, encodePng } from '../../scripts/make-icons';
import { AddinBaseUrlError, DEV_BASE_URL, addinBaseUrl, productionManifest } from '../../scripts/production-manifest';

const ROOT = join(__dirname, '..', '..');
const MANIFEST = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');

const NS = {
  officeApp: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  overrides: 'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
  basicTypes: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
};

/**
 * The children of <OfficeApp> in the order of the schema (OfficeAppManifestV1_1.xsd: the
 * OfficeApp type's sequence, then the TaskPaneApp extension's).
 */
const SCHEMA_ORDER = [
  'Id',
  'AlternateId',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'Dictionary',
  'VersionOverrides',
];

/** Parses XML, failing on anything a strict parser would so much as warn about. */
function parseXml(xml: string): Document {
  return new DOMParser({ onError: onWarningStopParsing }).parseFromString(xml, 'text/xml');
}

function childElements(parent: Element): Element[] {
  const result: Element[] = [];
  for (let i = 0; i < parent.childNodes.length; i++) {
    const node = parent.childNodes[i];
    if (node && node.nodeType === node.ELEMENT_NODE) result.push(node as Element);
  }
  return result;
}

function descendants(parent: Element | Document): Element[] {
  const all = parent.getElementsByTagName('*');
  const result: Element[] = [];
  for (let i = 0; i < all.length; i++) result.push(all[i] as Element);
  return result;
}

function only(parent: Element | Document, namespace: string, localName: string): Element {
  const found = parent.getElementsByTagNameNS(namespace, localName);
  if (found.length !== 1) throw new Error(`expected one ${localName}, found ${found.length}`);
  return found[0] as Element;
}

function root(doc: Document): Element {
  if (!doc.documentElement) throw new Error('no root element');
  return doc.documentElement;
}

/** Every attribute value and text that is a URL, leaving out namespace declarations (names, not addresses). */
function urlsIn(doc: Document): string[] {
  const urls: string[] = [];
  for (const element of descendants(doc)) {
    for (let i = 0; i < element.attributes.length; i++) {
      const attribute = element.attributes[i];
      if (!attribute || attribute.name === 'xmlns' || attribute.name.startsWith('xmlns:')) continue;
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(attribute.value)) urls.push(attribute.value);
    }
    const text = childElements(element).length === 0 ? (element.textContent ?? '').trim() : '';
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) urls.push(text);
  }
  return urls;
}

interface Resource {
  collection: 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings';
  element: Element;
}

function resources(doc: Document): Map<string, Resource> {
  const byId = new Map<string, Resource>();
  const resourcesElement = only(doc, NS.overrides, 'Resources');
  for (const collectionElement of childElements(resourcesElement)) {
    const collection = collectionElement.localName as Resource['collection'];
    for (const element of childElements(collectionElement)) {
      const id = element.getAttribute('id') ?? '';
      if (byId.has(id)) throw new Error(`resource id ${id} defined twice`);
      byId.set(id, { collection, element });
    }
  }
  return byId;
}

/** Which collection a resid must come from, by the element that refers to it. */
function expectedCollection(element: Element): Resource['collection'] {
  const parent = element.parentNode as Element | null;
  switch (element.localName) {
    case 'Image':
      return 'Images';
    case 'FunctionFile':
    case 'SourceLocation':
    case 'LearnMoreUrl':
      return 'Urls';
    case 'Label':
    case 'Title':
      return 'ShortStrings';
    case 'Description':
      return 'LongStrings';
    default:
      throw new Error(`resid on unexpected element ${element.localName} under ${parent?.localName}`);
  }
}

function residReferences(doc: Document): Element[] {
  return descendants(only(doc, NS.overrides, 'VersionOverrides')).filter((e) => e.hasAttribute('resid'));
}

function pngSize(file: Buffer): { width: number; height: number } {
  expect(file.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(file.toString('ascii', 12, 16)).toBe('IHDR');
  return { width: file.readUInt32BE(16), height: file.readUInt32BE(20) };
}

/** The file in this repository that a development URL serves. */
function sourceFileOf(url: string): string {
  expect(url.startsWith(DEV_BASE_URL)).toBe(true);
  return join(ROOT, url.slice(DEV_BASE_URL.length));
}

describe('manifest.xml', () => {
  const doc = parseXml(MANIFEST);
  const officeApp = root(doc);
  const res = resources(doc);

  function resourceValue(id: string): string {
    const resource = res.get(id);
    if (!resource) throw new Error(`no resource ${id}`);
    return resource.element.getAttribute('DefaultValue') ?? '';
  }

  it('is well-formed XML (and the parser used rejects XML that is not)', () => {
    expect(officeApp.localName).toBe('OfficeApp');
    expect(officeApp.namespaceURI).toBe(NS.officeApp);
    expect(() => parseXml('<OfficeApp><Id></OfficeApp>')).toThrow();
    expect(() => parseXml('<OfficeApp a="1" a="2"/>')).toThrow();
  });

  it('is a task pane add-in for Excel workbooks', () => {
    expect(officeApp.getAttributeNS(NS.xsi, 'type')).toBe('TaskPaneApp');
    const hosts = childElements(only(officeApp, NS.officeApp, 'Hosts'));
    expect(hosts.map((h) => h.getAttribute('Name'))).toEqual(['Workbook']);
  });

  it('has its top-level elements in the order the TaskPaneApp schema requires', () => {
    const names = childElements(officeApp).map((e) => e.localName ?? '');
    for (const name of names) expect(SCHEMA_ORDER).toContain(name);
    const positions = names.map((name) => SCHEMA_ORDER.indexOf(name));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(new Set(names).size).toBe(names.length);
    for (const required of [
      'Id',
      'Version',
      'ProviderName',
      'DefaultLocale',
      'DisplayName',
      'Description',
      'DefaultSettings',
      'Permissions',
    ]) {
      expect(names).toContain(required);
    }
  });

  it('has a GUID id, a four-part version matching package.json, and a provider', () => {
    const text = (name: string) => (only(officeApp, NS.officeApp, name).textContent ?? '').trim();
    expect(text('Id')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(text('Version')).toMatch(/^(0|[1-9]\d{0,4})(\.(0|[1-9]\d{0,4})){3}$/);
    const packageVersion = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string })
      .version;
    expect(text('Version')).toBe(`${packageVersion}.0`);
    expect(text('ProviderName')).not.toBe('');
  });

  it('speaks Dutch by default and English for en-US', () => {
    expect(only(officeApp, NS.officeApp, 'DefaultLocale').textContent).toBe('nl-NL');
    for (const name of ['DisplayName', 'Description']) {
      const element = childElements(officeApp).find((e) => e.localName === name);
      if (!element) throw new Error(`no ${name}`);
      expect(element.getAttribute('DefaultValue')).not.toBe('');
      const overrides = childElements(element);
      expect(overrides.map((o) => o.getAttribute('Locale'))).toEqual(['en-US']);
      expect(overrides[0]?.getAttribute('Value')).not.toBe(element.getAttribute('DefaultValue'));
    }
    expect(
      childElements(officeApp)
        .find((e) => e.localName === 'DisplayName')
        ?.getAttribute('DefaultValue'),
    ).toBe('NPO-controle');
  });

  it('asks to read and write the document, and for ExcelApi 1.7 and nothing else', () => {
    expect((only(officeApp, NS.officeApp, 'Permissions').textContent ?? '').trim()).toBe('ReadWriteDocument');
    const requirements = childElements(officeApp).find((e) => e.localName === 'Requirements');
    if (!requirements) throw new Error('no Requirements');
    const sets = descendants(requirements).filter((e) => e.localName === 'Set');
    expect(sets.map((s) => [s.getAttribute('Name'), s.getAttribute('MinVersion')])).toEqual([['ExcelApi', '1.7']]);
  });

  it('opens taskpane.html from a Home-tab button labelled NPO-controle', () => {
    const overrides = only(officeApp, NS.overrides, 'VersionOverrides');
    expect(overrides.getAttributeNS(NS.xsi, 'type')).toBe('VersionOverridesV1_0');
    const host = only(overrides, NS.overrides, 'Host');
    expect(host.getAttributeNS(NS.xsi, 'type')).toBe('Workbook');
    const desktop = only(host, NS.overrides, 'DesktopFormFactor');
    expect(resourceValue(only(desktop, NS.overrides, 'FunctionFile').getAttribute('resid') ?? '')).toBe(
      `${DEV_BASE_URL}commands.html`,
    );
    expect(only(desktop, NS.overrides, 'ExtensionPoint').getAttributeNS(NS.xsi, 'type')).toBe('PrimaryCommandSurface');
    expect(only(desktop, NS.overrides, 'OfficeTab').getAttribute('id')).toBe('TabHome');

    const button = only(desktop, NS.overrides, 'Control');
    expect(button.getAttributeNS(NS.xsi, 'type')).toBe('Button');
    const label = childElements(button).find((e) => e.localName === 'Label');
    expect(resourceValue(label?.getAttribute('resid') ?? '')).toBe('NPO-controle');
    const action = only(button, NS.overrides, 'Action');
    expect(action.getAttributeNS(NS.xsi, 'type')).toBe('ShowTaskpane');
    expect(resourceValue(only(action, NS.overrides, 'SourceLocation').getAttribute('resid') ?? '')).toBe(
      `${DEV_BASE_URL}taskpane.html`,
    );
    const defaultSource = only(only(officeApp, NS.officeApp, 'DefaultSettings'), NS.officeApp, 'SourceLocation');
    expect(defaultSource.getAttribute('DefaultValue')).toBe(`${DEV_BASE_URL}taskpane.html`);
  });

  it('defines every resid it uses, in the right kind of resource, and uses every resource it defines', () => {
    const used = new Set<string>();
    for (const reference of residReferences(doc)) {
      const id = reference.getAttribute('resid') ?? '';
      const resource = res.get(id);
      expect({ id, defined: resource !== undefined }).toEqual({ id, defined: true });
      expect({ id, collection: resource?.collection }).toEqual({ id, collection: expectedCollection(reference) });
      used.add(id);
    }
    expect([...res.keys()].sort()).toEqual([...used].sort());
  });

  it('keeps resource ids and strings within Office’s limits, with an English override for every string', () => {
    for (const [id, { collection, element }] of res) {
      expect(id.length).toBeLessThanOrEqual(32);
      if (collection !== 'ShortStrings' && collection !== 'LongStrings') continue;
      const limit = collection === 'ShortStrings' ? 125 : 250;
      const values = [
        element.getAttribute('DefaultValue') ?? '',
        ...childElements(element).map((o) => o.getAttribute('Value') ?? ''),
      ];
      for (const value of values) {
        expect(value.length).toBeGreaterThan(0);
        expect(value.length).toBeLessThanOrEqual(limit);
      }
      expect(childElements(element).map((o) => o.getAttribute('Locale'))).toEqual(['en-US']);
    }
  });

  it('names only HTTPS URLs, all on the development server', () => {
    const urls = urlsIn(doc);
    expect(urls.length).toBeGreaterThanOrEqual(10);
    for (const url of urls) expect(url.startsWith(DEV_BASE_URL)).toBe(true);
  });

  it('points every icon at a PNG in assets/ of the stated pixel size, for every size make-icons draws', () => {
    const stated = new Map<string, number>();
    stated.set(only(officeApp, NS.officeApp, 'IconUrl').getAttribute('DefaultValue') ?? '', 32);
    stated.set(only(officeApp, NS.officeApp, 'HighResolutionIconUrl').getAttribute('DefaultValue') ?? '', 64);
    for (const image of descendants(doc).filter((e) => e.localName === 'Image' && e.hasAttribute('size'))) {
      const url = resourceValue(image.getAttribute('resid') ?? '');
      const size = Number(image.getAttribute('size'));
      expect(stated.get(url) ?? size).toBe(size);
      stated.set(url, size);
    }
    for (const [url, size] of stated) {
      expect(pngSize(readFileSync(sourceFileOf(url)))).toEqual({ width: size, height: size });
    }
    expect([...new Set(stated.values())].sort((a, b) => a - b)).toEqual([...ICON_SIZES]);
  });

  it('points its support page at a file that exists in assets/', () => {
    const support = only(officeApp, NS.officeApp, 'SupportUrl').getAttribute('DefaultValue') ?? '';
    expect(readFileSync(sourceFileOf(support), 'utf8')).toContain('NPO-controle');
  });
});

describe('the production manifest', () => {
  const base = 'https://intranet.gemeente.example/npo-controle/';
  const production = productionManifest(MANIFEST, base);
  const doc = parseXml(production);

  it('moves every URL to ADDIN_BASE_URL and leaves nothing on this computer', () => {
    const devUrls = urlsIn(parseXml(MANIFEST));
    const urls = urlsIn(doc);
    expect(urls).toEqual(devUrls.map((url) => base + url.slice(DEV_BASE_URL.length)));
    for (const url of urls) expect(url.startsWith(base)).toBe(true);
    expect(production).not.toMatch(/localhost|127\.0\.0\.1/);
  });

  it('changes nothing but the URLs', () => {
    expect(production.split(base).join(DEV_BASE_URL)).toBe(MANIFEST);
  });

  it('refuses a manifest URL that is on this computer but not on the development server', () => {
    const stray = MANIFEST.replace(`${DEV_BASE_URL}commands.html`, 'https://localhost:3001/commands.html');
    expect(() => productionManifest(stray, base)).toThrow(/https:\/\/localhost:3001\/commands\.html/);
  });
});

describe('ADDIN_BASE_URL', () => {
  it.each([
    ['https://intranet.gemeente.example/npo-controle', 'https://intranet.gemeente.example/npo-controle/'],
    ['https://intranet.gemeente.example/npo-controle/', 'https://intranet.gemeente.example/npo-controle/'],
    ['https://intranet.gemeente.example/npo-controle//', 'https://intranet.gemeente.example/npo-controle/'],
    ['  https://addins.example.nl  ', 'https://addins.example.nl/'],
    ['https://addins.example.nl:8443/a/b', 'https://addins.example.nl:8443/a/b/'],
  ])('accepts %j as %j', (raw, expected) => {
    expect(addinBaseUrl(raw)).toBe(expected);
  });

  it.each([
    [undefined, /ADDIN_BASE_URL ontbreekt[\s\S]*ADDIN_BASE_URL is missing/],
    ['', /ADDIN_BASE_URL ontbreekt/],
    ['intranet.gemeente.example/npo', /geen geldig adres[\s\S]*not a valid URL/],
    ['http://intranet.gemeente.example/npo/', /moet met https:\/\/ beginnen[\s\S]*must start with https:\/\//],
    ['https://localhost:3000/', /wijst naar deze computer[\s\S]*points at this computer/],
    ['https://127.0.0.1/', /wijst naar deze computer/],
    ['https://example.nl/npo/?v=1', /geen \?-parameters[\s\S]*query parameters/],
    ['https://user:secret@example.nl/', /inloggegevens[\s\S]*credentials/],
  ])('refuses %j in Dutch and English', (raw, message) => {
    expect(() => addinBaseUrl(raw)).toThrow(AddinBaseUrlError);
    expect(() => addinBaseUrl(raw)).toThrow(message);
  });
});

describe('the icons in assets/', () => {
  /** The RGBA pixels of a PNG as make-icons writes it: one IDAT, 8-bit RGBA, filter 0 on every row. */
  function pixelsOf(file: Buffer): Uint8Array {
    let offset = 8;
    const idat: Buffer[] = [];
    while (offset < file.length) {
      const length = file.readUInt32BE(offset);
      const type = file.toString('ascii', offset + 4, offset + 8);
      const data = file.subarray(offset + 8, offset + 8 + length);
      expect(file.readUInt32BE(offset + 8 + length)).toBe(crc32(file.subarray(offset + 4, offset + 8 + length)));
      if (type === 'IDAT') idat.push(data);
      offset += 12 + length;
    }
    const { width, height } = pngSize(file);
    const raw = inflateSync(Buffer.concat(idat));
    const pixels = new Uint8Array(width * height * 4);
    for (let y = 0; y < height; y++) {
      const row = y * (width * 4 + 1);
      expect(raw[row]).toBe(0);
      pixels.set(raw.subarray(row + 1, row + 1 + width * 4), y * width * 4);
    }
    return pixels;
  }

  it.each([...ICON_SIZES])('icon-%i.png is what npm run icons draws today', (size) => {
    const committed = readFileSync(join(ROOT, 'assets', `icon-${size}.png`));
    expect(Buffer.from(pixelsOf(committed))).toEqual(Buffer.from(drawIcon(size)));
  });

  it('draws a blue square with a white check: transparent corner, blue edge, white stroke', () => {
    const size = 80;
    const pixels = drawIcon(size);
    const at = (x: number, y: number) => Array.from(pixels.subarray((y * size + x) * 4, (y * size + x) * 4 + 4));
    expect(at(0, 0)[3]).toBe(0);
    expect(at(40, 4)).toEqual([0x1f, 0x4e, 0x79, 255]);
    expect(at(Math.round(0.43 * size), Math.round(0.7 * size) - 1)).toEqual([255, 255, 255, 255]);
  });

  it('writes PNGs whose header and checksums a reader accepts', () => {
    const png = encodePng(2, 1, new Uint8Array([255, 0, 0, 255, 0, 0, 255, 128]));
    expect(pngSize(png)).toEqual({ width: 2, height: 1 });
    expect(Array.from(pixelsOf(png))).toEqual([255, 0, 0, 255, 0, 0, 255, 128]);
    expect(crc32(Buffer.from('IEND', 'ascii'))).toBe(0xae426082);
  });
});
