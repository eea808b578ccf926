/**
 * Inputs and outputs of validateClaim, validateCode and scoreCase.
 * The exam engine, the CLI and the HTTP API all speak these shapes.
 */
import type { CodeSystem, SetSource } from "./types";

export type Setting = "inpatient" | "outpatient" | "professional";
export type Sex = "M" | "F" | "U";

export interface ClaimDiagnosis {
  /** ICD-10-CM, dot optional. The first diagnosis is the principal / first-listed one. */
  code: string;
}

export interface ClaimProcedure {
  /** CPT, HCPCS Level II or ICD-10-PCS. */
  code: string;
  modifiers?: string[];
  units?: number;
  /** Line date of service (ISO); defaults to the claim date. */
  date?: string;
}

export interface Claim {
  diagnoses: ClaimDiagnosis[];
  procedures?: ClaimProcedure[];
  patient?: { age?: number; sex?: Sex };
  setting?: Setting;
}

export interface ValidateOptions {
  /** Date of service (ISO yyyy-mm-dd): picks the code sets in force. */
  date: string;
  /** Force a system when a bare code is ambiguous (validateCode only). */
  system?: CodeSystem;
  setting?: Setting;
}

export type Severity = "error" | "warning";

/** Where a rule comes from, shown to users next to a finding. */
export interface RuleSource {
  /** e.g. "ICD-10-CM Official Guidelines I.A.12.a", "NCCI PTP practitioner 2026Q1", "Tabular List FY2023". */
  title: string;
  /** The id of the code set the data came from, when a set supplied it. */
  setId?: string;
}

export interface Finding {
  /** Stable, dotted rule id such as "icd10cm.not-billable", "ncci.ptp", "mue.units". */
  rule: string;
  severity: Severity;
  /** Codes involved, canonical form with the dot restored for ICD-10-CM ("E11.9"). */
  codes: string[];
  /** Plain-language message that teaches what to do. */
  message: string;
  source: RuleSource;
  /** Index of the claim line concerned: "dx:0", "px:2". */
  path?: string;
}

export interface SetUsed {
  id: string;
  label: string;
  source: SetSource;
}

export interface ValidationResult {
  valid: boolean;
  findings: Finding[];
  /** The code sets consulted; `teachingOnly` warns that only the teaching set answered. */
  sets: SetUsed[];
  teachingOnly: boolean;
}

/** The answer key of a coding case. */
export interface CaseKey {
  setting?: Setting;
  /** Date the case is coded for (ISO); picks the code sets. */
  date: string;
  diagnoses: {
    /** Principal / first-listed diagnosis. */
    principal: string;
    required: string[];
    /** Acceptable but not counted against the student when missing. */
    optional?: string[];
  };
  procedures?: {
    code: string;
    modifiers?: string[];
    units?: number;
    /** Optional procedures earn no credit and cost none. */
    optional?: boolean;
    /** PCS/inpatient: which one is principal, if it matters. */
    principal?: boolean;
  }[];
}

export interface CaseResponse {
  diagnoses: string[];
  procedures: { code: string; modifiers?: string[]; units?: number }[];
}

export interface ScoredLine {
  kind: "dx" | "px";
  entered: string | null;
  expected: string | null;
  /** 0..1 */
  credit: number;
  verdict: "correct" | "partial" | "wrong" | "missing" | "extra" | "optional";
  explanation: string;
  findings: Finding[];
}

export interface CaseScore {
  /** 0..1, the fraction of the item's value earned. */
  score: number;
  correct: number;
  keyCount: number;
  enteredCount: number;
  principalCorrect: boolean;
  lines: ScoredLine[];
  summary: string;
}
