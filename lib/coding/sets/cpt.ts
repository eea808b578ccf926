import type { CptData } from "../data";
import type { CptRecord, CptSet } from "../types";
import { partsFromRecords, RecordCodeSet, type RecordSetParts } from "./record-set";

/** The in-memory parts of a CPT set (see createCptSet and the snapshot loader). */
export interface CptParts extends RecordSetParts<CptRecord> {
  complete: boolean;
}

/**
 * CPT, in memory. Without a licensed file (`complete` false) the set holds only the teaching codes,
 * so a code it does not know cannot be called invalid.
 */
class CptCodeSet extends RecordCodeSet<CptRecord> implements CptSet {
  readonly complete: boolean;

  constructor(parts: CptParts) {
    super(parts);
    this.complete = parts.complete;
  }
}

/** Builds the in-memory CPT set from its plain data. */
export function createCptSet(data: CptData): CptSet {
  return new CptCodeSet({ ...partsFromRecords(data.meta, data.codes, data.modifiers), complete: data.complete });
}

/** Builds the CPT set from parts opened in place (the snapshot loader's path). */
export function openCptSet(parts: CptParts): CptSet {
  return new CptCodeSet(parts);
}
