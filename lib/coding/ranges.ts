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
 * Tabular List.
 */
import type { CodeRange } from "./types";

/** Categories placed right after another one (not where their string order would put them). */
const PLACED_AFTER: Readonly<Record<string, string>> = {
  C4A: "C43",
  C7A: "C75",
  C7B: "C7A",
  D3A: "D36",
  J4A: "J44",
  M1A: "M08",
  Z3A: "Z36",
};

/** Sorts after every code character ([0-9A-Z]). */
const AFTER = "~";
const U = 85;

function categoryKey(category: string): string {
  const anchor = PLACED_AFTER[category];
  return anchor === undefined ? category : categoryKey(anchor) + AFTER;
}

const CATEGORY_KEYS: ReadonlyMap<string, string> = new Map(Object.keys(PLACED_AFTER).map((c) => [c, categoryKey(c)]));

/** true when the code (or bound) does not sort as its plain string (checked without allocating). */
function displaced(code: string): boolean {
  if (code.charCodeAt(0) === U) return true;
  const c2 = code.charCodeAt(2);
  if (c2 < 65 || c2 > 90) return false;
  return CATEGORY_KEYS.has(code.length === 3 ? code : code.slice(0, 3));
}

/**
 * A string that sorts codes (and code prefixes) in the classification's order: the code itself for
 * almost every code; a key such as "C43~9" for C4A9 or "Z~U071" for U07.1. A code's key starts with
 * the key of each of its prefixes of three characters or more.
 */
export function cmOrderKey(code: string): string {
  if (code.length === 0) return code;
  if (code.charCodeAt(0) === U) return `Z${AFTER}${code}`;
  if (code.length < 3) return code;
  const key = CATEGORY_KEYS.get(code.length === 3 ? code : code.slice(0, 3));
  return key === undefined ? code : key + code.slice(3);
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

/** true when `code` (canonical) lies in `range`, in the classification's order. */
export function inRange(code: string, range: CodeRange): boolean {
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
