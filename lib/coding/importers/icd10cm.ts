/**
 * ICD-10-CM importer: codes and titles from the CMS order file of the year; instructional notes,
 * 7th-character definitions, chapters and blocks from a Tabular List XML (which may be of an
 * earlier year, e.g. FY2023 notes for FY2026 codes: meta.notes says so); optionally the
 * Alphabetic Index (returned beside the set, for the code browser).
 */
import type { Icd10CmData } from "../data";
import type { CmBlock, CmChapter, CmNote, CodeRange, SetSource, SevenChrDef, SourceFile } from "../types";
import { buildMeta } from "./fields";
import { parseCmIndex, type Icd10CmIndexData } from "./icd10cm-index";
import { readCmOrderFile } from "./icd10cm-order";
import { compareCmCodes, inRange } from "../ranges";
import { parseCmTabular, resolveTabularRefs, type Icd10CmTabular } from "./icd10cm-tabular";
import type { LineSource } from "./read-lines";

export interface Icd10CmInput {
  /** `icd10cm_order_YYYY.txt` (plain, .gz, or a zip member's bytes). */
  order: LineSource;
  /** `icd10cm_tabular_YYYY.xml`. */
  tabular?: LineSource;
  /** `icd10cm_index_YYYY.xml`. */
  index?: LineSource;
}

export interface Icd10CmImportOptions {
  /** "FY2026". */
  version: string;
  effectiveFrom: string;
  effectiveTo?: string | null;
  source: SetSource;
}

/** The set, plus the Alphabetic Index when one was given (kept apart from the set's data). */
export interface Icd10CmImport extends Icd10CmData {
  index?: Icd10CmIndexData;
}

/** "FY2026" -> 2026; null when the version is not written so. */
function fiscalYear(version: string): number | null {
  const m = /^FY(\d{4})$/.exec(version);
  return m ? Number(m[1]) : null;
}

/**
 * Imports one year of ICD-10-CM. Throws ImportError ("file:line: reason") on any malformed line
 * or element; nothing is returned from a partial read.
 */
export async function importIcd10Cm(input: Icd10CmInput, opts: Icd10CmImportOptions): Promise<Icd10CmImport> {
  const order = await readCmOrderFile(input.order);
  const files: SourceFile[] = [order.file];
  const notes: string[] = [];
  const orderName = order.file.name.replace(/\.gz$/, "");
  notes.push(`Codes, titles and billable flags from ${orderName} (${order.columns.codes.length} codes).`);

  let tabularData: {
    notes: Record<string, CmNote[]>;
    sevenChr: Record<string, SevenChrDef>;
    chapters: CmChapter[];
    blocks: CmBlock[];
  } = { notes: {}, sevenChr: {}, chapters: [], blocks: [] };

  if (input.tabular !== undefined) {
    const tabular = await parseCmTabular(input.tabular);
    files.push(tabular.file);
    tabularData = mergeTabular(tabular, order.columns.codes, order.columns.shortTitles, order.columns.titles, opts.version, notes);
  } else {
    notes.push("No Tabular List was imported: there are no instructional notes, 7th-character definitions, chapters or blocks.");
  }

  let index: Icd10CmIndexData | undefined;
  if (input.index !== undefined) {
    const parsed = await parseCmIndex(input.index);
    files.push(parsed.file);
    index = parsed.index;
    const fy = fiscalYear(opts.version);
    if (fy !== null && parsed.index.version !== String(fy)) {
      notes.push(`Alphabetic Index from the FY${parsed.index.version} release (${parsed.file.name.replace(/\.gz$/, "")}), not FY${fy}.`);
    }
  }

  const meta = buildMeta("icd10cm", opts.version, `ICD-10-CM ${opts.version}`, opts, files, notes);
  const data: Icd10CmImport = { meta, columns: order.columns, ...tabularData };
  if (index !== undefined) data.index = index;
  return data;
}

/** The section (or chapter) holding a category, in the classification's order (C4A in C43-C44). */
function findSection<T extends { range: CodeRange }>(list: T[], category: string): T | undefined {
  return list.find((x) => inRange(category, x.range));
}

/**
 * Places the tabular's notes, 7th characters, chapters and blocks on the order file's codes.
 * Codes the tabular does not know (added after its year) are covered by range. A new category just
 * past the end of a block, with the same first two characters as the block's last category, widens
 * that block (I1A after I16: section I10-I16 becomes I10-I1A, as in the FY2024 tabular); any other
 * category outside every block gets a block of its own, and its chapter's range is widened.
 */
function mergeTabular(
  tabular: Icd10CmTabular,
  codes: readonly string[],
  shortTitles: readonly string[],
  titles: readonly string[],
  version: string,
  notes: string[],
): { notes: Record<string, CmNote[]>; sevenChr: Record<string, SevenChrDef>; chapters: CmChapter[]; blocks: CmBlock[] } {
  const fy = fiscalYear(version);
  const tabName = tabular.file.name.replace(/\.gz$/, "");
  const sameYear = fy !== null && String(fy) === tabular.version;
  const resolved = resolveTabularRefs(tabular, codes);
  const known = new Set(codes);

  const outNotes: Record<string, CmNote[]> = {};
  let dropped = 0;
  for (const [code, list] of Object.entries(resolved.notes)) {
    if (!known.has(code)) {
      dropped += list.length;
      continue;
    }
    outNotes[code] = list;
  }
  const sevenChr: Record<string, SevenChrDef> = {};
  let sevenDropped = 0;
  for (const [code, def] of Object.entries(tabular.sevenChr)) {
    if (known.has(code)) sevenChr[code] = def;
    else sevenDropped++;
  }

  const blocks: CmBlock[] = tabular.blocks.map((b) => ({
    id: b.id,
    title: b.title,
    range: { ...b.range },
    notes: resolved.blockNotes.get(b.id) ?? [],
  }));
  const chapters: CmChapter[] = tabular.chapters.map((c) => ({
    number: c.number,
    title: c.title,
    range: { ...c.range },
    notes: resolved.chapterNotes.get(c.number) ?? [],
  }));
  const chapterOfBlock = new Map(tabular.blocks.map((b) => [b.id, b.chapter]));

  // Cover every category of the order file by a chapter and a block.
  const tabularCodes = new Set(tabular.diags.map((d) => d.code));
  const newCategories: string[] = [];
  const madeBlocks: string[] = [];
  const widened: string[] = [];
  const unplaced: string[] = [];
  let previousCategory = "";
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i] ?? "";
    if (code.length !== 3) continue;
    const before = previousCategory;
    previousCategory = code;
    if (!tabularCodes.has(code)) newCategories.push(code);
    let block = findSection(blocks, code);
    if (block === undefined && before !== "") {
      const prior = findSection(blocks, before);
      if (prior !== undefined && prior.range.to.slice(0, 2) === code.slice(0, 2) && compareCmCodes(prior.range.to, code) < 0) {
        prior.range = { from: prior.range.from, to: code };
        widened.push(`section ${prior.id} to ${prior.range.from}-${code}`);
        block = prior;
      }
    }
    let chapter = findSection(chapters, code);
    if (block !== undefined && chapter === undefined) {
      const n = chapterOfBlock.get(block.id);
      chapter = chapters.find((c) => c.number === n);
    }
    if (chapter === undefined) {
      // A new category past the end of the chapter of its letter (QA0 after Q99): widen that chapter.
      const sameLetter = chapters.filter((c) => c.range.from.charAt(0) === code.charAt(0) && compareCmCodes(c.range.from, code) <= 0);
      chapter = sameLetter.sort((a, b) => compareCmCodes(b.range.from, a.range.from))[0];
      if (chapter !== undefined) {
        if (compareCmCodes(code, chapter.range.to) > 0) chapter.range = { from: chapter.range.from, to: code };
        widened.push(`chapter ${chapter.number} to ${chapter.range.from}-${chapter.range.to}`);
      } else {
        unplaced.push(code);
      }
    }
    if (block === undefined) {
      const range: CodeRange = { from: code, to: code };
      block = { id: code, title: titles[i] ?? shortTitles[i] ?? code, range, notes: [] };
      const at = blocks.findIndex((b) => compareCmCodes(b.range.from, code) > 0);
      blocks.splice(at < 0 ? blocks.length : at, 0, block);
      if (chapter !== undefined) chapterOfBlock.set(code, chapter.number);
      madeBlocks.push(code);
    }
  }

  if (sameYear) {
    notes.push(`Instructional notes, 7th-character definitions, chapters and blocks from ${tabName} (FY${tabular.version}).`);
  } else {
    notes.push(
      `Instructional notes, 7th-character definitions, chapters and blocks from the FY${tabular.version} Tabular List (${tabName}), ` +
        `not the ${version} one: notes added or changed since FY${tabular.version} are missing, and codes new since then ` +
        `carry only the notes of the categories and subcategories above them.`,
    );
  }
  if (newCategories.length > 0) {
    notes.push(`${newCategories.length} categories are not in the ${tabName}: ${newCategories.join(", ")}.`);
  }
  if (madeBlocks.length > 0) {
    notes.push(`Blocks made from the order file for categories outside every block of the tabular: ${madeBlocks.join(", ")}.`);
  }
  if (widened.length > 0) notes.push(`Widened to hold them: ${[...new Set(widened)].join("; ")}.`);
  if (unplaced.length > 0) notes.push(`Categories in no chapter of the tabular: ${unplaced.join(", ")}.`);
  if (dropped > 0 || sevenDropped > 0) {
    notes.push(`${dropped} notes and ${sevenDropped} 7th-character definitions written at codes that are not in ${version} were left out.`);
  }
  const s = resolved.stats;
  if (s.qualifiedApproximate > 0) {
    notes.push(`${s.qualifiedApproximate} qualified code citations in notes could not be narrowed and cite their whole range.`);
  }
  for (const w of tabular.warnings) notes.push(`${tabName} ${w}.`);
  return { notes: outNotes, sevenChr, chapters, blocks };
}
