/** Everything the code page and the codes API say about one code: record, hierarchy, notes, and the set it came from. */
import type { CmBlock, CmChapter, CmNote, CodeLibrary, CodeSetMeta, CodeSystem, SevenChrDef } from "../coding/types";
import { canonicalize, displayCode } from "../coding/normalize";

export interface CodeDescription {
  system: CodeSystem;
  code: string;
  display: string;
  found: boolean;
  billable: boolean | null;
  title: string | null;
  shortTitle: string | null;
  set: Pick<CodeSetMeta, "id" | "label" | "version" | "source"> | null;
  icd10cm?: {
    chapter: CmChapter | null;
    block: CmBlock | null;
    ancestors: { code: string; display: string; title: string }[];
    children: { code: string; display: string; title: string; billable: boolean }[];
    notes: CmNote[];
    inheritedNotes: { from: string; notes: CmNote[] }[];
    sevenChr: SevenChrDef | null;
  };
  hcpcs?: { addDate: string | null; terminationDate: string | null; actionCode: string | null };
}

function setOf(meta: CodeSetMeta | undefined) {
  return meta ? { id: meta.id, label: meta.label, version: meta.version, source: meta.source } : null;
}

export function describeCode(library: CodeLibrary, system: CodeSystem, raw: string, date: string): CodeDescription {
  const code = canonicalize(raw);
  const base = { system, code, display: displayCode(code, system) };
  if (system === "icd10cm") {
    const set = library.icd10cm(date);
    const record = set?.get(code);
    if (!set || !record) return { ...base, found: false, billable: null, title: null, shortTitle: null, set: setOf(set?.meta) };
    const ancestors: { code: string; display: string; title: string }[] = [];
    const inheritedNotes: { from: string; notes: CmNote[] }[] = [];
    for (let p = set.parent(code); p; p = set.parent(p)) {
      const r = set.get(p);
      ancestors.unshift({ code: p, display: displayCode(p, "icd10cm"), title: r?.title ?? "" });
      const notes = set.notesOf(p).filter((n) => n.kind === "excludes1" || n.kind === "excludes2" || n.kind === "codeFirst" || n.kind === "useAdditionalCode" || n.kind === "codeAlso");
      if (notes.length) inheritedNotes.push({ from: displayCode(p, "icd10cm"), notes });
    }
    return {
      ...base,
      found: true,
      billable: record.billable,
      title: record.title,
      shortTitle: record.shortTitle,
      set: setOf(set.meta),
      icd10cm: {
        chapter: set.chapterOf(code) ?? null,
        block: set.blockOf(code) ?? null,
        ancestors,
        children: set.children(code).map((c) => {
          const r = set.get(c);
          return { code: c, display: displayCode(c, "icd10cm"), title: r?.title ?? "", billable: r?.billable ?? false };
        }),
        notes: set.notesOf(code),
        inheritedNotes,
        sevenChr: set.sevenChrFor(code) ?? null,
      },
    };
  }
  if (system === "icd10pcs") {
    const set = library.icd10pcs(date);
    const record = set?.get(code);
    return { ...base, found: Boolean(record), billable: record?.billable ?? null, title: record?.title ?? null, shortTitle: record?.shortTitle ?? null, set: setOf(set?.meta) };
  }
  if (system === "hcpcs") {
    const set = library.hcpcs(date);
    const record = set?.get(code);
    return {
      ...base,
      found: Boolean(record),
      billable: record?.billable ?? null,
      title: record?.title ?? null,
      shortTitle: record?.shortTitle ?? null,
      set: setOf(set?.meta),
      ...(record ? { hcpcs: { addDate: record.addDate, terminationDate: record.terminationDate, actionCode: record.actionCode } } : {}),
    };
  }
  const set = library.cpt(date);
  const record = set?.get(code);
  return { ...base, found: Boolean(record), billable: record?.billable ?? null, title: record?.title ?? null, shortTitle: record?.shortTitle ?? null, set: setOf(set?.meta) };
}
