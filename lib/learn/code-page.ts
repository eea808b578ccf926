/**
 * What the code browser's page shows for one code: title, where it sits (chapter → block → category → code),
 * its siblings and children, every instructional note that applies (written at the code, its ancestors, its
 * block and chapter), 7th characters, and the set it comes from. Pure: reads a CodeLibrary.
 */
import { canonicalize, displayCode } from "../coding/normalize";
import { dateOf, type DatePick } from "../coding/search/dates";
import type { CmNote, CmNoteKind, CodeLibrary, CodeSetMeta, CodeSystem, Icd10CmSet, PcsTable } from "../coding/types";
import { codeHref } from "./code-links";
import { buildPcs, type PcsStep } from "./pcs-builder";

export const CODE_SYSTEMS: readonly CodeSystem[] = ["icd10cm", "icd10pcs", "hcpcs", "cpt"];

export function isCodeSystem(s: string): s is CodeSystem {
  return (CODE_SYSTEMS as readonly string[]).includes(s);
}

export interface CodeItem {
  code: string;
  display: string;
  title: string;
  billable: boolean;
  href: string;
}

/** A run of note text, linked when it names a code that exists. */
export type TextPart = { text: string; href?: string };

export interface NoteView {
  kind: CmNoteKind;
  parts: TextPart[];
}

export interface NoteGroup {
  /** "This code", "E11", "Block E08–E13", "Chapter 4". */
  source: string;
  notes: NoteView[];
}

interface Base {
  code: string;
  display: string;
  title: string;
  billable: boolean;
  set: Pick<CodeSetMeta, "label" | "version" | "source" | "effectiveFrom" | "effectiveTo" | "notes">;
}

export interface CmPage extends Base {
  system: "icd10cm";
  chapter: { number: number; title: string; range: { from: string; to: string } } | null;
  block: { id: string; title: string; range: { from: string; to: string } } | null;
  /** Category first, down to the parent. */
  ancestors: CodeItem[];
  siblings: CodeItem[];
  children: CodeItem[];
  noteGroups: NoteGroup[];
  sevenChr: { definedAt: string; note: string | null; chars: { char: string; text: string }[] } | null;
}

export interface PcsPage extends Base {
  system: "icd10pcs";
  table: PcsTable | null;
  /** For a full code: each character with its axis and meaning. */
  characters: PcsStep[];
}

export interface HcpcsPage extends Base {
  system: "hcpcs";
  shortTitle: string;
  addDate: string | null;
  terminationDate: string | null;
}

export interface CptPage extends Base {
  system: "cpt";
  category: string;
}

export type CodePage = CmPage | PcsPage | HcpcsPage | CptPage;

export const NOTE_LABELS: Record<CmNoteKind, string> = {
  includes: "Includes",
  inclusionTerm: "Inclusion terms",
  excludes1: "Excludes1",
  excludes2: "Excludes2",
  codeFirst: "Code first",
  useAdditionalCode: "Use additional code",
  codeAlso: "Code also",
  notes: "Note",
};

const NOTE_ORDER: CmNoteKind[] = ["notes", "includes", "inclusionTerm", "excludes1", "excludes2", "codeFirst", "useAdditionalCode", "codeAlso"];

function setInfo(meta: CodeSetMeta): Base["set"] {
  const out: Base["set"] = { label: meta.label, version: meta.version, source: meta.source, effectiveFrom: meta.effectiveFrom, effectiveTo: meta.effectiveTo };
  if (meta.notes) out.notes = meta.notes;
  return out;
}

function cmItem(set: Icd10CmSet, code: string): CodeItem | null {
  const r = set.get(code);
  return r ? { code, display: displayCode(code, "icd10cm"), title: r.title, billable: r.billable, href: codeHref("icd10cm", code) } : null;
}

const CM_MENTION = /\b([A-Z][0-9][0-9A-Z])(\.[0-9A-Z-]{1,5})?/g;

/** Splits note text into runs, linking each ICD-10-CM code it names ("E10.-", "E16-E31", "Z79.4") when the code exists. */
export function linkNoteText(set: Icd10CmSet, text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const m of text.matchAll(CM_MENTION)) {
    const written = m[0];
    const start = m.index ?? 0;
    const code = canonicalize(written.replace(/\.?-+$/, "").replace(/-/g, ""));
    if (!set.get(code)) continue;
    if (start > last) parts.push({ text: text.slice(last, start) });
    parts.push({ text: written, href: codeHref("icd10cm", code) });
    last = start + written.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

function noteViews(set: Icd10CmSet, notes: readonly CmNote[]): NoteView[] {
  return [...notes].sort((a, b) => NOTE_ORDER.indexOf(a.kind) - NOTE_ORDER.indexOf(b.kind)).map((n) => ({ kind: n.kind, parts: linkNoteText(set, n.text) }));
}

const categoryLists = new WeakMap<Icd10CmSet, Map<string, string[]>>();

/** The three-character categories of a block, in tabular order (cached per set). */
function categoriesOfBlock(set: Icd10CmSet, blockId: string): string[] {
  let byBlock = categoryLists.get(set);
  if (byBlock === undefined) {
    byBlock = new Map();
    for (const code of set.codes()) {
      if (code.length !== 3) continue;
      const id = set.blockOf(code)?.id ?? "";
      let list = byBlock.get(id);
      if (list === undefined) {
        list = [];
        byBlock.set(id, list);
      }
      list.push(code);
    }
    categoryLists.set(set, byBlock);
  }
  return byBlock.get(blockId) ?? [];
}

function cmPage(set: Icd10CmSet, code: string): CmPage | null {
  const rec = set.get(code);
  if (!rec) return null;
  const ancestors: CodeItem[] = [];
  for (let p = set.parent(code); p; p = set.parent(p)) {
    const item = cmItem(set, p);
    if (item) ancestors.unshift(item);
  }
  const chapter = set.chapterOf(code);
  const block = set.blockOf(code);
  const parent = set.parent(code);
  const siblingCodes = parent ? set.children(parent) : block ? categoriesOfBlock(set, block.id) : [];
  const items = (codes: readonly string[]) => codes.map((c) => cmItem(set, c)).filter((x): x is CodeItem => x !== null);

  const noteGroups: NoteGroup[] = [];
  const own = set.notesOf(code);
  if (own.length) noteGroups.push({ source: "This code", notes: noteViews(set, own) });
  for (const a of [...ancestors].reverse()) {
    const notes = set.notesOf(a.code);
    if (notes.length) noteGroups.push({ source: a.display, notes: noteViews(set, notes) });
  }
  if (block?.notes?.length) noteGroups.push({ source: `Block ${block.id.replace("-", "–")}`, notes: noteViews(set, block.notes) });
  if (chapter?.notes?.length) noteGroups.push({ source: `Chapter ${chapter.number}`, notes: noteViews(set, chapter.notes) });

  const seven = set.sevenChrFor(code);
  return {
    system: "icd10cm",
    code,
    display: displayCode(code, "icd10cm"),
    title: rec.title,
    billable: rec.billable,
    set: setInfo(set.meta),
    chapter: chapter ? { number: chapter.number, title: chapter.title, range: { from: displayCode(chapter.range.from, "icd10cm"), to: displayCode(chapter.range.to, "icd10cm") } } : null,
    block: block ? { id: block.id, title: block.title, range: { from: displayCode(block.range.from, "icd10cm"), to: displayCode(block.range.to, "icd10cm") } } : null,
    ancestors,
    siblings: items(siblingCodes),
    children: items(set.children(code)),
    noteGroups,
    sevenChr: seven ? { definedAt: displayCode(seven.definedAt, "icd10cm"), note: seven.note, chars: seven.chars } : null,
  };
}

/** The page of a code, or null when the library has no such code in that system. */
export function describeCodePage(library: CodeLibrary, date: DatePick, system: CodeSystem, raw: string): CodePage | null {
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return null;
  }
  const code = canonicalize(decoded).slice(0, 12);
  switch (system) {
    case "icd10cm": {
      const set = library.icd10cm(dateOf(date, system));
      return set ? cmPage(set, code) : null;
    }
    case "icd10pcs": {
      const set = library.icd10pcs(dateOf(date, system));
      const rec = set?.get(code);
      if (!set || !rec) return null;
      const build = code.length === 7 ? buildPcs(set, code) : null;
      return {
        system,
        code,
        display: code,
        title: rec.title,
        billable: rec.billable,
        set: setInfo(set.meta),
        table: set.table(code.slice(0, 3)) ?? null,
        characters: build?.complete ? build.steps : [],
      };
    }
    case "hcpcs": {
      const set = library.hcpcs(dateOf(date, system));
      const rec = set?.get(code);
      if (!set || !rec) return null;
      return { system, code, display: code, title: rec.title, shortTitle: rec.shortTitle, billable: rec.billable, set: setInfo(set.meta), addDate: rec.addDate, terminationDate: rec.terminationDate };
    }
    case "cpt": {
      const set = library.cpt(dateOf(date, system));
      const rec = set?.get(code);
      if (!set || !rec) return null;
      return { system, code, display: code, title: rec.title, billable: rec.billable, set: setInfo(set.meta), category: rec.category };
    }
  }
}
