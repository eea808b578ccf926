import type { Icd10CmData } from "../data";
import { inRange } from "../ranges";
import type { CmBlock, CmChapter, CmNote, CodeRecord, CodeSetMeta, Icd10CmSet, SevenChrDef } from "../types";

const NO_PARENT = -1;

/**
 * ICD-10-CM for one fiscal year, in memory. Lookups are one Map probe; records are made once,
 * on first use, and then shared. Built from ~100k codes in a few tens of milliseconds.
 */
class Icd10CmCodeSet implements Icd10CmSet {
  readonly meta: CodeSetMeta;
  readonly size: number;
  private readonly list: string[];
  private readonly billable: boolean[];
  private readonly shortTitles: string[];
  private readonly titles: string[];
  private readonly index = new Map<string, number>();
  private parents: Int32Array | undefined;
  private readonly records: (CodeRecord | undefined)[];
  private readonly noteMap = new Map<string, CmNote[]>();
  private readonly sevenChr = new Map<string, SevenChrDef>();
  private readonly chapterList: CmChapter[];
  private readonly blockList: CmBlock[];
  private childLists: Map<number, number[]> | undefined;

  constructor(data: Icd10CmData) {
    this.meta = data.meta;
    const cols = data.columns;
    this.list = cols.codes;
    this.billable = cols.billable;
    this.shortTitles = cols.shortTitles;
    this.titles = cols.titles;
    const n = this.list.length;
    this.size = n;
    this.records = new Array<CodeRecord | undefined>(n);
    for (let i = 0; i < n; i++) {
      const code = this.list[i];
      if (code !== undefined && !this.index.has(code)) this.index.set(code, i);
    }
    for (const code of Object.keys(data.notes)) {
      const notes = data.notes[code];
      if (notes !== undefined && notes.length > 0) this.noteMap.set(code, notes);
    }
    for (const code of Object.keys(data.sevenChr)) {
      const def = data.sevenChr[code];
      if (def !== undefined) this.sevenChr.set(code, def);
    }
    this.chapterList = data.chapters;
    this.blockList = data.blocks;
  }

  get(code: string): CodeRecord | undefined {
    const i = this.index.get(code);
    if (i === undefined) return undefined;
    let rec = this.records[i];
    if (rec === undefined) {
      rec = {
        code,
        billable: this.billable[i] === true,
        shortTitle: this.shortTitles[i] ?? "",
        title: this.titles[i] ?? "",
      };
      this.records[i] = rec;
    }
    return rec;
  }

  parent(code: string): string | undefined {
    for (let k = code.length - 1; k >= 3; k--) {
      const prefix = code.slice(0, k);
      if (this.index.has(prefix)) return prefix;
    }
    return undefined;
  }

  children(code: string): string[] {
    const i = this.index.get(code);
    if (i === undefined) return [];
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
    return kids === undefined ? [] : kids.map((k) => this.list[k] ?? "");
  }

  /** Index of each code's nearest existing ancestor, computed once on first need. */
  private parentIndex(): Int32Array {
    if (this.parents !== undefined) return this.parents;
    const parents = new Int32Array(this.size).fill(NO_PARENT);
    for (let i = 0; i < this.size; i++) {
      const code = this.list[i] ?? "";
      for (let k = code.length - 1; k >= 3; k--) {
        const p = this.index.get(code.slice(0, k));
        if (p !== undefined) {
          parents[i] = p;
          break;
        }
      }
    }
    this.parents = parents;
    return parents;
  }

  notesOf(code: string): CmNote[] {
    return this.noteMap.get(code) ?? [];
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
      if (best === undefined || (b.range.from >= best.range.from && b.range.to <= best.range.to)) best = b;
    }
    if (best !== undefined) return best;
    // A category with a letter in third place (C4A, M1A, Z3A) falls outside the ranges as written;
    // it belongs to the section of the category before it in tabular order (C43, M10, Z39).
    const at = this.index.get(code.slice(0, 3));
    if (at !== undefined) {
      for (let i = at - 1; i >= 0; i--) {
        const prev = this.list[i] ?? "";
        if (prev.length !== 3) continue;
        for (const b of this.blockList) if (inRange(prev, b.range)) return b;
        break;
      }
    }
    const two = code.slice(0, 2);
    for (const b of this.blockList) if (b.range.from.slice(0, 2) <= two && two <= b.range.to.slice(0, 2) && code.length >= 3) return b;
    return undefined;
  }

  chapters(): CmChapter[] {
    return this.chapterList.slice();
  }

  codes(): Iterable<string> {
    return this.list.values();
  }
}

/** Builds the in-memory ICD-10-CM set from its plain data. */
export function createIcd10CmSet(data: Icd10CmData): Icd10CmSet {
  return new Icd10CmCodeSet(data);
}
