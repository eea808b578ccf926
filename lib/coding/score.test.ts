import { describe, expect, it } from "vitest";
import type { CaseKey, CaseResponse } from "./claim-types";
import { PARTIAL_CREDIT, checkKey, scoreCase } from "./score";
import { teachingLibrary } from "./teaching";

const lib = teachingLibrary();
const DATE = "2026-03-01";

/** A worked outpatient case: type 2 diabetes with diabetic CKD stage 3b, long-term insulin; office visit and an injection. */
const KEY: CaseKey = {
  date: DATE,
  setting: "professional",
  diagnoses: { principal: "E11.22", required: ["N18.32", "Z79.4"], optional: ["Z87.891"] },
  procedures: [
    { code: "99214", modifiers: ["25"] },
    { code: "20610", modifiers: ["RT"] },
    { code: "J1100", units: 10 },
  ],
};

const PERFECT: CaseResponse = {
  diagnoses: ["E11.22", "N18.32", "Z79.4"],
  procedures: [{ code: "99214", modifiers: ["25"] }, { code: "20610", modifiers: ["RT"] }, { code: "J1100", units: 10 }],
};

describe("scoreCase", () => {
  it("gives full credit for the key, in order, dots and case aside", () => {
    const s = scoreCase({ ...PERFECT, diagnoses: ["e1122", "N18.32", "Z79.4"] }, KEY, lib);
    expect(s.score).toBe(1);
    expect(s.correct).toBe(6);
    expect(s.keyCount).toBe(6);
    expect(s.enteredCount).toBe(6);
    expect(s.principalCorrect).toBe(true);
    expect(s.lines.map((l) => l.verdict)).toEqual(["correct", "correct", "correct", "correct", "correct", "correct"]);
    expect(s.lines[0]?.explanation).toMatch(/E11\.22 \(Type 2 diabetes mellitus with diabetic chronic kidney disease\) is the principal/);
    expect(s.summary).toMatch(/Score 100%: 6 of 6 earned\. Principal diagnosis correct and first\./);
  });

  it("divides by the key count when codes are missing", () => {
    const s = scoreCase({ ...PERFECT, diagnoses: ["E11.22", "N18.32"] }, KEY, lib);
    expect(s.correct).toBe(5);
    expect(s.score).toBeCloseTo(5 / 6);
    const missing = s.lines.find((l) => l.verdict === "missing");
    expect(missing?.expected).toBe("Z79.4");
    expect(missing?.explanation).toMatch(/The key has Z79\.4 \(Long term \(current\) use of insulin\); it was not entered/);
    expect(s.summary).toMatch(/Missing: Z79\.4\./);
  });

  it("divides by the number entered when more codes were entered than the key has", () => {
    const s = scoreCase({ ...PERFECT, diagnoses: ["E11.22", "N18.32", "Z79.4", "I10", "E78.5"] }, KEY, lib);
    expect(s.enteredCount).toBe(8);
    expect(s.score).toBeCloseTo(6 / 8);
    expect(s.lines.filter((l) => l.verdict === "extra").map((l) => l.entered)).toEqual(["I10", "E78.5"]);
    expect(s.summary).toMatch(/so the score divides by 8/);
  });

  it("neither counts nor penalises optional codes", () => {
    const s = scoreCase({ ...PERFECT, diagnoses: ["E11.22", "N18.32", "Z79.4", "Z87.891"] }, KEY, lib);
    expect(s.score).toBe(1);
    expect(s.enteredCount).toBe(6);
    expect(s.lines.find((l) => l.entered === "Z87.891")?.verdict).toBe("optional");
  });

  it("requires the principal diagnosis first: listed later it earns no credit", () => {
    const s = scoreCase({ ...PERFECT, diagnoses: ["N18.32", "E11.22", "Z79.4"] }, KEY, lib);
    expect(s.principalCorrect).toBe(false);
    expect(s.correct).toBe(5);
    const line = s.lines.find((l) => l.entered === "E11.22");
    expect(line?.verdict).toBe("wrong");
    expect(line?.explanation).toMatch(/listed in position 2: it must be listed first/);
    expect(s.summary).toMatch(/Principal diagnosis E11\.22 is not first/);
  });

  it("says what the principal diagnosis is when the first code is wrong, and hints at the category", () => {
    const s = scoreCase({ ...PERFECT, diagnoses: ["E11.9", "N18.32", "Z79.4"] }, KEY, lib);
    const first = s.lines[0];
    expect(first?.verdict).toBe("wrong");
    expect(first?.explanation).toMatch(/The principal diagnosis is E11\.22\. The key has E11\.22 in the same category/);
    expect(s.lines.find((l) => l.expected === "E11.22")?.verdict).toBe("missing");
  });

  it("gives partial credit for the right procedure code with a wrong or missing modifier or wrong units", () => {
    const s = scoreCase(
      { ...PERFECT, procedures: [{ code: "99214" }, { code: "20610", modifiers: ["LT"] }, { code: "J1100", units: 8 }] },
      KEY,
      lib,
    );
    const px = s.lines.filter((l) => l.kind === "px");
    expect(px.map((l) => l.verdict)).toEqual(["partial", "partial", "partial"]);
    expect(px.map((l) => l.credit)).toEqual([PARTIAL_CREDIT, PARTIAL_CREDIT, PARTIAL_CREDIT]);
    expect(px[0]?.explanation).toMatch(/modifiers: key 25, entered none/);
    expect(px[2]?.explanation).toMatch(/units: key 10, entered 8/);
    expect(s.correct).toBe(3 + 3 * PARTIAL_CREDIT);
    expect(s.summary).toMatch(/Partial credit: 99214, 20610, J1100/);
  });

  it("matches procedures in any order and modifiers in any order", () => {
    const key: CaseKey = { date: DATE, diagnoses: { principal: "M17.11", required: [] }, procedures: [{ code: "73560", modifiers: ["26", "RT"] }, { code: "20610", modifiers: ["RT"] }] };
    const s = scoreCase({ diagnoses: ["M17.11"], procedures: [{ code: "20610", modifiers: ["rt"] }, { code: "73560", modifiers: ["RT", "26"] }] }, key, lib);
    expect(s.score).toBe(1);
  });

  it("requires the principal procedure first when the key marks one", () => {
    const key: CaseKey = {
      date: DATE,
      setting: "inpatient",
      diagnoses: { principal: "K35.80", required: [] },
      procedures: [{ code: "0DTJ4ZZ", principal: true }, { code: "3E033GC", optional: true }],
    };
    expect(scoreCase({ diagnoses: ["K35.80"], procedures: [{ code: "0DTJ4ZZ" }] }, key, lib).score).toBe(1);
    const late = scoreCase({ diagnoses: ["K35.80"], procedures: [{ code: "3E033GC" }, { code: "0DTJ4ZZ" }] }, key, lib);
    expect(late.lines.find((l) => l.entered === "0DTJ4ZZ")?.verdict).toBe("wrong");
    expect(late.lines.find((l) => l.entered === "3E033GC")?.verdict).toBe("optional");
    expect(late.score).toBe(0.5);
  });

  it("attaches each entered code's validation findings to its line", () => {
    const s = scoreCase({ diagnoses: ["E11", "E11.22"], procedures: [{ code: "20610", modifiers: ["LT", "RT"] }] }, KEY, lib);
    expect(s.lines.find((l) => l.entered === "E11")?.findings.map((f) => f.rule)).toEqual(["icd10cm.not-billable"]);
    expect(s.lines.find((l) => l.entered === "20610")?.findings.map((f) => f.rule)).toContain("modifier.conflict");
    expect(s.summary).toMatch(/validation errors? in the entered codes/);
  });

  it("counts a code entered twice once, and the repeat as extra", () => {
    const s = scoreCase({ ...PERFECT, diagnoses: ["E11.22", "N18.32", "Z79.4", "N18.32"] }, KEY, lib);
    expect(s.lines.filter((l) => l.entered === "N18.32").map((l) => l.verdict)).toEqual(["correct", "extra"]);
    expect(s.score).toBeCloseTo(6 / 7);
  });

  it("is deterministic", () => {
    const r: CaseResponse = { diagnoses: ["N18.32", "I10", "E11.22"], procedures: [{ code: "J1100", units: 5 }, { code: "99214" }] };
    expect(JSON.stringify(scoreCase(r, KEY, lib))).toBe(JSON.stringify(scoreCase(r, KEY, lib)));
  });

  it("scores an empty response as zero", () => {
    const s = scoreCase({ diagnoses: [], procedures: [] }, KEY, lib);
    expect(s.score).toBe(0);
    expect(s.lines.every((l) => l.verdict === "missing")).toBe(true);
    expect(s.lines).toHaveLength(6);
  });

  it("never throws for a malformed key or response, and says what is wrong", () => {
    // @ts-expect-error: malformed on purpose
    const s = scoreCase(null, null, lib);
    expect(s.score).toBe(0);
    expect(s.summary).toMatch(/The answer key is incomplete/);
    // @ts-expect-error: malformed on purpose
    const t = scoreCase({ diagnoses: "E11.9", procedures: [7, { code: 3 }] }, KEY, lib);
    expect(t.score).toBe(0);
  });
});

describe("checkKey", () => {
  it("validates an answer key's codes with the claim rules", () => {
    expect(checkKey(KEY, lib).valid).toBe(true);
    const bad = checkKey({ date: DATE, diagnoses: { principal: "E11", required: ["E10.9", "E11.9"] } }, lib);
    expect(bad.findings.map((f) => f.rule)).toEqual(["icd10cm.not-billable", "icd10cm.excludes1"]);
  });
});
