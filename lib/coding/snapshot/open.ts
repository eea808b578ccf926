/**
 * Opening a snapshot in place: the loader's path. A set's columns stay views over the bytes of its
 * file (read with one readFileSync); when the set is first used its codes get a hash index (a few
 * milliseconds), and titles, notes, PCS tables and HCPCS/CPT records are decoded one at a time when
 * asked for, then kept. Nothing is decoded per code at load. decodeSet (codecs.ts) gives the same
 * sets as plain data instead, for tools and round-trip tests.
 */
import type { MceData, MueData, PtpData } from "../data";
import type { PreparedSet } from "../library";
import {
  nullableAt,
  openCptSet,
  openHcpcsSet,
  openIcd10CmSet,
  openIcd10PcsSet,
  type BitColumn,
  type CmNoteSource,
  type CodeIndex,
  type PcsTableSource,
  type StoredText,
  type TextColumn,
  createMceLists,
  createMueTable,
  createPtpTable,
} from "../sets";
import type {
  CmBlock,
  CmChapter,
  CmNote,
  CodeRange,
  CodeSetMeta,
  CptCategory,
  CptRecord,
  HcpcsRecord,
  ModifierRecord,
  MueSetting,
  NcciSetting,
  PcsAxis,
  PcsTable,
  SevenChrDef,
} from "../types";
import { decodeSet, NOTE_KINDS, parseMeta } from "./codecs";
import { columnLength, decodeJsonAs, openBools, openCodes, openStrings, openStringsStrict, openUints } from "./columns";
import { SnapshotFormatError, type OpenedContainer } from "./container";

/** Effective dates that override the snapshot's own (the manifest's, which the installer may have updated). */
export type EffectiveDates = Pick<CodeSetMeta, "effectiveFrom" | "effectiveTo">;

class SectionReader {
  constructor(
    private readonly o: OpenedContainer,
    private readonly file: string,
  ) {}

  bytes(name: string): Uint8Array {
    return this.o.section(name);
  }

  what(name: string): string {
    return `${this.file} ${name}`;
  }

  length(name: string): number {
    return columnLength(this.o.section(name), this.what(name));
  }

  text(name: string): StoredText {
    return openStringsStrict(this.o.section(name), this.what(name));
  }

  nullableText(name: string): StoredText {
    return openStrings(this.o.section(name), this.what(name));
  }

  bools(name: string): BitColumn {
    return openBools(this.o.section(name), this.what(name));
  }

  uints(name: string): ArrayLike<number> {
    return openUints(this.o.section(name), this.what(name));
  }

  codes(name: string): CodeIndex {
    return openCodes(this.o.section(name), this.what(name));
  }

  json<T>(name: string): T {
    return decodeJsonAs<T>(this.o.section(name), this.what(name));
  }

  /** Throws unless every named column has `n` values. */
  sameLength(n: number, names: readonly string[], what: string): void {
    for (const name of names) {
      if (this.length(name) !== n) throw new SnapshotFormatError(this.file, `${what} columns have different lengths`);
    }
  }

  fail(reason: string): never {
    throw new SnapshotFormatError(this.file, reason);
  }
}

function prefixSums(counts: ArrayLike<number>, total: number, fail: () => never): Uint32Array {
  const out = new Uint32Array(counts.length + 1);
  let at = 0;
  for (let i = 0; i < counts.length; i++) {
    at += counts[i] ?? 0;
    out[i + 1] = at;
  }
  if (at !== total) fail();
  return out;
}

const NO_NOTES: CmNote[] = [];

/** ICD-10-CM notes decoded per code from the note columns, then kept. */
class ColumnNotes implements CmNoteSource {
  private readonly owners: CodeIndex;
  private readonly firstRow: Uint32Array;
  private readonly firstRef: Uint32Array;
  private readonly kind: ArrayLike<number>;
  private readonly text: TextColumn;
  private readonly from: TextColumn;
  private readonly to: TextColumn;
  private readonly cache: (CmNote[] | undefined)[];

  constructor(r: SectionReader) {
    this.owners = r.codes("notes.owner");
    const count = r.uints("notes.count");
    this.kind = r.uints("notes.kind");
    this.text = r.text("notes.text");
    const refCount = r.uints("notes.refCount");
    this.from = r.text("notes.refFrom");
    this.to = r.text("notes.refTo");
    const rows = this.kind.length;
    if (count.length !== this.owners.size || this.text.length !== rows || refCount.length !== rows || this.from.length !== this.to.length) {
      r.fail("note columns have different lengths");
    }
    for (let i = 0; i < rows; i++) if ((this.kind[i] ?? 0) >= NOTE_KINDS.length) r.fail(`note kind ${this.kind[i] ?? 0} unknown`);
    this.firstRow = prefixSums(count, rows, () => r.fail("note counts do not add up to the note rows"));
    this.firstRef = prefixSums(refCount, this.from.length, () => r.fail("note ref counts do not add up to the refs"));
    this.cache = new Array<CmNote[] | undefined>(this.owners.size);
  }

  notesOf(code: string): CmNote[] {
    const o = this.owners.indexOf(code);
    if (o < 0) return NO_NOTES;
    let list = this.cache[o];
    if (list === undefined) {
      const first = this.firstRow[o] ?? 0;
      const end = this.firstRow[o + 1] ?? first;
      list = new Array<CmNote>(end - first);
      for (let row = first; row < end; row++) {
        const r0 = this.firstRef[row] ?? 0;
        const r1 = this.firstRef[row + 1] ?? r0;
        const refs = new Array<CodeRange>(r1 - r0);
        for (let q = r0; q < r1; q++) refs[q - r0] = { from: this.from.at(q), to: this.to.at(q) };
        list[row - first] = { kind: NOTE_KINDS[this.kind[row] ?? 0] ?? "notes", text: this.text.at(row), refs };
      }
      this.cache[o] = list;
    }
    return list;
  }
}

/** ICD-10-PCS tables built one at a time from the table columns, then kept. */
class ColumnTables implements PcsTableSource {
  private readonly codes: CodeIndex;
  private readonly tableAxes: ArrayLike<number>;
  private readonly tableRows: ArrayLike<number>;
  private readonly rowAxes: ArrayLike<number>;
  private readonly axisPos: ArrayLike<number>;
  private readonly axisTitle: TextColumn;
  private readonly axisDefinition: StoredText;
  private readonly labelCode: TextColumn;
  private readonly labelText: TextColumn;
  private readonly firstAxis: Uint32Array;
  private readonly firstRow: Uint32Array;
  private readonly firstLabel: Uint32Array;
  private readonly cache: (PcsTable | undefined)[];

  constructor(r: SectionReader) {
    this.codes = r.codes("pcs.table.code");
    this.tableAxes = r.uints("pcs.table.axes");
    this.tableRows = r.uints("pcs.table.rows");
    this.rowAxes = r.uints("pcs.row.axes");
    this.axisPos = r.uints("pcs.axis.pos");
    this.axisTitle = r.text("pcs.axis.title");
    this.axisDefinition = r.nullableText("pcs.axis.definition");
    const axisLabels = r.uints("pcs.axis.labels");
    this.labelCode = r.text("pcs.label.code");
    this.labelText = r.text("pcs.label.text");
    const tables = this.codes.size;
    const axes = this.axisPos.length;
    if (this.tableAxes.length !== tables || this.tableRows.length !== tables) r.fail("PCS table columns have different lengths");
    if (this.axisTitle.length !== axes || this.axisDefinition.length !== axes || axisLabels.length !== axes) r.fail("PCS axis columns have different lengths");
    if (this.labelCode.length !== this.labelText.length) r.fail("PCS label columns have different lengths");
    const fail = (): never => r.fail("PCS table columns do not add up");
    this.firstRow = prefixSums(this.tableRows, this.rowAxes.length, fail);
    const axesPerTable = new Uint32Array(tables);
    for (let t = 0; t < tables; t++) {
      let n = this.tableAxes[t] ?? 0;
      for (let row = this.firstRow[t] ?? 0; row < (this.firstRow[t + 1] ?? 0); row++) n += this.rowAxes[row] ?? 0;
      axesPerTable[t] = n;
    }
    this.firstAxis = prefixSums(axesPerTable, axes, fail);
    this.firstLabel = prefixSums(axisLabels, this.labelCode.length, fail);
    this.cache = new Array<PcsTable | undefined>(tables);
  }

  private axis(a: number): PcsAxis {
    const l0 = this.firstLabel[a] ?? 0;
    const l1 = this.firstLabel[a + 1] ?? l0;
    const labels: PcsAxis["labels"] = new Array<PcsAxis["labels"][number]>(l1 - l0);
    for (let l = l0; l < l1; l++) labels[l - l0] = { code: this.labelCode.at(l), text: this.labelText.at(l) };
    const axis: PcsAxis = { pos: this.axisPos[a] ?? 0, title: this.axisTitle.at(a), labels };
    const definition = nullableAt(this.axisDefinition, a);
    if (definition !== null) axis.definition = definition;
    return axis;
  }

  private build(t: number): PcsTable {
    let table = this.cache[t];
    if (table !== undefined) return table;
    let a = this.firstAxis[t] ?? 0;
    const axes: PcsAxis[] = [];
    for (let i = 0; i < (this.tableAxes[t] ?? 0); i++) axes.push(this.axis(a++));
    const rows: PcsTable["rows"] = [];
    for (let row = this.firstRow[t] ?? 0; row < (this.firstRow[t + 1] ?? 0); row++) {
      const rowAxes: PcsAxis[] = [];
      for (let i = 0; i < (this.rowAxes[row] ?? 0); i++) rowAxes.push(this.axis(a++));
      rows.push({ axes: rowAxes });
    }
    table = { code: this.codes.codeAt(t), axes, rows };
    this.cache[t] = table;
    return table;
  }

  table(prefix3: string): PcsTable | undefined {
    const t = this.codes.indexOf(prefix3);
    return t < 0 ? undefined : this.build(t);
  }

  *tables(): IterableIterator<PcsTable> {
    for (let t = 0; t < this.codes.size; t++) if (this.codes.indexOf(this.codes.codeAt(t)) === t) yield this.build(t);
  }
}

const CODE_COLUMNS = ["billable", "shortTitles", "titleSame", "titles"] as const;

function openCodeColumns(r: SectionReader, prefix: "cm" | "pcs") {
  const n = r.length(`${prefix}.codes`);
  r.sameLength(n, CODE_COLUMNS.map((c) => `${prefix}.${c}`), prefix);
  return () => ({
    codes: r.codes(`${prefix}.codes`),
    billable: r.bools(`${prefix}.billable`),
    shortTitles: r.text(`${prefix}.shortTitles`),
    titleSame: r.bools(`${prefix}.titleSame`),
    titles: r.text(`${prefix}.titles`),
  });
}

function openIcd10Cm(r: SectionReader, meta: CodeSetMeta): PreparedSet {
  const columns = openCodeColumns(r, "cm");
  for (const name of ["notes.owner", "notes.count", "notes.kind", "notes.text", "notes.refCount", "notes.refFrom", "notes.refTo", "cm.sevenChr", "cm.chapters", "cm.blocks"]) {
    r.bytes(name);
  }
  return {
    kind: "icd10cm",
    meta,
    build: () =>
      openIcd10CmSet({
        meta,
        ...columns(),
        notes: new ColumnNotes(r),
        sevenChr: r.json<Record<string, SevenChrDef>>("cm.sevenChr"),
        chapters: r.json<CmChapter[]>("cm.chapters"),
        blocks: r.json<CmBlock[]>("cm.blocks"),
      }),
  };
}

function openIcd10Pcs(r: SectionReader, meta: CodeSetMeta): PreparedSet {
  const columns = openCodeColumns(r, "pcs");
  for (const name of ["table.code", "table.axes", "table.rows", "row.axes", "axis.pos", "axis.title", "axis.definition", "axis.labels", "label.code", "label.text"]) {
    r.bytes(`pcs.${name}`);
  }
  return { kind: "icd10pcs", meta, build: () => openIcd10PcsSet({ meta, ...columns(), tables: new ColumnTables(r) }) };
}

/** Records made from columns on first request, then kept. */
class RecordCache<T> {
  private readonly cache: (T | undefined)[];

  constructor(
    size: number,
    private readonly make: (i: number) => T,
  ) {
    this.cache = new Array<T | undefined>(size);
  }

  at(i: number): T {
    let rec = this.cache[i];
    if (rec === undefined) {
      rec = this.make(i);
      this.cache[i] = rec;
    }
    return rec;
  }
}

const HCPCS_COLUMNS = ["billable", "shortTitle", "title", "addDate", "actionEffectiveDate", "terminationDate", "actionCode", "coverage", "betos"] as const;

function openHcpcs(r: SectionReader, meta: CodeSetMeta): PreparedSet {
  const n = r.length("hcpcs.code");
  r.sameLength(n, HCPCS_COLUMNS.map((c) => `hcpcs.${c}`), "HCPCS");
  const modifiers = r.json<ModifierRecord[]>("hcpcs.modifiers");
  return {
    kind: "hcpcs",
    meta,
    build: () => {
      const billable = r.bools("hcpcs.billable");
      const shortTitle = r.text("hcpcs.shortTitle");
      const title = r.text("hcpcs.title");
      const addDate = r.nullableText("hcpcs.addDate");
      const actionEffectiveDate = r.nullableText("hcpcs.actionEffectiveDate");
      const terminationDate = r.nullableText("hcpcs.terminationDate");
      const actionCode = r.nullableText("hcpcs.actionCode");
      const coverage = r.nullableText("hcpcs.coverage");
      const betos = r.nullableText("hcpcs.betos");
      const codes = r.codes("hcpcs.code");
      const records = new RecordCache<HcpcsRecord>(n, (i) => ({
        code: codes.codeAt(i),
        billable: billable.get(i),
        shortTitle: shortTitle.at(i),
        title: title.at(i),
        addDate: nullableAt(addDate, i),
        actionEffectiveDate: nullableAt(actionEffectiveDate, i),
        terminationDate: nullableAt(terminationDate, i),
        actionCode: nullableAt(actionCode, i),
        coverage: nullableAt(coverage, i),
        betos: nullableAt(betos, i),
      }));
      return openHcpcsSet({ meta, codes, record: (i) => records.at(i), modifiers });
    },
  };
}

const CPT_CATEGORIES: readonly CptCategory[] = ["I", "II", "III", "PLA"];

function openCpt(r: SectionReader, meta: CodeSetMeta, complete: unknown): PreparedSet {
  if (typeof complete !== "boolean") r.fail("CPT snapshot without its complete flag");
  const n = r.length("cpt.code");
  r.sameLength(n, ["cpt.category", "cpt.billable", "cpt.shortTitle", "cpt.title"], "CPT");
  const category = r.text("cpt.category");
  const categories = new Array<CptCategory>(n);
  for (let i = 0; i < n; i++) {
    const cat = CPT_CATEGORIES.find((x) => x === category.at(i));
    if (cat === undefined) r.fail(`CPT category "${category.at(i)}" unknown`);
    categories[i] = cat;
  }
  const modifiers = r.json<ModifierRecord[]>("cpt.modifiers");
  return {
    kind: "cpt",
    meta,
    build: () => {
      const codes = r.codes("cpt.code");
      const billable = r.bools("cpt.billable");
      const shortTitle = r.text("cpt.shortTitle");
      const title = r.text("cpt.title");
      const records = new RecordCache<CptRecord>(n, (i) => ({
        code: codes.codeAt(i),
        category: categories[i] ?? "I",
        billable: billable.get(i),
        shortTitle: shortTitle.at(i),
        title: title.at(i),
      }));
      return openCptSet({ meta, complete, codes, record: (i) => records.at(i), modifiers });
    },
  };
}

const NCCI_SETTINGS: readonly NcciSetting[] = ["practitioner", "hospital"];
const MUE_SETTINGS: readonly MueSetting[] = ["practitioner", "hospital", "dme"];

/** The plain data of an NCCI, MUE or MCE snapshot, decoded when the table is first used, with `meta`. */
function decodedPtp(o: OpenedContainer, file: string, meta: CodeSetMeta): PtpData {
  const s = decodeSet(o, file);
  if (s.kind !== "ncci-ptp") throw new SnapshotFormatError(file, `holds ${s.kind}, not ncci-ptp`);
  return { ...s.data, meta };
}

function decodedMue(o: OpenedContainer, file: string, meta: CodeSetMeta): MueData {
  const s = decodeSet(o, file);
  if (s.kind !== "mue") throw new SnapshotFormatError(file, `holds ${s.kind}, not mue`);
  return { ...s.data, meta };
}

function decodedMce(o: OpenedContainer, file: string, meta: CodeSetMeta): MceData {
  const s = decodeSet(o, file);
  if (s.kind !== "mce") throw new SnapshotFormatError(file, `holds ${s.kind}, not mce`);
  return { ...s.data, meta };
}

/**
 * A set from an opened snapshot, ready for createLibrary: the container's CRC and the section table
 * were checked when it was opened, the sections' lengths are checked now, and the set is built on
 * first use. `dates` overrides the snapshot's effective dates (the manifest's may be newer).
 */
export function openSet(o: OpenedContainer, file: string, dates?: EffectiveDates): PreparedSet {
  const parsed = parseMeta(o.header.meta, file);
  if (parsed.kind !== o.header.kind) throw new SnapshotFormatError(file, `header kind ${o.header.kind} but meta kind ${parsed.kind}`);
  const meta: CodeSetMeta = dates === undefined ? parsed : { ...parsed, effectiveFrom: dates.effectiveFrom, effectiveTo: dates.effectiveTo };
  const r = new SectionReader(o, file);
  switch (meta.kind) {
    case "icd10cm":
      return openIcd10Cm(r, meta);
    case "icd10pcs":
      return openIcd10Pcs(r, meta);
    case "hcpcs":
      return openHcpcs(r, meta);
    case "cpt":
      return openCpt(r, meta, o.header.attrs.complete);
    case "ncci-ptp": {
      const setting = NCCI_SETTINGS.find((x) => x === o.header.attrs.setting);
      if (setting === undefined) return r.fail("PTP snapshot without a valid setting");
      return { kind: "ncci-ptp", meta, setting, build: () => createPtpTable(decodedPtp(o, file, meta)) };
    }
    case "mue": {
      const setting = MUE_SETTINGS.find((x) => x === o.header.attrs.setting);
      if (setting === undefined) return r.fail("MUE snapshot without a valid setting");
      return { kind: "mue", meta, setting, build: () => createMueTable(decodedMue(o, file, meta)) };
    }
    case "mce":
      return { kind: "mce", meta, build: () => createMceLists(decodedMce(o, file, meta)) };
  }
}
