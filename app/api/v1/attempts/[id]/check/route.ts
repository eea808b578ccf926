import { z } from "zod";
import { getCodeLibrary } from "@/lib/codes/library";
import { getDb } from "@/lib/db";
import { checkAnswer } from "@/lib/exams/attempts";
import { readJson, route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

const bodySchema = z.object({ position: z.number().int().min(0).max(499) });

/** Immediate-feedback quizzes only: locks the saved answer at a position and returns its key and rationale. */
export const POST = route<{ params: Promise<{ id: string }> }>(["student", "instructor", "admin"], async (request, { params }, user) => {
  const { id } = await params;
  const { position } = bodySchema.parse(await readJson(request));
  const feedback = await checkAnswer(await getDb(), id, user!.id, position, await getCodeLibrary());
  return Response.json(feedback);
});
