import type { Icd10PcsData } from "../data";
import type { CodeRecord, CodeSetMeta, Icd10PcsSet, PcsTable } from "../types";

/** ICD-10-PCS for one fiscal year, in memory: codes by Map, tables by their 3-character prefix. */
class Icd10PcsCodeSet implements Icd10PcsSet {
  readonly meta: CodeSetMeta;
  readonly size: number;
  private readonly list: string[];
  private readonly billable: boolean[];
  private readonly shortTitles: string[];
  private readonly titles: string[];
  private readonly index = new Map<string, number>();
  private readonly records: (CodeRecord | undefined)[];
  private readonly tableList: PcsTable[];
  private readonly tableMap = new Map<string, PcsTable>();

  constructor(data: Icd10PcsData) {
    this.meta = data.meta;
    const cols = data.columns;
    this.list = cols.codes;
    this.billable = cols.billable;
    this.shortTitles = cols.shortTitles;
    this.titles = cols.titles;
    this.size = this.list.length;
    this.records = new Array<CodeRecord | undefined>(this.size);
    for (let i = 0; i < this.size; i++) {
      const code = this.list[i];
      if (code !== undefined && !this.index.has(code)) this.index.set(code, i);
    }
    this.tableList = data.tables;
    for (const t of data.tables) if (!this.tableMap.has(t.code)) this.tableMap.set(t.code, t);
  }

  get(code: string): CodeRecord | undefined {
    const i = this.index.get(code);
    if (i === undefined) return undefined;
    let rec = this.records[i];
    if (rec === undefined) {
      rec = {
        code,
        billable: this.billable[i] === true,
        shortTitle: this.shortTitles[i] ?? "",
        title: this.titles[i] ?? "",
      };
      this.records[i] = rec;
    }
    return rec;
  }

  table(prefix3: string): PcsTable | undefined {
    return this.tableMap.get(prefix3.length === 3 ? prefix3 : prefix3.slice(0, 3));
  }

  tables(): Iterable<PcsTable> {
    return this.tableList.values();
  }

  codes(): Iterable<string> {
    return this.list.values();
  }
}

/** Builds the in-memory ICD-10-PCS set from its plain data. */
export function createIcd10PcsSet(data: Icd10PcsData): Icd10PcsSet {
  return new Icd10PcsCodeSet(data);
}
