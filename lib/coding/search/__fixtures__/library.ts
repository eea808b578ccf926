/**
 * A small code library for tests of the search, the code pages and the PCS builder: a few ICD-10-CM
 * categories with notes, the PCS tables 0DT and 0DB (trimmed), some HCPCS codes and teaching CPT numbers
 * (with our own wording). Titles of public-domain codes follow the official ones.
 */
import type { AnySetData, Icd10CmData, Icd10PcsData } from "../../data";
import { expandPcsRow } from "../../importers/icd10pcs";
import { createLibrary, type LoadedLibrary } from "../../library";
import type { CodeSetMeta, PcsAxis, PcsTable, SetKind, SetSource } from "../../types";

function meta(kind: SetKind, label: string, source: SetSource = "fixture"): CodeSetMeta {
  return { id: `${kind}-fixture`, kind, label, version: "FY2026", effectiveFrom: "2025-10-01", effectiveTo: null, source, files: [] };
}

const CM_ROWS: [string, boolean, string][] = [
  ["E08", false, "Diabetes mellitus due to underlying condition"],
  ["E089", true, "Diabetes mellitus due to underlying condition without complications"],
  ["E10", false, "Type 1 diabetes mellitus"],
  ["E109", true, "Type 1 diabetes mellitus without complications"],
  ["E11", false, "Type 2 diabetes mellitus"],
  ["E112", false, "Type 2 diabetes mellitus with kidney complications"],
  ["E1121", true, "Type 2 diabetes mellitus with diabetic nephropathy"],
  ["E1122", true, "Type 2 diabetes mellitus with diabetic chronic kidney disease"],
  ["E116", false, "Type 2 diabetes mellitus with other specified complications"],
  ["E1165", true, "Type 2 diabetes mellitus with hyperglycemia"],
  ["E119", true, "Type 2 diabetes mellitus without complications"],
  ["E232", true, "Diabetes insipidus"],
  ["I10", true, "Essential (primary) hypertension"],
  ["I11", false, "Hypertensive heart disease"],
  ["I110", true, "Hypertensive heart disease with heart failure"],
  ["J11", false, "Influenza due to unidentified influenza virus"],
  ["J110", false, "Influenza due to unidentified influenza virus with pneumonia"],
  ["J1100", true, "Influenza due to unidentified influenza virus with unspecified type of pneumonia"],
  ["J441", true, "Chronic obstructive pulmonary disease with (acute) exacerbation"],
  ["K35", false, "Acute appendicitis"],
  ["K3580", true, "Unspecified acute appendicitis"],
  ["K37", true, "Unspecified appendicitis"],
  ["S72", false, "Fracture of femur"],
  ["S720", false, "Fracture of head and neck of femur"],
  ["S7200", false, "Fracture of unspecified part of neck of femur"],
  ["S72001", false, "Fracture of unspecified part of neck of right femur"],
  ["S72001A", true, "Fracture of unspecified part of neck of right femur, initial encounter for closed fracture"],
  ["S72001D", true, "Fracture of unspecified part of neck of right femur, subsequent encounter for closed fracture with routine healing"],
  ["Z794", true, "Long term (current) use of insulin"],
];

function cmData(): Icd10CmData {
  return {
    meta: meta("icd10cm", "ICD-10-CM FY2026 (fixture)"),
    columns: {
      codes: CM_ROWS.map((r) => r[0]),
      billable: CM_ROWS.map((r) => r[1]),
      shortTitles: CM_ROWS.map((r) => r[2].slice(0, 60)),
      titles: CM_ROWS.map((r) => r[2]),
    },
    notes: {
      E11: [
        { kind: "includes", text: "diabetes NOS", refs: [] },
        { kind: "useAdditionalCode", text: "Use additional code to identify control using: insulin (Z79.4)", refs: [{ from: "Z794", to: "Z794" }] },
        { kind: "excludes1", text: "type 1 diabetes mellitus (E10.-)", refs: [{ from: "E10", to: "E10" }] },
      ],
      E08: [{ kind: "codeFirst", text: "the underlying condition, such as: cystic fibrosis (E84.-)", refs: [{ from: "E84", to: "E84" }] }],
      S72: [{ kind: "excludes2", text: "fracture of pelvis (S32.-)", refs: [{ from: "S32", to: "S32" }] }],
    },
    sevenChr: {
      S72: {
        definedAt: "S72",
        note: "The appropriate 7th character is to be added to all codes from category S72",
        chars: [
          { char: "A", text: "initial encounter for closed fracture" },
          { char: "D", text: "subsequent encounter for closed fracture with routine healing" },
        ],
      },
    },
    chapters: [
      { number: 4, title: "Endocrine, nutritional and metabolic diseases (E00-E89)", range: { from: "E00", to: "E89" }, notes: [] },
      { number: 9, title: "Diseases of the circulatory system (I00-I99)", range: { from: "I00", to: "I99" } },
      { number: 10, title: "Diseases of the respiratory system (J00-J99)", range: { from: "J00", to: "J99" } },
      { number: 11, title: "Diseases of the digestive system (K00-K95)", range: { from: "K00", to: "K95" } },
      { number: 19, title: "Injury, poisoning and certain other consequences of external causes (S00-T88)", range: { from: "S00", to: "T88" } },
      { number: 21, title: "Factors influencing health status and contact with health services (Z00-Z99)", range: { from: "Z00", to: "Z99" } },
    ],
    blocks: [
      { id: "E08-E13", title: "Diabetes mellitus (E08-E13)", range: { from: "E08", to: "E13" } },
      { id: "E20-E35", title: "Disorders of other endocrine glands (E20-E35)", range: { from: "E20", to: "E35" } },
      { id: "I10-I1A", title: "Hypertensive diseases (I10-I1A)", range: { from: "I10", to: "I1A" } },
      { id: "J09-J18", title: "Influenza and pneumonia (J09-J18)", range: { from: "J09", to: "J18" } },
      { id: "J40-J4A", title: "Chronic lower respiratory diseases (J40-J4A)", range: { from: "J40", to: "J4A" } },
      { id: "K35-K38", title: "Diseases of appendix (K35-K38)", range: { from: "K35", to: "K38" } },
      { id: "S70-S79", title: "Injuries to the hip and thigh (S70-S79)", range: { from: "S70", to: "S79" } },
      { id: "Z77-Z99", title: "Persons with potential health hazards related to family and personal history (Z77-Z99)", range: { from: "Z77", to: "Z99" } },
    ],
  };
}

function axis(pos: number, title: string, labels: [string, string][], definition?: string): PcsAxis {
  const a: PcsAxis = { pos, title, labels: labels.map(([code, text]) => ({ code, text })) };
  if (definition !== undefined) a.definition = definition;
  return a;
}

const APPROACHES: [string, string][] = [
  ["0", "Open"],
  ["4", "Percutaneous Endoscopic"],
];

/** Trimmed copies of two official tables: enough rows to test narrowing by row. */
export const FIXTURE_PCS_TABLES: PcsTable[] = [
  {
    code: "0DT",
    axes: [
      axis(1, "Section", [["0", "Medical and Surgical"]]),
      axis(2, "Body System", [["D", "Gastrointestinal System"]]),
      axis(3, "Operation", [["T", "Resection"]], "Cutting out or off, without replacement, all of a body part"),
    ],
    rows: [
      {
        axes: [
          axis(4, "Body Part", [["6", "Stomach"], ["9", "Duodenum"]]),
          axis(5, "Approach", [...APPROACHES, ["8", "Via Natural or Artificial Opening Endoscopic"]]),
          axis(6, "Device", [["Z", "No Device"]]),
          axis(7, "Qualifier", [["Z", "No Qualifier"]]),
        ],
      },
      {
        axes: [
          axis(4, "Body Part", [["F", "Large Intestine, Right"], ["J", "Appendix"]]),
          axis(5, "Approach", APPROACHES),
          axis(6, "Device", [["Z", "No Device"]]),
          axis(7, "Qualifier", [["G", "Hand-Assisted"], ["Z", "No Qualifier"]]),
        ],
      },
    ],
  },
  {
    code: "0DB",
    axes: [
      axis(1, "Section", [["0", "Medical and Surgical"]]),
      axis(2, "Body System", [["D", "Gastrointestinal System"]]),
      axis(3, "Operation", [["B", "Excision"]], "Cutting out or off, without replacement, a portion of a body part"),
    ],
    rows: [
      {
        axes: [
          axis(4, "Body Part", [["J", "Appendix"]]),
          axis(5, "Approach", [...APPROACHES, ["3", "Percutaneous"]]),
          axis(6, "Device", [["Z", "No Device"]]),
          axis(7, "Qualifier", [["X", "Diagnostic"], ["Z", "No Qualifier"]]),
        ],
      },
    ],
  },
  {
    code: "BW2",
    axes: [
      axis(1, "Section", [["B", "Imaging"]]),
      axis(2, "Body System", [["W", "Anatomical Regions"]]),
      axis(3, "Type", [["2", "Computerized Tomography (CT Scan)"]], "Computer reformatted digital display of multiplanar images"),
    ],
    rows: [
      {
        axes: [
          axis(4, "Body Part", [["1", "Abdomen and Pelvis"]]),
          axis(5, "Contrast", [["1", "Low Osmolar"], ["Z", "None"]]),
          axis(6, "Qualifier", [["Z", "None"]]),
          axis(7, "Qualifier", [["Z", "None"]]),
        ],
      },
    ],
  },
];

function pcsData(): Icd10PcsData {
  const codes: string[] = [];
  const billable: boolean[] = [];
  const titles: string[] = [];
  for (const t of FIXTURE_PCS_TABLES) {
    codes.push(t.code);
    billable.push(false);
    titles.push(`${t.axes[1]?.labels[0]?.text ?? ""}, ${t.axes[2]?.labels[0]?.text ?? ""}`);
    for (const row of t.rows) {
      for (const code of expandPcsRow(t.code, row)) {
        const parts = row.axes.map((a, i) => a.labels.find((l) => l.code === code[3 + i])?.text ?? "");
        const [bodyPart, approach, device, qualifier] = parts;
        let title = `${t.axes[2]?.labels[0]?.text ?? ""} of ${bodyPart}, ${approach} Approach`;
        if (device && device !== "No Device" && device !== "None") title += `, ${device}`;
        if (qualifier && qualifier !== "No Qualifier" && qualifier !== "None") title += `, ${qualifier}`;
        codes.push(code);
        billable.push(true);
        titles.push(title);
      }
    }
  }
  return { meta: meta("icd10pcs", "ICD-10-PCS FY2026 (fixture)"), columns: { codes, billable, shortTitles: titles.map((t) => t.slice(0, 60)), titles }, tables: FIXTURE_PCS_TABLES };
}

function hcpcsRecord(code: string, title: string) {
  return { code, billable: true, shortTitle: title.slice(0, 28), title, addDate: "2000-01-01", actionEffectiveDate: null, terminationDate: null, actionCode: "N", coverage: "C", betos: null };
}

/** Every kind of set, as plain data. `teaching` marks them as the teaching set instead of a fixture. */
export function fixtureSetData(source: SetSource = "fixture"): AnySetData[] {
  const cm = cmData();
  const pcs = pcsData();
  cm.meta = { ...cm.meta, source };
  pcs.meta = { ...pcs.meta, source };
  return [
    { kind: "icd10cm", data: cm },
    { kind: "icd10pcs", data: pcs },
    {
      kind: "hcpcs",
      data: {
        meta: meta("hcpcs", "HCPCS Level II 2025-10 (fixture)", source),
        codes: [
          hcpcsRecord("A4231", "Infusion set for external insulin pump, needle type"),
          hcpcsRecord("G0008", "Administration of influenza virus vaccine"),
          hcpcsRecord("J1100", "Injection, dexamethasone sodium phosphate, 1 mg"),
          hcpcsRecord("E0114", "Crutches underarm, other than wood, adjustable or fixed, pair, with pads, tips and handgrips"),
        ],
        modifiers: [],
      },
    },
    {
      kind: "cpt",
      data: {
        meta: meta("cpt", "CPT teaching codes", "teaching"),
        complete: false,
        codes: [
          { code: "99213", category: "I", billable: true, shortTitle: "Office visit, established patient, low MDM", title: "Office or outpatient visit for an established patient, low medical decision making (teaching wording)" },
          { code: "12032", category: "I", billable: true, shortTitle: "Intermediate repair, 2.6 to 7.5 cm", title: "Layered wound repair of the scalp, trunk or limbs, 2.6 to 7.5 cm (teaching wording)" },
        ],
        modifiers: [],
      },
    },
  ];
}

export function fixtureLibrary(source: SetSource = "fixture"): LoadedLibrary {
  return createLibrary(fixtureSetData(source));
}

/** A date the fixture sets are in force. */
export const FIXTURE_DATE = "2025-12-01";
