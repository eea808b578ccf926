/**
 * Strict streaming parser (saxes) of the ICD-10-CM Tabular List XML (`icd10cm_tabular_YYYY.xml`):
 * chapters, sections (blocks), every `<diag>` with its instructional notes (includes,
 * inclusionTerm, excludes1, excludes2, codeFirst, useAdditionalCode, codeAlso, notes),
 * 7th-character notes and definitions, and the code ranges each note cites.
 *
 * Strict: an element the layout does not have, in a place it does not go, a code that is not
 * an ICD-10-CM code or not under its parent, or malformed/truncated XML stops the parse
 * with "file:line: reason". The introduction and the visual-impairment table of H54 are skipped.
 */
import type { CmNoteKind, CodeRange, SevenChrDef, SourceFile } from "../types";
import { ImportError } from "./errors";
import { CM_CODE } from "./icd10cm-order";
import {
  codeUniverse,
  emptyResolveStats,
  extractCitedRanges,
  hasParenthesisedCode,
  inRange,
  resolveCitations,
  type CitedRange,
  type CodeUniverse,
  type ResolveStats,
} from "./icd10cm-refs";
import type { LineSource, ReadOptions } from "./read-lines";
import { streamXml, type XmlContext, type XmlElement } from "./xml-stream";

export { extractCitedRanges, hasParenthesisedCode, resolveCitations, codeUniverse } from "./icd10cm-refs";
export type { CitedRange } from "./icd10cm-refs";

export interface TabularNote {
  kind: CmNoteKind;
  text: string;
  /** The ranges the text cites, before they are checked against the codes of a year. */
  cited: CitedRange[];
}

export interface TabularDiag {
  code: string;
  title: string;
  /** `<diag placeholder="true">`: a level that exists only to hold the placeholder X (e.g. H21.1X). */
  placeholder: boolean;
  line: number;
}

export interface TabularChapter {
  number: number;
  title: string;
  range: CodeRange;
  notes: TabularNote[];
}

export interface TabularBlock {
  id: string;
  title: string;
  range: CodeRange;
  chapter: number;
  notes: TabularNote[];
}

export interface Icd10CmTabular {
  /** The `<version>` of the file, e.g. "2023". */
  version: string;
  chapters: TabularChapter[];
  blocks: TabularBlock[];
  /** Every `<diag>`, in document order. */
  diags: TabularDiag[];
  /** Notes written at each code. */
  notes: Record<string, TabularNote[]>;
  sevenChr: Record<string, SevenChrDef>;
  /** Element counts: "diag", "chapter", "section", each note kind, "sevenChrDef", "note". */
  counts: Record<string, number>;
  /** Oddities of the file that do not stop the parse (e.g. a code nested under a sibling). */
  warnings: string[];
  file: SourceFile;
  label: string;
}

const NOTE_KINDS: readonly CmNoteKind[] = [
  "includes",
  "inclusionTerm",
  "excludes1",
  "excludes2",
  "codeFirst",
  "useAdditionalCode",
  "codeAlso",
  "notes",
];

function noteKindOf(name: string): CmNoteKind | undefined {
  return NOTE_KINDS.find((k) => k === name);
}

const ROOT = "ICD10CM.tabular";
const NOTE_OWNERS = ["chapter", "section", "diag"];

/** Where each element may appear (its parent's name). */
const ALLOWED_PARENTS: Record<string, readonly string[]> = {
  version: [ROOT],
  introduction: [ROOT],
  chapter: [ROOT],
  name: ["chapter", "diag"],
  desc: ["chapter", "section", "diag"],
  sectionIndex: ["chapter"],
  sectionRef: ["sectionIndex"],
  section: ["chapter"],
  diag: ["section", "diag"],
  note: [...NOTE_KINDS, "sevenChrNote", "sevenChrDef"],
  sevenChrNote: ["diag"],
  sevenChrDef: ["diag"],
  extension: ["sevenChrDef"],
  visualImpairment: ["diag"],
  ...Object.fromEntries(NOTE_KINDS.map((k) => [k, NOTE_OWNERS])),
};

/** Subtrees read past without looking inside. */
const SKIPPED = new Set(["introduction", "visualImpairment"]);

const SECTION_ID = /^([A-Z][0-9A-Z][0-9A-Z])(?:-([A-Z][0-9A-Z][0-9A-Z]))?$/;
const TRAILING_RANGE = /\s*\(([A-Z][0-9A-Z][0-9A-Z])-([A-Z][0-9A-Z][0-9A-Z])\)\s*$/;
const WRITTEN_CODE = /^([A-Z][0-9A-Z][0-9A-Z])(?:\.([0-9A-Z]{1,4}))?$/;

/**
 * Section membership of a category, in the classification's order (C4A sits between C43 and C44, so
 * in section C43-C44; M1A between M08 and M10): the one ordering of lib/coding/ranges.ts.
 */
export function categoryInSection(category: string, range: CodeRange): boolean {
  return inRange(category, range);
}

interface DiagFrame {
  code: string | null;
  title: string | null;
  placeholder: boolean;
  line: number;
  sevenNote: string[];
  sevenChars: { char: string; text: string }[] | null;
}

interface ChapterFrame {
  number: number | null;
  desc: string | null;
  refs: CodeRange[];
  notes: TabularNote[];
  line: number;
}

interface BlockFrame extends TabularBlock {
  hasDesc: boolean;
}

/**
 * Parses a Tabular List XML file (plain, .gz or zip-member bytes).
 * Notes keep the ranges their text cites; `resolveTabularRefs` checks them against a year's codes.
 */
export async function parseCmTabular(source: LineSource, opts: ReadOptions = {}): Promise<Icd10CmTabular> {
  let version = "";
  let sawRoot = false;
  let skipDepth = 0;
  const chapters: TabularChapter[] = [];
  const blocks: TabularBlock[] = [];
  const diags: TabularDiag[] = [];
  const notes: Record<string, TabularNote[]> = {};
  const sevenChr: Record<string, SevenChrDef> = {};
  const counts: Record<string, number> = {};
  const count = (k: string): void => {
    counts[k] = (counts[k] ?? 0) + 1;
  };
  const seenCodes = new Set<string>();
  const warnings: string[] = [];
  let chapter: ChapterFrame | null = null;
  let block: BlockFrame | null = null;
  const diagStack: DiagFrame[] = [];
  let group: { kind: CmNoteKind; into: TabularNote[] } | null = null;
  let inSevenNote = false;
  let sevenDefChars: { char: string; text: string }[] | null = null;

  const currentDiag = (ctx: XmlContext): DiagFrame => {
    const d = diagStack[diagStack.length - 1];
    if (d === undefined) ctx.fail("internal: no open <diag>");
    return d;
  };

  const notesOwner = (parent: string, ctx: XmlContext): TabularNote[] => {
    if (parent === "chapter") {
      if (chapter === null) ctx.fail("notes outside a chapter");
      return chapter.notes;
    }
    if (parent === "section") {
      if (block === null) ctx.fail("notes outside a section");
      return block.notes;
    }
    const d = currentDiag(ctx);
    if (d.code === null) ctx.fail("instructional notes before the <name> of their <diag>");
    let list = notes[d.code];
    if (list === undefined) {
      list = [];
      notes[d.code] = list;
    }
    return list;
  };

  const result = await streamXml(
    source,
    {
      open(el: XmlElement, ctx: XmlContext): void {
        if (skipDepth > 0) {
          skipDepth++;
          return;
        }
        const depth = ctx.path.length;
        const parent = depth >= 2 ? (ctx.path[depth - 2] ?? "") : "";
        if (depth === 1) {
          if (el.name !== ROOT) ctx.fail(`root element is <${el.name}>, expected <${ROOT}> (is this a Tabular List file?)`);
          sawRoot = true;
          return;
        }
        const allowed = ALLOWED_PARENTS[el.name];
        if (allowed === undefined) ctx.fail(`unexpected element <${el.name}> in <${parent}>`);
        if (!allowed.includes(parent)) ctx.fail(`<${el.name}> is not allowed in <${parent}>`);
        if (SKIPPED.has(el.name)) {
          skipDepth = 1;
          return;
        }
        const kind = noteKindOf(el.name);
        if (kind !== undefined) {
          group = { kind, into: notesOwner(parent, ctx) };
          count(kind);
          return;
        }
        switch (el.name) {
          case "chapter":
            chapter = { number: null, desc: null, refs: [], notes: [], line: el.line };
            count("chapter");
            return;
          case "section": {
            if (chapter === null || chapter.number === null) ctx.fail("<section> before its chapter's <name>");
            const id = el.attrs.id ?? "";
            const m = SECTION_ID.exec(id);
            if (!m) ctx.fail(`section id "${id}" is not a category or a range of categories (e.g. "E08-E13")`);
            const from = m[1] ?? "";
            const to = m[2] ?? from;
            if (to < from) ctx.fail(`section id "${id}" runs backwards`);
            block = { id, title: "", range: { from, to }, chapter: chapter.number, notes: [], hasDesc: false };
            count("section");
            return;
          }
          case "sectionRef": {
            if (chapter === null) ctx.fail("<sectionRef> outside a chapter");
            const first = el.attrs.first ?? "";
            const last = el.attrs.last ?? "";
            if (!SECTION_ID.test(first) || !SECTION_ID.test(last)) {
              ctx.fail(`sectionRef first="${first}" last="${last}" are not categories`);
            }
            chapter.refs.push({ from: first, to: last });
            return;
          }
          case "diag": {
            if (block === null) ctx.fail("<diag> outside a section");
            const ph = el.attrs.placeholder;
            if (ph !== undefined && ph !== "true" && ph !== "false") ctx.fail(`placeholder="${ph}" is neither true nor false`);
            diagStack.push({ code: null, title: null, placeholder: ph === "true", line: el.line, sevenNote: [], sevenChars: null });
            count("diag");
            return;
          }
          case "sevenChrNote":
            inSevenNote = true;
            return;
          case "sevenChrDef": {
            const d = currentDiag(ctx);
            if (d.code === null) ctx.fail("<sevenChrDef> before the <name> of its <diag>");
            if (d.sevenChars !== null) ctx.fail(`a second <sevenChrDef> in ${d.code}`);
            sevenDefChars = [];
            count("sevenChrDef");
            return;
          }
          case "extension": {
            const c = el.attrs.char ?? "";
            if (!/^[0-9A-Z]$/.test(c)) ctx.fail(`extension char="${c}" is not one letter or digit`);
            if (sevenDefChars?.some((x) => x.char === c)) ctx.fail(`extension char="${c}" defined twice`);
            return;
          }
          default:
            return;
        }
      },

      close(el: XmlElement, text: string, ctx: XmlContext): void {
        if (skipDepth > 0) {
          skipDepth--;
          return;
        }
        const depth = ctx.path.length;
        const parent = depth >= 2 ? (ctx.path[depth - 2] ?? "") : "";
        if (noteKindOf(el.name) !== undefined) {
          group = null;
          return;
        }
        switch (el.name) {
          case "version":
            version = text;
            return;
          case "name":
            if (parent === "chapter") {
              if (chapter === null) ctx.fail("<name> outside a chapter");
              if (!/^[1-9][0-9]?$/.test(text)) ctx.fail(`chapter number "${text}" is not a number`);
              chapter.number = Number(text);
              if (chapters.some((c) => c.number === chapter?.number)) ctx.fail(`chapter ${text} appears twice`);
            } else {
              const d = currentDiag(ctx);
              if (d.code !== null) ctx.fail(`a second <name> in ${d.code}`);
              const m = WRITTEN_CODE.exec(text);
              const code = m ? (m[1] ?? "") + (m[2] ?? "") : "";
              if (!m || !CM_CODE.test(code)) ctx.fail(`diag name "${text}" is not an ICD-10-CM code (e.g. E11.9)`);
              if (seenCodes.has(code)) ctx.fail(`code ${text} appears twice`);
              const up = diagStack[diagStack.length - 2];
              if (up !== undefined) {
                if (up.code === null || code.length <= up.code.length || !code.startsWith(up.code.slice(0, -1))) {
                  ctx.fail(`code ${text} is not under its parent ${up.code ?? "(unnamed)"}`);
                }
                // The FY2023 file nests H54.512A under H54.511: keep it, and say so.
                if (!code.startsWith(up.code)) warnings.push(`line ${ctx.line}: ${text} is written under ${up.code}, not under its own parent`);
              } else {
                if (code.length !== 3) ctx.fail(`code ${text} at the top of a section is not a 3-character category`);
                if (block !== null && !categoryInSection(code, block.range)) ctx.fail(`category ${text} is outside its section ${block.id}`);
              }
              seenCodes.add(code);
              d.code = code;
            }
            return;
          case "desc":
            if (text === "") ctx.fail(`empty <desc> in <${parent}>`);
            if (parent === "chapter") {
              if (chapter === null) ctx.fail("<desc> outside a chapter");
              chapter.desc = text;
            } else if (parent === "section") {
              if (block === null) ctx.fail("<desc> outside a section");
              block.title = text.replace(TRAILING_RANGE, "").replace(/\s*\([A-Z][0-9A-Z][0-9A-Z]\)\s*$/, "");
              block.hasDesc = true;
            } else {
              const d = currentDiag(ctx);
              if (d.code === null) ctx.fail("<desc> before <name> in a <diag>");
              if (d.title !== null) ctx.fail(`a second <desc> in ${d.code}`);
              d.title = text;
            }
            return;
          case "note":
            if (text === "") ctx.fail(`empty <note> in <${parent}>`);
            count("note");
            if (parent === "sevenChrNote") {
              currentDiag(ctx).sevenNote.push(text);
            } else if (parent === "sevenChrDef") {
              // An inclusion term under the last 7th character (e.g. H34.81 "stable": "Old central retinal vein occlusion").
              const last = sevenDefChars?.[sevenDefChars.length - 1];
              if (last === undefined) ctx.fail("<note> in <sevenChrDef> before any <extension>");
              last.text = `${last.text} (${text})`;
            } else {
              if (group === null) ctx.fail(`<note> outside a note group`);
              group.into.push({ kind: group.kind, text, cited: extractCitedRanges(text) });
            }
            return;
          case "sevenChrNote":
            inSevenNote = false;
            return;
          case "extension":
            if (text === "") ctx.fail(`empty 7th-character definition char="${el.attrs.char ?? ""}"`);
            sevenDefChars?.push({ char: el.attrs.char ?? "", text });
            return;
          case "sevenChrDef": {
            const d = currentDiag(ctx);
            if (sevenDefChars === null || sevenDefChars.length === 0) ctx.fail("<sevenChrDef> without any <extension>");
            d.sevenChars = sevenDefChars;
            sevenDefChars = null;
            return;
          }
          case "diag": {
            const d = diagStack.pop();
            if (d === undefined) return;
            if (d.code === null || d.title === null) ctx.fail(`<diag> at line ${d.line} lacks its <name> or <desc>`);
            diags.push({ code: d.code, title: d.title, placeholder: d.placeholder, line: d.line });
            if (d.sevenChars !== null) {
              sevenChr[d.code] = { definedAt: d.code, note: d.sevenNote.length > 0 ? d.sevenNote.join(" ") : null, chars: d.sevenChars };
            } else if (d.sevenNote.length > 0) {
              ctx.fail(`${d.code} has a <sevenChrNote> but no <sevenChrDef>`);
            }
            return;
          }
          case "section": {
            if (block === null) return;
            if (!block.hasDesc) ctx.fail(`section ${block.id} has no <desc>`);
            const { hasDesc: _hasDesc, ...plain } = block;
            blocks.push(plain);
            block = null;
            return;
          }
          case "chapter": {
            if (chapter === null) return;
            const c = chapter;
            if (c.number === null || c.desc === null) ctx.fail(`chapter at line ${c.line} lacks its <name> or <desc>`);
            const m = TRAILING_RANGE.exec(c.desc);
            let range: CodeRange;
            if (m) {
              range = { from: m[1] ?? "", to: m[2] ?? "" };
            } else {
              const first = c.refs[0];
              const last = c.refs[c.refs.length - 1];
              if (first === undefined || last === undefined) ctx.fail(`chapter ${c.number} gives no code range (neither in <desc> nor in <sectionIndex>)`);
              range = { from: first.from, to: last.to };
            }
            chapters.push({ number: c.number, title: c.desc.replace(TRAILING_RANGE, ""), range, notes: c.notes });
            chapter = null;
            return;
          }
          default:
            return;
        }
      },
    },
    opts,
  );
  if (!sawRoot) throw new ImportError(result.label, 0, "not a Tabular List file");
  if (inSevenNote) throw new ImportError(result.label, 0, "unterminated <sevenChrNote>");
  if (version === "") throw new ImportError(result.label, 0, "no <version> element");
  if (chapters.length === 0) throw new ImportError(result.label, 0, "no <chapter> element");
  return {
    version,
    chapters,
    blocks,
    diags,
    notes,
    sevenChr,
    counts,
    warnings,
    label: result.label,
    file: { ...result.file, records: diags.length },
  };
}

export interface ResolvedNotes {
  notes: Record<string, { kind: CmNoteKind; text: string; refs: CodeRange[] }[]>;
  chapterNotes: Map<number, { kind: CmNoteKind; text: string; refs: CodeRange[] }[]>;
  blockNotes: Map<string, { kind: CmNoteKind; text: string; refs: CodeRange[] }[]>;
  stats: ResolveStats;
  universe: CodeUniverse;
}

/**
 * Checks every note's citations against a code universe (the tabular's own codes plus any
 * others, e.g. a later year's order file) and returns notes in the contract's CmNote form.
 */
export function resolveTabularRefs(tabular: Icd10CmTabular, extraCodes: Iterable<string> = []): ResolvedNotes {
  const universe = codeUniverse(
    (function* () {
      for (const d of tabular.diags) yield d.code;
      yield* extraCodes;
    })(),
  );
  const stats = emptyResolveStats();
  const resolve = (list: TabularNote[]) =>
    list.map((n) => ({ kind: n.kind, text: n.text, refs: resolveCitations(n.cited, universe, stats) }));
  const notes: ResolvedNotes["notes"] = {};
  for (const [code, list] of Object.entries(tabular.notes)) notes[code] = resolve(list);
  const chapterNotes = new Map(tabular.chapters.map((c) => [c.number, resolve(c.notes)]));
  const blockNotes = new Map(tabular.blocks.map((b) => [b.id, resolve(b.notes)]));
  return { notes, chapterNotes, blockNotes, stats, universe };
}

export interface ExtractionQuality {
  /** Notes (of every kind, at every level) in the file. */
  notes: number;
  /** Notes whose text has a code-looking token in parentheses. */
  withParenthesisedCode: number;
  /** Of those, notes that came out with no refs at all. */
  parenthesisedWithoutRefs: number;
  /** Examples of the above (up to 20). */
  examples: string[];
  stats: ResolveStats;
}

/** The measure of extraction quality the tests print: notes citing a code in parentheses but left without refs. */
export function measureExtraction(resolved: ResolvedNotes, kinds?: readonly CmNoteKind[]): ExtractionQuality {
  const q: ExtractionQuality = { notes: 0, withParenthesisedCode: 0, parenthesisedWithoutRefs: 0, examples: [], stats: resolved.stats };
  const visit = (list: { kind: CmNoteKind; text: string; refs: CodeRange[] }[]): void => {
    for (const n of list) {
      if (kinds !== undefined && !kinds.includes(n.kind)) continue;
      q.notes++;
      if (!hasParenthesisedCode(n.text)) continue;
      q.withParenthesisedCode++;
      if (n.refs.length === 0) {
        q.parenthesisedWithoutRefs++;
        if (q.examples.length < 20) q.examples.push(`${n.kind}: ${n.text}`);
      }
    }
  };
  for (const list of Object.values(resolved.notes)) visit(list);
  for (const list of resolved.chapterNotes.values()) visit(list);
  for (const list of resolved.blockNotes.values()) visit(list);
  return q;
}
