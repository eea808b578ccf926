/**
 * Modifier rules for one procedure line: shape, known modifier in force, modifiers a code cannot
 * take, contradictory pairs, duplicates and the 4-modifier limit.
 */
import { checkModifierFormat } from "../format";
import type { CodeSystem, ModifierRecord } from "../types";
import type { Check } from "./context";

/** Modifiers NCCI accepts to bypass a PTP edit with modifier indicator 1 (NCCI Policy Manual, ch. I). */
export const NCCI_ASSOCIATED_MODIFIERS: ReadonlySet<string> = new Set([
  "59", "XE", "XP", "XS", "XU",
  "E1", "E2", "E3", "E4",
  "FA", "F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9",
  "TA", "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9",
  "LT", "RT", "LC", "LD", "LM", "RC", "RI",
  "24", "25", "57", "58", "78", "79", "91",
]);

const ANATOMIC = new Set(["LT", "RT", "50", "E1", "E2", "E3", "E4", "FA", "F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9", "TA", "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "LC", "LD", "LM", "RC", "RI"]);
const X_MODIFIERS = ["XE", "XP", "XS", "XU"];
const PERFORMANCE = new Set(["1P", "2P", "3P", "8P"]);
/** Anesthesia physical status and anesthesia provider modifiers: anesthesia codes only (00100–01999). */
const ANESTHESIA = new Set(["P1", "P2", "P3", "P4", "P5", "P6", "AA", "AD", "QK", "QX", "QY", "QZ", "QS", "G8", "G9", "23", "47"]);
/** DME purchase / rental modifiers: HCPCS Level II supplies and equipment, never CPT services. */
const DME = new Set(["NU", "RR", "UE", "KH", "KI", "KJ"]);
/** Drug amount discarded / not discarded: drug codes (HCPCS Level II), never CPT services. */
const DRUG_WASTE = new Set(["JW", "JZ"]);

function isAnesthesiaCode(code: string): boolean {
  if (code.length !== 5 || code.charCodeAt(0) !== 48) return false;
  const n = Number(code);
  return Number.isInteger(n) && n >= 100 && n <= 1999;
}

/** E/M services: 99202–99499 and the eye visits 92002–92014. */
export function isEvaluationAndManagement(code: string): boolean {
  if (code.length !== 5) return false;
  for (let i = 0; i < 5; i++) {
    const c = code.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  const n = Number(code);
  return (n >= 99202 && n <= 99499) || (n >= 92002 && n <= 92014);
}

function isAllDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

export interface ModifierLine {
  code: string;
  system: CodeSystem | undefined;
  modifiers: string[];
  path: string;
}

/** Finds a modifier record: two digits and 1P–8P are CPT; the rest HCPCS Level II. */
export function findModifier(check: Check, m: string): ModifierRecord | undefined {
  const cpt = check.cpt();
  const hcpcs = check.hcpcs();
  return cpt?.modifier(m) ?? hcpcs?.modifier(m);
}

/** Runs the modifier rules of one line. Returns the NCCI-associated modifiers present (canonical). */
export function checkModifiers(check: Check, line: ModifierLine): void {
  const mods = line.modifiers;
  if (mods.length === 0) return;
  const code = line.code;
  if (line.system === "icd10pcs") {
    check.report(
      "modifier.not-allowed",
      [code, ...mods.slice(0, 6)],
      `ICD-10-PCS codes take no modifiers: side, approach and device are characters of the code itself. Remove ${mods.slice(0, 6).join(", ")} from ${code}.`,
      undefined,
      line.path,
    );
    return;
  }
  if (mods.length > 4) {
    check.report("modifier.too-many", [code, ...mods.slice(0, 6)], `${code} has ${mods.length} modifiers; a claim line holds at most 4. Keep the ones that affect payment first.`, undefined, line.path);
  }
  for (let i = 0; i < mods.length && i < 10; i++) {
    const m = mods[i] ?? "";
    const shown = m.length > 12 ? `${m.slice(0, 12)}…` : m;
    const problem = checkModifierFormat(shown);
    if (problem !== null) {
      check.report("modifier.format", [code, shown], problem, undefined, line.path);
      continue;
    }
    if (mods.indexOf(m) < i) {
      check.report("modifier.duplicate", [code, m], `Modifier ${m} appears twice on ${code}: report it once.`, undefined, line.path);
      continue;
    }
    const rec = findModifier(check, m);
    if (rec === undefined) {
      // CPT modifiers (two digits, 1P–8P) are a short fixed list that every CPT set carries in full;
      // HCPCS Level II modifiers can only be ruled out by an official HCPCS release.
      const cptLike = isAllDigits(m) || PERFORMANCE.has(m);
      const source = cptLike ? check.cpt() : check.hcpcs();
      if (source !== undefined) check.use(source.meta);
      const verifiable = source !== undefined && (cptLike || source.meta.source !== "teaching");
      if (!verifiable) {
        check.report(
          "modifier.not-in-teaching-set",
          [code, m],
          `Modifier ${m} is not in the teaching set, so Codecert cannot confirm it; load the official HCPCS file to check every Level II modifier.`,
          source?.meta,
          line.path,
        );
      } else {
        check.report(
          "modifier.unknown",
          [code, m],
          `${m} is not a ${cptLike ? "CPT" : "HCPCS Level II"} modifier in ${source.meta.label}. Check the modifier list for the right one (for example LT/RT for side, 59 or XS for a distinct service).`,
          source.meta,
          line.path,
        );
      }
      continue;
    }
    if (rec.terminationDate !== null && check.date > rec.terminationDate) {
      check.report("modifier.terminated", [code, m], `Modifier ${m} (${rec.title}) was terminated on ${rec.terminationDate} and cannot be used for ${check.date}.`, undefined, line.path);
      continue;
    }
    if (rec.addDate !== null && check.date < rec.addDate) {
      check.report("modifier.terminated", [code, m], `Modifier ${m} (${rec.title}) takes effect on ${rec.addDate} and cannot be used for ${check.date}.`, undefined, line.path);
      continue;
    }
    codeFit(check, line, m);
  }
  pairs(check, line);
}

function codeFit(check: Check, line: ModifierLine, m: string): void {
  const code = line.code;
  const em = line.system === "cpt" && isEvaluationAndManagement(code);
  if ((m === "25" || m === "57" || m === "24") && line.system === "cpt" && !em) {
    const why =
      m === "25"
        ? "25 marks a significant, separately identifiable E/M service on the day of a procedure; it goes on the E/M code, not on the procedure"
        : m === "57"
          ? "57 marks the E/M visit at which the decision for major surgery was made; it goes on the E/M code"
          : "24 marks an unrelated E/M visit during a postoperative period; it goes on the E/M code";
    check.report("modifier.not-for-code", [code, m], `${why} (${code} is not an E/M service).`, undefined, line.path);
    return;
  }
  if (em && (m === "26" || m === "TC")) {
    check.report(
      "modifier.not-for-code",
      [code, m],
      `${m} splits a service into professional (26) and technical (TC) parts, as for imaging or an ECG; an E/M visit such as ${code} has no such parts.`,
      undefined,
      line.path,
    );
    return;
  }
  if (em && ANATOMIC.has(m)) {
    check.report("modifier.not-for-code", [code, m], `${m} names a body site or side; an E/M visit such as ${code} is not reported by site.`, undefined, line.path);
    return;
  }
  if (line.system === "cpt" && ANESTHESIA.has(m) && m !== "23" && m !== "47" && !isAnesthesiaCode(code)) {
    check.report(
      "modifier.not-for-code",
      [code, m],
      `${m} describes anesthesia (physical status or who gave it); it goes on an anesthesia code (00100–01999), not on ${code}.`,
      undefined,
      line.path,
    );
    return;
  }
  if (line.system === "cpt" && (DME.has(m) || DRUG_WASTE.has(m))) {
    const what = DME.has(m) ? "new, used or rented equipment and supplies; it goes on the HCPCS Level II DME or supply code" : "how much of a drug was discarded; it goes on the HCPCS Level II drug code (such as a J code)";
    check.report("modifier.not-for-code", [code, m], `${m} is a HCPCS Level II modifier for ${what}, not on the CPT service ${code}.`, undefined, line.path);
    return;
  }
  if (PERFORMANCE.has(m) && !(line.system === "cpt" && code.endsWith("F"))) {
    check.report(
      "modifier.not-for-code",
      [code, m],
      `${m} is a performance-measure exclusion modifier for CPT Category II codes (those ending in F); it cannot go on ${code}.`,
      undefined,
      line.path,
    );
  }
}

function pairs(check: Check, line: ModifierLine): void {
  const mods = line.modifiers;
  if (mods.length < 2) return;
  const has = (m: string): boolean => mods.includes(m);
  const code = line.code;
  if (has("LT") && has("RT")) {
    check.report(
      "modifier.conflict",
      [code, "LT", "RT"],
      `LT and RT together on one line of ${code} contradict each other. For a procedure done on both sides use modifier 50 (bilateral) on one line, or RT and LT on two separate lines, as the payer requires.`,
      undefined,
      line.path,
    );
  }
  if (has("50") && (has("LT") || has("RT"))) {
    check.report("modifier.conflict", [code, "50"], `50 (bilateral) already says both sides; do not add LT or RT to the same line of ${code}.`, undefined, line.path);
  }
  if (has("26") && has("TC")) {
    check.report(
      "modifier.conflict",
      [code, "26", "TC"],
      `26 (professional component) and TC (technical component) on the same line of ${code} cancel out: for the whole service report ${code} with neither.`,
      undefined,
      line.path,
    );
  }
  if (has("GA") && has("GZ")) {
    check.report(
      "modifier.conflict",
      [code, "GA", "GZ"],
      `GA (a waiver of liability is on file) and GZ (no waiver on file) contradict each other on ${code}: use the one that matches whether the patient signed an ABN.`,
      undefined,
      line.path,
    );
  }
  if (has("59")) {
    const x = X_MODIFIERS.filter(has);
    if (x.length > 0) {
      check.report(
        "modifier.59-with-x",
        [code, "59", ...x],
        `${x.join(" and ")} already say${x.length === 1 ? "s" : ""} why ${code} is distinct; CMS asks for the X modifier instead of 59, not both. Remove 59.`,
        undefined,
        line.path,
      );
    }
  }
}
