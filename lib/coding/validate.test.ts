import { describe, expect, it } from "vitest";
import type { ValidationResult } from "./claim-types";
import { createLibrary } from "./library";
import { teachingLibrary, teachingSets } from "./teaching";
import { fixtureLibrary, fixtureSets, withMeta } from "./test-support/fixtures";
import { validateClaim, validateCode } from "./validate";

const DATE = "2026-03-01";
const lib = teachingLibrary();
const official = fixtureLibrary();
const rules = (r: ValidationResult): string[] => r.findings.map((f) => f.rule);
const check = (code: string, library = lib, date = DATE): ValidationResult => validateCode(code, { date }, library);

describe("validateCode: ICD-10-CM", () => {
  it("accepts a billable code with or without its dot, in any case", () => {
    for (const c of ["E11.9", "E119", "e11.9", " I10 "]) {
      const r = check(c);
      expect(r.valid, c).toBe(true);
      expect(r.findings, c).toEqual([]);
    }
    expect(check("E11.9").sets).toEqual([{ id: "icd10cm-FY2026-teaching", label: "ICD-10-CM FY2026", source: "teaching" }]);
  });

  it("rejects E11 as a non-billable category and suggests E11.9", () => {
    const r = check("E11");
    expect(r.valid).toBe(false);
    expect(rules(r)).toEqual(["icd10cm.not-billable"]);
    expect(r.findings[0]?.message).toContain("E11 is a category, not a billable code: add characters to the highest specificity, such as E11.9");
    expect(r.findings[0]?.codes).toEqual(["E11"]);
    expect(r.findings[0]?.source.setId).toBe("icd10cm-FY2026-teaching");
  });

  it("calls a 4- to 6-character header a subcategory", () => {
    expect(check("E11.6").findings[0]?.message).toMatch(/E11\.6 is a subcategory, not a billable code/);
  });

  it("asks for a 7th character, listing them, with an example", () => {
    const r = check("S72.001");
    expect(rules(r)).toEqual(["icd10cm.seventh-character-required"]);
    expect(r.findings[0]?.message).toMatch(/needs a 7th character.*A initial encounter for closed fracture.*For example S72\.001A/s);
  });

  it("knows a 7th character is missing even for codes the teaching set lacks", () => {
    const r = check("S72.009");
    expect(rules(r)).toEqual(["icd10cm.seventh-character-required"]);
    expect(r.valid).toBe(false);
  });

  it("rejects a 7th character that the category does not define", () => {
    const r = check("S72.001X");
    expect(rules(r)).toEqual(["icd10cm.seventh-character-invalid"]);
    expect(r.findings[0]?.message).toMatch(/"X" is not a 7th character of S72/);
  });

  it("shows where the placeholder X goes when it was left out", () => {
    expect(check("T39.11A").findings[0]?.message).toMatch(/T39\.1X1A/);
    expect(rules(check("T3911A"))).toEqual(["icd10cm.placeholder-x"]);
    expect(check("W19A").findings[0]?.message).toMatch(/W19\.XXXA/);
    expect(check("O32.10").findings.map((f) => f.rule)).toEqual(["icd10cm.placeholder-x"]);
  });

  it("says a character after a complete billable code is too many", () => {
    const r = check("E11.90");
    expect(rules(r)).toEqual(["icd10cm.unknown"]);
    expect(r.findings[0]?.message).toMatch(/E11\.9 .* is already complete and billable/);
  });

  it("warns, in teaching mode, that a code outside the teaching set cannot be confirmed", () => {
    const r = check("E11.77");
    expect(r.valid).toBe(true);
    expect(rules(r)).toEqual(["icd10cm.not-in-teaching-set"]);
    expect(r.teachingOnly).toBe(true);
  });

  it("rejects, with a complete set, a code that does not exist and shows codes under its category", () => {
    const r = check("E11.77", official);
    expect(rules(r)).toEqual(["icd10cm.unknown"]);
    expect(r.findings[0]?.message).toMatch(/Under E11 \(Type 2 diabetes mellitus\) the codes include E11\.9/);
    expect(r.teachingOnly).toBe(false);
  });

  it("points to another loaded year where the code is valid", () => {
    const fy2025 = fixtureSets("2024-10-01", "2025-09-30").map((s) => {
      const t = withMeta(s, (m) => ({ ...m, id: `${m.id}-fy2025`, label: m.label.replace("FY2026", "FY2025"), version: "FY2025" }));
      if (t.kind !== "icd10cm") return t;
      const cols = t.data.columns;
      const i = cols.codes.indexOf("G35");
      return { kind: t.kind, data: { ...t.data, columns: { ...cols, billable: cols.billable.map((b, k) => (k === i ? true : b)) } } };
    });
    const both = createLibrary([...fy2025, ...fixtureSets("2025-10-01", "2026-09-30")]);
    const r = validateCode("G35", { date: DATE }, both);
    expect(rules(r)).toEqual(["icd10cm.not-billable"]);
    expect(r.findings[0]?.message).toMatch(/reportable code in ICD-10-CM FY2025 \(2024-10-01 to 2025-09-30\)/);
    expect(validateCode("G35", { date: "2025-03-01" }, both).valid).toBe(true);
  });

  it("explains format errors in ICD-10-CM terms", () => {
    expect(rules(check("E1"))).toEqual(["icd10cm.format"]);
    expect(rules(check("E1.19"))).toEqual(["icd10cm.format"]);
    expect(rules(check("E11.9.1"))).toEqual(["icd10cm.format"]);
    expect(rules(validateCode("E11-9", { date: DATE, system: "icd10cm" }, lib))).toEqual(["icd10cm.format"]);
  });
});

describe("validateCode: ICD-10-PCS", () => {
  it("accepts a valid code", () => {
    expect(check("0DTJ4ZZ").valid).toBe(true);
    expect(check("10D00Z1").findings).toEqual([]);
  });

  it("explains that three characters are a table, not a code", () => {
    const r = check("0DT");
    expect(rules(r)).toEqual(["icd10pcs.incomplete"]);
    expect(r.findings[0]?.message).toMatch(/0DT is an ICD-10-PCS table, not a code.*for example 0DTJ0ZZ/);
  });

  it("rejects the letters I and O", () => {
    expect(rules(check("0DTJ4ZI"))).toEqual(["icd10pcs.format"]);
  });

  it("names the character the table does not allow, with the values it does", () => {
    const r = check("0DTJ3ZZ", official);
    expect(rules(r)).toEqual(["icd10pcs.invalid"]);
    expect(r.findings[0]?.message).toMatch(/table 0DT \(Gastrointestinal System, Resection\), with body part J Appendix, character 5 \(Approach\) may be 0 Open, 7 Via Natural or Artificial Opening, 8 Via Natural or Artificial Opening Endoscopic, 4 Percutaneous Endoscopic; "3" is not allowed/);
    expect(check("0DTJ4ZX", official).findings[0]?.message).toMatch(/character 7 \(Qualifier\) may be G Hand-Assisted, Z No Qualifier/);
    expect(check("0DTK4ZZ", official).findings[0]?.message).toMatch(/character 4 \(Body Part\) "K" is not allowed. The table's values are: J Appendix, N Sigmoid Colon/);
    expect(check("0DXJ4ZZ", official).findings[0]?.message).toMatch(/Character 3 \(Operation\) "X" .* there is no table 0DX/);
    expect(check("0ZTJ4ZZ", official).findings[0]?.message).toMatch(/Character 2 \(Body System\) "Z" does not exist in section 0 Medical and Surgical/);
    expect(validateCode("ADTJ4ZZ", { date: DATE, system: "icd10pcs" }, official).findings[0]?.message).toMatch(/Character 1 \(Section\) "A" is not a section/);
  });

  it("only warns in teaching mode, with the teaching excerpt's explanation", () => {
    const r = check("0DTJ3ZZ");
    expect(r.valid).toBe(true);
    expect(rules(r)).toEqual(["icd10pcs.not-in-teaching-set"]);
    expect(r.findings[0]?.message).toMatch(/In the teaching excerpt/);
  });
});

describe("validateCode: HCPCS Level II", () => {
  it("accepts a code in force", () => {
    expect(check("J2405").findings).toEqual([]);
    expect(check("G0008").valid).toBe(true);
  });

  it("rejects a code terminated before the date of service", () => {
    const r = check("J1030");
    expect(rules(r)).toEqual(["hcpcs.terminated"]);
    expect(r.findings[0]?.message).toMatch(/terminated on 2024-03-31/);
    expect(rules(check("J0171"))).toEqual(["hcpcs.terminated"]);
  });

  it("rejects a code before its add date", () => {
    const early = createLibrary(fixtureSets("2020-01-01", null));
    // The fixture release is open-ended from 2020, so it also says it may be out of date by 2025.
    expect(rules(validateCode("Q5149", { date: "2025-03-31" }, early))).toEqual(["set.may-be-outdated", "hcpcs.not-yet-effective"]);
    expect(validateCode("Q5149", { date: "2025-04-01" }, early).valid).toBe(true);
  });

  it("warns in teaching mode and rejects with a complete set a code it does not hold", () => {
    expect(rules(check("A4244"))).toEqual(["hcpcs.not-in-teaching-set"]);
    expect(rules(check("A4244", official))).toEqual(["hcpcs.unknown"]);
    expect(validateCode("D1110", { date: DATE, system: "hcpcs" }, official).findings[0]?.message).toMatch(/CDT dental codes/);
    expect(rules(validateCode("W1234", { date: DATE, system: "hcpcs" }, lib))).toEqual(["hcpcs.format"]);
  });
});

describe("validateCode: CPT", () => {
  it("accepts a teaching CPT code", () => {
    expect(check("99213").findings).toEqual([]);
  });

  it("warns that an unknown CPT code cannot be verified without a licensed file, and stays valid", () => {
    const r = check("99999");
    expect(r.valid).toBe(true);
    expect(rules(r)).toEqual(["cpt.unverified"]);
    expect(r.findings[0]?.severity).toBe("warning");
    expect(r.findings[0]?.message).toMatch(/licensed CPT file/);
  });

  it("rejects an unknown CPT code when a complete (licensed) file is loaded", () => {
    expect(rules(check("99999", official))).toEqual(["cpt.unknown"]);
  });

  it("explains the CPT shapes", () => {
    expect(rules(validateCode("9921", { date: DATE, system: "cpt" }, lib))).toEqual(["cpt.format"]);
    expect(rules(check("9921"))).toEqual(["cpt.format"]);
  });
});

describe("validateCode: system detection and bad input", () => {
  it("chooses the system where the code exists and warns when it exists in two", () => {
    const cm = teachingSets().find((s) => s.kind === "icd10cm");
    if (cm?.kind !== "icd10cm") throw new Error("no CM teaching set");
    const cols = cm.data.columns;
    const both = createLibrary([
      ...teachingSets().filter((s) => s.kind !== "icd10cm"),
      { kind: "icd10cm", data: { ...cm.data, columns: { codes: [...cols.codes, "J1100"], billable: [...cols.billable, true], shortTitles: [...cols.shortTitles, "flu"], titles: [...cols.titles, "Influenza test code"] } } },
    ]);
    const r = validateCode("J1100", { date: DATE }, both);
    expect(rules(r)).toEqual(["code.ambiguous"]);
    expect(r.findings[0]?.message).toMatch(/ICD-10-CM J11\.00 .* and HCPCS Level II J1100/);
    expect(rules(validateCode("J1100", { date: DATE, system: "hcpcs" }, both))).toEqual([]);
    expect(check("J2405").findings).toEqual([]);
    expect(check("J2405").sets[0]?.id).toBe("hcpcs-2025-10-teaching");
  });

  it("reports an empty code", () => {
    expect(rules(check(""))).toEqual(["code.empty"]);
    expect(rules(check("  .  "))).toEqual(["code.empty"]);
  });

  it("reports a code of no system", () => {
    expect(rules(check("!!!"))).toEqual(["code.unrecognized"]);
  });

  it("reports a missing or impossible date instead of throwing", () => {
    for (const opts of [{}, { date: "2026-02-30" }, { date: 20260301 }, null, undefined, "2026-03-01"]) {
      // @ts-expect-error: bad options on purpose
      const r = validateCode("E11.9", opts, lib);
      expect(rules(r)).toEqual(["input.date-invalid"]);
      expect(r.valid).toBe(false);
    }
  });

  it("reports a code that is not text and an unknown forced system", () => {
    // @ts-expect-error: not a string on purpose
    expect(rules(validateCode(42, { date: DATE }, lib))).toEqual(["input.invalid"]);
    // @ts-expect-error: not a system on purpose
    expect(rules(validateCode("E11.9", { date: DATE, system: "icd9" }, lib))).toEqual(["input.invalid"]);
  });

  it("says no set is loaded for a date outside every release", () => {
    const r = validateCode("E11.9", { date: "2019-05-01" }, lib);
    expect(rules(r)).toEqual(["set.none-in-force"]);
    expect(r.findings[0]?.message).toMatch(/No ICD-10-CM code set is loaded for 2019-05-01/);
  });
});

describe("validateClaim: input shapes", () => {
  it("accepts diagnoses and procedures given as objects or as plain text", () => {
    const r = validateClaim({ diagnoses: [{ code: "E11.9" }, "I10"] as never, procedures: ["99213" as never] }, { date: DATE }, lib);
    expect(r.findings).toEqual([]);
    expect(r.valid).toBe(true);
  });

  it("reports malformed claims as findings", () => {
    const bad: unknown[] = [null, 7, "E11.9", [], { diagnoses: "E11.9" }, { diagnoses: [{ code: 7 }] }, { diagnoses: [{ code: "E11.9" }], procedures: {} }, { diagnoses: [{ code: "E11.9" }], setting: "home" }];
    for (const claim of bad) {
      // @ts-expect-error: malformed on purpose
      const r = validateClaim(claim, { date: DATE }, lib);
      expect(r.valid, JSON.stringify(claim)).toBe(false);
      expect(rules(r).some((id) => id === "input.invalid" || id === "claim.no-diagnosis"), JSON.stringify(claim)).toBe(true);
    }
  });

  it("reports a bad patient age or sex", () => {
    const claim = { diagnoses: [{ code: "E11.9" }], patient: { age: -1, sex: "X" } };
    // @ts-expect-error: bad sex on purpose
    const r = validateClaim(claim, { date: DATE }, lib);
    expect(rules(r)).toEqual(["input.patient-invalid", "input.patient-invalid"]);
  });

  it("uses the claim's setting before the options' setting", () => {
    const claim = { diagnoses: [{ code: "K35.80" }], procedures: [{ code: "0DTJ4ZZ" }], setting: "inpatient" as const };
    expect(rules(validateClaim(claim, { date: DATE, setting: "professional" }, lib))).toEqual([]);
  });
});

describe("validateClaim: size limits", () => {
  it("reports text far too long to be a code without echoing it", () => {
    const long = "E".repeat(100_000);
    const r = validateCode(long, { date: DATE }, lib);
    expect(rules(r)).toEqual(["code.unrecognized"]);
    expect(r.findings[0]?.message.length).toBeLessThan(200);
    const c = validateClaim({ diagnoses: [{ code: long }], procedures: [{ code: long, modifiers: [long] }] }, { date: DATE }, lib);
    expect(c.findings.every((f) => f.message.length < 400 && f.codes.every((x) => x.length < 20))).toBe(true);
  });

  it("checks at most 200 lines of a huge claim, quickly", () => {
    const dx = Array.from({ length: 5000 }, () => ({ code: "E11.9" }));
    const px = Array.from({ length: 5000 }, () => ({ code: "99213" }));
    const r = validateClaim({ diagnoses: dx, procedures: px }, { date: DATE }, lib);
    expect(rules(r)).toContain("claim.too-many-diagnoses");
    expect(rules(r)).toContain("input.invalid");
    expect(r.findings.filter((f) => f.rule === "claim.duplicate-diagnosis")).toHaveLength(199);
  });
});
