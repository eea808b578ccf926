import "server-only";
import { z } from "zod";
import type { Role } from "../db/schema";
import { AppError, isAppError } from "../errors";
import { requireRoleOrThrow, type CurrentUser } from "../auth/session";

export const MAX_JSON_BYTES = 256 * 1024;

export function errorResponse(error: unknown): Response {
  if (isAppError(error)) {
    return Response.json({ error: { code: error.code, message: error.message, details: error.details ?? null } }, { status: error.status });
  }
  if (error instanceof z.ZodError) {
    return Response.json(
      { error: { code: "bad_request", message: "The request body is not valid.", details: z.flattenError(error) } },
      { status: 400 },
    );
  }
  // Let Next.js's own control flow (redirects, 403/404 interrupts) pass through.
  if (error instanceof Error && "digest" in error && typeof error.digest === "string" && error.digest.startsWith("NEXT_")) throw error;
  console.error("[api] unexpected error:", error);
  return Response.json({ error: { code: "internal", message: "Something went wrong on our side. Try again." } }, { status: 500 });
}

/** Reads a JSON body with a size limit; malformed JSON is a clear 400. */
export async function readJson(request: Request, limit = MAX_JSON_BYTES): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) throw new AppError("payload_too_large", `The body is larger than ${limit} bytes.`);
  const text = await request.text();
  if (Buffer.byteLength(text) > limit) throw new AppError("payload_too_large", `The body is larger than ${limit} bytes.`);
  if (!text.trim()) throw new AppError("bad_request", "Send a JSON body.");
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new AppError("bad_request", `The body is not valid JSON: ${(error as Error).message}`);
  }
}

/** Wraps a route handler: authenticate and authorise (when roles are given), act, map errors to JSON. */
export function route<Ctx>(
  roles: readonly Role[] | null,
  handler: (request: Request, ctx: Ctx, user: CurrentUser | null) => Promise<Response>,
) {
  return async (request: Request, ctx: Ctx): Promise<Response> => {
    try {
      const user = roles ? await requireRoleOrThrow(roles) : null;
      return await handler(request, ctx, user);
    } catch (error) {
      return errorResponse(error);
    }
  };
}
