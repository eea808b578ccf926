import { describe, expect, it } from "vitest";
import type { Claim, ValidationResult } from "../claim-types";
import { teachingLibrary } from "../teaching";
import { validateClaim } from "../validate";

const DATE = "2026-03-01";

function run(claim: Claim): ValidationResult {
  return validateClaim(claim, { date: DATE }, teachingLibrary());
}
const rules = (r: ValidationResult): string[] => r.findings.map((f) => f.rule);

describe("Medicare Code Editor age and sex edits", () => {
  it("rejects a pediatric code for an adult and an adult code for a child", () => {
    const r = run({ diagnoses: [{ code: "Z00.129" }], patient: { age: 40 } });
    expect(rules(r)).toEqual(["mce.age-conflict"]);
    expect(r.findings[0]?.message).toMatch(/pediatric code, for ages 0 to 17 .* the patient's age is 40/);
    expect(rules(run({ diagnoses: [{ code: "Z00.00" }], patient: { age: 10 } }))).toEqual(["mce.age-conflict"]);
    expect(rules(run({ diagnoses: [{ code: "Z00.00" }], patient: { age: 15 } }))).toEqual([]);
  });

  it("rejects a newborn code after age 0 and a maternity code outside 9 to 64", () => {
    expect(rules(run({ diagnoses: [{ code: "Z38.00" }], patient: { age: 1 } }))).toEqual(["mce.age-conflict"]);
    expect(rules(run({ diagnoses: [{ code: "Z38.00" }], patient: { age: 0 } }))).toEqual([]);
    expect(rules(run({ diagnoses: [{ code: "O80" }, { code: "Z37.0" }], patient: { age: 70, sex: "F" } }))).toEqual(["mce.age-conflict", "mce.age-conflict"]);
    expect(rules(run({ diagnoses: [{ code: "O80" }, { code: "Z37.0" }], patient: { age: 30, sex: "F" } }))).toEqual([]);
  });

  it("warns when the patient's sex does not match a female-only or male-only code", () => {
    const r = run({ diagnoses: [{ code: "N40.0" }], patient: { age: 70, sex: "F" } });
    expect(rules(r)).toEqual(["mce.sex-conflict"]);
    expect(r.valid).toBe(true);
    expect(r.findings[0]?.message).toMatch(/male-only diagnosis/);
    expect(rules(run({ diagnoses: [{ code: "C50.911" }], patient: { sex: "M" } }))).toEqual(["mce.sex-conflict"]);
    expect(rules(run({ diagnoses: [{ code: "C50.911" }], patient: { sex: "U" } }))).toEqual([]);
  });

  it("checks ICD-10-PCS procedures against the sex lists", () => {
    const r = run({ diagnoses: [{ code: "N81.2" }], procedures: [{ code: "0UT90ZZ" }], patient: { sex: "M" }, setting: "inpatient" });
    expect(rules(r)).toEqual(["mce.sex-conflict", "mce.sex-conflict"]);
  });

  it("applies no age or sex edit when the claim gives no age or sex", () => {
    expect(rules(run({ diagnoses: [{ code: "Z00.129" }] }))).toEqual([]);
  });

  it("rejects an unacceptable principal diagnosis on inpatient claims only", () => {
    const r = run({ diagnoses: [{ code: "Z23" }], setting: "inpatient" });
    expect(rules(r)).toEqual(["mce.principal-unacceptable"]);
    expect(rules(run({ diagnoses: [{ code: "Z23" }], setting: "professional" }))).toEqual([]);
    expect(rules(run({ diagnoses: [{ code: "J18.9" }, { code: "Z23" }], setting: "inpatient" }))).toEqual([]);
  });
});
