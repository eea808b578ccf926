/**
 * Small strict field parsers and helpers shared by the PCS, HCPCS, CPT, NCCI and MUE importers.
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import type { CodeSetMeta, SetKind, SetSource, SourceFile } from "../types";
import type { LineSource } from "./read-lines";

/** Options every importer takes to place its set in time. */
export interface ReleaseOptions {
  /** Release name: "FY2026", "2025-10", "2026Q1". */
  version: string;
  /** First day in force, ISO yyyy-mm-dd. */
  effectiveFrom: string;
  /** Last day in force (inclusive), or null/absent while no later set is known. */
  effectiveTo?: string | null;
  source: SetSource;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function validYmd(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

/** true for a real calendar date written yyyy-mm-dd. */
export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  return m !== null && validYmd(Number(m[1]), Number(m[2]), Number(m[3]));
}

/**
 * "20251001" -> "2025-10-01"; "" (or blanks) -> null; anything else (wrong length, letters,
 * 20250231) -> a string describing the problem, which the caller turns into an ImportError.
 */
export function parseYyyymmdd(raw: string): { ok: true; value: string | null } | { ok: false; reason: string } {
  const s = raw.trim();
  if (s === "") return { ok: true, value: null };
  if (!/^\d{8}$/.test(s)) return { ok: false, reason: `"${raw}" is not a date in YYYYMMDD form` };
  const y = Number(s.slice(0, 4));
  const m = Number(s.slice(4, 6));
  const d = Number(s.slice(6, 8));
  if (!validYmd(y, m, d)) return { ok: false, reason: `"${raw}" is not a real calendar date` };
  return { ok: true, value: `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}` };
}

/** The first day of the calendar quarter holding an ISO date: "2026-02-15" -> { version: "2026Q1", from: "2026-01-01" }. */
export function quarterOf(isoDate: string): { version: string; from: string } {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  const q = Math.floor((month - 1) / 3) + 1;
  return { version: `${year}Q${q}`, from: `${year}-${String((q - 1) * 3 + 1).padStart(2, "0")}-01` };
}

/** sha256 of the raw bytes of a source (for binary inputs such as .xlsx, hashed as stored). */
export async function sourceSha256(source: LineSource): Promise<string> {
  const hash = createHash("sha256");
  if (typeof source !== "string") {
    hash.update(source.bytes);
    return hash.digest("hex");
  }
  for await (const chunk of createReadStream(source)) {
    if (chunk instanceof Uint8Array) hash.update(chunk);
  }
  return hash.digest("hex");
}

/** Checks the release options and builds the set's meta. */
export function buildMeta(kind: SetKind, idPart: string, label: string, opts: ReleaseOptions, files: SourceFile[], notes?: string[]): CodeSetMeta {
  if (!isIsoDate(opts.effectiveFrom)) throw new RangeError(`effectiveFrom "${opts.effectiveFrom}" is not an ISO date (yyyy-mm-dd)`);
  const to = opts.effectiveTo ?? null;
  if (to !== null && !isIsoDate(to)) throw new RangeError(`effectiveTo "${to}" is not an ISO date (yyyy-mm-dd)`);
  if (to !== null && to < opts.effectiveFrom) throw new RangeError(`effectiveTo ${to} is before effectiveFrom ${opts.effectiveFrom}`);
  const meta: CodeSetMeta = {
    id: `${kind}-${idPart}`,
    kind,
    label,
    version: opts.version,
    effectiveFrom: opts.effectiveFrom,
    effectiveTo: to,
    source: opts.source,
    files,
  };
  if (notes && notes.length > 0) meta.notes = notes;
  return meta;
}

/** The characters ICD-10-PCS uses: digits and upper-case letters except I and O. */
export const PCS_CHAR = /^[0-9A-HJ-NP-Z]$/;
export const PCS_CODE = /^[0-9A-HJ-NP-Z]{7}$/;
export const PCS_TABLE = /^[0-9A-HJ-NP-Z]{3}$/;
/** HCPCS Level II: a letter and four digits. */
export const HCPCS_CODE = /^[A-Z]\d{4}$/;
/**
 * CPT: four digits then a digit (Category I), A (Category I vaccine codes such as 0001A),
 * M (Appendix O administrative MAAA codes), F (II), T (III) or U (PLA).
 */
export const CPT_CODE = /^\d{4}[0-9AMFTU]$/;
/** Any procedure code NCCI and MUE tables carry: CPT or HCPCS Level II. */
export const PROCEDURE_CODE = /^(?:\d{4}[0-9AMFTU]|[A-Z]\d{4})$/;
/** The shape of a procedure code, valid or not: used to tell data lines from headings. */
export const CODE_SHAPED = /^(?:\d{4}[0-9A-Z]|[A-Z]\d{4})$/;
/** A two-character modifier (CPT numeric or HCPCS alphanumeric). */
export const MODIFIER_CODE = /^[0-9A-Z]{2}$/;
