import { describe, expect, it } from "vitest";
import { benchClaim, benchValidateClaim, benchValidateCode, runCoreBench } from "./bench-core";
import { createLibrary } from "./library";
import { teachingLibrary } from "./teaching";
import { validateClaim } from "./validate";

describe("bench-core", () => {
  it("measures validateCode and validateClaim and reports figures against the targets", () => {
    const lib = teachingLibrary();
    const figures = runCoreBench(lib, { iterations: 2000, warmup: 100 });
    expect(figures.map((f) => f.name)).toEqual(["validateCode (valid billable ICD-10-CM)", "validateClaim (12 dx + 6 px, modifiers, NCCI, MUE)"]);
    for (const f of figures) {
      expect(f.operations).toBe(2000);
      expect(f.perSecondCpu).toBeGreaterThan(0);
      expect(f.perSecondWall).toBeGreaterThan(0);
      expect(typeof f.meetsTarget).toBe("boolean");
    }
    expect(figures[0]?.target).toBe(1_000_000);
    expect(figures[1]?.target).toBe(50_000);
    expect(figures[0]?.note).not.toMatch(/reported errors/);
  });

  it("uses a claim of 12 diagnoses and 6 procedures that exercises NCCI and MUE and is valid", () => {
    const claim = benchClaim();
    expect(claim.diagnoses).toHaveLength(12);
    expect(claim.procedures).toHaveLength(6);
    const r = validateClaim(claim, { date: "2026-03-01" }, teachingLibrary());
    expect(r.valid).toBe(true);
    expect(r.sets.map((s) => s.id)).toEqual(expect.arrayContaining(["ncci-ptp-practitioner-teaching", "mue-practitioner-teaching"]));
    expect(benchValidateClaim(teachingLibrary(), { iterations: 10, warmup: 0 }).note).toMatch(/finding/);
  });

  it("explains when no ICD-10-CM set is in force", () => {
    expect(() => benchValidateCode(createLibrary([]), { iterations: 1, warmup: 0 })).toThrow(/no ICD-10-CM set/);
  });
});
