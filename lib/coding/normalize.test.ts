import { describe, expect, it } from "vitest";
import { canonicalize, canonicalModifier, displayCode, isCanonical, readCode } from "./normalize";

describe("canonical form", () => {
  it("upper-cases and strips the dot and blanks", () => {
    expect(canonicalize("e11.9")).toBe("E119");
    expect(canonicalize(" S72.001a ")).toBe("S72001A");
    expect(canonicalize("0dtj4zz")).toBe("0DTJ4ZZ");
    expect(canonicalize("E119")).toBe("E119");
  });

  it("remembers where the dot was typed and whether there were several", () => {
    expect(readCode("E11.9")).toEqual({ canonical: "E119", dotAt: 3, extraDots: false });
    expect(readCode("E1.19")).toEqual({ canonical: "E119", dotAt: 2, extraDots: false });
    expect(readCode("E11.9.1")).toEqual({ canonical: "E1191", dotAt: 3, extraDots: true });
    expect(readCode("e11 .9")).toEqual({ canonical: "E119", dotAt: 3, extraDots: false });
  });

  it("keeps other characters so the format rules can name them", () => {
    expect(canonicalize("E11-9")).toBe("E11-9");
    expect(isCanonical("E11-9")).toBe(false);
    expect(readCode("").canonical).toBe("");
  });

  it("restores the ICD-10-CM dot after the third character for display only", () => {
    expect(displayCode("E119", "icd10cm")).toBe("E11.9");
    expect(displayCode("I10", "icd10cm")).toBe("I10");
    expect(displayCode("S72001A", "icd10cm")).toBe("S72.001A");
    expect(displayCode("0DTJ4ZZ", "icd10pcs")).toBe("0DTJ4ZZ");
    expect(displayCode("99213", "cpt")).toBe("99213");
  });

  it("trims and upper-cases modifiers", () => {
    expect(canonicalModifier(" rt ")).toBe("RT");
    expect(canonicalModifier("25")).toBe("25");
  });
});
