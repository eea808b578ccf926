/**
 * Per-kind layout of a snapshot: which sections each kind of set is written as.
 * Large regular parts become columns (strings, bits, integers); small irregular parts are JSON.
 */
import { z } from "zod";
import type { AnySetData, CodeColumns, CptData, HcpcsData, Icd10CmData, Icd10PcsData, MceData, MueData, PtpData } from "../data";
import type { Icd10CmIndexData } from "../importers/icd10cm-index";
import type {
  CmBlock,
  CmChapter,
  CmNote,
  CmNoteKind,
  CodeRange,
  CodeSetMeta,
  CptCategory,
  HcpcsRecord,
  MceEditType,
  ModifierRecord,
  MueAdjudicationIndicator,
  MueSetting,
  NcciSetting,
  PcsAxis,
  PcsTable,
  PtpEdit,
  PtpModifierIndicator,
  SetKind,
  SevenChrDef,
} from "../types";
import { SnapshotFormatError, type ContainerHeader, type OpenedContainer } from "./container";
import {
  decodeBools,
  decodeJsonAs,
  decodeStrings,
  decodeStringsStrict,
  decodeUints,
  encodeBools,
  encodeCodes,
  encodeJson,
  encodeStrings,
  encodeUints,
} from "./columns";

export interface EncodedSet {
  head: Omit<ContainerHeader, "sections">;
  sections: { name: string; bytes: Uint8Array }[];
}

const sourceFileSchema = z.object({ name: z.string(), sha256: z.string(), records: z.number() });
const setKinds = ["icd10cm", "icd10pcs", "hcpcs", "cpt", "ncci-ptp", "mue", "mce"] as const satisfies readonly SetKind[];
export const codeSetMetaSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(setKinds),
  label: z.string(),
  version: z.string(),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
  source: z.enum(["official", "teaching", "licensed", "fixture"]),
  files: z.array(sourceFileSchema),
  notes: z.array(z.string()).optional(),
});

/** Parses a meta object; extra keys are dropped, missing or wrong ones throw. */
export function parseMeta(value: unknown, file: string): CodeSetMeta {
  const r = codeSetMetaSchema.safeParse(value);
  if (!r.success) throw new SnapshotFormatError(file, `bad meta: ${r.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
  const m = r.data;
  const meta: CodeSetMeta = {
    id: m.id,
    kind: m.kind,
    label: m.label,
    version: m.version,
    effectiveFrom: m.effectiveFrom,
    effectiveTo: m.effectiveTo,
    source: m.source,
    files: m.files,
  };
  if (m.notes !== undefined) meta.notes = m.notes;
  return meta;
}

/**
 * Code columns: codes in fixed-width slots, billable bits, short titles, then long titles with a bit
 * for "same as the short title" (43% of CM, 28% of PCS), whose rows hold "" in the titles column.
 */
function columnSections(prefix: string, c: CodeColumns): { name: string; bytes: Uint8Array }[] {
  const n = c.codes.length;
  if (c.billable.length !== n || c.shortTitles.length !== n || c.titles.length !== n) {
    throw new RangeError(`${prefix}: code columns have different lengths`);
  }
  const same = c.titles.map((t, i) => t === c.shortTitles[i]);
  return [
    { name: `${prefix}.codes`, bytes: encodeCodes(c.codes) },
    { name: `${prefix}.billable`, bytes: encodeBools(c.billable) },
    { name: `${prefix}.shortTitles`, bytes: encodeStrings(c.shortTitles) },
    { name: `${prefix}.titleSame`, bytes: encodeBools(same) },
    { name: `${prefix}.titles`, bytes: encodeStrings(c.titles.map((t, i) => (same[i] ? "" : t))) },
  ];
}

function readColumns(o: OpenedContainer, prefix: string, file: string): CodeColumns {
  const codes = decodeStringsStrict(o.section(`${prefix}.codes`), `${file} ${prefix}.codes`);
  const billable = decodeBools(o.section(`${prefix}.billable`), `${file} ${prefix}.billable`);
  const shortTitles = decodeStringsStrict(o.section(`${prefix}.shortTitles`), `${file} ${prefix}.shortTitles`);
  const same = decodeBools(o.section(`${prefix}.titleSame`), `${file} ${prefix}.titleSame`);
  const stored = decodeStringsStrict(o.section(`${prefix}.titles`), `${file} ${prefix}.titles`);
  const n = codes.length;
  if (billable.length !== n || shortTitles.length !== n || same.length !== n || stored.length !== n) {
    throw new SnapshotFormatError(file, `${prefix} columns have different lengths`);
  }
  const titles = new Array<string>(n);
  for (let i = 0; i < n; i++) titles[i] = same[i] ? (shortTitles[i] ?? "") : (stored[i] ?? "");
  return { codes, billable, shortTitles, titles };
}

export const NOTE_KINDS: readonly CmNoteKind[] = ["includes", "inclusionTerm", "excludes1", "excludes2", "codeFirst", "useAdditionalCode", "codeAlso", "notes"];

/**
 * Notes as columns: the codes that carry notes (fixed-width) with how many notes each, then per
 * note its kind, text and number of refs, then all refs' bounds. A code with an empty list counts 0.
 */
function noteSections(notes: Record<string, CmNote[]>): { name: string; bytes: Uint8Array }[] {
  const owner: string[] = [];
  const count: number[] = [];
  const kind: number[] = [];
  const text: string[] = [];
  const refCount: number[] = [];
  const from: string[] = [];
  const to: string[] = [];
  for (const [code, list] of Object.entries(notes)) {
    owner.push(code);
    count.push(list.length);
    for (const n of list) {
      const k = NOTE_KINDS.indexOf(n.kind);
      if (k < 0) throw new RangeError(`unknown note kind ${n.kind}`);
      kind.push(k);
      text.push(n.text);
      refCount.push(n.refs.length);
      for (const r of n.refs) {
        from.push(r.from);
        to.push(r.to);
      }
    }
  }
  return [
    { name: "notes.owner", bytes: encodeCodes(owner) },
    { name: "notes.count", bytes: encodeUints(count) },
    { name: "notes.kind", bytes: encodeUints(kind) },
    { name: "notes.text", bytes: encodeStrings(text) },
    { name: "notes.refCount", bytes: encodeUints(refCount) },
    { name: "notes.refFrom", bytes: encodeStrings(from) },
    { name: "notes.refTo", bytes: encodeStrings(to) },
  ];
}

function readNotes(o: OpenedContainer, file: string): Record<string, CmNote[]> {
  const owner = decodeStringsStrict(o.section("notes.owner"), `${file} notes.owner`);
  const count = decodeUints(o.section("notes.count"), `${file} notes.count`);
  const kind = decodeUints(o.section("notes.kind"), `${file} notes.kind`);
  const text = decodeStringsStrict(o.section("notes.text"), `${file} notes.text`);
  const refCount = decodeUints(o.section("notes.refCount"), `${file} notes.refCount`);
  const from = decodeStringsStrict(o.section("notes.refFrom"), `${file} notes.refFrom`);
  const to = decodeStringsStrict(o.section("notes.refTo"), `${file} notes.refTo`);
  const rows = kind.length;
  if (count.length !== owner.length || text.length !== rows || refCount.length !== rows || from.length !== to.length) {
    throw new SnapshotFormatError(file, "note columns have different lengths");
  }
  const out: Record<string, CmNote[]> = {};
  let row = 0;
  let r = 0;
  for (let o = 0; o < owner.length; o++) {
    const n = count[o] ?? 0;
    if (row + n > rows) throw new SnapshotFormatError(file, "notes run past their columns");
    const list: CmNote[] = new Array<CmNote>(n);
    for (let j = 0; j < n; j++, row++) {
      const k = kind[row] ?? 0;
      const noteKind = NOTE_KINDS[k];
      if (noteKind === undefined) throw new SnapshotFormatError(file, `note kind ${k} unknown`);
      const c = refCount[row] ?? 0;
      if (r + c > from.length) throw new SnapshotFormatError(file, "note refs run past their columns");
      const refs: CodeRange[] = new Array<CodeRange>(c);
      for (let q = 0; q < c; q++, r++) refs[q] = { from: from[r] ?? "", to: to[r] ?? "" };
      list[j] = { kind: noteKind, text: text[row] ?? "", refs };
    }
    out[owner[o] ?? ""] = list;
  }
  if (row !== rows || r !== from.length) throw new SnapshotFormatError(file, "unused note rows or refs");
  return out;
}

function encodeIcd10Cm(d: Icd10CmData): EncodedSet {
  return {
    head: { kind: "icd10cm", meta: d.meta, attrs: {} },
    sections: [
      ...columnSections("cm", d.columns),
      ...noteSections(d.notes),
      { name: "cm.sevenChr", bytes: encodeJson(d.sevenChr) },
      { name: "cm.chapters", bytes: encodeJson(d.chapters) },
      { name: "cm.blocks", bytes: encodeJson(d.blocks) },
    ],
  };
}

function decodeIcd10Cm(o: OpenedContainer, meta: CodeSetMeta, file: string): Icd10CmData {
  return {
    meta,
    columns: readColumns(o, "cm", file),
    notes: readNotes(o, file),
    sevenChr: decodeJsonAs<Record<string, SevenChrDef>>(o.section("cm.sevenChr"), `${file} cm.sevenChr`),
    chapters: decodeJsonAs<CmChapter[]>(o.section("cm.chapters"), `${file} cm.chapters`),
    blocks: decodeJsonAs<CmBlock[]>(o.section("cm.blocks"), `${file} cm.blocks`),
  };
}

/**
 * PCS tables as columns: the tables, then all their axes in order (axes 1–3 of a table, then
 * the axes of each row), then all labels. Label texts repeat a lot ("Open", "No Device") and are
 * stored once each (dictionary columns), which also makes them shared strings in memory.
 */
function pcsTableSections(tables: PcsTable[]): { name: string; bytes: Uint8Array }[] {
  const tableCode: string[] = [];
  const tableAxes: number[] = [];
  const tableRows: number[] = [];
  const rowAxes: number[] = [];
  const axisPos: number[] = [];
  const axisTitle: string[] = [];
  const axisDefinition: (string | null)[] = [];
  const axisLabels: number[] = [];
  const labelCode: string[] = [];
  const labelText: string[] = [];
  const addAxis = (a: PcsAxis): void => {
    axisPos.push(a.pos);
    axisTitle.push(a.title);
    axisDefinition.push(a.definition ?? null);
    axisLabels.push(a.labels.length);
    for (const l of a.labels) {
      labelCode.push(l.code);
      labelText.push(l.text);
    }
  };
  for (const t of tables) {
    tableCode.push(t.code);
    tableAxes.push(t.axes.length);
    tableRows.push(t.rows.length);
    for (const a of t.axes) addAxis(a);
    for (const r of t.rows) {
      rowAxes.push(r.axes.length);
      for (const a of r.axes) addAxis(a);
    }
  }
  return [
    { name: "pcs.table.code", bytes: encodeCodes(tableCode) },
    { name: "pcs.table.axes", bytes: encodeUints(tableAxes) },
    { name: "pcs.table.rows", bytes: encodeUints(tableRows) },
    { name: "pcs.row.axes", bytes: encodeUints(rowAxes) },
    { name: "pcs.axis.pos", bytes: encodeUints(axisPos) },
    { name: "pcs.axis.title", bytes: encodeStrings(axisTitle) },
    { name: "pcs.axis.definition", bytes: encodeStrings(axisDefinition) },
    { name: "pcs.axis.labels", bytes: encodeUints(axisLabels) },
    { name: "pcs.label.code", bytes: encodeStrings(labelCode) },
    { name: "pcs.label.text", bytes: encodeStrings(labelText) },
  ];
}

function readPcsTables(o: OpenedContainer, file: string): PcsTable[] {
  const str = (name: string) => decodeStringsStrict(o.section(`pcs.${name}`), `${file} pcs.${name}`);
  const int = (name: string) => decodeUints(o.section(`pcs.${name}`), `${file} pcs.${name}`);
  const tableCode = str("table.code");
  const tableAxes = int("table.axes");
  const tableRows = int("table.rows");
  const rowAxes = int("row.axes");
  const axisPos = int("axis.pos");
  const axisTitle = str("axis.title");
  const axisDefinition = decodeStrings(o.section("pcs.axis.definition"), `${file} pcs.axis.definition`);
  const axisLabels = int("axis.labels");
  const labelCode = str("label.code");
  const labelText = str("label.text");
  let axisAt = 0;
  let rowAt = 0;
  let labelAt = 0;
  const nextAxis = (): PcsAxis => {
    const pos = axisPos[axisAt];
    const title = axisTitle[axisAt];
    const count = axisLabels[axisAt];
    if (pos === undefined || title === undefined || count === undefined) throw new SnapshotFormatError(file, "PCS axes run out");
    const labels: PcsAxis["labels"] = new Array<PcsAxis["labels"][number]>(count);
    for (let i = 0; i < count; i++, labelAt++) {
      const code = labelCode[labelAt];
      const text = labelText[labelAt];
      if (code === undefined || text === undefined) throw new SnapshotFormatError(file, "PCS labels run out");
      labels[i] = { code, text };
    }
    const axis: PcsAxis = { pos, title, labels };
    const definition = axisDefinition[axisAt];
    if (definition !== null && definition !== undefined) axis.definition = definition;
    axisAt++;
    return axis;
  };
  const tables: PcsTable[] = new Array<PcsTable>(tableCode.length);
  for (let t = 0; t < tableCode.length; t++) {
    const axes: PcsAxis[] = [];
    for (let i = 0; i < (tableAxes[t] ?? 0); i++) axes.push(nextAxis());
    const rows: PcsTable["rows"] = [];
    for (let r = 0; r < (tableRows[t] ?? 0); r++, rowAt++) {
      const rowAxesList: PcsAxis[] = [];
      for (let i = 0; i < (rowAxes[rowAt] ?? 0); i++) rowAxesList.push(nextAxis());
      rows.push({ axes: rowAxesList });
    }
    tables[t] = { code: tableCode[t] ?? "", axes, rows };
  }
  if (axisAt !== axisPos.length || labelAt !== labelCode.length || rowAt !== rowAxes.length) {
    throw new SnapshotFormatError(file, "PCS table columns do not add up");
  }
  return tables;
}

function encodeIcd10Pcs(d: Icd10PcsData): EncodedSet {
  return {
    head: { kind: "icd10pcs", meta: d.meta, attrs: {} },
    sections: [...columnSections("pcs", d.columns), ...pcsTableSections(d.tables)],
  };
}

function decodeIcd10Pcs(o: OpenedContainer, meta: CodeSetMeta, file: string): Icd10PcsData {
  return { meta, columns: readColumns(o, "pcs", file), tables: readPcsTables(o, file) };
}

function encodeHcpcs(d: HcpcsData): EncodedSet {
  const c = d.codes;
  return {
    head: { kind: "hcpcs", meta: d.meta, attrs: {} },
    sections: [
      { name: "hcpcs.code", bytes: encodeCodes(c.map((r) => r.code)) },
      { name: "hcpcs.billable", bytes: encodeBools(c.map((r) => r.billable)) },
      { name: "hcpcs.shortTitle", bytes: encodeStrings(c.map((r) => r.shortTitle)) },
      { name: "hcpcs.title", bytes: encodeStrings(c.map((r) => r.title)) },
      { name: "hcpcs.addDate", bytes: encodeStrings(c.map((r) => r.addDate)) },
      { name: "hcpcs.actionEffectiveDate", bytes: encodeStrings(c.map((r) => r.actionEffectiveDate)) },
      { name: "hcpcs.terminationDate", bytes: encodeStrings(c.map((r) => r.terminationDate)) },
      { name: "hcpcs.actionCode", bytes: encodeStrings(c.map((r) => r.actionCode)) },
      { name: "hcpcs.coverage", bytes: encodeStrings(c.map((r) => r.coverage)) },
      { name: "hcpcs.betos", bytes: encodeStrings(c.map((r) => r.betos)) },
      { name: "hcpcs.modifiers", bytes: encodeJson(d.modifiers) },
    ],
  };
}

function decodeHcpcs(o: OpenedContainer, meta: CodeSetMeta, file: string): HcpcsData {
  const s = (name: string) => decodeStringsStrict(o.section(`hcpcs.${name}`), `${file} hcpcs.${name}`);
  const ns = (name: string) => decodeStrings(o.section(`hcpcs.${name}`), `${file} hcpcs.${name}`);
  const code = s("code");
  const billable = decodeBools(o.section("hcpcs.billable"), `${file} hcpcs.billable`);
  const shortTitle = s("shortTitle");
  const title = s("title");
  const addDate = ns("addDate");
  const actionEffectiveDate = ns("actionEffectiveDate");
  const terminationDate = ns("terminationDate");
  const actionCode = ns("actionCode");
  const coverage = ns("coverage");
  const betos = ns("betos");
  const n = code.length;
  for (const col of [billable, shortTitle, title, addDate, actionEffectiveDate, terminationDate, actionCode, coverage, betos]) {
    if (col.length !== n) throw new SnapshotFormatError(file, "HCPCS columns have different lengths");
  }
  const codes: HcpcsRecord[] = new Array<HcpcsRecord>(n);
  for (let i = 0; i < n; i++) {
    codes[i] = {
      code: code[i] ?? "",
      billable: billable[i] ?? false,
      shortTitle: shortTitle[i] ?? "",
      title: title[i] ?? "",
      addDate: addDate[i] ?? null,
      actionEffectiveDate: actionEffectiveDate[i] ?? null,
      terminationDate: terminationDate[i] ?? null,
      actionCode: actionCode[i] ?? null,
      coverage: coverage[i] ?? null,
      betos: betos[i] ?? null,
    };
  }
  return { meta, codes, modifiers: decodeJsonAs<ModifierRecord[]>(o.section("hcpcs.modifiers"), `${file} hcpcs.modifiers`) };
}

const CPT_CATEGORIES: readonly CptCategory[] = ["I", "II", "III", "PLA"];

function encodeCpt(d: CptData): EncodedSet {
  const c = d.codes;
  return {
    head: { kind: "cpt", meta: d.meta, attrs: { complete: d.complete } },
    sections: [
      { name: "cpt.code", bytes: encodeCodes(c.map((r) => r.code)) },
      { name: "cpt.category", bytes: encodeStrings(c.map((r) => r.category)) },
      { name: "cpt.billable", bytes: encodeBools(c.map((r) => r.billable)) },
      { name: "cpt.shortTitle", bytes: encodeStrings(c.map((r) => r.shortTitle)) },
      { name: "cpt.title", bytes: encodeStrings(c.map((r) => r.title)) },
      { name: "cpt.modifiers", bytes: encodeJson(d.modifiers) },
    ],
  };
}

function decodeCpt(o: OpenedContainer, meta: CodeSetMeta, file: string, attrs: ContainerHeader["attrs"]): CptData {
  const s = (name: string) => decodeStringsStrict(o.section(`cpt.${name}`), `${file} cpt.${name}`);
  const code = s("code");
  const category = s("category");
  const billable = decodeBools(o.section("cpt.billable"), `${file} cpt.billable`);
  const shortTitle = s("shortTitle");
  const title = s("title");
  const n = code.length;
  if (category.length !== n || billable.length !== n || shortTitle.length !== n || title.length !== n) {
    throw new SnapshotFormatError(file, "CPT columns have different lengths");
  }
  if (typeof attrs.complete !== "boolean") throw new SnapshotFormatError(file, "CPT snapshot without its complete flag");
  const codes: CptData["codes"] = new Array<CptData["codes"][number]>(n);
  for (let i = 0; i < n; i++) {
    const cat = CPT_CATEGORIES.find((x) => x === category[i]);
    if (cat === undefined) throw new SnapshotFormatError(file, `CPT category "${category[i] ?? ""}" unknown`);
    codes[i] = { code: code[i] ?? "", category: cat, billable: billable[i] ?? false, shortTitle: shortTitle[i] ?? "", title: title[i] ?? "" };
  }
  return { meta, complete: attrs.complete, codes, modifiers: decodeJsonAs<ModifierRecord[]>(o.section("cpt.modifiers"), `${file} cpt.modifiers`) };
}

const NCCI_SETTINGS: readonly NcciSetting[] = ["practitioner", "hospital"];
const MUE_SETTINGS: readonly MueSetting[] = ["practitioner", "hospital", "dme"];

function encodePtp(d: PtpData): EncodedSet {
  const e = d.edits;
  return {
    head: { kind: "ncci-ptp", meta: d.meta, attrs: { setting: d.setting } },
    sections: [
      { name: "ptp.column1", bytes: encodeStrings(e.map((x) => x.column1)) },
      { name: "ptp.column2", bytes: encodeStrings(e.map((x) => x.column2)) },
      { name: "ptp.priorTo1996", bytes: encodeBools(e.map((x) => x.priorTo1996)) },
      { name: "ptp.effectiveDate", bytes: encodeStrings(e.map((x) => x.effectiveDate)) },
      { name: "ptp.deletionDate", bytes: encodeStrings(e.map((x) => x.deletionDate)) },
      { name: "ptp.modifierIndicator", bytes: encodeUints(e.map((x) => x.modifierIndicator)) },
      { name: "ptp.rationale", bytes: encodeStrings(e.map((x) => x.rationale)) },
    ],
  };
}

function modifierIndicator(v: number | undefined, file: string): PtpModifierIndicator {
  if (v === 0 || v === 1 || v === 9) return v;
  throw new SnapshotFormatError(file, `modifier indicator ${String(v)} is not 0, 1 or 9`);
}

function decodePtp(o: OpenedContainer, meta: CodeSetMeta, file: string, attrs: ContainerHeader["attrs"]): PtpData {
  const setting = NCCI_SETTINGS.find((s) => s === attrs.setting);
  if (setting === undefined) throw new SnapshotFormatError(file, "PTP snapshot without a valid setting");
  const s = (name: string) => decodeStringsStrict(o.section(`ptp.${name}`), `${file} ptp.${name}`);
  const column1 = s("column1");
  const column2 = s("column2");
  const prior = decodeBools(o.section("ptp.priorTo1996"), `${file} ptp.priorTo1996`);
  const eff = s("effectiveDate");
  const del = decodeStrings(o.section("ptp.deletionDate"), `${file} ptp.deletionDate`);
  const mi = decodeUints(o.section("ptp.modifierIndicator"), `${file} ptp.modifierIndicator`);
  const rationale = s("rationale");
  const n = column1.length;
  for (const col of [column2, prior, eff, del, mi, rationale]) {
    if (col.length !== n) throw new SnapshotFormatError(file, "PTP columns have different lengths");
  }
  const edits: PtpEdit[] = new Array<PtpEdit>(n);
  for (let i = 0; i < n; i++) {
    edits[i] = {
      column1: column1[i] ?? "",
      column2: column2[i] ?? "",
      priorTo1996: prior[i] ?? false,
      effectiveDate: eff[i] ?? "",
      deletionDate: del[i] ?? null,
      modifierIndicator: modifierIndicator(mi[i], file),
      rationale: rationale[i] ?? "",
    };
  }
  return { meta, setting, edits };
}

function encodeMue(d: MueData): EncodedSet {
  const e = d.entries;
  return {
    head: { kind: "mue", meta: d.meta, attrs: { setting: d.setting } },
    sections: [
      { name: "mue.code", bytes: encodeStrings(e.map((x) => x.code)) },
      { name: "mue.value", bytes: encodeUints(e.map((x) => x.value)) },
      { name: "mue.mai", bytes: encodeUints(e.map((x) => x.mai)) },
      { name: "mue.rationale", bytes: encodeStrings(e.map((x) => x.rationale)) },
    ],
  };
}

function mai(v: number | undefined, file: string): MueAdjudicationIndicator {
  if (v === 1 || v === 2 || v === 3) return v;
  throw new SnapshotFormatError(file, `MUE adjudication indicator ${String(v)} is not 1, 2 or 3`);
}

function decodeMue(o: OpenedContainer, meta: CodeSetMeta, file: string, attrs: ContainerHeader["attrs"]): MueData {
  const setting = MUE_SETTINGS.find((s) => s === attrs.setting);
  if (setting === undefined) throw new SnapshotFormatError(file, "MUE snapshot without a valid setting");
  const code = decodeStringsStrict(o.section("mue.code"), `${file} mue.code`);
  const value = decodeUints(o.section("mue.value"), `${file} mue.value`);
  const m = decodeUints(o.section("mue.mai"), `${file} mue.mai`);
  const rationale = decodeStringsStrict(o.section("mue.rationale"), `${file} mue.rationale`);
  const n = code.length;
  if (value.length !== n || m.length !== n || rationale.length !== n) throw new SnapshotFormatError(file, "MUE columns have different lengths");
  const entries = new Array<MueData["entries"][number]>(n);
  for (let i = 0; i < n; i++) entries[i] = { code: code[i] ?? "", value: value[i] ?? 0, mai: mai(m[i], file), rationale: rationale[i] ?? "" };
  return { meta, setting, entries };
}

const MCE_EDITS: readonly MceEditType[] = [
  "Female_Only",
  "Male_Only",
  "Principal_Unacceptable",
  "Maternity_Only",
  "Adult_Only",
  "Principal_Manifestation",
  "Pediatric_Only",
  "Newborn_Only",
  "Noncovered_Always",
  "Limited_Coverage",
  "Principal_Questionable_Admit",
  "Wrong_Performed",
  "Noncovered_Over60",
  "Noncovered_LOS_96hr",
];

function encodeMce(d: MceData): EncodedSet {
  const keys = Object.keys(d.entries);
  return {
    head: { kind: "mce", meta: d.meta, attrs: {} },
    sections: [
      { name: "mce.key", bytes: encodeStrings(keys) },
      { name: "mce.edits", bytes: encodeStrings(keys.map((k) => (d.entries[k] ?? []).join("|"))) },
    ],
  };
}

function decodeMce(o: OpenedContainer, meta: CodeSetMeta, file: string): MceData {
  const keys = decodeStringsStrict(o.section("mce.key"), `${file} mce.key`);
  const edits = decodeStringsStrict(o.section("mce.edits"), `${file} mce.edits`);
  if (edits.length !== keys.length) throw new SnapshotFormatError(file, "MCE columns have different lengths");
  const entries: Record<string, MceEditType[]> = {};
  const memo = new Map<string, MceEditType[]>();
  // Keys with the same edit types share one array (plain data: not to be changed).
  keys.forEach((k, i) => {
    const joined = edits[i] ?? "";
    let list = memo.get(joined);
    if (list === undefined) {
      list = joined === "" ? [] : joined.split("|").map((e) => {
        const t = MCE_EDITS.find((x) => x === e);
        if (t === undefined) throw new SnapshotFormatError(file, `MCE edit type ${e} unknown`);
        return t;
      });
      memo.set(joined, list);
    }
    entries[k] = list;
  });
  return { meta, entries };
}

/** The sections of a set of any kind. */
export function encodeSet(set: AnySetData): EncodedSet {
  switch (set.kind) {
    case "icd10cm":
      return encodeIcd10Cm(set.data);
    case "icd10pcs":
      return encodeIcd10Pcs(set.data);
    case "hcpcs":
      return encodeHcpcs(set.data);
    case "cpt":
      return encodeCpt(set.data);
    case "ncci-ptp":
      return encodePtp(set.data);
    case "mue":
      return encodeMue(set.data);
    case "mce":
      return encodeMce(set.data);
  }
}

/** Rebuilds a set from an opened snapshot. */
export function decodeSet(o: OpenedContainer, file: string): AnySetData {
  const { kind, attrs } = o.header;
  const meta = parseMeta(o.header.meta, file);
  if (meta.kind !== kind) throw new SnapshotFormatError(file, `header kind ${kind} but meta kind ${meta.kind}`);
  switch (meta.kind) {
    case "icd10cm":
      return { kind: "icd10cm", data: decodeIcd10Cm(o, meta, file) };
    case "icd10pcs":
      return { kind: "icd10pcs", data: decodeIcd10Pcs(o, meta, file) };
    case "hcpcs":
      return { kind: "hcpcs", data: decodeHcpcs(o, meta, file) };
    case "cpt":
      return { kind: "cpt", data: decodeCpt(o, meta, file, attrs) };
    case "ncci-ptp":
      return { kind: "ncci-ptp", data: decodePtp(o, meta, file, attrs) };
    case "mue":
      return { kind: "mue", data: decodeMue(o, meta, file, attrs) };
    case "mce":
      return { kind: "mce", data: decodeMce(o, meta, file) };
  }
}

export const INDEX_KIND = "icd10cm-index";
const INDEX_COLUMNS = ["title", "nemod", "code", "manif", "see", "seeAlso", "seeCat", "subCat"] as const;

/** The Alphabetic Index of a set, stored beside it in its own snapshot file. */
export function encodeIndex(setMeta: CodeSetMeta, index: Icd10CmIndexData): EncodedSet {
  return {
    head: { kind: INDEX_KIND, meta: setMeta, attrs: { version: index.version, title: index.title } },
    sections: [
      { name: "index.letters", bytes: encodeJson(index.letters) },
      { name: "index.level", bytes: encodeUints(index.terms.level) },
      ...INDEX_COLUMNS.map((c) => ({ name: `index.${c}`, bytes: encodeStrings(index.terms[c]) })),
    ],
  };
}

export function decodeIndex(o: OpenedContainer, file: string): { setMeta: CodeSetMeta; index: Icd10CmIndexData } {
  if (o.header.kind !== INDEX_KIND) throw new SnapshotFormatError(file, `holds ${o.header.kind}, not an index`);
  const { version, title } = o.header.attrs;
  if (typeof version !== "string" || typeof title !== "string") throw new SnapshotFormatError(file, "index snapshot without version/title");
  const col = (c: (typeof INDEX_COLUMNS)[number]) => decodeStringsStrict(o.section(`index.${c}`), `${file} index.${c}`);
  const level = decodeUints(o.section("index.level"), `${file} index.level`);
  const terms: Icd10CmIndexData["terms"] = {
    level,
    title: col("title"),
    nemod: col("nemod"),
    code: col("code"),
    manif: col("manif"),
    see: col("see"),
    seeAlso: col("seeAlso"),
    seeCat: col("seeCat"),
    subCat: col("subCat"),
  };
  for (const c of INDEX_COLUMNS) if (terms[c].length !== level.length) throw new SnapshotFormatError(file, "index columns have different lengths");
  return {
    setMeta: parseMeta(o.header.meta, file),
    index: { version, title, letters: decodeJsonAs<Icd10CmIndexData["letters"]>(o.section("index.letters"), `${file} index.letters`), terms },
  };
}
