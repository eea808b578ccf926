/**
 * Finds the release files in a directory, a zip, or a directory of zips (one level of zips
 * inside zips too), by their official names and, for names it does not know, by their content;
 * works out each set's version and effective dates; and groups them into import jobs.
 *
 *   ICD-10-CM FY N: order file (+ tabular and index, of year N or else the latest earlier one)
 *   ICD-10-PCS FY N: order file and/or Tables XML
 *   HCPCS: one ANWEB file (.txt or .xlsx) per quarter; HCPC2025_OCT is in force from 2025-10-01 until a
 *          later release is installed (the installer closes it then; see run-import.ts)
 *   NCCI PTP: the parts of one version and setting together (ccipra-v321r0-f1 … f4)
 *   MUE: one table per setting and date; MCE: one table
 *
 * ICD-10 fiscal year N runs from N-1-10-01 to N-09-30 (by law: it is always closed).
 */
import { readdir, stat } from "node:fs/promises";
import { basename, join, relative } from "node:path";
import { constants as zlibConstants, gunzipSync } from "node:zlib";
import type { MueSetting, NcciSetting } from "../types";
import { ImportError } from "./errors";
import type { LineSource } from "./read-lines";
import { openRandomAccess, readZipDirectory, readZipEntry, type RandomAccess, type ZipEntry } from "./xlsx";

export type ReleaseFileKind =
  | "icd10cm-order"
  | "icd10cm-codes"
  | "icd10cm-order-addenda"
  | "icd10cm-codes-addenda"
  | "icd10cm-tabular"
  | "icd10cm-index"
  | "icd10cm-other-index"
  | "icd10pcs-order"
  | "icd10pcs-codes"
  | "icd10pcs-addenda"
  | "icd10pcs-tables"
  | "icd10pcs-index"
  | "icd10pcs-definitions"
  | "hcpcs"
  | "ncci-ptp"
  | "mue"
  | "mce";

/** A file found: on disk, or a member of a zip (bytes read on demand). */
export interface FoundFile {
  /** Shown to the user and used in errors: a path relative to --from, or "archive.zip!member". */
  display: string;
  name: string;
  kind: ReleaseFileKind;
  /** The year a name or content gives (fiscal year for ICD-10, calendar year for HCPCS). */
  year: number | null;
  /** HCPCS: "JAN" | "APR" | "JUL" | "OCT" (the annual "CONTR" file counts as JAN). */
  quarterMonth?: string;
  /** NCCI / MUE setting when the name says it. */
  setting?: NcciSetting | MueSetting;
  /** How it was recognised. */
  by: "name" | "content";
  open(): Promise<LineSource>;
}

export interface Discovery {
  files: FoundFile[];
  /** Files looked at and not used, with the reason (PDFs, change reports, duplicates …). */
  skipped: { display: string; reason: string }[];
}

const NAME_RULES: { re: RegExp; kind: ReleaseFileKind }[] = [
  { re: /^icd10cm[_-]order[_-]addenda[_-](\d{4})\.txt$/i, kind: "icd10cm-order-addenda" },
  { re: /^icd10cm[_-]codes[_-]addenda[_-](\d{4})\.txt$/i, kind: "icd10cm-codes-addenda" },
  { re: /^icd10cm[_-]order[_-](\d{4})\.txt$/i, kind: "icd10cm-order" },
  { re: /^icd10cm[_-]codes[_-](\d{4})\.txt$/i, kind: "icd10cm-codes" },
  { re: /^icd10cm[_-]tabular[_-](\d{4})\.xml$/i, kind: "icd10cm-tabular" },
  { re: /^icd10cm[_-]index[_-](\d{4})\.xml$/i, kind: "icd10cm-index" },
  { re: /^icd10cm[_-](?:drug|neoplasm|eindex)[_-](\d{4})\.xml$/i, kind: "icd10cm-other-index" },
  { re: /^icd10pcs[_-]order[_-](\d{4})\.txt$/i, kind: "icd10pcs-order" },
  { re: /^icd10pcs[_-]codes[_-](\d{4})\.txt$/i, kind: "icd10pcs-codes" },
  { re: /^(?:icd10pcs[_-])?(?:order|codes)[_-]addenda[_-](\d{4})\.txt$/i, kind: "icd10pcs-addenda" },
  { re: /^icd10pcs[_-]tables[_-](\d{4})\.xml$/i, kind: "icd10pcs-tables" },
  { re: /^icd10pcs[_-]index[_-](\d{4})\.xml$/i, kind: "icd10pcs-index" },
  { re: /^icd10pcs[_-]definitions[_-](\d{4})\.xml$/i, kind: "icd10pcs-definitions" },
  { re: /^HCPC(\d{4})_[A-Z0-9_]*ANWEB[A-Z0-9_.-]*\.(?:txt|xlsx)$/i, kind: "hcpcs" },
  { re: /^(?:ccipra|ccioph)[_-]v\d{3}r\d+[_-]f\d+.*\.(?:txt|xlsx|csv)$/i, kind: "ncci-ptp" },
  { re: /^MCR[_-]MUE[_-].*\.(?:txt|xlsx|csv)$/i, kind: "mue" },
  { re: /^MCE[_-].*\.txt$/i, kind: "mce" },
];

const HCPCS_MONTHS: Record<string, string> = { JAN: "01", APR: "04", JUL: "07", OCT: "10" };

/** Kind, year and details from an official file name (".gz" allowed), or null. */
export function classifyByName(fileName: string): Pick<FoundFile, "kind" | "year" | "quarterMonth" | "setting"> | null {
  const name = fileName.replace(/\.gz$/i, "");
  for (const rule of NAME_RULES) {
    const m = rule.re.exec(name);
    if (!m) continue;
    const year = m[1] !== undefined && /^\d{4}$/.test(m[1]) ? Number(m[1]) : null;
    const out: Pick<FoundFile, "kind" | "year" | "quarterMonth" | "setting"> = { kind: rule.kind, year };
    if (rule.kind === "hcpcs") {
      const q = /^HCPC\d{4}_(JAN|APR|JUL|OCT|CONTR)/i.exec(name)?.[1]?.toUpperCase();
      out.quarterMonth = q === undefined || q === "CONTR" ? "JAN" : q;
    }
    if (rule.kind === "ncci-ptp") out.setting = /^ccioph/i.test(name) ? "hospital" : "practitioner";
    if (rule.kind === "mue") {
      const n = name.toLowerCase();
      if (n.includes("practitioner")) out.setting = "practitioner";
      else if (n.includes("outpatienthospital") || n.includes("outpatient_hospital") || n.includes("facility")) out.setting = "hospital";
      else if (n.includes("dme")) out.setting = "dme";
    }
    return out;
  }
  return null;
}

const utf8 = new TextDecoder("utf-8", { fatal: false });

/** Kind (and year) from the first bytes of a file, or null. */
export function classifyByContent(head: Uint8Array): Pick<FoundFile, "kind" | "year"> | null {
  if (head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) {
    // A workbook under a name CMS does not use: not guessed at.
    return null;
  }
  const text = utf8.decode(head);
  const root = /<([A-Za-z][\w.]*)[\s>]/.exec(text.replace(/<\?[\s\S]*?\?>/g, "").replace(/<!--[\s\S]*?-->/g, ""))?.[1];
  const xmlVersion = /<version>\s*(\d{4})\s*<\/version>/.exec(text)?.[1];
  const year = xmlVersion !== undefined ? Number(xmlVersion) : null;
  if (root !== undefined && text.trimStart().startsWith("<")) {
    switch (root) {
      case "ICD10CM.tabular":
        return { kind: "icd10cm-tabular", year };
      case "ICD10CM.index":
        return { kind: "icd10cm-index", year };
      case "ICD10PCS.tabular":
        return { kind: "icd10pcs-tables", year };
      case "ICD10PCS.index":
        return { kind: "icd10pcs-index", year };
      case "ICD10PCS.definitions":
        return { kind: "icd10pcs-definitions", year };
      default:
        return null;
    }
  }
  // The last line of the sample may be cut short: leave it out.
  const lines = text.split(/\r?\n/).slice(0, 41);
  if (lines.length > 1) lines.pop();
  const first = lines.find((l) => l.trim() !== "") ?? "";
  if (/^MCE_Version\tICD_Version\t/.test(first)) return { kind: "mce", year: null };
  // Fixed-width code files: every line of the sample must have the layout.
  const sample = lines.filter((l) => l.trim() !== "").slice(0, 20);
  const all = (re: RegExp): boolean => sample.length > 0 && sample.every((l) => re.test(l));
  const order = /^\d{5} ([0-9A-Z]{3})[0-9A-Z ]{4} [01] /.exec(first);
  if (order?.[1] !== undefined && all(/^\d{5} [0-9A-Z]{3}[0-9A-Z ]{4} [01] \S/)) {
    return { kind: /^[A-Z]/.test(order[1]) ? "icd10cm-order" : "icd10pcs-order", year: null };
  }
  if (all(/^[A-Z][0-9A-Z]{2}[0-9A-Z]{0,4} {1,5}\S/) && all(/^.{7} \S/)) return { kind: "icd10cm-codes", year: null };
  if (all(/^[0-9][0-9A-HJ-NP-Z]{6} \S/)) return { kind: "icd10pcs-codes", year: null };
  if (lines.some((l) => l.length >= 300 && /^[A-Z0-9 ]{5}\d{5}[3478]/.test(l))) return { kind: "hcpcs", year: null };
  if (lines.some((l) => /^[0-9A-Z]{5}\t[0-9A-Z]{5}\t\*?\t\d{8}\t(\d{8}|\*)\t[019]\t/.test(l))) return { kind: "ncci-ptp", year: null };
  if (lines.some((l) => /HCPCS\/CPT Code/i.test(l) && /MUE/i.test(l))) return { kind: "mue", year: null };
  return null;
}

const SNIFF_BYTES = 16 * 1024;
const MAX_MEMBER_BYTES = 1024 * 1024 * 1024;
const IGNORED_EXT = /\.(pdf|prn|doc|docx|md|html?|json|snap)$/i;
const SNIFF_EXT = /\.(txt|xml|csv|tsv|dat|gz)$|^[^.]+$/i;

async function headOfFile(path: string): Promise<Uint8Array> {
  const fh = await openRandomAccess(path);
  try {
    const bytes = await fh.read(0, Math.min(fh.size, SNIFF_BYTES));
    return maybeGunzipHead(bytes);
  } finally {
    await fh.close();
  }
}

function maybeGunzipHead(bytes: Uint8Array): Uint8Array {
  if (bytes.length < 2 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  try {
    return gunzipSync(bytes, { finishFlush: zlibConstants.Z_SYNC_FLUSH }).subarray(0, SNIFF_BYTES);
  } catch {
    return new Uint8Array(0);
  }
}

async function memberBytes(fh: RandomAccess, zipLabel: string, entry: ZipEntry, limit = Infinity): Promise<Uint8Array> {
  if (entry.size > MAX_MEMBER_BYTES) throw new ImportError(`${zipLabel}!${entry.name}`, 0, "zip member too large to import from the archive; unzip it first");
  const parts: Uint8Array[] = [];
  let total = 0;
  const gen = readZipEntry(fh, zipLabel, entry);
  try {
    for await (const chunk of gen) {
      parts.push(chunk);
      total += chunk.length;
      if (total >= limit) break;
    }
  } finally {
    await gen.return(undefined);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

interface Walker {
  files: FoundFile[];
  skipped: Discovery["skipped"];
  /** Open zip handles, closed by closeDiscovery. */
  handles: RandomAccess[];
}

async function accept(w: Walker, display: string, name: string, open: () => Promise<LineSource>, head: () => Promise<Uint8Array>): Promise<void> {
  const byName = classifyByName(name);
  if (byName !== null) {
    w.files.push({ display, name, ...byName, by: "name", open });
    return;
  }
  if (IGNORED_EXT.test(name) || !SNIFF_EXT.test(name)) {
    w.skipped.push({ display, reason: "not a release file this importer reads" });
    return;
  }
  const byContent = classifyByContent(await head());
  if (byContent === null) {
    w.skipped.push({ display, reason: "not recognised by name or content" });
    return;
  }
  w.files.push({ display, name, ...byContent, by: "content", open });
}

async function walkZip(w: Walker, fh: RandomAccess, zipLabel: string, depth: number): Promise<void> {
  const entries = await readZipDirectory(fh, zipLabel);
  for (const entry of [...entries.values()].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.endsWith("/")) continue;
    const name = basename(entry.name);
    const display = `${zipLabel}!${entry.name}`;
    if (name.startsWith(".") || entry.name.startsWith("__MACOSX/")) continue;
    if (/\.zip$/i.test(name)) {
      if (depth >= 1) {
        w.skipped.push({ display, reason: "zip nested two levels deep" });
        continue;
      }
      const bytes = await memberBytes(fh, zipLabel, entry);
      const inner = await openRandomAccess({ name: display, bytes });
      w.handles.push(inner);
      await walkZip(w, inner, display, depth + 1);
      continue;
    }
    await accept(
      w,
      display,
      name,
      async () => ({ name: display, bytes: await memberBytes(fh, zipLabel, entry) }),
      async () => maybeGunzipHead(await memberBytes(fh, zipLabel, entry, SNIFF_BYTES)),
    );
  }
}

async function walkDir(w: Walker, root: string, dir: string): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : 1));
  // Plain files first, so that a file found loose wins over the same file inside a zip.
  const files = entries.filter((e) => e.isFile() && !e.name.startsWith("."));
  const zips = files.filter((e) => /\.zip$/i.test(e.name));
  for (const e of files) {
    if (/\.zip$/i.test(e.name)) continue;
    const path = join(dir, e.name);
    await accept(w, relative(root, path) || e.name, e.name, async () => path, () => headOfFile(path));
  }
  for (const e of entries) {
    if (e.isDirectory() && !e.name.startsWith(".") && e.name !== "node_modules") await walkDir(w, root, join(dir, e.name));
  }
  for (const e of zips) {
    const path = join(dir, e.name);
    const fh = await openRandomAccess(path);
    w.handles.push(fh);
    await walkZip(w, fh, relative(root, path) || e.name, 0);
  }
}

export interface DiscoveryHandle extends Discovery {
  /** Closes the zip files kept open for reading members. */
  close(): Promise<void>;
}

/** Finds the release files under a directory, in a zip, or a single file. */
export async function discoverReleaseFiles(from: string): Promise<DiscoveryHandle> {
  const w: Walker = { files: [], skipped: [], handles: [] };
  const close = async (): Promise<void> => {
    for (const h of w.handles.splice(0)) await h.close();
  };
  try {
    const st = await stat(from).catch(() => null);
    if (st === null) throw new ImportError(from, 0, "no such file or directory");
    if (st.isDirectory()) await walkDir(w, from, from);
    else if (/\.zip$/i.test(from)) {
      const fh = await openRandomAccess(from);
      w.handles.push(fh);
      await walkZip(w, fh, basename(from), 0);
    } else {
      await accept(w, basename(from), basename(from), async () => from, () => headOfFile(from));
    }
  } catch (e) {
    await close();
    throw e;
  }
  return { files: w.files, skipped: w.skipped, close };
}

/** ICD-10 fiscal year N: N-1-10-01 .. N-09-30. */
export function fiscalYearDates(year: number): { version: string; effectiveFrom: string; effectiveTo: string } {
  return { version: `FY${year}`, effectiveFrom: `${year - 1}-10-01`, effectiveTo: `${year}-09-30` };
}

/**
 * HCPCS release from year and month code: 2025 "OCT" -> version 2025-10, in force from 2025-10-01
 * with no end (effectiveTo null: a quarterly release stays in force until a later one is installed),
 * and `quarterEnd` 2025-12-31, the last day of the quarter it was issued for (for the --year filter).
 */
export function hcpcsQuarterDates(year: number, month: string): { version: string; effectiveFrom: string; effectiveTo: null; quarterEnd: string } {
  const mm = HCPCS_MONTHS[month.toUpperCase()] ?? "01";
  const endMonth = Number(mm) + 2;
  const lastDay = new Date(Date.UTC(year, endMonth, 0)).getUTCDate();
  return {
    version: `${year}-${mm}`,
    effectiveFrom: `${year}-${mm}-01`,
    effectiveTo: null,
    quarterEnd: `${year}-${String(endMonth).padStart(2, "0")}-${String(lastDay).padStart(2, "0")}`,
  };
}
