import { describe, expect, it } from "vitest";
import type { ClaimProcedure, Setting, ValidationResult } from "../claim-types";
import { createLibrary } from "../library";
import { teachingLibrary } from "../teaching";
import { fixtureSets } from "../test-support/fixtures";
import { validateClaim } from "../validate";

const DATE = "2026-03-01";
const lib = teachingLibrary();

function px(procedures: ClaimProcedure[], opts: { date?: string; setting?: Setting; library?: ReturnType<typeof teachingLibrary>; dx?: string[] } = {}): ValidationResult {
  const claim = { diagnoses: (opts.dx ?? ["M17.11"]).map((code) => ({ code })), procedures, ...(opts.setting !== undefined ? { setting: opts.setting } : {}) };
  return validateClaim(claim, { date: opts.date ?? DATE }, opts.library ?? lib);
}
const rules = (r: ValidationResult): string[] => r.findings.map((f) => f.rule);

describe("NCCI procedure-to-procedure edits", () => {
  it("denies column 2 with column 1 when the indicator is 0, even with a modifier", () => {
    const r = px([{ code: "45380" }, { code: "45378" }], { dx: ["K63.5"] });
    expect(rules(r)).toEqual(["ncci.ptp"]);
    expect(r.findings[0]?.codes).toEqual(["45380", "45378"]);
    expect(r.findings[0]?.path).toBe("px:1");
    expect(r.findings[0]?.message).toMatch(/modifier indicator is 0, so no modifier can bypass it: remove 45378/);
    expect(r.findings[0]?.source.setId).toBe("ncci-ptp-practitioner-teaching");
    expect(rules(px([{ code: "45380" }, { code: "45378", modifiers: ["59"] }], { dx: ["K63.5"] }))).toEqual(["ncci.ptp"]);
  });

  it("denies column 2 with indicator 1 when no NCCI-associated modifier is present", () => {
    const r = px([{ code: "17000" }, { code: "11102" }], { dx: ["L57.0"] });
    expect(rules(r)).toEqual(["ncci.ptp"]);
    expect(r.findings[0]?.message).toMatch(/add an NCCI-associated modifier such as XS/);
  });

  it("lets an NCCI-associated modifier on either line bypass indicator 1, with a warning to check the record", () => {
    for (const [a, b] of [
      [[], ["XS"]],
      [["XS"], []],
      [[], ["59"]],
      [[], ["LT"]],
    ]) {
      const r = px([{ code: "17000", modifiers: a ?? [] }, { code: "11102", modifiers: b ?? [] }], { dx: ["L57.0"] });
      expect(rules(r), JSON.stringify([a, b])).toEqual(["ncci.ptp-bypassed"]);
      expect(r.valid).toBe(true);
    }
  });

  it("bypasses an E/M edit with modifier 25 on the visit", () => {
    expect(rules(px([{ code: "20610", modifiers: ["RT"] }, { code: "99213", modifiers: ["25"] }]))).toEqual(["ncci.ptp-bypassed"]);
    expect(rules(px([{ code: "20610" }, { code: "99213" }]))).toEqual(["ncci.ptp"]);
  });

  it("ignores edits with indicator 9", () => {
    expect(rules(px([{ code: "80053" }, { code: "80048" }], { dx: ["E11.9"] }))).toEqual([]);
  });

  it("honours the effective and deletion dates against the line date", () => {
    expect(rules(px([{ code: "71046" }, { code: "71045" }], { dx: ["R05.9"], date: "2026-03-31" }))).toEqual([]);
    expect(rules(px([{ code: "71046" }, { code: "71045" }], { dx: ["R05.9"], date: "2026-04-01" }))).toEqual(["ncci.ptp"]);
    expect(rules(px([{ code: "71046", date: "2026-04-02" }, { code: "71045", date: "2026-04-02" }], { dx: ["R05.9"] }))).toEqual(["ncci.ptp"]);
    const early = createLibrary(fixtureSets("2024-01-01", null));
    // The fixture tables are open-ended from 2024, so they also say they may be out of date by 2025.
    expect(rules(px([{ code: "29881" }, { code: "29877" }], { library: early, date: "2025-06-30" }))).toEqual(["set.may-be-outdated", "ncci.ptp"]);
    expect(rules(px([{ code: "29881" }, { code: "29877" }], { library: early, date: "2025-07-01" }))).toEqual(["set.may-be-outdated"]);
  });

  it("pairs only lines of the same date", () => {
    expect(rules(px([{ code: "45380", date: "2026-03-01" }, { code: "45378", date: "2026-03-02" }], { dx: ["K63.5"] }))).toEqual([]);
  });

  it("uses the hospital table for outpatient claims and none for inpatient claims", () => {
    const out = px([{ code: "45380" }, { code: "45378" }], { dx: ["K63.5"], setting: "outpatient" });
    expect(out.findings[0]?.source.setId).toBe("ncci-ptp-hospital-teaching");
    const inpatient = px([{ code: "45380" }, { code: "45378" }], { dx: ["K63.5"], setting: "inpatient" });
    expect(rules(inpatient).filter((id) => id.startsWith("ncci"))).toEqual([]);
  });
});

describe("medically unlikely edits", () => {
  it("denies a line over the MUE of a MAI 1 code, but not the same units over two lines", () => {
    const r = px([{ code: "27447", units: 2 }]);
    expect(rules(r)).toEqual(["mue.units-line"]);
    expect(r.findings[0]?.message).toMatch(/2 units on one line; its MUE is 1 per line \(MAI 1/);
    expect(rules(px([{ code: "27447", modifiers: ["RT"] }, { code: "27447", modifiers: ["LT"] }]))).toEqual([]);
  });

  it("sums a MAI 2 code's units across lines of the date, as a policy limit", () => {
    const r = px([{ code: "99213" }, { code: "99213", modifiers: ["25"] }], { dx: ["I10"] });
    expect(rules(r)).toEqual(["mue.units-day-policy"]);
    expect(r.findings[0]?.message).toMatch(/2 units on 2026-03-01 \(2 lines together\); its MUE is 1 per day \(MAI 2.*cannot be paid on appeal/);
  });

  it("sums a MAI 3 code's units across lines, as a clinical benchmark that may be appealed", () => {
    const r = px([{ code: "J1100", units: 10 }, { code: "J1100", units: 15, modifiers: ["JZ"] }], { dx: ["J44.1"] });
    expect(rules(r)).toEqual(["mue.units-day-clinical"]);
    expect(r.findings[0]?.message).toMatch(/25 units .* MUE is 20 per day \(MAI 3.*may be paid on appeal/);
    expect(rules(px([{ code: "J1100", units: 20 }], { dx: ["J44.1"] }))).toEqual([]);
  });

  it("counts units per date of service", () => {
    expect(rules(px([{ code: "99213", date: "2026-03-01" }, { code: "99213", date: "2026-03-02" }], { dx: ["I10"] }))).toEqual([]);
  });
});

describe("procedure lines", () => {
  it("rejects units that are not whole numbers from 1 to 9999", () => {
    for (const units of [0, 1.5, -2, 10000]) expect(rules(px([{ code: "97110", units }])), String(units)).toEqual(["claim.units-invalid"]);
    // @ts-expect-error: text units on purpose
    expect(rules(px([{ code: "97110", units: "2" }]))).toEqual(["claim.units-invalid"]);
  });

  it("rejects a line date that is not a date and uses the claim date", () => {
    expect(rules(px([{ code: "97110", date: "yesterday" }]))).toEqual(["claim.line-date-invalid"]);
  });

  it("rejects a diagnosis code entered as a procedure", () => {
    expect(rules(px([{ code: "E11.9" }]))).toEqual(["claim.diagnosis-as-procedure"]);
  });

  it("warns when the same code and modifiers repeat on one date", () => {
    expect(rules(px([{ code: "97110" }, { code: "97110" }]))).toEqual(["claim.duplicate-procedure"]);
    expect(rules(px([{ code: "97110" }, { code: "97110", modifiers: ["59"] }]))).toEqual([]);
  });

  it("warns when PCS codes are on a non-inpatient claim and CPT on an inpatient one", () => {
    expect(rules(px([{ code: "0DTJ4ZZ" }], { dx: ["K35.80"], setting: "outpatient" }))).toEqual(["claim.procedure-setting"]);
    expect(rules(px([{ code: "44970" }], { dx: ["K35.80"], setting: "inpatient" }))).toEqual(["claim.procedure-setting"]);
    expect(rules(px([{ code: "0DTJ4ZZ" }], { dx: ["K35.80"], setting: "inpatient" }))).toEqual([]);
  });

  it("checks each procedure code with the single-code rules", () => {
    const r = px([{ code: "J1030" }, { code: "0DT" }, { code: "9921" }, { code: "ABCDEFGH" }]);
    expect(r.findings.map((f) => `${f.rule}@${f.path ?? ""}`)).toEqual(["hcpcs.terminated@px:0", "icd10pcs.incomplete@px:1", "cpt.format@px:2", "hcpcs.format@px:3"]);
  });

  it("warns that a CPT code outside the teaching list cannot be verified, and still runs the edits", () => {
    const r = px([{ code: "47562" }, { code: "49320" }], { dx: ["K80.20"] });
    expect(rules(r)).toEqual(["ncci.ptp"]);
    expect(rules(px([{ code: "12345" }]))).toEqual(["cpt.unverified"]);
  });
});
