/**
 * A code library: several releases of each set side by side, each picked by date.
 *
 * For a date the library answers with the set whose effectiveFrom <= date <= effectiveTo (null = open).
 * When several are in force, official, licensed and fixture sets win over teaching sets; among equals
 * the one that started last wins (a quarterly update over the annual release), then the one loaded last.
 * Sets are built from their data on first use, so loading many years costs nothing until asked.
 */
import type { AnySetData } from "./data";
import { createCptSet, createHcpcsSet, createIcd10CmSet, createIcd10PcsSet, createMceLists, createMueTable, createPtpTable } from "./sets";
import type {
  CodeLibrary,
  CodeSetMeta,
  CptSet,
  HcpcsSet,
  Icd10CmSet,
  Icd10PcsSet,
  MceLists,
  MueSetting,
  MueTable,
  NcciSetting,
  PtpTable,
  SetKind,
  SetSource,
} from "./types";

interface Slot<T> {
  meta: CodeSetMeta;
  rank: number;
  order: number;
  build: () => T;
  value: T | undefined;
}

function rankOf(source: SetSource): number {
  return source === "teaching" ? 0 : 1;
}

const MAX_CACHED_DATES = 256;

/** One kind of set (or one kind and setting): its releases and a small cache of date -> pick. */
class Shelf<T> {
  private readonly slots: Slot<T>[] = [];
  private readonly cache = new Map<string, Slot<T> | null>();

  add(meta: CodeSetMeta, build: () => T, order: number): void {
    this.slots.push({ meta, rank: rankOf(meta.source), order, build, value: undefined });
    this.cache.clear();
  }

  metas(): CodeSetMeta[] {
    return this.slots.map((s) => s.meta);
  }

  all(): T[] {
    return this.slots.map((s) => this.open(s));
  }

  at(date: string): T | undefined {
    let slot = this.cache.get(date);
    if (slot === undefined) {
      slot = this.pick(date);
      if (this.cache.size >= MAX_CACHED_DATES) this.cache.clear();
      this.cache.set(date, slot);
    }
    return slot === null ? undefined : this.open(slot);
  }

  private open(slot: Slot<T>): T {
    if (slot.value === undefined) slot.value = slot.build();
    return slot.value;
  }

  private pick(date: string): Slot<T> | null {
    if (!isIsoDate(date)) return null;
    let best: Slot<T> | null = null;
    for (const s of this.slots) {
      if (s.meta.effectiveFrom > date) continue;
      if (s.meta.effectiveTo !== null && s.meta.effectiveTo < date) continue;
      if (best === null || s.rank > best.rank) {
        best = s;
        continue;
      }
      if (s.rank < best.rank) continue;
      if (s.meta.effectiveFrom > best.meta.effectiveFrom || (s.meta.effectiveFrom === best.meta.effectiveFrom && s.order > best.order)) best = s;
    }
    return best;
  }
}

/** true for a real calendar date written yyyy-mm-dd (checked without a regular expression). */
export function isIsoDate(s: string): boolean {
  if (typeof s !== "string" || s.length !== 10) return false;
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  let y = 0;
  let m = 0;
  let d = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return false;
    if (i < 4) y = y * 10 + c;
    else if (i < 7) m = m * 10 + c;
    else d = d * 10 + c;
  }
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  return d <= days;
}

/** The library object createLibrary returns: the CodeLibrary contract plus every release of each kind. */
export interface LoadedLibrary extends CodeLibrary {
  /** Every loaded release of ICD-10-CM, for "valid in another year" hints. */
  allIcd10cm(): Icd10CmSet[];
  allIcd10pcs(): Icd10PcsSet[];
  allHcpcs(): HcpcsSet[];
}

const KIND_ORDER: SetKind[] = ["icd10cm", "icd10pcs", "hcpcs", "cpt", "ncci-ptp", "mue", "mce"];

/**
 * Builds a library from the plain data of any number of sets (any kinds, any years).
 * `teachingOnly` is true when no ICD-10-CM, ICD-10-PCS or HCPCS set other than a teaching set is loaded.
 */
export function createLibrary(sets: AnySetData[]): LoadedLibrary {
  const cm = new Shelf<Icd10CmSet>();
  const pcs = new Shelf<Icd10PcsSet>();
  const hcpcs = new Shelf<HcpcsSet>();
  const cpt = new Shelf<CptSet>();
  const ptp = new Map<NcciSetting, Shelf<PtpTable>>();
  const mue = new Map<MueSetting, Shelf<MueTable>>();
  const mce = new Shelf<MceLists>();
  let order = 0;
  for (const s of sets) {
    order++;
    switch (s.kind) {
      case "icd10cm": {
        const data = s.data;
        cm.add(data.meta, () => createIcd10CmSet(data), order);
        break;
      }
      case "icd10pcs": {
        const data = s.data;
        pcs.add(data.meta, () => createIcd10PcsSet(data), order);
        break;
      }
      case "hcpcs": {
        const data = s.data;
        hcpcs.add(data.meta, () => createHcpcsSet(data), order);
        break;
      }
      case "cpt": {
        const data = s.data;
        cpt.add(data.meta, () => createCptSet(data), order);
        break;
      }
      case "ncci-ptp": {
        const data = s.data;
        let shelf = ptp.get(data.setting);
        if (shelf === undefined) {
          shelf = new Shelf();
          ptp.set(data.setting, shelf);
        }
        shelf.add(data.meta, () => createPtpTable(data), order);
        break;
      }
      case "mue": {
        const data = s.data;
        let shelf = mue.get(data.setting);
        if (shelf === undefined) {
          shelf = new Shelf();
          mue.set(data.setting, shelf);
        }
        shelf.add(data.meta, () => createMueTable(data), order);
        break;
      }
      case "mce": {
        const data = s.data;
        mce.add(data.meta, () => createMceLists(data), order);
        break;
      }
    }
  }
  const metas: CodeSetMeta[] = [
    ...cm.metas(),
    ...pcs.metas(),
    ...hcpcs.metas(),
    ...cpt.metas(),
    ...[...ptp.values()].flatMap((s) => s.metas()),
    ...[...mue.values()].flatMap((s) => s.metas()),
    ...mce.metas(),
  ].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || (a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : 0));
  const teachingOnly = !metas.some((m) => (m.kind === "icd10cm" || m.kind === "icd10pcs" || m.kind === "hcpcs") && m.source !== "teaching");
  return {
    sets: metas,
    teachingOnly,
    icd10cm: (date) => cm.at(date),
    icd10pcs: (date) => pcs.at(date),
    hcpcs: (date) => hcpcs.at(date),
    cpt: (date) => cpt.at(date),
    ptp: (date, setting) => ptp.get(setting)?.at(date),
    mue: (date, setting) => mue.get(setting)?.at(date),
    mce: (date) => mce.at(date),
    allIcd10cm: () => cm.all(),
    allIcd10pcs: () => pcs.all(),
    allHcpcs: () => hcpcs.all(),
  };
}

/** true when the library also offers every release of each code system (createLibrary's libraries do). */
export function isLoadedLibrary(library: CodeLibrary): library is LoadedLibrary {
  return typeof (library as Partial<LoadedLibrary>).allIcd10cm === "function";
}
