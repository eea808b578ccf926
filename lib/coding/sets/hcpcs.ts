import type { HcpcsData } from "../data";
import type { HcpcsRecord, HcpcsSet } from "../types";
import { partsFromRecords, RecordCodeSet, type RecordSetParts } from "./record-set";

/** The in-memory parts of a HCPCS Level II set (see createHcpcsSet and the snapshot loader). */
export type HcpcsParts = RecordSetParts<HcpcsRecord>;

/** Builds the in-memory HCPCS Level II set from its plain data (its records are used as they are). */
export function createHcpcsSet(data: HcpcsData): HcpcsSet {
  return new RecordCodeSet(partsFromRecords(data.meta, data.codes, data.modifiers));
}

/** Builds the HCPCS set from parts opened in place (the snapshot loader's path). */
export function openHcpcsSet(parts: HcpcsParts): HcpcsSet {
  return new RecordCodeSet(parts);
}
