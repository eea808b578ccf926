/**
 * Extraction of the code ranges an ICD-10-CM instructional note cites.
 *
 * The Tabular List writes them in many ways: "(E10.-)", "(E08-E13)", "(Z79.4)", "(K85-K86.-)",
 * "(F10.-F19.-)", "(S00.- to S09.-)", "(A00-R94 and T80-T88.6, T88.8)", lists with commas or
 * semicolons, and qualified ranges such as "(E08-E13 with .44)" or
 * "(T36-T50 with fifth or sixth character 5)". A few cite codes outside parentheses
 * ("any type in A15", "peritonitis K65.-").
 *
 * `extractCitedRanges` reads the text only. `resolveCitations` then checks the citations
 * against the codes of the classification: qualified ranges become the exact codes they mean
 * (compressed to the shortest prefixes), unparenthesised tokens that are not codes
 * ("vitamin B12") are dropped.
 */
import { compareCmCodes, compareWithBound, inRange } from "../ranges";
import type { CodeRange } from "../types";

export interface CitedRange {
  range: CodeRange;
  /** Text after the codes of a parenthesised group that narrows them, e.g. "with .44"; null if none. */
  qualifier: string | null;
  /** true when the code was written inside parentheses (the Tabular's way of citing). */
  parenthesised: boolean;
}

/** A letter and a digit then a letter or digit (E11, C7A), or two letters and a digit (QA0, new in FY2026). */
const CODE_TOKEN = /(?<![A-Za-z0-9])([A-Z](?:[0-9][0-9A-Z]|[A-Z][0-9]))(\.[0-9A-Z]{0,4})?(?![0-9A-Za-z])/g;
const PAREN_GROUP = /\(([^()]*)\)/g;
/** Between two codes: only dashes, dots, blanks and "to", with at least one dash or "to" = a range. */
const RANGE_GAP = /^[\s.-]*(?:-|\bto\b)[\s.-]*$/;
const QUALIFIER = /^[\s.,;-]*(with\b[\s\S]*)$/;

/** "E11.9" -> "E119", "E10.-" -> "E10", "K86.-" -> "K86". */
export function canonicalCmCode(written: string): string {
  return written.replace(/[.\s-]/g, "").toUpperCase();
}

/** true when `code` lies in `range` (bounds are prefixes), in the classification's order (lib/coding/ranges.ts). */
export { inRange } from "../ranges";

interface Token {
  code: string;
  start: number;
  end: number;
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(CODE_TOKEN)) {
    const start = m.index ?? 0;
    out.push({ code: canonicalCmCode(m[0]), start, end: start + m[0].length });
  }
  return out;
}

function citeGroup(text: string, parenthesised: boolean, out: CitedRange[]): void {
  const toks = tokens(text);
  if (toks.length === 0) return;
  const last = toks[toks.length - 1];
  const tail = last === undefined ? "" : text.slice(last.end);
  const q = parenthesised ? QUALIFIER.exec(tail) : null;
  const qualifier = q?.[1] !== undefined ? q[1].trim() : null;
  for (let i = 0; i < toks.length; i++) {
    const a = toks[i];
    if (a === undefined) continue;
    const b = toks[i + 1];
    if (b !== undefined && RANGE_GAP.test(text.slice(a.end, b.start))) {
      let to = b.code;
      // A range written backwards across letters is a typo in the second letter: the FY2023 text has "(T63.81-R63.83)".
      if (compareCmCodes(to, a.code) < 0 && compareCmCodes(a.code.charAt(0) + to.slice(1), a.code) >= 0) to = a.code.charAt(0) + to.slice(1);
      if (compareCmCodes(a.code, to) <= 0) out.push({ range: { from: a.code, to }, qualifier, parenthesised });
      else {
        out.push({ range: { from: a.code, to: a.code }, qualifier, parenthesised });
        out.push({ range: { from: b.code, to: b.code }, qualifier, parenthesised });
      }
      i++;
      continue;
    }
    out.push({ range: { from: a.code, to: a.code }, qualifier, parenthesised });
  }
}

/** Every code range a note's text cites, in text order (duplicates kept out). */
export function extractCitedRanges(text: string): CitedRange[] {
  const out: CitedRange[] = [];
  let outside = "";
  let pos = 0;
  for (const m of text.matchAll(PAREN_GROUP)) {
    const start = m.index ?? 0;
    outside += text.slice(pos, start) + " ";
    citeGroup(m[1] ?? "", true, out);
    pos = start + m[0].length;
  }
  outside += text.slice(pos);
  citeGroup(outside, false, out);
  const seen = new Set<string>();
  return out.filter((c) => {
    const key = `${c.range.from}-${c.range.to}|${c.qualifier ?? ""}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** true when the text has a code-looking token inside parentheses (the quality measure's denominator). */
export function hasParenthesisedCode(text: string): boolean {
  for (const m of text.matchAll(PAREN_GROUP)) {
    if (tokens(m[1] ?? "").length > 0) return true;
  }
  return false;
}

const ORDINALS: Record<string, number> = {
  fourth: 4,
  "4th": 4,
  fifth: 5,
  "5th": 5,
  sixth: 6,
  six: 6,
  "6th": 6,
  seventh: 7,
  "7th": 7,
};

type CodePredicate = (code: string) => boolean;

function parseCharValues(raw: string): Set<string> | null {
  const values = new Set<string>();
  const parts = raw
    .replace(/\.$/, "")
    .split(/,|\bor\b|\band\b/)
    .map((p) => p.trim().replace(/^\./, ""))
    .filter((p) => p.length > 0);
  if (parts.length === 0) return null;
  for (const p of parts) {
    const span = /^([0-9])\s*-\s*([0-9])$/.exec(p);
    if (span) {
      for (let d = Number(span[1]); d <= Number(span[2]); d++) values.add(String(d));
    } else if (/^[0-9A-Z]$/.test(p)) {
      values.add(p);
    } else {
      return null;
    }
  }
  return values;
}

/**
 * The codes a qualifier keeps. Understood forms:
 *  - "with .44", "with .62-", "with .151, .251, .951": those endings after each category of the range;
 *  - "with fifth or sixth character 5", "with 7th character B or C", "with sixth character 1-4",
 *    "with 5th character .6", "with fifth to sixth characters 51": characters at positions;
 *  - "with final characters -93": codes ending so.
 * Returns null for a qualifier it does not understand.
 */
export function parseQualifier(qualifier: string): CodePredicate | { suffixes: string[] } | null {
  const q = qualifier.replace(/^with\s+/i, "").trim();
  if (/^\.[0-9A-Z]/.test(q)) {
    const suffixes = q
      .split(/[\s,]+/)
      .map((s) => s.replace(/^\./, "").replace(/[.-]+$/, ""))
      .filter((s) => s.length > 0);
    if (suffixes.every((s) => /^[0-9A-Z]{1,4}$/.test(s))) return { suffixes };
    return null;
  }
  const final = /^final characters\s*-?\s*([0-9A-Z]{1,4})$/i.exec(q);
  if (final?.[1] !== undefined) {
    const end = final[1];
    return (code) => code.length > 3 && code.endsWith(end);
  }
  const span = /^(\w+)\s+to\s+(\w+)[\s-]+characters?\s+([0-9A-Z]+)$/i.exec(q);
  if (span) {
    const a = ORDINALS[(span[1] ?? "").toLowerCase()];
    const b = ORDINALS[(span[2] ?? "").toLowerCase()];
    const value = span[3] ?? "";
    if (a === undefined || b === undefined || b - a + 1 !== value.length) return null;
    return (code) => code.slice(a - 1, b) === value;
  }
  const pos = /^(\w+)(?:\s+or\s+(\w+))?[\s-]+characters?\s+(.+)$/i.exec(q);
  if (pos) {
    const first = ORDINALS[(pos[1] ?? "").toLowerCase()];
    const second = pos[2] === undefined ? undefined : ORDINALS[pos[2].toLowerCase()];
    if (first === undefined || (pos[2] !== undefined && second === undefined)) return null;
    const values = parseCharValues(pos[3] ?? "");
    if (values === null) return null;
    const positions = second === undefined ? [first] : [first, second];
    return (code) => positions.some((p) => values.has(code.charAt(p - 1)));
  }
  return null;
}

/** Keep the codes none of whose proper prefixes is also kept (a range covers its children). */
function compress(codes: string[]): CodeRange[] {
  const kept = new Set(codes);
  const out: CodeRange[] = [];
  for (const c of codes) {
    let covered = false;
    for (let len = 3; len < c.length; len++) {
      if (kept.has(c.slice(0, len))) {
        covered = true;
        break;
      }
    }
    if (!covered) out.push({ from: c, to: c });
  }
  return out;
}

function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareCmCodes(sorted[mid] ?? "", key) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The known codes in a range, from a list sorted in the classification's order (codeUniverse's). */
export function codesInRange(sorted: readonly string[], range: CodeRange): string[] {
  const out: string[] = [];
  for (let i = lowerBound(sorted, range.from); i < sorted.length; i++) {
    const c = sorted[i] ?? "";
    if (compareWithBound(c, range.to) > 0) break;
    if (inRange(c, range)) out.push(c);
  }
  return out;
}

/** The code universe citations are checked against: every code and every prefix of one. */
export interface CodeUniverse {
  sorted: readonly string[];
  has(code: string): boolean;
}

export function codeUniverse(codes: Iterable<string>): CodeUniverse {
  const all = new Set<string>();
  for (const c of codes) all.add(c);
  const sorted = [...all].sort(compareCmCodes);
  const prefixes = new Set<string>();
  for (const c of sorted) for (let len = 3; len <= c.length; len++) prefixes.add(c.slice(0, len));
  return { sorted, has: (code) => prefixes.has(code) };
}

export interface ResolveStats {
  /** Qualified citations turned into exact codes. */
  qualifiedExact: number;
  /** Qualified citations not understood, kept as their whole range (over-approximate). */
  qualifiedApproximate: number;
  /** Citations dropped because no known code lies in them (e.g. "vitamin B12"). */
  dropped: number;
}

export function emptyResolveStats(): ResolveStats {
  return { qualifiedExact: 0, qualifiedApproximate: 0, dropped: 0 };
}

/**
 * Turns citations into the refs of a note: qualified ranges into exact codes, unknown
 * tokens outside parentheses dropped. Parenthesised citations of codes the universe does not
 * hold are kept (they may name codes of another year), unless they are malformed.
 */
export function resolveCitations(cited: readonly CitedRange[], universe: CodeUniverse, stats: ResolveStats): CodeRange[] {
  const out: CodeRange[] = [];
  const seen = new Set<string>();
  const push = (r: CodeRange): void => {
    const key = `${r.from}-${r.to}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(r);
  };
  for (const c of cited) {
    const known = universe.has(c.range.from) || universe.has(c.range.to) || codesInRange(universe.sorted, c.range).length > 0;
    // Outside parentheses, or shaped like an abbreviation ("GH1"), a token must name a known code.
    if (!known && (!c.parenthesised || /^[A-Z]{2}/.test(c.range.from))) {
      stats.dropped++;
      continue;
    }
    if (c.qualifier === null) {
      push(c.range);
      continue;
    }
    const parsed = parseQualifier(c.qualifier);
    let exact: CodeRange[] | null = null;
    if (parsed !== null) {
      const inside = codesInRange(universe.sorted, c.range);
      if (typeof parsed === "function") {
        exact = compress(inside.filter(parsed));
      } else {
        const categories = [...new Set(inside.map((code) => code.slice(0, 3)))];
        const wanted: string[] = [];
        for (const cat of categories) {
          for (const s of parsed.suffixes) if (universe.has(cat + s)) wanted.push(cat + s);
        }
        exact = compress(wanted.sort());
      }
    }
    if (exact !== null && exact.length > 0) {
      stats.qualifiedExact++;
      for (const r of exact) push(r);
    } else {
      stats.qualifiedApproximate++;
      push(c.range);
    }
  }
  return out;
}
