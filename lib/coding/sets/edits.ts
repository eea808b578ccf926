import type { MceData, MueData, PtpData } from "../data";
import type {
  CodeSetMeta,
  MceEditType,
  MceLists,
  MueEntry,
  MueSetting,
  MueTable,
  NcciSetting,
  PtpEdit,
  PtpTable,
} from "../types";

/** NCCI procedure-to-procedure edits, indexed column 1 -> column 2 -> edits (two Map probes, no key building). */
class PtpEditTable implements PtpTable {
  readonly meta: CodeSetMeta;
  readonly setting: NcciSetting;
  readonly size: number;
  private readonly byColumn1 = new Map<string, Map<string, PtpEdit[]>>();

  constructor(data: PtpData) {
    this.meta = data.meta;
    this.setting = data.setting;
    this.size = data.edits.length;
    for (const e of data.edits) {
      let inner = this.byColumn1.get(e.column1);
      if (inner === undefined) {
        inner = new Map();
        this.byColumn1.set(e.column1, inner);
      }
      const list = inner.get(e.column2);
      if (list === undefined) inner.set(e.column2, [e]);
      else list.push(e);
    }
  }

  /** The edits of the pair; the returned array is shared, do not change it. */
  find(column1: string, column2: string): PtpEdit[] {
    return this.byColumn1.get(column1)?.get(column2) ?? [];
  }
}

/** Medically unlikely edits by code. */
class MueEditTable implements MueTable {
  readonly meta: CodeSetMeta;
  readonly setting: MueSetting;
  readonly size: number;
  private readonly byCode = new Map<string, MueEntry>();

  constructor(data: MueData) {
    this.meta = data.meta;
    this.setting = data.setting;
    for (const e of data.entries) if (!this.byCode.has(e.code)) this.byCode.set(e.code, e);
    this.size = this.byCode.size;
  }

  get(code: string): MueEntry | undefined {
    return this.byCode.get(code);
  }
}

/** Medicare Code Editor lists: which edit types list a diagnosis or procedure code. */
class MceEditLists implements MceLists {
  readonly meta: CodeSetMeta;
  readonly size: number;
  private readonly dx = new Map<string, MceEditType[]>();
  private readonly px = new Map<string, MceEditType[]>();

  constructor(data: MceData) {
    this.meta = data.meta;
    let n = 0;
    for (const key of Object.keys(data.entries)) {
      const types = data.entries[key];
      if (types === undefined || types.length === 0) continue;
      const sep = key.indexOf(":");
      if (sep !== 1) continue;
      const kind = key[0];
      const code = key.slice(2);
      if (kind === "D") this.dx.set(code, types);
      else if (kind === "P") this.px.set(code, types);
      else continue;
      n++;
    }
    this.size = n;
  }

  /** The edit types listing the code; the returned array is shared, do not change it. */
  edits(codeType: "D" | "P", code: string): MceEditType[] {
    return (codeType === "D" ? this.dx : this.px).get(code) ?? [];
  }
}

/** Builds a PTP table from its plain data. */
export function createPtpTable(data: PtpData): PtpTable {
  return new PtpEditTable(data);
}

/** Builds an MUE table from its plain data. */
export function createMueTable(data: MueData): MueTable {
  return new MueEditTable(data);
}

/** Builds the MCE lists from their plain data. */
export function createMceLists(data: MceData): MceLists {
  return new MceEditLists(data);
}
