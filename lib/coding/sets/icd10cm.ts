import type { Icd10CmData } from "../data";
import { compareCmCodes, inRange } from "../ranges";
import type { CmBlock, CmChapter, CmNote, CodeRecord, CodeSetMeta, Icd10CmSet, SevenChrDef } from "../types";
import { ArrayText, BitColumn, CodeIndex, type TextColumn } from "./columns";

const NO_PARENT = -1;

/** Where a set's instructional notes come from: a plain map, or a snapshot's columns decoded per code. */
export interface CmNoteSource {
  /** The notes written at `code` (the array may be shared: do not change it). */
  notesOf(code: string): CmNote[];
}

/** The in-memory parts of an ICD-10-CM set (see createIcd10CmSet and the snapshot loader). */
export interface Icd10CmParts {
  meta: CodeSetMeta;
  codes: CodeIndex;
  billable: BitColumn;
  shortTitles: TextColumn;
  /** Long titles; where `titleSame` is set the row repeats its short title (and `titles` holds ""). */
  titles: TextColumn;
  titleSame?: BitColumn;
  notes: CmNoteSource;
  sevenChr: Record<string, SevenChrDef>;
  chapters: CmChapter[];
  blocks: CmBlock[];
}

const NO_NOTES: CmNote[] = [];

class MapNotes implements CmNoteSource {
  private readonly map = new Map<string, CmNote[]>();

  constructor(notes: Record<string, CmNote[]>) {
    for (const code of Object.keys(notes)) {
      const list = notes[code];
      if (list !== undefined && list.length > 0) this.map.set(code, list);
    }
  }

  notesOf(code: string): CmNote[] {
    return this.map.get(code) ?? NO_NOTES;
  }
}

/**
 * ICD-10-CM for one fiscal year, in memory. Codes are looked up in a hash index over their bytes;
 * a CodeRecord (with its titles decoded) is made on first request and then shared.
 */
class Icd10CmCodeSet implements Icd10CmSet {
  readonly meta: CodeSetMeta;
  readonly size: number;
  private readonly index: CodeIndex;
  private readonly billable: BitColumn;
  private readonly shortTitles: TextColumn;
  private readonly titles: TextColumn;
  private readonly titleSame: BitColumn | undefined;
  private records: (CodeRecord | undefined)[] | undefined;
  private parents: Int32Array | undefined;
  private childLists: Map<number, number[]> | undefined;
  private readonly notes: CmNoteSource;
  private readonly sevenChr = new Map<string, SevenChrDef>();
  private readonly chapterList: CmChapter[];
  private readonly blockList: CmBlock[];

  constructor(parts: Icd10CmParts) {
    this.meta = parts.meta;
    this.index = parts.codes;
    this.size = parts.codes.size;
    this.billable = parts.billable;
    this.shortTitles = parts.shortTitles;
    this.titles = parts.titles;
    this.titleSame = parts.titleSame;
    this.notes = parts.notes;
    for (const code of Object.keys(parts.sevenChr)) {
      const def = parts.sevenChr[code];
      if (def !== undefined) this.sevenChr.set(code, def);
    }
    this.chapterList = parts.chapters;
    this.blockList = parts.blocks;
  }

  get(code: string): CodeRecord | undefined {
    const i = this.index.indexOf(code);
    if (i < 0) return undefined;
    const records = (this.records ??= new Array<CodeRecord | undefined>(this.size));
    let rec = records[i];
    if (rec === undefined) {
      const shortTitle = this.shortTitles.at(i);
      rec = {
        code,
        billable: this.billable.get(i),
        shortTitle,
        title: this.titleSame?.get(i) === true ? shortTitle : this.titles.at(i),
      };
      records[i] = rec;
    }
    return rec;
  }

  parent(code: string): string | undefined {
    for (let k = code.length - 1; k >= 3; k--) {
      if (this.index.indexOfPrefix(code, k) >= 0) return code.slice(0, k);
    }
    return undefined;
  }

  children(code: string): string[] {
    const i = this.index.indexOf(code);
    if (i < 0) return [];
    if (this.childLists === undefined) {
      const parents = this.parentIndex();
      const lists = new Map<number, number[]>();
      for (let c = 0; c < this.size; c++) {
        const p = parents[c] ?? NO_PARENT;
        if (p === NO_PARENT) continue;
        let l = lists.get(p);
        if (l === undefined) {
          l = [];
          lists.set(p, l);
        }
        l.push(c);
      }
      this.childLists = lists;
    }
    const kids = this.childLists.get(i);
    return kids === undefined ? [] : kids.map((k) => this.index.codeAt(k));
  }

  /** Index of each code's nearest existing ancestor, computed once on first need. */
  private parentIndex(): Int32Array {
    if (this.parents !== undefined) return this.parents;
    const parents = new Int32Array(this.size).fill(NO_PARENT);
    for (let i = 0; i < this.size; i++) {
      const code = this.index.codeAt(i);
      for (let k = code.length - 1; k >= 3; k--) {
        const p = this.index.indexOfPrefix(code, k);
        if (p >= 0) {
          parents[i] = p;
          break;
        }
      }
    }
    this.parents = parents;
    return parents;
  }

  notesOf(code: string): CmNote[] {
    return this.notes.notesOf(code);
  }

  sevenChrFor(code: string): SevenChrDef | undefined {
    if (this.sevenChr.size === 0) return undefined;
    for (let k = Math.min(code.length, 6); k >= 3; k--) {
      const def = this.sevenChr.get(k === code.length ? code : code.slice(0, k));
      if (def !== undefined) return def;
    }
    return undefined;
  }

  chapterOf(code: string): CmChapter | undefined {
    for (const ch of this.chapterList) if (inRange(code, ch.range)) return ch;
    return undefined;
  }

  blockOf(code: string): CmBlock | undefined {
    let best: CmBlock | undefined;
    for (const b of this.blockList) {
      if (!inRange(code, b.range)) continue;
      // Prefer the narrowest block when a file nests them.
      if (best === undefined || (compareCmCodes(b.range.from, best.range.from) >= 0 && compareCmCodes(b.range.to, best.range.to) <= 0)) best = b;
    }
    if (best !== undefined || code.length < 3) return best;
    // A category the classification's order does not place yet (new in a later year than the blocks):
    // it belongs to the section of the category before it in the set's own order.
    const at = this.index.indexOfPrefix(code, 3);
    for (let i = at - 1; i >= 0; i--) {
      const prev = this.index.codeAt(i);
      if (prev.length !== 3) continue;
      for (const b of this.blockList) if (inRange(prev, b.range)) return b;
      break;
    }
    return undefined;
  }

  chapters(): CmChapter[] {
    return this.chapterList.slice();
  }

  codes(): Iterable<string> {
    return this.index.codes();
  }
}

/** Builds the in-memory ICD-10-CM set from its plain data. */
export function createIcd10CmSet(data: Icd10CmData): Icd10CmSet {
  const cols = data.columns;
  return new Icd10CmCodeSet({
    meta: data.meta,
    codes: CodeIndex.fromStrings(cols.codes),
    billable: BitColumn.from(cols.billable),
    shortTitles: new ArrayText(cols.shortTitles),
    titles: new ArrayText(cols.titles),
    notes: new MapNotes(data.notes),
    sevenChr: data.sevenChr,
    chapters: data.chapters,
    blocks: data.blocks,
  });
}

/** Builds the ICD-10-CM set from parts opened in place (the snapshot loader's path). */
export function openIcd10CmSet(parts: Icd10CmParts): Icd10CmSet {
  return new Icd10CmCodeSet(parts);
}
