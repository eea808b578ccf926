/**
 * Code search over a code library: ICD-10-CM, ICD-10-PCS, HCPCS Level II and CPT (whatever the library holds).
 *
 * Ranking: an exact code first, then codes that start with what was typed (shortest first, in
 * tabular order), then title matches. Title matching needs every significant word of the query to
 * match a word of the title, exactly, as a prefix (the word being typed) or within a small edit
 * distance (typos: "diabetis" finds "diabetes"); exact words score above prefixes above typos, and a
 * title the query covers more of scores higher. The index is built once (a few hundred milliseconds
 * for the full official sets) and answers a query in well under a millisecond to a few milliseconds.
 *
 * Pure TypeScript: no Next.js, no database.
 */
import { displayCode } from "../normalize";
import type { CodeLibrary, CodeSystem } from "../types";
import { dateOf, type DatePick } from "./dates";
import { allowedEdits, boundedDistance, expandAbbreviations, foldText, STOPWORDS, tokenize, trigrams } from "./text";

export type SearchSystem = CodeSystem;
export const SEARCH_SYSTEMS: readonly SearchSystem[] = ["icd10cm", "icd10pcs", "hcpcs", "cpt"];

export const SYSTEM_LABELS: Record<SearchSystem, string> = {
  icd10cm: "ICD-10-CM",
  icd10pcs: "ICD-10-PCS",
  hcpcs: "HCPCS Level II",
  cpt: "CPT",
};

/** One code system's codes, as the index reads them. */
export interface SearchSource {
  system: SearchSystem;
  /** The set's label, e.g. "ICD-10-CM FY2026". */
  label: string;
  codes: Iterable<string>;
  get(code: string): { title: string; billable: boolean } | undefined;
}

export type MatchKind = "exact" | "prefix" | "term";

export interface SearchHit {
  system: SearchSystem;
  /** Canonical code ("E119"). */
  code: string;
  /** As people write it ("E11.9"). */
  display: string;
  title: string;
  billable: boolean;
  match: MatchKind;
  /** Higher is better; comparable within one response only. */
  score: number;
}

export interface SearchOptions {
  /** Only this system. */
  system?: SearchSystem;
  /** Maximum hits (default 20, at most 100). */
  limit?: number;
}

export interface SearchResult {
  query: string;
  hits: SearchHit[];
  /** Title matches beyond the limit were found (the list is cut). */
  truncated: boolean;
}

export interface CodeSearch {
  search(query: string, options?: SearchOptions): SearchResult;
  /** Number of codes indexed. */
  readonly size: number;
  /** Systems indexed and the label of the set each came from. */
  readonly sources: { system: SearchSystem; label: string; size: number }[];
}

const SYSTEM_ID: Record<SearchSystem, number> = { icd10cm: 0, icd10pcs: 1, hcpcs: 2, cpt: 3 };
const MAX_LIMIT = 100;
const MAX_PREFIX_EXPANSION = 48;
const MAX_FUZZY_EXPANSION = 24;
const MAX_QUERY_WORDS = 8;
const MAX_QUERY_LENGTH = 200;

interface Candidate {
  word: number;
  weight: number;
}

/** A small min-heap of (score, doc) kept to the best k. */
class TopK {
  private readonly scores: number[] = [];
  private readonly docs: number[] = [];
  constructor(private readonly k: number) {}

  get size(): number {
    return this.docs.length;
  }

  /** true when (score, doc) ranks above (s2, d2): higher score, then earlier doc. */
  private static above(s1: number, d1: number, s2: number, d2: number): boolean {
    return s1 > s2 || (s1 === s2 && d1 < d2);
  }

  push(score: number, doc: number): void {
    const { scores, docs } = this;
    if (docs.length < this.k) {
      scores.push(score);
      docs.push(doc);
      let i = docs.length - 1;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (TopK.above(scores[p] ?? 0, docs[p] ?? 0, scores[i] ?? 0, docs[i] ?? 0)) {
          this.swap(i, p);
          i = p;
        } else break;
      }
      return;
    }
    if (!TopK.above(score, doc, scores[0] ?? 0, docs[0] ?? 0)) return;
    scores[0] = score;
    docs[0] = doc;
    let i = 0;
    const n = docs.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < n && TopK.above(scores[worst] ?? 0, docs[worst] ?? 0, scores[l] ?? 0, docs[l] ?? 0)) worst = l;
      if (r < n && TopK.above(scores[worst] ?? 0, docs[worst] ?? 0, scores[r] ?? 0, docs[r] ?? 0)) worst = r;
      if (worst === i) break;
      this.swap(i, worst);
      i = worst;
    }
  }

  private swap(a: number, b: number): void {
    const s = this.scores[a] ?? 0;
    this.scores[a] = this.scores[b] ?? 0;
    this.scores[b] = s;
    const d = this.docs[a] ?? 0;
    this.docs[a] = this.docs[b] ?? 0;
    this.docs[b] = d;
  }

  /** Best first. */
  sorted(): { score: number; doc: number }[] {
    const out = this.docs.map((doc, i) => ({ doc, score: this.scores[i] ?? 0 }));
    out.sort((a, b) => b.score - a.score || a.doc - b.doc);
    return out;
  }
}

function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? "") < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A query typed as a code: letters and digits only (dots and blanks removed), at most 7, at least one digit. */
function codeQuery(query: string): { canonical: string; dotted: boolean } | null {
  let out = "";
  let dotted = false;
  let digit = false;
  for (let i = 0; i < query.length; i++) {
    const c = query.charCodeAt(i);
    if (c === 46) {
      dotted = true;
      continue;
    }
    if (c === 32) continue;
    if (c >= 48 && c <= 57) digit = true;
    else if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return null;
    out += query[i];
  }
  // One letter is the start of a code ("M"); otherwise a code has a digit.
  if (out.length === 0 || out.length > 7 || (!digit && out.length > 1)) return null;
  // "type 2 diabetes" has a digit but is words: a code has no blank between letters.
  if (/[a-z]{3,}\s|\s[a-z]{3,}/i.test(query.trim())) return null;
  return { canonical: out.toUpperCase(), dotted };
}

class SearchIndex implements CodeSearch {
  readonly size: number;
  readonly sources: { system: SearchSystem; label: string; size: number }[] = [];

  // Documents (one per code), in source order: tabular order within each system.
  private readonly docSystem: Uint8Array;
  private readonly docCode: string[] = [];
  private readonly docTitle: string[] = [];
  private readonly docBillable: Uint8Array;
  private readonly docWords: Uint8Array;

  // Codes.
  private readonly exact: Map<string, number>[] = [new Map(), new Map(), new Map(), new Map()];
  private readonly sortedCodes: string[];
  private readonly sortedCodeDocs: Int32Array;

  // Words of titles.
  private readonly words: string[] = [];
  private readonly wordIds = new Map<string, number>();
  private readonly postings: Int32Array[] = [];
  private readonly sortedWords: string[];
  private readonly sortedWordIds: Int32Array;
  private readonly grams = new Map<string, Int32Array>();

  // Scratch space for scoring, reused by every query (the index is used from one thread).
  private readonly matched: Uint8Array;
  private readonly acc: Float32Array;
  private readonly gramCounts: Uint16Array;
  private readonly touched: Int32Array;

  constructor(sourceList: readonly SearchSource[]) {
    const systems: number[] = [];
    const billable: number[] = [];
    const wordCounts: number[] = [];
    const posting: number[][] = [];
    for (const source of sourceList) {
      const sys = SYSTEM_ID[source.system];
      const exact = this.exact[sys];
      if (exact === undefined) continue;
      let count = 0;
      for (const code of source.codes) {
        if (exact.has(code)) continue;
        const rec = source.get(code);
        if (rec === undefined) continue;
        const doc = this.docCode.length;
        exact.set(code, doc);
        this.docCode.push(code);
        this.docTitle.push(rec.title);
        systems.push(sys);
        billable.push(rec.billable ? 1 : 0);
        const tokens = tokenize(rec.title);
        wordCounts.push(Math.min(255, tokens.length));
        for (const token of tokens) {
          let id = this.wordIds.get(token);
          if (id === undefined) {
            id = this.words.length;
            this.words.push(token);
            this.wordIds.set(token, id);
            posting.push([]);
          }
          const list = posting[id];
          if (list !== undefined && list[list.length - 1] !== doc) list.push(doc);
        }
        count++;
      }
      this.sources.push({ system: source.system, label: source.label, size: count });
    }
    const n = this.docCode.length;
    this.size = n;
    this.docSystem = Uint8Array.from(systems);
    this.docBillable = Uint8Array.from(billable);
    this.docWords = Uint8Array.from(wordCounts);
    for (const list of posting) this.postings.push(Int32Array.from(list));

    const codeOrder = Array.from({ length: n }, (_, i) => i).sort((a, b) => {
      const ca = this.docCode[a] ?? "";
      const cb = this.docCode[b] ?? "";
      return ca < cb ? -1 : ca > cb ? 1 : a - b;
    });
    this.sortedCodes = codeOrder.map((d) => this.docCode[d] ?? "");
    this.sortedCodeDocs = Int32Array.from(codeOrder);

    const wordOrder = this.words.map((_, i) => i).sort((a, b) => ((this.words[a] ?? "") < (this.words[b] ?? "") ? -1 : 1));
    this.sortedWords = wordOrder.map((w) => this.words[w] ?? "");
    this.sortedWordIds = Int32Array.from(wordOrder);

    const gramLists = new Map<string, number[]>();
    this.words.forEach((word, id) => {
      if (word.length < 3) return;
      for (const g of new Set(trigrams(word))) {
        let l = gramLists.get(g);
        if (l === undefined) {
          l = [];
          gramLists.set(g, l);
        }
        l.push(id);
      }
    });
    for (const [g, l] of gramLists) this.grams.set(g, Int32Array.from(l));

    this.matched = new Uint8Array(n);
    this.acc = new Float32Array(n);
    this.gramCounts = new Uint16Array(this.words.length);
    this.touched = new Int32Array(n);
  }

  search(rawQuery: string, options: SearchOptions = {}): SearchResult {
    const query = typeof rawQuery === "string" ? rawQuery.slice(0, MAX_QUERY_LENGTH).trim() : "";
    const limit = Math.max(1, Math.min(MAX_LIMIT, Math.floor(options.limit ?? 20)));
    const only = options.system === undefined ? -1 : SYSTEM_ID[options.system];
    if (query === "") return { query, hits: [], truncated: false };

    const hits: SearchHit[] = [];
    const seen = new Set<number>();
    const asCode = codeQuery(query);
    if (asCode !== null) this.codeHits(asCode.canonical, asCode.dotted, only, limit, hits, seen);
    let truncated = false;
    if (hits.length === 0 || asCode === null) {
      const endsOpen = !/\s$/.test(rawQuery);
      truncated = this.termHits(query, endsOpen, only, limit - hits.length, hits, seen);
    }
    return { query, hits, truncated };
  }

  private hit(doc: number, match: MatchKind, score: number): SearchHit {
    const sys = SEARCH_SYSTEMS[this.docSystem[doc] ?? 0] ?? "icd10cm";
    const code = this.docCode[doc] ?? "";
    return {
      system: sys,
      code,
      display: displayCode(code, sys),
      title: this.docTitle[doc] ?? "",
      billable: this.docBillable[doc] === 1,
      match,
      score,
    };
  }

  private codeHits(canonical: string, dotted: boolean, only: number, limit: number, hits: SearchHit[], seen: Set<number>): void {
    const systemOk = (doc: number): boolean => {
      const sys = this.docSystem[doc] ?? 0;
      if (only !== -1 && sys !== only) return false;
      return !dotted || sys === SYSTEM_ID.icd10cm;
    };
    // Exact: a letter and four digits is a HCPCS code before it is an undotted ICD-10-CM code.
    const hcpcsShape = /^[A-Z]\d{4}$/.test(canonical);
    const order = hcpcsShape && !dotted ? [2, 0, 1, 3] : [0, 1, 2, 3];
    for (const sys of order) {
      const doc = this.exact[sys]?.get(canonical);
      if (doc !== undefined && systemOk(doc)) {
        hits.push(this.hit(doc, "exact", 1000));
        seen.add(doc);
      }
    }
    // Prefix: shortest codes first, each length in tabular order.
    const buckets: number[][] = [[], [], [], [], [], [], [], []];
    const start = lowerBound(this.sortedCodes, canonical);
    for (let i = start; i < this.sortedCodes.length; i++) {
      const code = this.sortedCodes[i] ?? "";
      if (!code.startsWith(canonical)) break;
      const doc = this.sortedCodeDocs[i] ?? 0;
      if (code.length === canonical.length || !systemOk(doc)) continue;
      const bucket = buckets[Math.min(7, code.length)];
      if (bucket !== undefined && bucket.length < limit) bucket.push(doc);
    }
    for (const bucket of buckets) {
      bucket.sort((a, b) => a - b);
      for (const doc of bucket) {
        if (hits.length >= limit) return;
        if (seen.has(doc)) continue;
        seen.add(doc);
        hits.push(this.hit(doc, "prefix", 900 - (this.docCode[doc]?.length ?? 0)));
      }
    }
  }

  /** Words of the vocabulary that a query word stands for, best first. */
  private candidates(word: string, typing: boolean): Candidate[] {
    const out: Candidate[] = [];
    const taken = new Set<number>();
    const add = (id: number, weight: number) => {
      if (taken.has(id)) return;
      taken.add(id);
      out.push({ word: id, weight });
    };
    const exact = this.wordIds.get(word);
    if (exact !== undefined) add(exact, 1);

    // Prefixes: always for the word being typed, and for any word of 3+ letters ("diab mell").
    if (word.length >= 2 && (typing || word.length >= 3)) {
      const start = lowerBound(this.sortedWords, word);
      const found: number[] = [];
      for (let i = start; i < this.sortedWords.length; i++) {
        if (!(this.sortedWords[i] ?? "").startsWith(word)) break;
        found.push(this.sortedWordIds[i] ?? 0);
      }
      if (found.length > MAX_PREFIX_EXPANSION) found.sort((a, b) => (this.postings[b]?.length ?? 0) - (this.postings[a]?.length ?? 0));
      const weight = typing ? 0.85 : 0.7;
      for (const id of found.slice(0, MAX_PREFIX_EXPANSION)) add(id, weight);
    }

    // Typos, only for a word the titles do not have: trigram candidates checked by a bounded edit
    // distance (the whole word, and for the word being typed, its start).
    const edits = out.length === 0 ? allowedEdits(word.length) : 0;
    if (edits > 0) {
      const grams = trigrams(word);
      const openGrams = typing ? trigrams(word, true) : [];
      const counts = this.gramCounts;
      const seenWords: number[] = [];
      for (const g of new Set([...grams, ...openGrams])) {
        const list = this.grams.get(g);
        if (list === undefined) continue;
        for (let i = 0; i < list.length; i++) {
          const id = list[i] ?? 0;
          if (counts[id] === 0) seenWords.push(id);
          counts[id] = (counts[id] ?? 0) + 1;
        }
      }
      // A word within k edits shares at least (grams - 3k) trigrams with the query word.
      const need = Math.max(1, (typing ? openGrams.length : grams.length) - 3 * edits);
      const fuzzy: { id: number; d: number; prefix: boolean }[] = [];
      for (const id of seenWords) {
        const count = counts[id] ?? 0;
        counts[id] = 0;
        if (count < need || taken.has(id)) continue;
        const candidate = this.words[id] ?? "";
        const d = boundedDistance(word, candidate, edits);
        if (d <= edits) {
          fuzzy.push({ id, d, prefix: false });
          continue;
        }
        if (typing && word.length >= 5 && candidate.length > word.length) {
          const dp = Math.min(
            boundedDistance(word, candidate.slice(0, word.length), edits),
            boundedDistance(word, candidate.slice(0, word.length + 1), edits),
            boundedDistance(word, candidate.slice(0, word.length - 1), edits),
          );
          if (dp <= edits) fuzzy.push({ id, d: dp, prefix: true });
        }
      }
      fuzzy.sort((a, b) => a.d - b.d || Number(a.prefix) - Number(b.prefix) || (this.postings[b.id]?.length ?? 0) - (this.postings[a.id]?.length ?? 0));
      for (const f of fuzzy.slice(0, MAX_FUZZY_EXPANSION)) add(f.id, (f.prefix ? 0.6 : 0.7) - 0.1 * (f.d - 1));
    }
    out.sort((a, b) => b.weight - a.weight);
    return out;
  }

  /** Title matches; returns true when more matched than fit. */
  private termHits(query: string, endsOpen: boolean, only: number, room: number, hits: SearchHit[], seen: Set<number>): boolean {
    if (room <= 0) return false;
    let tokens = expandAbbreviations(tokenize(query));
    if (tokens.length === 0) return false;
    const lastWord = tokens[tokens.length - 1] ?? "";
    const significant = tokens.filter((t) => !STOPWORDS.has(t));
    if (significant.length > 0) tokens = significant;
    tokens = [...new Set(tokens)].slice(0, MAX_QUERY_WORDS);

    const perToken: { cands: Candidate[]; cost: number }[] = [];
    for (const token of tokens) {
      const typing = endsOpen && token === lastWord;
      const cands = this.candidates(token, typing);
      if (cands.length === 0) return false;
      let cost = 0;
      for (const c of cands) cost += this.postings[c.word]?.length ?? 0;
      perToken.push({ cands, cost });
    }
    // Rarest first: it fixes the candidate documents, the others only filter them.
    perToken.sort((a, b) => a.cost - b.cost);

    const { matched, acc, touched, docSystem } = this;
    let touchedCount = 0;
    for (let step = 0; step < perToken.length; step++) {
      const cands = perToken[step]?.cands ?? [];
      for (const c of cands) {
        const list = this.postings[c.word];
        if (list === undefined) continue;
        const weight = c.weight;
        for (let i = 0; i < list.length; i++) {
          const doc = list[i]!;
          if (matched[doc] !== step) continue;
          if (step === 0) {
            if (only !== -1 && docSystem[doc] !== only) continue;
            touched[touchedCount++] = doc;
          }
          matched[doc] = step + 1;
          acc[doc] = acc[doc]! + weight;
        }
      }
    }

    const need = perToken.length;
    const top = new TopK(room);
    let qualifying = 0;
    for (let t = 0; t < touchedCount; t++) {
      const doc = touched[t]!;
      if (matched[doc] === need && !seen.has(doc)) {
        qualifying++;
        const quality = (acc[doc] ?? 0) / need; // 0.5..1: exact words score highest
        const coverage = need / Math.max(need, this.docWords[doc] ?? need); // the query says most of the title
        const score = 100 * quality + 25 * coverage + (this.docBillable[doc] === 1 ? 2 : 0);
        top.push(score, doc);
      }
      matched[doc] = 0;
      acc[doc] = 0;
    }
    for (const { doc, score } of top.sorted()) {
      seen.add(doc);
      hits.push(this.hit(doc, "term", Math.round(score * 10) / 10));
    }
    return qualifying > top.size;
  }
}

/** Builds the search index over the given sources (usually from searchSourcesFromLibrary). */
export function createCodeSearch(sources: readonly SearchSource[]): CodeSearch {
  return new SearchIndex(sources);
}

/** The sources of a library: each code system's set in force on the date (one date, or one per system). */
export function searchSourcesFromLibrary(library: CodeLibrary, date: DatePick): SearchSource[] {
  const out: SearchSource[] = [];
  const cm = library.icd10cm(dateOf(date, "icd10cm"));
  if (cm) out.push({ system: "icd10cm", label: cm.meta.label, codes: cm.codes(), get: (c) => cm.get(c) });
  const pcs = library.icd10pcs(dateOf(date, "icd10pcs"));
  if (pcs) out.push({ system: "icd10pcs", label: pcs.meta.label, codes: pcs.codes(), get: (c) => pcs.get(c) });
  const hcpcs = library.hcpcs(dateOf(date, "hcpcs"));
  if (hcpcs) out.push({ system: "hcpcs", label: hcpcs.meta.label, codes: hcpcs.codes(), get: (c) => hcpcs.get(c) });
  const cpt = library.cpt(dateOf(date, "cpt"));
  if (cpt) out.push({ system: "cpt", label: cpt.meta.label, codes: cpt.codes(), get: (c) => cpt.get(c) });
  return out;
}

/** Builds the search index of a library for a date (one date, or one per system). */
export function createLibrarySearch(library: CodeLibrary, date: DatePick): CodeSearch {
  return createCodeSearch(searchSourcesFromLibrary(library, date));
}

export { foldText, tokenize };
