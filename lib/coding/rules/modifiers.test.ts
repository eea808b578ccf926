import { describe, expect, it } from "vitest";
import type { ClaimProcedure, ValidationResult } from "../claim-types";
import { teachingLibrary } from "../teaching";
import { fixtureLibrary } from "../test-support/fixtures";
import { validateClaim } from "../validate";
import { NCCI_ASSOCIATED_MODIFIERS, isEvaluationAndManagement } from "./modifiers";

const DATE = "2026-03-01";

function line(p: ClaimProcedure, library = teachingLibrary()): ValidationResult {
  return validateClaim({ diagnoses: [{ code: "M17.11" }], procedures: [p] }, { date: DATE }, library);
}
const rules = (r: ValidationResult): string[] => r.findings.map((f) => f.rule);

describe("modifier rules", () => {
  it("accepts valid modifiers, in any case and order", () => {
    expect(rules(line({ code: "20610", modifiers: ["rt"] }))).toEqual([]);
    expect(rules(line({ code: "73560", modifiers: ["26", "LT"] }))).toEqual([]);
    expect(rules(line({ code: "99213", modifiers: ["25", "95"] }))).toEqual([]);
  });

  it("rejects a modifier that is not two letters or digits", () => {
    expect(rules(line({ code: "20610", modifiers: ["RTT"] }))).toEqual(["modifier.format"]);
    expect(rules(line({ code: "20610", modifiers: [""] }))).toEqual(["modifier.format"]);
  });

  it("rejects an unknown CPT modifier, and an unknown HCPCS modifier when the official list is loaded", () => {
    const r = line({ code: "20610", modifiers: ["64"] });
    expect(rules(r)).toEqual(["modifier.unknown"]);
    expect(r.findings[0]?.message).toMatch(/64 is not a CPT modifier/);
    expect(rules(line({ code: "20610", modifiers: ["ZZ"] }, fixtureLibrary()))).toEqual(["modifier.unknown"]);
  });

  it("only warns about an HCPCS modifier the teaching set does not hold", () => {
    const r = line({ code: "20610", modifiers: ["Q0"] });
    expect(rules(r)).toEqual(["modifier.not-in-teaching-set"]);
    expect(r.valid).toBe(true);
  });

  it("rejects a terminated modifier", () => {
    const r = line({ code: "20610", modifiers: ["GD"] });
    expect(rules(r)).toEqual(["modifier.terminated"]);
    expect(r.findings[0]?.message).toMatch(/terminated on 2019-12-31/);
  });

  it("rejects modifiers on an ICD-10-PCS code", () => {
    const r = validateClaim({ diagnoses: [{ code: "K35.80" }], procedures: [{ code: "0DTJ4ZZ", modifiers: ["RT"] }], setting: "inpatient" }, { date: DATE }, teachingLibrary());
    expect(rules(r)).toEqual(["modifier.not-allowed"]);
  });

  it("rejects more than four modifiers on a line", () => {
    expect(rules(line({ code: "20610", modifiers: ["RT", "59", "KX", "GA", "AI"] }))).toContain("modifier.too-many");
  });

  it("warns about a modifier given twice", () => {
    expect(rules(line({ code: "20610", modifiers: ["RT", "rt"] }))).toEqual(["modifier.duplicate"]);
  });

  it("rejects contradictory pairs: LT with RT, 50 with a side, 26 with TC, GA with GZ", () => {
    const lr = line({ code: "20610", modifiers: ["LT", "RT"] });
    expect(rules(lr)).toEqual(["modifier.conflict"]);
    expect(lr.findings[0]?.message).toMatch(/use modifier 50 \(bilateral\)/);
    expect(rules(line({ code: "20610", modifiers: ["50", "RT"] }))).toEqual(["modifier.conflict"]);
    expect(rules(line({ code: "73560", modifiers: ["26", "TC"] }))).toEqual(["modifier.conflict"]);
    expect(rules(line({ code: "20610", modifiers: ["GA", "GZ"] }))).toEqual(["modifier.conflict"]);
  });

  it("warns that an X modifier replaces 59", () => {
    expect(rules(line({ code: "20610", modifiers: ["59", "XS"] }))).toEqual(["modifier.59-with-x"]);
  });

  it("rejects modifiers that do not fit the code", () => {
    const m25 = line({ code: "20610", modifiers: ["25"] });
    expect(rules(m25)).toEqual(["modifier.not-for-code"]);
    expect(m25.findings[0]?.message).toMatch(/it goes on the E\/M code/);
    expect(rules(line({ code: "99213", modifiers: ["TC"] }))).toEqual(["modifier.not-for-code"]);
    expect(rules(line({ code: "99213", modifiers: ["RT"] }))).toEqual(["modifier.not-for-code"]);
    expect(rules(line({ code: "99213", modifiers: ["1P"] }))).toEqual(["modifier.not-for-code"]);
    expect(rules(line({ code: "3074F", modifiers: ["1P"] }))).toEqual([]);
    expect(rules(line({ code: "99223", modifiers: ["57"] }))).toEqual([]);
  });

  it("keeps anesthesia, DME and drug-waste modifiers on the codes they belong to", () => {
    expect(rules(line({ code: "01402", modifiers: ["AA", "P2"] }))).toEqual([]);
    expect(rules(line({ code: "27447", modifiers: ["P2"] }))).toEqual(["modifier.not-for-code"]);
    expect(rules(line({ code: "E0601", modifiers: ["RR"] }))).toEqual([]);
    expect(rules(line({ code: "97110", modifiers: ["NU"] }))).toEqual(["modifier.not-for-code"]);
    expect(rules(line({ code: "J1100", units: 10, modifiers: ["JZ"] }))).toEqual([]);
    expect(line({ code: "96372", modifiers: ["JW"] }).findings[0]?.message).toMatch(/HCPCS Level II drug code/);
  });
});

describe("modifier helpers", () => {
  it("knows the NCCI-associated modifiers", () => {
    for (const m of ["59", "XE", "XP", "XS", "XU", "E1", "FA", "F9", "TA", "T9", "LT", "RT", "LC", "LD", "LM", "RC", "RI", "24", "25", "57", "58", "78", "79", "91"]) {
      expect(NCCI_ASSOCIATED_MODIFIERS.has(m), m).toBe(true);
    }
    expect(NCCI_ASSOCIATED_MODIFIERS.has("26")).toBe(false);
  });

  it("knows E/M codes", () => {
    expect(isEvaluationAndManagement("99213")).toBe(true);
    expect(isEvaluationAndManagement("92014")).toBe(true);
    expect(isEvaluationAndManagement("20610")).toBe(false);
    expect(isEvaluationAndManagement("G0438")).toBe(false);
  });
});
