/**
 * The shape of a code in each system, checked without regular expressions (these run on every code).
 *
 * - ICD-10-CM: 3 to 7 characters: a letter, a digit, a letter or digit, then letters or digits
 *   (since FY2026 also a letter, a letter and a digit: QA0); the dot, when typed, goes after the third character.
 * - ICD-10-PCS: exactly 7 characters of the PCS alphabet: digits and the letters A–Z except I and O.
 * - CPT: Category I = 5 digits; Category II = 4 digits + F; Category III = 4 digits + T; PLA = 4 digits + U.
 * - HCPCS Level II: a letter A–V then 4 digits.
 * - Modifiers: 2 letters or digits.
 *
 * Each check returns null when the shape is right, or a sentence saying what is wrong.
 */
import type { CodeInput } from "./normalize";
import type { CodeSystem, CptCategory } from "./types";

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLetter = (c: number): boolean => c >= 65 && c <= 90;
const isAlnum = (c: number): boolean => isDigit(c) || isLetter(c);
/** PCS alphabet: 0-9 and A-Z without I (73) and O (79). */
export const isPcsChar = (c: number): boolean => isDigit(c) || (isLetter(c) && c !== 73 && c !== 79);
/** Letters that open a PCS section (0-9 are the others): imaging, nuclear medicine, radiation, rehab, mental health, substance abuse, new technology. */
const PCS_LETTER_SECTIONS = "BCDFGHX";

function describeChar(ch: string): string {
  if (ch === " ") return "a blank";
  return `"${ch}"`;
}

/** ICD-10-CM shape. */
export function checkIcd10CmFormat(input: CodeInput): string | null {
  const code = input.canonical;
  const n = code.length;
  if (n === 0) return "The code is empty.";
  if (input.extraDots) return `${code} was typed with more than one dot: an ICD-10-CM code has one dot, after the third character (E11.9).`;
  for (let i = 0; i < n; i++) {
    if (!isAlnum(code.charCodeAt(i))) {
      return `${describeChar(code[i] ?? "")} is not allowed in an ICD-10-CM code: only letters and digits, with an optional dot after the third character.`;
    }
  }
  if (n < 3) return `${code} is too short: an ICD-10-CM code has 3 to 7 characters (a letter, a digit, then letters or digits), such as I10 or E11.9.`;
  if (n > 7) return `${code} is too long: an ICD-10-CM code has at most 7 characters, such as S72.001A.`;
  if (!isLetter(code.charCodeAt(0))) return `${code} does not start with a letter: every ICD-10-CM code starts with a letter (A–Z), such as E11.9.`;
  if (!isDigit(code.charCodeAt(1)) && !(isLetter(code.charCodeAt(1)) && isDigit(code.charCodeAt(2)))) {
    return `The second character of an ICD-10-CM code is a digit (only a few categories, such as QA0, have a letter there followed by a digit); ${code} has "${code[1] ?? ""}${code[2] ?? ""}".`;
  }
  if (input.dotAt !== -1 && input.dotAt !== 3) {
    return `The dot goes after the third character of an ICD-10-CM code: ${code.slice(0, 3)}${n > 3 ? "." + code.slice(3) : ""}, not where it was typed.`;
  }
  return null;
}

/** true when the canonical string has the ICD-10-CM shape (no message). */
export function isIcd10CmShape(code: string): boolean {
  const n = code.length;
  if (n < 3 || n > 7) return false;
  if (!isLetter(code.charCodeAt(0))) return false;
  const c1 = code.charCodeAt(1);
  if (!isDigit(c1) && !(isLetter(c1) && isDigit(code.charCodeAt(2)))) return false;
  for (let i = 2; i < n; i++) if (!isAlnum(code.charCodeAt(i))) return false;
  return true;
}

/** ICD-10-PCS shape. */
export function checkPcsFormat(code: string): string | null {
  const n = code.length;
  if (n === 0) return "The code is empty.";
  for (let i = 0; i < n; i++) {
    const c = code.charCodeAt(i);
    if (!isPcsChar(c)) {
      if (c === 73 || c === 79) {
        return `Character ${i + 1} of ${code} is the letter ${code[i] ?? ""}: ICD-10-PCS never uses the letters I and O, so they cannot be confused with the digits 1 and 0.`;
      }
      return `${describeChar(code[i] ?? "")} (character ${i + 1}) is not allowed in an ICD-10-PCS code: only digits and the letters A–H, J–N, P–Z.`;
    }
  }
  if (n !== 7) {
    return `${code} has ${n} character${n === 1 ? "" : "s"}: every ICD-10-PCS code has exactly 7 (section, body system, root operation, body part, approach, device, qualifier), such as 0DTJ4ZZ.`;
  }
  return null;
}

/** Three PCS characters: the shape of a PCS table ("0DT"), which the PCS rules explain. */
export function isPcsTableShape(code: string): boolean {
  return code.length === 3 && isPcsChar(code.charCodeAt(0)) && isPcsChar(code.charCodeAt(1)) && isPcsChar(code.charCodeAt(2));
}

export function isPcsShape(code: string): boolean {
  if (code.length !== 7) return false;
  for (let i = 0; i < 7; i++) if (!isPcsChar(code.charCodeAt(i))) return false;
  return true;
}

/** The CPT category a code's shape says, or undefined when it is not a CPT shape. */
export function cptCategoryOf(code: string): CptCategory | undefined {
  if (code.length !== 5) return undefined;
  for (let i = 0; i < 4; i++) if (!isDigit(code.charCodeAt(i))) return undefined;
  const last = code.charCodeAt(4);
  if (isDigit(last)) return "I";
  if (last === 70) return "II"; // F
  if (last === 84) return "III"; // T
  if (last === 85) return "PLA"; // U
  return undefined;
}

/** CPT shape. */
export function checkCptFormat(code: string): string | null {
  if (cptCategoryOf(code) !== undefined) return null;
  if (code.length === 0) return "The code is empty.";
  return `${code} is not a CPT code: CPT Category I codes are 5 digits (99213); Category II are 4 digits and F (3074F); Category III are 4 digits and T (0071T); PLA codes are 4 digits and U (0001U).`;
}

/** HCPCS Level II shape: a letter A–V and four digits. */
export function isHcpcsShape(code: string): boolean {
  if (code.length !== 5) return false;
  const c0 = code.charCodeAt(0);
  if (c0 < 65 || c0 > 86) return false;
  for (let i = 1; i < 5; i++) if (!isDigit(code.charCodeAt(i))) return false;
  return true;
}

export function checkHcpcsFormat(code: string): string | null {
  if (isHcpcsShape(code)) return null;
  if (code.length === 0) return "The code is empty.";
  return `${code} is not a HCPCS Level II code: those are one letter from A to V followed by 4 digits, such as J1100 or G0008.`;
}

/** Modifier shape: two letters or digits. */
export function checkModifierFormat(modifier: string): string | null {
  if (modifier.length === 2 && isAlnum(modifier.charCodeAt(0)) && isAlnum(modifier.charCodeAt(1))) return null;
  if (modifier.length === 0) return "An empty modifier was given: remove it.";
  return `"${modifier}" is not a modifier: modifiers are 2 letters or digits, such as 25, 59, LT or XS.`;
}

/**
 * Systems whose shape the code has, most likely first. A typed dot means ICD-10-CM only.
 * Letter + 4 digits fits both HCPCS and ICD-10-CM (J1100 vs J11.00): for a procedure line it is
 * HCPCS; on its own both are returned, ICD-10-CM first. The arrays are shared: do not change them.
 */
export function shapeSystems(input: CodeInput, procedure: boolean): readonly CodeSystem[] {
  const code = input.canonical;
  if (input.dotAt !== -1) return isIcd10CmShape(code) ? ONLY_CM : NONE;
  if (code.length === 0) return NONE;
  const c0 = code.charCodeAt(0);
  if (isDigit(c0)) {
    if (cptCategoryOf(code) !== undefined) return ONLY_CPT;
    if (isPcsShape(code) || isPcsTableShape(code)) return ONLY_PCS;
    return NONE;
  }
  const hcpcs = isHcpcsShape(code);
  const cmShape = isIcd10CmShape(code);
  const pcsFull = isPcsShape(code) && PCS_LETTER_SECTIONS.includes(code[0] ?? "");
  const pcsTable = isPcsTableShape(code) && PCS_LETTER_SECTIONS.includes(code[0] ?? "");
  if (hcpcs) return procedure ? ONLY_HCPCS : cmShape ? CM_THEN_HCPCS : ONLY_HCPCS;
  if (procedure) {
    if (pcsFull || pcsTable) return ONLY_PCS;
    return cmShape ? ONLY_CM : NONE;
  }
  if (cmShape) return pcsFull ? CM_THEN_PCS : ONLY_CM;
  return pcsFull || pcsTable ? ONLY_PCS : NONE;
}

const NONE: readonly CodeSystem[] = [];
const ONLY_CM: readonly CodeSystem[] = ["icd10cm"];
const ONLY_PCS: readonly CodeSystem[] = ["icd10pcs"];
const ONLY_CPT: readonly CodeSystem[] = ["cpt"];
const ONLY_HCPCS: readonly CodeSystem[] = ["hcpcs"];
const CM_THEN_HCPCS: readonly CodeSystem[] = ["icd10cm", "hcpcs"];
const CM_THEN_PCS: readonly CodeSystem[] = ["icd10cm", "icd10pcs"];

/** The best guess of what a malformed code was meant to be, to explain the problem in that system's terms. */
export function guessSystem(input: CodeInput, procedure: boolean): CodeSystem {
  const code = input.canonical;
  if (input.dotAt !== -1) return "icd10cm";
  const c0 = code.charCodeAt(0);
  if (isDigit(c0)) return code.length <= 5 ? "cpt" : "icd10pcs";
  if (procedure) return code.length === 7 ? "icd10pcs" : "hcpcs";
  return "icd10cm";
}
