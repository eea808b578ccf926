import type { Icd10PcsData } from "../data";
import type { CodeRecord, CodeSetMeta, Icd10PcsSet, PcsTable } from "../types";
import { ArrayText, BitColumn, CodeIndex, type TextColumn } from "./columns";

/** Where a set's tables come from: a plain list, or a snapshot's columns built into a table when asked. */
export interface PcsTableSource {
  table(prefix3: string): PcsTable | undefined;
  tables(): Iterable<PcsTable>;
}

/** The in-memory parts of an ICD-10-PCS set (see createIcd10PcsSet and the snapshot loader). */
export interface Icd10PcsParts {
  meta: CodeSetMeta;
  codes: CodeIndex;
  billable: BitColumn;
  shortTitles: TextColumn;
  /** Long titles; where `titleSame` is set the row repeats its short title (and `titles` holds ""). */
  titles: TextColumn;
  titleSame?: BitColumn;
  tables: PcsTableSource;
}

class ListTables implements PcsTableSource {
  private readonly byCode = new Map<string, PcsTable>();

  constructor(private readonly list: PcsTable[]) {
    for (const t of list) if (!this.byCode.has(t.code)) this.byCode.set(t.code, t);
  }

  table(prefix3: string): PcsTable | undefined {
    return this.byCode.get(prefix3);
  }

  tables(): Iterable<PcsTable> {
    return this.list.values();
  }
}

/** ICD-10-PCS for one fiscal year, in memory: codes by hash index, tables by their 3-character prefix. */
class Icd10PcsCodeSet implements Icd10PcsSet {
  readonly meta: CodeSetMeta;
  readonly size: number;
  private readonly index: CodeIndex;
  private readonly billable: BitColumn;
  private readonly shortTitles: TextColumn;
  private readonly titles: TextColumn;
  private readonly titleSame: BitColumn | undefined;
  private records: (CodeRecord | undefined)[] | undefined;
  private readonly tableSource: PcsTableSource;

  constructor(parts: Icd10PcsParts) {
    this.meta = parts.meta;
    this.index = parts.codes;
    this.size = parts.codes.size;
    this.billable = parts.billable;
    this.shortTitles = parts.shortTitles;
    this.titles = parts.titles;
    this.titleSame = parts.titleSame;
    this.tableSource = parts.tables;
  }

  get(code: string): CodeRecord | undefined {
    const i = this.index.indexOf(code);
    if (i < 0) return undefined;
    const records = (this.records ??= new Array<CodeRecord | undefined>(this.size));
    let rec = records[i];
    if (rec === undefined) {
      const shortTitle = this.shortTitles.at(i);
      rec = {
        code,
        billable: this.billable.get(i),
        shortTitle,
        title: this.titleSame?.get(i) === true ? shortTitle : this.titles.at(i),
      };
      records[i] = rec;
    }
    return rec;
  }

  table(prefix3: string): PcsTable | undefined {
    return this.tableSource.table(prefix3.length === 3 ? prefix3 : prefix3.slice(0, 3));
  }

  tables(): Iterable<PcsTable> {
    return this.tableSource.tables();
  }

  codes(): Iterable<string> {
    return this.index.codes();
  }
}

/** Builds the in-memory ICD-10-PCS set from its plain data. */
export function createIcd10PcsSet(data: Icd10PcsData): Icd10PcsSet {
  const cols = data.columns;
  return new Icd10PcsCodeSet({
    meta: data.meta,
    codes: CodeIndex.fromStrings(cols.codes),
    billable: BitColumn.from(cols.billable),
    shortTitles: new ArrayText(cols.shortTitles),
    titles: new ArrayText(cols.titles),
    tables: new ListTables(data.tables),
  });
}

/** Builds the ICD-10-PCS set from parts opened in place (the snapshot loader's path). */
export function openIcd10PcsSet(parts: Icd10PcsParts): Icd10PcsSet {
  return new Icd10PcsCodeSet(parts);
}
