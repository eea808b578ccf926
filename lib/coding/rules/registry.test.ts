import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ValidationResult } from "../claim-types";
import { createLibrary } from "../library";
import { teachingLibrary, teachingSets } from "../teaching";
import { fixtureLibrary, fixtureSets } from "../test-support/fixtures";
import { validateClaim, validateCode } from "../validate";
import { RULES, ruleIds, type RuleId } from "./registry";

const DATE = "2026-03-01";
const lib = teachingLibrary();
const official = fixtureLibrary();
const dx = (...codes: string[]): { code: string }[] => codes.map((code) => ({ code }));

function ambiguousLibrary(): ReturnType<typeof createLibrary> {
  const cm = teachingSets().find((s) => s.kind === "icd10cm");
  if (cm?.kind !== "icd10cm") throw new Error("no CM teaching set");
  const c = cm.data.columns;
  return createLibrary([
    ...teachingSets().filter((s) => s.kind !== "icd10cm"),
    { kind: "icd10cm", data: { ...cm.data, columns: { codes: [...c.codes, "J1100"], billable: [...c.billable, true], shortTitles: [...c.shortTitles, "x"], titles: [...c.titles, "x"] } } },
  ]);
}

/** One input that produces each rule: together they show every documented rule can fire. */
const SCENARIOS: Record<RuleId, () => ValidationResult> = {
  "input.invalid": () => validateClaim(null as never, { date: DATE }, lib),
  "input.date-invalid": () => validateCode("E11.9", { date: "2026-02-30" }, lib),
  "input.patient-invalid": () => validateClaim({ diagnoses: dx("E11.9"), patient: { age: 200 } }, { date: DATE }, lib),
  "set.none-in-force": () => validateCode("E11.9", { date: "2019-01-01" }, lib),
  "set.may-be-outdated": () => validateCode("J1100", { date: "2026-06-01", system: "hcpcs" }, createLibrary(fixtureSets("2025-10-01", null))),
  "code.empty": () => validateCode("", { date: DATE }, lib),
  "code.unrecognized": () => validateCode("%%", { date: DATE }, lib),
  "code.ambiguous": () => validateCode("J1100", { date: DATE }, ambiguousLibrary()),
  "icd10cm.format": () => validateCode("E1", { date: DATE }, lib),
  "icd10cm.unknown": () => validateCode("E11.77", { date: DATE }, official),
  "icd10cm.not-in-teaching-set": () => validateCode("E11.77", { date: DATE }, lib),
  "icd10cm.not-billable": () => validateCode("E11", { date: DATE }, lib),
  "icd10cm.seventh-character-required": () => validateCode("S72.001", { date: DATE }, lib),
  "icd10cm.seventh-character-invalid": () => validateCode("S72.001X", { date: DATE }, lib),
  "icd10cm.placeholder-x": () => validateCode("W19A", { date: DATE }, lib),
  "icd10cm.excludes1": () => validateClaim({ diagnoses: dx("E11.9", "E10.9") }, { date: DATE }, lib),
  "icd10cm.manifestation-principal": () => validateClaim({ diagnoses: dx("F02.80", "G30.9") }, { date: DATE }, lib),
  "icd10cm.manifestation-without-etiology": () => validateClaim({ diagnoses: dx("I10", "D63.1") }, { date: DATE }, lib),
  "icd10cm.code-first": () => validateClaim({ diagnoses: dx("R65.20") }, { date: DATE }, lib),
  "icd10cm.use-additional-code": () => validateClaim({ diagnoses: dx("E11.22") }, { date: DATE }, lib),
  "icd10cm.external-cause-principal": () => validateClaim({ diagnoses: dx("W19.XXXA", "S72.001A") }, { date: DATE }, lib),
  "claim.no-diagnosis": () => validateClaim({ diagnoses: [] }, { date: DATE }, lib),
  "claim.too-many-diagnoses": () =>
    validateClaim({ diagnoses: dx("E11.9", "I10", "J44.9", "K21.9", "F41.1", "M54.50", "R05.9", "Z87.891", "G47.33", "E78.5", "N39.0", "H52.4", "L40.0") }, { date: DATE }, lib),
  "claim.duplicate-diagnosis": () => validateClaim({ diagnoses: dx("I10", "I10") }, { date: DATE }, lib),
  "claim.duplicate-procedure": () => validateClaim({ diagnoses: dx("M54.50"), procedures: [{ code: "97110" }, { code: "97110" }] }, { date: DATE }, lib),
  "claim.diagnosis-as-procedure": () => validateClaim({ diagnoses: dx("I10"), procedures: [{ code: "E11.9" }] }, { date: DATE }, lib),
  "claim.procedure-as-diagnosis": () => validateClaim({ diagnoses: dx("99213") }, { date: DATE }, lib),
  "claim.procedure-setting": () => validateClaim({ diagnoses: dx("K35.80"), procedures: [{ code: "0DTJ4ZZ" }], setting: "professional" }, { date: DATE }, lib),
  "claim.units-invalid": () => validateClaim({ diagnoses: dx("M54.50"), procedures: [{ code: "97110", units: 0 }] }, { date: DATE }, lib),
  "claim.line-date-invalid": () => validateClaim({ diagnoses: dx("M54.50"), procedures: [{ code: "97110", date: "x" }] }, { date: DATE }, lib),
  "icd10pcs.format": () => validateCode("0DTJ4ZI", { date: DATE }, lib),
  "icd10pcs.incomplete": () => validateCode("0DT", { date: DATE }, lib),
  "icd10pcs.invalid": () => validateCode("0DTJ3ZZ", { date: DATE }, official),
  "icd10pcs.not-in-teaching-set": () => validateCode("0DTJ3ZZ", { date: DATE }, lib),
  "cpt.format": () => validateCode("9921", { date: DATE }, lib),
  "cpt.unknown": () => validateCode("99999", { date: DATE }, official),
  "cpt.unverified": () => validateCode("99999", { date: DATE }, lib),
  "hcpcs.format": () => validateCode("W1234", { date: DATE, system: "hcpcs" }, lib),
  "hcpcs.unknown": () => validateCode("A4244", { date: DATE }, official),
  "hcpcs.not-in-teaching-set": () => validateCode("A4244", { date: DATE }, lib),
  "hcpcs.not-yet-effective": () => validateCode("Q5149", { date: "2025-01-01" }, createLibrary(fixtureSets("2020-01-01", null))),
  "hcpcs.terminated": () => validateCode("J1030", { date: DATE }, lib),
  "modifier.format": () => validateClaim({ diagnoses: dx("M17.11"), procedures: [{ code: "20610", modifiers: ["RTX"] }] }, { date: DATE }, lib),
  "modifier.unknown": () => validateClaim({ diagnoses: dx("M17.11"), procedures: [{ code: "20610", modifiers: ["64"] }] }, { date: DATE }, lib),
  "modifier.not-in-teaching-set": () => validateClaim({ diagnoses: dx("M17.11"), procedures: [{ code: "20610", modifiers: ["Q0"] }] }, { date: DATE }, lib),
  "modifier.terminated": () => validateClaim({ diagnoses: dx("M17.11"), procedures: [{ code: "20610", modifiers: ["GD"] }] }, { date: DATE }, lib),
  "modifier.not-allowed": () => validateClaim({ diagnoses: dx("K35.80"), procedures: [{ code: "0DTJ4ZZ", modifiers: ["RT"] }], setting: "inpatient" }, { date: DATE }, lib),
  "modifier.too-many": () => validateClaim({ diagnoses: dx("M17.11"), procedures: [{ code: "20610", modifiers: ["RT", "59", "KX", "GA", "AI"] }] }, { date: DATE }, lib),
  "modifier.duplicate": () => validateClaim({ diagnoses: dx("M17.11"), procedures: [{ code: "20610", modifiers: ["RT", "RT"] }] }, { date: DATE }, lib),
  "modifier.conflict": () => validateClaim({ diagnoses: dx("M17.11"), procedures: [{ code: "20610", modifiers: ["LT", "RT"] }] }, { date: DATE }, lib),
  "modifier.59-with-x": () => validateClaim({ diagnoses: dx("M17.11"), procedures: [{ code: "20610", modifiers: ["59", "XS"] }] }, { date: DATE }, lib),
  "modifier.not-for-code": () => validateClaim({ diagnoses: dx("M17.11"), procedures: [{ code: "20610", modifiers: ["25"] }] }, { date: DATE }, lib),
  "ncci.ptp": () => validateClaim({ diagnoses: dx("K63.5"), procedures: [{ code: "45380" }, { code: "45378" }] }, { date: DATE }, lib),
  "ncci.ptp-bypassed": () => validateClaim({ diagnoses: dx("L57.0"), procedures: [{ code: "17000" }, { code: "11102", modifiers: ["XS"] }] }, { date: DATE }, lib),
  "mue.units-line": () => validateClaim({ diagnoses: dx("M17.11"), procedures: [{ code: "27447", units: 2 }] }, { date: DATE }, lib),
  "mue.units-day-policy": () => validateClaim({ diagnoses: dx("I10"), procedures: [{ code: "99213", units: 2 }] }, { date: DATE }, lib),
  "mue.units-day-clinical": () => validateClaim({ diagnoses: dx("J44.1"), procedures: [{ code: "J1100", units: 30 }] }, { date: DATE }, lib),
  "mce.age-conflict": () => validateClaim({ diagnoses: dx("Z00.129"), patient: { age: 40 } }, { date: DATE }, lib),
  "mce.sex-conflict": () => validateClaim({ diagnoses: dx("N40.0"), patient: { sex: "F" } }, { date: DATE }, lib),
  "mce.principal-unacceptable": () => validateClaim({ diagnoses: dx("Z23"), setting: "inpatient" }, { date: DATE }, lib),
};

describe("rule registry", () => {
  it("has a scenario that produces every rule, with the rule's fixed severity", () => {
    for (const id of ruleIds()) {
      const scenario = SCENARIOS[id];
      const found = scenario().findings.filter((f) => f.rule === id);
      expect(found.length, id).toBeGreaterThan(0);
      for (const f of found) {
        expect(f.severity, id).toBe(RULES[id].severity);
        expect(f.message.length, id).toBeGreaterThan(20);
        expect(f.source.title.startsWith(RULES[id].source), id).toBe(true);
      }
    }
  });

  it("documents every rule in rules/README.md with its severity and source, and nothing else", () => {
    const readme = readFileSync(join(__dirname, "README.md"), "utf8");
    const documented = [...readme.matchAll(/^\| `([a-z0-9.-]+)` \| (error|warning) \| .* \| (.*) \|$/gm)];
    expect(documented.map((m) => m[1])).toEqual(ruleIds());
    for (const m of documented) {
      const id = m[1] as RuleId;
      expect(m[2], id).toBe(RULES[id].severity);
      expect(m[3], id).toBe(RULES[id].source);
    }
  });

  it("uses stable dotted ids", () => {
    for (const id of ruleIds()) expect(id).toMatch(/^[a-z0-9]+(\.[a-z0-9-]+)+$/);
  });
});
