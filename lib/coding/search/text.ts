/**
 * Text helpers of the code search: folding, tokenising, and a bounded edit distance.
 * Pure functions, no allocation beyond their results.
 */

/** Words too common to narrow a search; ignored in matching when the query has other words. */
export const STOPWORDS: ReadonlySet<string> = new Set(["a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to"]);

/** Lower case, accents removed ("Ménière's" -> "meniere's"). */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  // Only pay for normalisation when there is a non-ASCII character.
  for (let i = 0; i < lower.length; i++) {
    if (lower.charCodeAt(i) > 127) return lower.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  }
  return lower;
}

/** Clinical abbreviations students type, spelled the way the code titles spell them. */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  afib: "atrial fibrillation",
  aki: "acute kidney failure",
  cabg: "coronary artery bypass",
  chf: "heart failure",
  ckd: "chronic kidney disease",
  copd: "chronic obstructive pulmonary disease",
  cva: "cerebral infarction",
  dm: "diabetes mellitus",
  dvt: "deep vein thrombosis",
  esrd: "end stage renal disease",
  gerd: "gastro esophageal reflux disease",
  htn: "hypertension",
  mi: "myocardial infarction",
  pe: "pulmonary embolism",
  uti: "urinary tract infection",
};

/** Query words with abbreviations spelled out ("copd exacerbation" -> chronic obstructive pulmonary disease exacerbation). */
export function expandAbbreviations(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    const long = ABBREVIATIONS[w];
    if (long === undefined) out.push(w);
    else out.push(...long.split(" "));
  }
  return out;
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/**
 * The words of a text: folded, split on anything but a–z and 0–9, apostrophes dropped
 * ("Crohn's" -> "crohns"). Single letters are dropped; single digits are kept ("type 2").
 */
export function tokenize(text: string): string[] {
  const s = foldText(text);
  const out: string[] = [];
  let word = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isWordChar(c)) {
      word += s[i];
    } else if (c === 39 || c === 8217) {
      // apostrophe inside a word: skip it, keep the word going
      continue;
    } else if (word !== "") {
      if (word.length > 1 || isDigitWord(word)) out.push(word);
      word = "";
    }
  }
  if (word !== "" && (word.length > 1 || isDigitWord(word))) out.push(word);
  return out;
}

function isDigitWord(w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 48 && c <= 57;
}

const ROW = 64;
let rowA = new Int32Array(ROW);
let rowB = new Int32Array(ROW);
let rowC = new Int32Array(ROW);

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transposition) between a and b,
 * or max + 1 as soon as it is certain to exceed max. Reuses its rows: no allocation per call.
 */
export function boundedDistance(a: string, b: string, max: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  if (n === 0) return m;
  if (m === 0) return n;
  if (m + 1 > rowA.length) {
    rowA = new Int32Array(m + 1);
    rowB = new Int32Array(m + 1);
    rowC = new Int32Array(m + 1);
  }
  let prev2 = rowA;
  let prev = rowB;
  let cur = rowC;
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    const aPrev = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = 1; j <= m; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = prev[j - 1]! + (ai === bj ? 0 : 1);
      const del = prev[j]! + 1;
      if (del < v) v = del;
      const ins = cur[j - 1]! + 1;
      if (ins < v) v = ins;
      if (j > 1 && ai === b.charCodeAt(j - 2) && aPrev === bj) {
        const tr = prev2[j - 2]! + 1;
        if (tr < v) v = tr;
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  const d = prev[m]!;
  return d > max ? max + 1 : d;
}

/** How many edits a query word may be from a title word: none under 4 letters, 1 up to 7, then 2. */
export function allowedEdits(length: number): number {
  if (length < 4) return 0;
  return length < 8 ? 1 : 2;
}

/** Trigrams of a word padded with ^ and $ ("cat" -> ^ca, cat, at$). `open` leaves the end unpadded (a prefix being typed). */
export function trigrams(word: string, open = false): string[] {
  const padded = `^${word}${open ? "" : "$"}`;
  const out: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
  return out;
}
