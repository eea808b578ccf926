/**
 * A code library: several releases of each set side by side, each picked by date.
 *
 * For a date the library answers with the set whose effectiveFrom <= date <= effectiveTo (null = open).
 * When several are in force, official, licensed and fixture sets win over teaching sets; among equals
 * the one that started last wins (a quarterly update over the annual release), then the one loaded last.
 * Sets are built on first use (from plain data, or from a snapshot opened in place), so loading many
 * years costs little until asked.
 *
 * Quarterly releases (HCPCS Level II, NCCI PTP, MUE) stay in force until a later release of the same
 * kind is installed (their effectiveTo is null while they are the newest); `releaseMayBeOutdated`
 * tells when a date is past the quarter of such a release.
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

/**
 * A set whose in-memory form is built by its own function: the snapshot loader's path, which opens
 * the file's columns in place instead of decoding them to plain data.
 */
export type PreparedSet =
  | { kind: "icd10cm"; meta: CodeSetMeta; build: () => Icd10CmSet }
  | { kind: "icd10pcs"; meta: CodeSetMeta; build: () => Icd10PcsSet }
  | { kind: "hcpcs"; meta: CodeSetMeta; build: () => HcpcsSet }
  | { kind: "cpt"; meta: CodeSetMeta; build: () => CptSet }
  | { kind: "ncci-ptp"; meta: CodeSetMeta; setting: NcciSetting; build: () => PtpTable }
  | { kind: "mue"; meta: CodeSetMeta; setting: MueSetting; build: () => MueTable }
  | { kind: "mce"; meta: CodeSetMeta; build: () => MceLists };

/** Plain data turned into a prepared set (built on first use). */
export function prepareSet(s: AnySetData): PreparedSet {
  switch (s.kind) {
    case "icd10cm": {
      const data = s.data;
      return { kind: "icd10cm", meta: data.meta, build: () => createIcd10CmSet(data) };
    }
    case "icd10pcs": {
      const data = s.data;
      return { kind: "icd10pcs", meta: data.meta, build: () => createIcd10PcsSet(data) };
    }
    case "hcpcs": {
      const data = s.data;
      return { kind: "hcpcs", meta: data.meta, build: () => createHcpcsSet(data) };
    }
    case "cpt": {
      const data = s.data;
      return { kind: "cpt", meta: data.meta, build: () => createCptSet(data) };
    }
    case "ncci-ptp": {
      const data = s.data;
      return { kind: "ncci-ptp", meta: data.meta, setting: data.setting, build: () => createPtpTable(data) };
    }
    case "mue": {
      const data = s.data;
      return { kind: "mue", meta: data.meta, setting: data.setting, build: () => createMueTable(data) };
    }
    case "mce": {
      const data = s.data;
      return { kind: "mce", meta: data.meta, build: () => createMceLists(data) };
    }
  }
}

/** Kinds released every quarter, each release in force until the next one. */
export const QUARTERLY_KINDS: readonly SetKind[] = ["hcpcs", "ncci-ptp", "mue"];

/** The day three months after an ISO date (2025-10-01 -> 2026-01-01; 2025-11-30 -> 2026-02-28). */
function threeMonthsAfter(iso: string): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7)) + 3;
  const d = Number(iso.slice(8, 10));
  const year = m > 12 ? y + 1 : y;
  const month = m > 12 ? m - 12 : m;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}

/**
 * true when `meta` is the newest installed release of a quarterly kind (effectiveTo null) and `date`
 * is past the quarter it started in: on or after the day three months after its first day
 * (2026-01-01 for a release starting 2025-10-01), when a later release has very probably come out.
 * Teaching sets are never outdated in this sense.
 */
export function releaseMayBeOutdated(meta: CodeSetMeta, date: string): boolean {
  if (meta.effectiveTo !== null || meta.source === "teaching" || !QUARTERLY_KINDS.includes(meta.kind)) return false;
  if (!isIsoDate(date) || !isIsoDate(meta.effectiveFrom)) return false;
  return date >= threeMonthsAfter(meta.effectiveFrom);
}

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
 * Builds a library from any number of sets (any kinds, any years): plain data, or prepared sets.
 * `teachingOnly` is true when no ICD-10-CM, ICD-10-PCS or HCPCS set other than a teaching set is loaded.
 */
export function createLibrary(sets: readonly (AnySetData | PreparedSet)[]): LoadedLibrary {
  const cm = new Shelf<Icd10CmSet>();
  const pcs = new Shelf<Icd10PcsSet>();
  const hcpcs = new Shelf<HcpcsSet>();
  const cpt = new Shelf<CptSet>();
  const ptp = new Map<NcciSetting, Shelf<PtpTable>>();
  const mue = new Map<MueSetting, Shelf<MueTable>>();
  const mce = new Shelf<MceLists>();
  let order = 0;
  for (const given of sets) {
    order++;
    const s = "build" in given ? given : prepareSet(given);
    switch (s.kind) {
      case "icd10cm":
        cm.add(s.meta, s.build, order);
        break;
      case "icd10pcs":
        pcs.add(s.meta, s.build, order);
        break;
      case "hcpcs":
        hcpcs.add(s.meta, s.build, order);
        break;
      case "cpt":
        cpt.add(s.meta, s.build, order);
        break;
      case "ncci-ptp": {
        let shelf = ptp.get(s.setting);
        if (shelf === undefined) {
          shelf = new Shelf();
          ptp.set(s.setting, shelf);
        }
        shelf.add(s.meta, s.build, order);
        break;
      }
      case "mue": {
        let shelf = mue.get(s.setting);
        if (shelf === undefined) {
          shelf = new Shelf();
          mue.set(s.setting, shelf);
        }
        shelf.add(s.meta, s.build, order);
        break;
      }
      case "mce":
        mce.add(s.meta, s.build, order);
        break;
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
