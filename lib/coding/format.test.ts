import { describe, expect, it } from "vitest";
import {
  checkCptFormat,
  checkHcpcsFormat,
  checkIcd10CmFormat,
  checkModifierFormat,
  checkPcsFormat,
  cptCategoryOf,
  guessSystem,
  isHcpcsShape,
  isIcd10CmShape,
  isPcsShape,
  shapeSystems,
} from "./format";
import { readCode } from "./normalize";

const cm = (s: string): string | null => checkIcd10CmFormat(readCode(s));

describe("ICD-10-CM shape", () => {
  it("accepts 3 to 7 characters: letter, digit, letter or digit, then letters or digits", () => {
    for (const c of ["I10", "E11.9", "E119", "C4A", "Z3A.39", "S72.001A", "T39.1X1A", "U07.1", "E11.A", "QA0.0101"]) expect(cm(c), c).toBeNull();
  });

  it("rejects codes that are too short or too long, with the reason", () => {
    expect(cm("E1")).toMatch(/too short/);
    expect(cm("S72.001AB")).toMatch(/too long/);
  });

  it("rejects a first character that is not a letter and a second that is not a digit", () => {
    expect(cm("111")).toMatch(/starts with a letter/);
    expect(cm("EEE")).toMatch(/second character/);
    expect(cm("E1")).not.toBeNull();
  });

  it("rejects a dot in the wrong place or typed twice", () => {
    expect(cm("E1.19")).toMatch(/after the third character/);
    expect(cm("E11.9.1")).toMatch(/more than one dot/);
  });

  it("names a character that is not a letter or digit", () => {
    expect(cm("E11-9")).toMatch(/"-" is not allowed/);
  });

  it("reports an empty code", () => {
    expect(cm("")).toMatch(/empty/);
    expect(isIcd10CmShape("E119")).toBe(true);
  });
});

describe("ICD-10-PCS shape", () => {
  it("accepts 7 characters of digits and letters without I and O", () => {
    expect(checkPcsFormat("0DTJ4ZZ")).toBeNull();
    expect(checkPcsFormat("BW03ZZZ")).toBeNull();
    expect(isPcsShape("10D00Z1")).toBe(true);
  });

  it("explains that I and O are never used", () => {
    expect(checkPcsFormat("0DTJ4ZI")).toMatch(/Character 7 .* letter I/);
    expect(checkPcsFormat("0DTO4ZZ")).toMatch(/letters I and O/);
  });

  it("says a PCS code has exactly 7 characters", () => {
    expect(checkPcsFormat("0DTJ4Z")).toMatch(/exactly 7/);
    expect(checkPcsFormat("0DTJ4Z#")).toMatch(/"#" \(character 7\)/);
  });
});

describe("CPT shape", () => {
  it("knows Category I, II, III and PLA by their shape", () => {
    expect(cptCategoryOf("99213")).toBe("I");
    expect(cptCategoryOf("3074F")).toBe("II");
    expect(cptCategoryOf("0071T")).toBe("III");
    expect(cptCategoryOf("0001U")).toBe("PLA");
    expect(cptCategoryOf("9921")).toBeUndefined();
    expect(cptCategoryOf("1234X")).toBeUndefined();
  });

  it("explains the four shapes when the code fits none", () => {
    expect(checkCptFormat("9921")).toMatch(/Category I codes are 5 digits/);
    expect(checkCptFormat("99213")).toBeNull();
  });
});

describe("HCPCS Level II shape", () => {
  it("is a letter A to V and 4 digits", () => {
    expect(isHcpcsShape("J1100")).toBe(true);
    expect(isHcpcsShape("V2020")).toBe(true);
    expect(isHcpcsShape("W1234")).toBe(false);
    expect(isHcpcsShape("J110")).toBe(false);
    expect(checkHcpcsFormat("Z1234")).toMatch(/A to V/);
  });
});

describe("modifier shape", () => {
  it("is two letters or digits", () => {
    expect(checkModifierFormat("25")).toBeNull();
    expect(checkModifierFormat("RT")).toBeNull();
    expect(checkModifierFormat("1P")).toBeNull();
    expect(checkModifierFormat("255")).toMatch(/2 letters or digits/);
    expect(checkModifierFormat("")).toMatch(/empty/);
  });
});

describe("system detection", () => {
  it("reads a typed dot as ICD-10-CM", () => {
    expect(shapeSystems(readCode("J11.00"), false)).toEqual(["icd10cm"]);
  });

  it("offers both ICD-10-CM and HCPCS for a letter and four digits, HCPCS only on a procedure line", () => {
    expect(shapeSystems(readCode("J1100"), false)).toEqual(["icd10cm", "hcpcs"]);
    expect(shapeSystems(readCode("J1100"), true)).toEqual(["hcpcs"]);
  });

  it("tells CPT, PCS and PCS tables apart by shape", () => {
    expect(shapeSystems(readCode("99213"), true)).toEqual(["cpt"]);
    expect(shapeSystems(readCode("0DTJ4ZZ"), true)).toEqual(["icd10pcs"]);
    expect(shapeSystems(readCode("0DT"), false)).toEqual(["icd10pcs"]);
    expect(shapeSystems(readCode("B2111ZZ"), true)).toEqual(["icd10pcs"]);
    expect(shapeSystems(readCode("B2111ZZ"), false)).toEqual(["icd10cm", "icd10pcs"]);
    expect(shapeSystems(readCode("E119"), true)).toEqual(["icd10cm"]);
    expect(shapeSystems(readCode("!!"), false)).toEqual([]);
  });

  it("guesses the system a malformed code was meant for", () => {
    expect(guessSystem(readCode("9921"), true)).toBe("cpt");
    expect(guessSystem(readCode("0DTJ4Z"), true)).toBe("icd10pcs");
    expect(guessSystem(readCode("E1"), false)).toBe("icd10cm");
  });
});
