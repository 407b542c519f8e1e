// Small helpers for editing SpreadsheetML as text: the writer changes a few elements of a
// package and keeps every other byte as the user's file had it.

// eslint-disable-next-line no-control-regex -- XML 1.0 forbids these characters, even escaped
const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
// eslint-disable-next-line no-control-regex -- XML 1.0 forbids these characters, even escaped
const TO_ESCAPE = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;

export function escapeXml(text: string): string {
  // Most cell texts need nothing; formulas need a few quotes: one pass either way.
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(TO_ESCAPE, (ch) => ESCAPES[ch] ?? '');
}

const TEXT_NEEDS_ESCAPE = /[&<>\u0000-\u0008\u000B\u000C\u000E-\u001F]/; // eslint-disable-line no-control-regex

/** For element content, where quotes need no escaping (formulas are full of them). */
export function escapeText(text: string): string {
  return TEXT_NEEDS_ESCAPE.test(text) ? escapeXml(text) : text;
}

export function unescapeXml(text: string): string {
  // Most texts hold no entity at all: tens of thousands of cells are read.
  if (!text.includes('&')) return text;
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&');
}

const attributePatterns = new Map<string, RegExp>();

/** The value of attribute `name` in a start tag, unescaped; null when absent. */
export function attribute(tag: string, name: string): string | null {
  let pattern = attributePatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`\\s${name.replace(':', '\\:')}="([^"]*)"`);
    attributePatterns.set(name, pattern);
  }
  const match = pattern.exec(tag);
  return match?.[1] === undefined ? null : unescapeXml(match[1]);
}

/** The start tag with attribute `name` set to `value` (added when absent). */
export function withAttribute(tag: string, name: string, value: string): string {
  const pattern = new RegExp(`\\s${name}="[^"]*"`);
  const pair = ` ${name}="${escapeXml(value)}"`;
  if (pattern.test(tag)) return tag.replace(pattern, pair);
  return tag.replace(/\s*(\/?)>$/, `${pair}$1>`);
}

/** Thrown for an element that opens and never closes: the part is damaged. */
export class UnclosedElement extends Error {}

function isNameEnd(ch: string): boolean {
  return ch === ' ' || ch === '>' || ch === '/' || ch === '\t' || ch === '\n' || ch === '\r';
}

/**
 * Every element `name` (with its content) in `xml`, with where it starts and ends. One pass
 * with indexOf, so 100 000 unclosed elements cost no more than closed ones: an element that
 * never closes throws UnclosedElement instead of being skipped.
 */
export function elements(xml: string, name: string): { start: number; end: number; text: string }[] {
  const found: { start: number; end: number; text: string }[] = [];
  const open = `<${name}`;
  const close = `</${name}>`;
  for (let at = xml.indexOf(open); at >= 0;) {
    if (!isNameEnd(xml.charAt(at + open.length))) {
      at = xml.indexOf(open, at + open.length);
      continue;
    }
    const tagEnd = xml.indexOf('>', at);
    if (tagEnd < 0) throw new UnclosedElement(name);
    let end = tagEnd + 1;
    if (xml.charAt(tagEnd - 1) !== '/') {
      const closeAt = xml.indexOf(close, tagEnd);
      if (closeAt < 0) throw new UnclosedElement(name);
      end = closeAt + close.length;
    }
    found.push({ start: at, end, text: xml.slice(at, end) });
    at = xml.indexOf(open, end);
  }
  return found;
}

/** Puts `insert` before the first of `followers` found in `xml`, else before `fallback`. */
export function insertBefore(xml: string, insert: string, followers: readonly string[], fallback: string): string {
  // One scan for the first follower: a worksheet can be megabytes long.
  const m = new RegExp(`<(?:${followers.join('|')})(?=[\\s/>])`).exec(xml);
  const at = m ? m.index : xml.lastIndexOf(fallback);
  if (at < 0) throw new Error(`xlsx: no place for ${insert.slice(0, 30)}`);
  return xml.slice(0, at) + insert + xml.slice(at);
}

/**
 * Adds `items` to the collection element `name` (e.g. <fonts count="2">…</fonts>), creating it
 * before the first of `followers` when absent. An item the collection already holds, character
 * for character, is not added again: a re-run finds IJkpunt's own styles of the run before.
 * Returns the new xml and each item's index in the collection.
 */
export function addToCollection(
  xml: string,
  name: string,
  items: readonly string[],
  followers: readonly string[],
  fallback: string,
): { xml: string; indices: number[] } {
  const found = elements(xml, name)[0];
  if (!found) {
    const unique = [...new Set(items)];
    const block = `<${name} count="${unique.length}">${unique.join('')}</${name}>`;
    return { xml: insertBefore(xml, block, followers, fallback), indices: items.map((item) => unique.indexOf(item)) };
  }
  const open = /^<[^>]*?\/?>/.exec(found.text)?.[0] ?? '';
  const selfClosed = open.endsWith('/>');
  const inner = selfClosed ? '' : found.text.slice(open.length, found.text.length - `</${name}>`.length);
  const childName = items[0] ? (/^<([A-Za-z:]+)/.exec(items[0])?.[1] ?? '') : '';
  const existing = childName ? elements(inner, childName).map((child) => child.text) : [];
  const all = [...existing];
  const indices = items.map((item) => {
    const at = all.indexOf(item);
    if (at >= 0) return at;
    all.push(item);
    return all.length - 1;
  });
  const added = all.slice(existing.length);
  if (added.length === 0) return { xml, indices };
  const startTag = withAttribute(selfClosed ? open.replace(/\s*\/>$/, '>') : open, 'count', String(all.length));
  const text = `${startTag}${inner}${added.join('')}</${name}>`;
  return { xml: xml.slice(0, found.start) + text + xml.slice(found.end), indices };
}
