import { getCodeLibrary } from "@/lib/codes/library";
import type { Claim, ValidateOptions } from "@/lib/coding/claim-types";
import { validateClaim } from "@/lib/coding/validate";
import { AppError } from "@/lib/errors";
import { readJson, route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/**
 * Validates a claim: body { date: "yyyy-mm-dd", claim: { diagnoses, procedures?, patient?, setting? } }.
 * 200 with { valid, findings, sets, teachingOnly } — a claim with findings is still a 200; only a body
 * that is not a JSON object with a claim is a 400.
 */
export const POST = route(null, async (request) => {
  const body = await readJson(request, 64 * 1024);
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new AppError("bad_request", 'Send a JSON object: { "date": "2026-03-01", "claim": { "diagnoses": [{ "code": "E11.9" }] } }.');
  }
  const { claim, date, setting } = body as { claim?: unknown; date?: unknown; setting?: unknown };
  if (typeof claim !== "object" || claim === null || Array.isArray(claim)) {
    throw new AppError("bad_request", 'The body needs a "claim" object with a "diagnoses" list.');
  }
  const library = await getCodeLibrary();
  // The core checks every field itself and reports bad ones as findings, so the unchecked shape is safe to pass.
  const result = validateClaim(claim as Claim, { date, setting } as ValidateOptions, library);
  return Response.json(result, { headers: result.teachingOnly ? { "x-codecert-teaching-set": "true" } : {} });
});
