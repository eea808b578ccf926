import type { CptData } from "../data";
import type { CodeSetMeta, CptRecord, CptSet, ModifierRecord } from "../types";

/**
 * CPT, in memory. Without a licensed file (`complete` false) the set holds only the teaching codes,
 * so a code it does not know cannot be called invalid.
 */
class CptCodeSet implements CptSet {
  readonly meta: CodeSetMeta;
  readonly complete: boolean;
  readonly size: number;
  private readonly byCode = new Map<string, CptRecord>();
  private readonly byModifier = new Map<string, ModifierRecord>();
  private readonly order: string[] = [];
  private readonly modifierList: ModifierRecord[];

  constructor(data: CptData) {
    this.meta = data.meta;
    this.complete = data.complete;
    for (const rec of data.codes) {
      if (this.byCode.has(rec.code)) continue;
      this.byCode.set(rec.code, rec);
      this.order.push(rec.code);
    }
    this.size = this.order.length;
    this.modifierList = data.modifiers;
    for (const m of data.modifiers) if (!this.byModifier.has(m.code)) this.byModifier.set(m.code, m);
  }

  get(code: string): CptRecord | undefined {
    return this.byCode.get(code);
  }

  modifier(code: string): ModifierRecord | undefined {
    return this.byModifier.get(code);
  }

  modifiers(): Iterable<ModifierRecord> {
    return this.modifierList.values();
  }

  codes(): Iterable<string> {
    return this.order.values();
  }
}

/** Builds the in-memory CPT set from its plain data. */
export function createCptSet(data: CptData): CptSet {
  return new CptCodeSet(data);
}
