/**
 * NCCI procedure-to-procedure (PTP) edit importer.
 *
 * CMS publishes each quarter's practitioner edits as `ccipra-v<NNN>r<R>-f1 … f4` and the hospital
 * (outpatient) edits as `ccioph-v<NNN>r<R>-f1 …`, each part a tab-separated text file (or .xlsx)
 * that opens with a few lines of AMA copyright notice and column headings, then one edit a line:
 *
 *   column 1 code <TAB> column 2 code <TAB> "*" if in existence prior to 1996 (else blank)
 *   <TAB> effective date YYYYMMDD <TAB> deletion date YYYYMMDD or "*" (none)
 *   <TAB> modifier indicator 0 / 1 / 9 <TAB> PTP edit rationale
 *
 * Lines before the first edit are skipped unless they look like an edit (a code in the first
 * column), which must then parse. From the first edit on, every non-blank line must be an edit:
 * a bad code or date, an indicator outside 0/1/9, a deletion date before the effective date
 * stops the import with the file, line and reason. In a workbook, codes written as numbers
 * (anesthesia codes lose their leading zero) are padded back to five digits and date-typed cells
 * (Excel serial days) are read as dates.
 *
 * Version and effective date, unless given in the options:
 *  1. from the file name: "v321r0" is NCCI version 32.1; CMS numbers versions so that major
 *     version N starts in January of 1994 + N and the minor digit counts quarters from 0, so
 *     v321 = 2026Q2, effective 2026-04-01 (v300 = 2024Q1, v313 = 2025Q4);
 *  2. otherwise from the data: the calendar quarter of the latest effective date in the file.
 * Every part of one import must name the same version.
 */
import type { PtpData } from "../data";
import type { NcciSetting, PtpEdit, PtpModifierIndicator, SetSource, SourceFile } from "../types";
import { ImportError } from "./errors";
import { buildMeta, CODE_SHAPED, parseYyyymmdd, PROCEDURE_CODE, quarterOf, sourceSha256 } from "./fields";
import { excelSerialToYyyymmdd } from "./tabular";
import { byteChunks, openText, sourceName, type LineSource, type TextReader } from "./read-lines";
import { readXlsxRows, rowValues } from "./xlsx";

export interface PtpImportOptions {
  setting: NcciSetting;
  source: SetSource;
  /** Override the version read from the file names ("2026Q1"). */
  version?: string;
  /** Override the effective date read from the file names (ISO). */
  effectiveFrom?: string;
  effectiveTo?: string | null;
}

/** Version and quarter from an NCCI file name, or null when it carries none. */
export function ncciVersionFromName(name: string): { ncciVersion: string; version: string; effectiveFrom: string } | null {
  const m = /v(\d{2})(\d)r(\d+)/i.exec(name);
  if (m === null) return null;
  const major = Number(m[1]);
  const minor = Number(m[2]);
  if (minor > 3) return null;
  const year = 1994 + major;
  const month = String(minor * 3 + 1).padStart(2, "0");
  return { ncciVersion: `${major}.${minor}r${m[3]}`, version: `${year}Q${minor + 1}`, effectiveFrom: `${year}-${month}-01` };
}

/** The setting a file name announces, if any. */
function settingFromName(name: string): NcciSetting | null {
  const n = name.toLowerCase();
  if (n.includes("ccipra") || n.includes("practitioner")) return "practitioner";
  if (n.includes("ccioph") || n.includes("hospital")) return "hospital";
  return null;
}

const looksLikeCode = (s: string): boolean => CODE_SHAPED.test(s.trim().toUpperCase());

/** PROCEDURE_CODE without a regular expression: 4 digits then [0-9AMFTU], or a letter then 4 digits. */
function isProcedureCode(s: string): boolean {
  if (s.length !== 5) return false;
  const c0 = s.charCodeAt(0);
  for (let i = 1; i < 4; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  const c4 = s.charCodeAt(4);
  if (c0 >= 48 && c0 <= 57) return (c4 >= 48 && c4 <= 57) || c4 === 65 || c4 === 77 || c4 === 70 || c4 === 84 || c4 === 85;
  return c0 >= 65 && c0 <= 90 && c4 >= 48 && c4 <= 57;
}

/** Returns the one stored copy of a string (codes, dates and rationales repeat a great deal). */
function intern(pool: Map<string, string>, s: string): string {
  const hit = pool.get(s);
  if (hit !== undefined) return hit;
  pool.set(s, s);
  return s;
}

/**
 * Parses edits into an array, sharing repeated strings and caching parsed dates, so a quarter's
 * million-odd lines stay fast and small. `parse` throws ImportError for a malformed line.
 */
class PtpParser {
  readonly edits: PtpEdit[] = [];
  latest = "";
  private readonly strings = new Map<string, string>();
  private readonly dates = new Map<string, string>();

  /** The file being read, for error messages. */
  constructor(public label: string) {}

  private fail(line: number, reason: string): never {
    throw new ImportError(this.label, line, reason);
  }

  private code(raw: string, workbook: boolean, line: number, which: string): string {
    if (isProcedureCode(raw)) return raw;
    let s = raw.trim().toUpperCase();
    if (workbook && /^\d{1,4}$/.test(s)) s = s.padStart(5, "0");
    if (!PROCEDURE_CODE.test(s)) this.fail(line, `${which} code "${raw.trim()}" is not a CPT or HCPCS code`);
    return s;
  }

  private date(raw: string, workbook: boolean, line: number, what: string): string {
    const hit = this.dates.get(raw);
    if (hit !== undefined) return hit;
    const d = parseYyyymmdd(workbook ? (excelSerialToYyyymmdd(raw) ?? raw) : raw);
    if (!d.ok) this.fail(line, `${what}: ${d.reason}${what === "deletion date" ? ' (use "*" for none)' : ""}`);
    if (d.value === null) this.fail(line, what === "deletion date" ? 'deletion date is blank; the file writes "*" for none' : `${what} is missing`);
    this.dates.set(raw, d.value);
    return d.value;
  }

  /** One edit from its cells (trailing empty cells allowed). */
  parse(f: string[], line: number, workbook: boolean): void {
    let n = f.length;
    while (n > 7 && (f[n - 1] ?? "").trim() === "") n--;
    if (n < 6) this.fail(line, `an edit has 6 or 7 columns (column 1, column 2, *, effective, deletion, modifier, rationale); this line has ${n}`);
    if (n > 7) this.fail(line, `an edit has at most 7 columns; this line has ${n}`);
    const column1 = this.code(f[0] ?? "", workbook, line, "column 1");
    const column2 = this.code(f[1] ?? "", workbook, line, "column 2");
    const prior = (f[2] ?? "").trim();
    if (prior !== "" && prior !== "*") this.fail(line, `the "in existence prior to 1996" column holds "${prior}"; expected "*" or blank`);
    const effectiveDate = this.date((f[3] ?? "").trim(), workbook, line, "effective date");
    const del = (f[4] ?? "").trim();
    let deletionDate: string | null = null;
    if (del !== "*") {
      deletionDate = this.date(del, workbook, line, "deletion date");
      if (deletionDate < effectiveDate) this.fail(line, `deletion date ${deletionDate} is before the effective date ${effectiveDate}`);
    }
    const mod = (f[5] ?? "").trim();
    const modifierIndicator: PtpModifierIndicator = mod === "0" ? 0 : mod === "1" ? 1 : mod === "9" ? 9 : this.fail(line, `modifier indicator "${mod}" is not 0, 1 or 9`);
    const rationale = intern(this.strings, (f[6] ?? "").trim());
    if (effectiveDate > this.latest) this.latest = effectiveDate;
    this.edits.push({ column1, column2, priorTo1996: prior === "*", effectiveDate, deletionDate, modifierIndicator, rationale });
  }
}

async function isWorkbook(source: LineSource, label: string): Promise<boolean> {
  if (typeof source !== "string") return source.bytes[0] === 0x50 && source.bytes[1] === 0x4b;
  for await (const chunk of byteChunks(source, label)) return chunk[0] === 0x50 && chunk[1] === 0x4b;
  return false;
}

/** Reads one part into the parser; returns its file record. */
async function readPart(source: LineSource, parser: PtpParser): Promise<SourceFile> {
  const label = typeof source === "string" ? source : source.name;
  const before = parser.edits.length;
  let started = false;
  let sha256: string;
  if (await isWorkbook(source, label)) {
    for await (const row of readXlsxRows(source, label)) {
      const f = rowValues(row);
      const first = (f[0] ?? "").trim();
      if (first === "" && f.every((x) => x.trim() === "")) continue;
      if (!started && !looksLikeCode(first) && !/^\d{1,4}$/.test(first)) continue;
      started = true;
      parser.parse(f, row.row, true);
    }
    sha256 = await sourceSha256(source);
  } else {
    // Tab-separated text, read a block of whole lines at a time (a quarter has millions of lines).
    const reader: TextReader = openText(source, { encoding: "utf8-or-cp1252", label });
    for await (const text of reader) {
      let line = reader.chunkFirstLine;
      let s = 0;
      const n = text.length;
      while (s < n) {
        let e = text.indexOf("\n", s);
        if (e < 0) e = n;
        const l = text.slice(s, e > s && text.charCodeAt(e - 1) === 13 ? e - 1 : e);
        s = e + 1;
        if (started) {
          if (l.trim() !== "") parser.parse(l.split("\t"), line, false);
        } else if (looksLikeCode(l.slice(0, l.indexOf("\t") < 0 ? l.length : l.indexOf("\t")))) {
          started = true;
          parser.parse(l.split("\t"), line, false);
        }
        line++;
      }
    }
    sha256 = reader.sha256();
  }
  const count = parser.edits.length - before;
  if (count === 0) throw new ImportError(label, 0, "no PTP edits found (column 1, column 2, *, effective date, deletion date, modifier indicator, rationale)");
  return { name: sourceName(source), sha256, records: count };
}

/**
 * Imports one quarter's NCCI PTP edits for a setting from its parts (f1…f4), in order.
 * Throws ImportError (file, line, reason) on the first malformed line.
 */
export async function importPtp(paths: LineSource[], opts: PtpImportOptions): Promise<PtpData> {
  if (paths.length === 0) throw new ImportError("ncci-ptp", 0, "no PTP files given");
  let named: ReturnType<typeof ncciVersionFromName> = null;
  for (const p of paths) {
    const name = sourceName(p);
    const announced = settingFromName(name);
    if (announced !== null && announced !== opts.setting) {
      throw new ImportError(typeof p === "string" ? p : p.name, 0, `this is a ${announced} file, not ${opts.setting}`);
    }
    const v = ncciVersionFromName(name);
    if (v !== null && named !== null && v.version !== named.version) {
      throw new ImportError(typeof p === "string" ? p : p.name, 0, `parts of different versions: ${named.ncciVersion} and ${v.ncciVersion}`);
    }
    named = named ?? v;
  }
  const parser = new PtpParser("");
  const files: SourceFile[] = [];
  for (const p of paths) {
    parser.label = typeof p === "string" ? p : p.name;
    files.push(await readPart(p, parser));
  }
  const edits = parser.edits;
  const latest = parser.latest;
  const fromData = quarterOf(latest);
  const version = opts.version ?? named?.version ?? fromData.version;
  const effectiveFrom = opts.effectiveFrom ?? named?.effectiveFrom ?? fromData.from;
  const notes = [
    named !== null
      ? `NCCI version ${named.ncciVersion}.`
      : `No version in the file names: quarter taken from the latest effective date in the file (${latest}).`,
  ];
  const meta = buildMeta(
    "ncci-ptp",
    `${opts.setting}-${version}`,
    `NCCI PTP ${opts.setting} ${version}`,
    { version, effectiveFrom, effectiveTo: opts.effectiveTo ?? null, source: opts.source },
    files,
    notes,
  );
  return { meta, setting: opts.setting, edits };
}
