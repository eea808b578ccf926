/**
 * Small hand-written sets of every kind, for the snapshot and loader tests (codes are real
 * code numbers; titles are our own wording; CPT entries carry no AMA descriptor text).
 */
import type { AnySetData } from "../data";
import type { CodeSetMeta, SetKind } from "../types";

export function testMeta(kind: SetKind, id: string, over: Partial<CodeSetMeta> = {}): CodeSetMeta {
  return {
    id,
    kind,
    label: `Test ${id}`,
    version: "T1",
    effectiveFrom: "2025-10-01",
    effectiveTo: "2026-09-30",
    source: "fixture",
    files: [{ name: `${id}.txt`, sha256: "0".repeat(64), records: 3 }],
    ...over,
  };
}

export function testSets(): AnySetData[] {
  return [
    {
      kind: "icd10cm",
      data: {
        meta: testMeta("icd10cm", "icd10cm-T1", { notes: ["made for tests", "second note"] }),
        columns: {
          codes: ["E11", "E116", "E1165", "E119", "S72", "S72001A"],
          billable: [false, false, true, true, false, true],
          shortTitles: ["Type 2 diabetes", "T2DM with other complications", "T2DM with hyperglycemia", "T2DM without complications", "Fracture of femur", "Fx neck of r femur, init"],
          titles: ["Type 2 diabetes", "Type 2 diabetes with other specified complications", "T2DM with hyperglycemia", "Type 2 diabetes without complications", "Fracture of femur", "Fracture of neck of right femur, initial encounter — café ✓"],
        },
        notes: {
          E11: [
            { kind: "excludes1", text: "type 1 diabetes (E10.-)", refs: [{ from: "E10", to: "E10" }] },
            { kind: "useAdditionalCode", text: "insulin use (Z79.4), oral drugs (Z79.84)", refs: [{ from: "Z794", to: "Z794" }, { from: "Z7984", to: "Z7984" }] },
            { kind: "includes", text: "diabetes NOS", refs: [] },
          ],
          E119: [],
          S72: [{ kind: "notes", text: "a note\nover two lines", refs: [] }],
        },
        sevenChr: { S72: { definedAt: "S72", note: null, chars: [{ char: "A", text: "initial encounter" }] } },
        chapters: [{ number: 4, title: "Endocrine", range: { from: "E00", to: "E89" }, notes: [{ kind: "excludes2", text: "x (E00)", refs: [{ from: "E00", to: "E00" }] }] }],
        blocks: [{ id: "E08-E13", title: "Diabetes mellitus", range: { from: "E08", to: "E13" } }],
      },
    },
    {
      kind: "icd10pcs",
      data: {
        meta: testMeta("icd10pcs", "icd10pcs-T1"),
        columns: { codes: ["0DT", "0DTJ4ZZ"], billable: [false, true], shortTitles: ["Resection, GI", "Resection of Appendix, Perc Endo"], titles: ["Resection, GI", "Resection of Appendix, Percutaneous Endoscopic Approach"] },
        tables: [
          {
            code: "0DT",
            axes: [
              { pos: 1, title: "Section", labels: [{ code: "0", text: "Medical and Surgical" }] },
              { pos: 3, title: "Operation", labels: [{ code: "T", text: "Resection" }], definition: "Cutting out all of a body part" },
            ],
            rows: [{ axes: [{ pos: 4, title: "Body Part", labels: [{ code: "J", text: "Appendix" }] }] }],
          },
        ],
      },
    },
    {
      kind: "hcpcs",
      data: {
        meta: testMeta("hcpcs", "hcpcs-T1"),
        codes: [
          { code: "J1100", billable: true, shortTitle: "Dexamethasone sodium phos", title: "Injection, dexamethasone sodium phosphate, 1 mg", addDate: "2000-01-01", actionEffectiveDate: null, terminationDate: null, actionCode: "N", coverage: "D", betos: "O1E" },
          { code: "G0008", billable: true, shortTitle: "Admin influenza virus vac", title: "Administration of influenza virus vaccine", addDate: null, actionEffectiveDate: "2025-01-01", terminationDate: "2025-12-31", actionCode: null, coverage: null, betos: null },
        ],
        modifiers: [{ code: "59", system: "cpt", title: "Distinct procedural service", addDate: null, terminationDate: null, ncciAssociated: true }],
      },
    },
    {
      kind: "cpt",
      data: {
        meta: testMeta("cpt", "cpt-T1", { source: "licensed" }),
        complete: true,
        codes: [
          { code: "99213", category: "I", billable: true, shortTitle: "Office visit, established (our words)", title: "Office visit, established patient (our words)" },
          { code: "0001U", category: "PLA", billable: true, shortTitle: "Lab test (our words)", title: "Proprietary lab test (our words)" },
          { code: "1111F", category: "II", billable: true, shortTitle: "Measure (our words)", title: "Performance measure (our words)" },
        ],
        modifiers: [],
      },
    },
    {
      kind: "ncci-ptp",
      data: {
        meta: testMeta("ncci-ptp", "ncci-ptp-practitioner-T1"),
        setting: "practitioner",
        edits: [
          { column1: "29881", column2: "29880", priorTo1996: false, effectiveDate: "2020-01-01", deletionDate: null, modifierIndicator: 1, rationale: "Misuse of column two code with column one code" },
          { column1: "99213", column2: "G0008", priorTo1996: true, effectiveDate: "1996-01-01", deletionDate: "2024-01-01", modifierIndicator: 0, rationale: "Mutually exclusive procedures" },
          { column1: "99213", column2: "J1100", priorTo1996: false, effectiveDate: "2021-07-01", deletionDate: null, modifierIndicator: 9, rationale: "Misuse of column two code with column one code" },
        ],
      },
    },
    {
      kind: "mue",
      data: {
        meta: testMeta("mue", "mue-practitioner-T1"),
        setting: "practitioner",
        entries: [
          { code: "J1100", value: 100, mai: 3, rationale: "Clinical: Data" },
          { code: "99213", value: 1, mai: 2, rationale: "Code Descriptor / CPT Instruction" },
          { code: "A4238", value: 70000, mai: 1, rationale: "Nature of Service/Procedure" },
        ],
      },
    },
    {
      kind: "mce",
      data: {
        meta: testMeta("mce", "mce-T1"),
        entries: { "D:O24410": ["Maternity_Only", "Female_Only"], "P:0UT90ZZ": ["Female_Only"], "D:H28": ["Principal_Manifestation"], "D:Z000": [] },
      },
    },
  ];
}
