/**
 * The teaching set: a hand-written set holding every code the lessons and exam questions cite, in force
 * for FY2026 (2025-10-01 to 2026-09-30). A site with no imported official set runs on it, and says so
 * (`teachingOnly`). ICD-10-CM, ICD-10-PCS and HCPCS titles are the official ones; CPT carries code
 * numbers with Codecert's own wording; PTP and MUE rows are teaching examples, not CMS data.
 */
import type { AnySetData, CptData, HcpcsData, Icd10CmData, Icd10PcsData, MceData, MueData, PtpData } from "../data";
import { createLibrary, type LoadedLibrary } from "../library";
import type { CodeSetMeta, HcpcsRecord, ModifierRecord, MueSetting, NcciSetting, SetKind } from "../types";
import { TEACHING_CM_CODES } from "./icd10cm-codes";
import { TEACHING_CM_BLOCKS, TEACHING_CM_CHAPTERS, TEACHING_CM_NOTES, TEACHING_CM_SEVENTH } from "./icd10cm-notes";
import { TEACHING_CPT_CODES, TEACHING_CPT_MODIFIERS } from "./cpt-data";
import { TEACHING_MCE_ENTRIES, TEACHING_MUE_ROWS, TEACHING_PTP_ROWS } from "./edits-data";
import { TEACHING_HCPCS_CODES, TEACHING_HCPCS_MODIFIERS } from "./hcpcs-data";
import { TEACHING_PCS_TABLES } from "./icd10pcs-data";

export const TEACHING_EFFECTIVE_FROM = "2025-10-01";
export const TEACHING_EFFECTIVE_TO = "2026-09-30";
/** A date inside the teaching set's fiscal year, for examples and tests. */
export const TEACHING_SAMPLE_DATE = "2026-03-01";

const NCCI_ASSOCIATED = new Set(["XE", "XP", "XS", "XU", "E1", "E2", "E3", "E4", "FA", "F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9", "TA", "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "LT", "RT", "LC", "LD", "LM", "RC", "RI"]);

function meta(kind: SetKind, idPart: string, label: string, version: string, notes: string[]): CodeSetMeta {
  return {
    id: `${kind}-${idPart}-teaching`,
    kind,
    label,
    version,
    effectiveFrom: TEACHING_EFFECTIVE_FROM,
    effectiveTo: TEACHING_EFFECTIVE_TO,
    source: "teaching",
    files: [],
    notes,
  };
}

/** "20250630" -> "2025-06-30"; "" -> null. */
function isoOf(yyyymmdd: string): string | null {
  if (yyyymmdd === "") return null;
  return `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
}

const canonical = (code: string): string => code.replace(/\./g, "");

function icd10cmData(): Icd10CmData {
  const codes: string[] = [];
  const billable: boolean[] = [];
  const shortTitles: string[] = [];
  const titles: string[] = [];
  for (const [code, flag, title, short] of TEACHING_CM_CODES) {
    codes.push(canonical(code));
    billable.push(flag === 1);
    shortTitles.push(short ?? title);
    titles.push(title);
  }
  return {
    meta: meta("icd10cm", "FY2026", "ICD-10-CM FY2026", "FY2026", [
      "Teaching set: a selection holding every code Codecert's lessons and questions cite, with their ancestors and their official FY2026 long and short titles.",
      "Instructional notes (Excludes1, code first, use additional code) and 7th characters as printed in the FY2023 Tabular List, for the teaching codes only.",
    ]),
    columns: { codes, billable, shortTitles, titles },
    notes: TEACHING_CM_NOTES,
    sevenChr: TEACHING_CM_SEVENTH,
    chapters: TEACHING_CM_CHAPTERS,
    blocks: TEACHING_CM_BLOCKS,
  };
}

function icd10pcsData(): Icd10PcsData {
  const codes: string[] = [];
  const billable: boolean[] = [];
  const shortTitles: string[] = [];
  const titles: string[] = [];
  for (const spec of TEACHING_PCS_TABLES) {
    codes.push(spec.table.code);
    billable.push(false);
    shortTitles.push(spec.short ?? spec.title);
    titles.push(spec.title);
    for (const [code, title, short] of spec.codes) {
      codes.push(code);
      billable.push(true);
      shortTitles.push(short ?? title);
      titles.push(title);
    }
  }
  return {
    meta: meta("icd10pcs", "FY2026", "ICD-10-PCS FY2026", "FY2026", [
      "Teaching set: a selection holding every code Codecert's lessons and questions cite, with their official FY2026 long and short titles.",
      "Tables hold only the rows, and the body parts, the teaching codes use.",
    ]),
    columns: { codes, billable, shortTitles, titles },
    tables: TEACHING_PCS_TABLES.map((s) => s.table),
  };
}

function hcpcsData(): HcpcsData {
  const codes: HcpcsRecord[] = TEACHING_HCPCS_CODES.map(([code, title, short, add, term, coverage, betos]) => ({
    code,
    billable: true,
    shortTitle: short,
    title,
    addDate: isoOf(add),
    actionEffectiveDate: null,
    terminationDate: isoOf(term),
    actionCode: null,
    coverage,
    betos,
  }));
  const modifiers: ModifierRecord[] = TEACHING_HCPCS_MODIFIERS.map(([code, title, add, term]) => ({
    code,
    system: "hcpcs",
    title,
    addDate: isoOf(add),
    terminationDate: isoOf(term),
    ncciAssociated: NCCI_ASSOCIATED.has(code),
  }));
  return {
    meta: meta("hcpcs", "2025-10", "HCPCS Level II 2025-10", "2025-10", [
      "Teaching set: a selection holding every code Codecert's lessons and questions cite, and some modifiers, from the CMS HCPCS October 2025 file.",
    ]),
    codes,
    modifiers,
  };
}

function cptData(): CptData {
  return {
    meta: meta("cpt", "2026", "CPT teaching list", "2026", [
      "Code numbers only, with Codecert's own plain wording; not AMA CPT descriptors.",
      "Incomplete on purpose: load a licensed CPT data file to verify every code.",
    ]),
    complete: false,
    codes: TEACHING_CPT_CODES.map(([code, category, wording]) => ({ code, category, billable: true, shortTitle: wording, title: wording })),
    modifiers: TEACHING_CPT_MODIFIERS.map(([code, wording, ncci]) => ({ code, system: "cpt", title: wording, addDate: null, terminationDate: null, ncciAssociated: ncci })),
  };
}

function ptpData(setting: NcciSetting): PtpData {
  return {
    meta: meta("ncci-ptp", setting, `NCCI PTP ${setting} (teaching examples)`, "teaching", [
      "Teaching examples in the NCCI PTP layout, not CMS data.",
    ]),
    setting,
    edits: TEACHING_PTP_ROWS.map(([column1, column2, effectiveDate, deletionDate, modifierIndicator, rationale]) => ({
      column1,
      column2,
      priorTo1996: false,
      effectiveDate,
      deletionDate,
      modifierIndicator,
      rationale,
    })),
  };
}

function mueData(setting: MueSetting): MueData {
  return {
    meta: meta("mue", setting, `NCCI MUE ${setting} (teaching examples)`, "teaching", ["Teaching examples in the MUE layout, not CMS data."]),
    setting,
    entries: TEACHING_MUE_ROWS.map(([code, value, mai, rationale]) => ({ code, value, mai, rationale })),
  };
}

function mceData(): MceData {
  return {
    meta: meta("mce", "FY2026", "MCE edit lists (teaching)", "teaching", [
      "Which teaching codes appear in the Medicare Code Editor lists, from the MCE v37 (FY2020) tables; for teaching.",
    ]),
    entries: TEACHING_MCE_ENTRIES,
  };
}

let cachedSets: AnySetData[] | undefined;
let cachedLibrary: LoadedLibrary | undefined;

/** The plain data of every teaching set (built once, then shared: do not change it). */
export function teachingSets(): AnySetData[] {
  if (cachedSets === undefined) {
    cachedSets = [
      { kind: "icd10cm", data: icd10cmData() },
      { kind: "icd10pcs", data: icd10pcsData() },
      { kind: "hcpcs", data: hcpcsData() },
      { kind: "cpt", data: cptData() },
      { kind: "ncci-ptp", data: ptpData("practitioner") },
      { kind: "ncci-ptp", data: ptpData("hospital") },
      { kind: "mue", data: mueData("practitioner") },
      { kind: "mue", data: mueData("hospital") },
      { kind: "mce", data: mceData() },
    ];
  }
  return cachedSets;
}

/** A library holding only the teaching set (`teachingOnly` is true). */
export function teachingLibrary(): LoadedLibrary {
  if (cachedLibrary === undefined) cachedLibrary = createLibrary(teachingSets());
  return cachedLibrary;
}
