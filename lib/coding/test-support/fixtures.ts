/**
 * Test helpers: libraries built from the teaching data but labelled as other sources, so tests can
 * exercise the rules of a complete (official-like) set without the official files.
 */
import type { AnySetData } from "../data";
import { createLibrary, type LoadedLibrary } from "../library";
import { teachingSets } from "../teaching";
import type { CodeSetMeta, SetSource } from "../types";

function relabel(meta: CodeSetMeta, source: SetSource, suffix: string, from?: string, to?: string | null): CodeSetMeta {
  return {
    ...meta,
    id: meta.id.replace(/-teaching$/, `-${suffix}`),
    source,
    effectiveFrom: from ?? meta.effectiveFrom,
    effectiveTo: to === undefined ? meta.effectiveTo : to,
  };
}

/** A copy of one set's data with a new meta. */
export function withMeta(set: AnySetData, meta: (m: CodeSetMeta) => CodeSetMeta): AnySetData {
  switch (set.kind) {
    case "icd10cm":
      return { kind: set.kind, data: { ...set.data, meta: meta(set.data.meta) } };
    case "icd10pcs":
      return { kind: set.kind, data: { ...set.data, meta: meta(set.data.meta) } };
    case "hcpcs":
      return { kind: set.kind, data: { ...set.data, meta: meta(set.data.meta) } };
    case "cpt":
      return { kind: set.kind, data: { ...set.data, meta: meta(set.data.meta), complete: true } };
    case "ncci-ptp":
      return { kind: set.kind, data: { ...set.data, meta: meta(set.data.meta) } };
    case "mue":
      return { kind: set.kind, data: { ...set.data, meta: meta(set.data.meta) } };
    case "mce":
      return { kind: set.kind, data: { ...set.data, meta: meta(set.data.meta) } };
  }
}

/** The teaching data labelled "fixture": every set complete (CPT too), as an official release would be. */
export function fixtureSets(from?: string, to?: string | null): AnySetData[] {
  return teachingSets().map((s) => withMeta(s, (m) => relabel(m, "fixture", "fixture", from, to)));
}

export function fixtureLibrary(): LoadedLibrary {
  return createLibrary(fixtureSets());
}
