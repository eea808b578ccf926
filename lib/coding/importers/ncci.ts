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
import { buildMeta, CODE_SHAPED, parseYyyymmdd, PROCEDURE_CODE, quarterOf } from "./fields";
import { excelSerialToYyyymmdd, TableReader, type TableRow } from "./tabular";
import { sourceName, type LineSource } from "./read-lines";

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

function normaliseCode(raw: string, workbook: boolean): string {
  const s = raw.trim().toUpperCase();
  return workbook && /^\d{1,4}$/.test(s) ? s.padStart(5, "0") : s;
}

function parseEdit(row: TableRow, workbook: boolean, fail: (reason: string) => never): PtpEdit {
  const f = row.fields.map((x) => x.trim());
  while (f.length > 7 && f[f.length - 1] === "") f.pop();
  if (f.length < 6) fail(`an edit has 6 or 7 columns (column 1, column 2, *, effective, deletion, modifier, rationale); this line has ${f.length}`);
  if (f.length > 7) fail(`an edit has at most 7 columns; this line has ${f.length}`);
  const [c1 = "", c2 = "", prior = "", eff = "", del = "", mod = "", rationale = ""] = f;
  const column1 = normaliseCode(c1, workbook);
  const column2 = normaliseCode(c2, workbook);
  if (!PROCEDURE_CODE.test(column1)) fail(`column 1 code "${c1}" is not a CPT or HCPCS code`);
  if (!PROCEDURE_CODE.test(column2)) fail(`column 2 code "${c2}" is not a CPT or HCPCS code`);
  if (prior !== "" && prior !== "*") fail(`the "in existence prior to 1996" column holds "${prior}"; expected "*" or blank`);
  const effRaw = workbook ? (excelSerialToYyyymmdd(eff) ?? eff) : eff;
  const effective = parseYyyymmdd(effRaw);
  if (!effective.ok) fail(`effective date: ${effective.reason}`);
  if (effective.value === null) fail("effective date is missing");
  let deletionDate: string | null = null;
  if (del !== "*") {
    const delRaw = workbook ? (excelSerialToYyyymmdd(del) ?? del) : del;
    const deletion = parseYyyymmdd(delRaw);
    if (!deletion.ok) fail(`deletion date: ${deletion.reason} (use "*" for none)`);
    if (deletion.value === null) fail('deletion date is blank; the file writes "*" for none');
    deletionDate = deletion.value;
    if (deletionDate < effective.value) fail(`deletion date ${deletionDate} is before the effective date ${effective.value}`);
  }
  if (mod !== "0" && mod !== "1" && mod !== "9") fail(`modifier indicator "${mod}" is not 0, 1 or 9`);
  const modifierIndicator: PtpModifierIndicator = mod === "0" ? 0 : mod === "1" ? 1 : 9;
  return { column1, column2, priorTo1996: prior === "*", effectiveDate: effective.value, deletionDate, modifierIndicator, rationale };
}

async function readPart(source: LineSource, into: PtpEdit[]): Promise<{ file: SourceFile; latest: string }> {
  const table = new TableReader(source);
  let started = false;
  let count = 0;
  let latest = "";
  for await (const row of table) {
    const fail = (reason: string): never => table.fail(row.line, reason);
    const first = row.fields[0] ?? "";
    if (row.fields.every((x) => x.trim() === "")) continue;
    const workbook = table.format === "xlsx";
    if (!started && !looksLikeCode(first) && !(workbook && /^\d{1,4}$/.test(first.trim()))) continue;
    started = true;
    const edit = parseEdit(row, workbook, fail);
    if (edit.effectiveDate > latest) latest = edit.effectiveDate;
    into.push(edit);
    count++;
  }
  if (count === 0) throw new ImportError(table.label, 0, "no PTP edits found (column 1, column 2, *, effective date, deletion date, modifier indicator, rationale)");
  return { file: { name: table.name, sha256: table.sha256(), records: count }, latest };
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
  const edits: PtpEdit[] = [];
  const files: SourceFile[] = [];
  let latest = "";
  for (const p of paths) {
    const part = await readPart(p, edits);
    files.push(part.file);
    if (part.latest > latest) latest = part.latest;
  }
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
