import { describe, expect, it } from "vitest";
import { FIXTURE_DATE, fixtureLibrary } from "../coding/search/__fixtures__/library";
import { describeCodePage, isCodeSystem, linkNoteText } from "./code-page";

const library = fixtureLibrary();

describe("the code page", () => {
  it("places an ICD-10-CM code in its chapter, block and category, with siblings and children", () => {
    const page = describeCodePage(library, FIXTURE_DATE, "icd10cm", "E11.65");
    expect(page?.system).toBe("icd10cm");
    if (page?.system !== "icd10cm") return;
    expect(page).toMatchObject({ code: "E1165", display: "E11.65", billable: true, chapter: { number: 4 }, block: { id: "E08-E13" } });
    expect(page.ancestors.map((a) => a.display)).toEqual(["E11", "E11.6"]);
    expect(page.siblings.map((s) => s.display)).toEqual(["E11.65"]);
    expect(describeCodePage(library, FIXTURE_DATE, "icd10cm", "E11")?.system === "icd10cm").toBe(true);
    const category = describeCodePage(library, FIXTURE_DATE, "icd10cm", "E11");
    if (category?.system !== "icd10cm") return;
    expect(category.children.map((c) => c.display)).toEqual(["E11.2", "E11.6", "E11.9"]);
    expect(category.siblings.map((s) => s.display)).toEqual(["E08", "E10", "E11"]);
  });

  it("gathers the notes written at the code and above it, linking the codes they name", () => {
    const page = describeCodePage(library, FIXTURE_DATE, "icd10cm", "E119");
    if (page?.system !== "icd10cm") throw new Error("expected a CM page");
    expect(page.noteGroups.map((g) => g.source)).toEqual(["E11"]);
    const kinds = page.noteGroups[0]?.notes.map((n) => n.kind);
    expect(kinds).toEqual(["includes", "excludes1", "useAdditionalCode"]);
    const excludes = page.noteGroups[0]?.notes.find((n) => n.kind === "excludes1");
    expect(excludes?.parts).toEqual([{ text: "type 1 diabetes mellitus (" }, { text: "E10.-", href: "/learn/codes/icd10cm/E10" }, { text: ")" }]);
  });

  it("gives the 7th characters that apply and the set the code comes from", () => {
    const page = describeCodePage(library, FIXTURE_DATE, "icd10cm", "S72.001A");
    if (page?.system !== "icd10cm") throw new Error("expected a CM page");
    expect(page.sevenChr?.definedAt).toBe("S72");
    expect(page.sevenChr?.chars.map((c) => c.char)).toEqual(["A", "D"]);
    expect(page.set.label).toBe("ICD-10-CM FY2026 (fixture)");
    expect(page.noteGroups.map((g) => g.source)).toEqual(["S72"]);
  });

  it("breaks a PCS code into its seven characters with the table's labels", () => {
    const page = describeCodePage(library, FIXTURE_DATE, "icd10pcs", "0DTJ4ZZ");
    if (page?.system !== "icd10pcs") throw new Error("expected a PCS page");
    expect(page.characters.map((c) => `${c.title}: ${c.chosen?.text}`)).toEqual([
      "Section: Medical and Surgical",
      "Body System: Gastrointestinal System",
      "Operation: Resection",
      "Body Part: Appendix",
      "Approach: Percutaneous Endoscopic",
      "Device: No Device",
      "Qualifier: No Qualifier",
    ]);
    expect(page.table?.code).toBe("0DT");
  });

  it("describes HCPCS and CPT codes and answers null for unknown codes and systems' gaps", () => {
    expect(describeCodePage(library, FIXTURE_DATE, "hcpcs", "j1100")).toMatchObject({ system: "hcpcs", title: "Injection, dexamethasone sodium phosphate, 1 mg", addDate: "2000-01-01" });
    expect(describeCodePage(library, FIXTURE_DATE, "cpt", "99213")).toMatchObject({ system: "cpt", category: "I" });
    expect(describeCodePage(library, FIXTURE_DATE, "icd10cm", "E99.9")).toBeNull();
    expect(describeCodePage(library, "1990-01-01", "icd10cm", "E11.9")).toBeNull();
    expect(describeCodePage(library, FIXTURE_DATE, "icd10cm", "%E0%A4%A")).toBeNull();
    expect(isCodeSystem("icd10cm")).toBe(true);
    expect(isCodeSystem("icd9")).toBe(false);
  });

  it("links ranges and leaves words that only look like codes alone", () => {
    const cm = library.icd10cm(FIXTURE_DATE);
    if (!cm) throw new Error("no set");
    expect(linkNoteText(cm, "See E08-E11 and H2O")).toEqual([
      { text: "See " },
      { text: "E08", href: "/learn/codes/icd10cm/E08" },
      { text: "-" },
      { text: "E11", href: "/learn/codes/icd10cm/E11" },
      { text: " and H2O" },
    ]);
  });
});
