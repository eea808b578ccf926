/**
 * Which codes Codecert's own content cites: the lessons (content/lessons/**\/*.md) and the question
 * bank (content/questions/**\/*.yaml). coverage.test.ts uses it to check that the teaching set knows
 * every one of them. Pure functions on text and parsed values; the caller reads the files.
 *
 * The rules, chosen so that words, vertebrae, dates and ranges are not taken for codes:
 * - ICD-10-CM with its dot, anywhere ("E11.9", "S72.001A", "Z3A.39"): a letter, a digit, a letter or
 *   digit, a dot, then 1 to 4 upper-case letters or digits, with no letter, digit or dot touching either
 *   end. Patterns with a lower-case placeholder ("R65.2x") and guideline numbers ("I.C.1.c", "B3.11a")
 *   do not match. Two-letter categories (QA0, new in FY2026) are not looked for: the content has none.
 * - ICD-10-CM categories (3 characters: "E11", "Z3A", "C7A") only inside inline code (`E11`), where
 *   prose words cannot reach them; in the ICD-10-PCS lessons such tokens are PCS tables, so they are
 *   skipped there. T10, T11 and T12 are vertebrae, never codes (ICD-10-CM has no such categories).
 * - ICD-10-CM in the answer key of a case: every diagnosis, with or without its dot ("I10", "E11.9").
 * - ICD-10-CM 3-character codes in the options of a question, when written as a code is written
 *   there: at the start, or after a comma, semicolon or blank, and followed by the end, a comma, a
 *   semicolon, or a blank and the capitalised title ("B20 Human immunodeficiency...", "J13, A40.3").
 * - ICD-10-PCS, anywhere: 7 characters of the PCS alphabet (digits and A-Z without I and O), the first a
 *   section value (0-9, B, C, D, F, G, H, X), with at least one digit and one letter, and no letter or
 *   digit touching either end (so "WARNING", "20250630" or a longer identifier never match).
 * - HCPCS Level II, anywhere: a letter of the Level II sections (A-C, E, G, H, J-M, P-V) and 4 digits.
 *   The bounds of a range ("A4000–A8999", "L5000-L9999") name a section of the code set, not a code,
 *   and are skipped.
 * - CPT: the numbers in the procedures of case answer keys (5 digits, or 4 digits and F, T or U).
 * - Any code in a case key's procedures goes to its system by shape: 7 characters = PCS, a letter and
 *   4 digits = HCPCS, otherwise CPT.
 */

export interface CitedCodes {
  /** Canonical (no dot, upper case). */
  icd10cm: Set<string>;
  icd10pcs: Set<string>;
  hcpcs: Set<string>;
  cpt: Set<string>;
}

export function emptyCitations(): CitedCodes {
  return { icd10cm: new Set(), icd10pcs: new Set(), hcpcs: new Set(), cpt: new Set() };
}

const CM_DOTTED = /(?<![A-Za-z0-9.])([A-Z][0-9][0-9A-Z])\.([0-9A-Z]{1,4})(?![A-Za-z0-9])/g;
const CM_CATEGORY = /(?<![A-Za-z0-9.])([A-Z][0-9][0-9A-Z])(?![A-Za-z0-9]|\.[0-9A-Za-z])/g;
const CM_OPTION_CODE = /(?<=^|[\s,;])([A-Z][0-9][0-9A-Z])(?=$|[,;]|\s+[A-Z][a-z])/g;
const INLINE_CODE = /`([^`\n]+)`/g;
const PCS_TOKEN = /(?<![A-Za-z0-9])([0-9BCDFGHX][0-9A-HJ-NP-Z]{6})(?![A-Za-z0-9])/g;
const HCPCS_TOKEN = /(?<![A-Za-z0-9])([A-CEGHJ-MP-V][0-9]{4})(?![A-Za-z0-9])/g;
/** A range between two HCPCS-shaped bounds, with a hyphen or an en dash. */
const HCPCS_RANGE = /(?<![A-Za-z0-9])[A-CEGHJ-MP-V][0-9]{4}\s?[-\u2013]\s?[A-CEGHJ-MP-V][0-9]{4}(?![A-Za-z0-9])/g;
const VERTEBRAE = new Set(["T10", "T11", "T12"]);
const CPT_SHAPE = /^[0-9]{4}[0-9FTU]$/;
const HCPCS_SHAPE = /^[A-V][0-9]{4}$/;

const canonical = (code: string): string => code.replace(/\./g, "").trim().toUpperCase();

/** ICD-10-CM with a dot, PCS and HCPCS anywhere in a text; categories inside its inline code. */
export function citeInText(text: string, into: CitedCodes, opts: { pcsLesson?: boolean } = {}): void {
  for (const m of text.matchAll(CM_DOTTED)) into.icd10cm.add(`${m[1]}${m[2]}`);
  if (opts.pcsLesson !== true) {
    for (const span of text.matchAll(INLINE_CODE)) {
      for (const m of (span[1] ?? "").matchAll(CM_CATEGORY)) {
        const cat = m[1] ?? "";
        if (!VERTEBRAE.has(cat)) into.icd10cm.add(cat);
      }
    }
  }
  for (const m of text.matchAll(PCS_TOKEN)) {
    const code = m[1] ?? "";
    if (/[0-9]/.test(code) && /[A-Z]/.test(code)) into.icd10pcs.add(code);
  }
  const rangeBounds = new Set<number>();
  for (const m of text.matchAll(HCPCS_RANGE)) {
    const at = m.index ?? 0;
    rangeBounds.add(at);
    rangeBounds.add(at + m[0].length - 5);
  }
  for (const m of text.matchAll(HCPCS_TOKEN)) {
    if (!rangeBounds.has(m.index ?? -1)) into.hcpcs.add(m[1] ?? "");
  }
}

/** The text of an answer option: everything citeInText finds, and 3-character codes written as codes. */
export function citeInOption(text: string, into: CitedCodes): void {
  citeInText(text, into);
  for (const m of text.matchAll(CM_OPTION_CODE)) {
    const code = m[1] ?? "";
    if (!VERTEBRAE.has(code)) into.icd10cm.add(code);
  }
}

/** A case answer key (already parsed): its diagnoses, and its procedures by shape. */
export function citeInCaseKey(key: { diagnoses: { principal: string; required?: string[]; optional?: string[] }; procedures?: { code: string }[] }, into: CitedCodes): void {
  const { principal, required = [], optional = [] } = key.diagnoses;
  for (const code of [principal, ...required, ...optional]) into.icd10cm.add(canonical(code));
  for (const { code } of key.procedures ?? []) {
    const c = canonical(code);
    if (c.length === 7) into.icd10pcs.add(c);
    else if (HCPCS_SHAPE.test(c)) into.hcpcs.add(c);
    else if (CPT_SHAPE.test(c)) into.cpt.add(c);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

/**
 * One parsed question-bank file ({ scenarios, items }). The raw text goes through citeInText too, so
 * rationales, stems and records are covered; options and keys get their own rules.
 */
export function citeInQuestionFile(rawText: string, parsed: unknown, into: CitedCodes): void {
  citeInText(rawText, into);
  const items = isRecord(parsed) && Array.isArray(parsed.items) ? parsed.items : [];
  for (const item of items) {
    if (!isRecord(item)) continue;
    if (Array.isArray(item.options)) {
      for (const option of item.options) if (isRecord(option) && typeof option.text === "string") citeInOption(option.text, into);
    }
    const key = item.key;
    if (isRecord(key) && isRecord(key.diagnoses) && typeof key.diagnoses.principal === "string") {
      const procedures = Array.isArray(key.procedures)
        ? key.procedures.filter(isRecord).flatMap((p) => (typeof p.code === "string" ? [{ code: p.code }] : []))
        : [];
      citeInCaseKey(
        { diagnoses: { principal: key.diagnoses.principal, required: strings(key.diagnoses.required), optional: strings(key.diagnoses.optional) }, procedures },
        into,
      );
    }
  }
}

/**
 * One lesson: its Markdown (front matter included) through citeInText, and the options of its check
 * questions (front matter `check[].options`, already parsed) through citeInOption.
 */
export function citeInLesson(rawText: string, frontMatter: unknown, into: CitedCodes, opts: { pcsLesson?: boolean } = {}): void {
  citeInText(rawText, into, opts);
  const checks = isRecord(frontMatter) && Array.isArray(frontMatter.check) ? frontMatter.check : [];
  for (const check of checks) if (isRecord(check)) for (const option of strings(check.options)) citeInOption(option, into);
}
