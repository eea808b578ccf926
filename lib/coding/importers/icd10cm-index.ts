/**
 * Strict streaming parser (saxes) of the ICD-10-CM Alphabetic Index XML (`icd10cm_index_YYYY.xml`)
 * into a compact column structure for the code browser: main terms and nested terms in document
 * order, each with its level, title, non-essential modifiers, code, manifestation code and
 * cross-references (see, see also, see category, see subcategory).
 */
import type { SourceFile } from "../types";
import { ImportError } from "./errors";
import { CM_CODE } from "./icd10cm-order";
import type { LineSource, ReadOptions } from "./read-lines";
import { streamXml, type XmlContext, type XmlElement } from "./xml-stream";

/** The Alphabetic Index of one year, as parallel columns (one entry per term). */
export interface Icd10CmIndexData {
  /** `<version>` of the file, e.g. "2023". */
  version: string;
  title: string;
  /** Each letter with the position of its first term in the columns. */
  letters: { letter: string; first: number }[];
  /**
   * One entry per term in document order. Main terms have level 0; a term's subterms follow it
   * with higher levels (a term ends where the next term of its level or lower begins).
   * Absent values are "".
   */
  terms: {
    level: number[];
    title: string[];
    /** Non-essential modifiers as printed, e.g. "(-astasia) (hysterical)". */
    nemod: string[];
    /** Canonical code; a trailing "-" marks an incomplete code ("E11-" for "E11.-"). */
    code: string[];
    /** Manifestation code, printed in brackets in the book (canonical, same "-" rule; rarely a text such as "SCFE"). */
    manif: string[];
    see: string[];
    seeAlso: string[];
    /** `<seecat>`: "see category …". */
    seeCat: string[];
    /** `<subcat>`: "see subcategory …". */
    subCat: string[];
  };
}

export interface Icd10CmIndexFile {
  index: Icd10CmIndexData;
  counts: Record<string, number>;
  /** Oddities of the file that do not stop the parse. */
  warnings: string[];
  file: SourceFile;
  label: string;
}

const ROOT = "ICD10CM.index";
const WRITTEN = /^([A-Z][0-9A-Z][0-9A-Z])(?:\.([0-9A-Z]{0,4}))?(-?)$/;

/** "E11.9" -> "E119"; "E11.-" -> "E11-"; null when the text is not an ICD-10-CM code. */
export function canonicalIndexCode(text: string): string | null {
  const m = WRITTEN.exec(text);
  if (!m) return null;
  const code = (m[1] ?? "") + (m[2] ?? "");
  if (!CM_CODE.test(code)) return null;
  return code + (m[3] ?? "");
}

type Field = "code" | "manif" | "see" | "seeAlso" | "seeCat" | "subCat";
const FIELD_OF: Record<string, Field> = {
  code: "code",
  manif: "manif",
  see: "see",
  seeAlso: "seeAlso",
  seecat: "seeCat",
  subcat: "subCat",
};

/** Parses an Alphabetic Index XML file (plain, .gz or zip-member bytes). */
export async function parseCmIndex(source: LineSource, opts: ReadOptions = {}): Promise<Icd10CmIndexFile> {
  const terms: Icd10CmIndexData["terms"] = {
    level: [],
    title: [],
    nemod: [],
    code: [],
    manif: [],
    see: [],
    seeAlso: [],
    seeCat: [],
    subCat: [],
  };
  const letters: Icd10CmIndexData["letters"] = [];
  const warnings: string[] = [];
  const counts: Record<string, number> = {};
  const count = (k: string): void => {
    counts[k] = (counts[k] ?? 0) + 1;
  };
  let version = "";
  let title = "";
  let sawRoot = false;
  /** Positions (in the columns) of the open terms, main term first. */
  const open: number[] = [];
  let letterOpen = false;
  let letterTitle: string | null = null;

  const push = (level: number): number => {
    terms.level.push(level);
    terms.title.push("");
    terms.nemod.push("");
    terms.code.push("");
    terms.manif.push("");
    terms.see.push("");
    terms.seeAlso.push("");
    terms.seeCat.push("");
    terms.subCat.push("");
    return terms.level.length - 1;
  };

  const current = (ctx: XmlContext): number => {
    const at = open[open.length - 1];
    if (at === undefined) ctx.fail("internal: no open term");
    return at;
  };

  const result = await streamXml(
    source,
    {
      open(el: XmlElement, ctx: XmlContext): void {
        const depth = ctx.path.length;
        const parent = depth >= 2 ? (ctx.path[depth - 2] ?? "") : "";
        count(el.name);
        switch (el.name) {
          case ROOT:
            if (depth !== 1) ctx.fail(`<${ROOT}> inside <${parent}>`);
            sawRoot = true;
            return;
          case "version":
            if (parent !== ROOT) ctx.fail(`<version> in <${parent}>`);
            return;
          case "title":
            if (![ROOT, "letter", "mainTerm", "term"].includes(parent)) ctx.fail(`<title> in <${parent}>`);
            return;
          case "letter":
            if (parent !== ROOT) ctx.fail(`<letter> in <${parent}>`);
            letterOpen = true;
            letterTitle = null;
            return;
          case "mainTerm":
            if (parent !== "letter") ctx.fail(`<mainTerm> in <${parent}>`);
            if (letterTitle === null) ctx.fail("<mainTerm> before its letter's <title>");
            open.push(push(0));
            return;
          case "term": {
            if (parent !== "mainTerm" && parent !== "term") ctx.fail(`<term> in <${parent}>`);
            const up = current(ctx);
            const level = Number(el.attrs.level ?? "");
            const expected = (terms.level[up] ?? 0) + 1;
            if (level !== expected) ctx.fail(`term level="${el.attrs.level ?? ""}" where ${expected} is expected`);
            if (terms.title[up] === "") ctx.fail("<term> before its parent's <title>");
            open.push(push(level));
            return;
          }
          case "nemod":
            if (parent !== "title" || (ctx.path[depth - 3] !== "mainTerm" && ctx.path[depth - 3] !== "term")) {
              ctx.fail(`<nemod> outside a term's <title>`);
            }
            return;
          default:
            if (FIELD_OF[el.name] !== undefined) {
              if (parent !== "mainTerm" && parent !== "term") ctx.fail(`<${el.name}> in <${parent}>`);
              return;
            }
            ctx.fail(`unexpected element <${el.name}> in <${parent}>`);
        }
      },

      close(el: XmlElement, text: string, ctx: XmlContext): void {
        const depth = ctx.path.length;
        const parent = depth >= 2 ? (ctx.path[depth - 2] ?? "") : "";
        switch (el.name) {
          case "version":
            version = text;
            return;
          case "title":
            if (parent === ROOT) title = text;
            else if (parent === "letter") {
              if (!/^[A-Z]$/.test(text)) ctx.fail(`letter title "${text}" is not one capital letter`);
              letterTitle = text;
              letters.push({ letter: text, first: terms.level.length });
            } else {
              const at = current(ctx);
              if (terms.title[at] !== "") ctx.fail("a second <title> in one term");
              if (text === "" && terms.nemod[at] === "") ctx.fail("empty term <title>");
              terms.title[at] = text;
            }
            return;
          case "nemod": {
            const at = current(ctx);
            terms.nemod[at] = terms.nemod[at] === "" ? text : `${terms.nemod[at] ?? ""} ${text}`;
            return;
          }
          case "mainTerm":
          case "term": {
            const at = open.pop();
            if (at !== undefined && terms.title[at] === "" && terms.nemod[at] === "") ctx.fail(`<${el.name}> without a <title>`);
            return;
          }
          case "letter":
            if (letterTitle === null) ctx.fail("<letter> without a <title>");
            letterOpen = false;
            return;
          default: {
            const field = FIELD_OF[el.name];
            if (field === undefined) return;
            if (text === "") ctx.fail(`empty <${el.name}>`);
            const at = current(ctx);
            let value = text;
            if (field === "code" || field === "manif" || field === "seeCat" || field === "subCat") {
              const code = canonicalIndexCode(text);
              if (code !== null) value = code;
              else if (field === "manif") {
                // The FY2023 index prints one bracketed abbreviation, "[SCFE]", in <manif>: kept as written.
                warnings.push(`line ${ctx.line}: <manif> "${text}" is not a code; kept as text`);
              } else ctx.fail(`<${el.name}> "${text}" is not an ICD-10-CM code`);
            }
            const column = terms[field];
            const prior = column[at] ?? "";
            if (prior !== "") {
              // Only cross-references may repeat; a term has one code and one manifestation.
              if (field === "code" || field === "manif") ctx.fail(`a second <${el.name}> in one term`);
              value = `${prior}; ${value}`;
            }
            column[at] = value;
            return;
          }
        }
      },
    },
    opts,
  );
  if (!sawRoot) throw new ImportError(result.label, 0, `not an Alphabetic Index file (no <${ROOT}> root)`);
  if (letterOpen) throw new ImportError(result.label, 0, "unterminated <letter>");
  if (letters.length === 0) throw new ImportError(result.label, 0, "no <letter> element");
  return {
    index: { version, title, letters, terms },
    counts,
    warnings,
    label: result.label,
    file: { ...result.file, records: terms.level.length },
  };
}

/** The term at `i` with its ancestors' titles, e.g. "Diabetes, type 2, with, hyperglycemia" (for display and search). */
export function indexTermPath(index: Icd10CmIndexData, i: number): string {
  const parts: string[] = [];
  let level = index.terms.level[i] ?? 0;
  parts.push(index.terms.title[i] ?? "");
  for (let j = i - 1; j >= 0 && level > 0; j--) {
    const l = index.terms.level[j] ?? 0;
    if (l < level) {
      parts.push(index.terms.title[j] ?? "");
      level = l;
    }
  }
  return parts.reverse().join(", ");
}
