import type { CptData } from "../data";
import type { CodeSetMeta, CptRecord, CptSet, ModifierRecord } from "../types";
import { CodeIndex } from "./columns";

/** The in-memory parts of a CPT set (see createCptSet and the snapshot loader). */
export interface CptParts {
  meta: CodeSetMeta;
  complete: boolean;
  codes: CodeIndex;
  /** The record at a position of `codes` (made on demand by the snapshot loader, then kept). */
  record(i: number): CptRecord;
  modifiers: ModifierRecord[];
}

/**
 * CPT, in memory. Without a licensed file (`complete` false) the set holds only the teaching codes,
 * so a code it does not know cannot be called invalid.
 */
class CptCodeSet implements CptSet {
  readonly meta: CodeSetMeta;
  readonly complete: boolean;
  readonly size: number;
  private readonly index: CodeIndex;
  private readonly recordAt: (i: number) => CptRecord;
  private readonly byModifier = new Map<string, ModifierRecord>();
  private readonly modifierList: ModifierRecord[];

  constructor(parts: CptParts) {
    this.meta = parts.meta;
    this.complete = parts.complete;
    this.index = parts.codes;
    this.size = parts.codes.distinct;
    this.recordAt = parts.record;
    this.modifierList = parts.modifiers;
    for (const m of parts.modifiers) if (!this.byModifier.has(m.code)) this.byModifier.set(m.code, m);
  }

  get(code: string): CptRecord | undefined {
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

/** Builds the in-memory CPT set from its plain data. */
export function createCptSet(data: CptData): CptSet {
  const records = data.codes;
  return new CptCodeSet({
    meta: data.meta,
    complete: data.complete,
    codes: CodeIndex.fromStrings(records.map((r) => r.code)),
    record: (i) => {
      const rec = records[i];
      if (rec === undefined) throw new RangeError(`no record at ${i}`);
      return rec;
    },
    modifiers: data.modifiers,
  });
}

/** Builds the CPT set from parts opened in place (the snapshot loader's path). */
export function openCptSet(parts: CptParts): CptSet {
  return new CptCodeSet(parts);
}
