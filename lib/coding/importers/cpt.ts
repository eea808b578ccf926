/**
 * CPT importer for a licensed data file the user brings (CPT is AMA-copyrighted: Codecert ships
 * no descriptors). Accepted layouts, recognised from the first non-blank line:
 *
 * 1. Delimited with a header row (tab, or comma with RFC 4180 quoting, or an .xlsx workbook whose
 *    first sheet has the header in row 1). The header must name a code column and a descriptor
 *    column; names are matched without case, blanks or punctuation:
 *      code:        "Code", "CPT Code", "CPT", "HCPCS", "HCPCS Code", "Procedure Code"
 *      descriptor:  "Long Descriptor" / "Long Description" (preferred), then "Clinician Descriptor",
 *                   "Descriptor", "Description", then "Consumer Descriptor"
 *      short title: "Short Descriptor" / "Short Description", else "Medium Descriptor" (optional)
 *    Other columns are ignored. One row per code.
 * 2. Headerless lines, code first: "CODE<TAB>descriptor" or the LONGULT.txt style
 *    "CODE descriptor" (five-character code, one or more blanks, the descriptor). Consecutive lines
 *    with the same code (formatted files that wrap long descriptors, such as LONGUF.txt) are joined
 *    with a space.
 *
 * Codes must be CPT: four digits then a digit (Category I), A (Category I vaccine codes such as
 * 0001A), M (Appendix O administrative MAAA codes, filed as Category I here), F (Category II),
 * T (Category III) or U (Proprietary Laboratory Analyses). A two-digit code is a CPT modifier. Any other code,
 * an empty descriptor, a duplicate code or an unreadable line stops the import with the line.
 * Text is read as UTF-8, falling back to Windows-1252 line by line.
 */
import type { CptData } from "../data";
import type { CptCategory, ModifierRecord } from "../types";
import { ImportError } from "./errors";
import { buildMeta, CPT_CODE, type ReleaseOptions } from "./fields";
import { isNcciAssociatedModifier } from "./ncci-modifiers";
import { TableReader, type Delimiter } from "./tabular";
import { byteChunks, openLines, type LineReader, type LineSource } from "./read-lines";

/** Category from the code's last character: digit, A or M -> I, F -> II, T -> III, U -> PLA. */
export function cptCategoryOf(code: string): CptCategory | null {
  if (!CPT_CODE.test(code)) return null;
  const last = code[4];
  return last === "F" ? "II" : last === "T" ? "III" : last === "U" ? "PLA" : "I";
}

const key = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, "");
const CODE_HEADERS = new Set(["code", "cptcode", "cpt", "hcpcs", "hcpcscode", "procedurecode", "cpt4code"]);
/** Descriptor headers, best first. */
const TITLE_HEADERS = [
  ["longdescriptor", "longdescription", "longdesc", "longdescr"],
  ["cliniciandescriptor"],
  ["descriptor", "description", "desc"],
  ["consumerdescriptor", "consumerfriendlydescriptor"],
];
const SHORT_HEADERS = [["shortdescriptor", "shortdescription", "shortdesc"], ["mediumdescriptor", "mediumdescription"]];

function pick(headers: string[], groups: string[][]): number {
  for (const group of groups) {
    const i = headers.findIndex((h) => group.includes(h));
    if (i >= 0) return i;
  }
  return -1;
}

const HEADERLESS = /^(\d{4}[0-9AMFTU]|\d{2})(\t| +)(.*)$/;

type Entry = { code: string; line: number; title: string; short: string };

class Collector {
  readonly codes: CptData["codes"] = [];
  readonly modifiers: ModifierRecord[] = [];
  private readonly seen = new Set<string>();
  constructor(private readonly label: string) {}

  add(e: Entry): void {
    const code = e.code.trim().toUpperCase();
    const title = e.title.trim().replace(/\s+/g, " ");
    const short = e.short.trim().replace(/\s+/g, " ");
    if (title === "") throw new ImportError(this.label, e.line, `code ${code} has no descriptor`);
    if (this.seen.has(code)) throw new ImportError(this.label, e.line, `code ${code} appears twice`);
    this.seen.add(code);
    if (/^\d{2}$/.test(code)) {
      this.modifiers.push({ code, system: "cpt", title, addDate: null, terminationDate: null, ncciAssociated: isNcciAssociatedModifier(code) });
      return;
    }
    const category = cptCategoryOf(code);
    if (category === null) {
      throw new ImportError(this.label, e.line, `"${e.code}" is not a CPT code (4 digits then a digit, A, M, F, T or U) or a 2-digit modifier`);
    }
    this.codes.push({ code, category, billable: true, shortTitle: short === "" ? title : short, title });
  }
}

async function firstLine(source: LineSource, label: string): Promise<{ zip: boolean; line: string }> {
  for await (const chunk of byteChunks(source, label)) {
    if (chunk[0] === 0x50 && chunk[1] === 0x4b) return { zip: true, line: "" };
    break;
  }
  const reader = openLines(source, { encoding: "utf8-or-cp1252", label, hash: false });
  for await (const line of reader) if (line.trim() !== "") return { zip: false, line };
  return { zip: false, line: "" };
}

async function readHeaderless(source: LineSource, label: string, out: Collector): Promise<{ sha256: string; records: number }> {
  const reader: LineReader = openLines(source, { encoding: "utf8-or-cp1252", label });
  let pending: Entry | null = null;
  let records = 0;
  for await (const line of reader) {
    if (line.trim() === "") continue;
    const m = HEADERLESS.exec(line);
    if (m === null) reader.fail("expected a CPT code, a tab or blanks, then the descriptor");
    const [, code = "", sep = "", text = ""] = m;
    if (sep === "\t" && text.includes("\t")) reader.fail("more than two tab-separated columns but no header row naming them");
    records++;
    if (pending !== null && pending.code === code) {
      pending.title += ` ${text}`;
      continue;
    }
    if (pending !== null) out.add(pending);
    pending = { code, line: reader.lineNumber, title: text, short: "" };
  }
  if (pending !== null) out.add(pending);
  return { sha256: reader.sha256(), records };
}

async function readWithHeader(source: LineSource, label: string, delimiter: Delimiter, out: Collector): Promise<{ sha256: string; records: number }> {
  const table = new TableReader(source, { delimiter, label });
  let codeAt = -1;
  let titleAt = -1;
  let shortAt = -1;
  let header = false;
  let records = 0;
  for await (const row of table) {
    if (row.fields.every((f) => f.trim() === "")) continue;
    if (!header) {
      const headers = row.fields.map(key);
      codeAt = headers.findIndex((h) => CODE_HEADERS.has(h));
      titleAt = pick(headers, TITLE_HEADERS);
      shortAt = pick(headers, SHORT_HEADERS);
      if (codeAt < 0 || titleAt < 0) {
        table.fail(row.line, `the header row must name a code column and a descriptor column; found: ${row.fields.map((f) => `"${f.trim()}"`).join(", ")}`);
      }
      header = true;
      continue;
    }
    records++;
    out.add({
      code: row.fields[codeAt] ?? "",
      line: row.line,
      title: row.fields[titleAt] ?? "",
      short: shortAt < 0 ? "" : (row.fields[shortAt] ?? ""),
    });
  }
  if (!header) throw new ImportError(label, 0, "the file is empty");
  return { sha256: table.sha256(), records };
}

/**
 * Imports a licensed CPT data file (layouts in the module comment). The set is marked complete:
 * a code missing from it is not a CPT code of that release.
 */
export async function importCptFile(source: LineSource, opts: ReleaseOptions): Promise<CptData> {
  const label = typeof source === "string" ? source : source.name;
  const out = new Collector(label);
  const first = await firstLine(source, label);
  let result: { sha256: string; records: number };
  if (first.zip) result = await readWithHeader(source, label, "tab", out);
  else if (first.line === "") throw new ImportError(label, 0, "the file is empty");
  else if (HEADERLESS.test(first.line)) result = await readHeaderless(source, label, out);
  else result = await readWithHeader(source, label, first.line.includes("\t") ? "tab" : "comma", out);
  if (out.codes.length === 0) throw new ImportError(label, 0, "the file holds no CPT codes");
  const name = typeof source === "string" ? (source.split(/[\\/]/).pop() ?? source) : source.name;
  const meta = buildMeta("cpt", opts.version, `CPT ${opts.version}`, opts, [{ name, sha256: result.sha256, records: result.records }], [
    "CPT codes and descriptors from a licensed AMA data file supplied by the user.",
  ]);
  return { meta, complete: true, codes: out.codes, modifiers: out.modifiers };
}
