/**
 * Medicare Code Editor (MCE) lists importer, for the tab-separated table layout of
 * `MCE_Simple_Code_Edits_vNN.txt` (MANIFEST.md):
 *
 *   MCE_Version <TAB> ICD_Version <TAB> MCE_Section <TAB> MCE_Subsection <TAB> MCE_Edit_Type
 *   <TAB> ICD_Code_Type (D/P) <TAB> ICD_Code (no dot) <TAB> ICD_Desc
 *
 * That table is a third party's reformatting of CMS's "Definitions of Medicare Code Edits", not a
 * CMS file; meta.notes says so. The first line must be the header; every other line an edit.
 * A wrong field count, an unknown edit type, a code of the wrong shape, a second MCE version or a
 * repeated row stops the import with the file, line and reason.
 */
import type { MceData } from "../data";
import type { MceEditType, SetSource } from "../types";
import { ImportError } from "./errors";
import { buildMeta, PCS_CODE } from "./fields";
import { CM_CODE } from "./icd10cm-order";
import { openLines, type LineReader, type LineSource } from "./read-lines";

export interface MceImportOptions {
  source: SetSource;
  /** Default "v<MCE_Version>", e.g. "v37". */
  version?: string;
  /** Default the fiscal year of the MCE version: v37 = FY2020, 2019-10-01. */
  effectiveFrom?: string;
  /** Default the end of that fiscal year. */
  effectiveTo?: string | null;
}

export const MCE_HEADER = [
  "MCE_Version",
  "ICD_Version",
  "MCE_Section",
  "MCE_Subsection",
  "MCE_Edit_Type",
  "ICD_Code_Type",
  "ICD_Code",
  "ICD_Desc",
] as const;

const EDIT_TYPES: readonly MceEditType[] = [
  "Female_Only",
  "Male_Only",
  "Principal_Unacceptable",
  "Maternity_Only",
  "Adult_Only",
  "Principal_Manifestation",
  "Pediatric_Only",
  "Newborn_Only",
  "Noncovered_Always",
  "Limited_Coverage",
  "Principal_Questionable_Admit",
  "Wrong_Performed",
  "Noncovered_Over60",
  "Noncovered_LOS_96hr",
];

function editTypeOf(s: string): MceEditType | undefined {
  return EDIT_TYPES.find((t) => t === s);
}

/** The MCE's fiscal year: version N is in force for FY(1983 + N) (v37 = FY2020, v43 = FY2026). */
export function mceFiscalYear(mceVersion: number): number {
  return 1983 + mceVersion;
}

/** Imports one MCE table. Throws ImportError on the first malformed line. */
export async function importMce(path: LineSource, opts: MceImportOptions): Promise<MceData> {
  const reader: LineReader = openLines(path);
  const entries: Record<string, MceEditType[]> = {};
  let mceVersion: string | null = null;
  let rows = 0;
  for await (const line of reader) {
    if (reader.lineNumber === 1) {
      const header = line.split("\t");
      if (header.length !== MCE_HEADER.length || header.some((h, i) => h.trim() !== MCE_HEADER[i])) {
        reader.fail(`header is not the MCE table header (${MCE_HEADER.join(", ")})`);
      }
      continue;
    }
    if (line.trim() === "") reader.fail("empty line");
    const f = line.split("\t");
    if (f.length !== MCE_HEADER.length) reader.fail(`${f.length} tab-separated fields, expected ${MCE_HEADER.length}`);
    const [version = "", icdVersion = "", section = "", subsection = "", editRaw = "", codeType = "", codeRaw = ""] = f;
    if (!/^\d{1,3}$/.test(version)) reader.fail(`MCE_Version "${version}" is not a number`);
    if (mceVersion === null) mceVersion = version;
    else if (version !== mceVersion) reader.fail(`MCE_Version ${version} differs from ${mceVersion} on the lines before`);
    if (icdVersion !== "10") reader.fail(`ICD_Version "${icdVersion}" is not 10`);
    if (!/^\d{1,2}$/.test(section)) reader.fail(`MCE_Section "${section}" is not a number`);
    if (!/^[A-Z_]$/.test(subsection)) reader.fail(`MCE_Subsection "${subsection}" is not a letter or "_"`);
    const edit = editTypeOf(editRaw);
    if (edit === undefined) reader.fail(`MCE_Edit_Type "${editRaw}" is not one of ${EDIT_TYPES.join(", ")}`);
    if (codeType !== "D" && codeType !== "P") reader.fail(`ICD_Code_Type "${codeType}" is neither D (diagnosis) nor P (procedure)`);
    const code = codeRaw.trim().toUpperCase();
    if (codeType === "D" && !CM_CODE.test(code)) reader.fail(`ICD_Code "${codeRaw}" is not an ICD-10-CM code (no dot)`);
    if (codeType === "P" && !PCS_CODE.test(code)) reader.fail(`ICD_Code "${codeRaw}" is not a 7-character ICD-10-PCS code`);
    const key = `${codeType}:${code}`;
    const list = entries[key];
    if (list === undefined) entries[key] = [edit];
    else if (list.includes(edit)) reader.fail(`${codeType} ${code} is listed twice under ${edit}`);
    else list.push(edit);
    rows++;
  }
  if (mceVersion === null) throw new ImportError(reader.label, reader.lineNumber, "the MCE table holds no rows");
  const v = Number(mceVersion);
  const fy = mceFiscalYear(v);
  const version = opts.version ?? `v${v}`;
  const meta = buildMeta(
    "mce",
    version,
    `Medicare Code Editor ${version} (FY${fy})`,
    {
      version,
      effectiveFrom: opts.effectiveFrom ?? `${fy - 1}-10-01`,
      effectiveTo: opts.effectiveTo === undefined ? `${fy}-09-30` : opts.effectiveTo,
      source: opts.source,
    },
    [{ name: reader.name, sha256: reader.sha256(), records: rows }],
    [
      `MCE version ${v} lists (FY${fy}) read from the tab-separated "MCE Simple Code Edits" table, a third party's reformatting of CMS's Definitions of Medicare Code Edits, not a CMS file.`,
    ],
  );
  return { meta, entries };
}
