import { describeCode } from "@/lib/codes/describe";
import { getCodeLibrary } from "@/lib/codes/library";
import { validateCode } from "@/lib/coding/validate";
import type { CodeSystem } from "@/lib/coding/types";
import { AppError } from "@/lib/errors";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

const SYSTEMS: readonly CodeSystem[] = ["icd10cm", "icd10pcs", "hcpcs", "cpt"];

/** One code: what it is (title, billable, hierarchy and notes) and the single-code rules' findings for the date. */
export const GET = route<{ params: Promise<{ system: string; code: string }> }>(null, async (request, { params }) => {
  const { system, code } = await params;
  if (!(SYSTEMS as readonly string[]).includes(system)) {
    throw new AppError("bad_request", `Unknown code system "${system}": use one of ${SYSTEMS.join(", ")}.`);
  }
  if (code.length > 16) throw new AppError("bad_request", "A code has at most 7 characters (plus a dot).");
  const url = new URL(request.url);
  const date = url.searchParams.get("date") ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new AppError("bad_request", "date must be yyyy-mm-dd, for example 2026-03-01.");
  const library = await getCodeLibrary();
  const validation = validateCode(decodeURIComponent(code), { date, system: system as CodeSystem }, library);
  const description = describeCode(library, system as CodeSystem, decodeURIComponent(code), date);
  return Response.json(
    { ...description, date, validation, teachingOnly: library.teachingOnly },
    { status: description.found ? 200 : 404 },
  );
});
