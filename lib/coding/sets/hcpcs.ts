import type { HcpcsData } from "../data";
import type { CodeSetMeta, HcpcsRecord, HcpcsSet, ModifierRecord } from "../types";
import { CodeIndex } from "./columns";

/** The in-memory parts of a HCPCS Level II set (see createHcpcsSet and the snapshot loader). */
export interface HcpcsParts {
  meta: CodeSetMeta;
  codes: CodeIndex;
  /** The record at a position of `codes` (made on demand by the snapshot loader, then kept). */
  record(i: number): HcpcsRecord;
  modifiers: ModifierRecord[];
}

/** HCPCS Level II for one release, in memory. A code listed twice is found at its first line. */
class HcpcsCodeSet implements HcpcsSet {
  readonly meta: CodeSetMeta;
  readonly size: number;
  private readonly index: CodeIndex;
  private readonly recordAt: (i: number) => HcpcsRecord;
  private readonly byModifier = new Map<string, ModifierRecord>();
  private readonly modifierList: ModifierRecord[];

  constructor(parts: HcpcsParts) {
    this.meta = parts.meta;
    this.index = parts.codes;
    this.size = parts.codes.distinct;
    this.recordAt = parts.record;
    this.modifierList = parts.modifiers;
    for (const m of parts.modifiers) if (!this.byModifier.has(m.code)) this.byModifier.set(m.code, m);
  }

  get(code: string): HcpcsRecord | undefined {
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

/** Builds the in-memory HCPCS Level II set from its plain data (its records are used as they are). */
export function createHcpcsSet(data: HcpcsData): HcpcsSet {
  const records = data.codes;
  return new HcpcsCodeSet({
    meta: data.meta,
    codes: CodeIndex.fromStrings(records.map((r) => r.code)),
    record: (i) => {
      const rec = records[i];
      if (rec === undefined) throw new RangeError(`no record at ${i}`);
      return rec;
    },
    modifiers: data.modifiers,
  });
}

/** Builds the HCPCS set from parts opened in place (the snapshot loader's path). */
export function openHcpcsSet(parts: HcpcsParts): HcpcsSet {
  return new HcpcsCodeSet(parts);
}
