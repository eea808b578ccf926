import type { HcpcsData } from "../data";
import type { CodeSetMeta, HcpcsRecord, HcpcsSet, ModifierRecord } from "../types";

/** HCPCS Level II for one release, in memory. The data's records are used as they are, not copied. */
class HcpcsCodeSet implements HcpcsSet {
  readonly meta: CodeSetMeta;
  readonly size: number;
  private readonly byCode = new Map<string, HcpcsRecord>();
  private readonly byModifier = new Map<string, ModifierRecord>();
  private readonly order: string[] = [];
  private readonly modifierList: ModifierRecord[];

  constructor(data: HcpcsData) {
    this.meta = data.meta;
    for (const rec of data.codes) {
      if (this.byCode.has(rec.code)) continue;
      this.byCode.set(rec.code, rec);
      this.order.push(rec.code);
    }
    this.size = this.order.length;
    this.modifierList = data.modifiers;
    for (const m of data.modifiers) if (!this.byModifier.has(m.code)) this.byModifier.set(m.code, m);
  }

  get(code: string): HcpcsRecord | undefined {
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

/** Builds the in-memory HCPCS Level II set from its plain data. */
export function createHcpcsSet(data: HcpcsData): HcpcsSet {
  return new HcpcsCodeSet(data);
}
