import { describe, expect, it } from "vitest";
import { createLibrary, isIsoDate, isLoadedLibrary } from "./library";
import { teachingLibrary, teachingSets } from "./teaching";
import { fixtureSets, withMeta } from "./test-support/fixtures";

describe("createLibrary", () => {
  it("picks the set whose dates hold the date of service, open-ended sets included", () => {
    const fy2025 = fixtureSets("2024-10-01", "2025-09-30").map((s) => withMeta(s, (m) => ({ ...m, id: `${m.id}-fy2025`, version: "FY2025" })));
    const fy2026 = fixtureSets("2025-10-01", null);
    const lib = createLibrary([...fy2025, ...fy2026]);
    expect(lib.icd10cm("2025-03-01")?.meta.version).toBe("FY2025");
    expect(lib.icd10cm("2025-09-30")?.meta.version).toBe("FY2025");
    expect(lib.icd10cm("2025-10-01")?.meta.version).toBe("FY2026");
    expect(lib.icd10cm("2031-01-01")?.meta.version).toBe("FY2026");
    expect(lib.icd10cm("2024-09-30")).toBeUndefined();
    expect(lib.allIcd10cm()).toHaveLength(2);
  });

  it("prefers official, licensed or fixture sets over teaching sets for the same date", () => {
    const lib = createLibrary([...teachingSets(), ...fixtureSets()]);
    expect(lib.icd10cm("2026-03-01")?.meta.source).toBe("fixture");
    expect(lib.cpt("2026-03-01")?.meta.source).toBe("fixture");
    expect(lib.teachingOnly).toBe(false);
    const reversed = createLibrary([...fixtureSets(), ...teachingSets()]);
    expect(reversed.icd10cm("2026-03-01")?.meta.source).toBe("fixture");
  });

  it("is teaching-only when no non-teaching ICD-10-CM, PCS or HCPCS set is loaded", () => {
    expect(teachingLibrary().teachingOnly).toBe(true);
    const cptOnly = createLibrary([...teachingSets(), ...fixtureSets().filter((s) => s.kind === "cpt")]);
    expect(cptOnly.teachingOnly).toBe(true);
    const cmOnly = createLibrary([...teachingSets(), ...fixtureSets().filter((s) => s.kind === "icd10cm")]);
    expect(cmOnly.teachingOnly).toBe(false);
  });

  it("keeps PTP and MUE tables by setting", () => {
    const lib = teachingLibrary();
    expect(lib.ptp("2026-03-01", "practitioner")?.setting).toBe("practitioner");
    expect(lib.ptp("2026-03-01", "hospital")?.setting).toBe("hospital");
    expect(lib.mue("2026-03-01", "dme")).toBeUndefined();
    expect(lib.mce("2026-03-01")).toBeDefined();
  });

  it("answers undefined for a date that is not a real date", () => {
    const lib = teachingLibrary();
    for (const d of ["", "2026-02-30", "2026-3-1", "March 1", "2026-13-01"]) expect(lib.icd10cm(d), d).toBeUndefined();
  });

  it("lists every loaded set, oldest first within a kind", () => {
    const lib = teachingLibrary();
    expect(lib.sets.map((m) => m.kind)).toEqual(["icd10cm", "icd10pcs", "hcpcs", "cpt", "ncci-ptp", "ncci-ptp", "mue", "mue", "mce"]);
    expect(isLoadedLibrary(lib)).toBe(true);
  });

  it("builds sets only when first asked, then reuses them", () => {
    const lib = createLibrary(teachingSets());
    expect(lib.icd10cm("2026-03-01")).toBe(lib.icd10cm("2026-04-01"));
  });

  it("works with no sets at all", () => {
    const lib = createLibrary([]);
    expect(lib.teachingOnly).toBe(true);
    expect(lib.icd10cm("2026-03-01")).toBeUndefined();
    expect(lib.sets).toEqual([]);
  });
});

describe("isIsoDate", () => {
  it("accepts real calendar dates only", () => {
    expect(isIsoDate("2026-03-01")).toBe(true);
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2025-02-29")).toBe(false);
    expect(isIsoDate("1900-02-29")).toBe(false);
    expect(isIsoDate("2000-02-29")).toBe(true);
    expect(isIsoDate("2026-04-31")).toBe(false);
    expect(isIsoDate("2026-00-10")).toBe(false);
    expect(isIsoDate("20260301")).toBe(false);
  });
});
