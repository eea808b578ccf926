/**
 * Benchmark of the code search, for `npm run bench`: builds the index of a library once, then times
 * a fixed list of queries (codes, code prefixes, words, words being typed, typos) over several rounds.
 */
import type { CodeLibrary } from "../types";
import { readingDates, type DatePick } from "./dates";
import { createCodeSearch, searchSourcesFromLibrary, type CodeSearch, type SearchSystem } from "./index";

/** The fixed queries: what students type, including half-typed words and typos. */
export const BENCH_QUERIES: readonly string[] = [
  "E11.9",
  "E11",
  "e1",
  "S72.001A",
  "I10",
  "J1100",
  "0DTJ4ZZ",
  "0DT",
  "Z79",
  "M",
  "diabetes",
  "diab",
  "diabetis",
  "type 2 diabetes with hyperglycemia",
  "diabetes mellitus without complications",
  "essential hypertension",
  "hypertensive heart and chronic kidney disease",
  "fracture of neck of femur",
  "fractur femur left",
  "displaced fracture of shaft of right tibia",
  "pneumonia",
  "pnuemonia",
  "sepsis due to e coli",
  "acute appendicitis",
  "apendicitis",
  "appendectomy laparoscopic",
  "resection appendix percutaneous endoscopic",
  "chronic obstructive pulmonary disease",
  "copd exacerbation",
  "pressure ulcer sacral stage 3",
  "laceration forearm",
  "burn third degree",
  "malignant neoplasm of breast",
  "neoplasm lung",
  "pregnancy",
  "preeclampsia",
  "left",
  "unspecified",
  "encounter",
  "dexamethasone",
  "wheelchair",
  "insulin",
  "long term use of insulin",
  "alzheimers",
  "crohn",
  "mening",
  "heart failure",
  "atrial fibrilation",
  "myocardial infarction",
  "osteoarthritis knee",
];

export interface SearchBenchFigures {
  /** What was indexed, e.g. "ICD-10-CM FY2026". */
  label: string;
  codes: number;
  buildMs: number;
  queries: number;
  runs: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  meanMs: number;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? 0;
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

/** Times the queries over an index already built. */
export function timeQueries(search: CodeSearch, queries: readonly string[] = BENCH_QUERIES, rounds = 20): Omit<SearchBenchFigures, "label" | "codes" | "buildMs"> {
  // One warm-up round so the figures are of the steady state, not of the JIT.
  for (const q of queries) search.search(q);
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of queries) {
      const t0 = performance.now();
      search.search(q);
      times.push(performance.now() - t0);
    }
  }
  times.sort((a, b) => a - b);
  const sum = times.reduce((a, b) => a + b, 0);
  return {
    queries: queries.length,
    runs: times.length,
    p50Ms: round3(percentile(times, 50)),
    p95Ms: round3(percentile(times, 95)),
    maxMs: round3(times[times.length - 1] ?? 0),
    meanMs: round3(times.length ? sum / times.length : 0),
  };
}

export interface SearchBenchOptions {
  /** The date that picks each set (default: today, or the latest set of each system when none is in force today). */
  date?: DatePick;
  /** Index only these systems (default: every system the library has). */
  systems?: readonly SearchSystem[];
  rounds?: number;
  queries?: readonly string[];
}

/**
 * Builds the search index of a library and returns p50/p95 per query. Run it once with
 * `systems: ["icd10cm"]` for the figure over the full ICD-10-CM set, and once with every system.
 */
export function benchSearch(library: CodeLibrary, options: SearchBenchOptions = {}): SearchBenchFigures {
  const date = options.date ?? readingDates(library, new Date().toISOString().slice(0, 10));
  const sources = searchSourcesFromLibrary(library, date).filter((s) => options.systems === undefined || options.systems.includes(s.system));
  const t0 = performance.now();
  const search = createCodeSearch(sources);
  const buildMs = round3(performance.now() - t0);
  const label = search.sources.map((s) => s.label).join(" + ") || "(no code sets)";
  return { label, codes: search.size, buildMs, ...timeQueries(search, options.queries ?? BENCH_QUERIES, options.rounds ?? 20) };
}
