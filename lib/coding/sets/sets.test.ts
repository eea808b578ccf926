import { describe, expect, it } from "vitest";
import type { CptData, HcpcsData, Icd10CmData, Icd10PcsData, MceData, MueData, PtpData } from "../data";
import type { CodeSetMeta, SetKind } from "../types";
import { createCptSet, createHcpcsSet, createIcd10CmSet, createIcd10PcsSet, createMceLists, createMueTable, createPtpTable } from "./index";

const meta = (kind: SetKind): CodeSetMeta => ({
  id: `${kind}-test`,
  kind,
  label: `${kind} test`,
  version: "T",
  effectiveFrom: "2025-10-01",
  effectiveTo: null,
  source: "fixture",
  files: [],
});

function cmData(): Icd10CmData {
  const rows: [string, boolean, string][] = [
    ["E11", false, "Type 2 diabetes mellitus"],
    ["E116", false, "Type 2 diabetes mellitus with other specified complications"],
    ["E1165", true, "Type 2 diabetes mellitus with hyperglycemia"],
    ["E119", true, "Type 2 diabetes mellitus without complications"],
    ["S72", false, "Fracture of femur"],
    ["S72001", false, "Fracture of unspecified part of neck of right femur"],
    ["S72001A", true, "Fracture of unspecified part of neck of right femur, initial encounter for closed fracture"],
    ["Z39", false, "Encounter for maternal postpartum care and examination"],
    ["Z3A", false, "Weeks of gestation"],
    ["Z3A39", true, "39 weeks gestation of pregnancy"],
  ];
  return {
    meta: meta("icd10cm"),
    columns: { codes: rows.map((r) => r[0]), billable: rows.map((r) => r[1]), shortTitles: rows.map((r) => r[2]), titles: rows.map((r) => r[2]) },
    notes: { E11: [{ kind: "excludes1", text: "type 1 diabetes mellitus (E10.-)", refs: [{ from: "E10", to: "E10" }] }] },
    sevenChr: { S72: { definedAt: "S72", note: null, chars: [{ char: "A", text: "initial encounter for closed fracture" }] } },
    chapters: [
      { number: 4, title: "Endocrine, nutritional and metabolic diseases", range: { from: "E00", to: "E89" } },
      { number: 21, title: "Factors influencing health status", range: { from: "Z00", to: "Z99" } },
    ],
    blocks: [
      { id: "E08-E13", title: "Diabetes mellitus", range: { from: "E08", to: "E13" } },
      { id: "Z30-Z39", title: "Reproduction", range: { from: "Z30", to: "Z39" } },
    ],
  };
}

describe("ICD-10-CM set", () => {
  const set = createIcd10CmSet(cmData());

  it("finds codes by canonical form and says whether they are billable", () => {
    expect(set.get("E119")).toEqual({ code: "E119", billable: true, shortTitle: "Type 2 diabetes mellitus without complications", title: "Type 2 diabetes mellitus without complications" });
    expect(set.get("E11")?.billable).toBe(false);
    expect(set.get("E11.9")).toBeUndefined();
    expect(set.get("E119")).toBe(set.get("E119"));
    expect(set.size).toBe(10);
  });

  it("walks the hierarchy both ways, even for codes it does not hold", () => {
    expect(set.parent("E1165")).toBe("E116");
    expect(set.parent("E116")).toBe("E11");
    expect(set.parent("E11")).toBeUndefined();
    expect(set.parent("E1199")).toBe("E119");
    expect(set.children("E11")).toEqual(["E116", "E119"]);
    expect(set.children("E119")).toEqual([]);
    expect(set.children("X99")).toEqual([]);
  });

  it("returns notes written at a code only, and the 7th-character definition in force", () => {
    expect(set.notesOf("E11")).toHaveLength(1);
    expect(set.notesOf("E119")).toEqual([]);
    expect(set.sevenChrFor("S72001A")?.definedAt).toBe("S72");
    expect(set.sevenChrFor("S72001")?.definedAt).toBe("S72");
    expect(set.sevenChrFor("E119")).toBeUndefined();
  });

  it("places codes in chapters and sections, including letter categories such as Z3A", () => {
    expect(set.chapterOf("E119")?.number).toBe(4);
    expect(set.blockOf("E119")?.id).toBe("E08-E13");
    expect(set.blockOf("Z3A39")?.id).toBe("Z30-Z39");
    expect(set.chapterOf("A00")).toBeUndefined();
    expect(set.chapters()).toHaveLength(2);
  });

  it("places letter categories in their section in the classification's order, not in a wider one (C4A in C43-C44, M1A in M05-M14)", () => {
    const codes = ["C43", "C439", "C4A", "C4A9", "C44", "C4490", "C45", "C459", "M08", "M1A", "M1A00X0", "M10", "J44", "J4A", "J4A0", "J45", "Q99", "Q999", "QA0", "QA00"];
    const ordered = createIcd10CmSet({
      ...cmData(),
      columns: { codes, billable: codes.map((c) => c.length > 3), shortTitles: codes, titles: codes },
      chapters: [
        { number: 2, title: "Neoplasms", range: { from: "C00", to: "D49" } },
        { number: 13, title: "Musculoskeletal", range: { from: "M00", to: "M99" } },
        { number: 17, title: "Congenital", range: { from: "Q00", to: "QA0" } },
      ],
      blocks: [
        { id: "C00-C75", title: "Malignant neoplasms of primary sites", range: { from: "C00", to: "C75" } },
        { id: "C43-C44", title: "Skin", range: { from: "C43", to: "C44" } },
        { id: "C45-C49", title: "Mesothelial and soft tissue", range: { from: "C45", to: "C49" } },
        { id: "M00-M25", title: "Arthropathies", range: { from: "M00", to: "M25" } },
        { id: "M05-M14", title: "Inflammatory polyarthropathies", range: { from: "M05", to: "M14" } },
        { id: "J40-J47", title: "Chronic lower respiratory diseases", range: { from: "J40", to: "J47" } },
        { id: "Q90-Q99", title: "Chromosomal abnormalities", range: { from: "Q90", to: "Q99" } },
        { id: "QA0", title: "Genetic variants", range: { from: "QA0", to: "QA0" } },
      ],
    });
    expect(["C4A9", "C4A", "C439", "C459", "M1A00X0", "M10", "J4A0", "QA00", "Q999"].map((c) => ordered.blockOf(c)?.id)).toEqual([
      "C43-C44",
      "C43-C44",
      "C43-C44",
      "C45-C49",
      "M05-M14",
      "M05-M14",
      "J40-J47",
      "QA0",
      "Q90-Q99",
    ]);
    expect(["C4A9", "M1A00X0", "QA00"].map((c) => ordered.chapterOf(c)?.number)).toEqual([2, 13, 17]);
  });

  it("lists all codes in file order", () => {
    expect([...set.codes()][0]).toBe("E11");
  });

  it("builds from 100,000 codes", () => {
    const codes: string[] = [];
    for (let i = 0; i < 100_000; i++) codes.push(`A${String(i).padStart(6, "0")}`);
    const big = createIcd10CmSet({ ...cmData(), columns: { codes, billable: codes.map(() => true), shortTitles: codes, titles: codes } });
    expect(big.size).toBe(100_000);
    expect(big.get("A099999")?.billable).toBe(true);
  });
});

describe("ICD-10-PCS set", () => {
  const data: Icd10PcsData = {
    meta: meta("icd10pcs"),
    columns: { codes: ["0DT", "0DTJ4ZZ"], billable: [false, true], shortTitles: ["t", "a"], titles: ["Gastrointestinal System, Resection", "Resection of Appendix, Percutaneous Endoscopic Approach"] },
    tables: [{ code: "0DT", axes: [], rows: [] }],
  };
  const set = createIcd10PcsSet(data);

  it("finds codes and tables", () => {
    expect(set.get("0DTJ4ZZ")?.billable).toBe(true);
    expect(set.get("0DT")?.billable).toBe(false);
    expect(set.table("0DT")?.code).toBe("0DT");
    expect(set.table("0DTJ4ZZ")?.code).toBe("0DT");
    expect(set.table("0DB")).toBeUndefined();
    expect([...set.tables()]).toHaveLength(1);
    expect([...set.codes()]).toEqual(["0DT", "0DTJ4ZZ"]);
  });
});

describe("HCPCS and CPT sets", () => {
  const hcpcs: HcpcsData = {
    meta: meta("hcpcs"),
    codes: [{ code: "J1100", billable: true, shortTitle: "s", title: "Injection, dexamethasone sodium phosphate, 1 mg", addDate: "1982-01-01", actionEffectiveDate: null, terminationDate: null, actionCode: null, coverage: "D", betos: "O1E" }],
    modifiers: [{ code: "RT", system: "hcpcs", title: "Right side", addDate: null, terminationDate: null, ncciAssociated: true }],
  };
  const cpt: CptData = {
    meta: meta("cpt"),
    complete: false,
    codes: [{ code: "99213", category: "I", billable: true, shortTitle: "visit", title: "visit" }],
    modifiers: [{ code: "25", system: "cpt", title: "separate E/M", addDate: null, terminationDate: null, ncciAssociated: true }],
  };

  it("finds HCPCS codes and modifiers", () => {
    const set = createHcpcsSet(hcpcs);
    expect(set.get("J1100")?.coverage).toBe("D");
    expect(set.modifier("RT")?.ncciAssociated).toBe(true);
    expect(set.modifier("LT")).toBeUndefined();
    expect([...set.modifiers()]).toHaveLength(1);
    expect(set.size).toBe(1);
  });

  it("finds CPT codes and says whether the list is complete", () => {
    const set = createCptSet(cpt);
    expect(set.complete).toBe(false);
    expect(set.get("99213")?.category).toBe("I");
    expect(set.modifier("25")?.title).toBe("separate E/M");
    expect([...set.codes()]).toEqual(["99213"]);
  });
});

describe("edit tables", () => {
  it("finds every PTP edit of a column 1 / column 2 pair", () => {
    const data: PtpData = {
      meta: meta("ncci-ptp"),
      setting: "practitioner",
      edits: [
        { column1: "45380", column2: "45378", priorTo1996: false, effectiveDate: "2000-01-01", deletionDate: null, modifierIndicator: 0, rationale: "r" },
        { column1: "45380", column2: "45378", priorTo1996: false, effectiveDate: "1990-01-01", deletionDate: "2000-01-01", modifierIndicator: 1, rationale: "old" },
      ],
    };
    const t = createPtpTable(data);
    expect(t.find("45380", "45378")).toHaveLength(2);
    expect(t.find("45378", "45380")).toEqual([]);
    expect(t.size).toBe(2);
    expect(t.setting).toBe("practitioner");
  });

  it("finds MUE entries by code", () => {
    const data: MueData = { meta: meta("mue"), setting: "practitioner", entries: [{ code: "99213", value: 1, mai: 2, rationale: "r" }] };
    const t = createMueTable(data);
    expect(t.get("99213")?.mai).toBe(2);
    expect(t.get("99214")).toBeUndefined();
  });

  it("finds MCE edit types by diagnosis or procedure code", () => {
    const data: MceData = { meta: meta("mce"), entries: { "D:N400": ["Male_Only", "Adult_Only"], "P:0UT90ZZ": ["Female_Only"], "X:bad": ["Male_Only"] } };
    const t = createMceLists(data);
    expect(t.edits("D", "N400")).toEqual(["Male_Only", "Adult_Only"]);
    expect(t.edits("P", "0UT90ZZ")).toEqual(["Female_Only"]);
    expect(t.edits("P", "N400")).toEqual([]);
    expect(t.size).toBe(2);
  });
});
