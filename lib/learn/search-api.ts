/** The JSON of GET /api/v1/search, shared by the route handler and the code browser. */
export interface SearchApiHit {
  system: string;
  code: string;
  display: string;
  /** null in book mode: the title is read on the code page, as in the Tabular List. */
  title: string | null;
  billable: boolean | null;
  match: "exact" | "prefix" | "term";
  href: string;
}

export interface SearchApiResponse {
  query: string;
  system: string;
  book: boolean;
  hits: SearchApiHit[];
  truncated: boolean;
  teachingOnly: boolean;
  sets: { system: string; label: string; size: number }[];
  tookMs: number;
}
