/**
 * The order of ICD-10-CM codes, and CodeRange matching in that order. Bounds are canonical prefixes:
 * {from:"E08", to:"E13"} holds E08 through E13 and everything under them; {from:"N181", to:"N186"}
 * holds N18.1 through N18.6 and their children.
 *
 * The classification does not sort as plain strings. A few categories with a letter in third place
 * sit beside the category they belong with: C4A (Merkel cell carcinoma) between C43 and C44, C7A and
 * C7B between C75 and C76, D3A between D36 and D37, J4A between J44 and J45, M1A between M08 and M10,
 * Z3A between Z36 and Z37; and chapter 22 (U00–U85) comes after Z99. Other letters (I1A, I5A, O9A,
 * and QA0, with its letter in second place, new in FY2026) already sort where the classification has
 * them. Every range test in the core (notes, sections, chapters, importers) goes through this order;
 * a test checks it against every category of the official order file and every section of the
 * Tabular List. Below the category, codes compare as strings: the order file lists a few letter
 * subcategories before the digit ones (C96.A and C96.Z before C96.9), which no table here models.
 */
import type { CodeRange } from "./types";

/** Categories placed right after another one (not where their string order would put them), in order. */
const PLACED_AFTER: Readonly<Record<string, string>> = {
  C4A: "C43",
  C7A: "C75",
  C7B: "C7A",
  D3A: "D36",
  J4A: "J44",
  M1A: "M08",
  Z3A: "Z36",
};

const U = 85;

/**
 * Every category has a 5-character key: a chapter-order character ("1" for chapter 22, the U codes,
 * which come last; "0" otherwise), the category it sorts with, and its rank after that category
 * ("0" for the category itself, "1", "2" … for those placed after it). All category keys have the
 * same length, so none is a prefix of another: C4A ("0C431") is not under C43 ("0C430").
 */
function categoryKey(category: string): string {
  let base = category;
  let rank = 0;
  for (let anchor = PLACED_AFTER[base]; anchor !== undefined; anchor = PLACED_AFTER[base]) {
    base = anchor;
    rank++;
  }
  return `${category.charCodeAt(0) === U ? "1" : "0"}${base}${rank}`;
}

const CATEGORY_KEYS: ReadonlyMap<string, string> = new Map(Object.keys(PLACED_AFTER).map((c) => [c, categoryKey(c)]));

/** A bit per letter A–Z: set for U and for the first letters of the displaced categories (C, D, J, M, Z). */
const DISPLACED_LETTERS = [...CATEGORY_KEYS.keys(), "U"].reduce((bits, c) => bits | (1 << (c.charCodeAt(0) - 65)), 0);

/** true when the code (or bound) does not sort as its plain string (checked without allocating). */
function displaced(code: string): boolean {
  const c0 = code.charCodeAt(0) - 65;
  if (!(c0 >= 0 && c0 < 26) || ((DISPLACED_LETTERS >> c0) & 1) === 0) return false;
  if (c0 === U - 65) return true;
  const c2 = code.charCodeAt(2);
  if (c2 < 65 || c2 > 90) return false;
  return CATEGORY_KEYS.has(code.length === 3 ? code : code.slice(0, 3));
}

/**
 * A string that sorts codes (and code prefixes) in the classification's order: "0C430" + "9" for
 * C43.9, "0C431" + "9" for C4A.9, "1U070" + "1" for U07.1. A code's key starts with the key of each
 * of its prefixes of three characters or more, and with no other category's key. Codes that are not
 * displaced compare the same way as plain strings (the range functions compare those directly).
 */
export function cmOrderKey(code: string): string {
  const lead = code.charCodeAt(0) === U ? "1" : "0";
  if (code.length < 3) return lead + code;
  const category = code.length === 3 ? code : code.slice(0, 3);
  return (CATEGORY_KEYS.get(category) ?? `${lead}${category}0`) + code.slice(3);
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Compares two canonical ICD-10-CM codes in the classification's order (C43 < C4A < C44 < C45). */
export function compareCmCodes(a: string, b: string): number {
  if (!displaced(a) && !displaced(b)) return compareStrings(a, b);
  return compareStrings(cmOrderKey(a), cmOrderKey(b));
}

/** Compares the first `bound.length` characters of `code` with `bound` (a prefix), without allocating. */
function comparePrefix(code: string, bound: string): number {
  const n = bound.length;
  for (let i = 0; i < n; i++) {
    if (i >= code.length) return -1;
    const d = code.charCodeAt(i) - bound.charCodeAt(i);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Compares `code` with a range bound (a prefix) in the classification's order: 0 when the code
 * starts with the bound, negative before it, positive after it and everything under it.
 */
export function compareWithBound(code: string, bound: string): number {
  if (!displaced(code) && !displaced(bound)) return comparePrefix(code, bound);
  return comparePrefix(cmOrderKey(code), cmOrderKey(bound));
}

/** true when `code` (canonical) lies in `range`, in the classification's order. */
export function inRange(code: string, range: CodeRange): boolean {
  const c0 = code.charCodeAt(0);
  const f0 = range.from.charCodeAt(0);
  const t0 = range.to.charCodeAt(0);
  // Another first letter than both bounds' (and no U, which moves past Z): the letters decide.
  if (c0 !== f0 && c0 !== t0 && c0 !== U && f0 !== U && t0 !== U && range.from.length !== 0 && range.to.length !== 0) return f0 < c0 && c0 < t0;
  if (!displaced(code) && !displaced(range.from) && !displaced(range.to)) {
    return comparePrefix(code, range.from) >= 0 && comparePrefix(code, range.to) <= 0;
  }
  const key = cmOrderKey(code);
  return comparePrefix(key, cmOrderKey(range.from)) >= 0 && comparePrefix(key, cmOrderKey(range.to)) <= 0;
}

/** true when `code` lies in any of `ranges`. */
export function inAnyRange(code: string, ranges: readonly CodeRange[]): boolean {
  for (const r of ranges) if (inRange(code, r)) return true;
  return false;
}

/** "E08-E13", "E11.-", "N18.1-N18.6": a range written the way the Tabular List writes it. */
export function formatRange(range: CodeRange): string {
  const show = (c: string): string => (c.length > 3 ? `${c.slice(0, 3)}.${c.slice(3)}` : c);
  if (range.from === range.to) return show(range.from);
  return `${show(range.from)}-${show(range.to)}`;
}
