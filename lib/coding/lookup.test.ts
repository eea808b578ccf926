import { describe, expect, it } from "vitest";
import { lookupCode } from "./lookup";
import { teachingLibrary } from "./teaching";

const lib = teachingLibrary();
const date = "2026-03-01";

describe("lookupCode", () => {
  it("describes an ICD-10-CM code with its hierarchy, chapter, section and inherited notes", () => {
    const info = lookupCode("e11.22", { date }, lib);
    expect(info).toMatchObject({ code: "E1122", display: "E11.22", system: "icd10cm", found: true, billable: true, title: "Type 2 diabetes mellitus with diabetic chronic kidney disease" });
    expect(info.hierarchy?.map((h) => h.display)).toEqual(["E11", "E11.2"]);
    expect(info.chapter).toEqual({ number: 4, title: "Endocrine, nutritional and metabolic diseases" });
    expect(info.block).toEqual({ id: "E08-E13", title: "Diabetes mellitus" });
    expect(info.notes?.find((n) => n.kind === "excludes1" && n.text.includes("E10"))?.at).toBe("E11");
    expect(info.validation.valid).toBe(true);
    expect(info.set?.source).toBe("teaching");
  });

  it("shows the children of a category and its 7th characters", () => {
    expect(lookupCode("E11", { date }, lib).children?.map((c) => c.display)).toContain("E11.9");
    const s72 = lookupCode("S72.001A", { date }, lib);
    expect(s72.seventhCharacter?.definedAt).toBe("S72");
    expect(lookupCode("S72.001", { date }, lib).validation.findings[0]?.rule).toBe("icd10cm.seventh-character-required");
  });

  it("shows section and chapter notes where they apply", () => {
    expect(lookupCode("I10", { date }, lib).notes?.some((n) => n.at === "section I10-I16")).toBe(true);
    expect(lookupCode("O80", { date }, lib).notes?.some((n) => n.at === "chapter 15")).toBe(true);
    expect(lookupCode("O80", { date }, lib).mce).toEqual(["Female_Only", "Maternity_Only"]);
  });

  it("describes PCS codes and tables, HCPCS codes and CPT codes with our wording", () => {
    const pcs = lookupCode("0DTJ4ZZ", { date }, lib);
    expect(pcs.pcsTable?.heading).toBe("0DT (Gastrointestinal System, Resection)");
    expect(lookupCode("0DT", { date }, lib)).toMatchObject({ system: "icd10pcs", found: true, billable: false });
    expect(lookupCode("J1030", { date }, lib).hcpcs?.terminationDate).toBe("2024-03-31");
    const cpt = lookupCode("99213", { date }, lib);
    expect(cpt.cpt?.category).toBe("I");
    expect(cpt.cpt?.note).toMatch(/not the AMA CPT descriptor/);
  });

  it("answers for a code it does not know, with the validation findings", () => {
    const info = lookupCode("E11.77", { date }, lib);
    expect(info.found).toBe(false);
    expect(info.system).toBe("icd10cm");
    expect(info.display).toBe("E11.77");
    expect(info.validation.findings[0]?.rule).toBe("icd10cm.not-in-teaching-set");
  });

  it("honours a forced system", () => {
    expect(lookupCode("99213", { date, system: "cpt" }, lib).found).toBe(true);
    expect(lookupCode("E11.9", { date, system: "hcpcs" }, lib).found).toBe(false);
  });
});
