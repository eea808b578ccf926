import { describe, expect, it } from "vitest";
import type { Claim, Finding, ValidationResult } from "../claim-types";
import type { Icd10CmData } from "../data";
import { createLibrary } from "../library";
import { teachingLibrary } from "../teaching";
import { validateClaim } from "../validate";

const DATE = "2026-03-01";
const lib = teachingLibrary();

function claim(dx: string[], extra: Partial<Claim> = {}): ValidationResult {
  return validateClaim({ diagnoses: dx.map((code) => ({ code })), ...extra }, { date: DATE }, lib);
}
const rules = (r: ValidationResult): string[] => r.findings.map((f) => f.rule);
const only = (r: ValidationResult, rule: string): Finding[] => r.findings.filter((f) => f.rule === rule);

describe("Excludes1", () => {
  it("rejects E11.9 with E10.9: type 1 and type 2 diabetes exclude each other", () => {
    const r = claim(["E11.9", "E10.9"]);
    expect(rules(r)).toEqual(["icd10cm.excludes1"]);
    const f = r.findings[0];
    expect(f?.codes).toEqual(["E11.9", "E10.9"]);
    expect(f?.path).toBe("dx:1");
    expect(f?.message).toMatch(/E11 has an Excludes1 note "type 1 diabetes mellitus \(E10\.-\)"/);
  });

  it("applies a note written at an ancestor to every code below it", () => {
    expect(rules(claim(["E11.65", "E10.10"]))).toEqual(["icd10cm.excludes1"]);
    expect(rules(claim(["E08.9", "E11.22", "N18.4"]))).toContain("icd10cm.excludes1");
  });

  it("reports a pair once even when both codes carry the note", () => {
    expect(only(claim(["F10.10", "F10.20"]), "icd10cm.excludes1")).toHaveLength(1);
    expect(only(claim(["J44.9", "J43.9"]), "icd10cm.excludes1")).toHaveLength(1);
  });

  it("counts C4A (Merkel cell carcinoma) in a note citing C43-C44, as the classification orders it", () => {
    const rows: [string, boolean, string][] = [
      ["C43", false, "Malignant melanoma of skin"],
      ["C439", true, "Malignant melanoma of skin, unspecified"],
      ["C4A", false, "Merkel cell carcinoma"],
      ["C4A9", true, "Merkel cell carcinoma, unspecified"],
      ["C44", false, "Other and unspecified malignant neoplasm of skin"],
      ["C4490", true, "Unspecified malignant neoplasm of skin, unspecified"],
      ["D23", false, "Other benign neoplasms of skin"],
      ["D239", true, "Other benign neoplasm of skin, unspecified"],
    ];
    const data: Icd10CmData = {
      meta: { id: "icd10cm-order-test", kind: "icd10cm", label: "ICD-10-CM order test", version: "T", effectiveFrom: "2025-10-01", effectiveTo: "2026-09-30", source: "fixture", files: [] },
      columns: { codes: rows.map((r) => r[0]), billable: rows.map((r) => r[1]), shortTitles: rows.map((r) => r[2]), titles: rows.map((r) => r[2]) },
      notes: { D23: [{ kind: "excludes1", text: "malignant neoplasms of skin (C43-C44)", refs: [{ from: "C43", to: "C44" }] }] },
      sevenChr: {},
      chapters: [],
      blocks: [],
    };
    const library = createLibrary([{ kind: "icd10cm", data }]);
    const dx = (codes: string[]) => rules(validateClaim({ diagnoses: codes.map((code) => ({ code })) }, { date: DATE }, library));
    expect(dx(["D23.9", "C4A.9"])).toEqual(["icd10cm.excludes1"]);
    expect(dx(["D23.9", "C44.90"])).toEqual(["icd10cm.excludes1"]);
    expect(dx(["C4A.9", "C43.9"])).toEqual([]);
  });

  it("applies section and chapter notes", () => {
    expect(rules(claim(["I10", "P29.2"]))).toEqual(["icd10cm.excludes1"]);
    const pregnancy = claim(["O09.511", "Z34.01"], { patient: { age: 36, sex: "F" } });
    expect(only(pregnancy, "icd10cm.excludes1")).toHaveLength(1);
  });

  it("allows Excludes2 pairs, which may be coded together", () => {
    expect(rules(claim(["I10", "I63.9"]))).toEqual([]);
    expect(rules(claim(["N40.1", "C61"]))).toEqual([]);
    expect(rules(claim(["Z79.4", "Z79.84", "E11.9"]))).toEqual([]);
  });

  it("rejects a symptom with the diagnosis it excludes (R73.9 with E11.9)", () => {
    expect(rules(claim(["E11.9", "R73.9"]))).toEqual(["icd10cm.excludes1"]);
  });

  it("follows qualified references exactly (G63 excludes E11.42 but not E11.9)", () => {
    expect(rules(claim(["E11.42", "G63"]))).toContain("icd10cm.excludes1");
    expect(rules(claim(["E11.9", "G63"]))).not.toContain("icd10cm.excludes1");
  });
});

describe("manifestation codes", () => {
  it("rejects a manifestation code as the principal diagnosis", () => {
    const r = claim(["F02.80", "G30.9"]);
    expect(rules(r)).toContain("icd10cm.manifestation-principal");
    expect(only(r, "icd10cm.manifestation-principal")[0]?.message).toMatch(/can never be the principal/);
  });

  it("accepts the etiology first and the manifestation after it", () => {
    expect(rules(claim(["G30.9", "F02.80"]))).toEqual([]);
    expect(rules(claim(["N18.4", "D63.1"]))).toEqual([]);
    expect(rules(claim(["C50.911", "D63.0"], { patient: { sex: "F" } }))).toEqual([]);
  });

  it("rejects a manifestation code without its underlying condition", () => {
    expect(rules(claim(["I10", "D63.1"]))).toEqual(["icd10cm.manifestation-without-etiology"]);
    const alone = claim(["G63"]);
    expect(rules(alone)).toContain("icd10cm.manifestation-without-etiology");
    expect(rules(alone)).toContain("icd10cm.manifestation-principal");
  });

  it("only warns when the code-first note lists examples that the claim does not use", () => {
    const r = claim(["E11.9", "F02.80"]);
    expect(rules(r)).toEqual(["icd10cm.code-first"]);
    expect(r.valid).toBe(true);
  });

  it("warns when the etiology is coded but listed after the manifestation", () => {
    expect(rules(claim(["I10", "F02.80", "G30.9"]))).toEqual(["icd10cm.code-first"]);
  });

  it("treats the MCE's manifestation list as manifestation codes too", () => {
    expect(rules(claim(["E08.9", "E84.9"]))).toContain("icd10cm.manifestation-principal");
  });
});

describe("code first and use additional code", () => {
  it("asks for the underlying infection before severe sepsis", () => {
    const r = claim(["R65.20"]);
    expect(rules(r)).toEqual(["icd10cm.code-first"]);
    expect(r.findings[0]?.message).toMatch(/code the underlying condition first, such as .*A41\.9/);
    expect(rules(claim(["A41.9", "R65.20"]))).toEqual([]);
    expect(rules(claim(["R65.20", "A41.9"]))).toEqual(["icd10cm.code-first"]);
  });

  it("asks for COVID-19 before its pneumonia, and an obstetric code before weeks of gestation", () => {
    expect(rules(claim(["J12.82"]))).toEqual(["icd10cm.code-first"]);
    expect(rules(claim(["U07.1", "J12.82"]))).toEqual([]);
    expect(rules(claim(["Z3A.39"], { patient: { age: 30, sex: "F" } }))).toEqual(["icd10cm.code-first"]);
  });

  it("only orders notes that apply to circumstances or to any associated condition", () => {
    expect(rules(claim(["A41.9"]))).toEqual([]);
    expect(rules(claim(["N18.4"]))).toEqual([]);
    expect(rules(claim(["N18.4", "E11.22"]))).toEqual(["icd10cm.code-first"]);
    expect(rules(claim(["E11.22", "N18.4"]))).toEqual([]);
  });

  it("asks for the CKD stage with E11.22 and the heart failure type with I11.0", () => {
    const r = claim(["E11.22"]);
    expect(rules(r)).toEqual(["icd10cm.use-additional-code"]);
    expect(r.findings[0]?.message).toMatch(/stage of chronic kidney disease \(N18\.1-N18\.6\)/);
    expect(rules(claim(["I11.0"]))).toEqual(["icd10cm.use-additional-code"]);
    expect(rules(claim(["I11.0", "I50.22"]))).toEqual([]);
    expect(rules(claim(["I12.9", "N18.30"]))).toEqual([]);
    expect(rules(claim(["I12.0", "N18.4"]))).toEqual(["icd10cm.use-additional-code"]);
  });
});

describe("external causes, duplicates and claim size", () => {
  it("rejects an external-cause code as the first-listed diagnosis", () => {
    const r = claim(["W19.XXXA", "S72.001A"]);
    expect(rules(r)).toEqual(["icd10cm.external-cause-principal"]);
    expect(rules(claim(["S72.001A", "W19.XXXA", "Y92.009"]))).toEqual([]);
  });

  it("rejects the same diagnosis twice, whatever the dot or case", () => {
    const r = claim(["E11.9", "I10", "e119"]);
    expect(rules(r)).toEqual(["claim.duplicate-diagnosis"]);
    expect(r.findings[0]?.path).toBe("dx:2");
  });

  it("rejects a claim without a diagnosis", () => {
    expect(rules(claim([]))).toEqual(["claim.no-diagnosis"]);
  });

  it("warns when a professional claim lists more than 12 diagnoses", () => {
    const dx = ["E11.9", "I10", "J44.9", "K21.9", "F41.1", "M54.50", "R05.9", "Z87.891", "G47.33", "E78.5", "N39.0", "H52.4", "L40.0"];
    expect(rules(claim(dx))).toEqual(["claim.too-many-diagnoses"]);
    expect(rules(claim(dx, { setting: "outpatient" }))).toEqual([]);
  });

  it("rejects a procedure code in the diagnosis list", () => {
    expect(rules(claim(["99213"]))).toEqual(["claim.procedure-as-diagnosis"]);
    expect(rules(claim(["0DTJ4ZZ"]))).toEqual(["claim.procedure-as-diagnosis"]);
  });

  it("checks every diagnosis with the single-code rules too, naming its line", () => {
    const r = claim(["E11.9", "E11", "S72.001"]);
    expect(r.findings.map((f) => `${f.rule}@${f.path ?? ""}`)).toEqual(["icd10cm.not-billable@dx:1", "icd10cm.seventh-character-required@dx:2"]);
  });
});
