/**
 * What the claim rules need to know about one ICD-10-CM code, worked out once per code and set and
 * then kept: the Excludes1 ranges it inherits, its "code first" and "use additional code" notes,
 * and whether it is a manifestation code.
 *
 * Notes are inherited from the code's ancestors (E11.9 carries E11's Excludes1 notes), and from its
 * section and chapter (CmBlock.notes, CmChapter.notes; data that keeps them in the notes record under
 * the section id "I10-I16" or the chapter range "A00-B99" is read too).
 */
import { inRange } from "../ranges";
import type { CmNote, CmNoteKind, CodeRange, Icd10CmSet } from "../types";

/** The notes of one kind written at one place (a code, a section or a chapter). */
export interface NoteGroup {
  /** Where the notes are written: a canonical code, "section I10-I16" or "chapter 15". */
  at: string;
  /** The lines of the note, as written. */
  texts: string[];
  /** Every range the lines cite. */
  refs: CodeRange[];
  /** The note gives examples ("such as"), not an exhaustive list. */
  examples: boolean;
  /** The note applies only "if applicable", "if known", to "any associated" condition. */
  conditional: boolean;
  /**
   * The named condition must be on the claim: the note asks for "the underlying" condition, or names a
   * single code (J12.82: "COVID-19 (U07.1)"). Lists of circumstances (A41: "postprocedural sepsis …")
   * only say what goes first when present.
   */
  required: boolean;
}

export interface Excludes1Ref {
  at: string;
  text: string;
  range: CodeRange;
}

export interface CmInfo {
  excludes1: Excludes1Ref[];
  /** Bit n set when an Excludes1 range can hold codes starting with letter A+n (a quick reject). */
  excludes1Letters: number;
  excludes2: CodeRange[];
  codeFirst: NoteGroup[];
  /** Every range of every "code first" group, flattened. */
  codeFirstRefs: CodeRange[];
  /** "use additional code to identify the stage / type of …" notes only. */
  useAdditional: NoteGroup[];
  /** Its title, or an ancestor's, reads "… in … diseases classified elsewhere". */
  manifestation: boolean;
}

const EMPTY_INFO: CmInfo = { excludes1: [], excludes1Letters: 0, excludes2: [], codeFirst: [], codeFirstRefs: [], useAdditional: [], manifestation: false };

/** Bit of a code's first letter (A = bit 0). */
export function letterBit(code: string): number {
  const c = code.charCodeAt(0) - 65;
  return c >= 0 && c < 26 ? 1 << c : 0;
}

function lettersOf(r: CodeRange): number {
  const a = r.from.charCodeAt(0) - 65;
  const b = r.to.charCodeAt(0) - 65;
  let bits = 0;
  for (let k = Math.max(a, 0); k <= Math.min(b, 25); k++) bits |= 1 << k;
  return bits;
}

const cache = new WeakMap<Icd10CmSet, Map<string, CmInfo>>();

/** true for a manifestation title: "Dementia in other diseases classified elsewhere", not "… as the cause of diseases classified elsewhere". */
export function isManifestationTitle(title: string): boolean {
  const lower = title.toLowerCase();
  const at = lower.indexOf("diseases classified elsewhere");
  if (at < 0) return false;
  const before = lower.slice(0, at);
  return before.includes(" in ") && !before.includes("as the cause of");
}

function isConditional(lower: string): boolean {
  return (
    lower.startsWith("any ") ||
    lower.includes("if applicable") ||
    lower.includes("if known") ||
    lower.includes("any associated") ||
    lower.includes("when specified") ||
    lower.includes("where applicable")
  );
}

function group(at: string, notes: CmNote[], kind: CmNoteKind): NoteGroup | undefined {
  let g: NoteGroup | undefined;
  for (const n of notes) {
    if (n.kind !== kind) continue;
    if (g === undefined) g = { at, texts: [], refs: [], examples: false, conditional: false, required: false };
    g.texts.push(n.text);
    for (const r of n.refs) g.refs.push(r);
    const lower = n.text.toLowerCase();
    if (lower.includes("such as")) g.examples = true;
    if (isConditional(lower)) g.conditional = true;
  }
  if (g !== undefined) {
    const lead = (g.texts[0] ?? "").trim().toLowerCase();
    g.required = !g.conditional && (lead.startsWith("underlying") || lead.startsWith("the underlying") || g.texts.length === 1);
  }
  return g;
}

/** "code to identify the stage of …" / "Use additional code to identify type of …". */
function isStageOrTypeNote(text: string): boolean {
  let t = text.trim().toLowerCase();
  if (t.startsWith("use additional ")) t = t.slice("use additional ".length);
  if (!t.startsWith("code to identify ")) return false;
  t = t.slice("code to identify ".length);
  if (t.startsWith("the ")) t = t.slice(4);
  return t.startsWith("stage ") || t.startsWith("type of ");
}

function compute(set: Icd10CmSet, code: string): CmInfo {
  const owners: string[] = [];
  let manifestation = false;
  const own = set.get(code);
  if (own !== undefined && isManifestationTitle(own.title)) manifestation = true;
  owners.push(code);
  let p = set.parent(code);
  let guard = 0;
  while (p !== undefined && guard++ < 8) {
    owners.push(p);
    const rec = set.get(p);
    if (!manifestation && rec !== undefined && isManifestationTitle(rec.title)) manifestation = true;
    p = set.parent(p);
  }
  // Notes of the code and its ancestors, then of its section and chapter (from the block and chapter
  // records, or, for data that keeps them by id, under the section id and the chapter range).
  const places: { at: string; notes: CmNote[] }[] = owners.map((at) => ({ at, notes: set.notesOf(at) }));
  const block = set.blockOf(code);
  if (block !== undefined) {
    const notes = block.notes ?? (owners.includes(block.id) ? [] : set.notesOf(block.id));
    places.push({ at: `section ${block.id}`, notes });
  }
  const chapter = set.chapterOf(code);
  if (chapter !== undefined) places.push({ at: `chapter ${chapter.number}`, notes: chapter.notes ?? set.notesOf(`${chapter.range.from}-${chapter.range.to}`) });

  let info: CmInfo | undefined;
  const ensure = (): CmInfo => {
    if (info === undefined) info = { excludes1: [], excludes1Letters: 0, excludes2: [], codeFirst: [], codeFirstRefs: [], useAdditional: [], manifestation };
    return info;
  };
  for (const { at, notes } of places) {
    if (notes.length === 0) continue;
    for (const n of notes) {
      if (n.kind === "excludes1") {
        for (const range of n.refs) {
          // A note never excludes the code it is written at (guards against odd data).
          if (inRange(code, range)) continue;
          const i = ensure();
          i.excludes1.push({ at, text: n.text, range });
          i.excludes1Letters |= lettersOf(range);
        }
      } else if (n.kind === "excludes2") {
        for (const range of n.refs) ensure().excludes2.push(range);
      }
    }
    const cf = group(at, notes, "codeFirst");
    if (cf !== undefined && cf.refs.length > 0) {
      const i = ensure();
      i.codeFirst.push(cf);
      for (const r of cf.refs) i.codeFirstRefs.push(r);
    }
    const ua = group(at, notes, "useAdditionalCode");
    if (ua !== undefined) {
      for (const n of notes) {
        if (n.kind !== "useAdditionalCode" || n.refs.length === 0 || !isStageOrTypeNote(n.text)) continue;
        const lower = n.text.toLowerCase();
        ensure().useAdditional.push({
          at,
          texts: [n.text],
          refs: n.refs,
          examples: lower.includes("such as"),
          conditional: isConditional(lower),
          required: true,
        });
      }
    }
  }
  if (info !== undefined) return info;
  return manifestation ? { ...EMPTY_INFO, manifestation: true } : EMPTY_INFO;
}

/** The rule facts of a code (cached per set). */
export function cmInfo(set: Icd10CmSet, code: string): CmInfo {
  let perSet = cache.get(set);
  if (perSet === undefined) {
    perSet = new Map();
    cache.set(set, perSet);
  }
  let info = perSet.get(code);
  if (info === undefined) {
    info = compute(set, code);
    perSet.set(code, info);
  }
  return info;
}
