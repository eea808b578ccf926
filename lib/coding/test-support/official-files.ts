/**
 * Test support: small readers of the official release files in ../shared/codesets (layouts in its
 * MANIFEST.md), used by tests to check the teaching set and the rules against the real data.
 * Not the importers (lib/coding/importers): these are simple, for tests only.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { unzipSync } from "fflate";
import { SaxesParser } from "saxes";
import type { PcsTable } from "../types";

export const SHARED = join(process.cwd(), "..", "shared", "codesets");
export const CM_ORDER = join(SHARED, "icd10cm/2026/icd10cm_order_2026.txt.gz");
export const CM_TABULAR = join(SHARED, "icd10cm/2023/icd10cm_tabular_2023.xml.gz");
export const PCS_ORDER = join(SHARED, "icd10pcs/2026/icd10pcs_order_2026.txt.gz");
export const PCS_TABLES = join(SHARED, "icd10pcs/2026/icd10pcs_tables_2026.xml");
export const HCPCS_XLSX = join(SHARED, "hcpcs/2025/HCPC2025_OCT_ANWEB.xlsx");
export const MCE_V37 = join(SHARED, "mce/2020/MCE_Simple_Code_Edits_v37.txt");

const canonical = (c: string): string => c.replace(/\./g, "");

/** Warns that a check is skipped because an official file is missing. */
export function skipNote(path: string): void {
  if (!existsSync(path)) console.warn(`${path} is missing, so the check against it is skipped (see ../shared/codesets/MANIFEST.md).`);
}

export interface OrderRow {
  order: number;
  billable: boolean;
  short: string;
  long: string;
}

/** The fixed-width order file layout (MANIFEST.md): order 1-5, code 7-13, flag 15, short 17-76, long 78-. */
export function readOrderFile(path: string): Map<string, OrderRow> {
  const text = gunzipSync(readFileSync(path)).toString("latin1");
  const rows = new Map<string, OrderRow>();
  for (const line of text.split(/\r?\n/)) {
    if (line.length < 16) continue;
    rows.set(line.slice(6, 13).trim(), {
      order: Number(line.slice(0, 5)),
      billable: line[14] === "1",
      short: line.slice(16, 76).trim(),
      long: line.slice(77).trim(),
    });
  }
  return rows;
}

export interface TabularNotes {
  /** "E11" / "I10-I16" / "chapter 15" -> kind -> note texts */
  notes: Map<string, Map<string, string[]>>;
  seventh: Map<string, { note: string | null; chars: { char: string; text: string }[] }>;
  chapters: Map<number, { title: string }>;
  sections: Map<string, string>;
}

const NOTE_KINDS = new Set(["includes", "inclusionTerm", "excludes1", "excludes2", "codeFirst", "useAdditionalCode", "codeAlso", "notes"]);

export function readTabular(path: string): TabularNotes {
  const xml = gunzipSync(readFileSync(path)).toString("utf8");
  const out: TabularNotes = { notes: new Map(), seventh: new Map(), chapters: new Map(), sections: new Map() };
  const parser = new SaxesParser();
  const stack: string[] = [];
  const owners: string[] = [];
  let text = "";
  let chapterNo = 0;
  let currentSeventh: { char: string; text: string }[] | null = null;
  let seventhNote: string | null = null;
  let extChar = "";
  parser.on("opentag", (tag) => {
    stack.push(tag.name);
    text = "";
    if (tag.name === "chapter") owners.push("chapter");
    if (tag.name === "section") {
      const id = typeof tag.attributes.id === "string" ? tag.attributes.id : "";
      owners.push(id);
    }
    if (tag.name === "diag") owners.push("");
    if (tag.name === "sevenChrDef") currentSeventh = [];
    if (tag.name === "extension") extChar = typeof tag.attributes.char === "string" ? tag.attributes.char : "";
  });
  parser.on("text", (t) => {
    text += t;
  });
  parser.on("closetag", (tag) => {
    const parent = stack[stack.length - 2] ?? "";
    const grand = stack[stack.length - 3] ?? "";
    const owner = owners[owners.length - 1] ?? "";
    if (tag.name === "name" && parent === "diag") owners[owners.length - 1] = canonical(text.trim());
    if (tag.name === "name" && parent === "chapter") {
      chapterNo = Number(text.trim());
      owners[owners.length - 1] = `chapter ${chapterNo}`;
    }
    if (tag.name === "desc" && parent === "chapter") out.chapters.set(chapterNo, { title: text.trim() });
    if (tag.name === "desc" && parent === "section") out.sections.set(owner, text.trim());
    if (tag.name === "note" && NOTE_KINDS.has(parent) && (grand === "diag" || grand === "section" || grand === "chapter")) {
      let kinds = out.notes.get(owner);
      if (kinds === undefined) {
        kinds = new Map();
        out.notes.set(owner, kinds);
      }
      const list = kinds.get(parent) ?? [];
      list.push(text.trim());
      kinds.set(parent, list);
    }
    if (tag.name === "note" && parent === "sevenChrNote") seventhNote = text.trim();
    if (tag.name === "extension" && currentSeventh !== null) currentSeventh.push({ char: extChar, text: text.trim() });
    if (tag.name === "sevenChrDef" && currentSeventh !== null) {
      out.seventh.set(owner, { note: seventhNote, chars: currentSeventh });
      currentSeventh = null;
      seventhNote = null;
    }
    if (tag.name === "diag" || tag.name === "section" || tag.name === "chapter") owners.pop();
    stack.pop();
    text = "";
  });
  parser.write(xml).close();
  return out;
}

export function readPcsTables(path: string): Map<string, PcsTable> {
  const parser = new SaxesParser();
  const tables = new Map<string, PcsTable>();
  let table: PcsTable | null = null;
  let axes: PcsTable["axes"] = [];
  let inRow = false;
  let rowAxes: PcsTable["axes"] = [];
  let axis: PcsTable["axes"][number] | null = null;
  let labelCode = "";
  let text = "";
  parser.on("opentag", (tag) => {
    text = "";
    if (tag.name === "pcsTable") {
      table = { code: "", axes: [], rows: [] };
      axes = [];
    } else if (tag.name === "pcsRow") {
      inRow = true;
      rowAxes = [];
    } else if (tag.name === "axis") {
      axis = { pos: Number(tag.attributes.pos), title: "", labels: [] };
    } else if (tag.name === "label") labelCode = typeof tag.attributes.code === "string" ? tag.attributes.code : "";
  });
  parser.on("text", (t) => {
    text += t;
  });
  parser.on("closetag", (tag) => {
    if (tag.name === "title" && axis !== null) axis.title = text.trim();
    else if (tag.name === "definition" && axis !== null) axis.definition = text.trim();
    else if (tag.name === "label" && axis !== null) axis.labels.push({ code: labelCode, text: text.trim() });
    else if (tag.name === "axis" && axis !== null) {
      (inRow ? rowAxes : axes).push(axis);
      axis = null;
    } else if (tag.name === "pcsRow" && table !== null) {
      table.rows.push({ axes: rowAxes });
      inRow = false;
    } else if (tag.name === "pcsTable" && table !== null) {
      table.axes = axes;
      table.code = axes.map((a) => a.labels[0]?.code ?? "").join("");
      tables.set(table.code, table);
      table = null;
    }
    text = "";
  });
  parser.write(readFileSync(path, "utf8")).close();
  return tables;
}

export interface HcpcsRow {
  long: string;
  short: string;
  add: string;
  term: string;
  cov: string;
  betos: string;
  recid: string;
}

function decodeXml(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp);/g, (_m, e: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[e] ?? "");
}

/** Minimal reader of the ANWEB workbook (one sheet, shared or inline strings, header row of field names). */
export function readHcpcsWorkbook(path: string): Map<string, HcpcsRow> {
  const files = unzipSync(readFileSync(path));
  const dec = new TextDecoder();
  const sstBytes = files["xl/sharedStrings.xml"];
  const sheetBytes = files["xl/worksheets/sheet1.xml"];
  if (sheetBytes === undefined) throw new Error("sheet1.xml missing");
  const strings = sstBytes === undefined ? [] : [...dec.decode(sstBytes).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => decodeXml([...(m[1] ?? "").matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1] ?? "").join("")));
  const colIndex = (ref: string): number => {
    let n = 0;
    for (const ch of ref.replace(/\d+$/, "")) n = n * 26 + ch.charCodeAt(0) - 64;
    return n - 1;
  };
  const out = new Map<string, HcpcsRow>();
  let header: string[] | null = null;
  for (const rowMatch of dec.decode(sheetBytes).matchAll(/<row[^>]*>([\s\S]*?)<\/row>/g)) {
    const cells: string[] = [];
    for (const c of (rowMatch[1] ?? "").matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const inner = c[3] ?? "";
      const v = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
      const value = (c[2] ?? "").includes('t="s"') && v !== undefined ? (strings[Number(v)] ?? "") : v !== undefined ? decodeXml(v) : decodeXml([...inner.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1] ?? "").join(""));
      cells[colIndex(c[1] ?? "A1")] = value;
    }
    if (header === null) {
      header = cells.map((x) => x ?? "");
      continue;
    }
    const get = (name: string): string => cells[header?.indexOf(name) ?? -1] ?? "";
    out.set(get("HCPC").trim(), {
      long: get("LONG DESCRIPTION"),
      short: get("SHORT DESCRIPTION"),
      add: get("ADD DT"),
      term: get("TERM DT"),
      cov: get("COV"),
      betos: get("BETOS"),
      recid: get("RECID"),
    });
  }
  return out;
}

