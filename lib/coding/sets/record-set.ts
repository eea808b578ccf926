import type { CodeRecord, CodeSetMeta, ModifierRecord } from "../types";
import { CodeIndex } from "./columns";

/** The in-memory parts of a set of records with modifiers (HCPCS Level II, CPT). */
export interface RecordSetParts<R extends CodeRecord> {
  meta: CodeSetMeta;
  codes: CodeIndex;
  /** The record at a position of `codes` (made on demand by the snapshot loader, then kept). */
  record(i: number): R;
  modifiers: ModifierRecord[];
}

/** Codes looked up through a CodeIndex, plus modifiers by code. A code listed twice is found at its first line. */
export class RecordCodeSet<R extends CodeRecord> {
  readonly meta: CodeSetMeta;
  readonly size: number;
  private readonly index: CodeIndex;
  private readonly recordAt: (i: number) => R;
  private readonly byModifier = new Map<string, ModifierRecord>();
  private readonly modifierList: ModifierRecord[];

  constructor(parts: RecordSetParts<R>) {
    this.meta = parts.meta;
    this.index = parts.codes;
    this.size = parts.codes.distinct;
    this.recordAt = parts.record;
    this.modifierList = parts.modifiers;
    for (const m of parts.modifiers) if (!this.byModifier.has(m.code)) this.byModifier.set(m.code, m);
  }

  get(code: string): R | undefined {
    const i = this.index.indexOf(code);
    return i < 0 ? undefined : this.recordAt(i);
  }

  modifier(code: string): ModifierRecord | undefined {
    return this.byModifier.get(code);
  }

  modifiers(): Iterable<ModifierRecord> {
    return this.modifierList.values();
  }

  codes(): Iterable<string> {
    return this.index.distinctCodes();
  }
}

/** Parts over plain records held in an array (the path from importers and the teaching set). */
export function partsFromRecords<R extends CodeRecord>(meta: CodeSetMeta, records: R[], modifiers: ModifierRecord[]): RecordSetParts<R> {
  return {
    meta,
    codes: CodeIndex.fromStrings(records.map((r) => r.code)),
    record: (i) => {
      const rec = records[i];
      if (rec === undefined) throw new RangeError(`no record at ${i}`);
      return rec;
    },
    modifiers,
  };
}
