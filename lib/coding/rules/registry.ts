/**
 * Every rule the validator can report, with its stable id, fixed severity, what it checks and where
 * the rule comes from. Ids never change meaning; lib/coding/rules/README.md documents the same table
 * (a test keeps the two in step).
 */
import type { Severity } from "../claim-types";

export interface RuleInfo {
  severity: Severity;
  /** What the rule checks, one line. */
  checks: string;
  /** The published rule or data it applies. */
  source: string;
}

const G = "ICD-10-CM Official Guidelines for Coding and Reporting";

export const RULES = {
  "input.invalid": {
    severity: "error",
    checks: "The claim, code or options have the wrong shape (not an object, a code that is not text, a bad setting).",
    source: "Codecert claim format",
  },
  "input.date-invalid": {
    severity: "error",
    checks: "The date of service is missing or is not a real calendar date written yyyy-mm-dd.",
    source: "Codecert claim format",
  },
  "input.patient-invalid": {
    severity: "error",
    checks: "Patient age is not a whole number from 0 to 124, or sex is not M, F or U.",
    source: "Codecert claim format",
  },
  "set.none-in-force": {
    severity: "error",
    checks: "No code set of the needed system is loaded for the date of service, so the code cannot be checked.",
    source: "Code sets loaded in this library",
  },
  "set.may-be-outdated": {
    severity: "warning",
    checks: "The date of service is past the quarter in which the newest installed HCPCS, NCCI PTP or MUE release started (each stays in force until a later one is installed), so a newer release has probably come out.",
    source: "Code sets loaded in this library",
  },
  "code.empty": {
    severity: "error",
    checks: "A claim line or code is empty.",
    source: "Codecert claim format",
  },
  "code.unrecognized": {
    severity: "error",
    checks: "The code has the shape of no code system (ICD-10-CM, ICD-10-PCS, CPT, HCPCS Level II).",
    source: "Code structure of ICD-10-CM, ICD-10-PCS, CPT and HCPCS",
  },
  "code.ambiguous": {
    severity: "warning",
    checks: "A bare code exists in two systems (J1100 is HCPCS J1100 and ICD-10-CM J11.00); the answer names the one chosen.",
    source: "Code structure of ICD-10-CM and HCPCS",
  },
  "icd10cm.format": {
    severity: "error",
    checks: "ICD-10-CM shape: 3–7 characters, a letter, a digit, then letters or digits; the dot only after the 3rd character.",
    source: `${G}, Section I.A.2 (format and structure)`,
  },
  "icd10cm.unknown": {
    severity: "error",
    checks: "The code does not exist in the official ICD-10-CM set in force on the date of service.",
    source: "ICD-10-CM Tabular List / order file of the fiscal year",
  },
  "icd10cm.not-in-teaching-set": {
    severity: "warning",
    checks: "Only the teaching set is loaded and it does not hold the code, so the code cannot be confirmed either way.",
    source: "Codecert teaching set",
  },
  "icd10cm.not-billable": {
    severity: "error",
    checks: "The code is a category or subcategory (a header), not a code valid for reporting.",
    source: `${G}, Sections I.A.3 and I.B.2 (report codes at their highest level of detail)`,
  },
  "icd10cm.seventh-character-required": {
    severity: "error",
    checks: "The code belongs to a category that requires a 7th character and has none.",
    source: `${G}, Section I.A.5 (7th characters)`,
  },
  "icd10cm.seventh-character-invalid": {
    severity: "error",
    checks: "The 7th character is not one defined for the code's category.",
    source: `${G}, Section I.A.5 (7th characters)`,
  },
  "icd10cm.placeholder-x": {
    severity: "error",
    checks: "The 7th character is not in position 7 because the placeholder X was left out.",
    source: `${G}, Section I.A.4 (placeholder character)`,
  },
  "icd10cm.excludes1": {
    severity: "error",
    checks: "Two diagnoses on the claim are an Excludes1 pair (a note at the code or any ancestor); Excludes2 pairs are allowed.",
    source: `${G}, Section I.A.12.a (Excludes1)`,
  },
  "icd10cm.manifestation-principal": {
    severity: "error",
    checks: "A manifestation code (\"in diseases classified elsewhere\", or listed by the MCE) is the principal / first-listed diagnosis.",
    source: `${G}, Section I.A.13 (etiology/manifestation convention)`,
  },
  "icd10cm.manifestation-without-etiology": {
    severity: "error",
    checks: "A manifestation code is reported without any of the underlying conditions its \"code first\" note names.",
    source: `${G}, Section I.A.13 (etiology/manifestation convention)`,
  },
  "icd10cm.code-first": {
    severity: "warning",
    checks: "A code with a \"code first\" note is listed without, or before, the condition the note names.",
    source: `${G}, Section I.A.13 (\"code first\" notes)`,
  },
  "icd10cm.use-additional-code": {
    severity: "warning",
    checks: "A \"use additional code to identify the stage/type of …\" note is not followed (e.g. E11.22 without an N18 stage).",
    source: `${G}, Section I.A.13 (\"use additional code\" notes)`,
  },
  "icd10cm.external-cause-principal": {
    severity: "error",
    checks: "An external-cause code (V00–Y99) is the principal / first-listed diagnosis.",
    source: `${G}, Section I.C.20 (external causes of morbidity)`,
  },
  "claim.no-diagnosis": {
    severity: "error",
    checks: "The claim has no diagnosis.",
    source: "CMS-1500 / UB-04 claim requirements",
  },
  "claim.too-many-diagnoses": {
    severity: "warning",
    checks: "More diagnoses than the claim form holds (12 on a professional claim, 25 on an institutional one).",
    source: "CMS-1500 item 21 / UB-04 form locators 67–67Q",
  },
  "claim.duplicate-diagnosis": {
    severity: "error",
    checks: "The same diagnosis code is reported twice.",
    source: `${G}, Section I.B (each unique code is reported once per encounter)`,
  },
  "claim.duplicate-procedure": {
    severity: "warning",
    checks: "The same procedure code with the same modifiers appears on two lines of the same date.",
    source: "CMS claims processing: report units on one line",
  },
  "claim.diagnosis-as-procedure": {
    severity: "error",
    checks: "An ICD-10-CM diagnosis code was entered as a procedure.",
    source: "Code structure of ICD-10-CM and procedure code systems",
  },
  "claim.procedure-as-diagnosis": {
    severity: "error",
    checks: "A CPT, HCPCS or ICD-10-PCS procedure code was entered as a diagnosis.",
    source: "Code structure of ICD-10-CM and procedure code systems",
  },
  "claim.procedure-setting": {
    severity: "warning",
    checks: "The procedure system does not fit the setting: ICD-10-PCS outside inpatient claims, CPT/HCPCS on an inpatient facility claim.",
    source: "HIPAA code set standards (45 CFR 162.1002)",
  },
  "claim.units-invalid": {
    severity: "error",
    checks: "Units are not a whole number from 1 to 9999.",
    source: "CMS-1500 item 24G / UB-04 form locator 46",
  },
  "claim.line-date-invalid": {
    severity: "error",
    checks: "A line's date of service is not a real date written yyyy-mm-dd.",
    source: "Codecert claim format",
  },
  "icd10pcs.format": {
    severity: "error",
    checks: "ICD-10-PCS shape: exactly 7 characters of digits and letters other than I and O.",
    source: "ICD-10-PCS Official Guidelines, Section A (conventions)",
  },
  "icd10pcs.incomplete": {
    severity: "error",
    checks: "A 3-character table was entered instead of a 7-character code.",
    source: "ICD-10-PCS Official Guidelines, Section A (conventions)",
  },
  "icd10pcs.invalid": {
    severity: "error",
    checks: "The code is not valid in the ICD-10-PCS set in force; the message names the character its table does not allow.",
    source: "ICD-10-PCS Tables of the fiscal year",
  },
  "icd10pcs.not-in-teaching-set": {
    severity: "warning",
    checks: "Only the teaching set is loaded and it does not hold the code.",
    source: "Codecert teaching set",
  },
  "cpt.format": {
    severity: "error",
    checks: "CPT shape: Category I 5 digits, Category II 4 digits + F, Category III 4 digits + T, PLA 4 digits + U.",
    source: "AMA CPT code structure",
  },
  "cpt.unknown": {
    severity: "error",
    checks: "The code is not in the licensed CPT file loaded for the date.",
    source: "Licensed CPT data file",
  },
  "cpt.unverified": {
    severity: "warning",
    checks: "No licensed CPT file is loaded and the teaching list does not hold the code: it cannot be verified.",
    source: "Codecert teaching set (CPT numbers only)",
  },
  "hcpcs.format": {
    severity: "error",
    checks: "HCPCS Level II shape: a letter A–V and 4 digits.",
    source: "CMS HCPCS Level II code structure",
  },
  "hcpcs.unknown": {
    severity: "error",
    checks: "The code is not in the HCPCS Level II release in force.",
    source: "CMS HCPCS Level II file",
  },
  "hcpcs.not-in-teaching-set": {
    severity: "warning",
    checks: "Only the teaching set is loaded and it does not hold the code.",
    source: "Codecert teaching set",
  },
  "hcpcs.not-yet-effective": {
    severity: "error",
    checks: "The date of service is before the code's add date.",
    source: "CMS HCPCS Level II file (add date)",
  },
  "hcpcs.terminated": {
    severity: "error",
    checks: "The date of service is after the code's termination date.",
    source: "CMS HCPCS Level II file (termination date)",
  },
  "modifier.format": {
    severity: "error",
    checks: "A modifier is not 2 letters or digits.",
    source: "CPT Appendix A / CMS HCPCS Level II modifiers",
  },
  "modifier.unknown": {
    severity: "error",
    checks: "The modifier is neither a CPT modifier nor a HCPCS Level II modifier in force.",
    source: "CPT Appendix A / CMS HCPCS Level II modifiers",
  },
  "modifier.not-in-teaching-set": {
    severity: "warning",
    checks: "Only the teaching set is loaded and it does not hold this HCPCS modifier.",
    source: "Codecert teaching set",
  },
  "modifier.terminated": {
    severity: "error",
    checks: "The modifier was terminated before, or added after, the date of service.",
    source: "CMS HCPCS Level II modifiers (add / termination dates)",
  },
  "modifier.not-allowed": {
    severity: "error",
    checks: "Modifiers were given on an ICD-10-PCS code, which takes none.",
    source: "ICD-10-PCS code structure",
  },
  "modifier.too-many": {
    severity: "error",
    checks: "More than 4 modifiers on one line.",
    source: "CMS-1500 item 24D (4 modifier positions)",
  },
  "modifier.duplicate": {
    severity: "warning",
    checks: "The same modifier appears twice on one line.",
    source: "CMS claims processing",
  },
  "modifier.conflict": {
    severity: "error",
    checks: "Modifiers that contradict each other on one line: LT with RT, 50 with LT or RT, 26 with TC, GA with GZ.",
    source: "CPT Appendix A / CMS HCPCS Level II modifiers",
  },
  "modifier.59-with-x": {
    severity: "warning",
    checks: "59 and an X modifier (XE, XP, XS, XU) on the same line: the X modifier replaces 59.",
    source: "CMS MLN1783722 (Proper use of modifiers 59, XE, XP, XS, XU)",
  },
  "modifier.not-for-code": {
    severity: "error",
    checks: "A modifier that does not fit the code: 24/25/57 off an E/M code; 26/TC or anatomic modifiers on an E/M code; 1P–8P off a Category II code; anesthesia modifiers off an anesthesia code; DME (NU, RR, UE, KH–KJ) or drug-waste (JW, JZ) modifiers on a CPT service.",
    source: "CPT Appendix A / NCCI Policy Manual",
  },
  "ncci.ptp": {
    severity: "error",
    checks: "An NCCI procedure-to-procedure edit denies the column 2 code with the column 1 code on the same date (indicator 0, or indicator 1 without an NCCI-associated modifier).",
    source: "CMS NCCI procedure-to-procedure edits",
  },
  "ncci.ptp-bypassed": {
    severity: "warning",
    checks: "A PTP edit with indicator 1 is bypassed by an NCCI-associated modifier; the record must support a distinct service.",
    source: "CMS NCCI procedure-to-procedure edits; NCCI Policy Manual ch. I",
  },
  "mue.units-line": {
    severity: "error",
    checks: "Units on one line exceed the MUE value of a code with MAI 1 (line edit).",
    source: "CMS NCCI medically unlikely edits (MAI 1)",
  },
  "mue.units-day-policy": {
    severity: "error",
    checks: "Units of a code on one date, summed across lines, exceed its MUE value with MAI 2 (policy; not payable on appeal).",
    source: "CMS NCCI medically unlikely edits (MAI 2)",
  },
  "mue.units-day-clinical": {
    severity: "error",
    checks: "Units of a code on one date, summed across lines, exceed its MUE value with MAI 3 (clinical benchmark; may be paid on appeal with documentation).",
    source: "CMS NCCI medically unlikely edits (MAI 3)",
  },
  "mce.age-conflict": {
    severity: "error",
    checks: "The patient's age is outside the range of a newborn, pediatric, maternity or adult code (MCE age edits).",
    source: "CMS Medicare Code Editor (age conflict edits)",
  },
  "mce.sex-conflict": {
    severity: "warning",
    checks: "The patient's sex does not match a code the MCE lists as female-only or male-only.",
    source: "CMS Medicare Code Editor (sex conflict edit; retired by the MCE on 2024-10-01, still used by many payers)",
  },
  "mce.principal-unacceptable": {
    severity: "error",
    checks: "An inpatient principal diagnosis that the MCE lists as unacceptable as principal.",
    source: "CMS Medicare Code Editor (unacceptable principal diagnosis)",
  },
} as const satisfies Record<string, RuleInfo>;

export type RuleId = keyof typeof RULES;

export function ruleIds(): RuleId[] {
  return Object.keys(RULES).filter((k): k is RuleId => k in RULES);
}
