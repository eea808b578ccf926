/**
 * CodeRange matching. Bounds are canonical prefixes: {from:"E08", to:"E13"} holds E08 through E13
 * and everything under them; {from:"N181", to:"N186"} holds N18.1 through N18.6 and their children.
 */
import type { CodeRange } from "./types";

/** Compares the first `n` characters of `code` with `bound` (a prefix), without allocating. */
function comparePrefix(code: string, bound: string): number {
  const n = bound.length;
  for (let i = 0; i < n; i++) {
    if (i >= code.length) return -1;
    const d = code.charCodeAt(i) - bound.charCodeAt(i);
    if (d !== 0) return d;
  }
  return 0;
}

/** true when `code` (canonical) lies in `range`. */
export function inRange(code: string, range: CodeRange): boolean {
  return comparePrefix(code, range.from) >= 0 && comparePrefix(code, range.to) <= 0;
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
