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
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&');
}

/** The value of attribute `name` in a start tag, unescaped; null when absent. */
export function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name.replace(':', '\\:')}="([^"]*)"`).exec(tag);
  return match?.[1] === undefined ? null : unescapeXml(match[1]);
}

/** The start tag with attribute `name` set to `value` (added when absent). */
export function withAttribute(tag: string, name: string, value: string): string {
  const pattern = new RegExp(`\\s${name}="[^"]*"`);
  const pair = ` ${name}="${escapeXml(value)}"`;
  if (pattern.test(tag)) return tag.replace(pattern, pair);
  return tag.replace(/\s*(\/?)>$/, `${pair}$1>`);
}

export function withoutAttribute(tag: string, name: string): string {
  return tag.replace(new RegExp(`\\s${name}="[^"]*"`), '');
}

/** Every element `name` (with its content) in `xml`, with where it starts and ends. */
export function elements(xml: string, name: string): { start: number; end: number; text: string }[] {
  const found: { start: number; end: number; text: string }[] = [];
  const pattern = new RegExp(`<${name}(?=[\\s/>])[^>]*?(?:/>|>[\\s\\S]*?</${name}>)`, 'g');
  for (let m = pattern.exec(xml); m; m = pattern.exec(xml)) {
    found.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
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
 * Appends `items` to the collection element `name` (e.g. <fonts count="2">…</fonts>), creating
 * it before the first of `followers` when absent. Returns the new xml and the index of the
 * first appended item.
 */
export function appendToCollection(
  xml: string,
  name: string,
  items: readonly string[],
  followers: readonly string[],
  fallback: string,
): { xml: string; first: number } {
  const found = elements(xml, name)[0];
  if (!found) {
    const block = `<${name} count="${items.length}">${items.join('')}</${name}>`;
    return { xml: insertBefore(xml, block, followers, fallback), first: 0 };
  }
  const open = /^<[^>]*?\/?>/.exec(found.text)?.[0] ?? '';
  const selfClosed = open.endsWith('/>');
  const inner = selfClosed ? '' : found.text.slice(open.length, found.text.length - `</${name}>`.length);
  const childName = items[0] ? (/^<([A-Za-z:]+)/.exec(items[0])?.[1] ?? '') : '';
  const existing = childName ? elements(inner, childName).length : 0;
  const startTag = withAttribute(
    selfClosed ? open.replace(/\s*\/>$/, '>') : open,
    'count',
    String(existing + items.length),
  );
  const text = `${startTag}${inner}${items.join('')}</${name}>`;
  return { xml: xml.slice(0, found.start) + text + xml.slice(found.end), first: existing };
}
