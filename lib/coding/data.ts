/**
 * Plain data of each kind of set: what the importers produce from release files,
 * what the snapshot stores, what the teaching set is written in, and what the
 * set classes in lib/coding/sets/ are built from. Plain objects and arrays only,
 * so they serialise and load fast. All codes canonical (upper case, no dot).
 */
import type {
  CmBlock,
  CmChapter,
  CmNote,
  CodeSetMeta,
  CptCategory,
  HcpcsRecord,
  MceEditType,
  ModifierRecord,
  MueEntry,
  MueSetting,
  NcciSetting,
  PcsTable,
  PtpEdit,
  SevenChrDef,
} from "./types";

/** Parallel arrays, one entry per code, in the release file's order. */
export interface CodeColumns {
  codes: string[];
  billable: boolean[];
  shortTitles: string[];
  titles: string[];
}

export interface Icd10CmData {
  meta: CodeSetMeta;
  columns: CodeColumns;
  /** Instructional notes by code (only codes that carry notes). */
  notes: Record<string, CmNote[]>;
  /** 7th-character definitions by the code they are written at. */
  sevenChr: Record<string, SevenChrDef>;
  chapters: CmChapter[];
  blocks: CmBlock[];
}

export interface Icd10PcsData {
  meta: CodeSetMeta;
  columns: CodeColumns;
  tables: PcsTable[];
}

export interface HcpcsData {
  meta: CodeSetMeta;
  codes: HcpcsRecord[];
  modifiers: ModifierRecord[];
}

export interface CptData {
  meta: CodeSetMeta;
  /** true only for a licensed file that lists every code. */
  complete: boolean;
  codes: { code: string; category: CptCategory; billable: boolean; shortTitle: string; title: string }[];
  modifiers: ModifierRecord[];
}

export interface PtpData {
  meta: CodeSetMeta;
  setting: NcciSetting;
  edits: PtpEdit[];
}

export interface MueData {
  meta: CodeSetMeta;
  setting: MueSetting;
  entries: MueEntry[];
}

export interface MceData {
  meta: CodeSetMeta;
  /** "D:E119" or "P:0DTJ4ZZ" -> edit types listing it. */
  entries: Record<string, MceEditType[]>;
}

export type AnySetData =
  | { kind: "icd10cm"; data: Icd10CmData }
  | { kind: "icd10pcs"; data: Icd10PcsData }
  | { kind: "hcpcs"; data: HcpcsData }
  | { kind: "cpt"; data: CptData }
  | { kind: "ncci-ptp"; data: PtpData }
  | { kind: "mue"; data: MueData }
  | { kind: "mce"; data: MceData };
