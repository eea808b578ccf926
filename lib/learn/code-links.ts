/**
 * Which code a piece of text names, and where its page is: used to link inline code in lessons and
 * code mentions in instructional notes to the code browser.
 */
import { readCode, displayCode } from "../coding/normalize";
import type { CodeLibrary, CodeSystem } from "../coding/types";
import { dateOf, type DatePick } from "../coding/search/dates";
import type { CodeLinker } from "./markdown";
import { isPcsPrefix } from "./pcs-builder";

export interface ResolvedCode {
  system: CodeSystem;
  /** Canonical ("E119"). */
  code: string;
  display: string;
  title: string;
  billable: boolean;
}

/** The code browser's page of a code. */
export function codeHref(system: CodeSystem, code: string): string {
  return `/learn/codes/${system}/${encodeURIComponent(code)}`;
}

/** The table builder, started on a PCS prefix. */
export function pcsBuilderHref(prefix: string): string {
  return `/learn/pcs?code=${encodeURIComponent(prefix)}`;
}

const PCS_SHAPE = /^[0-9A-HJ-NP-Z]{7}$/;
const HCPCS_SHAPE = /^[A-V]\d{4}$/;
const CPT_SHAPE = /^\d{4}[0-9FTU]$/;

/**
 * The code a text names in the library's sets in force on the date, or null. A dotted code is
 * ICD-10-CM; otherwise seven PCS characters are tried as PCS, a letter and four digits is HCPCS only,
 * five digits are tried as CPT, then ICD-10-CM (categories such as E11 have no dot). A trailing ".-" or "-"
 * ("E10.-", the Tabular's "and its subdivisions") names the code before it.
 */
export function resolveCode(library: CodeLibrary, date: DatePick, text: string): ResolvedCode | null {
  if (typeof text !== "string" || text.length === 0 || text.length > 12) return null;
  const trimmed = text.trim().replace(/\.?-$/, "");
  if (!/^[A-Za-z0-9.]+$/.test(trimmed)) return null;
  const input = readCode(trimmed);
  if (input.extraDots) return null;
  const code = input.canonical;
  const make = (system: CodeSystem, rec: { title: string; billable: boolean } | undefined): ResolvedCode | null =>
    rec === undefined ? null : { system, code, display: displayCode(code, system), title: rec.title, billable: rec.billable };

  if (input.dotAt !== -1) return input.dotAt === 3 ? make("icd10cm", library.icd10cm(dateOf(date, "icd10cm"))?.get(code)) : null;
  if (PCS_SHAPE.test(code)) {
    const hit = make("icd10pcs", library.icd10pcs(dateOf(date, "icd10pcs"))?.get(code));
    if (hit) return hit;
  }
  // A letter and four digits without a dot is written as HCPCS ("J1100"), never as ICD-10-CM ("J11.00").
  if (HCPCS_SHAPE.test(code)) return make("hcpcs", library.hcpcs(dateOf(date, "hcpcs"))?.get(code));
  if (CPT_SHAPE.test(code)) {
    const hit = make("cpt", library.cpt(dateOf(date, "cpt"))?.get(code));
    if (hit) return hit;
  }
  return make("icd10cm", library.icd10cm(dateOf(date, "icd10cm"))?.get(code));
}

/**
 * A linker for lesson Markdown: known codes link to their page (with the title as a tooltip);
 * a PCS table or partial code ("0DT", "0DTJ") links to the table builder; anything else stays plain.
 */
export function createCodeLinker(library: CodeLibrary, date: DatePick): CodeLinker {
  const cache = new Map<string, ReturnType<CodeLinker>>();
  return (text) => {
    const cached = cache.get(text);
    if (cached !== undefined) return cached;
    let link: ReturnType<CodeLinker> = null;
    const hit = resolveCode(library, date, text);
    if (hit) {
      link = { href: codeHref(hit.system, hit.code), title: `${hit.display} ${hit.title}` };
    } else {
      const partial = text.trim().toUpperCase();
      const pcs = library.icd10pcs(dateOf(date, "icd10pcs"));
      if (pcs && /^[0-9A-HJ-NP-Z]{3,6}$/.test(partial) && isPcsPrefix(pcs, partial)) {
        const table = pcs.table(partial.slice(0, 3));
        const name = table?.axes.map((a) => a.labels[0]?.text ?? "").join(", ");
        link = { href: pcsBuilderHref(partial), title: `Build ${partial}… in the PCS table builder${name ? ` (${name})` : ""}` };
      }
    }
    cache.set(text, link);
    return link;
  };
}
