/**
 * Canonical and display forms of codes.
 *
 * Canonical: upper case, no dot, no blanks ("e11.9 " -> "E119"). Every set and rule works on it.
 * Display: what people read and type; ICD-10-CM gets its dot back after the third character ("E11.9").
 */
import type { CodeSystem } from "./types";

/** A code as typed, read once: its canonical form and where the dot was. */
export interface CodeInput {
  canonical: string;
  /** Number of canonical characters before the (first) dot, or -1 when there was no dot. */
  dotAt: number;
  /** More than one dot was typed. */
  extraDots: boolean;
}

function isCanonicalChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
}

/** true when the string is already canonical: only digits and upper-case letters. */
export function isCanonical(code: string): boolean {
  for (let i = 0; i < code.length; i++) {
    if (!isCanonicalChar(code.charCodeAt(i))) return false;
  }
  return true;
}

/**
 * The canonical form of a typed code: upper case, dots and white space removed.
 * Other characters are kept (upper-cased) so that the format rules can name them.
 */
export function canonicalize(code: string): string {
  return readCode(code).canonical;
}

/** Reads a typed code, remembering the dot position for the ICD-10-CM format rule. */
export function readCode(code: string): CodeInput {
  // Fast path: canonical characters with at most one dot ("E11.9", "0DTJ4ZZ").
  let dot = -1;
  let simple = true;
  for (let i = 0; i < code.length; i++) {
    const c = code.charCodeAt(i);
    if (isCanonicalChar(c)) continue;
    if (c === 46 && dot === -1) {
      dot = i;
      continue;
    }
    simple = false;
    break;
  }
  if (simple) {
    if (dot === -1) return { canonical: code, dotAt: -1, extraDots: false };
    return { canonical: code.slice(0, dot) + code.slice(dot + 1), dotAt: dot, extraDots: false };
  }
  const upper = code.toUpperCase();
  let out = "";
  let dotAt = -1;
  let extraDots = false;
  for (let i = 0; i < upper.length; i++) {
    const c = upper.charCodeAt(i);
    if (c === 46) {
      if (dotAt === -1) dotAt = out.length;
      else extraDots = true;
      continue;
    }
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 160) continue;
    out += upper[i] ?? "";
  }
  return { canonical: out, dotAt, extraDots };
}

/** The form people read: ICD-10-CM "E119" -> "E11.9"; every other system unchanged. */
export function displayCode(canonical: string, system: CodeSystem | undefined): string {
  if (system === "icd10cm" && canonical.length > 3) return `${canonical.slice(0, 3)}.${canonical.slice(3)}`;
  return canonical;
}

/** Canonical modifier: trimmed, upper case. */
export function canonicalModifier(modifier: string): string {
  const t = modifier.trim();
  return isCanonical(t) ? t : t.toUpperCase();
}
