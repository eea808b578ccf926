/**
 * Medically Unlikely Edit (MUE) table importer.
 *
 * CMS publishes one table per setting and quarter: `MCR_MUE_PractitionerServices_Eff_<date>`,
 * `MCR_MUE_OutpatientHospitalServices_Eff_<date>` and `MCR_MUE_DMESupplierServices_Eff_<date>`,
 * as .xlsx and/or comma-separated text. A few lines of AMA copyright notice come first, then a
 * header row and one code a row:
 *
 *   HCPCS/CPT Code, <Setting> Services MUE Values, MUE Adjudication Indicator, MUE Rationale
 *   e.g. 11100, 1, "2 Date of Service Edit: Policy", "Anatomic Consideration"
 *
 * Anything above the header row is skipped. The header row is the first whose first cell names
 * the code ("HCPCS/CPT Code") and which has a cell naming the MUE value; columns are found by
 * their names. After it, every non-blank row must be an entry: a CPT/HCPCS code, a whole-number
 * MUE value, an adjudication indicator starting 1, 2 or 3 ("1 Line Edit", "2 Date of Service Edit:
 * Policy", "3 Date of Service Edit: Clinical"), and the rationale. Anything else, or a code listed
 * twice, stops the import with the file, line and reason. Text files: comma-separated when the name
 * ends .csv, tab-separated otherwise.
 *
 * The effective date comes from the file name ("Eff_01-01-2026", "Eff_2026-01-01", "Eff_20260101")
 * and the version is its calendar quarter ("2026Q1"), unless the options give them; a name
 * without a date and no options is an error, since the rows carry no dates.
 */
import type { MueData } from "../data";
import type { MueAdjudicationIndicator, MueEntry, MueSetting, SetSource } from "../types";
import { ImportError } from "./errors";
import { buildMeta, isIsoDate, PROCEDURE_CODE, quarterOf } from "./fields";
import { TableReader } from "./tabular";
import { sourceName, type LineSource } from "./read-lines";

export interface MueImportOptions {
  setting: MueSetting;
  source: SetSource;
  version?: string;
  effectiveFrom?: string;
  effectiveTo?: string | null;
}

/** The effective date in an MUE file name, as an ISO date, or null. */
export function mueDateFromName(name: string): string | null {
  const iso = (y: string, m: string, d: string): string | null => {
    const s = `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
    return isIsoDate(s) ? s : null;
  };
  let m = /Eff[_-]?(\d{4})[-_]?(\d{2})[-_]?(\d{2})(?!\d)/i.exec(name);
  if (m?.[1] && m[2] && m[3] && Number(m[1]) > 1990) return iso(m[1], m[2], m[3]);
  m = /Eff[_-]?(\d{1,2})[-_](\d{1,2})[-_](\d{4})/i.exec(name);
  if (m?.[1] && m[2] && m[3]) return iso(m[3], m[1], m[2]);
  m = /Eff[_-]?(\d{2})(\d{2})(\d{4})(?!\d)/i.exec(name);
  if (m?.[1] && m[2] && m[3]) return iso(m[3], m[1], m[2]);
  return null;
}

function settingFromName(name: string): MueSetting | null {
  const n = name.toLowerCase();
  if (n.includes("practitioner")) return "practitioner";
  if (n.includes("outpatienthospital") || n.includes("outpatient_hospital") || n.includes("outpatient-hospital") || n.includes("facility")) return "hospital";
  if (n.includes("dme")) return "dme";
  return null;
}

const key = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, "");

/**
 * Imports one MUE table (see the module comment).
 * Throws ImportError (file, line, reason) on the first malformed row.
 */
export async function importMue(path: LineSource, opts: MueImportOptions): Promise<MueData> {
  const name = sourceName(path);
  const label = typeof path === "string" ? path : path.name;
  const announced = settingFromName(name);
  if (announced !== null && announced !== opts.setting) throw new ImportError(label, 0, `this is a ${announced} MUE table, not ${opts.setting}`);
  const dated = mueDateFromName(name);
  const effectiveFrom = opts.effectiveFrom ?? dated;
  if (effectiveFrom === null) {
    throw new ImportError(label, 0, 'no effective date in the file name (expected "…_Eff_<date>…"); pass version and effectiveFrom');
  }
  const version = opts.version ?? quarterOf(effectiveFrom).version;

  const table: TableReader = new TableReader(path, { label });
  const entries: MueEntry[] = [];
  const seen = new Set<string>();
  let cols: { code: number; value: number; mai: number; rationale: number } | null = null;
  for await (const row of table) {
    const f = row.fields.map((x) => x.trim());
    if (f.every((x) => x === "")) continue;
    if (cols === null) {
      const headers = f.map(key);
      const first = headers[0] ?? "";
      const value = headers.findIndex((h) => h.includes("muevalue"));
      if (!(first.includes("hcpcs") || first.includes("cpt")) || value < 0) {
        if (PROCEDURE_CODE.test((f[0] ?? "").toUpperCase())) table.fail(row.line, "a data row before the header row (HCPCS/CPT Code, … MUE Values, …)");
        continue;
      }
      const mai = headers.findIndex((h) => h.includes("adjudication"));
      const rationale = headers.findIndex((h) => h.includes("rationale"));
      if (mai < 0) table.fail(row.line, 'the header row has no "MUE Adjudication Indicator" column');
      if (rationale < 0) table.fail(row.line, 'the header row has no "MUE Rationale" column');
      cols = { code: 0, value, mai, rationale };
      continue;
    }
    let code = (f[cols.code] ?? "").toUpperCase();
    if (table.format === "xlsx" && /^\d{1,4}$/.test(code)) code = code.padStart(5, "0");
    if (!PROCEDURE_CODE.test(code)) table.fail(row.line, `"${f[cols.code] ?? ""}" is not a CPT or HCPCS code`);
    const valueText = f[cols.value] ?? "";
    if (!/^\d{1,6}$/.test(valueText)) table.fail(row.line, `MUE value "${valueText}" for ${code} is not a whole number`);
    const maiText = f[cols.mai] ?? "";
    const m = /^([123])(?:\s|$)/.exec(maiText);
    if (m === null) table.fail(row.line, `adjudication indicator "${maiText}" for ${code} does not start with 1, 2 or 3`);
    if (seen.has(code)) table.fail(row.line, `code ${code} is listed twice`);
    seen.add(code);
    const mai: MueAdjudicationIndicator = m[1] === "1" ? 1 : m[1] === "2" ? 2 : 3;
    entries.push({ code, value: Number(valueText), mai, rationale: f[cols.rationale] ?? "" });
  }
  if (cols === null) throw new ImportError(label, 0, "no header row (HCPCS/CPT Code, … MUE Values, MUE Adjudication Indicator, MUE Rationale) found");
  if (entries.length === 0) throw new ImportError(label, 0, "the table has a header row but no entries");
  const meta = buildMeta(
    "mue",
    `${opts.setting}-${version}`,
    `MUE ${opts.setting} ${version}`,
    { version, effectiveFrom, effectiveTo: opts.effectiveTo ?? null, source: opts.source },
    [{ name: table.name, sha256: table.sha256(), records: entries.length }],
  );
  return { meta, setting: opts.setting, entries };
}
