/** @jest-environment jsdom */
// manifest.xml: the fields Office and the build rely on, the ribbon button, that every URL uses
// the development prefix the build replaces, and that every icon it names is a PNG of the size
// it claims. jsdom supplies DOMParser; the PNG header is read straight from the file.
import { spawnSync } from 'child_process';
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';

const ROOT = join(__dirname, '..');
const DEV_URL = 'https://localhost:3000/';
const ID = '42abdb20-848b-44e5-bbc2-67f68bfb11f8';

const NS = {
  app: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  ov: 'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
} as const;

const text = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const doc = new DOMParser().parseFromString(text, 'application/xml');
const root = doc.documentElement;

function all(parent: Document | Element, ns: keyof typeof NS, name: string): Element[] {
  return Array.from(parent.getElementsByTagNameNS(NS[ns], name));
}

function one(parent: Document | Element, ns: keyof typeof NS, name: string): Element {
  const found = all(parent, ns, name);
  if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
  return found[0] as Element;
}

/** The direct child of the root element called `name`; all but VersionOverrides are in the base namespace. */
function base(name: string, ns: keyof typeof NS = name === 'VersionOverrides' ? 'ov' : 'app'): Element {
  const found = Array.from(root.children).filter((el) => el.namespaceURI === NS[ns] && el.localName === name);
  if (found.length !== 1) throw new Error(`expected one <${name}> under <OfficeApp>, found ${found.length}`);
  return found[0] as Element;
}

function xsiType(el: Element): string | null {
  return el.getAttributeNS(NS.xsi, 'type');
}

function overrides(el: Element, ns: 'app' | 'bt'): Map<string, string> {
  return new Map(
    Array.from(el.children)
      .filter((child) => child.namespaceURI === NS[ns] && child.localName === 'Override')
      .map((child) => [child.getAttribute('Locale') ?? '', child.getAttribute('Value') ?? '']),
  );
}

/** The resource `id` in <Resources>, of the kind `kind` (Image, Url, or String in Short-/LongStrings). */
function resource(kind: 'Image' | 'Url' | 'ShortString' | 'LongString', id: string): Element {
  const container =
    kind === 'Image' ? 'Images' : kind === 'Url' ? 'Urls' : kind === 'ShortString' ? 'ShortStrings' : 'LongStrings';
  const tag = kind === 'ShortString' || kind === 'LongString' ? 'String' : kind;
  const found = all(one(root, 'bt', container), 'bt', tag).filter((el) => el.getAttribute('id') === id);
  if (found.length !== 1)
    throw new Error(`expected one bt:${tag} id="${id}" in bt:${container}, found ${found.length}`);
  return found[0] as Element;
}

function resid(el: Element): string {
  const id = el.getAttribute('resid');
  if (!id) throw new Error(`<${el.localName}> has no resid`);
  return id;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  expect(Array.from(bytes.subarray(0, 8))).toEqual(signature);
  expect(bytes.readUInt32BE(8)).toBe(13);
  expect(bytes.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** assets/icon-N.png for a manifest URL, with N. */
function iconFile(url: string): { file: string; size: number } {
  expect(url.startsWith(`${DEV_URL}assets/`)).toBe(true);
  const match = /^assets\/icon-(\d+)\.png$/.exec(url.slice(DEV_URL.length));
  if (!match?.[1]) throw new Error(`not an assets/icon-N.png URL: ${url}`);
  return { file: join(ROOT, url.slice(DEV_URL.length)), size: Number(match[1]) };
}

describe('manifest.xml', () => {
  test('is well-formed XML with a TaskPaneApp root in the 1.1 schema', () => {
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(root.namespaceURI).toBe(NS.app);
    expect(root.localName).toBe('OfficeApp');
    expect(xsiType(root)).toBe('TaskPaneApp');
  });

  test('keeps the add-in Id, version, provider and locale', () => {
    expect(base('Id').textContent).toBe(ID);
    expect(base('Version').textContent).toBe('0.1.0.0');
    expect(base('ProviderName').textContent).toBe('IJkpunt');
    expect(base('DefaultLocale').textContent).toBe('nl-NL');
  });

  test('has a Dutch display name and description with English overrides', () => {
    const name = base('DisplayName');
    expect(name.getAttribute('DefaultValue')).toBe('IJkpunt');
    expect(overrides(name, 'app').get('en-US')).toBe('IJkpunt');
    const description = base('Description');
    expect(description.getAttribute('DefaultValue')).toMatch(/taakcluster.*referentiegroep/);
    expect(overrides(description, 'app').get('en-US')).toMatch(/task cluster.*reference group/);
  });

  test('lists the base elements in the order the schema requires', () => {
    const order = [
      'Id',
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
      'VersionOverrides',
    ];
    const present = Array.from(root.children).map((el) => el.localName);
    expect(present.every((name) => order.includes(name))).toBe(true);
    expect(present).toEqual(order.filter((name) => present.includes(name)));
  });

  test('targets Excel workbooks with ExcelApi 1.7 and read/write access', () => {
    expect(all(base('Hosts'), 'app', 'Host').map((h) => h.getAttribute('Name'))).toContain('Workbook');
    expect(base('Permissions').textContent).toBe('ReadWriteDocument');
    const sets = one(base('Requirements'), 'app', 'Sets');
    expect(sets.getAttribute('DefaultMinVersion')).toBe('1.1');
    const excelApi = all(sets, 'app', 'Set').filter((s) => s.getAttribute('Name') === 'ExcelApi');
    expect(excelApi).toHaveLength(1);
    expect(excelApi[0]?.getAttribute('MinVersion')).toBe('1.7');
  });

  test('opens the task pane page by default', () => {
    expect(one(base('DefaultSettings'), 'app', 'SourceLocation').getAttribute('DefaultValue')).toBe(
      `${DEV_URL}taskpane.html`,
    );
  });

  describe('ribbon (VersionOverrides 1.0)', () => {
    const overridesEl = base('VersionOverrides');
    const host = () => one(overridesEl, 'ov', 'Host');

    test('is the task pane VersionOverrides for Excel desktop', () => {
      expect(overridesEl.namespaceURI).toBe(NS.ov);
      expect(xsiType(overridesEl)).toBe('VersionOverridesV1_0');
      expect(xsiType(host())).toBe('Workbook');
      one(host(), 'ov', 'DesktopFormFactor');
    });

    test('has a GetStarted callout and the commands page as function file', () => {
      const started = one(host(), 'ov', 'GetStarted');
      expect(resource('ShortString', resid(one(started, 'ov', 'Title'))).getAttribute('DefaultValue')).toMatch(
        /IJkpunt/,
      );
      resource('LongString', resid(one(started, 'ov', 'Description')));
      resource('Url', resid(one(started, 'ov', 'LearnMoreUrl')));
      const functionFile = resource('Url', resid(one(host(), 'ov', 'FunctionFile')));
      expect(functionFile.getAttribute('DefaultValue')).toBe(`${DEV_URL}commands.html`);
    });

    test('puts an IJkpunt button on the Home tab that shows the task pane', () => {
      const point = one(host(), 'ov', 'ExtensionPoint');
      expect(xsiType(point)).toBe('PrimaryCommandSurface');
      const tab = one(point, 'ov', 'OfficeTab');
      expect(tab.getAttribute('id')).toBe('TabHome');
      const group = one(tab, 'ov', 'Group');
      const button = one(group, 'ov', 'Control');
      expect(xsiType(button)).toBe('Button');

      const label = resource('ShortString', resid(one(button, 'ov', 'Label')));
      expect(label.getAttribute('DefaultValue')).toBe('IJkpunt');
      const tip = one(one(button, 'ov', 'Supertip'), 'ov', 'Description');
      expect(resource('LongString', resid(tip)).getAttribute('DefaultValue')).toBe('Open het IJkpunt-taakvenster');

      const action = one(button, 'ov', 'Action');
      expect(xsiType(action)).toBe('ShowTaskpane');
      expect(one(action, 'ov', 'TaskpaneId').textContent).toBe('IJkpuntPane');
      const page = resource('Url', resid(one(action, 'ov', 'SourceLocation')));
      expect(page.getAttribute('DefaultValue')).toBe(`${DEV_URL}taskpane.html`);
    });

    test('every resid points at a resource of the right kind', () => {
      const kinds: Record<string, 'Url' | 'ShortString' | 'LongString'> = {
        Label: 'ShortString',
        Title: 'ShortString',
        Description: 'LongString',
        LearnMoreUrl: 'Url',
        FunctionFile: 'Url',
        SourceLocation: 'Url',
      };
      const referencing = Array.from(overridesEl.querySelectorAll('[resid]'));
      expect(referencing.length).toBeGreaterThan(0);
      for (const el of referencing) {
        const kind = el.namespaceURI === NS.bt && el.localName === 'Image' ? 'Image' : kinds[el.localName];
        if (!kind) throw new Error(`unexpected resid on <${el.localName}>`);
        expect(() => resource(kind, resid(el))).not.toThrow();
      }
    });

    test('every string resource has an en-US override', () => {
      const strings = [
        ...all(one(root, 'bt', 'ShortStrings'), 'bt', 'String'),
        ...all(one(root, 'bt', 'LongStrings'), 'bt', 'String'),
      ];
      expect(strings.length).toBeGreaterThan(0);
      for (const string of strings) {
        expect([string.getAttribute('id'), overrides(string, 'bt').get('en-US') ?? '']).toEqual([
          string.getAttribute('id'),
          expect.stringMatching(/\S/),
        ]);
      }
    });
  });

  test('every URL starts with the development prefix that the build replaces', () => {
    const urls: string[] = [];
    for (const el of Array.from(doc.getElementsByTagName('*'))) {
      for (const attr of Array.from(el.attributes)) {
        if (attr.name === 'xmlns' || attr.name.startsWith('xmlns:')) continue;
        if (/^[a-z][a-z0-9+.-]*:\/\//i.test(attr.value) || attr.value.includes('localhost')) urls.push(attr.value);
      }
      const own = Array.from(el.childNodes)
        .filter((node) => node.nodeType === node.TEXT_NODE)
        .map((node) => (node.textContent ?? '').trim())
        .join('');
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(own) || own.includes('localhost')) urls.push(own);
    }
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((url) => !url.startsWith(DEV_URL))).toEqual([]);
    // What webpack.config.js does for production: no other spelling of localhost may survive it.
    const production = text.split(DEV_URL).join('https://ijkpunt.example.nl/app/');
    expect(production).not.toMatch(/localhost|127\.0\.0\.1/);
  });

  test('every icon it names is a PNG in assets/ of the size its name says', () => {
    const named: { url: string; size: number }[] = [
      { url: base('IconUrl').getAttribute('DefaultValue') ?? '', size: 32 },
      { url: base('HighResolutionIconUrl').getAttribute('DefaultValue') ?? '', size: 64 },
    ];
    for (const image of all(one(root, 'bt', 'Images'), 'bt', 'Image')) {
      const match = /(\d+)x(\d+)/.exec(image.getAttribute('id') ?? '');
      if (!match?.[1] || match[1] !== match[2]) throw new Error(`image id without NxN: ${image.getAttribute('id')}`);
      named.push({ url: image.getAttribute('DefaultValue') ?? '', size: Number(match[1]) });
    }
    expect(named.length).toBeGreaterThanOrEqual(5);
    for (const { url, size } of named) {
      const icon = iconFile(url);
      expect([url, icon.size]).toEqual([url, size]);
      expect(existsSync(icon.file)).toBe(true);
      expect([url, pngSize(icon.file)]).toEqual([url, { width: size, height: size }]);
    }
    // Ribbon <Icon> entries: the size attribute matches the image they reference.
    const refs = all(base('VersionOverrides'), 'bt', 'Image').filter((el) => el.hasAttribute('resid'));
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      const url = resource('Image', resid(ref)).getAttribute('DefaultValue') ?? '';
      expect([resid(ref), Number(ref.getAttribute('size'))]).toEqual([resid(ref), iconFile(url).size]);
    }
  });

  test('ships all five icon sizes, including 128 px for the store listing', () => {
    for (const size of [16, 32, 64, 80, 128]) {
      expect(pngSize(join(ROOT, 'assets', `icon-${size}.png`))).toEqual({ width: size, height: size });
    }
  });

  test('office-addin-manifest reads it', () => {
    const pkgDir = join(ROOT, 'node_modules', 'office-addin-manifest');
    const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as {
      bin?: string | Record<string, string>;
    };
    const bin = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin?.['office-addin-manifest'];
    if (!bin) throw new Error('office-addin-manifest has no bin');
    const run = spawnSync(process.execPath, [join(pkgDir, bin), 'info', 'manifest.xml'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
    expect(run.stdout).toMatch(/Name: IJkpunt/);
    expect(run.stdout).toContain(`Id: ${ID}`);
  });
});
