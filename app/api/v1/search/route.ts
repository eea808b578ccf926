import { z } from "zod";
import { AREAS } from "@/lib/auth/roles";
import { SEARCH_SYSTEMS } from "@/lib/coding/search/index";
import { AppError } from "@/lib/errors";
import { route } from "@/lib/http/route";
import { codeHref } from "@/lib/learn/code-links";
import { getCodeLibrary } from "@/lib/codes/library";
import type { SearchApiResponse } from "@/lib/learn/search-api";
import { getCodeSearch } from "@/lib/learn/server";

export const dynamic = "force-dynamic";

const querySchema = z.object({
  q: z.string().max(100, "Keep the search under 100 characters.").default(""),
  system: z.enum(["all", ...SEARCH_SYSTEMS]).default("all"),
  limit: z.coerce.number().int().min(1).max(50).default(20),
  book: z.enum(["0", "1"]).default("0"),
});

/**
 * GET /api/v1/search?q=&system=&limit=&book=  — as-you-type code search for the code browser.
 * Ranked: exact code, then codes starting with the query, then title matches (typo-tolerant).
 */
export const GET = route(AREAS.learn.roles, async (request) => {
  const url = new URL(request.url);
  const parsed = querySchema.safeParse(Object.fromEntries(url.searchParams));
  if (!parsed.success) throw new AppError("bad_request", parsed.error.issues[0]?.message ?? "The search is not valid.");
  const { q, system, limit, book } = parsed.data;
  const [search, library] = await Promise.all([getCodeSearch(), getCodeLibrary()]);
  const started = performance.now();
  const result = search.search(q, { limit, ...(system === "all" ? {} : { system }) });
  const tookMs = Math.round((performance.now() - started) * 1000) / 1000;
  const bookMode = book === "1";
  const body: SearchApiResponse = {
    query: result.query,
    system,
    book: bookMode,
    hits: result.hits.map((h) => ({
      system: h.system,
      code: h.code,
      display: h.display,
      title: bookMode ? null : h.title,
      billable: bookMode ? null : h.billable,
      match: h.match,
      href: codeHref(h.system, h.code) + (bookMode ? "?book=1" : ""),
    })),
    truncated: result.truncated,
    teachingOnly: library.teachingOnly,
    sets: search.sources,
    tookMs,
  };
  return Response.json(body, { headers: { "cache-control": "private, no-store", "server-timing": `search;dur=${tookMs}` } });
});
