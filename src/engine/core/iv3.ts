// Recognising Iv3 taakveld codes in cluster labels. The national list (iv3-data.ts) is the
// 2017-2024 one; newer, finer codes are rolled up to the code they were split from, so a
// benchmark on the old list and a workbook on the new one still meet on the same code.

import { IV3_FIELDS } from './iv3-data';

export { IV3_FIELDS };

export interface Iv3Field {
  readonly code: string;
  readonly name: string;
  readonly mainTask: string;
}

export interface Iv3Match {
  /** The national code it rolls up to, e.g. '6.71'. */
  readonly code: string;
  /** As written in the label, e.g. '6.71a' (or '0,4' when typed with a comma). */
  readonly written: string;
  readonly field: Iv3Field;
  /** The label without the code and its separator, trimmed, e.g. 'Maatwerkdienstverlening 18+'. */
  readonly rest: string;
}

const FIELDS_BY_CODE: ReadonlyMap<string, Iv3Field> = new Map(IV3_FIELDS.map((field) => [field.code, field]));

/**
 * Official sub-codes whose parent is not found by dropping a letter: 6.73a-c and 6.74a-c
 * (carved out of 6.72 in 2023, next to 6.72a-d) and the 2025 three-digit codes. Listed one
 * by one because cutting digits off is not safe in general: '0.12' is not part of '0.1'.
 * 6.91/6.92 (coördinatie en beleid Wmo/Jeugd, from 2025) are left out on purpose: they
 * were carved out of several old taakvelden, so no single parent is right.
 */
const SUB_CODE_PARENTS: ReadonlyMap<string, string> = childToParent({
  // 2025: toegang Wmo / Jeugd / integraal.
  '6.2': ['6.21', '6.22', '6.23'],
  // 2025: hulpmiddelen en diensten Wmo.
  '6.6': ['6.60'],
  // 2025: huishoudelijke hulp, begeleiding, dagbesteding, overig Wmo; pgb Wmo.
  '6.71': ['6.711', '6.712', '6.713', '6.714', '6.791'],
  // 2023: pleegzorg/gezinsgericht/verblijf (6.73a-c), GGZ/crisis/gesloten (6.74a-c);
  // 2025: jeugdhulp ambulant (6.75x) and met verblijf (6.76x); pgb Jeugd.
  '6.72': [
    '6.73a',
    '6.73b',
    '6.73c',
    '6.74a',
    '6.74b',
    '6.74c',
    '6.751',
    '6.752',
    '6.753',
    '6.761',
    '6.762',
    '6.763',
    '6.792',
  ],
  // 2025: beschermd wonen; maatschappelijke opvang.
  '6.81': ['6.811', '6.812'],
  // 2025: jeugdbescherming; jeugdreclassering.
  '6.82': ['6.821', '6.822'],
});

/**
 * Start of a label: optional "Taakveld"/"Tv", then main and sub number (dot or comma),
 * an optional letter, and then a real boundary, so that "1.234,56" or "3,69%" are not codes.
 */
const LABEL_CODE =
  /^\s*(?:(?:taakveld|tv)\.?\s*:?\s*)?(\d{1,2}[.,]\d{1,3}[a-z]?)(?=$|\s|[:\-\u2013\u2014]|\.(?:\s|$))/i;

/** What may sit between the code and the name: "0.4 - Overhead", "0.4: Overhead", "0.4. Overhead". */
const SEPARATOR = /^\s*[:\-\u2013\u2014.]?\s*/;

/** The code a label starts with, or null when it starts with no known (or roll-up-able) Iv3 code. */
export function findIv3Code(label: string): Iv3Match | null {
  const match = LABEL_CODE.exec(label);
  const written = match?.[1];
  if (match === null || written === undefined) return null;
  const resolved = resolveCode(written);
  if (resolved === null) return null;
  const rest = label.slice(match[0].length).replace(SEPARATOR, '').trim();
  return { code: resolved.code, written, field: resolved, rest };
}

/** The national taakveld for a code ('6.4', '0,4', '6.71a', '6.711'), or null when unknown. */
export function iv3Field(code: string): Iv3Field | null {
  return resolveCode(code.trim());
}

function resolveCode(written: string): Iv3Field | null {
  const code = written.replace(',', '.').toLowerCase();
  return FIELDS_BY_CODE.get(code) ?? rollUp(code);
}

function rollUp(code: string): Iv3Field | null {
  const parent = SUB_CODE_PARENTS.get(code);
  if (parent !== undefined) return FIELDS_BY_CODE.get(parent) ?? null;
  // A letter marks a part of the code before it: the official 6.71a-d style, and the
  // "0.4a"/"0.4b" that municipalities use to split a taakveld in their own administration.
  const base = /^(\d{1,2}\.\d{1,3})[a-z]$/.exec(code)?.[1];
  if (base === undefined) return null;
  const baseParent = SUB_CODE_PARENTS.get(base) ?? base;
  return FIELDS_BY_CODE.get(baseParent) ?? null;
}

function childToParent(parents: Readonly<Record<string, readonly string[]>>): ReadonlyMap<string, string> {
  return new Map(
    Object.entries(parents).flatMap(([parent, children]) => children.map((child): [string, string] => [child, parent])),
  );
}
