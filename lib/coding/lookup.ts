/**
 * lookupCode: everything the library knows about one code for a date, for the code browser, the
 * CLI's `codecert code` and the HTTP code endpoint. Never throws; `validation` says what is wrong.
 */
import type { SetUsed, ValidateOptions, ValidationResult } from "./claim-types";
import { shapeSystems } from "./format";
import { displayCode, readCode } from "./normalize";
import { tableHeading } from "./rules/pcs-explain";
import type { CmNoteKind, CodeLibrary, CodeSetMeta, CodeSystem, CptCategory, MceEditType, PcsAxis, SevenChrDef } from "./types";
import { validateCode } from "./validate";

export interface CodeRef {
  code: string;
  display: string;
  title: string;
  billable: boolean;
}

export interface InheritedNote {
  kind: CmNoteKind;
  text: string;
  /** Where it is written: the code itself, an ancestor (display form), or a section / chapter id. */
  at: string;
}

export interface CodeInfo {
  input: string;
  code: string;
  display: string;
  system: CodeSystem | null;
  found: boolean;
  billable: boolean | null;
  title: string | null;
  shortTitle: string | null;
  set: SetUsed | null;
  /** ICD-10-CM: ancestors, the category first. */
  hierarchy?: CodeRef[];
  /** ICD-10-CM: codes one level below. */
  children?: CodeRef[];
  chapter?: { number: number; title: string };
  block?: { id: string; title: string };
  /** ICD-10-CM: notes at the code and inherited from its ancestors, section and chapter. */
  notes?: InheritedNote[];
  seventhCharacter?: SevenChrDef;
  /** ICD-10-PCS: the code's table, with the axes of its first three characters. */
  pcsTable?: { code: string; heading: string; axes: PcsAxis[]; rows: number };
  hcpcs?: { addDate: string | null; terminationDate: string | null; coverage: string | null; betos: string | null };
  cpt?: { category: CptCategory; note: string };
  mce?: MceEditType[];
  validation: ValidationResult;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

const SYSTEMS: readonly CodeSystem[] = ["icd10cm", "icd10pcs", "hcpcs", "cpt"];

function isSystem(v: unknown): v is CodeSystem {
  return typeof v === "string" && (SYSTEMS as readonly string[]).includes(v);
}

function setUsed(meta: CodeSetMeta): SetUsed {
  return { id: meta.id, label: meta.label, source: meta.source };
}

const CPT_NOTE = "Wording is Codecert's own plain description, not the AMA CPT descriptor; load a licensed CPT file for official descriptors.";

/** Looks a code up for a date; `opts.system` forces the system when the code's shape fits several. */
export function lookupCode(input: string, opts: ValidateOptions, library: CodeLibrary): CodeInfo {
  const validation = validateCode(input, opts, library);
  const text = typeof input === "string" ? input : "";
  const read = readCode(text);
  const code = read.canonical;
  const info: CodeInfo = { input: text, code, display: code, system: null, found: false, billable: null, title: null, shortTitle: null, set: null, validation };
  const o: unknown = opts;
  const date = isRecord(o) && typeof o.date === "string" ? o.date : "";
  if (code === "" || validation.findings.some((f) => f.rule === "input.date-invalid")) return info;
  const forced = isRecord(o) && isSystem(o.system) ? o.system : undefined;
  const candidates: readonly CodeSystem[] = forced !== undefined ? [forced] : shapeSystems(read, false);
  for (const system of candidates) {
    if (fill(info, system, code, date, library)) return info;
  }
  const first = candidates[0];
  if (first !== undefined) {
    info.system = first;
    info.display = displayCode(code, first);
  }
  return info;
}

function fill(info: CodeInfo, system: CodeSystem, code: string, date: string, library: CodeLibrary): boolean {
  switch (system) {
    case "icd10cm": {
      const set = library.icd10cm(date);
      const rec = set?.get(code);
      if (set === undefined || rec === undefined) return false;
      Object.assign(info, { system, display: displayCode(code, system), found: true, billable: rec.billable, title: rec.title, shortTitle: rec.shortTitle, set: setUsed(set.meta) });
      const hierarchy: CodeRef[] = [];
      let p = set.parent(code);
      while (p !== undefined) {
        const r = set.get(p);
        hierarchy.unshift({ code: p, display: displayCode(p, system), title: r?.title ?? "", billable: r?.billable ?? false });
        p = set.parent(p);
      }
      info.hierarchy = hierarchy;
      info.children = set.children(code).map((c) => {
        const r = set.get(c);
        return { code: c, display: displayCode(c, system), title: r?.title ?? "", billable: r?.billable ?? false };
      });
      const chapter = set.chapterOf(code);
      if (chapter !== undefined) info.chapter = { number: chapter.number, title: chapter.title };
      const block = set.blockOf(code);
      if (block !== undefined) info.block = { id: block.id, title: block.title };
      const notes: InheritedNote[] = [];
      const owners = [code, ...hierarchy.map((h) => h.code).reverse()];
      for (const at of owners) for (const n of set.notesOf(at)) notes.push({ kind: n.kind, text: n.text, at: displayCode(at, system) });
      if (block !== undefined) {
        const list = block.notes ?? (owners.includes(block.id) ? [] : set.notesOf(block.id));
        for (const n of list) notes.push({ kind: n.kind, text: n.text, at: `section ${block.id}` });
      }
      if (chapter !== undefined) {
        const list = chapter.notes ?? set.notesOf(`${chapter.range.from}-${chapter.range.to}`);
        for (const n of list) notes.push({ kind: n.kind, text: n.text, at: `chapter ${chapter.number}` });
      }
      info.notes = notes;
      const seventh = set.sevenChrFor(code);
      if (seventh !== undefined) info.seventhCharacter = seventh;
      const mce = library.mce(date)?.edits("D", code);
      if (mce !== undefined && mce.length > 0) info.mce = mce.slice();
      return true;
    }
    case "icd10pcs": {
      const set = library.icd10pcs(date);
      if (set === undefined) return false;
      const rec = set.get(code);
      const table = set.table(code.slice(0, 3));
      if (rec === undefined && (table === undefined || code.length !== 3)) return false;
      Object.assign(info, {
        system,
        display: code,
        found: rec !== undefined || table !== undefined,
        billable: rec?.billable ?? false,
        title: rec?.title ?? null,
        shortTitle: rec?.shortTitle ?? null,
        set: setUsed(set.meta),
      });
      if (table !== undefined) info.pcsTable = { code: table.code, heading: tableHeading(table), axes: table.axes, rows: table.rows.length };
      const mce = library.mce(date)?.edits("P", code);
      if (mce !== undefined && mce.length > 0) info.mce = mce.slice();
      return true;
    }
    case "hcpcs": {
      const set = library.hcpcs(date);
      const rec = set?.get(code);
      if (set === undefined || rec === undefined) return false;
      Object.assign(info, { system, display: code, found: true, billable: rec.billable, title: rec.title, shortTitle: rec.shortTitle, set: setUsed(set.meta) });
      info.hcpcs = { addDate: rec.addDate, terminationDate: rec.terminationDate, coverage: rec.coverage, betos: rec.betos };
      return true;
    }
    case "cpt": {
      const set = library.cpt(date);
      const rec = set?.get(code);
      if (set === undefined || rec === undefined) return false;
      Object.assign(info, { system, display: code, found: true, billable: rec.billable, title: rec.title, shortTitle: rec.shortTitle, set: setUsed(set.meta) });
      info.cpt = { category: rec.category, note: set.complete ? "From the licensed CPT file loaded in this library." : CPT_NOTE };
      return true;
    }
  }
}
