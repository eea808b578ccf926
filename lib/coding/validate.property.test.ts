/**
 * Property tests: no string, JSON value or mix of plausible and odd fields makes the core throw;
 * results are always well formed and `valid` agrees with the errors.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ValidationResult } from "./claim-types";
import { lookupCode } from "./lookup";
import { scoreCase } from "./score";
import { teachingLibrary } from "./teaching";
import { fixtureLibrary } from "./test-support/fixtures";
import { validateClaim, validateCode } from "./validate";

const libs = [teachingLibrary(), fixtureLibrary()];
const DATE = "2026-03-01";

function wellFormed(r: ValidationResult): void {
  expect(typeof r.valid).toBe("boolean");
  expect(r.valid).toBe(!r.findings.some((f) => f.severity === "error"));
  for (const f of r.findings) {
    expect(typeof f.rule).toBe("string");
    expect(f.message.length).toBeGreaterThan(0);
    expect(Array.isArray(f.codes)).toBe(true);
  }
}

/** Codes that look like codes (so the deeper rules run), mixed with noise. */
const codeLike = fc.oneof(
  fc.constantFrom("E11.9", "E11", "S72.001", "T39.11A", "0DTJ3ZZ", "0DT", "J1100", "99213", "3074F", "W19.XXXA", "F02.80", "D63.1", "R65.20", "Z3A.39", "J1030", "Q5149"),
  fc.stringMatching(/^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{0,4})?$/),
  fc.stringMatching(/^[0-9A-HJ-NP-Z]{7}$/),
  fc.stringMatching(/^[0-9]{4}[0-9FTU]$/),
  fc.stringMatching(/^[A-V][0-9]{4}$/),
  fc.string(),
  fc.string({ unit: "grapheme-composite" }),
);

const dateLike = fc.oneof(fc.constant(DATE), fc.constant("2025-10-01"), fc.string(), fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)));

const procedureLike = fc.oneof(
  fc.record(
    {
      code: codeLike,
      modifiers: fc.array(fc.oneof(fc.constantFrom("25", "59", "RT", "LT", "XS", "26", "TC", "GA", "GZ", "1P", "ZZ"), fc.string()), { maxLength: 6 }),
      units: fc.oneof(fc.integer({ min: -5, max: 20000 }), fc.double(), fc.constant(undefined)),
      date: fc.oneof(dateLike, fc.constant(undefined)),
    },
    { requiredKeys: ["code"] },
  ),
  fc.jsonValue(),
);

const claimLike = fc.oneof(
  fc.record(
    {
      diagnoses: fc.oneof(fc.array(fc.oneof(fc.record({ code: codeLike }), codeLike, fc.jsonValue()), { maxLength: 14 }), fc.jsonValue()),
      procedures: fc.oneof(fc.array(procedureLike, { maxLength: 8 }), fc.jsonValue()),
      patient: fc.oneof(fc.record({ age: fc.oneof(fc.integer({ min: -3, max: 130 }), fc.jsonValue()), sex: fc.oneof(fc.constantFrom("M", "F", "U", "x"), fc.jsonValue()) }), fc.jsonValue()),
      setting: fc.oneof(fc.constantFrom("inpatient", "outpatient", "professional", "home"), fc.jsonValue()),
    },
    { requiredKeys: [] },
  ),
  fc.jsonValue(),
  fc.anything(),
);

describe("the core never throws for bad input", () => {
  it("validateCode answers any string, options and system", () => {
    fc.assert(
      fc.property(codeLike, dateLike, fc.oneof(fc.constantFrom("icd10cm", "icd10pcs", "hcpcs", "cpt", undefined), fc.string()), fc.integer({ min: 0, max: 1 }), (code, date, system, li) => {
        const lib = libs[li] ?? libs[0];
        if (lib === undefined) return;
        // @ts-expect-error: arbitrary system on purpose
        wellFormed(validateCode(code, system === undefined ? { date } : { date, system }, lib));
      }),
      { numRuns: 2000 },
    );
  });

  it("validateCode answers any JSON value as code or options", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (code, opts) => {
        // @ts-expect-error: arbitrary input on purpose
        wellFormed(validateCode(code, opts, teachingLibrary()));
      }),
      { numRuns: 500 },
    );
  });

  it("validateClaim answers any claim-like or JSON value", () => {
    fc.assert(
      fc.property(claimLike, fc.oneof(fc.constant(DATE), dateLike), fc.integer({ min: 0, max: 1 }), (claim, date, li) => {
        const lib = libs[li] ?? libs[0];
        if (lib === undefined) return;
        // @ts-expect-error: arbitrary claim on purpose
        wellFormed(validateClaim(claim, { date }, lib));
      }),
      { numRuns: 1500 },
    );
  });

  it("scoreCase answers any response and key", () => {
    const keyLike = fc.oneof(
      fc.record({
        date: dateLike,
        setting: fc.oneof(fc.constantFrom("inpatient", "professional"), fc.jsonValue()),
        diagnoses: fc.oneof(fc.record({ principal: codeLike, required: fc.array(codeLike, { maxLength: 5 }), optional: fc.array(codeLike, { maxLength: 3 }) }), fc.jsonValue()),
        procedures: fc.oneof(fc.array(fc.record({ code: codeLike, modifiers: fc.array(fc.string(), { maxLength: 3 }), units: fc.integer(), optional: fc.boolean(), principal: fc.boolean() }), { maxLength: 5 }), fc.jsonValue()),
      }),
      fc.anything(),
    );
    const responseLike = fc.oneof(fc.record({ diagnoses: fc.array(codeLike, { maxLength: 8 }), procedures: fc.array(procedureLike, { maxLength: 6 }) }), fc.anything());
    fc.assert(
      fc.property(responseLike, keyLike, (response, key) => {
        // @ts-expect-error: arbitrary input on purpose
        const s = scoreCase(response, key, teachingLibrary());
        expect(s.score).toBeGreaterThanOrEqual(0);
        expect(s.score).toBeLessThanOrEqual(1);
        expect(Number.isFinite(s.score)).toBe(true);
        expect(typeof s.summary).toBe("string");
      }),
      { numRuns: 1000 },
    );
  });

  it("lookupCode answers any string and options", () => {
    fc.assert(
      fc.property(codeLike, fc.anything(), (code, opts) => {
        // @ts-expect-error: arbitrary options on purpose
        const info = lookupCode(code, opts, teachingLibrary());
        wellFormed(info.validation);
      }),
      { numRuns: 500 },
    );
  });
});
