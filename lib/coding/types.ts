/**
 * The data model of the code-validation core.
 *
 * This file is the contract between the importers (which build code sets from the
 * official CMS/CDC release files), the snapshot (which stores and loads them fast)
 * and the rules (which validate claims and score coding cases). Codes are always
 * held in canonical form: upper case, no dot, no spaces ("E119", "0DTJ4ZZ", "J1100").
 */

export type CodeSystem = "icd10cm" | "icd10pcs" | "hcpcs" | "cpt";
export type EditTableKind = "ncci-ptp" | "mue" | "mce";
export type SetKind = CodeSystem | EditTableKind;

/** Where a set came from: an official release, our own teaching set, a user's licensed file, or a test fixture. */
export type SetSource = "official" | "teaching" | "licensed" | "fixture";

export interface SourceFile {
  name: string;
  sha256: string;
  records: number;
}

export interface CodeSetMeta {
  /** Stable id, e.g. "icd10cm-FY2026", "hcpcs-2025-10", "ncci-ptp-practitioner-2026Q1". */
  id: string;
  kind: SetKind;
  /** Human label, e.g. "ICD-10-CM FY2026". */
  label: string;
  /** Release name: "FY2026", "2025-10", "2026Q1". */
  version: string;
  /** First day the set is in force (ISO yyyy-mm-dd, inclusive). */
  effectiveFrom: string;
  /** Last day in force (inclusive), or null while no later set is known. */
  effectiveTo: string | null;
  source: SetSource;
  files: SourceFile[];
  /** Free-text provenance notes shown to users, e.g. "instructional notes from the FY2023 Tabular List". */
  notes?: string[];
}

/** One code of a code system. */
export interface CodeRecord {
  code: string;
  /** true = valid for HIPAA transactions (a billable code); false = a header (category, subcategory, PCS table). */
  billable: boolean;
  shortTitle: string;
  title: string;
}

/**
 * A span of codes named by an instructional note. Bounds are canonical prefixes:
 * "E10" matches E10 and everything under it; {from:"E08", to:"E13"} matches E08 through E13 and their children.
 */
export interface CodeRange {
  from: string;
  to: string;
}

export type CmNoteKind =
  | "includes"
  | "inclusionTerm"
  | "excludes1"
  | "excludes2"
  | "codeFirst"
  | "useAdditionalCode"
  | "codeAlso"
  | "notes";

/** One line of an ICD-10-CM Tabular List instructional note, with the code ranges it cites. */
export interface CmNote {
  kind: CmNoteKind;
  text: string;
  refs: CodeRange[];
}

export interface SevenChrDef {
  /** The code where the definition is written (applies to every code below it). */
  definedAt: string;
  note: string | null;
  chars: { char: string; text: string }[];
}

export interface CmChapter {
  number: number;
  title: string;
  range: CodeRange;
  /** Notes written at the chapter head (they apply to every code of the chapter). */
  notes?: CmNote[];
}

export interface CmBlock {
  id: string;
  title: string;
  range: CodeRange;
  /** Notes written at the block (section) head (they apply to every code of the block). */
  notes?: CmNote[];
}

/** ICD-10-CM for one fiscal year. */
export interface Icd10CmSet {
  readonly meta: CodeSetMeta;
  get(code: string): CodeRecord | undefined;
  /** Nearest existing ancestor (E119 -> E11; E11 -> undefined). */
  parent(code: string): string | undefined;
  children(code: string): string[];
  /** Notes written at this code only; callers walk parent() for inherited ones. */
  notesOf(code: string): CmNote[];
  /** The 7th-character definition in force for this code (written at it or an ancestor). */
  sevenChrFor(code: string): SevenChrDef | undefined;
  chapterOf(code: string): CmChapter | undefined;
  blockOf(code: string): CmBlock | undefined;
  chapters(): CmChapter[];
  /** All codes, headers and billable, in tabular order. */
  codes(): Iterable<string>;
  readonly size: number;
}

export interface PcsAxisLabel {
  code: string;
  text: string;
}

export interface PcsAxis {
  pos: number;
  title: string;
  labels: PcsAxisLabel[];
  /** Only the root-operation axis (pos 3) has one. */
  definition?: string;
}

export interface PcsRow {
  /** Axes 4–7. Every combination of their labels is a valid code. */
  axes: PcsAxis[];
}

export interface PcsTable {
  /** The first three characters, e.g. "0DT". */
  code: string;
  /** Axes 1–3 (section, body system, operation), one label each. */
  axes: PcsAxis[];
  rows: PcsRow[];
}

/** ICD-10-PCS for one fiscal year. */
export interface Icd10PcsSet {
  readonly meta: CodeSetMeta;
  get(code: string): CodeRecord | undefined;
  table(prefix3: string): PcsTable | undefined;
  tables(): Iterable<PcsTable>;
  codes(): Iterable<string>;
  readonly size: number;
}

export interface HcpcsRecord extends CodeRecord {
  /** ISO dates; null when the file leaves them blank. */
  addDate: string | null;
  actionEffectiveDate: string | null;
  terminationDate: string | null;
  actionCode: string | null;
  coverage: string | null;
  betos: string | null;
}

export interface ModifierRecord {
  code: string;
  system: "hcpcs" | "cpt";
  title: string;
  addDate: string | null;
  terminationDate: string | null;
  /** true for the modifiers NCCI accepts to bypass a PTP edit with indicator 1. */
  ncciAssociated: boolean;
}

/** HCPCS Level II for one quarterly release. */
export interface HcpcsSet {
  readonly meta: CodeSetMeta;
  get(code: string): HcpcsRecord | undefined;
  modifier(code: string): ModifierRecord | undefined;
  modifiers(): Iterable<ModifierRecord>;
  codes(): Iterable<string>;
  readonly size: number;
}

export type CptCategory = "I" | "II" | "III" | "PLA";

export interface CptRecord extends CodeRecord {
  category: CptCategory;
}

/**
 * CPT. Without a licensed file the set only knows structure and the teaching codes;
 * `complete` says whether an unknown code can be called invalid.
 */
export interface CptSet {
  readonly meta: CodeSetMeta;
  readonly complete: boolean;
  get(code: string): CptRecord | undefined;
  modifier(code: string): ModifierRecord | undefined;
  modifiers(): Iterable<ModifierRecord>;
  codes(): Iterable<string>;
  readonly size: number;
}

export type PtpModifierIndicator = 0 | 1 | 9;

export interface PtpEdit {
  column1: string;
  column2: string;
  /** true when the file marks the pair "*" (in existence before 1996). */
  priorTo1996: boolean;
  effectiveDate: string;
  /** null = no deletion date ("*"). Inclusive last day is the day before the deletion date. */
  deletionDate: string | null;
  modifierIndicator: PtpModifierIndicator;
  rationale: string;
}

export type NcciSetting = "practitioner" | "hospital";

export interface PtpTable {
  readonly meta: CodeSetMeta;
  readonly setting: NcciSetting;
  /** Every edit with this column 1 / column 2 pair (usually zero or one). */
  find(column1: string, column2: string): PtpEdit[];
  readonly size: number;
}

export type MueAdjudicationIndicator = 1 | 2 | 3;
export type MueSetting = "practitioner" | "hospital" | "dme";

export interface MueEntry {
  code: string;
  value: number;
  mai: MueAdjudicationIndicator;
  rationale: string;
}

export interface MueTable {
  readonly meta: CodeSetMeta;
  readonly setting: MueSetting;
  get(code: string): MueEntry | undefined;
  readonly size: number;
}

export type MceEditType =
  | "Female_Only"
  | "Male_Only"
  | "Principal_Unacceptable"
  | "Maternity_Only"
  | "Adult_Only"
  | "Principal_Manifestation"
  | "Pediatric_Only"
  | "Newborn_Only"
  | "Noncovered_Always"
  | "Limited_Coverage"
  | "Principal_Questionable_Admit"
  | "Wrong_Performed"
  | "Noncovered_Over60"
  | "Noncovered_LOS_96hr";

export interface MceLists {
  readonly meta: CodeSetMeta;
  /** Edit types that list this code ("D" = diagnosis, "P" = procedure). */
  edits(codeType: "D" | "P", code: string): MceEditType[];
  readonly size: number;
}

/**
 * Everything the rules can consult, with each set picked by date.
 * A library may hold several years side by side.
 */
export interface CodeLibrary {
  /** Every set loaded, oldest first per kind. */
  readonly sets: CodeSetMeta[];
  /** true when no official ICD-10-CM/PCS/HCPCS set is loaded and the teaching set answers. */
  readonly teachingOnly: boolean;
  icd10cm(date: string): Icd10CmSet | undefined;
  icd10pcs(date: string): Icd10PcsSet | undefined;
  hcpcs(date: string): HcpcsSet | undefined;
  cpt(date: string): CptSet | undefined;
  ptp(date: string, setting: NcciSetting): PtpTable | undefined;
  mue(date: string, setting: MueSetting): MueTable | undefined;
  mce(date: string): MceLists | undefined;
}
